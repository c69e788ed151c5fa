"""Train the shipped models from the gold data: ``python -m khabar.learn.train [--data ../shared/data/dev]``.

One command, deterministic: it reads the dev sets with the rules-only reader, keeps every record whose
``crc32(id) % 5 == 0`` apart (the *held-apart split*, never trained on), chooses the regularisation
on a validation fold of the rest (``crc32(id) % 5 == 1``), refits on all non-held-apart records and
writes ``khabar/data/models/*.kbm`` with the figures of the run (rules vs model on the held-apart
split) in ``khabar/data/models/training.json``. Needs the ``train`` extra (scikit-learn, numpy, scipy);
reading never does.

Models:

* ``attack_type`` — GTD Codebook attack type of an event (GTD records);
* ``weapon`` — weapon class of an event (RAND records; RAND's weapon classes);
* ``satp`` — the SATP scheme's incident labels of a paragraph (one sigmoid per label): SATP codes only
  the incident a paragraph opens with and leaves most paragraphs unlabelled, a convention rules cannot
  see;
* ``perpetrator`` — the perpetrator ranker (``learn.perpetrator``): one sigmoid scoring each named group a
  RAND or GTD text mentions; its thresholds (to name, to replace the rules' group, to drop it) are chosen on
  the validation fold as the best
  RAND accuracy whose invented rate (a group named where the gold has none) stays at or below ``MAX_INVENTED``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from khabar.eval import schemes
from khabar.eval.gold import GoldRecord, read_jsonl
from khabar.learn.features import event_features
from khabar.learn.linear import MODEL_DIR, LinearModel
from khabar.learn.split import fold, is_held_apart
from khabar.pipeline import Reader, violent

C_GRID = (2.0, 8.0, 32.0, 128.0)
PERP_C_GRID = (4.0, 16.0, 64.0, 256.0)
PERP_THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
PERP_DROP_THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2)
MAX_INVENTED = 0.04
MIN_EXAMPLES = 10  # labels rarer than this are not learned (the rules keep them)


def _matrix(rows: list[dict[int, float]]):
    """A sparse matrix over the hashed indices that occur at all (fitting over all DIMS columns would be
    slow for nothing), and those indices."""
    from scipy.sparse import csr_matrix

    columns = sorted({k for r in rows for k in r})
    pos = {c: i for i, c in enumerate(columns)}
    data, ind, ptr = [], [], [0]
    for r in rows:
        for k in sorted(r, key=pos.__getitem__):
            ind.append(pos[k])
            data.append(r[k])
        ptr.append(len(ind))
    return csr_matrix((data, ind, ptr), shape=(len(rows), len(columns))), columns


def _fit(kind: str, X, y, c: float):
    from sklearn.linear_model import LogisticRegression

    if kind == "multiclass":
        return LogisticRegression(C=c, max_iter=2000, solver="lbfgs").fit(X, y)
    return [LogisticRegression(C=c, max_iter=2000, solver="lbfgs", class_weight="balanced").fit(X, y[:, j])
            for j in range(y.shape[1])]


THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _f1(gold, pred) -> float:
    tp = int((gold & pred).sum())
    return 2 * tp / max(1, int(gold.sum()) + int(pred.sum()))


def _score(kind: str, labels: list[str], gold, pred) -> float:
    from sklearn.metrics import f1_score

    if kind == "multiclass":
        return float(f1_score(gold, pred, average="weighted", labels=labels, zero_division=0))
    return float(f1_score(gold, pred, average="macro", zero_division=0))


def _examples(reader: Reader, records: list[GoldRecord], target: Callable, extra: Callable | None = None):
    feats, gold, ids, rule = [], [], [], []
    for rec in records:
        y = target(rec)
        if y is None:
            continue
        doc = reader.read(rec.text, published=None, detect_headline=False, check_language=False, source=rec.id)
        ev = doc.events[0] if doc.events else None
        ex = list(extra(doc)) if extra else []
        feats.append(event_features(doc, ev, ex))
        gold.append(y)
        ids.append(rec.id)
        rule.append((doc, ev))
    return feats, gold, ids, rule


def train_one(name: str, kind: str, feats, gold, ids, rule_pred: list, labels: list[str], log,
              applies: list[bool] | None = None) -> tuple[LinearModel, dict]:
    import numpy as np

    tr = [i for i, r in enumerate(ids) if not is_held_apart(r)]
    te = [i for i, r in enumerate(ids) if is_held_apart(r)]
    fit_i = [i for i in tr if fold(ids[i]) != 1]
    val_i = [i for i in tr if fold(ids[i]) == 1]
    X, columns = _matrix(feats)
    if kind == "multiclass":
        y = np.array(gold, dtype=object)
        keep = [i for i in range(len(gold)) if gold[i] in labels]
    else:
        y = np.array([[lab in g for lab in labels] for g in gold], dtype=int)
        keep = list(range(len(gold)))
    keep_set = set(keep)

    def predict(models, rows):
        if kind == "multiclass":
            return list(models.predict(X[rows]))
        p = np.array([mj.predict_proba(X[rows])[:, 1] >= tj for mj, tj in zip(models, best_t, strict=True)]).T
        return [[labels[j] for j in range(len(labels)) if p[i, j]] for i in range(len(rows))]

    def gold_of(rows):
        if kind == "multiclass":
            return [gold[r] for r in rows]
        return y[rows]

    def as_matrix(label_sets):
        return np.array([[lab in s for lab in labels] for s in label_sets], dtype=int)

    best_c, best, best_t = C_GRID[0], -1.0, [0.5] * len(labels)
    for c in C_GRID:
        rows = [i for i in fit_i if i in keep_set]
        m = _fit(kind, X[rows], y[rows], c)
        if kind == "multiclass":
            s, t = _score(kind, labels, gold_of(val_i), predict(m, val_i)), best_t
        else:  # one threshold per label, chosen on the validation fold
            t = []
            for j, mj in enumerate(m):
                pj = mj.predict_proba(X[val_i])[:, 1]
                gj = y[val_i][:, j]
                t.append(max(THRESHOLDS, key=lambda th, pj=pj, gj=gj: _f1(gj, pj >= th)))
            pv = np.array([[mj.predict_proba(X[val_i])[:, 1] >= tj] for mj, tj in zip(m, t, strict=True)])[:, 0].T
            s = _score(kind, labels, gold_of(val_i), pv.astype(int))
        log(f"  {name}: C={c:<5} validation {s:.4f}")
        if s > best:
            best_c, best, best_t = c, s, t
    rows = [i for i in tr if i in keep_set]
    model = _fit(kind, X[rows], y[rows], best_c)
    p_rule = [rule_pred[i] if rule_pred[i] is not None else "(none)" for i in te]
    p_model = predict(model, te)
    if applies is not None:  # measured as reading uses it: where the model does not apply, the rules answer
        p_model = [pm if applies[i] else pr for i, pm, pr in zip(te, p_model, p_rule, strict=True)]
    if kind == "multiclass":
        s_model = _score(kind, labels, gold_of(te), p_model)
        s_rule = _score(kind, labels, gold_of(te), p_rule)
        acc_model = sum(a == b for a, b in zip(gold_of(te), p_model, strict=True)) / len(te)
        acc_rule = sum(a == b for a, b in zip(gold_of(te), p_rule, strict=True)) / len(te)
        coef, intercept, classes = model.coef_, model.intercept_, [str(c) for c in model.classes_]
        if coef.shape[0] == 1:  # binary problems come back as one row
            coef, intercept = np.vstack([-coef, coef]) / 2, np.array([-intercept[0], intercept[0]]) / 2
        figures = {"held_apart_n": len(te), "train_n": len(rows), "C": best_c,
                   "held_apart_f1_weighted": {"rules": round(s_rule, 4), "model": round(s_model, 4)},
                   "held_apart_accuracy": {"rules": round(acc_rule, 4), "model": round(acc_model, 4)}}
        lm = LinearModel.from_dense(classes, kind, coef, intercept, columns, meta=figures)
    else:
        s_model = _score(kind, labels, gold_of(te), as_matrix(p_model))
        s_rule = _score(kind, labels, gold_of(te), as_matrix(p_rule))
        coef = np.vstack([m.coef_[0] for m in model])
        intercept = np.array([m.intercept_[0] for m in model])
        figures = {"held_apart_n": len(te), "train_n": len(rows), "C": best_c,
                   "held_apart_f1_macro": {"rules": round(s_rule, 4), "model": round(s_model, 4)}}
        lm = LinearModel.from_dense(labels, kind, coef, intercept, columns, thresholds=best_t, meta=figures)
    log(f"  {name}: held apart n={len(te)}: rules {s_rule:.4f}  model {s_model:.4f}  (C={best_c}, "
        f"{len(lm.indices)} features)")
    return lm, figures


def _perpetrator_examples(reader: Reader, data: Path, log):
    """Per candidate: features and whether it is the gold perpetrator; per document: what the policy needs."""
    from khabar.eval.run import _UNNAMED_GOLD, Scorer
    from khabar.learn.perpetrator import candidate_features, eligible, event_view

    scorer = Scorer(reader)
    feats, labels, doc_of, docs = [], [], [], []
    for ds in ("rand", "gtd"):
        for rec in read_jsonl(data / f"{ds}.jsonl"):
            if "perpetrator" not in rec.gold:
                continue
            pub = rec.published if rec.published and not rec.published.endswith("-00") else None
            doc = reader.read(rec.text, published=pub, detect_headline=False, check_language=False, source=rec.id)
            ev = doc.events[0] if doc.events else None
            named = scorer.terrorism_perpetrator(ev, ds)
            g = rec.gold["perpetrator"]
            gold = g if g and g.strip().lower() not in _UNNAMED_GOLD else None
            view = event_view(ev)
            sentences = [(x.start, x.end) for x in doc.sentences]
            cands = eligible(doc, ev) if ev is not None else []  # (no event: the ranker has nothing to name)
            p = ev.perpetrator if ev is not None else None
            rule_row = ruled_row = None
            for k, c in enumerate(cands):
                if p is not None and c.canonical == p.canonical:
                    ruled_row = len(feats)  # the rules' group, which another must beat by the switch threshold
                    if ev.perpetrator_modality != "claimed":
                        rule_row = len(feats)  # and which the ranker may drop (not a claim)
                feats.append(candidate_features(doc.text, sentences, cands, view, k))
                labels.append(bool(gold) and reader.actors.same_actor(c.canonical, gold))
                doc_of.append(len(docs))
            docs.append({"id": rec.id, "ds": ds, "gold": gold, "named": named,
                         "ok": bool(named and gold and reader.actors.same_actor(named, gold)),
                         "keep": p is not None and p.actor_type in (1, 8),
                         "rule_row": rule_row, "ruled_row": ruled_row})
    log(f"  perpetrator: {len(docs)} documents, {len(feats)} candidates")
    return feats, labels, doc_of, docs


def _perpetrator_scores(proba, labels, doc_of, docs, t: float | None, which, ds: str,
                        t_drop: float = 0.0, t_switch: float | None = None) -> tuple[float, float, int, int]:
    """Accuracy where the gold names a group and invented rate where it names none, as ``learn.perpetrator.rank``
    decides with threshold ``t`` (``None``: the rules alone) and drop threshold ``t_drop``, over the documents of
    dataset ``ds`` whose fold is in ``which``."""
    best: dict[int, int] = {}
    for row, d in enumerate(doc_of):
        if d not in best or proba[row] > proba[best[d]]:
            best[d] = row
    acc, inv = [], []
    for d, x in enumerate(docs):
        if x["ds"] != ds or fold(x["id"]) not in which:
            continue
        b = best.get(d)
        r, ruled = x["rule_row"], x["ruled_row"]
        t_here = t if ruled is None or t_switch is None else t_switch
        if t is None or x["keep"] or b is None:
            said, ok = bool(x["named"]), x["ok"]  # the rules' reading stands
        elif proba[b] >= t_here:
            said, ok = True, labels[b]
        elif proba[b] < t_here and r is not None and proba[r] < t_drop:
            said, ok = False, False
        else:
            said, ok = bool(x["named"]), x["ok"]
        (acc if x["gold"] else inv).append(ok if x["gold"] else said)
    return sum(acc) / max(1, len(acc)), sum(inv) / max(1, len(inv)), len(acc), len(inv)


def train_perpetrator(reader: Reader, data: Path, log) -> tuple[LinearModel, dict]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    feats, labels, doc_of, docs = _perpetrator_examples(reader, data, log)
    X, columns = _matrix(feats)
    y = np.array(labels, dtype=int)
    folds = np.array([fold(docs[d]["id"]) for d in doc_of])
    fit = np.flatnonzero((folds != 0) & (folds != 1))
    best = (-1.0, PERP_C_GRID[0], 0.5, 0.0, 0.5)

    def quantised(m) -> np.ndarray:  # the probabilities as reading computes them: from the int8 model file
        lm = LinearModel.from_dense(["perpetrator"], "multilabel", m.coef_, m.intercept_, columns)
        return np.array([lm.proba(f)[0] for f in feats])

    for c in PERP_C_GRID:
        p = quantised(LogisticRegression(C=c, max_iter=3000).fit(X[fit], y[fit]))
        for t in PERP_THRESHOLDS:
            for t_switch in PERP_THRESHOLDS:
                for t_drop in PERP_DROP_THRESHOLDS:
                    acc, inv, _, _ = _perpetrator_scores(p, labels, doc_of, docs, t, {1}, "rand", t_drop, t_switch)
                    if inv <= MAX_INVENTED and acc > best[0] + 1e-9:  # (ties: the fewer drops, tried first)
                        best = (acc, c, t, t_drop, t_switch)
        log(f"  perpetrator: C={c:<5} best so far: validation RAND accuracy {best[0]:.4f} (C={best[1]}, threshold "
            f"{best[2]}, switch {best[4]}, drop below {best[3]})")
    _, c, t, t_drop, t_switch = best
    rows = np.flatnonzero(folds != 0)
    model = LogisticRegression(C=c, max_iter=3000).fit(X[rows], y[rows])
    p = quantised(model)
    figures: dict = {"C": c, "threshold": t, "switch_threshold": t_switch, "drop_threshold": t_drop,
                     "train_n": int(len(rows)), "held_apart": {}}
    for ds in ("rand", "gtd"):
        r_acc, r_inv, n_acc, n_inv = _perpetrator_scores(p, labels, doc_of, docs, None, {0}, ds)
        m_acc, m_inv, _, _ = _perpetrator_scores(p, labels, doc_of, docs, t, {0}, ds, t_drop, t_switch)
        figures["held_apart"][ds] = {"n_named": n_acc, "n_unknown": n_inv,
                                     "accuracy": {"rules": round(r_acc, 4), "model": round(m_acc, 4)},
                                     "invented": {"rules": round(r_inv, 4), "model": round(m_inv, 4)}}
        log(f"  perpetrator: held apart {ds}: accuracy rules {r_acc:.4f} model {m_acc:.4f}; "
            f"invented rules {r_inv:.4f} model {m_inv:.4f} (C={c}, threshold {t}, switch {t_switch}, drop below {t_drop})")
    lm = LinearModel.from_dense(["perpetrator"], "multilabel", model.coef_, model.intercept_, columns, thresholds=[t],
                                meta=figures)
    return lm, figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m khabar.learn.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "dev")
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--only", nargs="*", choices=("attack_type", "weapon", "satp", "perpetrator"), default=None)
    args = ap.parse_args(argv)
    only = set(args.only or ("attack_type", "weapon", "satp", "perpetrator"))
    reader = Reader(learned=False)
    args.out.mkdir(parents=True, exist_ok=True)
    report_path = args.out / "training.json"
    report = json.loads(report_path.read_text()) if report_path.exists() else {}

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    # the two event-level models: (name, gold file, gold field, the rules' answer)
    for name, gold_file, field_name, rules in (("attack_type", "gtd.jsonl", "attack_type", schemes.gtd_attack_type_rules),
                                                ("weapon", "rand.jsonl", "weapon", schemes.rand_weapon_rules)):
        if name not in only:
            continue
        recs = list(read_jsonl(args.data / gold_file))
        feats, gold, ids, rule = _examples(reader, recs, lambda r, f=field_name: r.gold.get(f),
                                           lambda doc: schemes.typing_rule_tokens(doc.events[0] if doc.events else None, doc))
        labels = sorted(g for g in set(gold) if gold.count(g) >= MIN_EXAMPLES)
        rule_pred = [rules(ev, doc) for doc, ev in rule]
        lm, fig = train_one(name, "multiclass", feats, gold, ids, rule_pred, labels, log,
                            [violent(ev) for _doc, ev in rule])
        lm.save(args.out / f"{name}.kbm")
        report[name] = fig
    if "satp" in only:
        recs = list(read_jsonl(args.data / "satp.jsonl"))
        feats, gold, ids, rule = _examples(reader, recs, lambda r: r.gold.get("satp_labels"), schemes.satp_rule_tokens)
        labels = sorted({lab for g in gold for lab in g})
        rule_pred = [sorted(schemes.satp_rule_labels(doc)) for doc, _ev in rule]
        lm, fig = train_one("satp", "multilabel", feats, gold, ids, rule_pred, labels, log)
        lm.save(args.out / "satp.kbm")
        report["satp"] = fig
    if "perpetrator" in only:
        lm, fig = train_perpetrator(reader, args.data, log)
        lm.save(args.out / "perpetrator.kbm")
        report["perpetrator"] = fig
    report_path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    log(f"done in {time.perf_counter() - t0:.0f} s; figures in {report_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
