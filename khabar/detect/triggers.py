"""Event triggers: where a sentence speaks of political violence, and of which kind.

The lexicon is ``khabar/data/triggers.tsv`` (one row per family of trigger
words with its ACLED sub-event type, mode and priority).  All rows compile
into one regular expression with a named group per row, so one pass over a
sentence finds every trigger.

Trying every row at every word start is what makes that pass slow, so ``find``
does not run the one expression over the sentence.  The ways each row can
begin (its first ``PREFIX`` characters, as character classes) are read off its
parsed pattern; a cheap search jumps from one word start that some row can
begin at to the next, and there only the rows whose beginnings fit the next
characters are tried, in table order, by an expression built exactly like the
big one (cached per beginning).  The result is the big expression's, match for
match: the same leftmost, non-overlapping matches, the same winning row where
several match at one place, the same Unicode case folding ('ſ' for s, the
Kelvin sign for k), the same ``start``/``end`` bounds.  A part of a pattern
that cannot be read safely lets its row begin with anything; a table with a
row that can match the empty string, a named group or a group reference
falls back to the one expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.resources import read_table

try:  # the regex parser's module: ``re._parser`` since Python 3.11, ``sre_parse`` before
    from re import _constants as _sre_c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_FLAGS = re.IGNORECASE
_BEFORE = r"(?<![\w-])"  # a trigger starts where no word character or hyphen precedes
_AFTER = r"(?![\w])"  # and ends where no word character follows

_CATEGORIES = {
    _sre_c.CATEGORY_DIGIT: r"\d", _sre_c.CATEGORY_NOT_DIGIT: r"\D",
    _sre_c.CATEGORY_SPACE: r"\s", _sre_c.CATEGORY_NOT_SPACE: r"\S",
    _sre_c.CATEGORY_WORD: r"\w", _sre_c.CATEGORY_NOT_WORD: r"\W",
}


class _Unreadable(Exception):
    """A pattern part this module does not read: its row may begin with anything."""


class _NoShortcut(Exception):
    """A table the shortcut must not be used for: ``find`` runs the one expression."""


PREFIX = 3  # how many characters of a row's possible beginnings are read off its pattern
_ANY = r"\s\S"
_GROUPREFS = {_sre_c.GROUPREF, _sre_c.GROUPREF_EXISTS, getattr(_sre_c, "GROUPREF_IGNORE", None)}
_REPEATS = {_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", None)}
_ZERO_WIDTH = {_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT}

# A beginning is a tuple of character classes (each the inside of a [...]), one per
# character.  Shorter than PREFIX: the whole of a match; PREFIX long: the start of a longer one.
_Starts = set[tuple[str, ...]]


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _then(left: _Starts, right: _Starts) -> _Starts:
    """The beginnings of a match of ``left`` followed by a match of ``right``."""
    out = {a for a in left if len(a) >= PREFIX}
    for a in left:
        if len(a) < PREFIX:
            out.update((a + b)[:PREFIX] for b in right)
    return out


def _class(items) -> str:
    parts = []
    for op, av in items:
        if op is _sre_c.LITERAL:
            parts.append(_char(av))
        elif op is _sre_c.RANGE:
            parts.append(_char(av[0]) + "-" + _char(av[1]))
        elif op is _sre_c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:  # NEGATE and the rest: any character
            return _ANY
    return "".join(parts)


def _starts(items) -> _Starts:
    """The beginnings of a match of the parsed sequence ``items`` (a superset of them:
    zero-width assertions are taken as always true, unknown parts as anything)."""
    out: _Starts = {()}
    for op, av in items:
        if op is _sre_c.LITERAL:
            here: _Starts = {(_char(av),)}
        elif op is _sre_c.IN:
            here = {(_class(av),)}
        elif op in (_sre_c.ANY, _sre_c.NOT_LITERAL):
            here = {(_ANY,)}
        elif op is _sre_c.BRANCH:
            here = set().union(*(_starts(b) for b in av[1]))
        elif op is _sre_c.SUBPATTERN:
            here = _starts(av[-1])
        elif op is getattr(_sre_c, "ATOMIC_GROUP", None):
            here = _starts(av)
        elif op in _REPEATS:
            lo, hi, sub = av
            once = _starts(sub)
            here, acc, n = set(), {()}, 0
            while n <= hi:
                if n >= lo:
                    if acc <= here:
                        break  # more repetitions begin no other way
                    here |= acc
                acc, n = _then(acc, once), n + 1
        elif op in _ZERO_WIDTH:
            continue
        else:
            raise _Unreadable
        out = _then(out, here)
        if all(len(a) >= PREFIX for a in out):
            break
    return out


def _refers_to_groups(node) -> bool:
    """Whether a parsed pattern holds a back-reference or a conditional anywhere."""
    if isinstance(node, _sre_parse.SubPattern):
        node = node.data
    if isinstance(node, (list, tuple)):
        if len(node) == 2 and not isinstance(node[0], (list, tuple, _sre_parse.SubPattern)) and node[0] in _GROUPREFS:
            return True
        return any(_refers_to_groups(x) for x in node)
    return False


def _row_starts(pattern: str) -> _Starts:
    """The beginnings of a match of a row's pattern; {()} when it may begin with anything."""
    tree = _sre_parse.parse(pattern, _FLAGS)
    if tree.state.groupdict:
        raise _NoShortcut  # named groups would clash with the t<i> names
    if _refers_to_groups(tree):
        raise _NoShortcut  # group numbers differ between the big expression and the small ones
    if tree.getwidth()[0] == 0:
        raise _NoShortcut  # a row that can match the empty string: the scan itself would differ
    try:
        return _starts(tree)
    except (_Unreadable, RecursionError):
        return {()}


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
        self._parts = [f"(?P<t{i}>{pat})" for i, (_, pat) in enumerate(rows)]
        self._rx: re.Pattern[str] | None = None  # the whole table as one expression, compiled when first needed
        # the shortcut: where a match may begin, and which rows may begin with which characters
        self._starts: re.Pattern[str] | None = None
        self._heads: list[re.Pattern[str]] = []
        self._by_key: dict[str, tuple[int, ...] | None] = {}
        if not rows:
            return
        try:
            starts = [_row_starts(pat) for _, pat in rows]
        except (_NoShortcut, re.error):
            return
        # row i may match at a place only if the next PREFIX characters there (fewer at the end) match heads[i]
        self._heads = [re.compile("|".join("".join(f"[{c}]" for c in b) for b in sorted(s)), _FLAGS) for s in starts]
        firsts = {b[0] if b else _ANY for s in starts for b in s}
        self._starts = re.compile(f"{_BEFORE}[{''.join(sorted(firsts))}]", _FLAGS)
        # each row on its own, compiled once: trying a place's candidate rows in table order finds what their
        # alternation would (the first row that matches there), without compiling an expression per set of rows
        self._row_rx = [self._compile((i,)) for i in range(len(rows))]

    def _compile(self, rows) -> re.Pattern[str]:
        return re.compile(_BEFORE + "(?:" + "|".join(self._parts[i] for i in rows) + ")" + _AFTER, _FLAGS)

    def _for_key(self, key: str) -> tuple[int, ...] | None:
        """The rows that may begin with ``key``, in table order (None: no row may)."""
        rows = tuple(i for i, h in enumerate(self._heads) if h.match(key)) or None
        if len(self._by_key) >= 100_000:
            self._by_key.clear()
        self._by_key[key] = rows
        return rows

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> TriggerLexicon:
        rows: list[tuple[TriggerRule, str]] = []
        for family, sub, mode, prio, noun, pattern in read_table("triggers.tsv"):
            rows.append((TriggerRule(family, sub, mode or None, int(prio), noun == "1"), pattern))
        return cls(rows)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TriggerMatch]:
        """Every trigger in ``text[start:end]``, absolute offsets, in text order."""
        if end is None:
            end = len(text)
        out = []
        rules = self.rules
        if self._starts is None:
            if self._rx is None:
                self._rx = self._compile(range(len(rules)))
            for m in self._rx.finditer(text, start, end):
                out.append(TriggerMatch(m.start(), m.end(), m.group(0), rules[int(m.lastgroup[1:])]))  # type: ignore[index]
            return out
        by_key = self._by_key
        row_rx = self._row_rx
        after = -1  # matches do not overlap: the next one starts at or after the last one's end
        for c in self._starts.finditer(text, start, end):
            at = c.start()
            if at < after:
                continue
            key = text[at:min(at + PREFIX, end)]
            cand = by_key.get(key, False)
            if cand is False:
                cand = self._for_key(key)
            if cand is None:
                continue
            for i in cand:
                m = row_rx[i].match(text, at, end)
                if m is not None:
                    after = m.end()
                    out.append(TriggerMatch(at, after, m.group(0), rules[i]))
                    break
        return out
