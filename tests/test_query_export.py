"""Filters, aggregates and exports on the real store."""

import datetime as dt
import io
import json
import re

import openpyxl
import pandas as pd
import pytest

from dashboard import export, query
from dashboard.pipeline import ingest
from dashboard.query import Filters
from dashboard.sources import read_paths


@pytest.fixture
def loaded(store, articles_copy):
    ingest(read_paths([articles_copy]), store)
    return store, query.load_frame(store)


def test_filters_round_trip_through_the_url():
    f = Filters(date_from=dt.date(2019, 1, 1), provinces=("Helmand", "Kandahar"), min_killed=2, actor_role="side_b",
                text="compound raid")
    assert Filters.from_params(f.to_params()) == f
    assert Filters.from_params({"min_killed": "lots", "date_from": "someday", "actor_role": "evil"}) == Filters()


def test_filters_change_the_rows(loaded):
    store, df = loaded
    everything = query.filter_frame(df, Filters())
    helmand = query.filter_frame(df, Filters(provinces=("Helmand",)))
    assert 0 < len(helmand) < len(everything)
    assert set(helmand["admin1"].astype(str)) == {"Helmand"}
    taliban_acting = query.filter_frame(df, Filters(actors=("Taliban",), actor_role="side_a"))
    assert all("Taliban" in str(a) for a in taliban_acting["actor1"])
    many = query.filter_frame(df, Filters(min_killed=5))
    assert (many["fatalities"] >= 5).all()


def test_text_search_over_source_reports(loaded):
    store, df = loaded
    ids = query.search_text(store, "Asim Omar")
    rows = query.filter_frame(df, Filters(text="Asim Omar"), ids)
    assert len(rows) == 1 and rows.iloc[0]["admin2"] == "Musa Qala"
    assert query.search_text(store, "100%_") == set()


def test_rejected_incidents_leave_the_totals(loaded):
    store, df = loaded
    before = query.headline(query.filter_frame(df, Filters()))
    victim = df[df["admin2"].astype(str) == "Musa Qala"].iloc[0]["id"]
    store.update_incident(victim, {"review_status": "rejected"}, "tester", "reject")
    after = query.headline(query.filter_frame(query.load_frame(store), Filters()))
    assert after["incidents"] == before["incidents"] - 1 and after["killed"] == before["killed"] - 7


def test_timeline_and_previous_period(loaded):
    _, df = loaded
    tl = query.timeline(df, "M", "province")
    assert {"period", "series", "incidents", "killed", "captured"} <= set(tl.columns)
    assert tl["incidents"].sum() == len(df[df["event_date"].notna()])
    prev = query.previous_period(Filters(date_from=dt.date(2019, 9, 1), date_to=dt.date(2019, 9, 30)), df)
    assert (prev.date_from, prev.date_to) == (dt.date(2019, 8, 2), dt.date(2019, 8, 31))


def test_exports_carry_exactly_the_filtered_rows(loaded):
    _, df = loaded
    rows = query.filter_frame(df, Filters(provinces=("Helmand",)))
    csv_rows = pd.read_csv(io.BytesIO(export.to_csv(rows)))
    assert sorted(csv_rows["id"]) == sorted(rows["id"])
    wb = openpyxl.load_workbook(io.BytesIO(export.to_xlsx(rows)))
    assert wb.active.max_row == len(rows) + 1
    gj = json.loads(export.to_geojson(rows))
    assert len(gj["features"]) == len(rows) and gj["features"][0]["geometry"]["type"] == "Point"


def test_formula_cells_are_neutralised_numbers_stay_numbers():
    df = pd.DataFrame({"id": ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "ok"], "fatalities": [1, 2, 3, 4, 5, 6]})
    out = pd.read_csv(io.BytesIO(export.to_csv(df)), keep_default_na=False)
    assert list(out["id"]) == ["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "ok"]
    assert list(out["fatalities"]) == [1, 2, 3, 4, 5, 6]


def test_chart_html_is_self_contained():
    from dashboard.views import charts

    fig = charts.timeline_figure(pd.DataFrame({"period": pd.to_datetime(["2019-01-01"]), "incidents": [1], "killed": [2],
                                               "captured": [0]}))
    html = export.figure_html(fig).decode()
    assert not re.search(r"<script[^>]+src=\"https?:", html)  # plotly.js inlined, nothing fetched
    assert "Plotly.newPlot" in html
