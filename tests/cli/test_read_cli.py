"""``khabar read`` through the command line: output formats and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from khabar.cli import cli
from khabar.cli import read as _read  # noqa: F401  (registers the command)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCHEMA = json.loads(resources.files("khabar.schema").joinpath("document.schema.json").read_text())
ARTICLE = ("Gunmen Kill Two Shopkeepers in Quetta\n\n"
           "QUETTA, Pakistan (AP) — Gunmen on motorcycles shot dead two shopkeepers in Quetta on Monday, police said.\n")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_table_output_names_the_event(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    r = run("read", str(f), "--published", "2024-03-05")
    assert r.exit_code == 0, r.output
    assert "Violence against civilians / Attack" in r.output
    assert "killed 2" in r.output
    assert "2024-03-04" in r.output  # "on Monday" before a Tuesday publication


def test_json_output_follows_the_schema(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    r = run("read", str(f), "--json", "--published", "2024-03-05", "--url", "https://example.org/a", "--outlet", "AP")
    assert r.exit_code == 0, r.output
    obj = json.loads(r.output)
    jsonschema.validate(obj, SCHEMA)
    assert obj["headline"] == "Gunmen Kill Two Shopkeepers in Quetta"
    assert obj["url"] == "https://example.org/a" and obj["outlet"] == "AP"
    text = f.read_text()
    for ev in obj["events"]:
        for fig in ev["figures"]:
            sp = fig["evidence"]
            assert text[sp["start"]:sp["end"]] == sp["text"]


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_examples_validate(name):
    r = run("read", str(EXAMPLES / name), "--json")
    assert r.exit_code == 0, r.output
    obj = json.loads(r.output)
    jsonschema.validate(obj, SCHEMA)
    assert obj["events"], f"{name}: no event read"


def test_stdin(tmp_path):
    r = run("read", "-", "--published", "2024-03-05", input=ARTICLE)
    assert r.exit_code == 0 and "killed 2" in r.output


def test_headline_option_overrides_first_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Gunmen shot dead two shopkeepers in Quetta on Monday, police said.")
    r = run("read", str(f), "--json", "--headline", "Two killed in Quetta")
    obj = json.loads(r.output)
    assert obj["headline"] == "Two killed in Quetta"
    jsonschema.validate(obj, SCHEMA)


@pytest.mark.parametrize("content, message", [
    (b"", "empty input"),
    (b"   \n\n  ", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data"),
    ("Des hommes armés ont tué deux commerçants à Quetta lundi, a indiqué la police, selon les autorités locales "
     "qui ont ouvert une enquête sur cette attaque.".encode(), "French"),
])
def test_bad_input_one_line_nonzero(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    r = CliRunner().invoke(cli, ["read", str(f)])
    assert r.exit_code != 0
    assert message in r.output
    assert str(f) in r.output
    assert "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_huge_file_is_refused_without_reading(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB (sparse): refused on its size
    r = CliRunner().invoke(cli, ["read", str(f)])
    assert r.exit_code != 0 and "MB" in r.output and str(f) in r.output


def test_invalid_published_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    r = CliRunner().invoke(cli, ["read", str(f), "--published", "2024-13-45"])
    assert r.exit_code != 0 and "--published" in r.output and "YYYY-MM-DD" in r.output


def test_missing_file():
    r = CliRunner().invoke(cli, ["read", "/nonexistent/article.txt"])
    assert r.exit_code != 0 and "/nonexistent/article.txt: no such file" in r.output


def test_real_process_no_traceback(tmp_path):
    """The installed entry point, as a user runs it: one line on stderr, a non-zero code."""
    f = tmp_path / "bin.dat"
    f.write_bytes(b"\x00\x01\x02" * 100)
    p = subprocess.run([sys.executable, "-m", "khabar.cli.__main__", "read", str(f)], capture_output=True, text=True)
    assert p.returncode == 2
    assert "Traceback" not in p.stderr and "binary data" in p.stderr


@pytest.mark.parametrize("text", [
    "Gunmen fired at the residence of the Swiss ambassador in Kenya on Monday.",  # place_capital
    "Israeli police found the bodies of two men near the stadium on Monday.",  # place_inferred
    "Gunmen attacked a checkpoint on the Kirkuk-Tikrit road on Monday, killing a policeman.",  # place_route
])
def test_place_flags_follow_the_schema(tmp_path, text):
    f = tmp_path / "a.txt"
    f.write_text(text)
    r = run("read", str(f), "--json", "--published", "2024-03-05")
    assert r.exit_code == 0, r.output
    obj = json.loads(r.output)
    jsonschema.validate(obj, SCHEMA)
    assert obj["flags"] and obj["flags"][0]["name"].startswith("place_")
