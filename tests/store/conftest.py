"""Store fixtures: the same tests run on SQLite and, when a server is given, on PostgreSQL.

``KHABAR_TEST_PG`` is a PostgreSQL URL for an empty database the tests may fill and drop tables in;
`.ci/run` starts a server and sets it, so under ``CI=true`` its absence is an error, not a skip.
"""

from __future__ import annotations

import json
import os
import random

import pytest

PG = os.environ.get("KHABAR_TEST_PG")

PLACES = [("Quetta", "Balochistan"), ("Peshawar", "Khyber Pakhtunkhwa"), ("Maiduguri", "Borno"), ("Kandahar", "Kandahar"),
          ("Mogadishu", "Banaadir"), ("Gao", "Gao")]
GROUPS = ["Tehrik-i-Taliban Pakistan", "Boko Haram", "al-Shabaab", "the Taliban", "Islamic State"]
OUTLETS = ["Dawn", "Reuters", "AFP", "The Express Tribune", "Premium Times"]


def wire_texts(n: int, seed: int = 7) -> list[dict]:
    """n short reports in the style of wire copy, each a different incident (written for these tests)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        city, province = PLACES[i % len(PLACES)]
        group = GROUPS[i % len(GROUPS)]
        killed, injured = rng.randint(2, 40), rng.randint(0, 60)
        day = 1 + i % 27
        kind = i % 3
        if kind == 0:
            body = (f"A suicide bomber blew himself up near a police checkpoint in {city}, {province}, on Monday, "
                    f"killing {killed} people and wounding {injured}, police said. {group} claimed responsibility "
                    f"in a statement.")
        elif kind == 1:
            body = (f"Gunmen opened fire on a market in {city}, {province}, on Tuesday, killing {killed} civilians, "
                    f"a local official said. Hospital officials said {injured} people were being treated. "
                    f"No group has claimed the attack.")
        else:
            body = (f"Militants attacked a military post near {city}, {province}, on Wednesday. The army said "
                    f"{killed} attackers were killed in the fighting. {group} said it had killed {killed + 10} soldiers.")
        out.append({"text": body + f" Report {i}.", "headline": f"Attack in {city} ({i})",
                    "published": f"2024-03-{day:02d}T08:00:00Z", "url": f"https://news.example/{i}",
                    "outlet": OUTLETS[i % len(OUTLETS)]})
    return out


def write_jsonl(path, rows) -> None:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "khabar.sqlite")
        return
    if not PG:
        if os.environ.get("CI") == "true":
            pytest.fail("KHABAR_TEST_PG is not set: CI runs the store tests on a real PostgreSQL server")
        pytest.skip("needs KHABAR_TEST_PG (a PostgreSQL URL); .ci/run starts a server")
    import psycopg

    with psycopg.connect(PG, autocommit=True) as conn:
        for t in ("figures", "mentions", "events", "failures", "documents", "schema_version"):
            conn.execute(f"DROP TABLE IF EXISTS {t} CASCADE")
    yield PG
