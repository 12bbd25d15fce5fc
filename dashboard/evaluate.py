"""`make eval`: extraction and geocoding quality against labelled cases, one line per field.

Reads the shared evaluation cases (never copied into the project) and the project's own labelled
fixtures (tests/fixtures/labelled.jsonl), scores them the way the shared scorers do, prints per-field
accuracy, and writes every miss to eval-misses.txt for reading.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import math
import re
import sys
import time
from pathlib import Path

from .extract import extract
from .geocode import Resolver
from .rewrites import REWRITES
from .settings import PROJECT_ROOT
from .sources import make_article

PROVINCE_SPELLINGS = {
    "paktia": "paktya", "oruzgan": "uruzgan", "urozgan": "uruzgan", "sarepol": "sarepul", "saripul": "sarepul",
    "saripol": "sarepul", "maidanwardak": "wardak", "maydanwardak": "wardak", "hilmand": "helmand", "hirat": "herat",
    "jawzjan": "jowzjan", "khowst": "khost", "konar": "kunar", "qandahar": "kandahar", "nimruz": "nimroz",
    "nurestan": "nuristan", "ghowr": "ghor", "lowgar": "logar", "badghes": "badghis", "kondoz": "kunduz",
    "paktica": "paktika", "zabol": "zabul", "panjsher": "panjshir", "daikundi": "daykundi", "bamian": "bamyan",
    "sarpul": "sarepul", "sarpol": "sarepul", "wardag": "wardak", "badakshan": "badakhshan",
}
GROUPS = {"taliban": ["taliban", "taleban"], "haqqani": ["haqqani"], "imu": ["uzbekistan"],
          "hig": ["hezb", "hizb", "hekmatyar", "gulbuddin"], "aq": ["qaeda", "qaida"], "let": ["lashkar", "taiba", "toiba"]}
FIELDS = ("killed", "captured", "province", "group", "date")


def _norm(s: str | None) -> str:
    k = re.sub(r"[^a-z]", "", (s or "").lower())
    return PROVINCE_SPELLINGS.get(k, k)


def _low(incidents, key: str) -> int:
    total = 0
    for inc in incidents:
        c = getattr(inc, key)
        if c is not None:
            total += int(c.low if c.low is not None else (c.best or 0))
    return total


def score_releases(rows: list[dict], misses: list[str], label: str,
                   air: list[int] | None = None, side: list[int] | None = None,
                   doubt: list[tuple[float, bool]] | None = None) -> dict[str, tuple[int, int]]:
    """Per-field hits over releases; `air` (if given) collects [both, ours only, label only] for air strikes,
    `side` [hits, labelled groups] for the labelled target group found on the side that was hit (side B),
    `doubt` (lowest incident confidence, some field wrong) per release, to measure the review queue's order."""
    resolver = Resolver()
    hits = {k: [0, 0] for k in FIELDS}
    for i, g in enumerate(rows):
        lab = g["labels"]
        published = dt.date.fromisoformat(g["published"]) if g.get("published") else None
        ex = extract(make_article(g["text"]), published, resolver)
        inc = ex.incidents
        got = {
            "killed": _low(inc, "killed"), "captured": _low(inc, "captured"),
            "province": sorted({_norm(x.place.admin1) for x in inc}),
            "group": sorted({k for k, keys in GROUPS.items()
                             if any(key in _norm(a.name) for x in inc for a in x.actors for key in keys)}),
            "date": [x.event_date.iso() for x in inc],
        }
        if air is not None and "airstrike" in lab:
            want = str(lab["airstrike"]).lower() == "true"
            ours = any(x.sub_event_type == "Air/drone strike" for x in inc)
            air[0] += want and ours
            air[1] += ours and not want
            air[2] += want and not ours
            if want != ours:
                misses.append(f"[{label} #{i}] air strike: want {want} got {ours}\n    {g['text'][:300]!r}\n")
        if side is not None:
            for w in (lab.get("target_group") or "").split(";"):
                if w in GROUPS:
                    side[1] += 1
                    roles = {a.role.value for x in inc for a in x.actors if any(k in _norm(a.name) for k in GROUPS[w])}
                    side[0] += "side_b" in roles
                    if "side_b" not in roles:
                        misses.append(f"[{label} #{i}] side: want {w} on side B, got {sorted(roles)}\n")
        checks = {}
        if lab.get("min_killed") is not None:
            checks["killed"] = got["killed"] == lab["min_killed"]
        if lab.get("min_captured") is not None:
            checks["captured"] = got["captured"] == lab["min_captured"]
        if lab.get("province") and _norm(lab["province"]) not in ("", "southernafghanistan"):
            checks["province"] = _norm(lab["province"]) in got["province"]
        want_groups = [w for w in (lab.get("target_group") or "").split(";") if w]
        if all(w in GROUPS for w in want_groups):
            checks["group"] = sorted(want_groups) == got["group"]
        if lab.get("start_date"):
            want = dt.date.fromisoformat(lab["start_date"])
            ok = False
            for d in got["date"]:
                with contextlib.suppress(ValueError):
                    ok = ok or abs((dt.date.fromisoformat((d or "")[:10]) - want).days) <= 1
            checks["date"] = ok
        if doubt is not None:
            doubt.append((min((x.confidence for x in inc), default=0.0), not all(checks.values())))
        for k, ok in checks.items():
            hits[k][1] += 1
            hits[k][0] += bool(ok)
            if not ok:
                want = {"killed": lab.get("min_killed"), "captured": lab.get("min_captured"), "province": lab.get("province"),
                        "group": lab.get("target_group"), "date": lab.get("start_date")}[k]
                misses.append(f"[{label} #{i}] {k}: want {want!r} got {got[k]!r}\n    {g['text'][:600]!r}\n")
    return {k: (v[0], v[1]) for k, v in hits.items()}


