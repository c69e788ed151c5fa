"""Which language is a text in?  Enough to refuse what khabar cannot read yet.

Two cheap signals, on the first 5,000 characters only:

- the **script**: a text mostly in Arabic, Cyrillic, Devanagari, Han ... letters
  is assigned its language from the script (with Urdu, Persian and Ukrainian
  told apart by their own letters);
- for Latin-script text, **stop words**: each language's ~30 most frequent
  function words (``khabar/data/stopwords.tsv``), a word shared by *n* profiles
  counting 1/*n* to each.

Texts under 10 words are called English with low confidence: too little to go
on, and khabar never rejects them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.errors import LanguageError, ResourceError

SAMPLE_CHARS = 5_000
MIN_WORDS = 10
REJECT_CONFIDENCE = 0.6  # require_english refuses a non-English guess at least this confident


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1 ("en"), or "und" when nothing fits
    name: str
    confidence: float  # 0..1


# --------------------------------------------------------------------------- scripts

# (first, last code point, script)
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0D80, 0x0DFF, "sinhala"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x0F00, 0x0FFF, "tibetan"),
    (0x1000, 0x109F, "myanmar"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1200, 0x139F, "ethiopic"),
    (0x1780, 0x17FF, "khmer"),
    (0x3040, 0x309F, "kana"),
    (0x30A0, 0x30FF, "kana"),
    (0x3130, 0x318F, "hangul"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0xFF66, 0xFF9F, "kana"),
)

_SCRIPT_LANGUAGE: dict[str, tuple[str, str]] = {
    "greek": ("el", "Greek"),
    "cyrillic": ("ru", "Russian"),
    "armenian": ("hy", "Armenian"),
    "hebrew": ("he", "Hebrew"),
    "arabic": ("ar", "Arabic"),
    "devanagari": ("hi", "Hindi"),
    "bengali": ("bn", "Bengali"),
    "gurmukhi": ("pa", "Punjabi"),
    "gujarati": ("gu", "Gujarati"),
    "tamil": ("ta", "Tamil"),
    "telugu": ("te", "Telugu"),
    "kannada": ("kn", "Kannada"),
    "malayalam": ("ml", "Malayalam"),
    "sinhala": ("si", "Sinhala"),
    "thai": ("th", "Thai"),
    "lao": ("lo", "Lao"),
    "tibetan": ("bo", "Tibetan"),
    "myanmar": ("my", "Burmese"),
    "georgian": ("ka", "Georgian"),
    "hangul": ("ko", "Korean"),
    "ethiopic": ("am", "Amharic"),
    "khmer": ("km", "Khmer"),
    "kana": ("ja", "Japanese"),
    "han": ("zh", "Chinese"),
}

_URDU_LETTERS = frozenset("ٹڈڑںے")  # U+0679 U+0688 U+0691 U+06BA U+06D2
_PERSIAN_LETTERS = frozenset("پچژگ")  # U+067E U+0686 U+0698 U+06AF
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
# Vietnamese: letters of the Latin Extended Additional block and ơ ư đ.
_VIETNAMESE_RE = re.compile("[\u1ea0-\u1ef9\u01a1\u01b0\u0111\u01a0\u01af\u0110]")


def _script_of(cp: int) -> str | None:
    lo, hi = 0, len(_SCRIPT_RANGES) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        first, last, script = _SCRIPT_RANGES[mid]
        if cp < first:
            hi = mid - 1
        elif cp > last:
            lo = mid + 1
        else:
            return script
    return None


# --------------------------------------------------------------------------- stop words

_STOPWORDS_PATH = Path(__file__).resolve().parent.parent / "data" / "stopwords.tsv"
_NAMES: dict[str, str] = {"en": "English", "und": "unknown"}


@lru_cache(maxsize=1)
def _profiles() -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    """word -> {language: weight}, and code -> name, from ``khabar/data/stopwords.tsv``."""
    try:
        raw = _STOPWORDS_PATH.read_text(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - a broken install
        raise ResourceError(f"cannot read khabar/data/stopwords.tsv: {exc}") from exc
    by_lang: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ResourceError(f"khabar/data/stopwords.tsv: malformed line {line[:40]!r}")
        code, name, words = parts
        names[code] = name
        by_lang[code] = set(words.split())
    languages_of: dict[str, list[str]] = {}
    for code, words in by_lang.items():
        for w in words:
            languages_of.setdefault(w, []).append(code)
    weights = {w: {c: 1.0 / len(codes) for c in codes} for w, codes in languages_of.items()}
    return weights, names


_WORD_RE = re.compile(r"[^\W\d_]+")


def _name(code: str) -> str:
    return _profiles()[1].get(code) or _NAMES.get(code) or code


# --------------------------------------------------------------------------- detection


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text`` from its first 5,000 characters."""
    sample = text[:SAMPLE_CHARS]
    # Scripts.
    counts: dict[str, int] = {}
    latin = 0
    for ch in sample:
        cp = ord(ch)
        if cp < 0x0370:
            if ch.isalpha():
                latin += 1
            continue
        if not ch.isalpha() and not (0x0900 <= cp <= 0x1DFF):  # Indic vowel signs are marks, not letters
            continue
        script = _script_of(cp)
        if script is None:
            if ch.isalpha():
                latin += 1  # Latin extensions and the like
            continue
        counts[script] = counts.get(script, 0) + 1
    letters = latin + sum(counts.values())
    if letters == 0:
        return LanguageGuess("en", "English", 0.1)
    if counts:
        script, n = max(counts.items(), key=lambda kv: kv[1])
        if "kana" in counts and script == "han":
            script, n = "kana", n + counts["kana"]  # Japanese mixes kanji and kana
        if n > latin:
            return _by_script(sample, script, n / letters)
    return _by_stopwords(sample)


