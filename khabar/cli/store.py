"""The store's commands: ``ingest``, ``stats``, ``events``, ``show``, ``export``."""

from __future__ import annotations

import json
import sys

import click

from khabar.cli import cli

_DB = click.option("--db", "db", envvar="KHABAR_DB", metavar="PATH|URL",
                   help="SQLite file or postgresql:// URL (default: $KHABAR_DB, else ~/.local/share/khabar/khabar.sqlite).")


def _open(db: str | None, create: bool = True):
    from khabar.store import open_store

    return open_store(db, create=create)


def _filters(f):
    for opt in reversed([
        click.option("--country", help="ISO code or country name."),
        click.option("--admin1", help="First-level division (province, state)."),
        click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--type", "event_type", help="Event type, sub-event type or PLOVER category."),
        click.option("--actor", help="Perpetrator or target name (substring)."),
        click.option("--contested/--uncontested", default=None, help="Only events whose figures are (not) contested."),
        click.option("--min-fatalities", type=click.IntRange(min=0), help="Best fatality estimate at least N."),
        click.option("--limit", type=click.IntRange(min=1), help="At most N events (newest first)."),
    ]):
        f = opt(f)
    return f


def _check_dates(since: str | None, until: str | None) -> None:
    from khabar.pipeline import _parse_published

    _parse_published(since)
    _parse_published(until)


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@_DB
@click.option("--workers", type=click.IntRange(min=1, max=64), default=1, show_default=True,
              help="Reading processes.")
@click.option("--batch", type=click.IntRange(min=1, max=10_000), default=64, show_default=True,
              help="Documents per worker per transaction.")
