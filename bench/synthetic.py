"""Synthetic incidents for benchmarks only: realistic shapes, never real events.

Every record is marked synthetic (the `synthetic` column and source_dataset "synthetic") and is
written to a benchmark database of its own, never mixed into the bundled data. Distributions:
dates over 2009-2021 with a seasonal fighting peak in summer; provinces weighted towards the south
and east as in published Afghan conflict data; districts from the gazetteer with their points
jittered; actors and event types by fixed shares; counts from a heavy-tailed distribution with most
incidents killing no one or few.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import numpy as np

from dashboard.gazetteer import load
from dashboard.store import Store, now

PROVINCE_WEIGHTS = {"Helmand": 12, "Kandahar": 11, "Nangarhar": 8, "Ghazni": 7, "Kunar": 6, "Khost": 5, "Paktika": 5,
                    "Uruzgan": 4, "Zabul": 4, "Paktia": 4, "Wardak": 4, "Logar": 3, "Kunduz": 4, "Farah": 3, "Faryab": 3,
                    "Badghis": 2, "Herat": 2, "Balkh": 2, "Baghlan": 2, "Laghman": 2, "Kapisa": 1, "Kabul": 3}
ACTORS_A = ["Taliban", "Afghan National Security Forces", "International Security Assistance Force", "US Forces",
            "Afghan National Army", "Haqqani Network", "Islamic State Khorasan Province", "Afghan National Police"]
ACTORS_A_W = [30, 25, 12, 8, 8, 6, 5, 6]
ACTORS_B = ["Taliban", "Civilians", "Afghan National Police", "Afghan National Army", "Insurgents", "Haqqani Network",
            "al-Qaeda", "Islamic Movement of Uzbekistan"]
ACTORS_B_W = [30, 15, 15, 12, 14, 6, 4, 4]
EVENTS = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
          ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Explosions/Remote violence", "Suicide bomb"),
          ("Strategic developments", "Arrests"), ("Violence against civilians", "Attack")]
EVENT_W = [40, 15, 15, 5, 18, 7]
PRECISIONS = ["place", "district", "province"]
PRECISION_W = [20, 60, 20]


def generate(n: int, seed: int = 7, offset: int = 0) -> list[dict]:
    """n incident rows in the store's table shape, marked synthetic."""
    rng = np.random.default_rng(seed)
    gaz = load()
    districts: dict[str, list] = {}
    for e in gaz.entries:
        if e.cc == "AF" and e.kind == "admin2" and e.admin1 in PROVINCE_WEIGHTS:
            districts.setdefault(e.admin1, []).append(e)
    provs = list(PROVINCE_WEIGHTS)
    pw = np.array([PROVINCE_WEIGHTS[p] for p in provs], dtype=float)
    pi = rng.choice(len(provs), size=n, p=pw / pw.sum())
    start = dt.date(2009, 1, 1).toordinal()
    days = rng.integers(0, 13 * 365, size=n)
    summer = rng.random(n) < 0.3  # fighting season: pull a share of dates into May-September
    days = np.where(summer, (days // 365) * 365 + rng.integers(120, 270, size=n), days)
    a_idx = rng.choice(len(ACTORS_A), size=n, p=np.array(ACTORS_A_W) / sum(ACTORS_A_W))
    b_idx = rng.choice(len(ACTORS_B), size=n, p=np.array(ACTORS_B_W) / sum(ACTORS_B_W))
    e_idx = rng.choice(len(EVENTS), size=n, p=np.array(EVENT_W) / sum(EVENT_W))
    g_idx = rng.choice(len(PRECISIONS), size=n, p=np.array(PRECISION_W) / sum(PRECISION_W))
    killed = np.minimum(rng.negative_binomial(1, 0.35, size=n), 400)
    wounded = np.minimum(rng.negative_binomial(1, 0.4, size=n), 400)
    captured = np.where(e_idx == 4, rng.integers(1, 12, size=n), 0)
    pick = rng.random(n)
    jitter = rng.normal(0, 0.05, size=(n, 2))
    ts = now()
    rows = []
    for i in range(n):
        prov = provs[pi[i]]
        ds = districts[prov]
        d = ds[int(pick[i] * len(ds))]
        et, sub = EVENTS[e_idx[i]]
        k = int(killed[i]) if et != "Strategic developments" else 0
        prec = PRECISIONS[g_idx[i]]
        lat, lon = d.lat + (jitter[i, 0] if prec == "place" else 0.0), d.lon + (jitter[i, 1] if prec == "place" else 0.0)
        rows.append({
            "id": "syn-" + hashlib.blake2b(f"{offset + i}".encode(), digest_size=10).hexdigest(),
            "event_date": dt.date.fromordinal(start + int(days[i])), "date_precision": "day",
            "event_type": et, "sub_event_type": sub, "country": "Afghanistan", "admin1": prov,
            "admin2": d.admin2 if prec != "province" else None, "location": d.name, "latitude": float(lat),
            "longitude": float(lon), "geo_precision": prec, "killed_best": k, "killed_low": k, "killed_high": k,
            "wounded_best": int(wounded[i]) if k else 0, "captured_best": int(captured[i]),
            "fatalities": k, "actor1": ACTORS_A[a_idx[i]], "actor2": ACTORS_B[b_idx[i]],
            "confidence": float(round(rng.random(), 2)), "review_status": "auto", "source_dataset": "synthetic",
            "synthetic": True, "details": None, "created_at": ts, "updated_at": ts,
        })
    return rows


def write(store: Store, rows: list[dict], batch: int = 50_000) -> None:
    for i in range(0, len(rows), batch):
        store.bulk_insert_rows(rows[i : i + batch])


def write_generated(store: Store, n: int, batch: int = 100_000) -> None:
    """Generate and write in batches, so the generator's dicts never all sit in memory at once."""
    for start in range(0, n, batch):
        write(store, generate(min(batch, n - start), seed=7 + start // batch, offset=start))
