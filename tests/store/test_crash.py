"""Crash safety: SIGKILL `khabar ingest` at several moments, run it again, and get exactly the
documents, mentions, figures and events of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from khabar.store import open_store
from tests.store.conftest import wire_texts, write_jsonl

ROOT = Path(__file__).resolve().parents[2]


def _cmd(db: str, src: Path) -> list[str]:
    return [sys.executable, "-c", "from khabar.cli import main; main()", "ingest", str(src), "--db", db,
            "--batch", "5", "--quiet"]


def _snapshot(db: str) -> dict:
    with open_store(db) as store:
        return {t: sorted(r[0] for r in store.query(f"SELECT id FROM {t}"))
                for t in ("documents", "mentions", "figures", "events")}


def test_sigkill_at_any_moment_then_rerun_gives_the_uninterrupted_result(tmp_path):
    src = tmp_path / "batch.jsonl"
    write_jsonl(src, wire_texts(150))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    clean = str(tmp_path / "clean.sqlite")
    subprocess.run(_cmd(clean, src), check=True, env=env, capture_output=True)
    expected = _snapshot(clean)
    assert len(expected["documents"]) == 150

    crashed = str(tmp_path / "crashed.sqlite")
    kills = 0
    for delay in (0.05, 0.6, 0.9, 1.2, 1.5, 1.8):  # before start-up ends, and in the middle of batches
        proc = subprocess.Popen(_cmd(crashed, src), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        if Path(crashed).exists():  # what was committed is whole
            snap = _snapshot(crashed)
            docs = set(snap["documents"])
            assert {m.split(":")[0] for m in snap["mentions"]} <= docs
            assert set(snap["documents"]) <= set(expected["documents"])
    assert kills >= 1
    subprocess.run(_cmd(crashed, src), check=True, env=env, capture_output=True)
    assert _snapshot(crashed) == expected
