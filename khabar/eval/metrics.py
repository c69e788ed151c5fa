"""Classification metrics, written out so that their definitions are on the page."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence


def accuracy(gold: Sequence[object], pred: Sequence[object]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)


def per_label_f1(gold: Sequence[object], pred: Sequence[object]) -> dict[object, tuple[float, int]]:
    """F1 and support of each gold label (single-label)."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    out = {}
    for label in set(gold):
        denom = 2 * tp[label] + fp[label] + fn[label]
        out[label] = ((2 * tp[label] / denom) if denom else 0.0, sum(1 for g in gold if g == label))
    return out


def f1_weighted(gold: Sequence[object], pred: Sequence[object]) -> float:
    scores = per_label_f1(gold, pred)
    total = sum(n for _, n in scores.values())
    return sum(f * n for f, n in scores.values()) / total


def f1_macro(gold: Sequence[object], pred: Sequence[object]) -> float:
    scores = per_label_f1(gold, pred)
    return sum(f for f, _ in scores.values()) / len(scores)


def multilabel_f1(gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]], labels: Sequence[str]) -> dict[str, float]:
    """Per-label F1, micro and macro F1 for multi-label sets."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for label in labels:
            if label in gs and label in ps:
                tp[label] += 1
            elif label in ps:
                fp[label] += 1
            elif label in gs:
                fn[label] += 1
    out: dict[str, float] = {}
    for label in labels:
        denom = 2 * tp[label] + fp[label] + fn[label]
        out[label] = 2 * tp[label] / denom if denom else 0.0
    t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    out["micro"] = 2 * t / (2 * t + f_p + f_n) if (t + f_p + f_n) else 0.0
    out["macro"] = sum(out[label] for label in labels) / len(labels)
    return out


def bcubed(pred: dict, gold: dict) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering (item → cluster id) against gold (item → cluster)."""
    pc: dict = defaultdict(set)
    gc: dict = defaultdict(set)
    for i, c in pred.items():
        pc[c].add(i)
    for i, c in gold.items():
        gc[c].add(i)
    p = sum(len(pc[pred[i]] & gc[gold[i]]) / len(pc[pred[i]]) for i in gold) / len(gold)
    r = sum(len(pc[pred[i]] & gc[gold[i]]) / len(gc[gold[i]]) for i in gold) / len(gold)
    return p, r
