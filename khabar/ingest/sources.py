"""Files in, documents out: the input side of ``khabar ingest PATH... | -``.

:func:`iter_documents` turns the paths named on the command line into a stream of
:class:`RawDoc` (one news report: its body text and what is known about it) and
:class:`SourceError` (one input that cannot be read, and why, in one line).  A bad
input never stops the stream: the next file, line, row or feed item is read as
usual, so one corrupt line in a million-line export costs one line.

The order is deterministic: paths as given, folders walked depth-first with their
entries sorted by name, records in file order.  Every document carries an
``origin`` that points back at it: ``path``, ``path:LINE`` (a JSONL line, a CSV
record's first line), ``path#ITEM`` (a feed item, from 1) or ``<stdin>:LINE``.

What each kind of file gives (by extension; ``.gz`` is decompressed and the
extension under it decides):

* ``.txt`` ``.text``: one document, decoded by :func:`~khabar.text.normalise.decode_input`
  (encoding detection, binary and empty input refused).
* ``.html`` ``.htm``: the main text by trafilatura (no comments, no tables, precision
  over recall) and its metadata: title, date, site name, canonical URL, ``<html lang>``.
* ``.xml`` ``.rss`` ``.atom``, or any file that starts like an RSS/Atom/RDF feed: one
  document per item, its content or summary with the HTML stripped.
* ``.jsonl`` ``.ndjson``: one JSON object per line; ``.csv``: one record per row.  Both
  take the columns ``text`` (required), ``headline`` (or ``title``), ``published`` (or
  ``date``), ``url``, ``outlet`` and ``language``; other columns are ignored.

Inside a folder only those extensions are read (other files are skipped without a
word, as are hidden files and folders); a file named on the command line is read
whatever its name, as plain text when the name says nothing.  Standard input
(``-``) is JSONL when it starts with ``{`` and one plain-text document otherwise.

Defences, since inputs come from anywhere:

* Sizes: a file over ``max_file_bytes`` is refused before it is read (``stat``), and
  a ``.gz`` is decompressed in chunks and abandoned as soon as more than
  ``max_gz_expanded`` bytes come out (a gzip bomb never reaches memory whole).
* Folders: a link that resolves outside the folder given is refused, links that
  loop back are not followed twice, and devices, FIFOs and sockets are refused
  without being opened (a FIFO would block the run).
* Feeds: a feed that declares XML entities (billion laughs, ``SYSTEM "file:///…"``)
  is refused before feedparser sees it; the check parses with defusedxml, which
  stops at the first entity declaration, and falls back to a plain search for
  ``<!ENTITY`` when the feed is not well-formed XML (feedparser reads those too).
  A DOCTYPE without entities (RSS 0.91's) is allowed.  feedparser is handed a
  stream, never bytes or a string, which it could take for a file name or a URL.
* Nothing here touches the network.

Text is not normalised here beyond turning HTML into text: the reader does that
(and :func:`decode_input` already did for plain-text files).  trafilatura is
imported on first use, so that reading JSONL or feeds does not pay for it.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import logging
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree
import feedparser
import lxml.etree
import lxml.html

from khabar.errors import InputError
from khabar.text.normalise import decode_input

STDIN = "<stdin>"

# Extension (lower case) → kind of file.  Inside folders only these are read.
_KINDS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
}
_GZ = ".gz"

_CSV_FIELD_LIMIT = 10_000_000
_GZ_CHUNK = 1 << 20
_ENTITY_MSG = "XML entity declarations are not allowed"
_BINARY_MSG = "binary data, not text"

# trafilatura and its helpers log page-level trouble as warnings; without a handler of their own
# Python would print those on stderr, between khabar's one-line messages.  An application that
# configures logging still receives them.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(slots=True)
class RawDoc:
    """One document as found in an input, before reading."""

    text: str                       # body text, never empty
    origin: str                     # "path", "path:LINE", "path#ITEM", "<stdin>", "<stdin>:LINE"
    headline: str | None = None
    published: str | None = None    # ISO date (YYYY-MM-DD) or ISO datetime, as found
    url: str | None = None
    outlet: str | None = None
    language: str | None = None


@dataclass(slots=True)
class SourceError:
    """An input (file, line, row, feed item) that could not be read."""

    origin: str
    message: str                    # one line: what is wrong with this input


class _Refused(Exception):
    """Internal: this input cannot be read; the message becomes a :class:`SourceError`."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(slots=True, frozen=True)
