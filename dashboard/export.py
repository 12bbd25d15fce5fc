"""Rows and figures to bytes: CSV, XLSX, GeoJSON, and PNG, SVG, self-contained HTML charts.

Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
return) are prefixed with a quote; numbers stay numbers.
"""

from __future__ import annotations

import io
import json
import math

import pandas as pd

from .errors import DashboardError

EXPORT_COLUMNS = [
    "id", "event_date", "date_precision", "event_type", "sub_event_type", "country", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "actor1", "actor2", "assoc_actor", "fatalities", "killed_low",
    "killed_high", "killed_qualifier", "wounded_best", "captured_best", "captured_low", "captured_high",
    "captured_qualifier", "confidence", "review_status", "source_dataset",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(DashboardError):
    """A chart or file could not be made (e.g. no Chromium for static images)."""


def neutralise(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_frame(df: pd.DataFrame) -> pd.DataFrame:
    cols = [c for c in EXPORT_COLUMNS if c in df.columns]
    out = df[cols].copy()
    if "event_date" in out:
        out["event_date"] = pd.to_datetime(out["event_date"], errors="coerce").dt.strftime("%Y-%m-%d")
    for c in out.columns:
        if out[c].dtype == object or isinstance(out[c].dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(out[c]):
            out[c] = out[c].astype(object).map(neutralise)
    return out


def to_csv(df: pd.DataFrame) -> bytes:
    return export_frame(df).to_csv(index=False).encode("utf-8")


def to_xlsx(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        export_frame(df).to_excel(xw, index=False, sheet_name="incidents")
    return buf.getvalue()


def to_geojson(df: pd.DataFrame) -> bytes:
    feats = []
    out = export_frame(df)
    for rec in out.to_dict("records"):
        lat, lon = rec.get("latitude"), rec.get("longitude")
        geom = None
        if lat is not None and lon is not None and not (isinstance(lat, float) and math.isnan(lat)):
            geom = {"type": "Point", "coordinates": [float(lon), float(lat)]}
        props = {k: _jsonable(v) for k, v in rec.items() if k not in ("latitude", "longitude")}
        feats.append({"type": "Feature", "geometry": geom, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False).encode("utf-8")


def _jsonable(v):
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if v is pd.NA or v is pd.NaT:
        return None
    if hasattr(v, "item"):
        return v.item()
    return v


DATA_FORMATS = {"csv": (to_csv, "text/csv"), "xlsx": (to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "geojson": (to_geojson, "application/geo+json")}


def figure_html(fig) -> bytes:
    """A self-contained HTML file: plotly.js inlined, no CDN."""
    return fig.to_html(include_plotlyjs=True, full_html=True).encode("utf-8")


def figure_image(fig, fmt: str) -> bytes:
    """PNG or SVG through kaleido, which drives the system Chromium; a clear error where there is none."""
    if fmt not in ("png", "svg"):
        raise ExportError(f"unknown image format {fmt!r}")
    try:
        return fig.to_image(format=fmt, width=1100, height=550, scale=1)
    except Exception as exc:  # kaleido raises several kinds when Chromium is missing or fails
        raise ExportError(
            f"could not render {fmt.upper()} (static images need Chromium; install the 'chromium' package). "
            f"The chart's own camera button still downloads a PNG. Detail: {str(exc).splitlines()[0][:160]}"
        ) from None
