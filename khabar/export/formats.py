"""Exporters: event records out to the formats conflict researchers already load.

Design
------
Every exporter is a pure function of the event records (plain dicts, the store's JSON form: ``khabar events
--json``) to one output file; nothing here reads the database, the network or the clock.  :func:`export` picks
the writer by name and returns the number of rows (features) written.

* **Streaming.**  Records are consumed one at a time from any iterable and written as they come: CSV and JSON
  lines row by row, GeoJSON by writing the FeatureCollection's text around the features (the collection is
  never built in memory).  Parquet is columnar, so it buffers :data:`PARQUET_BATCH` rows and writes each batch
  as one row group.
* **All or nothing.**  Output goes to a hidden ``.<name>.<pid>.part`` file beside ``out`` that replaces ``out``
  only once every record is written; a failure part-way leaves no truncated file behind (and an existing
  ``out`` untouched).  Special files (``/dev/stdout``, a FIFO) are written in place.
* **One table per format.**  Each format's columns are declared once below as ``(column, source, rule)``
  tuples: the writers take their column order from these tables and this docstring renders them, so the
  documentation cannot drift from the output.  ``source`` names the record field(s) read, ``rule`` how.
* **Missing is empty.**  An absent or null field gives an empty CSV cell / JSON ``null`` / Parquet null; the
  exporters never invent a value, except where a table says so (ACLED's ``fatalities`` falls back to 0, as
  ACLED's own column never is empty).
* **Sources are documents.**  The store lists one source per *mention*, so one article can appear twice;
  source counts and lists are taken over distinct documents (by ``document_id``, else URL), and outlet lists
  over distinct outlets, in first-seen order.
* **Spreadsheet safety (CSV formats only).**  A *text* cell that starts with ``=``, ``+``, ``-`` or ``@`` (or
  a tab or carriage return, which spreadsheets also treat as formula starts) gets a leading apostrophe, so a
  crafted actor name or note cannot run as a formula when the file is opened in a spreadsheet.  Numbers are
  written as numbers and never prefixed (a longitude of -70.76 stays ``-70.76``).  JSON lines, GeoJSON and
  Parquet are data formats and carry text unchanged.
* **CSV dialect.**  ``csv.writer``, UTF-8 without BOM, a header row, ``"\\n"`` line endings, minimal quoting:
  commas, quotes and newlines inside a note survive a round trip through any CSV reader.
* **JSON.**  UTF-8, non-ASCII kept as is (Urdu, Arabic and Pashto names stay readable), except U+2028 and
  U+2029, which are escaped so that no reader splitting on Unicode line breaks cuts a JSON line in two.

Notes on the targets
--------------------
* ACLED (Codebook 2023): ``iso`` is ISO 3166-1 *numeric* in ACLED's files; khabar knows the alpha-2 code and
  writes that (``PK``, not ``586``).  ``region``, ``admin3``, ``assoc_actor_*``, ``source_scale`` and
  ``timestamp`` have no khabar counterpart and are left empty.  ``interaction`` is the older numeric form
  (``12``: state forces vs rebels), not the 2024 text form.
* UCDP GED: khabar does not split deaths by side, so ``deaths_a``, ``deaths_b``, ``deaths_civilians`` and
  ``deaths_unknown`` are empty; the totals are in ``low``/``best``/``high``.  Events are exported whatever
  their toll (GED keeps only events with at least one death: filter on ``best`` to match).  No UCDP
  conflict/dyad ids are assigned.
* PLOVER (Halterman et al. 2023; modes from the PLOVER manual's category tables): ``event_type`` is the
  record's PLOVER category; ``mode`` is the PLOVER mode of that category where our mode (or, failing that,
  our sub-event type) has one, else our own mode unchanged.  ``context`` is always empty.

The column tables follow.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import IO, Any

from khabar.errors import ParameterError
from khabar.ontology import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VAC

FORMATS = ("acled-csv", "ucdp-csv", "plover-jsonl", "geojson", "parquet")

PARQUET_BATCH = 10_000  # rows per Parquet row group (and the most records ever held in memory)

Column = tuple[str, str, str]  # (column, source, rule)

# --------------------------------------------------------------------------------------------------------------
# The column tables
# --------------------------------------------------------------------------------------------------------------

ACLED_COLUMNS: tuple[Column, ...] = (
    ("event_id_cnty", "place.iso, id", "alpha-2 ISO code + the hex part of the event id (PK3f2a9c1d0b7e); "
                                       "no place: the hex part alone"),
    ("event_date", "date", "YYYY-MM-DD as stored"),
    ("year", "date", "its year"),
    ("time_precision", "date_precision", "1 day -> 1, 2 week -> 2, 3 month -> 3, 4 year / 0 unknown -> 3"),
    ("disorder_type", "event_type, sub_event_type",
     "Battles, Explosions/Remote violence, Violence against civilians, Riots/Mob violence -> Political violence; "
     "Protests, Riots/Violent demonstration -> Demonstrations; Protests/Excessive force against protesters -> "
     "Political violence; Demonstrations (as ACLED codes it); Strategic developments -> Strategic developments"),
    ("event_type", "event_type", "as is"),
    ("sub_event_type", "sub_event_type", "as is"),
    ("actor1", "perpetrator.name", "canonical name, else the text as written"),
    ("assoc_actor_1", "-", "empty"),
    ("inter1", "perpetrator.actor_type", "ACLED interaction code 1..8"),
    ("actor2", "target.name", "canonical name, else the text as written"),
    ("assoc_actor_2", "-", "empty"),
    ("inter2", "target.actor_type", "ACLED interaction code 1..8"),
    ("interaction", "inter1, inter2", "the two codes as a two-digit number, smaller first (12); one actor: "
                                      "its code * 10 (10); none: empty"),
    ("civilian_targeting", "target.actor_type, target.category",
     "'Civilian targeting' when the target is of type 7 or its category is civilians, else empty"),
    ("iso", "place.iso", "ISO 3166-1 alpha-2 (ACLED's own files use the numeric code)"),
    ("region", "-", "empty"),
    ("country", "place.country", "as is"),
    ("admin1", "place.admin1", "as is"),
    ("admin2", "place.admin2", "as is"),
    ("admin3", "-", "empty"),
    ("location", "place.name", "as is"),
    ("latitude", "place.lat", "as is"),
    ("longitude", "place.lon", "as is"),
    ("geo_precision", "place.precision", "1 exact -> 1, 2 near/part of district -> 2, 3 admin2 -> 2, "
                                         "4 admin1 -> 3, 5 country -> 3"),
    ("source", "sources[].outlet", "distinct outlets joined with '; '"),
    ("source_scale", "-", "empty"),
    ("notes", "notes", "the evidence sentence(s), as is"),
    ("fatalities", "totals.killed", "best, else low, else 0"),
    ("tags", "flags", "joined with '; '"),
    ("timestamp", "-", "empty"),
)

UCDP_COLUMNS: tuple[Column, ...] = (
    ("id", "id", "as is"),
    ("type_of_violence", "perpetrator/target actor_type, event_type",
     "3 one-sided when the target is civilians (type 7 or category civilians) or the event is Violence against "
     "civilians; 1 state-based when one side is of type 1 and the other of type 2 or 8; 2 non-state when both "
     "sides are of types 2/3/4; else empty"),
    ("side_a", "perpetrator.name / target.name", "state-based: the state side (type 1), whoever attacked; "
                                                 "otherwise the perpetrator"),
    ("side_b", "target.name / perpetrator.name", "the other side; one-sided with no named target: 'Civilians'"),
    ("date_start", "date, date_precision", "the date; week / month / year precision: the first day of the "
                                           "(ISO, Monday-first) week / month / year containing it; unknown "
                                           "precision: as year"),
    ("date_end", "date, date_precision", "the date; week / month / year precision: the last day of it"),
    ("date_prec", "date_precision", "1 day -> 1, 2 week -> 3, 3 month -> 4, 4 year -> 5, 0 unknown -> 5"),
    ("country", "place.country", "as is"),
    ("adm_1", "place.admin1", "as is"),
    ("adm_2", "place.admin2", "as is"),
    ("where_coordinates", "place.name", "as is"),
    ("latitude", "place.lat", "as is"),
    ("longitude", "place.lon", "as is"),
    ("where_prec", "place.precision", "1 -> 1 exact, 2 -> 2 within 25 km, 3 -> 3 admin2, 4 -> 4 admin1, "
                                      "5 -> 6 country"),
    ("deaths_a", "-", "empty: khabar does not split deaths by side"),
    ("deaths_b", "-", "empty: khabar does not split deaths by side"),
    ("deaths_civilians", "-", "empty: khabar does not split deaths by side"),
    ("deaths_unknown", "-", "empty: khabar does not split deaths by side"),
    ("low", "totals.killed.low", "as is"),
    ("best", "totals.killed.best", "as is"),
    ("high", "totals.killed.high", "as is"),
    ("number_of_sources", "sources", "number of distinct documents"),
    ("source_article", "sources[].url", "distinct URLs joined with '; '"),
    ("source_headline", "-", "empty"),
)

PLOVER_FIELDS: tuple[Column, ...] = (
    ("id", "id", "as is"),
    ("date", "date", "YYYY-MM-DD or null"),
    ("event_type", "plover", "the PLOVER category (ASSAULT, FIGHT, PROTEST, ...)"),
    ("mode", "mode, sub_event_type", "PLOVER mode of the category where one exists (see PLOVER_MODES), "
                                     "else our mode"),
    ("context", "-", "[]"),
    ("actor", "perpetrator.name", "canonical name, else text, else null"),
    ("actor_country", "perpetrator.country", "alpha-2 where the actor is country-bound, else null"),
    ("recipient", "target.name", "canonical name, else text, else null"),
    ("recipient_country", "target.country", "alpha-2 or null"),
    ("location", "place", "{name, country, admin1, admin2, lat, lon}; all null without a place"),
    ("attributes", "totals", "{fatalities: killed.best, injuries: injured.best}"),
    ("source_documents", "sources[].document_id", "distinct document ids"),
    ("khabar", "the record", "the full record, unchanged"),
)

GEOJSON_PROPERTIES: tuple[Column, ...] = (
    ("(geometry)", "place.lon, place.lat", "Point [lon, lat] (RFC 7946 order); events without finite, in-range "
                                           "coordinates are skipped and not counted"),
    ("id", "id", "as is"),
    ("event_type", "event_type", "as is"),
    ("sub_event_type", "sub_event_type", "as is"),
    ("date", "date", "as is"),
    ("country", "place.country", "as is"),
    ("admin1", "place.admin1", "as is"),
    ("location", "place.name", "as is"),
    ("perpetrator", "perpetrator.name", "canonical name, else text"),
    ("fatalities_best", "totals.killed.best", "as is"),
    ("fatalities_low", "totals.killed.low", "as is"),
    ("fatalities_high", "totals.killed.high", "as is"),
    ("contested", "contested", "boolean"),
    ("n_sources", "sources", "number of distinct documents"),
)

# (column, Arrow type, source, rule)
PARQUET_COLUMNS: tuple[tuple[str, str, str, str], ...] = (
    ("id", "string", "id", "as is"),
    ("event_type", "string", "event_type", "as is"),
    ("sub_event_type", "string", "sub_event_type", "as is"),
    ("plover", "string", "plover", "as is"),
    ("mode", "string", "mode", "as is"),
    ("attack_type", "string", "attack_type", "as is"),
    ("weapon", "string", "weapon", "as is"),
    ("date", "string", "date", "YYYY-MM-DD as a string"),
    ("date_precision", "int8", "date_precision", "as is (1 day, 2 week, 3 month, 4 year, 0 unknown)"),
    ("country", "string", "place.country", "as is"),
    ("iso", "string", "place.iso", "alpha-2"),
    ("admin1", "string", "place.admin1", "as is"),
    ("admin2", "string", "place.admin2", "as is"),
    ("location", "string", "place.name", "as is"),
    ("lat", "float64", "place.lat", "as is"),
    ("lon", "float64", "place.lon", "as is"),
    ("geo_precision", "int8", "place.precision", "khabar's scale (1 exact place .. 5 country)"),
    ("perpetrator", "string", "perpetrator.name", "canonical name, else text"),
    ("perpetrator_type", "int8", "perpetrator.actor_type", "ACLED interaction code"),
    ("target", "string", "target.name", "canonical name, else text"),
    ("target_type", "int8", "target.actor_type", "ACLED interaction code"),
    ("killed_low", "int64", "totals.killed.low", "as is"),
    ("killed_best", "int64", "totals.killed.best", "as is"),
    ("killed_high", "int64", "totals.killed.high", "as is"),
    ("injured_low", "int64", "totals.injured.low", "as is"),
    ("injured_best", "int64", "totals.injured.best", "as is"),
    ("injured_high", "int64", "totals.injured.high", "as is"),
    ("abducted_best", "int64", "totals.abducted.best", "as is"),
    ("arrested_best", "int64", "totals.arrested.best", "as is"),
    ("contested", "bool", "contested", "as is"),
    ("flags", "list<string>", "flags", "as is"),
    ("n_sources", "int32", "sources", "number of distinct documents"),
    ("outlets", "list<string>", "sources[].outlet", "distinct outlets"),
    ("figures_json", "string", "figures", "json.dumps of the figures list"),
)

# ACLED disorder type by event type, with the sub-event types that differ from their event type's.
DISORDER_BY_EVENT_TYPE: dict[str, str] = {
    BATTLES: "Political violence",
    EXPLOSIONS: "Political violence",
    VAC: "Political violence",
    RIOTS: "Political violence",
    PROTESTS: "Demonstrations",
    STRATEGIC: "Strategic developments",
}
DISORDER_BY_SUB_EVENT_TYPE: dict[str, str] = {
    "Violent demonstration": "Demonstrations",
    "Excessive force against protesters": "Political violence; Demonstrations",
}

ACLED_TIME_PRECISION = {1: 1, 2: 2, 3: 3, 4: 3, 0: 3}
ACLED_GEO_PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
UCDP_DATE_PREC = {1: 1, 2: 3, 3: 4, 4: 5, 0: 5}
UCDP_WHERE_PREC = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6}

# PLOVER modes (PLOVER manual, per-category mode tables) for khabar's modes, within the category that has them.
PLOVER_MODES: dict[tuple[str, str], str] = {
    ("ASSAULT", "firearms"): "firearms",
    ("ASSAULT", "explosives"): "explosives",
    ("ASSAULT", "ied"): "explosives",
    ("ASSAULT", "vehicle_bomb"): "explosives",
    ("ASSAULT", "grenade"): "explosives",
    ("ASSAULT", "suicide"): "suicide-attack",
    ("ASSAULT", "shelling"): "heavy-weapons",
    ("ASSAULT", "arson"): "primitive",
    ("ASSAULT", "melee"): "primitive",
    ("ASSAULT", "abduction"): "abduct",
    ("ASSAULT", "hijacking"): "abduct",
    ("ASSAULT", "hostage_taking"): "abduct",
}
# ... and for ACLED sub-event types, used when the mode gives none.
PLOVER_MODES_BY_SUB_EVENT: dict[tuple[str, str], str] = {
    ("ASSAULT", "Suicide bomb"): "suicide-attack",
    ("ASSAULT", "Remote explosive/landmine/IED"): "explosives",
    ("ASSAULT", "Grenade"): "explosives",
    ("ASSAULT", "Sexual violence"): "sexual",
    ("ASSAULT", "Abduction/forced disappearance"): "abduct",
    ("ASSAULT", "Looting/property destruction"): "destroy",
    ("PROTEST", "Peaceful protest"): "demo",
    ("PROTEST", "Protest with intervention"): "demo",
    ("PROTEST", "Violent demonstration"): "riot",
    ("COERCE", "Arrests"): "arrest",
}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


# --------------------------------------------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------------------------------------------

def export(events: Iterable[dict], fmt: str, out: str | os.PathLike) -> int:
    """Write the events in format `fmt` to the file `out`; return the number of rows/features written.

    Streams: never holds more than one event in memory except for parquet (:data:`PARQUET_BATCH` rows per
    row group); geojson streams the FeatureCollection text.  Unknown fmt -> :class:`ParameterError`.
    """
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ParameterError(f"unknown export format {fmt!r} (choose one of {', '.join(FORMATS)})")
    with _staged(out) as path:
        return writer(_records(events), path)


# --------------------------------------------------------------------------------------------------------------
# Field access shared by the formats
# --------------------------------------------------------------------------------------------------------------

def _records(events: Iterable[Any]) -> Iterator[Mapping[str, Any]]:
    for i, ev in enumerate(events):
        if not isinstance(ev, Mapping):
            raise ParameterError(f"event #{i + 1} is a {type(ev).__name__}, not an event record")
        yield ev


def _sub(ev: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """A nested object of the record (place, perpetrator, target), {} when absent or null."""
    v = ev.get(key)
    return v if isinstance(v, Mapping) else {}


def _actor_name(actor: Mapping[str, Any]) -> str | None:
    return actor.get("name") or actor.get("text") or None


def _code(v: Any) -> int | None:
    """A small integer code (actor type, precision), None unless it is one."""
    if isinstance(v, bool) or not isinstance(v, int):
        return None
    return v


def _lookup(table: Mapping[int, int], v: Any) -> int | None:
    """A precision code translated by `table`; None when the code is missing or unknown."""
    code = _code(v)
    return table.get(code) if code is not None else None


def _int(v: Any) -> int | None:
    """A count as an int: ints as is, integral floats converted, anything else None."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and math.isfinite(v) and v.is_integer():
        return int(v)
    return None


