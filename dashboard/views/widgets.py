"""Small shared widgets: data downloads, chart downloads, the empty-data message."""

from __future__ import annotations

import functools

import pandas as pd
import streamlit as st

from .. import export


def data_downloads(df: pd.DataFrame, stem: str, key: str) -> None:
    """CSV, XLSX and GeoJSON of exactly the rows shown, made only when clicked (at a million rows an
    XLSX takes minutes: it must not be built on every rerun)."""
    cols = st.columns(3)
    for col, fmt in zip(cols, ("csv", "xlsx", "geojson")):
        fn, mime = export.DATA_FORMATS[fmt]
        col.download_button(f"Download {fmt.upper()}", data=functools.partial(fn, df), file_name=f"{stem}.{fmt}",
                            mime=mime, key=f"{key}_{fmt}", width="stretch", on_click="ignore")


def chart_downloads(fig, stem: str, key: str) -> None:
    """HTML always; PNG and SVG through kaleido when the user asks (it starts Chromium, so not on every rerun)."""
    c1, c2, c3 = st.columns(3)
    c1.download_button("Chart as HTML", data=export.figure_html(fig), file_name=f"{stem}.html", mime="text/html",
                       key=f"{key}_html", width="stretch")
    for col, fmt in ((c2, "png"), (c3, "svg")):
        k = f"{key}_{fmt}_bytes"
        if col.button(f"Make {fmt.upper()}", key=f"{key}_{fmt}_make", width="stretch"):
            try:
                st.session_state[k] = export.figure_image(fig, fmt)
            except export.ExportError as exc:
                st.warning(str(exc))
        if st.session_state.get(k):
            col.download_button(f"Download {fmt.upper()}", data=st.session_state[k], file_name=f"{stem}.{fmt}",
                                mime="image/png" if fmt == "png" else "image/svg+xml", key=f"{key}_{fmt}_dl")


def filtered_rows(title: str) -> tuple:
    """A page's title, its filter and the rows it keeps; with none, a message saying what to do, and stop."""
    from . import data

    st.title(title)
    f = st.session_state["filters"]
    rows = data.filtered(f)
    if rows.empty:
        no_data(len(data.frame()))
        st.stop()
    return f, rows


def no_data(total: int) -> None:
    if total == 0:
        st.info("The store has no incidents yet. Add reports on the **Ingest** page, or run "
                "`dashboard ingest data/articles` on the command line.")
    else:
        st.info("No incident matches these filters. Widen the date range or clear some filters "
                "(the **Reset filters** button in the sidebar clears them all).")
