"""Benchmark cross-document fusion: time and growth at 10k/30k/100k mentions, and B-cubed quality.

    .venv/bin/python benchmarks/fusion_benchmark.py [--sizes 10000 30000 100000] [--store 20000]

Mentions are synthetic but shaped like a news stream of 100 mentions a day: events spread over 40
countries and 8 provinces each, on n/100 days, each reported 1-6 times over three days with varying place precision, dates
("on Tuesday" or none), tolls and wording; many events share a city and a week. Gold clusters are
known, so B-cubed precision and recall are measured at every size. ``--store`` also times
``khabar fuse --rebuild`` on an SQLite store of that many mentions (written directly as rows).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import time

from khabar.eval.metrics import bcubed
from khabar.fuse.cross import MentionFeatures, fuse

PER_DAY = 100  # mentions a day worldwide: 2.5 a day in each of the 40 countries
WORDS = ("bomb blast market police checkpoint convoy mosque school bus gunmen militants soldiers village raid "
         "ambush rocket mortar attack explosion suicide bomber motorcycle roadside patrol camp station").split()


def synthetic(n: int, seed: int = 1) -> tuple[list[MentionFeatures], dict[str, int]]:
    rng = random.Random(seed)
    span = max(30, n // PER_DAY)  # a stream grows in time at a steady rate, not in density
    out: list[MentionFeatures] = []
    gold: dict[str, int] = {}
    start = dt.date(2024, 1, 1)
    ev = 0
    while len(out) < n:
        iso = f"C{rng.randrange(40):02d}"
        prov = rng.randrange(8)
        city = rng.randrange(12)
        day = start + dt.timedelta(days=rng.randrange(span))
        sub = rng.choice(["Suicide bomb", "Remote explosive/landmine/IED", "Attack", "Armed clash"])
        etype = {"Suicide bomb": "Explosions/Remote violence", "Remote explosive/landmine/IED": "Explosions/Remote violence",
                 "Attack": "Violence against civilians", "Armed clash": "Battles"}[sub]
        killed = rng.randrange(1, 40)
        lat, lon = 10 + prov * 2 + city * 0.3, 40 + prov * 2
        words = frozenset(rng.sample(WORDS, 6))
        for _r in range(rng.randrange(1, 7)):
            if len(out) >= n:
                break
            pub = day + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2]))
            precise = rng.random() < 0.7
            dated = rng.random() < 0.8
            m = MentionFeatures(
                f"m{len(out)}", f"{pub.isoformat()}T{rng.randrange(24):02d}:00:00Z", day.isoformat() if dated else None,
                1 if dated else 0, iso, f"P{prov}", f"D{prov}-{city // 3}", f"T{prov}-{city}" if precise else None,
                lat if precise else None, lon if precise else None, 1 if precise else 4, etype, sub, None, False,
                max(1, killed + rng.randrange(-3, 6)), frozenset(rng.sample(sorted(words), 4)) | {rng.choice(WORDS)})
            out.append(m)
            gold[m.id] = ev
        ev += 1
    return out, gold


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 30_000, 100_000])
    ap.add_argument("--store", type=int, default=100_000, help="also time `khabar fuse --rebuild` on a store of N mentions")
    args = ap.parse_args()
    prev = None
    for n in args.sizes:
        mentions, gold = synthetic(n)
        t0 = time.perf_counter()
        pred = fuse(mentions, lambda a, b: a == b, lambda m: "e" + m.id)
        secs = time.perf_counter() - t0
        p, r = bcubed(pred, gold)
        growth = f", x{secs / prev[1]:.2f} time for x{n / prev[0]:.1f} mentions" if prev else ""
        print(f"{n:>7} mentions: {secs:6.1f} s ({n / secs:,.0f} mentions/s{growth}); "
              f"{len(set(pred.values())):,} events for {len(set(gold.values())):,} true; B-cubed P {p:.3f} R {r:.3f}")
        prev = (n, secs)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; one core")
    if args.store:
        store_rebuild(args.store)
    return 0


def store_rebuild(n: int) -> None:
    """Time the store's rebuild: load every mention and figure, fuse, write events (SQLite, temp file)."""
    import json
    import tempfile
    from pathlib import Path

    from khabar.store import open_store
    from khabar.store.rows import DOCUMENT_COLUMNS, FIGURE_COLUMNS, MENTION_COLUMNS

    mentions, gold = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "f.sqlite")) as store:
            docs, ms, figs = [], [], []
            for i, m in enumerate(mentions):
                d = f"d{i}"
                docs.append((d, None, "Outlet", m.published, None, "en", "x", None, None, m.published))
                ms.append((m.id, d, 0, None, m.event_type, m.sub_event_type, "ASSAULT", None, None, None, m.date,
                           m.date_precision, "Country", m.iso, m.admin1, m.admin2, m.location, m.lat, m.lon,
                           m.geo_precision, None, None, None, None, None, None, "specific", "asserted", 0, 1,
                           json.dumps({}), " ".join(sorted(m.words))))
                figs.append((f"{m.id}:0", m.id, d, "killed", m.killed, m.killed, "exact", "people", "victim", "police",
                             None, "state", "asserted", 0, 1, 0, 1, None))
            store.executemany(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) VALUES "
                              f"({', '.join('?' for _ in DOCUMENT_COLUMNS)})", docs)
            store.executemany(f"INSERT INTO mentions ({', '.join(MENTION_COLUMNS)}) VALUES "
                              f"({', '.join('?' for _ in MENTION_COLUMNS)})", ms)
            store.executemany(f"INSERT INTO figures ({', '.join(FIGURE_COLUMNS)}) VALUES "
                              f"({', '.join('?' for _ in FIGURE_COLUMNS)})", figs)
            store.conn.commit()
            t0 = time.perf_counter()
            events = store.refuse()
            secs = time.perf_counter() - t0
            pred = dict(store.query("SELECT id, event_id FROM mentions"))
        p, r = bcubed(pred, gold)
        print(f"store rebuild (SQLite, khabar fuse --rebuild): {n:,} mentions in {secs:.1f} s, {events:,} events; "
              f"B-cubed P {p:.3f} R {r:.3f}; peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
