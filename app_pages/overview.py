"""Overview: headline figures for the filter, change against the previous period, the latest incidents."""

import streamlit as st

from dashboard import query
from dashboard.views import data, widgets

st.title("Overview")
f = st.session_state["filters"]
everything = data.frame()
rows = data.filtered(f)
if rows.empty:
    widgets.no_data(len(everything))
    st.stop()

now = query.headline(rows)
prev_f = query.previous_period(f, everything)
prev = query.headline(data.filtered(prev_f)) if prev_f else None
cols = st.columns(5)
for col, (key, label) in zip(cols, [("incidents", "Incidents"), ("killed", "Killed"), ("wounded", "Wounded"),
                                    ("captured", "Captured"), ("provinces", "Provinces affected")]):
    delta = None if prev is None else now[key] - prev[key]
    col.metric(label, f"{now[key]:,}", delta=None if delta is None else f"{delta:+,}", delta_color="inverse",
               help="Change against the period of the same length just before" if prev else None)

left, right = st.columns([1, 2])
with left:
    st.subheader("Most active groups")
    st.dataframe(query.top_actors(rows, 8, "side_a"), hide_index=True, width="stretch")
    st.subheader("Most hit")
    st.dataframe(query.top_actors(rows, 8, "side_b"), hide_index=True, width="stretch")
with right:
    st.subheader("Latest incidents")
    latest = rows.nlargest(15, "event_date")  # a partial sort: cheap at a million rows
    st.dataframe(latest[["event_date", "admin1", "admin2", "event_type", "actor1", "actor2", "fatalities",
                         "captured_best", "geo_precision"]],
                 hide_index=True, width="stretch",
                 column_config={"event_date": st.column_config.DateColumn("Date"), "admin1": "Province",
                                "admin2": "District", "actor1": "Acting", "actor2": "Hit",
                                "fatalities": "Killed", "captured_best": "Captured", "geo_precision": "Precision"})
st.caption(f"{len(rows):,} of {len(everything):,} incidents match the filters.")
widgets.data_downloads(rows, "incidents", "overview")
