"""Every setting once: its name, default and help. The only reader of environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"


@dataclass(frozen=True)
class Setting:
    env: str
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    "db": Setting(
        "DASHBOARD_DB",
        f"sqlite:///{DATA_DIR / 'incidents.db'}",
        "SQLAlchemy URL of the store: SQLite file by default, postgresql+psycopg://... for a team server.",
    ),
    "max_file_mb": Setting(
        "DASHBOARD_MAX_FILE_MB", "20", "Largest file or archive entry ingested, in megabytes; larger ones are refused."
    ),
    "online": Setting(
        "DASHBOARD_ONLINE", "0", "1 allows online features (fetching URLs and feeds, online geocoders). Off by default."
    ),
    "geocoder": Setting(
        "DASHBOARD_GEOCODER", "offline", "offline (embedded gazetteer) or the name of a geopy geocoder, e.g. nominatim."
    ),
    "user_agent": Setting(
        "DASHBOARD_USER_AGENT",
        "conflict-incident-dashboard (set DASHBOARD_USER_AGENT to your contact)",
        "User agent sent to online geocoders; Nominatim's policy asks for a real contact.",
    ),
    "articles_dir": Setting(
        "DASHBOARD_ARTICLES", str(DATA_DIR / "articles"), "Folder of bundled reports loaded into an empty store on first start."
    ),
    "analyst": Setting("DASHBOARD_ANALYST", "", "Default analyst name recorded in the audit trail."),
    "map_point_limit": Setting(
        "DASHBOARD_MAP_POINT_LIMIT",
        "10000",
        # measured by bench/run.py: about 450 bytes of map payload per point, so 10,000 points stay under 5 MB
        "Above this many incidents the map sends server-side cells instead of points (keeps the page under 5 MB).",
    ),
}


def get(name: str) -> str:
    s = SETTINGS[name]
    return os.environ.get(s.env, s.default)


def db_url(override: str | None = None) -> str:
    return override or get("db")


def max_file_bytes() -> int:
    return int(float(get("max_file_mb")) * 1024 * 1024)


def online_enabled() -> bool:
    return get("online").strip().lower() in {"1", "true", "yes", "on"}


def map_point_limit() -> int:
    return int(get("map_point_limit"))
