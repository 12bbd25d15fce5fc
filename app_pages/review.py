"""Review: the least confident incidents first; confirm, correct or reject, with an audit trail."""

import pandas as pd
import streamlit as st

from dashboard import query, settings
from dashboard.errors import DashboardError
from dashboard.models import ReviewStatus
from dashboard.views import data, evidence, state, widgets

st.title("Review")
store = data.safe_store()
if store is None:
    st.stop()
signed_in = data.signed_in_user()
if signed_in:
    analyst = signed_in
    st.caption(f"Changes are recorded as {signed_in} (signed in).")
else:
    st.session_state.setdefault(state.ANALYST, settings.get("analyst"))
    analyst = st.text_input("Your name (recorded with every change)", key=state.ANALYST)
status = st.segmented_control("Queue", ["auto", "corrected", "confirmed", "rejected", "merged"], default="auto",
                              key="review_queue")
everything = data.frame()
queue = everything[query._in(everything["review_status"], (status or "auto",))].nsmallest(500, "confidence")
if queue.empty:
    if everything.empty:
        widgets.no_data(0)
    else:
        st.info(f"No incident is '{status}'.")
    st.stop()

labels = {r.id: f"{r.confidence:.2f} · {r.event_date.date() if pd.notna(r.event_date) else 'no date'} · "
                f"{r.admin1 or 'no province'} · {r.event_type}" for r in queue.itertuples()}
inc_id = st.selectbox("Incident (least confident first)", list(labels), format_func=labels.get, key="review_pick")
detail = query.incident_detail(store, inc_id)
if detail is None:
    st.stop()

left, right = st.columns([1, 1])
with left:
    with st.form("correct_form"):
        st.markdown("**Fields**")
        event_date = st.date_input("Event date", value=detail["event_date"])
        admin1 = st.text_input("Province", value=detail["admin1"] or "")
        admin2 = st.text_input("District", value=detail["admin2"] or "")
        location = st.text_input("Location", value=detail["location"] or "")
        event_type = st.text_input("Event type", value=detail["event_type"] or "")
        actor1 = st.text_input("Acting (side A)", value=detail["actor1"] or "")
        actor2 = st.text_input("Hit (side B)", value=detail["actor2"] or "")
        killed = st.number_input("Killed (best)", min_value=0, value=int(detail["killed_best"] or 0))
        wounded = st.number_input("Wounded (best)", min_value=0, value=int(detail["wounded_best"] or 0))
        captured = st.number_input("Captured (best)", min_value=0, value=int(detail["captured_best"] or 0))
        c1, c2, c3 = st.columns(3)
        save = c1.form_submit_button("Save correction", type="primary")
        confirm = c2.form_submit_button("Confirm as is")
        reject = c3.form_submit_button("Reject")
    try:
        if save:
            n = store.update_incident(inc_id, {
                "event_date": event_date, "admin1": admin1 or None, "admin2": admin2 or None, "location": location or None,
                "event_type": event_type or None, "actor1": actor1 or None, "actor2": actor2 or None,
                "killed_best": int(killed), "wounded_best": int(wounded), "captured_best": int(captured)}, analyst)
            data.after_write()
            st.success(f"Saved {n} change(s)." if n else "Nothing changed.")
        elif confirm:
            store.set_review_status(inc_id, ReviewStatus.CONFIRMED, analyst)
            data.after_write()
            st.success("Confirmed.")
        elif reject:
            store.set_review_status(inc_id, ReviewStatus.REJECTED, analyst)
            data.after_write()
            st.success("Rejected: it no longer counts in totals.")
    except DashboardError as exc:
        st.error(str(exc))
with right:
    for src in detail["sources"]:
        st.markdown(f"**{evidence.escape_md(src['title'] or 'Source')}** — {evidence.figures_text(src['figures'])}")
        with st.container(border=True, height=420):
            st.markdown(evidence.highlight(src["clean_text"] or src["text"], src["evidence"]))

st.subheader("Merge, split, undo")
m1, m2, m3 = st.columns(3)
with m1:
    others = [i for i in labels if i != inc_id]
    other = st.selectbox("Merge another incident into this one", [""] + others,
                         format_func=lambda i: labels.get(i, "choose an incident"), key="merge_other")
    if st.button("Merge", key="merge_go", disabled=not other):
        try:
            st.success(store.merge(inc_id, other, analyst))
            data.after_write()
        except DashboardError as exc:
            st.error(str(exc))
with m2:
    part = st.number_input("Split off an incident with this many killed", min_value=0,
                           max_value=int(detail["killed_best"] or 0), value=0, key="split_killed")
    if st.button("Split", key="split_go"):
        rest = int(detail["killed_best"] or 0) - int(part)
        new_id = store.split(inc_id, analyst, killed_best=int(part), killed_low=int(part), killed_high=int(part))
        store.update_incident(inc_id, {"killed_best": rest, "killed_low": rest, "killed_high": rest}, analyst)
        data.after_write()
        st.success(f"Split: a new incident {new_id} with {part} killed; this one keeps {rest}.")
with m3:
    merged_here = [t for t in store.audit_trail(inc_id) if t["action"] == "merge"]
    if merged_here:
        st.caption("Merged into this incident:")
        for t in merged_here:
            st.text(t["new_value"])
        if st.button("Undo the last merge", key="unmerge_go"):
            try:
                store.undo_merge(merged_here[-1]["new_value"].split(":")[0], analyst)
                data.after_write()
                st.success("Undone: the other report's incident stands on its own again.")
            except DashboardError as exc:
                st.error(str(exc))
    else:
        st.caption("No other report has been merged into this incident.")

st.subheader("Audit trail")
trail = pd.DataFrame(store.audit_trail(inc_id))
if trail.empty:
    st.caption("No change yet.")
else:
    st.dataframe(trail, hide_index=True, width="stretch")
# the whole log grows with every change: read it when the button is clicked, not on every rerun
st.download_button("Download the whole audit trail (CSV)",
                   data=lambda: pd.DataFrame(store.audit_trail()).to_csv(index=False).encode(), file_name="audit.csv",
                   mime="text/csv", key="audit_dl", on_click="ignore")
