"""Reading khabar's packaged tables (``khabar/data/*.tsv``): comment lines start with ``#``, the first
other line is the header, then one row per line, tab-separated."""

from __future__ import annotations

from importlib import resources


def read_table(name: str) -> list[list[str]]:
    """The rows of a packaged table, without its comments and header."""
    text = resources.files("khabar.data").joinpath(name).read_text(encoding="utf-8")
    rows: list[list[str]] = []
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        rows.append(line.split("\t"))
    return rows
