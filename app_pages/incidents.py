"""Incidents: a sortable table of the filtered incidents; select one to see all its fields and sources."""

import streamlit as st

from dashboard import query
from dashboard.views import data, evidence, state, widgets

f, rows = widgets.filtered_rows("Incidents")

LIMIT = 5000  # rows sent to the browser table; the downloads carry them all
shown = rows.nlargest(LIMIT, "event_date") if len(rows) > LIMIT else rows.sort_values("event_date", ascending=False)
COLS = ["event_date", "admin1", "admin2", "event_type", "actor1", "actor2", "fatalities", "wounded_best",
        "captured_best", "geo_precision", "date_precision", "confidence", "review_status", "sub_event_type",
        "assoc_actor", "location", "country", "id"]
event = st.dataframe(
    shown[COLS], hide_index=True, width="stretch", height=380, on_select="rerun",
    selection_mode="single-row", key="incidents_table",
    column_config={"event_date": st.column_config.DateColumn("Date"), "admin1": "Province", "admin2": "District",
                   "actor1": "Acting", "actor2": "Hit", "assoc_actor": "Associated", "fatalities": "Killed",
                   "wounded_best": "Wounded", "captured_best": "Captured", "event_type": "Event type",
                   "sub_event_type": "Sub-event type", "geo_precision": "Location precision",
                   "date_precision": "Date precision", "review_status": "Review", "location": "Place",
                   "country": "Country",
                   "confidence": st.column_config.ProgressColumn("Confidence", min_value=0, max_value=1)},
)
if len(rows) > LIMIT:
    st.caption(f"Showing the latest {LIMIT:,} of {len(rows):,}; the downloads have them all.")
widgets.data_downloads(rows, "incidents", "incidents")

selected = event.selection.rows if event and event.selection else []
if selected:
    st.session_state[state.SELECTED_INCIDENT] = shown.iloc[selected[0]]["id"]
inc_id = st.session_state.get(state.SELECTED_INCIDENT)
if not inc_id:
    st.caption("Select a row to see the incident's fields and the report it came from.")
    st.stop()
store = data.safe_store()
detail = query.incident_detail(store, inc_id) if store else None
if detail is None:
    st.stop()
st.subheader(f"{detail['event_date'] or 'date unknown'} — {detail['location'] or detail['admin1'] or 'place unknown'}")
c1, c2, c3 = st.columns(3)
c1.markdown(f"**Event**  \n{evidence.escape_md(str(detail['event_type']))} / {evidence.escape_md(str(detail['sub_event_type']))}")
c1.markdown(f"**Date precision:** {detail['date_precision']}  \n**Review status:** {detail['review_status']}")
c2.markdown(f"**Place:** {evidence.escape_md(', '.join(str(x) for x in (detail['location'], detail['admin2'], detail['admin1'], detail['country']) if x))}  \n"
            f"**Location precision:** {detail['geo_precision']}")
c3.markdown(f"**Killed:** {detail['killed_best']} ({detail['killed_qualifier'] or 'exact'})  \n"
            f"**Wounded:** {detail['wounded_best']}  \n**Captured:** {detail['captured_best']} "
            f"({detail['captured_qualifier'] or 'exact'})")
by_group = detail["details"].get("counts_by_group") or []
if by_group:
    st.caption("Per side: " + evidence.escape_md("; ".join(f"{cat} {n} {group}" for cat, group, n in by_group)))
st.dataframe(detail["details"].get("actors", []), hide_index=True)
if detail["details"].get("people"):
    st.dataframe(detail["details"]["people"], hide_index=True)
for src in detail["sources"]:
    st.markdown(f"**Source:** {evidence.escape_md(src['title'] or '')}")
    if src.get("url"):
        st.link_button("Open the original report", src["url"])
    if len(detail["sources"]) > 1:
        st.caption("This report's own figures: " + evidence.figures_text(src["figures"]))
    with st.container(border=True):
        st.markdown(evidence.highlight(src["clean_text"] or src["text"], src["evidence"]))
