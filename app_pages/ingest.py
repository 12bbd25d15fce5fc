"""Ingest: paste a report or upload files; see what was found; save."""

import datetime as dt

import streamlit as st

from dashboard import pipeline, settings, sources
from dashboard import preview as preview_edits
from dashboard.errors import DashboardError
from dashboard.extract import extract
from dashboard.views import data, evidence

st.title("Ingest reports")
store = data.safe_store()
if store is None:
    st.stop()

paste_tab, upload_tab, url_tab, import_tab = st.tabs(["Paste a report", "Upload files", "Fetch a URL",
                                                     "Import ACLED / UCDP"])

with paste_tab:
    with st.form("paste_form"):
        text = st.text_area("Report text", height=220, key="paste_text")
        c1, c2, c3 = st.columns(3)
        title = c1.text_input("Title", key="paste_title")
        publisher = c2.text_input("Source / publisher", key="paste_publisher")
        url = c3.text_input("URL", key="paste_url")
        published = st.date_input("Publication date", value=None, key="paste_published", max_value=dt.date(2100, 1, 1))
        find = st.form_submit_button("Find incidents")
    if find:
        try:
            art = sources.make_article(text, title=title or None, url=url or None, publisher=publisher or None,
                                       published=published, source_name="pasted text")
            st.session_state["ingest_preview"] = extract(art, published)
        except DashboardError as exc:
            st.session_state.pop("ingest_preview", None)
            st.error(f"Nothing to read: {exc}.")
    ex = st.session_state.get("ingest_preview")
    if ex is not None:
        if not ex.incidents:
            st.warning(f"No incident found ({ex.reason}). You can add it by hand as a row of the table below, "
                       "or save the report without one.")
        for i, inc in enumerate(ex.incidents, 1):
            row = pipeline.incident_json(inc)
            st.markdown(f"**Incident {i}** — {row['date'] or 'date unknown'} ({row['date_precision']}), "
                        f"{evidence.escape_md(', '.join(x for x in (row['district'], row['province'], row['country']) if x) or 'place unknown')}")
            st.json({k: row[k] for k in ("event_type", "sub_event_type", "actors", "killed", "wounded", "captured",
                                         "people", "geo_precision", "confidence")}, expanded=False)
            with st.container(border=True):
                st.markdown(evidence.highlight(ex.cleaned_text, row["evidence"]))
        for w in ex.warnings:
            st.warning(w)
        st.markdown("**Check before saving**: correct a field, delete a row, or add a row for an incident the "
                    "extraction missed.")
        edited = st.data_editor(preview_edits.table(ex), num_rows="dynamic", key="preview_editor", width="stretch",
                                column_config={"date": st.column_config.DateColumn("date")})
        if st.button("Save to the store", type="primary", key="save_preview"):
            rows = edited.to_dict("records") if hasattr(edited, "to_dict") else list(edited)
            ex = preview_edits.apply(ex, rows)
            try:
                res = store.save_extraction(ex)
            except DashboardError as exc:
                st.error(f"Not saved: {exc}. The report is still here; try again when the database is free.")
                st.stop()
            data.after_write()
            st.session_state.pop("ingest_preview", None)
            if res.status == "duplicate":
                st.info("This report is already in the store (same text): nothing was added.")
            else:
                st.success(f"Saved: {res.incidents} incident(s).")

with upload_tab:
    limit_mb = settings.max_file_bytes() / 1e6
    files = st.file_uploader(f"Reports (.txt .md .html .json .jsonl .zip), up to {limit_mb:.0f} MB each",
                             accept_multiple_files=True, key="upload_files")
    published_u = st.date_input("Publication date (if the files do not give one)", value=None, key="upload_published")
    if files and st.button("Extract and save", type="primary", key="upload_go"):
        bar = st.progress(0.0, text="Reading...")
        results = []
        for n, fh in enumerate(files, 1):
            items = list(sources.read_bytes(fh.getvalue(), fh.name, published_u))
            try:
                report = pipeline.ingest(items, store, published_u)
            except DashboardError as exc:
                st.error(f"Stopped at {fh.name}: {exc}. The files before it were saved; run the upload again "
                         "to finish (saved reports are recognised and skipped).")
                break
            results.extend(report.results)
            bar.progress(n / len(files), text=f"{n}/{len(files)}: {fh.name}")
        data.after_write()
        st.dataframe([{"file": r.name, "result": r.status, "incidents": r.incidents, "why": r.reason or r.warning or ""}
                      for r in results], hide_index=True, width="stretch")
        done = pipeline.IngestReport(results)
        st.success(done.summary())

with url_tab:
    online = settings.online_enabled()
    if not online:
        st.info("Online access is off. Set DASHBOARD_ONLINE=1 before starting the dashboard to fetch URLs.")
    page_url = st.text_input("Address of a report", key="fetch_url", disabled=not online)
    if online and page_url and st.button("Fetch and extract", key="fetch_go"):
        try:
            art = sources.fetch_url(page_url)
            st.session_state["ingest_preview"] = extract(art)
            st.success("Fetched: see the preview on the 'Paste a report' tab.")
        except DashboardError as exc:
            st.error(str(exc))

with import_tab:
    from dashboard.imports import import_bytes

    dataset = st.radio("Dataset", ["acled", "ucdp"], format_func=str.upper, horizontal=True, key="import_dataset")
    csv_file = st.file_uploader("Export CSV", type=["csv"], key="import_file")
    if csv_file is not None and st.button("Import", type="primary", key="import_go"):
        try:
            result = import_bytes(dataset, csv_file.getvalue(), csv_file.name, store)
            data.after_write()
            st.success(result.summary())
            if result.skipped:
                st.dataframe({"skipped": result.skipped}, hide_index=True)
        except DashboardError as exc:
            st.error(f"Nothing was imported: {exc}")