@click.option("--json", "as_json", is_flag=True, help="The end summary as JSON.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest_command(paths: tuple[str, ...], db: str | None, workers: int, batch: int, as_json: bool, quiet: bool) -> None:
    """Read news into the database: .txt, .html, RSS/Atom, JSONL and CSV batches, folders, .gz, or - (stdin).

    JSONL/CSV columns: text (required), headline, published, url, outlet, language. Re-running the same
    input changes nothing; a changed text at a stored URL is kept as a new version.
    """
    from khabar.ingest.sources import iter_documents
    from khabar.store.ingest import ingest

    store = _open(db)
    show = not quiet and sys.stderr.isatty()

    def progress(s) -> None:
        if show:
            click.echo(f"\r{s.new} new, {s.unchanged} unchanged, {s.failed} failed — {s.documents_per_s:.0f} documents/s",
                       err=True, nl=False)

    with store:
        summary = ingest(store, iter_documents(list(paths), stdin=sys.stdin.buffer), workers=workers, batch=batch,
                         progress=progress)
    if show:
        click.echo("", err=True)
    if as_json:
        click.echo(json.dumps(summary.to_json(), indent=2))
        return
    click.echo(f"documents: {summary.new} new ({summary.versions} new versions), {summary.unchanged} unchanged, "
               f"{summary.failed} failed; events: {summary.events}; figures: {summary.figures}; "
               f"{summary.documents_per_s:.1f} documents/s")
    for origin, msg in summary.errors[:20]:
        click.echo(f"  failed: {msg if msg.startswith(origin) else origin + ': ' + msg}", err=True)


@cli.command("stats")
@_DB
@click.option("--json", "as_json", is_flag=True)
def stats_command(db: str | None, as_json: bool) -> None:
    """How many documents, events, mentions and figures the database holds."""
    with _open(db, create=False) as store:
        s = store.stats()
    if as_json:
        click.echo(json.dumps({k: s[k] for k in ("documents", "events", "mentions", "figures")}))
    else:
        click.echo("  ".join(f"{k}: {v}" for k, v in s.items()))


@cli.command("events")
@_DB
@_filters
@click.option("--json", "as_json", is_flag=True, help='{"events": [...]}: each with its figures and sources.')
def events_command(db: str | None, as_json: bool, since: str | None, until: str | None, **filters) -> None:
    """List events, newest first."""
    _check_dates(since, until)
    with _open(db, create=False) as store:
        ids = store.event_ids(since=since, until=until, **filters)
        if as_json:
            out = sys.stdout
            out.write('{"events": [')
            for i, rec in enumerate(store.event_records(ids)):
                out.write(("," if i else "") + "\n" + json.dumps(rec, ensure_ascii=False))
            out.write("\n]}\n")
            return
        for rec in store.event_records(ids):
            click.echo(_line(rec))


def _line(rec: dict) -> str:
    p = rec["place"] or {}
    where = ", ".join(x for x in (p.get("name"), p.get("admin1"), p.get("country")) if x) or "?"
    killed = rec["totals"].get("killed") or {}
    toll = ""
    if killed.get("best") is not None:
        toll = f" killed {killed['best']}" + (f" ({killed['low']}–{killed['high']})" if killed["low"] != killed["high"] else "")
    perp = (rec["perpetrator"] or {}).get("name") or "unknown"
    flags = f" [{', '.join(rec['flags'])}]" if rec["flags"] else ""
    return f"{rec['id']}  {rec['date'] or '????-??-??'}  {rec['sub_event_type']:<34} {where} — {perp}{toll}{flags}"


@cli.command("show")
@click.argument("event_id")
@_DB
@click.option("--json", "as_json", is_flag=True)
def show_command(event_id: str, db: str | None, as_json: bool) -> None:
    """One event with every figure, its claimant, outlet, date and evidence sentence."""
    from khabar.errors import ParameterError
    from khabar.resolve.actors import GENERIC

    with _open(db, create=False) as store:
        rec = store.event_record(event_id)
    if rec is None:
        raise ParameterError("no such event", source=event_id)
    if as_json:
        click.echo(json.dumps(rec, ensure_ascii=False, indent=2))
        return
    click.echo(_line(rec))
    by_kind: dict[str, list[dict]] = {}
    for f in rec["figures"]:
        by_kind.setdefault(f["kind"], []).append(f)
    for kind, figs in by_kind.items():
        t = rec["totals"].get(kind)
        head = f"{kind}" + (f" — low {t['low']}, best {t['best']}, high {t['high']}" if t and t.get("best") is not None else "")
        click.echo(f"  {head}")
        for f in figs:
            c = f["claimant"]
            who = (c["canonical"] if c["canonical"] not in GENERIC else None) or c["text"] or "the reporter"
            n = f["low"] if f["low"] == f["high"] or f["high"] is None else f"{f['low']}–{f['high']}"
            mod = "" if f["modality"] == "asserted" else f", {f['modality']}"
            click.echo(f"    {who} ({c['type']}{mod}): {n} {f['subject'] or ''} · {f['outlet'] or '?'}, "
                       f"{(f['published'] or '?')[:10]}")
            if f["evidence"]["sentence"]:
                click.echo(f"      “{f['evidence']['sentence']}”")
    click.echo("  sources: " + "; ".join(f"{s['outlet'] or '?'} {(s['published'] or '?')[:10]} {s['url'] or s['document_id']}"
                                         for s in rec["sources"]))


@cli.command("export")
@_DB
@click.option("--format", "fmt", required=True,
              type=click.Choice(["acled-csv", "ucdp-csv", "plover-jsonl", "geojson", "parquet"]))
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False, writable=True))
@_filters
def export_command(db: str | None, fmt: str, out: str, since: str | None, until: str | None, **filters) -> None:
    """Write events as ACLED-style CSV, UCDP-style CSV, PLOVER JSONL, GeoJSON or Parquet."""
    from khabar.export.formats import export

    _check_dates(since, until)
    with _open(db, create=False) as store:
        ids = store.event_ids(since=since, until=until, **filters)
        n = export(store.event_records(ids), fmt, out)
    click.echo(f"{n} events written to {out} ({fmt})", err=True)


@cli.command("fuse")
@_DB
@click.option("--rebuild", is_flag=True, required=True,
              help="Regroup every stored report into events from scratch (ingest fuses incrementally).")
def fuse_command(db: str | None, rebuild: bool) -> None:
    """Rebuild the events from all stored mentions (after changing fusion rules, or to check the incremental result)."""
    import time

    with _open(db, create=False) as store:
        t0 = time.perf_counter()
        n = store.refuse()
        mentions = store.stats()["mentions"]
    click.echo(f"{mentions} mentions fused into {n} events in {time.perf_counter() - t0:.1f} s")