def review_queue_first_fifth(doubt: list[tuple[float, bool]]) -> tuple[int, int]:
    """Of the releases with a wrong field, how many the review queue (lowest confidence first) shows in its
    first fifth, and how many there are."""
    first = sorted(doubt, key=lambda d: d[0])[: len(doubt) // 5]
    return sum(w for _, w in first), sum(w for _, w in doubt)


def rewrite_losses(rows: list[dict], misses: list[str],
                   base_misses: list[str] | None = None) -> dict[str, tuple[int, dict[str, int]]]:
    """Each rewrite of the releases (dashboard/rewrites.py) scored against the original: per rewrite, how many
    releases it changed and, per field, how many were right before and wrong after."""
    if base_misses is None:  # the original releases' misses, unless the caller has just scored them
        base_misses = []
        score_releases(rows, base_misses, "base")
    before = {_miss_key(m) for m in base_misses}
    out = {}
    for name, rewrite in REWRITES.items():
        changed = [dict(g, text=rewrite(g["text"])) for g in rows]
        n = sum(a["text"] != b["text"] for a, b in zip(changed, rows, strict=True))
        found: list[str] = []
        score_releases(changed, found, f"rewrite: {name}")
        lost = [m for m in found if _miss_key(m) not in before]
        misses.extend(lost)
        by_field: dict[str, int] = {}
        for m in lost:
            field = m.split("] ", 1)[1].split(":", 1)[0]
            by_field[field] = by_field.get(field, 0) + 1
        out[name] = (n, by_field)
    return out


def score_rewrites(rows: list[dict], misses: list[str], base_misses: list[str]) -> None:
    print(f"label-keeping rewrites of isaf_dev ({len(REWRITES)}): fields right before and wrong after")
    losses = rewrite_losses(rows, misses, base_misses)
    for name, (n, by_field) in losses.items():
        said = ", ".join(f"{k} -{v}" for k, v in by_field.items()) or "none lost"
        print(f"  {name:50s} {n:4d} changed  {said}")
    print(f"  fields lost over all rewrites: {sum(sum(f.values()) for _, f in losses.values())}")


def _miss_key(miss: str) -> tuple[str, str]:
    """'[label #12] killed: ...' -> ('12', 'killed'): the same release and field whatever the label."""
    head, rest = miss.split("] ", 1)
    return head.rsplit("#", 1)[1], rest.split(":", 1)[0]


def score_districts(path: Path, misses: list[str]) -> tuple[int, int]:
    resolver = Resolver()
    ok = n = 0
    for r in csv.DictReader(path.open(encoding="utf-8")):
        names = [r["district"]] + [a.strip() for a in r["aliases"].split(";") if a.strip()]
        for name in names:
            q = f"{name} district, {r['province']} province"
            a = resolver.geocode(q, "Afghanistan")
            p = a.place
            good = False
            if p is not None and p.latitude is not None:
                d = _km(float(r["lat"]), float(r["lon"]), p.latitude, p.longitude)
                good = _norm(p.admin1) == _norm(r["province"]) and d <= 30
            n += 1
            ok += good
            if not good:
                misses.append(f"[district] {q}: got {p and (p.admin1, p.admin2, p.geo_precision.value)} "
                              f"{'' if p is None else round(_km(float(r['lat']), float(r['lon']), p.latitude, p.longitude))} km\n")
    return ok, n


def score_districts_alone(path: Path, misses: list[str]) -> tuple[int, int, int]:
    """Each district name (and its other spellings) in a sentence that names no province, through the
    whole extraction: (right province, wrong province, queries)."""
    resolver = Resolver()
    ok = wrong = n = 0
    for r in csv.DictReader(path.open(encoding="utf-8")):
        for name in [r["district"]] + [a.strip() for a in r["aliases"].split(";") if a.strip()]:
            text = f"Afghan forces detained two suspected insurgents in {name} district yesterday."
            inc = extract(make_article(text), dt.date(2011, 3, 4), resolver).incidents
            got = inc[0].place.admin1 if inc else None
            n += 1
            if _norm(got) == _norm(r["province"]):
                ok += 1
            else:
                wrong += got is not None
                misses.append(f"[district alone] {name} ({r['province']}): got {got}\n")
    return ok, wrong, n


def _km(a, b, c, d) -> float:
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(PROJECT_ROOT.parent / "shared"))
    ap.add_argument("--misses", default=str(PROJECT_ROOT / "eval-misses.txt"))
    ap.add_argument("--no-rewrites", action="store_true", help="skip the label-keeping rewrites of the releases")
    args = ap.parse_args(argv)
    misses: list[str] = []
    shared = Path(args.shared) / "eval"
    sets = [("fixtures", PROJECT_ROOT / "tests" / "fixtures" / "labelled.jsonl")]
    if (shared / "isaf_dev.jsonl").exists():
        sets.append(("isaf_dev", shared / "isaf_dev.jsonl"))
    else:
        print(f"note: {shared} not found; scoring the project's own fixtures only")
    dev_rows: list[dict] = []
    dev_misses: list[str] = []
    for label, path in sets:
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
        t = time.perf_counter()
        air, side, doubt = [0, 0, 0], [0, 0], []
        first = len(misses)
        res = score_releases(rows, misses, label, air, side, doubt)
        if label == "isaf_dev":
            dev_rows, dev_misses = rows, misses[first:]
        secs = time.perf_counter() - t
        print(f"extraction on {label} ({len(rows)} releases, {len(rows) / secs:.0f}/s):")
        for k, (h, n) in res.items():
            print(f"  {k:9s} {h / n if n else 0:.3f}  ({h}/{n})")
        if sum(air):
            p, r = air[0] / max(1, air[0] + air[1]), air[0] / max(1, air[0] + air[2])
            print(f"  air strike (sub-event type against the 'airstrike' flag): precision {p:.2f}, recall {r:.2f}")
        if side[1]:
            print(f"  target group on the side hit (side B): {side[0] / side[1]:.3f}  ({side[0]}/{side[1]})")
        held, wrong = review_queue_first_fifth(doubt)
        if wrong:
            print(f"  review queue (lowest confidence first): its first fifth holds {held} of the "
                  f"{wrong} releases with a wrong field ({held / wrong:.0%}; in random order 20%)")
    if dev_rows and not args.no_rewrites:
        score_rewrites(dev_rows, misses, dev_misses)
    if (shared / "afg_districts_dev.csv").exists():
        ok, n = score_districts(shared / "afg_districts_dev.csv", misses)
        print(f"geocoding on afg_districts_dev: {ok / n:.3f} ({ok}/{n}) in the right province within 30 km")
        ok, wrong, n = score_districts_alone(shared / "afg_districts_dev.csv", misses)
        print(f"  a district named without its province, through extraction: {ok / n:.3f} right province, "
              f"{wrong / n:.3f} wrong ({wrong}/{n}: mostly names that several provinces share), the rest left at country level")
    Path(args.misses).write_text("".join(misses), encoding="utf-8")
    print(f"{len(misses)} misses written to {args.misses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