class _Job:
    """A file to read: where it is, how to name it in messages, what it holds."""

    origin: str
    path: str
    kind: str
    gz: bool


# --------------------------------------------------------------------------- the stream

def iter_documents(paths: Sequence[str], *, stdin: BinaryIO | None = None, max_file_bytes: int = 50_000_000,
                   max_gz_expanded: int = 200_000_000) -> Iterator[RawDoc | SourceError]:
    """Every document in the inputs, in a deterministic order; a bad input yields a SourceError and the rest goes on.

    ``paths`` are files, folders (walked recursively) or ``-`` for ``stdin``
    (default: the process's standard input, read as bytes).
    """
    stdin_read = False
    for path in paths:
        if path == "-":
            if stdin_read:
                yield SourceError(STDIN, "standard input given more than once")
                continue
            stdin_read = True
            yield from _stdin_documents(stdin if stdin is not None else sys.stdin.buffer, max_file_bytes)
            continue
        for job in _jobs(path):
            if isinstance(job, SourceError):
                yield job
            else:
                yield from _file_documents(job, max_file_bytes, max_gz_expanded)


def _stdin_documents(stream: BinaryIO, limit: int) -> Iterator[RawDoc | SourceError]:
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        yield SourceError(STDIN, f"cannot read standard input ({exc.strerror or exc})")
        return
    if len(data) > limit:
        yield SourceError(STDIN, f"input is over the limit of {limit} bytes")
        return
    if data.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{":
        yield from _guarded(_jsonl_documents, data, STDIN)
    else:
        yield from _guarded(_text_documents, data, STDIN)


def _file_documents(job: _Job, max_file_bytes: int, max_gz_expanded: int) -> Iterator[RawDoc | SourceError]:
    try:
        data = _read_file(job.path, max_file_bytes)
        if job.gz:
            data = _gunzip(data, max_gz_expanded)
    except _Refused as exc:
        yield SourceError(job.origin, exc.message)
        return
    kind = "feed" if job.kind == "text" and _looks_like_feed(data) else job.kind
    yield from _guarded(_READERS[kind], data, job.origin)


def _guarded(reader: Callable[[bytes, str], Iterator[RawDoc | SourceError]], data: bytes,
             origin: str) -> Iterator[RawDoc | SourceError]:
    """Run a reader; a refusal of the whole input becomes one :class:`SourceError`."""
    try:
        yield from reader(data, origin)
    except _Refused as exc:
        yield SourceError(origin, exc.message)


# --------------------------------------------------------------------------- paths and folders

def _kind(name: str) -> tuple[str | None, bool]:
    """The kind of file a name announces (None: unknown) and whether it is gzipped."""
    lower = name.lower()
    gz = lower.endswith(_GZ)
    if gz:
        lower = lower[: -len(_GZ)]
    ext = os.path.splitext(lower)[1]
    if ext in _KINDS:
        return _KINDS[ext], gz
    if gz and not ext:
        return "text", gz  # "report.gz"
    return None, gz


def _jobs(path: str) -> Iterator[_Job | SourceError]:
    """The files one command-line path stands for."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        yield SourceError(path, "no such file or folder")
        return
    except OSError as exc:
        yield SourceError(path, _os_message(exc))
        return
    if not stat.S_ISDIR(mode):
        kind, gz = _kind(os.path.basename(path))
        yield _Job(origin=path, path=path, kind=kind or "text", gz=gz)
        return
    root = Path(path).resolve()
    found = False
    for job in _walk(path, root, seen_dirs={root}, seen_files=set()):
        found = True
        yield job
    if not found:
        yield SourceError(path, "folder holds no file khabar reads (" + " ".join([*_KINDS, _GZ]) + ")")


def _walk(folder: str, root: Path, seen_dirs: set[Path], seen_files: set[Path]) -> Iterator[_Job | SourceError]:
    """The readable files under ``folder``, depth-first in name order; links may not leave ``root``."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield SourceError(folder, _os_message(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()  # follows links
        except OSError:
            is_dir = False
        kind, gz = (None, False) if is_dir else _kind(entry.name)
        if not is_dir and kind is None:
            continue  # not a kind of file khabar reads
        try:
            real = Path(entry.path).resolve(strict=True)
        except (OSError, RuntimeError):
            yield SourceError(entry.path, "broken or looping link" if entry.is_symlink() else "cannot be read")
            continue
        if not real.is_relative_to(root):
            yield SourceError(entry.path, "link points outside the folder")
            continue
        if is_dir:
            if real not in seen_dirs:  # a link back to a folder already walked is not walked again
                seen_dirs.add(real)
                yield from _walk(entry.path, root, seen_dirs, seen_files)
        elif real not in seen_files:
            seen_files.add(real)
            assert kind is not None
            yield _Job(origin=entry.path, path=str(real), kind=kind, gz=gz)


def _os_message(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot be read ({exc.strerror or exc})"


def _read_file(path: str, limit: int) -> bytes:
    """A regular file's bytes; anything else, or anything bigger than ``limit``, is refused unopened."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise _Refused("not a regular file")
        if st.st_size > limit:
            raise _Refused(f"file is {st.st_size} bytes, over the limit of {limit} bytes")
        # O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not hang.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with open(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise _Refused("not a regular file")
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise _Refused("no such file or folder") from None
    except OSError as exc:
        raise _Refused(_os_message(exc)) from None
    if len(data) > limit:  # it grew since the stat
        raise _Refused(f"file is over the limit of {limit} bytes")
    return data


def _gunzip(data: bytes, limit: int) -> bytes:
    """Decompress in chunks, giving up once more than ``limit`` bytes have come out."""
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            while chunk := gz.read(_GZ_CHUNK):
                out += chunk
                if len(out) > limit:
                    raise _Refused(f"expands past {limit} bytes")
    except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        raise _Refused(f"not a valid gzip file ({_one_line(exc)})") from None
    return bytes(out)


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


# --------------------------------------------------------------------------- plain text

def _text_documents(data: bytes, origin: str) -> Iterator[RawDoc | SourceError]:
    try:
        text = decode_input(data, origin)
    except InputError as exc:
        raise _Refused(str(exc).removeprefix(f"{origin}: ")) from None
    yield RawDoc(text=text, origin=origin)


# --------------------------------------------------------------------------- records: JSONL and CSV

_JSON_TYPES = {dict: "an object", list: "an array", bool: "a boolean", int: "a number", float: "a number"}


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _field(record: dict[str, Any], *names: str) -> str | None:
    """The first non-empty value among ``names`` (synonyms), stripped; refused when not a string."""
    for name in names:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise _Refused(f"'{name}' must be a string or null, not {_json_type(value)}")
        value = value.strip()
        if value:
            return value
    return None


def _record_document(record: dict[str, Any], origin: str) -> RawDoc:
    text = record.get("text")
    if text is None:
        raise _Refused("no 'text' field" if "text" not in record else "'text' is null")
    if not isinstance(text, str):
        raise _Refused(f"'text' must be a string, not {_json_type(text)}")
    if not text.strip():
        raise _Refused("'text' is empty")
    return RawDoc(
        text=text,
        origin=origin,
        headline=_field(record, "headline", "title"),
        published=_field(record, "published", "date"),
        url=_field(record, "url"),
        outlet=_field(record, "outlet"),
        language=_field(record, "language"),
    )


def _jsonl_documents(data: bytes, origin: str) -> Iterator[RawDoc | SourceError]:
    """One document per JSON-object line; a bad line is reported as ``origin:LINE`` and skipped."""
    if b"\x00" in data:
        raise _Refused(_BINARY_MSG)
    data = data.removeprefix(codecs.BOM_UTF8)
    for number, line in enumerate(io.BytesIO(data), 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield _record_document(_json_object(line), where)
        except _Refused as exc:
            yield SourceError(where, exc.message)


def _json_object(line: bytes) -> dict[str, Any]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        text = line.decode("cp1252", errors="replace")  # a legacy export
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Refused(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise _Refused("not valid JSON (nested too deeply)") from None
    if not isinstance(value, dict):
        raise _Refused(f"line is {_json_type(value)}, not a JSON object")
    return value


def _decode_table(data: bytes) -> str:
    """A CSV file's text: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _Refused(_BINARY_MSG) from None
    if b"\x00" in data:
        raise _Refused(_BINARY_MSG)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _csv_documents(data: bytes, origin: str) -> Iterator[RawDoc | SourceError]:
    """One document per CSV record (header: column names); a bad record is reported as ``origin:LINE``."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    reader = csv.reader(io.StringIO(_decode_table(data), newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise _Refused(f"bad CSV header ({exc})") from None
    if header is None:
        raise _Refused("empty file")
    columns = [name.strip().lower() for name in header]
    if "text" not in columns:
        raise _Refused("CSV has no 'text' column; columns are: " + ", ".join(header))
    last = reader.line_num
    while True:
        start = last + 1  # a record may span lines: name it by its first
        try:
            row = next(reader, None)
        except csv.Error as exc:
            yield SourceError(f"{origin}:{start}", f"bad CSV, stopped reading the file ({exc})")
            return
        if row is None:
            return
        last = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # a blank line
        where = f"{origin}:{start}"
        try:
            yield _record_document(dict(zip(columns, row, strict=False)), where)
        except _Refused as exc:
            yield SourceError(where, exc.message)


# --------------------------------------------------------------------------- HTML

def _trafilatura() -> ModuleType:
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml >= 5.2 without lxml_html_clean, which justext needs
        raise _Refused(f"cannot read HTML: trafilatura is not usable here ({_one_line(exc)})") from None
    return trafilatura


def _html_documents(data: bytes, origin: str) -> Iterator[RawDoc | SourceError]:
    trafilatura = _trafilatura()
    tree = trafilatura.load_html(data)
    if tree is None:
        raise _Refused("no article text found")
    language = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip() or None
    # extensive=False: the date comes from the page's markup (meta tags, <time>, JSON-LD, URL),
    # never guessed from a date written in the body, which is usually the event's.
    meta = trafilatura.extract_metadata(tree, extensive=False)
    text = trafilatura.extract(data, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise _Refused("no article text found")
    yield RawDoc(
        text=text,
        origin=origin,
        headline=meta.title or None,
        published=meta.date or None,
        url=meta.url or None,
        outlet=meta.sitename or meta.hostname or None,
        language=language,
    )


# Elements that start a new line of text when HTML becomes text.
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li "
    "main nav ol p pre section table td th tr ul".split()
)
_DROP = ("script", "style", "noscript", "template")
_SPACES = re.compile(r"\s+")


def _fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed item's content): entities decoded, one line per block."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*_DROP)):
        element.drop_tree()
    for node in root.iter():
        # Line breaks in the source are spaces; only block elements (and <br>) break lines.
        tail = _SPACES.sub(" ", node.tail or "")
        if isinstance(node.tag, str):  # an element, not a comment or processing instruction
            text = _SPACES.sub(" ", node.text or "")
            if node.tag.lower() in _BLOCKS:
                text, tail = "\n" + text, "\n" + tail
            node.text = text or None
        node.tail = tail or None
    lines = (" ".join(line.split()) for line in str(root.text_content()).split("\n"))
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------- feeds

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _looks_like_feed(data: bytes) -> bool:
    head = data[:4096].removeprefix(codecs.BOM_UTF8).lstrip()
    return head.startswith(b"<?xml") and _FEED_ROOT.search(head) is not None


def _refuse_entities(data: bytes) -> None:
    """Refuse XML that declares entities (expansion bombs, external files) before any parser expands them."""
    try:
        defusedxml.ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.DTDForbidden, defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise _Refused(_ENTITY_MSG) from None
    except (ParseError, ValueError, LookupError):
        # Not well-formed: feedparser may still read it, with its lenient parser.  Search the bytes
        # (NULs dropped, so that UTF-16/32 text is searched too) for any entity declaration.
        if _ENTITY_DECL.search(data.replace(b"\x00", b"")):
            raise _Refused(_ENTITY_MSG) from None


def _feed_documents(data: bytes, origin: str) -> Iterator[RawDoc | SourceError]:
    """One document per feed item, named ``origin#N``; an item without text is reported and skipped."""
    _refuse_entities(data)
    # A stream, never bytes or str: feedparser opens a str or bytes that names a file or URL.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise _Refused(f"not a readable feed ({_one_line(parsed.get('bozo_exception', 'malformed'))})")
        raise _Refused("feed has no items")
    feed = parsed.feed
    outlet = _detail_text(feed.get("title_detail")) or None
    language = (feed.get("language") or "").strip() or None
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#{number}"
        try:
            yield _feed_item(entry, where, outlet, language)
        except _Refused as exc:
            yield SourceError(where, exc.message)


def _detail_text(detail: Any) -> str:
    """The text of a feedparser text construct (``title_detail``, ``content[i]``, ``summary_detail``)."""
    if not detail:
        return ""
    value = detail.get("value") or ""
    if "html" in (detail.get("type") or ""):
        return _fragment_text(value)
    return value.strip()


def _feed_item(entry: Any, origin: str, outlet: str | None, language: str | None) -> RawDoc:
    details = [*entry.get("content", []), entry.get("summary_detail")]
    body = next((d for d in details if d and _detail_text(d)), None)
    if body is None:
        raise _Refused("feed item has no text")
    return RawDoc(
        text=_detail_text(body),
        origin=origin,
        headline=_detail_text(entry.get("title_detail")) or None,
        published=_feed_date(entry),
        url=(entry.get("link") or "").strip() or None,
        outlet=outlet,
        language=(body.get("language") or "").strip() or language,
    )


def _feed_date(entry: Any) -> str | None:
    """The item's date, YYYY-MM-DD, in the time zone it was written in.

    feedparser's ``published_parsed`` is in UTC, which moves an item published at
    01:00 in Lagos or Karachi to the day before; so the date is read from the
    string as written (RFC 822 for RSS, RFC 3339 for Atom), and from the UTC
    value only when the string cannot be parsed here.
    """
    for key in ("published", "updated"):
        written = entry.get(key)
        if written:
            local = _written_date(written)
            if local:
                return local
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def _written_date(written: str) -> str | None:
    written = written.strip()
    try:
        return parsedate_to_datetime(written).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return datetime.fromisoformat(written).date().isoformat()
    except ValueError:
        return None


_READERS: dict[str, Callable[[bytes, str], Iterator[RawDoc | SourceError]]] = {
    "text": _text_documents,
    "html": _html_documents,
    "feed": _feed_documents,
    "jsonl": _jsonl_documents,
    "csv": _csv_documents,
}

__all__ = ["STDIN", "RawDoc", "SourceError", "iter_documents"]
