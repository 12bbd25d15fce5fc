"""Map: points sized by killed, density, or provinces; offline basemap from the province boundaries."""

import pandas as pd
import streamlit as st

from dashboard import settings
from dashboard.views import data, maps, widgets

f, rows = widgets.filtered_rows("Map")

c1, c2 = st.columns(2)
mode = c1.radio("Show", ["points", "density", "provinces"], horizontal=True, key="map_mode")
colour_by = c2.radio("Colour points by", ["actor1", "event_type"], horizontal=True, key="map_colour",
                     format_func={"actor1": "acting group", "event_type": "event type"}.get)


@st.cache_resource(show_spinner="Drawing the map...", max_entries=16)
def cached_map(key: tuple, mode: str, colour_by: str, online: bool) -> maps.MapResult:
    # keyed by database, data version and filters (the rows are those of the key): never rebuilt for the same view
    return maps.build_map(rows, mode, colour_by, settings.map_point_limit(), online)


result = cached_map(data.view_key(f), mode, colour_by, settings.online_enabled())
st.caption(f"{len(rows):,} incident{'' if len(rows) == 1 else 's'} on the map, {int(rows['fatalities'].sum()):,} killed, "
           f"{int(rows['captured_best'].sum()):,} captured.")
st.pydeck_chart(result.deck, height=600)
if result.note:
    st.info(result.note)
if mode == "points" and not result.aggregated:
    st.caption("Filled dots: exact places. Hollow rings: incidents known only to their district or province, "
               "drawn at its centre point.")
if result.legend:
    names = [name for name, _ in result.legend]
    lg = pd.DataFrame({"colour": [""] * len(names), "group" if colour_by == "actor1" else "event type": names})
    styled = lg.style.apply(lambda _: [f"background-color: rgb{tuple(c)}" for _, c in result.legend], subset=["colour"])
    st.dataframe(styled, hide_index=True, width=420)
widgets.data_downloads(rows, "incidents-map", "map")
