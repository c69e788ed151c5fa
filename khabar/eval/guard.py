"""The regression guard: khabar eval on a fixed sample of the dev data, compared with recorded figures.

    python -m khabar.eval.guard --write     # record the current figures (tests/eval/guard_figures.json)
    python -m khabar.eval.guard             # compare; exit 1 when a figure fell more than 3 points

The sample is the first 150 records of each dev JSON-lines file (600 records over GTD, RAND, SATP
and IPE); only the figures are recorded in the repository, never the rows.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from khabar.eval.gold import read_gold
from khabar.eval.run import evaluate

SAMPLE = {"gtd.jsonl": 150, "rand.jsonl": 150, "satp.jsonl": 150, "ipe.jsonl": 150}
TOLERANCE = 0.03
FIGURES = Path(__file__).resolve().parents[2] / "tests" / "eval" / "guard_figures.json"


def measure(dev: Path) -> dict[str, dict[str, float]]:
    records = itertools.chain.from_iterable(read_gold(dev / name, n) for name, n in SAMPLE.items())
    res = evaluate(records)
    return {ds: {k: m["value"] for k, m in block["metrics"].items()} for ds, block in res["datasets"].items()}


def regressions(current: dict, recorded: dict, tolerance: float = TOLERANCE) -> list[str]:
    """Metrics that fell more than ``tolerance`` below the recorded figure (rates where lower is better: rose)."""
    lower_is_better = ("missing", "invented")
    out = []
    for ds, metrics in recorded.items():
        for name, value in metrics.items():
            now = current.get(ds, {}).get(name)
            if now is None:
                out.append(f"{ds} {name}: no longer measured (was {value:.3f})")
                continue
            worse = (now - value) if name.endswith(lower_is_better) else (value - now)
            if worse > tolerance:
                out.append(f"{ds} {name}: {now:.3f}, recorded {value:.3f}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", default=str(Path(__file__).resolve().parents[3] / "shared" / "data" / "dev"))
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    current = measure(Path(args.dev))
    if args.write:
        FIGURES.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n")
        print(f"recorded {sum(len(m) for m in current.values())} figures in {FIGURES}")
        return
    bad = regressions(current, json.loads(FIGURES.read_text()))
    print("\n".join(bad) or "no regression")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