def _float(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    v = float(v)
    return v if math.isfinite(v) else None


def _total(ev: Mapping[str, Any], kind: str, part: str) -> int | None:
    totals = ev.get("totals")
    if not isinstance(totals, Mapping):
        return None
    t = totals.get(kind)
    return _int(t.get(part)) if isinstance(t, Mapping) else None


def _distinct(values: Iterable[Any]) -> list[str]:
    return list(dict.fromkeys(v for v in values if isinstance(v, str) and v))


def _sources(ev: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The record's sources, one per document (the store lists one per mention)."""
    seen: dict[str, Mapping[str, Any]] = {}
    for i, s in enumerate(ev.get("sources") or ()):
        if isinstance(s, Mapping):
            key = s.get("document_id") or s.get("url") or f"#{i}"
            seen.setdefault(key, s)
    return list(seen.values())


def _outlets(ev: Mapping[str, Any]) -> list[str]:
    return _distinct(s.get("outlet") for s in _sources(ev))


def _civilian_target(ev: Mapping[str, Any]) -> bool:
    target = _sub(ev, "target")
    return _code(target.get("actor_type")) == 7 or str(target.get("category") or "").lower() == "civilians"


def _date(ev: Mapping[str, Any]) -> tuple[str | None, dt.date | None, int]:
    """The date as stored, parsed (None unless YYYY-MM-DD) and its precision (0 when unknown)."""
    raw = ev.get("date")
    raw = raw if isinstance(raw, str) and raw else None
    parsed = None
    if raw and _DATE_RE.fullmatch(raw):
        with suppress(ValueError):
            parsed = dt.date.fromisoformat(raw)
    prec = _code(ev.get("date_precision"))
    return raw, parsed, prec if prec in (0, 1, 2, 3, 4) else 0


def _date_range(day: dt.date, precision: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the week (Monday-first), month or year containing `day`, by precision."""
    if precision == 2:
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=6)
    if precision == 3:
        last = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return day.replace(day=1), last
    if precision in (0, 4):
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    return day, day


def _event_hex(event_id: str) -> str:
    return event_id.split("_", 1)[1] if event_id.startswith("ev_") else event_id


# --------------------------------------------------------------------------------------------------------------
# Output: staged file, CSV cells, JSON
# --------------------------------------------------------------------------------------------------------------

@contextmanager
def _staged(out: str | os.PathLike) -> Iterator[str]:
    """A path to write to that becomes `out` only when the block completes (special files: `out` itself)."""
    shown = os.fspath(out)
    if not shown:
        raise ParameterError("no output file given")
    if os.path.isdir(shown):
        raise ParameterError("the output path is a directory", source=shown)
    if os.path.exists(shown) and not os.path.isfile(shown):
        yield shown  # /dev/stdout, a FIFO: cannot be replaced, so written in place
        return
    path = os.path.realpath(shown)  # through a symlink: replace the file it points to
    directory, name = os.path.split(path)
    part = os.path.join(directory, f".{name}.{os.getpid()}.part")
    try:
        open(part, "wb").close()
    except OSError as e:
        raise ParameterError(f"cannot write the output file: {e.strerror or e}", source=shown) from e
    try:
        yield part
    except BaseException:
        with suppress(OSError):
            os.unlink(part)
        raise
    try:
        os.replace(part, path)
    except OSError as e:
        with suppress(OSError):
            os.unlink(part)
        raise ParameterError(f"cannot write the output file: {e.strerror or e}", source=shown) from e


def _open_text(path: str) -> IO[str]:
    return open(path, "w", encoding="utf-8", newline="")


def _cell(v: Any) -> Any:
    """A CSV cell: None empty, text guarded against formula injection, numbers as numbers."""
    if v is None:
        return ""
    if isinstance(v, str):
        return "'" + v if v.startswith(_FORMULA_START) else v
    return v


def _json(obj: Any, what: str) -> str:
    try:
        text = json.dumps(obj, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise ParameterError(f"{what} cannot be written as JSON: {e}") from e
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _write_csv(events: Iterable[Mapping[str, Any]], path: str, columns: tuple[Column, ...],
               row: Callable[[Mapping[str, Any]], dict[str, Any]]) -> int:
    names = [c for c, _, _ in columns]
    n = 0
    with _open_text(path) as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(names)
        for ev in events:
            values = row(ev)
            w.writerow([_cell(values[c]) for c in names])
            n += 1
    return n


# --------------------------------------------------------------------------------------------------------------
# acled-csv
# --------------------------------------------------------------------------------------------------------------

def _disorder_type(event_type: Any, sub_event_type: Any) -> str | None:
    return DISORDER_BY_SUB_EVENT_TYPE.get(sub_event_type) or DISORDER_BY_EVENT_TYPE.get(event_type)


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if len(codes) == 2:
        return codes[0] * 10 + codes[1]
    if codes:
        return codes[0] * 10
    return None


def acled_row(ev: Mapping[str, Any]) -> dict[str, Any]:
    """One event as an ACLED row (column -> value; None for an empty cell)."""
    place, perp, target = _sub(ev, "place"), _sub(ev, "perpetrator"), _sub(ev, "target")
    raw, day, prec = _date(ev)
    inter1, inter2 = _code(perp.get("actor_type")), _code(target.get("actor_type"))
    iso = place.get("iso") or ""
    killed = _total(ev, "killed", "best")
    if killed is None:
        killed = _total(ev, "killed", "low")
    return {
        "event_id_cnty": str(iso).upper() + _event_hex(str(ev.get("id") or "")),
        "event_date": raw,
        "year": day.year if day else None,
        "time_precision": ACLED_TIME_PRECISION[prec] if raw else None,
        "disorder_type": _disorder_type(ev.get("event_type"), ev.get("sub_event_type")),
        "event_type": ev.get("event_type"),
        "sub_event_type": ev.get("sub_event_type"),
        "actor1": _actor_name(perp),
        "assoc_actor_1": None,
        "inter1": inter1,
        "actor2": _actor_name(target),
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if _civilian_target(ev) else None,
        "iso": place.get("iso"),
        "region": None,
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "admin2": place.get("admin2"),
        "admin3": None,
        "location": place.get("name"),
        "latitude": _float(place.get("lat")),
        "longitude": _float(place.get("lon")),
        "geo_precision": _lookup(ACLED_GEO_PRECISION, place.get("precision")),
        "source": "; ".join(_outlets(ev)) or None,
        "source_scale": None,
        "notes": ev.get("notes"),
        "fatalities": killed if killed is not None else 0,
        "tags": "; ".join(_distinct(ev.get("flags") or ())) or None,
        "timestamp": None,
    }


def _write_acled(events: Iterable[Mapping[str, Any]], path: str) -> int:
    return _write_csv(events, path, ACLED_COLUMNS, acled_row)


# --------------------------------------------------------------------------------------------------------------
# ucdp-csv
# --------------------------------------------------------------------------------------------------------------

def _type_of_violence(ev: Mapping[str, Any]) -> int | None:
    a = _code(_sub(ev, "perpetrator").get("actor_type"))
    b = _code(_sub(ev, "target").get("actor_type"))
    if _civilian_target(ev) or ev.get("event_type") == VAC:
        return 3
    if (a == 1 and b in (2, 8)) or (b == 1 and a in (2, 8)):
        return 1
    if a in (2, 3, 4) and b in (2, 3, 4):
        return 2
    return None


def ucdp_row(ev: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a UCDP GED-style row (column -> value; None for an empty cell)."""
    place, perp, target = _sub(ev, "place"), _sub(ev, "perpetrator"), _sub(ev, "target")
    raw, day, prec = _date(ev)
    violence = _type_of_violence(ev)
    side_a, side_b = _actor_name(perp), _actor_name(target)
    if violence == 1 and _code(perp.get("actor_type")) != 1:
        side_a, side_b = side_b, side_a  # UCDP: side_a is the government
    if violence == 3 and side_b is None:
        side_b = "Civilians"
    if day is not None:
        start, end = (d.isoformat() for d in _date_range(day, prec))
    else:
        start = end = raw
    sources = _sources(ev)
    return {
        "id": ev.get("id"),
        "type_of_violence": violence,
        "side_a": side_a,
        "side_b": side_b,
        "date_start": start,
        "date_end": end,
        "date_prec": UCDP_DATE_PREC[prec] if raw else None,
        "country": place.get("country"),
        "adm_1": place.get("admin1"),
        "adm_2": place.get("admin2"),
        "where_coordinates": place.get("name"),
        "latitude": _float(place.get("lat")),
        "longitude": _float(place.get("lon")),
        "where_prec": _lookup(UCDP_WHERE_PREC, place.get("precision")),
        "deaths_a": None,
        "deaths_b": None,
        "deaths_civilians": None,
        "deaths_unknown": None,
        "low": _total(ev, "killed", "low"),
        "best": _total(ev, "killed", "best"),
        "high": _total(ev, "killed", "high"),
        "number_of_sources": len(sources),
        "source_article": "; ".join(_distinct(s.get("url") for s in sources)) or None,
        "source_headline": None,
    }


def _write_ucdp(events: Iterable[Mapping[str, Any]], path: str) -> int:
    return _write_csv(events, path, UCDP_COLUMNS, ucdp_row)


# --------------------------------------------------------------------------------------------------------------
# plover-jsonl
# --------------------------------------------------------------------------------------------------------------

def _plover_mode(ev: Mapping[str, Any]) -> str | None:
    category, mode, sub = ev.get("plover"), ev.get("mode"), ev.get("sub_event_type")
    return PLOVER_MODES.get((category, mode)) or PLOVER_MODES_BY_SUB_EVENT.get((category, sub)) or mode or None


def plover_record(ev: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER JSON object."""
    place, perp, target = _sub(ev, "place"), _sub(ev, "perpetrator"), _sub(ev, "target")
    raw, _, _ = _date(ev)
    return {
        "id": ev.get("id"),
        "date": raw,
        "event_type": ev.get("plover"),
        "mode": _plover_mode(ev),
        "context": [],
        "actor": _actor_name(perp),
        "actor_country": perp.get("country"),
        "recipient": _actor_name(target),
        "recipient_country": target.get("country"),
        "location": {
            "name": place.get("name"), "country": place.get("country"), "admin1": place.get("admin1"),
            "admin2": place.get("admin2"), "lat": _float(place.get("lat")), "lon": _float(place.get("lon")),
        },
        "attributes": {"fatalities": _total(ev, "killed", "best"), "injuries": _total(ev, "injured", "best")},
        "source_documents": _distinct(s.get("document_id") for s in _sources(ev)),
        "khabar": ev,
    }


def _write_plover(events: Iterable[Mapping[str, Any]], path: str) -> int:
    n = 0
    with _open_text(path) as f:
        for ev in events:
            f.write(_json(plover_record(ev), f"event {ev.get('id')}") + "\n")
            n += 1
    return n


# --------------------------------------------------------------------------------------------------------------
# geojson
# --------------------------------------------------------------------------------------------------------------

def geojson_feature(ev: Mapping[str, Any]) -> dict[str, Any] | None:
    """One event as a GeoJSON Point feature; None when it has no usable coordinates."""
    place = _sub(ev, "place")
    lat, lon = _float(place.get("lat")), _float(place.get("lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    raw, _, _ = _date(ev)
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "id": ev.get("id"),
            "event_type": ev.get("event_type"),
            "sub_event_type": ev.get("sub_event_type"),
            "date": raw,
            "country": place.get("country"),
            "admin1": place.get("admin1"),
            "location": place.get("name"),
            "perpetrator": _actor_name(_sub(ev, "perpetrator")),
            "fatalities_best": _total(ev, "killed", "best"),
            "fatalities_low": _total(ev, "killed", "low"),
            "fatalities_high": _total(ev, "killed", "high"),
            "contested": bool(ev.get("contested")),
            "n_sources": len(_sources(ev)),
        },
    }


def _write_geojson(events: Iterable[Mapping[str, Any]], path: str) -> int:
    n = 0
    with _open_text(path) as f:
        f.write('{"type": "FeatureCollection", "features": [')
        for ev in events:
            feature = geojson_feature(ev)
            if feature is None:
                continue
            f.write(("," if n else "") + "\n" + _json(feature, f"event {ev.get('id')}"))
            n += 1
        f.write("\n]}\n")
    return n


# --------------------------------------------------------------------------------------------------------------
# parquet
# --------------------------------------------------------------------------------------------------------------

def parquet_row(ev: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a flat Parquet row (column -> Python value)."""
    place, perp, target = _sub(ev, "place"), _sub(ev, "perpetrator"), _sub(ev, "target")
    raw, _, _ = _date(ev)
    figures = ev.get("figures") or []
    return {
        "id": ev.get("id"),
        "event_type": ev.get("event_type"),
        "sub_event_type": ev.get("sub_event_type"),
        "plover": ev.get("plover"),
        "mode": ev.get("mode"),
        "attack_type": ev.get("attack_type"),
        "weapon": ev.get("weapon"),
        "date": raw,
        "date_precision": _code(ev.get("date_precision")),
        "country": place.get("country"),
        "iso": place.get("iso"),
        "admin1": place.get("admin1"),
        "admin2": place.get("admin2"),
        "location": place.get("name"),
        "lat": _float(place.get("lat")),
        "lon": _float(place.get("lon")),
        "geo_precision": _code(place.get("precision")),
        "perpetrator": _actor_name(perp),
        "perpetrator_type": _code(perp.get("actor_type")),
        "target": _actor_name(target),
        "target_type": _code(target.get("actor_type")),
        "killed_low": _total(ev, "killed", "low"),
        "killed_best": _total(ev, "killed", "best"),
        "killed_high": _total(ev, "killed", "high"),
        "injured_low": _total(ev, "injured", "low"),
        "injured_best": _total(ev, "injured", "best"),
        "injured_high": _total(ev, "injured", "high"),
        "abducted_best": _total(ev, "abducted", "best"),
        "arrested_best": _total(ev, "arrested", "best"),
        "contested": bool(ev.get("contested")),
        "flags": _distinct(ev.get("flags") or ()),
        "n_sources": len(_sources(ev)),
        "outlets": _outlets(ev),
        "figures_json": _json(figures, f"the figures of event {ev.get('id')}"),
    }


def parquet_schema() -> Any:
    """The explicit Arrow schema of the Parquet export (so all-null columns keep their types)."""
    pa = _pyarrow()
    types = {"string": pa.string(), "int8": pa.int8(), "int32": pa.int32(), "int64": pa.int64(),
             "float64": pa.float64(), "bool": pa.bool_(), "list<string>": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind, _, _ in PARQUET_COLUMNS],
                     metadata={"khabar.export": "khabar.events/1"})


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as e:
        raise ParameterError("the parquet format needs pyarrow (pip install pyarrow)") from e
    return pyarrow


def _write_parquet(events: Iterable[Mapping[str, Any]], path: str) -> int:
    pa = _pyarrow()
    import pyarrow.parquet as pq

    schema = parquet_schema()
    names = schema.names
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: dict[str, list[Any]] = {c: [] for c in names}
        size = 0
        for ev in events:
            row = parquet_row(ev)
            for c in names:
                batch[c].append(row[c])
            size += 1
            if size >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pydict(batch, schema=schema))
                n += size
                batch, size = {c: [] for c in names}, 0
        if size:
            writer.write_table(pa.Table.from_pydict(batch, schema=schema))
            n += size
    return n


_WRITERS: dict[str, Callable[[Iterable[Mapping[str, Any]], str], int]] = {
    "acled-csv": _write_acled,
    "ucdp-csv": _write_ucdp,
    "plover-jsonl": _write_plover,
    "geojson": _write_geojson,
    "parquet": _write_parquet,
}


def _render(title: str, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> str:
    rows = [header, *rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    lines = [title, "-" * len(title)]
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1])
    return "\n".join(lines)


if __doc__ is not None:
    __doc__ += "\n\n" + "\n\n".join([
        _render("acled-csv", ("column", "source", "rule"), ACLED_COLUMNS),
        _render("ucdp-csv", ("column", "source", "rule"), UCDP_COLUMNS),
        _render("plover-jsonl", ("field", "source", "rule"), PLOVER_FIELDS),
        _render("geojson", ("property", "source", "rule"), GEOJSON_PROPERTIES),
        _render("parquet", ("column", "type", "source", "rule"), PARQUET_COLUMNS),
    ]) + "\n"