def _by_script(sample: str, script: str, share: float) -> LanguageGuess:
    code, name = _SCRIPT_LANGUAGE[script]
    chars = set(sample)
    if script == "arabic":
        if chars & _URDU_LETTERS:
            code, name = "ur", "Urdu"
        elif chars & _PERSIAN_LETTERS:
            code, name = "fa", "Persian"
    elif script == "cyrillic" and chars & _UKRAINIAN_LETTERS:
        code, name = "uk", "Ukrainian"
    return LanguageGuess(code, name, round(min(0.99, 0.5 + share / 2), 2))


def _by_stopwords(sample: str) -> LanguageGuess:
    words = _WORD_RE.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return LanguageGuess("en", "English", 0.2)
    vietnamese = len(_VIETNAMESE_RE.findall(sample))
    if vietnamese > 0.05 * sum(map(len, words)):
        return LanguageGuess("vi", "Vietnamese", 0.9)
    weights, _ = _profiles()
    scores: dict[str, float] = {}
    hits: dict[str, int] = {}
    for w in words:
        langs = weights.get(w)
        if langs:
            for code, wt in langs.items():
                scores[code] = scores.get(code, 0.0) + wt
                hits[code] = hits.get(code, 0) + 1
    if not scores:
        return LanguageGuess("und", "unknown", 0.0)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, best_score = ranked[0]
    # English is the prior: another language must beat it clearly.
    if best != "en" and scores.get("en", 0.0) * 1.5 >= best_score:
        best, best_score = "en", scores["en"]
    second_score = max((v for k, v in scores.items() if k != best), default=0.0)
    evidence = 1.0 - math.exp(-best_score / 2.0)  # how much stop-word evidence there is
    margin = 1.0 - second_score / best_score  # how clearly it beats the runner-up
    confidence = evidence * margin
    if best == "en":
        # English is the prior (khabar reads English news): shared function words do not count against it.
        confidence = max(confidence, 0.75 * evidence, 0.3)
    return LanguageGuess(best, _name(best), round(max(0.0, min(0.99, confidence)), 2))


def require_english(text: str, source: str) -> None:
    """Raise :class:`LanguageError` unless ``text`` is (or may be) English.

    Only a confident non-English guess is refused: short texts, texts with no
    recognisable language and close calls pass.
    """
    guess = detect_language(text)
    if guess.code in ("en", "und") or guess.confidence < REJECT_CONFIDENCE:
        return
    raise LanguageError(
        f"text is in {guess.name} ({guess.code}, confidence {guess.confidence:.2f}); khabar reads English for now",
        source=source,
    )


__all__ = ["LanguageGuess", "detect_language", "require_english"]
