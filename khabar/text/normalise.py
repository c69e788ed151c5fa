"""Bytes in, clean text out: decoding, encoding repair, line endings, and a same-length folded shadow.

:func:`decode_input` is the gate every document passes through.  It refuses what
cannot be a news text (empty, binary, too large) with a one-line
:class:`~khabar.errors.InputError`, and returns the string that all later stages'
character offsets refer to.

:func:`fold` returns a *same-length* copy of a text in which typographic
variants (curly quotes, dashes, unicode spaces, zero-width characters) are
replaced by their ASCII counterparts, so that patterns can be matched on the
shadow and the match offsets used directly on the original.
"""

from __future__ import annotations

import codecs
import re

from khabar.errors import InputError

MAX_BYTES = 10 * 1024 * 1024
_MB = 1024 * 1024

# Magic numbers of common binary formats, for a more helpful message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "a SQLite database"),
)

_BINARY_MSG = "binary data, not text"


# --------------------------------------------------------------------------- decoding

def _cp1252_lenient(data: bytes) -> str:
    """cp1252, with its five undefined bytes (0x81 0x8D 0x8F 0x90 0x9D) read as Latin-1."""
    return data.decode("cp1252", errors="khabar-latin1")


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    bad = err.object[err.start:err.end]
    return bytes(bad).decode("latin-1"), err.end


codecs.register_error("khabar-latin1", _latin1_fallback)

# Control characters that have no business in a text (everything C0 except tab,
# newline, vertical tab, form feed, carriage return; DEL; C1 controls; U+FFFD).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if kind and data.startswith(magic):
            return kind
    return None


def _binary_error(data: bytes, source: str) -> InputError:
    kind = _binary_kind(data)
    msg = f"{_BINARY_MSG} (looks like {kind})" if kind else _BINARY_MSG
    return InputError(msg, source=source)


def decode_input(data: bytes | bytearray | memoryview | str, source: str) -> str:
    """Decode a document's bytes to the text every later stage works on.

    Raises :class:`InputError` (one line, naming ``source``) for empty or
    whitespace-only input, binary data and input larger than :data:`MAX_BYTES`.
    Strips a byte-order mark, decodes UTF-8 (UTF-16 when it has a BOM), falls back
    to cp1252 for legacy text, repairs clear UTF-8-read-as-cp1252 mojibake and
    turns ``\\r\\n`` and lone ``\\r`` into ``\\n``.
    """
    if isinstance(data, str):
        text = data
        if len(text) > MAX_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
            raise InputError(_too_large(len(text.encode("utf-8", "surrogatepass"))), source=source)
        if text.startswith("\ufeff"):
            text = text[1:]
    else:
        raw = bytes(data)
        if len(raw) > MAX_BYTES:
            raise InputError(_too_large(len(raw)), source=source)
        if not raw:
            raise InputError("empty input", source=source)
        text = _decode_bytes(raw, source)
    if _CONTROL_RE.search(text):
        controls = len(_CONTROL_RE.findall(text))
        if "\x00" in text or controls > 0.10 * len(text):
            raise InputError(_BINARY_MSG, source=source)
    text = normalise_text(text)
    if not text.strip() or not text.strip(_INVISIBLE_AND_SPACE):
        raise InputError("empty input", source=source)
    return text


def _too_large(n: int) -> str:
    return f"input is {n / _MB:.1f} MB; khabar reads at most {MAX_BYTES // _MB} MB per document"


def _decode_bytes(raw: bytes, source: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
        if not raw:
            raise InputError("empty input", source=source)
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not _binary_kind(raw):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise _binary_error(raw, source) from None
        if "\x00" in text:
            raise _binary_error(raw, source)
        return text
    if b"\x00" in raw or _binary_kind(raw):
        raise _binary_error(raw, source)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8.  Mostly UTF-8 with a few broken bytes stays UTF-8 (with U+FFFD);
    # otherwise the text is legacy Windows/Latin-1 text.
    replaced = raw.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for c in replaced if ord(c) > 0x7F) - bad
    if multibyte > 4 * bad:
        return replaced
    return _cp1252_lenient(raw)


# --------------------------------------------------------------------------- repair

