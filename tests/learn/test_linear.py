"""The learned components: hashing, the sparse int8 model format, and their use in reading."""

from __future__ import annotations

import gzip
import subprocess
import sys

import numpy as np
import pytest

from khabar.errors import ResourceError
from khabar.learn.features import DIMS, hashed, ngrams, tokens
from khabar.learn.linear import LinearModel, load_model
from khabar.ontology import ATTACK_TYPES, WEAPON_FROM_RAND
from khabar.pipeline import Reader


def test_tokens_fold_digits_and_case():
    assert tokens("Gunmen killed 12 at Km-5 checkpoint") == ["gunmen", "killed", "00", "at", "km-0", "checkpoint"]


def test_ngrams_are_namespaced_unigrams_and_bigrams():
    assert list(ngrams("e", ["car", "bomb"])) == ["e:car", "e:bomb", "e:car bomb"]


def test_hashing_is_stable_across_processes():
    """Python's own hash is salted per process; the model's feature indices must not be."""
    code = "from khabar.learn.features import hashed; print(sorted(hashed(['e:car bomb', 'd:killed'])))"
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PYTHONPATH": "."}).stdout for seed in ("1", "2")}
    assert len(outs) == 1
    assert str(sorted(hashed(["e:car bomb", "d:killed"]))) == outs.pop().strip()


def test_hashed_features_are_l2_normalised_and_in_range():
    f = hashed(["a", "b", "c", "d"])
    assert all(0 <= k < DIMS for k in f)
    assert abs(sum(v * v for v in f.values()) - 1.0) < 1e-9
    assert hashed([]) == {}


def _toy_model():
    coef = np.array([[1.0, -2.0, 0.0, 0.5], [-1.0, 2.0, 0.0, -0.5], [0.0, 0.0, 0.0, 3.0]])
    return LinearModel.from_dense(["a", "b", "c"], "multiclass", coef, [0.1, 0.0, -0.1], columns=[40, 7, 99, 1000])


def test_from_dense_keeps_only_weighted_columns_sorted():
    m = _toy_model()
    assert m.indices.tolist() == [7, 40, 1000]  # column 99 has no weight; indices sorted for binary search
    assert m.weights.shape == (3, 3)


def test_prediction_matches_the_dense_computation():
    m = _toy_model()
    feats = {7: 0.6, 1000: 0.8, 123456: 1.0}  # an unknown feature contributes nothing
    x = np.zeros(4)
    x[1], x[3] = 0.6, 0.8
    coef = np.array([[1.0, -2.0, 0.0, 0.5], [-1.0, 2.0, 0.0, -0.5], [0.0, 0.0, 0.0, 3.0]])
    dense = coef @ x + np.array([0.1, 0.0, -0.1])
    assert m.scores(feats) == pytest.approx(list(dense), abs=3 * m.scale)
    assert m.predict(feats)[0] == ["a", "b", "c"][int(np.argmax(dense))]
    assert sum(m.proba(feats)) == pytest.approx(1.0)


def test_save_load_round_trip(tmp_path):
    m = _toy_model()
    p = tmp_path / "toy.kbm"
    m.save(p)
    back = LinearModel.load(p)
    assert back.labels == m.labels and back.indices.tolist() == m.indices.tolist() and back.weights.tolist() == m.weights.tolist()
    assert back.scores({7: 1.0}) == m.scores({7: 1.0})
    m.save(tmp_path / "again.kbm")
    assert (tmp_path / "again.kbm").read_bytes() == p.read_bytes()  # deterministic file: no timestamp inside


def test_truncated_or_garbage_model_file_is_a_resource_error(tmp_path):
    m = _toy_model()
    p = tmp_path / "toy.kbm"
    m.save(p)
    raw = gzip.decompress(p.read_bytes())
    (tmp_path / "cut.kbm").write_bytes(gzip.compress(raw[:-5]))
    with pytest.raises(ResourceError, match="truncated"):
        LinearModel.load(tmp_path / "cut.kbm")
    (tmp_path / "junk.kbm").write_bytes(b"not a model")
    with pytest.raises(ResourceError, match="unreadable"):
        LinearModel.load(tmp_path / "junk.kbm")


