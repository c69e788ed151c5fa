"""Compare two evaluation runs: what moved, and on which records.

    python -m khabar.eval.compare OLD.json NEW.json            # metric deltas of two ``khabar eval --json`` outputs
    python -m khabar.eval.compare OLD.jsonl NEW.jsonl          # records whose scored fields changed (``--records``)
    python -m khabar.eval.compare RUN.jsonl --confusion FIELD  # gold → predicted cells of one field's errors

A change is measured before it is kept: the summary says whether a figure moved, the record files say which records
moved it and what khabar read on them. Record files hold gold values: keep them out of the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from khabar.errors import InputError


def metric_deltas(old: dict, new: dict, min_delta: float = 0.0) -> list[tuple[str, str, float | None, float | None, int]]:
    """(dataset, metric, old value, new value, n) for every metric whose value differs by more than ``min_delta``,
    or that one run has and the other lacks."""
    out = []
    for ds in sorted(set(old.get("datasets", {})) | set(new.get("datasets", {}))):
        om = old.get("datasets", {}).get(ds, {}).get("metrics", {})
        nm = new.get("datasets", {}).get(ds, {}).get("metrics", {})
        for name in sorted(set(om) | set(nm)):
            a, b = om.get(name, {}).get("value"), nm.get(name, {}).get("value")
            if a is None or b is None or abs(b - a) > min_delta:
                out.append((ds, name, a, b, (nm.get(name) or om.get(name))["n"]))
    return out


def read_rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line {lineno}: not JSON ({exc})", source=str(path)) from None
            if not isinstance(row, dict) or not {"id", "dataset", "fields"} <= row.keys():
                raise InputError(f"line {lineno}: not a row of `khabar eval --records` (it needs id, dataset and "
                                 "fields)", source=str(path))
            yield row


def changed_rows(old: list[dict], new: list[dict], field: str | None = None) -> list[tuple[str, str, bool, bool, dict]]:
    """(record id, field, was right, is right, new row) for every scored field whose verdict or predicted value
    changed between two record files (records are matched by dataset and id)."""
    before = {(r["dataset"], r["id"]): r for r in old}
    out = []
    for r in new:
        o = before.get((r["dataset"], r["id"]))
        if o is None:
            continue
        for name, f in r["fields"].items():
            if field is not None and name != field:
                continue
            of = o["fields"].get(name)
            if of is None or (of["ok"], of["pred"]) != (f["ok"], f["pred"]):
                out.append((r["id"], name, bool(of and of["ok"]), f["ok"], r))
    return out


def confusion(rows: list[dict], field: str) -> Counter:
    """(gold, predicted) → count over the records where ``field`` was scored wrong."""
    cells: Counter = Counter()
    for r in rows:
        f = r["fields"].get(field)
        if f is not None and not f["ok"]:
            cells[(_label(f["gold"]), _label(f["pred"]))] += 1
    return cells


def _label(v: object) -> str:
    return "|".join(map(str, v)) if isinstance(v, list) else str(v)


def _load(path: Path) -> dict | list[dict]:
    try:
        if path.suffix == ".jsonl":
            return list(read_rows(path))
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", source=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not the JSON of `khabar eval --json` ({exc})", source=str(path)) from None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m khabar.eval.compare", description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path, nargs="?")
    ap.add_argument("--field", help="only this scored field (record files)")
    ap.add_argument("--confusion", metavar="FIELD", help="the gold → predicted cells of FIELD's errors in OLD")
    ap.add_argument("--min-delta", type=float, default=0.0, help="hide metric changes this small or smaller")
    ap.add_argument("--top", type=int, default=40, help="rows or cells to print (default 40)")
    args = ap.parse_args(argv)
    try:
        old = _load(args.old)
        new = _load(args.new) if args.new else None
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.confusion:
        if not isinstance(old, list):
            ap.error("--confusion reads a record file (khabar eval --records)")
        cells = confusion(old, args.confusion)
        print(f"{sum(cells.values())} errors on {args.confusion}")
        for (g, p), n in cells.most_common(args.top):
            print(f"{n:6d}  {g}  →  {p}")
        return 0
    if new is None or isinstance(old, list) != isinstance(new, list):
        ap.error("give two summaries (.json) or two record files (.jsonl)")
    if isinstance(old, dict):
        for ds, name, a, b, n in metric_deltas(old, new, args.min_delta):
            fa, fb = ("-" if v is None else f"{v:.4f}" for v in (a, b))
            d = "" if a is None or b is None else f"{b - a:+.4f}"
            print(f"{ds:10s} {name:42s} {fa:>7s} → {fb:>7s} {d:>8s}  n={n}")
        print(f"speed: {old.get('speed', {}).get('records_per_s')} → {new.get('speed', {}).get('records_per_s')} "
              "records/s")
        return 0
    changes = changed_rows(old, new, args.field)
    gained = Counter(name for _, name, was, now, _ in changes if now and not was)
    lost = Counter(name for _, name, was, now, _ in changes if was and not now)
    for name in sorted(set(gained) | set(lost)):
        print(f"{name:42s} +{gained[name]} -{lost[name]}")
    for rid, name, was, now, row in changes[: args.top]:
        f = row["fields"][name]
        mark = "+" if now and not was else "-" if was and not now else "~"
        print(f"{mark} {rid:22s} {name:32s} gold={f['gold']!r} pred={f['pred']!r}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # "... | head": the reader closed the pipe; nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
