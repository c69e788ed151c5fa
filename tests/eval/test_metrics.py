"""Metrics against values worked out by hand."""

import pytest

from khabar.eval.metrics import accuracy, f1_macro, f1_weighted, multilabel_f1, per_label_f1


def test_single_label():
    gold = ["a", "a", "b", "c"]
    pred = ["a", "b", "b", "c"]
    assert accuracy(gold, pred) == 0.75
    f = per_label_f1(gold, pred)
    # a: tp1 fp0 fn1 -> 2/3; b: tp1 fp1 fn0 -> 2/3; c: 1
    assert f["a"][0] == pytest.approx(2 / 3) and f["b"][0] == pytest.approx(2 / 3) and f["c"][0] == 1.0
    assert f1_macro(gold, pred) == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)
    assert f1_weighted(gold, pred) == pytest.approx((2 * 2 / 3 + 2 / 3 + 1) / 4)


def test_none_prediction_is_a_miss():
    assert accuracy(["a", "b"], [None, "b"]) == 0.5


def test_multilabel():
    gold = [["x"], ["x", "y"], []]
    pred = [["x"], ["y"], ["y"]]
    f = multilabel_f1(gold, pred, ["x", "y"])
    # x: tp1 fn1 -> 2/3 ; y: tp1 fp1 -> 2/3 ; micro: tp2 fp1 fn1 -> 4/6
    assert f["x"] == pytest.approx(2 / 3) and f["y"] == pytest.approx(2 / 3)
    assert f["micro"] == pytest.approx(4 / 6) and f["macro"] == pytest.approx(2 / 3)