# What the bytes 0x80..0xBF (UTF-8 continuation bytes) look like after being read as cp1252;
# the five bytes cp1252 leaves undefined appear either as their Latin-1 controls or as U+FFFD.
_CONT_CHARS = "".join(
    bytes([b]).decode("cp1252", errors="khabar-latin1") for b in range(0x80, 0xC0)
)
_CONT = "[" + re.escape(_CONT_CHARS) + "\ufffd]"
# Lead bytes 0xC2..0xDF (2 bytes), 0xE0..0xEF (3 bytes), 0xF0..0xF4 (4 bytes) read as cp1252.
_LEAD2 = "[" + "".join(chr(b) for b in range(0xC2, 0xE0)) + "]"
_LEAD3 = "[" + "".join(chr(b) for b in range(0xE0, 0xF0)) + "]"
_LEAD4 = "[" + "".join(chr(b) for b in range(0xF0, 0xF5)) + "]"
_MOJIBAKE_RE = re.compile(f"(?:{_LEAD4}{_CONT}{{3}}|{_LEAD3}{_CONT}{{2}}|{_LEAD2}{_CONT})")
_QUICK_RE = re.compile("[\u00c2-\u00f4]")
_CP1252_ENCODE = {c: bytes([b]) for b, c in zip(range(0x80, 0xC0), _CONT_CHARS, strict=True)}


def _unmojibake(match: re.Match[str]) -> str:
    s = match.group(0)
    out = bytearray([ord(s[0])])
    for i, c in enumerate(s[1:], 1):
        if c == "\ufffd":
            # The byte was lost.  Only the overwhelmingly common case is guessed:
            # E2 80 9D, the right double quotation mark ("â€�").
            if i == 2 and s[0] == "\u00e2" and s[1] == "\u20ac":
                out.append(0x9D)
                continue
            return s
        out += _CP1252_ENCODE[c]
    try:
        fixed = out.decode("utf-8")
    except UnicodeDecodeError:
        return s
    return fixed


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was read as cp1252/Latin-1 (``â€™`` → ``’``, ``Ã©`` → ``é``).

    Only sequences that form a valid UTF-8 character when re-encoded are touched:
    a lead character (``Â``..``ô``) followed by exactly the number of
    continuation characters UTF-8 requires.  Ordinary accented text (``café``,
    ``São Paulo``) does not match.  Applied at most twice (double encoding).
    """
    for _ in range(2):
        if not _QUICK_RE.search(text):
            return text
        new = _MOJIBAKE_RE.sub(_unmojibake, text)
        if new == text:
            return text
        text = new
    return text


def normalise_text(text: str) -> str:
    """Normalise an already-decoded text: BOM, mojibake, line endings (``\\r\\n``/``\\r`` → ``\\n``)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = repair_mojibake(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# --------------------------------------------------------------------------- fold

_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
_UNICODE_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE_AND_SPACE = _INVISIBLE + _UNICODE_SPACES + " \t\n\r\x0b\x0c\u2028\u2029"

_FOLD_MAP: dict[int, str] = {}
for _c in "\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\u0060\u00b4\uff07":
    _FOLD_MAP[ord(_c)] = "'"
for _c in "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u301d\u301e\uff02":
    _FOLD_MAP[ord(_c)] = '"'
for _c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
    _FOLD_MAP[ord(_c)] = "-"
for _c in _UNICODE_SPACES + _INVISIBLE:
    _FOLD_MAP[ord(_c)] = " "
_FOLD_MAP[0x2028] = "\n"
_FOLD_MAP[0x2029] = "\n"
_FOLD_MAP[0x2026] = "."  # … (one character; "..." would change the length)
del _c
# The table maps one character to one character, so the length never changes.
assert all(len(v) == 1 for v in _FOLD_MAP.values())


def fold(text: str) -> str:
    """A same-length shadow of ``text`` for matching.

    Curly and angle quotes become ``'`` and ``"``, dashes and the minus sign ``-``,
    non-breaking and other unicode spaces and zero-width characters a space,
    the ellipsis character ``.``.  ``len(fold(t)) == len(t)`` always, so offsets
    found in the shadow are offsets in ``text``.
    """
    return text.translate(_FOLD_MAP)


__all__ = ["MAX_BYTES", "decode_input", "fold", "normalise_text", "repair_mojibake"]
