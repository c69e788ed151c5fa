"""Event triggers: where a sentence speaks of political violence, and of which kind.

The lexicon is ``khabar/data/triggers.tsv`` (one row per family of trigger
words with its ACLED sub-event type, mode and priority).  All rows compile
into one regular expression with a named group per row, so one pass over a
sentence finds every trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.resources import read_table


@dataclass(frozen=True, slots=True)
class TriggerRule:
    family: str
    sub_event_type: str
    mode: str | None
    priority: int
    noun: bool


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    start: int
    end: int
    text: str
    rule: TriggerRule


class TriggerLexicon:
    """The compiled trigger table."""

    def __init__(self, rows: list[tuple[TriggerRule, str]]) -> None:
        self.rules = [r for r, _ in rows]
        parts = [f"(?P<t{i}>{pat})" for i, (_, pat) in enumerate(rows)]
        self._rx = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> TriggerLexicon:
        rows: list[tuple[TriggerRule, str]] = []
        for family, sub, mode, prio, noun, pattern in read_table("triggers.tsv"):
            rows.append((TriggerRule(family, sub, mode or None, int(prio), noun == "1"), pattern))
        return cls(rows)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TriggerMatch]:
        """Every trigger in ``text[start:end]``, absolute offsets, in text order."""
        out = []
        for m in self._rx.finditer(text, start, len(text) if end is None else end):
            idx = int(m.lastgroup[1:])  # type: ignore[index]
            out.append(TriggerMatch(m.start(), m.end(), m.group(0), self.rules[idx]))
        return out
