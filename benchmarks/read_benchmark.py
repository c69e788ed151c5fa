"""Benchmark ``khabar.read``: start-up time, documents/s on one core, peak memory.

    .venv/bin/python benchmarks/read_benchmark.py [--n 1000] [--data ../shared/data/dev]

Texts come from the gold files in ``../shared/data/dev`` (read in place, never
copied): an equal share of each JSONL file, in file order, so the mix holds
coder summaries (GTD), news paragraphs (SATP, RAND) and whole articles (IPE).
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import sys
import time
from pathlib import Path


def load_texts(folder: Path, n: int) -> list[tuple[str, str | None]]:
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        sys.exit(f"no .jsonl file in {folder}")
    per = -(-n // len(files))
    texts = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in itertools.islice(fh, per):
                r = json.loads(line)
                pub = r.get("published")
                texts.append((r["text"], pub if pub and not pub.endswith("-00") else None))  # "-00": day unknown
    return texts[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev"))
    args = ap.parse_args()
    texts = load_texts(Path(args.data), args.n)

    t0 = time.perf_counter()
    import khabar.pipeline as pipeline

    reader = pipeline.Reader()
    startup = time.perf_counter() - t0
    rss_after_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    chars = sum(len(t) for t, _ in texts)
    events = figures = failed = 0
    t1 = time.perf_counter()
    for text, published in texts:
        try:
            doc = reader.read(text, published=published, check_language=False)
        except Exception:  # noqa: BLE001 - counted and reported
            failed += 1
            continue
        events += len(doc.events)
        figures += sum(len(e.figures) for e in doc.events)
    elapsed = time.perf_counter() - t1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents          {len(texts)} ({chars / len(texts):.0f} characters on average)")
    print(f"start-up           {startup:.2f} s (imports and resources), RSS after start-up {rss_after_start:.0f} MB")
    print(f"throughput         {len(texts) / elapsed:.1f} documents/s on one core ({chars / elapsed / 1e3:.0f} k characters/s)")
    print(f"peak RSS           {peak:.0f} MB")
    print(f"events / figures   {events} / {figures}; failed documents {failed}")


if __name__ == "__main__":
    main()
