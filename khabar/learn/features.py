"""Hashed n-gram features of an event or a document (the hashing trick: no vocabulary to ship).

Tokens are lower-cased words with digits folded to ``0``; each namespace ("e" the event's sentences,
"d" the whole text, "r" the rules' reading) contributes unigrams and bigrams. A feature's index is the
CRC-32 of ``namespace:token`` modulo the table size, which is stable across processes and machines
(Python's ``hash`` is salted per process and would not be).
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable

from khabar.model import Document, Event

DIMS = 1 << 20
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
_DIGITS = re.compile(r"\d")


def tokens(text: str) -> list[str]:
    return _WORD.findall(_DIGITS.sub("0", text.lower()))


def ngrams(namespace: str, words: list[str]) -> Iterable[str]:
    for i, w in enumerate(words):
        yield f"{namespace}:{w}"
        if i:
            yield f"{namespace}:{words[i - 1]} {w}"


def hashed(feats: Iterable[str], dims: int = DIMS) -> dict[int, float]:
    """Binary features, L2-normalised: ``{index: value}``."""
    idx = {zlib.crc32(f.encode("utf-8")) & (dims - 1) for f in feats}
    if not idx:
        return {}
    v = 1.0 / math.sqrt(len(idx))
    return dict.fromkeys(idx, v)


def event_text(doc: Document, ev: Event | None) -> str:
    if ev is None:
        return ""
    seen = sorted({m.sentence for m in ev.mentions if m.sentence < len(doc.sentences)})
    return " ".join(doc.sentences[i].text for i in seen)


def rule_tokens(ev: Event | None) -> list[str]:
    """What the rules read, as tokens: the model learns when to trust them."""
    if ev is None:
        return ["r:no_event"]
    out = [f"r:type={ev.event_type}", f"r:sub={ev.sub_event_type}", f"r:mode={ev.mode}",
           f"r:modality={ev.modality}", f"r:spec={ev.specificity}"]
    kinds = {f.kind for f in ev.figures if (f.low or 0) > 0}
    out += [f"r:fig={k}" for k in sorted(kinds)]
    killed = sum(f.low or 0 for f in ev.figures if f.kind == "killed" and f.subject_role != "attacker")
    out.append(f"r:killed={min(killed, 4)}")
    if ev.target is not None and ev.target.category:
        out.append(f"r:target={ev.target.category}")
    if ev.perpetrator is not None:
        out.append(f"r:perp_type={ev.perpetrator.actor_type}")
    return out


def document_tokens(doc: Document) -> list[str]:
    """The features every event of a document shares (computed once per document)."""
    feats = list(ngrams("d", tokens(doc.text[:3000])))
    if doc.sentences:
        feats += ngrams("l", tokens(doc.sentences[0].text))  # the lead: news opens with the incident
    return feats


def event_features(doc: Document, ev: Event | None, extra: Iterable[str] = (),
                   doc_tokens: list[str] | None = None) -> dict[int, float]:
    feats = list(ngrams("e", tokens(event_text(doc, ev))))
    feats += document_tokens(doc) if doc_tokens is None else doc_tokens
    feats += rule_tokens(ev)
    feats += extra
    return hashed(feats)
