"""Widget keys and the shared filters, kept in st.session_state and mirrored in the URL.

One module owns every key, so pages never invent their own and a filtered view survives a reload and
can be shared as a link (st.query_params).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from ..query import Filters

PREFIX = "f_"
KEYS = {
    "date_range": PREFIX + "date_range",
    "countries": PREFIX + "countries",
    "provinces": PREFIX + "provinces",
    "districts": PREFIX + "districts",
    "actors": PREFIX + "actors",
    "actor_role": PREFIX + "actor_role",
    "event_types": PREFIX + "event_types",
    "precisions": PREFIX + "precisions",
    "min_killed": PREFIX + "min_killed",
    "text": PREFIX + "text",
    "sources": PREFIX + "sources",
}
ANALYST = "analyst_name"
SELECTED_INCIDENT = "selected_incident"
_INITIALISED = "_filters_from_url"


def init_from_url() -> None:
    """On a session's first run, seed the filter widgets from the URL."""
    if st.session_state.get(_INITIALISED):
        return
    st.session_state[_INITIALISED] = True
    f = Filters.from_params({k: st.query_params.get(k) for k in st.query_params})
    if f.date_from or f.date_to:
        st.session_state[KEYS["date_range"]] = tuple(d for d in (f.date_from, f.date_to) if d)
    for name in ("countries", "provinces", "districts", "actors", "event_types", "precisions", "sources"):
        if getattr(f, name):
            st.session_state[KEYS[name]] = list(getattr(f, name))
    if f.actor_role != "either":
        st.session_state[KEYS["actor_role"]] = f.actor_role
    if f.min_killed:
        st.session_state[KEYS["min_killed"]] = f.min_killed
    if f.text:
        st.session_state[KEYS["text"]] = f.text


def current_filters() -> Filters:
    s = st.session_state
    dr = s.get(KEYS["date_range"]) or ()
    if isinstance(dr, dt.date):
        dr = (dr,)
    dr = tuple(dr)
    return Filters(
        date_from=dr[0] if len(dr) >= 1 else None,
        date_to=dr[1] if len(dr) >= 2 else None,
        countries=tuple(s.get(KEYS["countries"]) or ()),
        provinces=tuple(s.get(KEYS["provinces"]) or ()),
        districts=tuple(s.get(KEYS["districts"]) or ()),
        actors=tuple(s.get(KEYS["actors"]) or ()),
        actor_role=s.get(KEYS["actor_role"]) or "either",
        event_types=tuple(s.get(KEYS["event_types"]) or ()),
        precisions=tuple(s.get(KEYS["precisions"]) or ()),
        min_killed=int(s.get(KEYS["min_killed"]) or 0),
        text=(s.get(KEYS["text"]) or "").strip(),
        sources=tuple(s.get(KEYS["sources"]) or ()),
    )


def sync_url(f: Filters) -> None:
    """Mirror the filters in the URL, touching st.query_params only when something changed."""
    wanted = f.to_params()
    current = {k: st.query_params.get(k) for k in st.query_params}
    if wanted != current:
        st.query_params.clear()
        st.query_params.update(wanted)


def reset_filters() -> None:
    for k in KEYS.values():
        st.session_state.pop(k, None)
    st.query_params.clear()
