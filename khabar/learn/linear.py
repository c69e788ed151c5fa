"""A linear classifier over hashed features, stored sparsely.

File format (``.kbm``, gzip): one JSON header line (labels, kind, dims, scale, figures of the
training run), then the feature indices (``uint32``, sorted) and one ``int8`` row of weights per
index (quantised with the header's ``scale``). Only features seen in training carry weights, so a
model is a few hundred kB to a few MB whatever the hash table size. Prediction is one vectorised
binary search (numpy ``searchsorted``) and one small matrix product: ~20 µs a document, and no
start-up work beyond reading the file.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from khabar.errors import ResourceError

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models"


@dataclass
class LinearModel:
    labels: list[str]
    kind: str  # "multiclass" (softmax) | "multilabel" (one sigmoid per label)
    indices: np.ndarray  # uint32, sorted
    weights: np.ndarray  # int8, (len(indices), len(labels))
    scale: float
    bias: list[float]
    thresholds: list[float] = field(default_factory=list)  # multilabel: decision threshold per label
    meta: dict = field(default_factory=dict)

    # -- prediction -----------------------------------------------------------------------------
    def scores(self, features: dict[int, float]) -> list[float]:
        out = np.asarray(self.bias, dtype=np.float64)
        n = len(self.indices)
        if not features or not n:
            return out.tolist()
        keys = np.fromiter(features.keys(), dtype=np.uint32, count=len(features))
        vals = np.fromiter(features.values(), dtype=np.float64, count=len(features))
        pos = np.minimum(np.searchsorted(self.indices, keys), n - 1)
        hit = self.indices[pos] == keys
        return (out + self.scale * (vals[hit] @ self.weights[pos[hit]].astype(np.float64))).tolist()

    def proba(self, features: dict[int, float]) -> list[float]:
        s = self.scores(features)
        if self.kind == "multilabel":
            return [1.0 / (1.0 + math.exp(-x)) for x in s]
        m = max(s)
        e = [math.exp(x - m) for x in s]
        z = sum(e)
        return [x / z for x in e]

    def predict(self, features: dict[int, float]) -> tuple[str, float]:
        p = self.proba(features)
        j = max(range(len(p)), key=p.__getitem__)
        return self.labels[j], p[j]

    def predict_labels(self, features: dict[int, float]) -> set[str]:
        p = self.proba(features)
        return {lab for lab, x, t in zip(self.labels, p, self.thresholds or [0.5] * len(p), strict=True) if x >= t}

    # -- storage --------------------------------------------------------------------------------
    @classmethod
    def from_dense(cls, labels: list[str], kind: str, coef, intercept, columns, thresholds=(), meta=None) -> LinearModel:
        """From a (labels × used features) numpy matrix whose columns are the hashed indices ``columns``:
        keeps the columns with any non-zero weight, int8-quantised."""
        coef = np.asarray(coef, dtype=np.float64)
        columns = np.asarray(columns)
        nz = np.flatnonzero(np.abs(coef).max(axis=0) > 0)
        order = np.argsort(columns[nz], kind="stable")
        cols_pos = nz[order]
        scale = float(np.abs(coef).max()) / 127.0 or 1.0
        q = np.clip(np.rint(coef[:, cols_pos] / scale), -127, 127).astype(np.int8)
        keep = np.flatnonzero(np.abs(q).max(axis=0) > 0)  # columns that quantise to all-zero carry nothing
        indices = np.ascontiguousarray(columns[cols_pos][keep], dtype=np.uint32)
        weights = np.ascontiguousarray(q[:, keep].T)
        return cls(list(labels), kind, indices, weights, scale, [float(b) for b in np.ravel(intercept)],
                   [float(t) for t in thresholds], dict(meta or {}))

    def save(self, path: Path) -> None:
        header = {"labels": self.labels, "kind": self.kind, "n": len(self.indices), "scale": self.scale,
                  "bias": self.bias, "thresholds": self.thresholds, "meta": self.meta}
        with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
            f.write(json.dumps(header, sort_keys=True).encode() + b"\n")
            f.write(self.indices.astype("<u4").tobytes())
            f.write(self.weights.astype(np.int8).tobytes())

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        try:
            with gzip.open(path, "rb") as f:
                header = json.loads(f.readline())
                n, k = header["n"], len(header["labels"])
                raw_idx = f.read(4 * n)
                raw_w = f.read(n * k)
        except (OSError, EOFError, ValueError, KeyError) as e:
            raise ResourceError(f"model file {path} is unreadable: {e}") from e
        if len(raw_idx) != 4 * n or len(raw_w) != n * k:
            raise ResourceError(f"model file {path} is truncated")
        indices = np.frombuffer(raw_idx, dtype="<u4").astype(np.uint32)
        weights = np.frombuffer(raw_w, dtype=np.int8).reshape(n, k)
        return cls(header["labels"], header["kind"], indices, weights, header["scale"], header["bias"],
                   header.get("thresholds", []), header.get("meta", {}))


def load_model(name: str) -> LinearModel | None:
    """The shipped model ``name`` or ``None`` when it is not installed (reading then uses rules only)."""
    path = MODEL_DIR / f"{name}.kbm"
    return LinearModel.load(path) if path.exists() else None
