"""Shared fixtures. Tests that need ../shared (the flagship article, the gold data) skip when it is
absent — a user's clone — but under CI=true its absence is an error, so they always run in CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing: CI runs with ../shared beside the checkout")
        pytest.skip(f"needs {path} (../shared beside the checkout)")
    return path


@pytest.fixture(scope="session")
def reader():
    from khabar.pipeline import Reader

    return Reader()
