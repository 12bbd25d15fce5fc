"""Plotly figures for the pages (no Streamlit here: tests build them directly)."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

METRIC_LABELS = {"incidents": "Incidents", "killed": "Killed", "captured": "Captured"}


def timeline_figure(tl: pd.DataFrame, metric: str = "incidents", stacked: bool = True) -> go.Figure:
    """Bars per period (stacked by series when split), with a range slider and hover details."""
    label = METRIC_LABELS.get(metric, metric)
    if tl.empty:
        fig = go.Figure()
        fig.update_layout(title="No incidents for this filter")
        return fig
    if "series" in tl:
        fig = px.bar(tl, x="period", y=metric, color="series", barmode="stack" if stacked else "group",
                     labels={"period": "", metric: label, "series": ""}, hover_data=["incidents", "killed", "captured"])
    else:
        fig = px.bar(tl, x="period", y=metric, labels={"period": "", metric: label},
                     hover_data=["incidents", "killed", "captured"], color_discrete_sequence=["#b22222"])
    fig.update_layout(title=f"{label} over time", margin={"l": 40, "r": 20, "t": 50, "b": 20}, legend_title_text="",
                      xaxis={"rangeslider": {"visible": True}, "type": "date"})
    return fig
