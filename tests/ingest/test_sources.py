"""The input side of ``khabar ingest``: every format read into the right fields, every bad input one SourceError.

All inputs are small texts written here in the style of news reports; nothing outside ``tmp_path`` is read
(except that the entity tests make sure ``/etc/passwd`` is *not*).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import socket
import sys

import pytest

from khabar.ingest.sources import RawDoc, SourceError, iter_documents

KANO = ("Gunmen killed five people in two villages in Kano State on Tuesday, police said. "
        "A police spokesman said the attackers arrived on motorcycles at about 2 a.m.\n")
QUETTA = "QUETTA, Pakistan (AP) — A roadside bomb killed three soldiers in Balochistan province on Sunday.\n"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Reading never touches the network: any connection attempt fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("khabar.ingest tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def read(*paths: str, **kwargs) -> tuple[list[RawDoc], list[SourceError]]:
    out = list(iter_documents(list(paths), **kwargs))
    assert all(isinstance(x, RawDoc | SourceError) for x in out)
    return [x for x in out if isinstance(x, RawDoc)], [x for x in out if isinstance(x, SourceError)]


def only_error(*paths: str, **kwargs) -> SourceError:
    docs, errors = read(*paths, **kwargs)
    assert docs == [] and len(errors) == 1, (docs, errors)
    return errors[0]


def needs_trafilatura():
    """trafilatura, or a skip where it cannot be imported (a venv without lxml_html_clean); never a skip in CI."""
    try:
        import trafilatura
    except ImportError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"trafilatura cannot be imported: {exc}")
        pytest.skip(f"trafilatura cannot be imported here: {str(exc).splitlines()[0]}")
    return trafilatura


# --------------------------------------------------------------------------- plain text

def test_text_file_is_one_document(tmp_path):
    path = tmp_path / "kano.txt"
    path.write_text(KANO, encoding="utf-8")
    docs, errors = read(str(path))
    assert errors == []
    assert docs == [RawDoc(text=KANO, origin=str(path))]


def test_latin1_text_is_still_read(tmp_path):
    path = tmp_path / "chad.txt"
    path.write_bytes("Gunmen attacked a café in Abéché on Friday, killing two.".encode("latin-1"))
    [doc], errors = read(str(path))
    assert errors == []
    assert doc.text == "Gunmen attacked a café in Abéché on Friday, killing two."


def test_binary_file_refused(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(bytes(range(256)) * 100)
    err = only_error(str(path))
    assert err.origin == str(path)
    assert err.message.startswith("binary data")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_file_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = only_error(str(path))
    assert err.origin == str(path) and "empty" in err.message


def test_missing_path(tmp_path):
    missing = str(tmp_path / "nowhere.txt")
    assert only_error(missing) == SourceError(missing, "no such file or folder")


def test_file_over_the_size_limit_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(KANO * 10, encoding="utf-8")
    size = path.stat().st_size
    err = only_error(str(path), max_file_bytes=100)
    assert err.message == f"file is {size} bytes, over the limit of 100 bytes"


def test_unknown_extension_named_explicitly_is_plain_text(tmp_path):
    path = tmp_path / "wire.story"
    path.write_text(QUETTA, encoding="utf-8")
    [doc], errors = read(str(path))
    assert errors == [] and doc.text == QUETTA and doc.origin == str(path)


# --------------------------------------------------------------------------- JSONL

def test_jsonl_fields_synonyms_and_extra_keys(tmp_path):
    path = tmp_path / "wire.jsonl"
    rows = [
        {"text": KANO, "headline": "Gunmen kill five in Kano", "title": "ignored: headline wins",
         "published": "2024-03-05", "url": "https://news.example/kano", "outlet": "Sahel Courier",
         "language": "en", "id": 17, "tags": ["nigeria"]},
        {"text": QUETTA, "title": "Roadside bomb kills three soldiers", "date": "2024-03-03T09:15:00+05:00",
         "url": None, "outlet": "  "},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs, errors = read(str(path))
    assert errors == []
    assert docs == [
        RawDoc(text=KANO, origin=f"{path}:1", headline="Gunmen kill five in Kano", published="2024-03-05",
               url="https://news.example/kano", outlet="Sahel Courier", language="en"),
        RawDoc(text=QUETTA, origin=f"{path}:2", headline="Roadside bomb kills three soldiers",
               published="2024-03-03T09:15:00+05:00"),
    ]


def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "wire.ndjson"
    lines = [
        json.dumps({"text": KANO}),                         # 1
        '{"text": "A bomb exploded in Quetta", ',           # 2 truncated
        json.dumps({"text": QUETTA}),                       # 3
        "",                                                 # 4 blank: skipped
        json.dumps(["text", "an array"]),                   # 5
        json.dumps({"headline": "No body"}),                # 6
        json.dumps({"text": "   "}),                        # 7
        json.dumps({"text": 42}),                           # 8
        json.dumps({"text": "Police said two were held.", "published": 20240305}),  # 9
        json.dumps({"text": "Troops repelled an attack on a base in Borno."}),     # 10
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read(str(path))
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:3", f"{path}:10"]
    assert [d.text for d in docs] == [KANO, QUETTA, "Troops repelled an attack on a base in Borno."]
    assert [e.origin for e in errors] == [f"{path}:{n}" for n in (2, 5, 6, 7, 8, 9)]
    messages = [e.message for e in errors]
    assert messages[0].startswith("not valid JSON")
    assert messages[1:] == ["line is an array, not a JSON object", "no 'text' field", "'text' is empty",
                            "'text' must be a string, not a number",
                            "'published' must be a string or null, not a number"]


def test_jsonl_order_is_file_order_within_the_stream(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps({"text": f"Report {i}: a clash in Darfur."}) + "\n" for i in range(5)))
    docs, _ = read(str(path))
    assert [d.text for d in docs] == [f"Report {i}: a clash in Darfur." for i in range(5)]


# --------------------------------------------------------------------------- CSV

def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def test_csv_fields_multiline_records_and_empty_text(tmp_path):
    path = tmp_path / "export.csv"
    write_csv(path, ["id", "Title", "date", "text", "outlet", "url", "language"], [
        ["1", "Gunmen kill five in Kano", "2024-03-05", KANO, "Sahel Courier", "https://news.example/kano", "en"],
        ["2", "Empty row", "2024-03-06", "", "Sahel Courier", "", ""],
        ["3", "", "", QUETTA, "", "", ""],
    ])
    docs, errors = read(str(path))
    # KANO ends in a newline inside its quoted cell: record 1 spans lines 2-3, so record 2 starts on line 4.
    assert docs == [
        RawDoc(text=KANO, origin=f"{path}:2", headline="Gunmen kill five in Kano", published="2024-03-05",
               url="https://news.example/kano", outlet="Sahel Courier", language="en"),
        RawDoc(text=QUETTA, origin=f"{path}:5"),
    ]
    assert errors == [SourceError(f"{path}:4", "'text' is empty")]


def test_csv_with_bom_and_big_field(tmp_path):
    path = tmp_path / "excel.csv"
    body = "Shelling continued overnight in the city. " * 5000  # ~210 kB: over csv's default field limit
    path.write_bytes(b"\xef\xbb\xbf" + f'text,headline\n"{body}",Shelling in the city\n'.encode())
    [doc], errors = read(str(path))
    assert errors == [] and doc.text == body and doc.headline == "Shelling in the city"


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "export.csv"
    write_csv(path, ["headline", "body", "date"], [["Gunmen kill five", KANO, "2024-03-05"]])
    assert only_error(str(path)) == SourceError(str(path), "CSV has no 'text' column; columns are: headline, body, date")


# --------------------------------------------------------------------------- HTML

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Gunmen kill five in Kano &amp; Kaduna raids | Sahel Courier</title>
<meta property="og:site_name" content="Sahel Courier">
<meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
<link rel="canonical" href="https://sahelcourier.example/news/2024/03/05/kano-raids">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Gunmen kill five in Kano &amp; Kaduna raids</h1>
<p>Gunmen killed 5 people in Kano &amp; Kaduna on Tuesday, police said, in the latest of a string of raids
on farming villages in northern Nigeria.</p>
<p>A police spokesman, Abdullahi Haruna, said the attackers arrived on motorcycles at about 2 a.m. and opened
fire on residents as they slept. Three others were wounded and taken to hospital in Kano.</p>
<p>No group has claimed responsibility for the attacks, which the state governor called &quot;barbaric&quot;.</p>
</article>
<footer>Copyright 2024 Sahel Courier. All rights reserved.</footer>
</body></html>
"""


