"""Cached access to the store for the pages: one Store per URL, one frame per data version.

The incidents frame is held with st.cache_resource (shared, never copied: at a million rows a copy per
rerun would cost more than the query); filtered row positions are cached per (version, filters), and
small aggregates with st.cache_data. The version is the store's revision, which every write bumps,
whichever process wrote (this app, or a command-line ingest running beside it).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from .. import query, settings
from ..errors import StoreError
from ..query import Filters
from ..store import Store


@st.cache_resource(show_spinner=False)
def get_store(url: str) -> Store:
    return Store(url)


def db_url() -> str:
    return settings.db_url()


def store() -> Store:
    return get_store(db_url())


def data_version(url: str) -> str:
    """Changes whenever the database changes (any writer bumps the store's revision): one tiny query."""
    try:
        return str(get_store(url).revision())
    except StoreError:
        return "unavailable"


@st.cache_resource(show_spinner="Loading incidents...", max_entries=2)
def _frame(url: str, version: str) -> pd.DataFrame:
    return query.load_frame(get_store(url))


def view_key(f: Filters | None = None) -> tuple[str, str, tuple]:
    """(database, data version, filters): what a cached view of the data depends on, and nothing else."""
    url = db_url()
    return url, data_version(url), tuple(sorted(f.to_params().items())) if f is not None else ()


def _readable(load):
    """Run a read; a locked, missing or damaged database is said on the page instead of a traceback."""
    try:
        return load()
    except Exception as exc:
        unreadable(exc)
        raise


def frame() -> pd.DataFrame:
    url, version, _ = view_key()
    return _readable(lambda: _frame(url, version))


def unreadable(exc: Exception) -> None:
    """Tell the analyst in plain words that the database cannot be read, and stop the page."""
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
    st.error(f"The database cannot be read ({detail}). Check that {db_url()} exists and is not locked by "
             "another program, then reload the page. Nothing was changed.")
    st.stop()


@st.cache_resource(show_spinner=False, max_entries=64)
def _positions(url: str, version: str, params: tuple) -> np.ndarray:
    f = Filters.from_params(dict(params))
    ids = _text_ids(url, version, f.text) if f.text else None
    return np.flatnonzero(query.mask(_frame(url, version), f, ids))


@st.cache_data(show_spinner=False, max_entries=32)
def _text_ids(url: str, version: str, text: str) -> set[str]:
    return query.search_text(get_store(url), text)


def filtered(f: Filters) -> pd.DataFrame:
    """The incidents a filter keeps (positions cached; the frame slice is cheap)."""
    url, version, params = view_key(f)
    return _readable(lambda: _frame(url, version).iloc[_positions(url, version, params)])


@st.cache_data(show_spinner=False, max_entries=8)
def _options(url: str, version: str) -> query.Options:
    return query.options(_frame(url, version))


def options() -> query.Options:
    url, version, _ = view_key()
    return _readable(lambda: _options(url, version))


def after_write() -> None:
    """Call after this app writes. The store's revision already moved; old entries are dropped early."""
    _frame.clear()
    _positions.clear()
    _options.clear()
    _text_ids.clear()


def safe_store() -> Store | None:
    """The store, or None with a plain message on the page when it cannot be opened."""
    try:
        return store()
    except StoreError as exc:
        st.error(f"The database cannot be opened: {exc}")
        return None


def signed_in_user() -> str | None:
    """The signed-in user's e-mail or name where Streamlit login (st.login) is configured; else None."""
    try:
        user = st.user
        if user.get("is_logged_in"):
            return str(user.get("email") or user.get("name") or "") or None
    except Exception:  # no login configured: st.user says so in its own ways across versions
        return None
    return None
