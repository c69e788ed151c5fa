"""``khabar read PATH|-``: read articles and print their events."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from khabar.cli import cli
from khabar.cli.render import render_document
from khabar.errors import InputError
from khabar.text.normalise import MAX_BYTES, decode_input


def _inputs(paths: tuple[str, ...]) -> list[tuple[str, bytes | None, Path | None]]:
    out: list[tuple[str, bytes | None, Path | None]] = []
    for p in paths:
        if p == "-":
            out.append(("<stdin>", sys.stdin.buffer.read(MAX_BYTES + 1), None))
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*.txt") if f.is_file())
            if not files:
                raise InputError("folder holds no .txt file", source=p)
            out.extend((str(f), None, f) for f in files)
        elif path.is_file():
            out.append((p, None, path))
        elif path.exists():
            raise InputError("not a regular file", source=p)
        else:
            raise InputError("no such file", source=p)
    return out


def load_text(name: str, data: bytes | None, path: Path | None) -> str:
    if data is None:
        assert path is not None
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"input is {size / 1e6:.1f} MB; khabar reads at most {MAX_BYTES / 1e6:.0f} MB per document",
                             source=name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read file ({exc.strerror})", source=name) from None
    return decode_input(data, name)


@cli.command("read")
@click.argument("paths", nargs=-1, required=True)
@click.option("--headline", help="The article's headline (default: the first line when it looks like a title).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date: relative dates resolve against it.")
@click.option("--url", help="The article's URL (metadata only; nothing is fetched).")
@click.option("--outlet", help="The outlet that published it.")
@click.option("--json", "as_json", is_flag=True, help="JSON output (schema: khabar/schema/document.schema.json).")
def read_command(paths: tuple[str, ...], headline: str | None, published: str | None, url: str | None,
                 outlet: str | None, as_json: bool) -> None:
    """Read articles (files, folders of .txt files, or - for standard input) and print their events."""
    from khabar.pipeline import _parse_published, default_reader

    _parse_published(published)  # fail fast on a bad date, before any reading
    inputs = _inputs(paths)
    reader = default_reader()
    many = len(inputs) > 1
    for name, data, path in inputs:
        text = load_text(name, data, path)
        doc = reader.read(text, headline=headline, published=published, url=url, outlet=outlet, source=name)
        if as_json:
            obj = doc.to_json()
            obj["source"] = name if path is not None else None
            click.echo(json.dumps(obj, ensure_ascii=False, indent=None if many else 2))
        else:
            click.echo(render_document(doc, name))