def test_multilabel_thresholds():
    m = LinearModel.from_dense(["x", "y"], "multilabel", np.array([[4.0], [-4.0]]), [0.0, 0.0], columns=[5],
                               thresholds=[0.5, 0.3])
    assert m.predict_labels({5: 1.0}) == {"x"}
    assert m.predict_labels({}) == {"x", "y"}  # both at sigmoid(0) = 0.5, above both thresholds


def test_shipped_models_speak_the_ontology():
    attack = load_model("attack_type")
    weapon = load_model("weapon")
    assert attack is not None and weapon is not None, "khabar ships its models in khabar/data/models"
    assert set(attack.labels) <= set(ATTACK_TYPES)
    assert set(weapon.labels) <= set(WEAPON_FROM_RAND)
    assert attack.meta["held_apart_n"] > 0


@pytest.fixture(scope="module")
def reader():
    return Reader()


@pytest.mark.parametrize("text, attack_type, weapon", [
    ("A suicide bomber blew himself up in a crowded market in Quetta on Monday, killing 12 people and wounding 30, "
     "police said.", "Bombing/Explosion", "explosives"),
    ("Gunmen kidnapped three foreign engineers from their camp in the Niger Delta on Sunday and demanded a ransom.",
     "Hostage Taking (Kidnapping)", "firearms"),
    ("Unidentified gunmen opened fire on a police patrol in Peshawar on Friday, killing two constables.",
     "Armed Assault", "firearms"),
    # how the bomb went off, told in a sentence of its own, overrides the model's base rate
    ("A bomb exploded near a police convoy in Basra on Monday, wounding two policemen. The device was detonated "
     "remotely as the convoy passed.", "Bombing/Explosion", "remote_explosive"),
    ("A car bomb went off near a market in Kirkuk on Monday, killing four people. It was set off with a mobile phone.",
     "Bombing/Explosion", "remote_explosive"),
    # a blade named and no gun or bomb: the weapon the text names, not the model's base rate for killings
    ("Seven monks were kidnapped from a monastery near Medea on Monday. Their severed heads were found in May.",
     "Hostage Taking (Kidnapping)", "melee"),
    # a type too rare in training for the model to have learned it: the rules' reading stands
    ("Three gunmen hijacked a domestic flight shortly after it took off from Karachi and forced it to land in Kabul.",
     "Hijacking", "firearms"),
])
def test_reader_types_violent_events(reader, text, attack_type, weapon):
    doc = reader.read(text, published="2024-03-04", detect_headline=False)
    ev = doc.events[0]
    assert ev.attack_type == attack_type
    assert ev.weapon == weapon
    assert ev.to_json()["attack_type"] == attack_type


def test_peaceful_protest_gets_no_attack_type(reader):
    doc = reader.read("Thousands of teachers marched peacefully through Lahore on Monday to demand higher pay.",
                      published="2024-03-04", detect_headline=False)
    assert doc.events and all(ev.attack_type is None and ev.weapon is None for ev in doc.events)
    assert {ev.event_type for ev in doc.events} == {"Protests"}


def test_rules_only_reader_leaves_learned_fields_empty():
    doc = Reader(learned=False).read("A car bomb exploded near a checkpoint in Mogadishu on Monday, killing five.",
                                     published="2024-03-04", detect_headline=False)
    assert doc.events and doc.events[0].attack_type is None and doc.events[0].weapon is None


def test_a_trained_sklearn_model_survives_conversion():
    """What train.py does: fit, convert to the shipped format, predict the same labels without numpy."""
    from sklearn.linear_model import LogisticRegression

    from khabar.learn.train import _matrix

    texts = ["car bomb exploded", "bomb blast market", "gunmen opened fire", "shot dead by gunmen",
             "kidnapped for ransom", "abducted engineers ransom"] * 5
    labels = ["bomb", "bomb", "gun", "gun", "kidnap", "kidnap"] * 5
    rows = [hashed(ngrams("e", tokens(t))) for t in texts]
    X, columns = _matrix(rows)
    clf = LogisticRegression(C=10.0, max_iter=500).fit(X, labels)
    m = LinearModel.from_dense([str(c) for c in clf.classes_], "multiclass", clf.coef_, clf.intercept_, columns)
    assert [m.predict(r)[0] for r in rows] == list(clf.predict(X))
    probe = hashed(ngrams("e", tokens("a bomb went off")))
    assert m.predict(probe)[0] == "bomb"
