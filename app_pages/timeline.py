"""Timeline: incidents, killed or captured per day, week or month, stacked or split."""

import streamlit as st

from dashboard import query
from dashboard.views import charts, data, widgets

f, rows = widgets.filtered_rows("Timeline")

c1, c2, c3, c4 = st.columns(4)
metric = c1.selectbox("Measure", ["incidents", "killed", "captured"], key="tl_metric")
freq = c2.selectbox("Per", ["D", "W", "M"], index=1, key="tl_freq", format_func={"D": "day", "W": "week", "M": "month"}.get)
split = c3.selectbox("Split by", list(query.SPLITS), key="tl_split")
stacked = c4.toggle("Stacked", value=True, key="tl_stacked")


@st.cache_data(show_spinner=False, max_entries=32)
def series(key: tuple, freq: str, split: str):
    # keyed by database, data version and filters, the rows' identity
    return query.timeline(rows, freq, split)


tl = series(data.view_key(f), freq, split)
fig = charts.timeline_figure(tl, metric, stacked)
st.plotly_chart(fig, width="stretch", key="timeline_chart")
widgets.chart_downloads(fig, "timeline", "tl")
st.dataframe(tl, hide_index=True, width="stretch")
widgets.data_downloads(rows, "incidents-timeline", "timeline")
