"""Gold readers: the JSON-lines format of ``../shared/EVAL.md`` and the native MUC-4 files.

Records are read from wherever the user points; nothing is copied.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from khabar.errors import InputError


@dataclass(slots=True)
class GoldRecord:
    id: str
    dataset: str
    text: str
    published: str | None
    gold: dict


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[GoldRecord]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(itertools.islice(fh, limit), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                yield GoldRecord(str(r["id"]), r.get("dataset") or path.stem, r["text"], r.get("published"), r.get("gold") or {})
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"line {lineno}: not a gold record ({exc})", source=str(path)) from None


_MUC_DEATH = re.compile(r"\bDEATH\b")
_MUC_NUMBER = re.compile(r"^\s*(\d+)")


_MUC_BRACKET = re.compile(r"\s*\[[^\]]*\]\s*")
_MUC_MEMBERS = re.compile(r"\s+(?:FIGHTERS|GUERRILLAS|MEMBERS|COLUMN|COMMANDOS?|URBAN COMMANDOS|TERRORISTS|REBELS|"
                          r"MILITANTS|CELL|UNIT|FRONT COLUMN)$")


def _muc_org_names(value: str) -> list[str]:
    """Every name a MUC-4 perpetrator slot accepts: its fillers ("|"), each filler's synonyms ("/"), without the
    uncertainty mark ("?"), the quotes, an editor's gloss ("ELN [ARMY OF NATIONAL LIBERATION] GUERRILLAS" is both
    the ELN and the gloss) or a members word ("SENDERO LUMINOSO FIGHTERS")."""
    if not value or value.strip() in ("*", "-"):
        return []
    names: list[str] = []
    for filler in value.split("|"):
        for syn in filler.split("/"):
            raw = syn.strip().lstrip("?").strip().replace('\\"', '"').strip('"\\ ').strip()
            if not raw:
                continue
            glosses = re.findall(r"\[([^\]]+)\]", raw)
            for cand in (_MUC_BRACKET.sub(" ", raw).strip(), *glosses):
                cand = _MUC_MEMBERS.sub("", cand.strip()).strip()
                if cand and cand not in names:
                    names.append(cand)
    return names


def _muc_org(value: str) -> str | None:
    names = _muc_org_names(value)
    return names[0] if names else None


def _muc_places(value: str) -> list[str]:
    """ "EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)" -> its names below the country, finest
    first; alternatives ("-", "|") and brackets' kinds dropped."""
    names = []
    for part in re.split(r"[:|]", value or "")[1:]:
        name = re.sub(r"\([^)]*\)|[\"?]", "", part).strip(" -")
        if name and name != "*":
            names.append(name)
    return names[::-1]


def _muc_deaths(effect: str, numbers: str) -> int | None:
    """Deaths of one template: human targets marked DEATH, counted with their numbers where given."""
    if not effect or effect.strip() in ("*", "-"):
        return None
    effects = [e.strip() for e in effect.split("|")]
    nums = [n.strip() for n in (numbers or "").split("|")]
    total = 0
    for e in effects:
        if not _MUC_DEATH.search(e) or "NO DEATH" in e or "NO INJURY OR DEATH" in e:
            continue
        target = e.split(":", 1)[1].strip() if ":" in e else ""
        count = 1
        for n in nums:
            if ":" in n and n.split(":", 1)[1].strip() == target:
                m = _MUC_NUMBER.match(n)
                if m:
                    count = int(m.group(1))
                break
        total += count
    return total


def read_muc(texts_csv: Path, templates_csv: Path, limit: int | None = None) -> Iterator[GoldRecord]:
    """One record per MUC-4 message: incident type, perpetrator organisation and deaths of its first template."""
    with templates_csv.open(encoding="utf-8", newline="") as fh:
        templates: dict[str, list[dict]] = {}
        for row in csv.DictReader(fh):
            templates.setdefault(row["docid"], []).append(row)
    with texts_csv.open(encoding="utf-8", newline="") as fh:
        for row in itertools.islice(csv.DictReader(fh), limit):
            temps = [t for t in templates.get(row["docid"], []) if t.get("incident_type", "*").strip() not in ("*", "")]
            gold: dict = {"muc_incidents": [
                {"type": t["incident_type"].strip(), "perpetrator": _muc_org(t.get("perp_organization_id", "")),
                 "perpetrator_names": _muc_org_names(t.get("perp_organization_id", "")),
                 "deaths": _muc_deaths(t.get("hum_tgt_effect_of_incident", ""), t.get("hum_tgt_number", "")),
                 "places": _muc_places(t.get("incident_location", ""))}
                for t in temps]}
            yield GoldRecord(row["docid"], "muc4", row["text"], None, gold)


def read_gold(path: Path, limit: int | None = None) -> Iterator[GoldRecord]:
    """Any gold file: ``*.jsonl``, or a MUC-4 texts CSV (its key templates CSV found beside it)."""
    if not path.exists():
        raise InputError("no such file", source=str(path))
    if path.suffix == ".jsonl":
        return read_jsonl(path, limit)
    if path.suffix == ".csv" and "text" in path.stem:
        keys = path.with_name(path.name.replace("texts", "key_templates"))
        if not keys.exists():
            raise InputError(f"MUC-4 key templates {keys.name} not found beside it", source=str(path))
        return read_muc(path, keys, limit)
    if path.suffix == ".csv" and "key_templates" in path.stem:
        raise InputError("give the MUC-4 texts CSV; its key templates are read from beside it", source=str(path))
    raise InputError("not a gold file (expected .jsonl or a MUC-4 texts .csv)", source=str(path))
