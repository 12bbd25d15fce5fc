"""The one sidebar of filters shared by every page."""

from __future__ import annotations

import streamlit as st

from ..query import PRECISIONS, Filters
from . import data, state

ROLE_LABELS = {"either": "acting or hit", "side_a": "acting (side A)", "side_b": "hit (side B)"}
SOURCE_LABELS = {"reports": "our reports", "acled": "ACLED import", "ucdp": "UCDP import", "synthetic": "synthetic"}


def draw() -> Filters:
    state.init_from_url()
    opts = data.options()
    sb = st.sidebar
    sb.header("Filters")
    if opts.date_min and opts.date_max:
        dr = st.session_state.get(state.KEYS["date_range"])
        if dr and any(d < opts.date_min or d > opts.date_max for d in dr):
            st.session_state.pop(state.KEYS["date_range"])  # a shared link older than the data
        sb.date_input("Date range", value=st.session_state.get(state.KEYS["date_range"], ()),
                      min_value=opts.date_min, max_value=opts.date_max, key=state.KEYS["date_range"])
    sb.multiselect("Country", opts.countries, key=state.KEYS["countries"])
    sb.multiselect("Province", opts.provinces, key=state.KEYS["provinces"])
    sb.multiselect("District", opts.districts, key=state.KEYS["districts"])
    sb.multiselect("Actor or group", opts.actors, key=state.KEYS["actors"])
    sb.radio("Actor's role", list(ROLE_LABELS), format_func=ROLE_LABELS.get, horizontal=True, key=state.KEYS["actor_role"])
    sb.multiselect("Event type", opts.event_types, key=state.KEYS["event_types"])
    sb.multiselect("Location precision", PRECISIONS, key=state.KEYS["precisions"])
    sb.number_input("Minimum killed", min_value=0, step=1, key=state.KEYS["min_killed"])
    sb.text_input("Search the source reports", key=state.KEYS["text"], placeholder="e.g. compound raid")
    sb.multiselect("Source", list(SOURCE_LABELS), format_func=SOURCE_LABELS.get, key=state.KEYS["sources"])
    sb.button("Reset filters", on_click=state.reset_filters)
    f = state.current_filters()
    state.sync_url(f)
    return f
