"""Benchmark ``khabar ingest`` into SQLite: documents/s with 1 and 2 workers, peak memory, database size,
and the cost of storing compared with reading alone.

    .venv/bin/python benchmarks/ingest_benchmark.py [--n 10000] [--data ../shared/data/dev]

Texts come from the gold files in ``../shared/data/dev`` (read in place; a temporary JSONL batch is
written under the system's temp folder and deleted afterwards, never into the repository).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path


def texts(folder: Path, n: int) -> list[dict]:
    files = sorted(folder.glob("*.jsonl"))
    per = -(-n // len(files))
    out = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in itertools.islice(fh, per):
                r = json.loads(line)
                pub = r.get("published")
                out.append({"text": r["text"], "published": pub if pub and not pub.endswith("-00") else None,
                            "url": f"https://bench.example/{r['id']}", "outlet": r.get("dataset")})
    # top up from the largest file when the others run short
    if len(out) < n:
        big = max(files, key=lambda f: f.stat().st_size)
        with big.open(encoding="utf-8") as fh:
            for line in itertools.islice(fh, per, per + n - len(out)):
                r = json.loads(line)
                out.append({"text": r["text"], "published": None, "url": f"https://bench.example/{r['id']}",
                            "outlet": r.get("dataset")})
    return out[:n]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"no gold data at {args.data}")
    from khabar.ingest.sources import iter_documents
    from khabar.pipeline import Reader
    from khabar.store import open_store
    from khabar.store.ingest import ingest

    rows = texts(args.data, args.n)
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        batch.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
        print(f"documents          {len(rows)} ({sum(len(r['text']) for r in rows) // len(rows)} characters on average)")

        reader = Reader()
        t0 = time.perf_counter()
        for r in rows[::5]:
            reader.read(r["text"], published=r["published"], source="bench")
        read_rate = len(rows[::5]) / (time.perf_counter() - t0)
        print(f"read alone         {read_rate:.1f} documents/s on one core (every fifth document)")

        for w in args.workers:
            db = Path(tmp) / f"w{w}.sqlite"
            with open_store(str(db)) as store:
                t0 = time.perf_counter()
                s = ingest(store, iter_documents([str(batch)]), workers=w)
                secs = time.perf_counter() - t0
            size = sum(p.stat().st_size for p in Path(tmp).glob(f"w{w}.sqlite*"))
            peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"ingest, {w} worker{'s' if w > 1 else ' '} {s.new / secs:7.1f} documents/s "
                  f"({s.new} new, {s.failed} failed, {s.events} events, {s.figures} figures in {secs:.1f} s); "
                  f"per core {s.new / secs / w:.1f}/s = {100 * s.new / secs / w / read_rate:.0f}% of reading alone; "
                  f"database {size / 1e6:.1f} MB = {size / 1e3 / max(1, s.new) * 1000 / 1e3:.2f} MB per 1,000 documents; "
                  f"peak RSS main {peak_self:.0f} MB, largest worker {peak_children:.0f} MB")
            with open_store(str(db)) as store:
                t0 = time.perf_counter()
                again = ingest(store, iter_documents([str(batch)]), workers=w)
                print(f"  re-ingest (all unchanged): {again.unchanged / (time.perf_counter() - t0):.0f} documents/s")
    print(f"machine: {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