def test_html_article_text_entities_and_metadata(tmp_path):
    needs_trafilatura()
    path = tmp_path / "kano.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    [doc], errors = read(str(path))
    assert errors == []
    assert doc.origin == str(path)
    assert "Gunmen killed 5 people in Kano & Kaduna on Tuesday" in doc.text
    assert "&amp;" not in doc.text and '"barbaric"' in doc.text
    assert "All rights reserved" not in doc.text and "Sport" not in doc.text
    assert doc.headline == "Gunmen kill five in Kano & Kaduna raids"
    assert doc.published == "2024-03-05"
    assert doc.outlet == "Sahel Courier"
    assert doc.url == "https://sahelcourier.example/news/2024/03/05/kano-raids"
    assert doc.language == "en-GB"


def test_html_without_article_text(tmp_path):
    needs_trafilatura()
    path = tmp_path / "index.htm"
    path.write_text("<html><head><title>Sahel Courier</title><script>var page = 1;</script></head>"
                    "<body><div id='app'></div><script>render(page);</script></body></html>", encoding="utf-8")
    assert only_error(str(path)) == SourceError(str(path), "no article text found")


def test_html_when_trafilatura_cannot_be_imported(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura → ImportError
    path = tmp_path / "kano.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    text = tmp_path / "quetta.txt"
    text.write_text(QUETTA, encoding="utf-8")
    docs, errors = read(str(path), str(text))
    assert [d.origin for d in docs] == [str(text)]
    assert len(errors) == 1 and errors[0].origin == str(path)
    assert errors[0].message.startswith("cannot read HTML: trafilatura is not usable here")


# --------------------------------------------------------------------------- feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Frontier Post &amp; Wire</title>
  <link>https://frontier.example/</link>
  <language>en-pk</language>
  <item>
    <title>Roadside bomb kills three soldiers in Balochistan</title>
    <link>https://frontier.example/2024/03/03/bomb</link>
    <pubDate>Sun, 03 Mar 2024 01:30:00 +0500</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>A roadside bomb killed three soldiers in Kech district on Sunday,
      the military said.</p><p>Two others were wounded &amp; taken to Turbat.<br>No group claimed
      the attack.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Police arrest 12 after clashes in Karachi</title>
    <link>https://frontier.example/2024/03/04/karachi</link>
    <pubDate>Mon, 04 Mar 2024 18:00:00 GMT</pubDate>
    <description>&lt;p&gt;Police arrested 12 people after clashes between rival groups in Karachi on Monday.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Horn Monitor</title>
  <id>urn:uuid:5f1c0c6e-horn-monitor</id>
  <updated>2024-03-06T10:00:00Z</updated>
  <entry>
    <title>Al-Shabaab claims attack on base near Mogadishu</title>
    <id>urn:uuid:entry-1</id>
    <link href="https://horn.example/2024/03/06/base"/>
    <published>2024-03-06T07:45:00+03:00</published>
    <updated>2024-03-06T09:00:00+03:00</updated>
    <content type="html">&lt;p&gt;Al-Shabaab said its fighters killed 20 soldiers in an attack on a base near
      Mogadishu; the army said four soldiers died.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>No body here</title>
    <id>urn:uuid:entry-2</id>
    <updated>2024-03-06T08:00:00Z</updated>
  </entry>
</feed>
"""


def test_rss_feed_two_items(tmp_path):
    path = tmp_path / "frontier.rss"
    path.write_text(RSS, encoding="utf-8")
    docs, errors = read(str(path))
    assert errors == []
    assert [d.origin for d in docs] == [f"{path}#1", f"{path}#2"]
    first, second = docs
    assert first.text == ("A roadside bomb killed three soldiers in Kech district on Sunday, the military said.\n"
                          "Two others were wounded & taken to Turbat.\nNo group claimed the attack.")
    assert first.headline == "Roadside bomb kills three soldiers in Balochistan"
    assert first.published == "2024-03-03"  # the date where it was written, not 2024-03-02 in UTC
    assert first.url == "https://frontier.example/2024/03/03/bomb"
    assert first.outlet == "Frontier Post & Wire" and first.language == "en-pk"
    assert second.text == "Police arrested 12 people after clashes between rival groups in Karachi on Monday."
    assert second.published == "2024-03-04" and second.headline == "Police arrest 12 after clashes in Karachi"


def test_atom_feed(tmp_path):
    path = tmp_path / "horn.atom"
    path.write_text(ATOM, encoding="utf-8")
    docs, errors = read(str(path))
    assert len(docs) == 1
    doc = docs[0]
    assert doc.origin == f"{path}#1"
    assert doc.text == ("Al-Shabaab said its fighters killed 20 soldiers in an attack on a base near Mogadishu; "
                        "the army said four soldiers died.")
    assert doc.headline == "Al-Shabaab claims attack on base near Mogadishu"
    assert doc.published == "2024-03-06" and doc.url == "https://horn.example/2024/03/06/base"
    assert doc.outlet == "Horn Monitor"
    assert errors == [SourceError(f"{path}#2", "feed item has no text")]


def test_feed_recognised_by_its_first_bytes(tmp_path):
    path = tmp_path / "latest.txt"
    path.write_text(RSS, encoding="utf-8")
    docs, errors = read(str(path))
    assert errors == [] and [d.origin for d in docs] == [f"{path}#1", f"{path}#2"]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>Gunmen attack village</title><description>&lol9;</description></item>
</channel></rss>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Leak</title>
<item><title>Gunmen attack village</title><description>Details: &xxe;</description></item>
</channel></rss>
"""
PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]>
<rss version="2.0"><channel><title>Leak</title>
<item><title>Gunmen attack village</title><description>Details.</description></item>
</channel></rss>
"""
# not well-formed from its first byte (the XML declaration must come first), so defusedxml stops before the
# DTD; feedparser's lenient parser would still read the items
MALFORMED_EXTERNAL_ENTITY = " " + EXTERNAL_ENTITY


@pytest.mark.parametrize("feed", [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY, MALFORMED_EXTERNAL_ENTITY],
                         ids=["billion-laughs", "external-entity", "parameter-entity", "malformed-external-entity"])
def test_feeds_declaring_entities_refused(tmp_path, feed):
    path = tmp_path / "evil.xml"
    path.write_text(feed, encoding="utf-8")
    out = list(iter_documents([str(path)]))
    assert out == [SourceError(str(path), "XML entity declarations are not allowed")]
    with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
        first_line = f.readline().strip()
    assert first_line and first_line not in repr(out)


def test_netscape_doctype_without_entities_allowed(tmp_path):
    path = tmp_path / "old.rss"
    path.write_text(RSS.replace('<?xml version="1.0" encoding="UTF-8"?>',
                                '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
                                ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">'), encoding="utf-8")
    docs, errors = read(str(path))
    assert errors == [] and len(docs) == 2


def test_not_a_feed(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    assert only_error(str(path)) == SourceError(str(path), "feed has no items")
    broken = tmp_path / "broken.rss"
    broken.write_text("<<<>>> this is not XML &&& at all")
    err = only_error(str(broken))
    assert err.origin == str(broken) and err.message.startswith("not a readable feed")


# --------------------------------------------------------------------------- gzip

def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"text": KANO, "headline": "Gunmen kill five in Kano"}) + "\n")
        f.write(json.dumps({"text": QUETTA, "published": "2024-03-03"}) + "\n")
    docs, errors = read(str(path))
    assert errors == []
    assert docs == [RawDoc(text=KANO, origin=f"{path}:1", headline="Gunmen kill five in Kano"),
                    RawDoc(text=QUETTA, origin=f"{path}:2", published="2024-03-03")]


def test_gzip_bomb_refused(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    zeros = bytes(1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as f:
        for _ in range(64):  # 64 MB of zeros in ~64 kB
            f.write(zeros)
    assert path.stat().st_size < 200_000
    err = only_error(str(path), max_gz_expanded=1_000_000)
    assert err == SourceError(str(path), "expands past 1000000 bytes")


def test_corrupt_gzip_refused(tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    good = gzip.compress(json.dumps({"text": KANO}).encode() * 50)
    path.write_bytes(good[: len(good) // 2])  # truncated
    err = only_error(str(path))
    assert err.origin == str(path) and err.message.startswith("not a valid gzip file")
    notgz = tmp_path / "plain.txt.gz"
    notgz.write_text(KANO)
    assert only_error(str(notgz)).message.startswith("not a valid gzip file")


# --------------------------------------------------------------------------- folders

def test_folder_mixed_files_in_sorted_order(tmp_path):
    root = tmp_path / "inbox"
    (root / "b_sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "c.txt").write_text("Report C: " + KANO)
    (root / "a.jsonl").write_text(json.dumps({"text": "Report A1: clashes in Sudan."}) + "\n"
                                  + json.dumps({"text": "Report A2: shelling in Gaza."}) + "\n")
    (root / "b_sub" / "inner.txt").write_text("Report B: " + QUETTA)
    with gzip.open(root / "d.txt.gz", "wt") as f:
        f.write("Report D: a bomb in Mogadishu killed four.")
    (root / ".hidden.txt").write_text("Hidden: must not be read.")
    (root / ".git" / "notes.txt").write_text("Inside a hidden folder: must not be read.")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0not really a jpeg")
    (root / "notes.docx").write_bytes(b"PK\x03\x04 not read")
    (root / "archive.tar.gz").write_bytes(gzip.compress(b"not read"))
    docs, errors = read(str(root))
    assert errors == []
    assert [d.origin for d in docs] == [f"{root}/a.jsonl:1", f"{root}/a.jsonl:2", f"{root}/b_sub/inner.txt",
                                        f"{root}/c.txt", f"{root}/d.txt.gz"]
    assert docs[-1].text == "Report D: a bomb in Mogadishu killed four."
    assert not any("must not be read" in d.text for d in docs)


def test_link_outside_the_folder_refused_rest_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Outside the folder: must not be read.")
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "a.txt").write_text(KANO)
    (root / "b.txt").symlink_to(secret)
    (root / "c.txt").write_text(QUETTA)
    (root / "d.txt").symlink_to(root / "a.txt")  # inside the folder: allowed (and a.txt is not read twice)
    docs, errors = read(str(root))
    assert [d.origin for d in docs] == [f"{root}/a.txt", f"{root}/c.txt"]
    assert errors == [SourceError(f"{root}/b.txt", "link points outside the folder")]


def test_link_back_to_the_folder_not_walked_again(tmp_path):
    root = tmp_path / "inbox"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(KANO)
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    docs, errors = read(str(root))
    assert errors == [] and [d.origin for d in docs] == [f"{root}/a.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_refused_without_blocking(tmp_path):
    root = tmp_path / "inbox"
    root.mkdir()
    os.mkfifo(root / "pipe.txt")
    (root / "z.txt").write_text(KANO)

    def hung(signum, frame):
        raise TimeoutError("reading the folder blocked on the FIFO")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(5)
    try:
        docs, errors = read(str(root))
        explicit = only_error(str(root / "pipe.txt"))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert [d.origin for d in docs] == [f"{root}/z.txt"]
    assert errors == [SourceError(f"{root}/pipe.txt", "not a regular file")]
    assert explicit == SourceError(str(root / "pipe.txt"), "not a regular file")


def test_empty_folder_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.md").write_text("nothing khabar reads")
    err = only_error(str(tmp_path / "empty"))
    assert err.origin == str(tmp_path / "empty") and err.message.startswith("folder holds no file khabar reads")


def test_paths_in_the_order_given(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(KANO)
    b.write_text(QUETTA)
    missing = str(tmp_path / "gone.txt")
    out = list(iter_documents([str(b), missing, str(a)]))
    assert [x.origin for x in out] == [str(b), missing, str(a)]
    assert isinstance(out[1], SourceError)


# --------------------------------------------------------------------------- standard input

def test_stdin_jsonl():
    data = (json.dumps({"text": KANO, "outlet": "Sahel Courier"}) + "\n\n"
            + "not json\n" + json.dumps({"text": QUETTA}) + "\n").encode()
    docs, errors = read("-", stdin=io.BytesIO(b"  \n" + data))
    assert docs == [RawDoc(text=KANO, origin="<stdin>:2", outlet="Sahel Courier"),
                    RawDoc(text=QUETTA, origin="<stdin>:5")]
    assert [e.origin for e in errors] == ["<stdin>:4"]


def test_stdin_plain_text():
    docs, errors = read("-", stdin=io.BytesIO(QUETTA.encode("utf-8")))
    assert errors == [] and docs == [RawDoc(text=QUETTA, origin="<stdin>")]


def test_stdin_over_the_limit_and_given_twice():
    out = list(iter_documents(["-", "-"], stdin=io.BytesIO(KANO.encode() * 10), max_file_bytes=100))
    assert out == [SourceError("<stdin>", "input is over the limit of 100 bytes"),
                   SourceError("<stdin>", "standard input given more than once")]
