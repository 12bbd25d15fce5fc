"""Map layers with pydeck, built from a frame of incidents (no Streamlit here, so tests call it directly).

Offline first: the basemap is drawn from the committed province boundaries, so the map needs no tile
server; online tiles are used only when online access is on. Above a point limit the incidents are
binned on the server and the browser gets the bins, not a million points. Incidents placed only at a
district or province point are drawn as hollow rings, exact places as filled dots.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import pydeck as pdk

from ..settings import DATA_DIR

BOUNDARIES = DATA_DIR / "boundaries" / "admin1.geojson"
PALETTE = [(230, 25, 75), (60, 130, 220), (60, 180, 75), (245, 130, 48), (145, 30, 180), (70, 190, 190),
           (240, 50, 230), (128, 128, 0), (0, 128, 128), (170, 110, 40)]
OTHER = (150, 150, 150)
# Grid cell for server-side binning: 0.1 degree (~11 km) keeps district-scale patterns and bounds the
# payload to a few thousand cells for a country.
GRID_DEG = 0.1


@dataclass
class MapResult:
    deck: pdk.Deck
    legend: list[tuple[str, tuple[int, int, int]]]
    aggregated: bool
    points: int
    note: str = ""

    def payload_bytes(self) -> int:
        return len(self.deck.to_json().encode("utf-8"))


@lru_cache(maxsize=1)
def _boundaries() -> dict:
    return json.loads(BOUNDARIES.read_text(encoding="utf-8"))


def boundaries_for(countries: tuple[str, ...]) -> dict:
    """Province polygons of the given countries (by name), the whole world when none are given."""
    doc = _boundaries()
    if not countries:
        return doc
    wanted = {c.lower() for c in countries}
    feats = [f for f in doc["features"] if (f["properties"].get("country") or "").lower() in wanted]
    return {"type": "FeatureCollection", "features": feats}


def colours(values: pd.Series, top: int = 8) -> tuple[np.ndarray, list[tuple[str, tuple[int, int, int]]]]:
    keys = values.astype(object).fillna("unknown").astype(str).str.split("; ").str[0]
    order = keys.value_counts().head(top).index.tolist()
    lut = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(order)}
    rgb = np.array([lut.get(k, OTHER) for k in keys], dtype=np.int16).reshape(-1, 3)
    legend = [(k, lut[k]) for k in order] + ([("other", OTHER)] if keys.nunique() > top else [])
    return rgb, legend


def _view(df: pd.DataFrame) -> pdk.ViewState:
    d = df.dropna(subset=["latitude", "longitude"])
    if d.empty:
        return pdk.ViewState(latitude=33.9, longitude=67.7, zoom=5)
    lat, lon = float(d["latitude"].median()), float(d["longitude"].median())
    span = max(float(d["latitude"].quantile(0.95) - d["latitude"].quantile(0.05)),
               float(d["longitude"].quantile(0.95) - d["longitude"].quantile(0.05)), 3.0)  # a lone point keeps its province in view
    zoom = float(np.clip(8 - np.log2(span), 2, 10))
    return pdk.ViewState(latitude=lat, longitude=lon, zoom=zoom)


def _basemap_layers(countries: tuple[str, ...]) -> list[pdk.Layer]:
    return [pdk.Layer("GeoJsonLayer", boundaries_for(countries), stroked=True, filled=True,
                      get_fill_color=[242, 240, 235], get_line_color=[120, 120, 120], line_width_min_pixels=1,
                      pickable=False, id="basemap")]


def build_map(df: pd.DataFrame, mode: str = "points", colour_by: str = "actor1", point_limit: int = 10_000,
              online_tiles: bool = False) -> MapResult:
    """mode: points, density, provinces. colour_by: actor1 (acting group) or event_type."""
    d = df.dropna(subset=["latitude", "longitude"])
    countries = tuple(sorted({str(c) for c in d["country"].dropna().unique()}))[:20] if "country" in d else ()
    layers = [] if online_tiles else _basemap_layers(countries)
    legend: list = []
    aggregated = False
    note = ""
    if mode == "provinces":
        layers.append(_province_layer(d, countries))
        aggregated = True
        tooltip = {"text": "{name}\nincidents: {incidents}\nkilled: {killed}"}
    elif mode == "density" or len(d) > point_limit:
        bins = bin_points(d)
        aggregated = True
        if mode == "density":
            layers.append(pdk.Layer("HeatmapLayer", bins, get_position=["lon", "lat"], get_weight="incidents",
                                    radius_pixels=40, id="density"))
        else:
            note = (f"{len(d):,} incidents are more than the browser draws smoothly ({point_limit:,}): "
                    f"shown as {len(bins):,} cells of {GRID_DEG} degrees, sized by incidents.")
            bins = bins.assign(radius=np.sqrt(bins["incidents"]) * 800.0)
            layers.append(pdk.Layer("ScatterplotLayer", bins, get_position=["lon", "lat"], get_radius="radius",
                                    get_fill_color=[178, 34, 34, 150], pickable=True, id="cells"))
        tooltip = {"text": "incidents: {incidents}\nkilled: {killed}"}
    else:
        pts = point_rows(d, colour_by)
        legend = pts.attrs["legend"]
        exact_mask = pts.pop("exact").to_numpy()
        exact = pts[exact_mask]
        approx = pts[~exact_mask]
        if len(approx):
            layers.append(pdk.Layer("ScatterplotLayer", approx, get_position=["longitude", "latitude"],
                                    get_radius="radius", get_line_color="colour", filled=False, stroked=True,
                                    line_width_min_pixels=2, radius_min_pixels=6, pickable=True, id="approximate"))
        if len(exact):
            layers.append(pdk.Layer("ScatterplotLayer", exact, get_position=["longitude", "latitude"],
                                    get_radius="radius", get_fill_color="colour", radius_min_pixels=4,
                                    pickable=True, id="exact"))
        tooltip = {"text": "{event_date}  {place}\n{actors}\nkilled {killed}, wounded {wounded}, captured {captured}\n"
                           "location precision: {precision}"}
    deck = pdk.Deck(layers=layers, initial_view_state=_view(d), tooltip=tooltip,
                    map_style="light" if online_tiles else None, map_provider="carto" if online_tiles else None)
    return MapResult(deck, legend, aggregated, len(d), note)


def point_rows(d: pd.DataFrame, colour_by: str) -> pd.DataFrame:
    """Plain-typed rows for the point layers: only what the layers and tooltips use."""
    rgb, legend = colours(d[colour_by] if colour_by in d else pd.Series(["incident"] * len(d)))
    killed = d["fatalities"].to_numpy()
    out = pd.DataFrame({
        "longitude": d["longitude"].astype(float).round(4).to_numpy(),
        "latitude": d["latitude"].astype(float).round(4).to_numpy(),
        "radius": (2500 + 1500 * np.sqrt(killed)).round(0),
        "colour": [list(map(int, c)) for c in rgb],
        "event_date": pd.to_datetime(d["event_date"]).dt.strftime("%Y-%m-%d").fillna("date unknown").to_numpy(),
        "place": [", ".join(str(x) for x in row if isinstance(x, str) and x) for row in
                  d[["location", "admin1", "country"]].astype(object).itertuples(index=False)],
        "actors": [_actors_text(a, b) for a, b in d[["actor1", "actor2"]].astype(object).itertuples(index=False)],
        "killed": killed, "wounded": d["wounded_best"].to_numpy(), "captured": d["captured_best"].to_numpy(),
        "precision": d["geo_precision"].astype(str).to_numpy(),
        "exact": (d["geo_precision"].astype(str) == "place").to_numpy(),
    })
    out.attrs["legend"] = legend
    return out


def _actors_text(a, b) -> str:
    a = a if isinstance(a, str) else "unknown"
    b = b if isinstance(b, str) else "unknown"
    return f"{a} vs {b}"


def bin_points(d: pd.DataFrame) -> pd.DataFrame:
    """Incidents per grid cell, computed here so the browser gets cells, not points."""
    lat = (np.floor(d["latitude"].to_numpy(dtype=float) / GRID_DEG) + 0.5) * GRID_DEG
    lon = (np.floor(d["longitude"].to_numpy(dtype=float) / GRID_DEG) + 0.5) * GRID_DEG
    g = pd.DataFrame({"lat": lat.round(3), "lon": lon.round(3), "killed": d["fatalities"].to_numpy()})
    out = g.groupby(["lat", "lon"], sort=False).agg(incidents=("killed", "size"), killed=("killed", "sum")).reset_index()
    return out


def _province_layer(d: pd.DataFrame, countries: tuple[str, ...]) -> pdk.Layer:
    counts = d.groupby("admin1", observed=True).agg(incidents=("id", "size"), killed=("fatalities", "sum"))
    top = float(counts["incidents"].max()) if len(counts) else 1.0
    feats = []
    for f in boundaries_for(countries)["features"]:
        name = f["properties"]["name"]
        n = int(counts["incidents"].get(name, 0)) if len(counts) else 0
        k = int(counts["killed"].get(name, 0)) if len(counts) else 0
        shade = int(230 - 200 * (n / top)) if n else 245
        feats.append({"type": "Feature", "geometry": f["geometry"],
                      "properties": {"name": name, "incidents": n, "killed": k,
                                     "fill": [178, shade // 2, shade // 2, 200] if n else [245, 245, 245, 80]}})
    return pdk.Layer("GeoJsonLayer", {"type": "FeatureCollection", "features": feats}, stroked=True, filled=True,
                     get_fill_color="properties.fill", get_line_color=[90, 90, 90], line_width_min_pixels=1,
                     pickable=True, id="provinces")
