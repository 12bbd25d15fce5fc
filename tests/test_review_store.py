"""One incident, many reports; corrections that survive; merges that can be undone; imports."""

import datetime as dt

import pytest

from dashboard.errors import ImportFormatError, ReviewError
from dashboard.extract import extract
from dashboard.imports import import_bytes
from dashboard.pipeline import ingest
from dashboard.sources import make_article

from .conftest import FIXTURES

REF = dt.date(2019, 9, 24)
A = "Afghan forces killed five Taliban fighters in Musa Qala district, Helmand province, yesterday, officials said."
B = ("Five Taliban insurgents, among them a local commander, were killed by Afghan troops in Helmand's Musa Qala "
     "district on Monday. Seven were killed according to a Taliban source.")
OTHER_PROVINCE = "Afghan forces killed five Taliban fighters in Andar district, Ghazni province, yesterday."


def save(store, text, published=REF):
    art = make_article(text, published=published)
    return store.save_extraction(extract(art, published))


def live(store):
    with store.engine.connect() as c:
        import sqlalchemy as sa

        return [dict(r) for r in c.execute(sa.text(
            "select * from incidents where review_status not in ('merged','rejected')")).mappings()]


def test_two_reports_of_one_incident_become_one_with_both_sources(store):
    save(store, A)
    res = save(store, B)
    assert res.merged == 1
    (inc,) = live(store)
    assert len(store.sources_of(inc["id"])) == 2
    assert inc["killed_low"] == 5 and inc["killed_high"] >= 5
    trail = store.audit_trail(inc["id"])
    assert trail[-1]["action"] == "merge" and "Musa Qala" in trail[-1]["new_value"]


def test_two_spellings_of_a_district_the_gazetteer_lacks_are_one_incident(store):
    # neither spelling has a point in the gazetteer: each record keeps its text's spelling
    save(store, "Afghan forces detained five Taliban fighters in Zazai Maidan district, Khost province, yesterday.")
    res = save(store, "Afghan troops arrested five Taliban insurgents in Khost's Zazi Maidan district on Monday.")
    assert res.merged == 1 and len(live(store)) == 1


def test_never_merged_across_provinces(store):
    save(store, A)
    res = save(store, OTHER_PROVINCE)
    assert res.merged == 0 and len(live(store)) == 2


def test_undo_an_automatic_merge(store):
    save(store, A)
    save(store, B)
    import sqlalchemy as sa

    with store.engine.connect() as c:
        merged_id = c.execute(sa.text("select id from incidents where review_status='merged'")).scalar_one()
    store.undo_merge(merged_id, "Lea")
    rows = live(store)
    assert len(rows) == 2 and all(len(store.sources_of(r["id"])) == 1 for r in rows)
    with pytest.raises(ReviewError):
        store.undo_merge(merged_id, "Lea")


def test_a_manual_merge_across_provinces_is_refused_and_nothing_changes(store):
    save(store, A)
    save(store, OTHER_PROVINCE)
    a, b = live(store)
    with pytest.raises(ReviewError, match="different provinces"):
        store.merge(a["id"], b["id"], "Lea")
    assert len(live(store)) == 2 and store.audit_trail() == []


def test_split_one_incident_into_two(store):
    save(store, A)
    (inc,) = live(store)
    new_id = store.split(inc["id"], "Lea", killed_best=2, admin2="Nawzad")
    rows = {r["id"]: r for r in live(store)}
    assert rows[new_id]["killed_best"] == 2 and rows[new_id]["review_status"] == "corrected"
    assert len(store.sources_of(new_id)) == 1
    assert {t["action"] for t in store.audit_trail(new_id)} == {"split"}


def test_a_correction_survives_reingest_and_reextraction(store):
    art = make_article(A, published=REF)
    store.save_extraction(extract(art, REF))
    (inc,) = live(store)
    store.update_incident(inc["id"], {"killed_best": 6}, "Lea")
    ingest([art], store)  # the same report again: a duplicate, nothing touched
    store.reextract(extract(art, REF))  # better rules later: the machine's rows change, the analyst's do not
    (after,) = live(store)
    assert after["id"] == inc["id"] and after["killed_best"] == 6 and after["review_status"] == "corrected"


def test_acled_and_ucdp_imports(store):
    res = import_bytes("acled", (FIXTURES / "acled_sample.csv").read_bytes(), "acled_sample.csv", store)
    assert res.imported == 2 and len(res.skipped) == 1
    res = import_bytes("ucdp", (FIXTURES / "ucdp_sample.csv").read_bytes(), "ucdp_sample.csv", store)
    assert res.imported == 2
    rows = {r["source_event_id"]: r for r in live(store)}
    assert rows["AFG90002"]["date_precision"] == "week" and rows["AFG90002"]["geo_precision"] == "place"
    assert rows["990001"]["killed_low"] == 6 and rows["990001"]["killed_high"] == 9
    assert rows["990002"]["date_precision"] == "month" and rows["990002"]["geo_precision"] == "province"
    assert rows["990002"]["event_type"] == "Violence against civilians"


def test_reimport_keeps_what_the_analyst_reviewed(store):
    data = (FIXTURES / "acled_sample.csv").read_bytes()
    import_bytes("acled", data, "a.csv", store)
    target = next(r for r in live(store) if r["source_event_id"] == "AFG90001")
    store.update_incident(target["id"], {"killed_best": 9}, "Lea")
    res = import_bytes("acled", data, "a.csv", store)
    assert res.unchanged_reviewed == 1
    assert next(r for r in live(store) if r["source_event_id"] == "AFG90001")["killed_best"] == 9


def test_wrong_columns_are_named_and_nothing_is_stored(store):
    with pytest.raises(ImportFormatError, match="missing column.*fatalities"):
        import_bytes("acled", b"event_id_cnty,event_date\nX,2019-01-01\n", "bad.csv", store)
    assert store.counts()["incidents"] == 0


def test_windows_1252_csv_is_read_and_said(store):
    data = (FIXTURES / "acled_sample.csv").read_text(encoding="utf-8").replace("clash in Musa Qala", "clash in Musā Qala – near")
    res = import_bytes("acled", data.encode("cp1252", errors="replace"), "latin.csv", store)
    assert res.imported == 2 and any("Windows-1252" in w for w in res.warnings)


def test_preview_edits_become_the_saved_incidents(store):
    from dashboard import preview

    ex = extract(make_article(A, published=REF), REF)
    rows = preview.table(ex)
    rows[0]["killed"] = 6
    rows[0]["district"] = "Nad Ali"
    rows.append({"date": "2019-09-22", "province": "Kandahar", "district": "Zhari", "event_type": "Battles",
                 "sub_event_type": "Armed clash", "acting": "Taliban", "hit": "Afghan National Army", "killed": 2,
                 "wounded": None, "captured": None})
    out = preview.apply(ex, rows)
    assert [i.place.admin2 for i in out.incidents] == ["Nad Ali", "Zhari"]
    assert out.incidents[0].killed.best == 6 and out.incidents[0].review_status.value == "corrected"
    assert out.incidents[1].place.admin1 == "Kandahar" and out.incidents[1].place.latitude
    store.save_extraction(out)
    assert len(live(store)) == 2
    assert preview.apply(ex, []).incidents == ()  # every row deleted: nothing to save


def test_an_untouched_preview_saves_the_machines_record():
    import pandas as pd

    from dashboard import preview

    ex = extract(make_article(A, published=REF), REF)
    widget_rows = pd.DataFrame(preview.table(ex)).to_dict("records")  # as st.data_editor hands them back
    out = preview.apply(ex, widget_rows)
    assert out.incidents == ex.incidents and out.incidents[0].review_status.value == "auto"


def test_each_source_keeps_its_own_figures_and_evidence(store):
    from dashboard import query

    save(store, A)
    save(store, B)
    (inc,) = live(store)
    detail = query.incident_detail(store, inc["id"])
    assert len(detail["sources"]) == 2
    for src in detail["sources"]:
        text = src["clean_text"]
        assert src["evidence"] and all(text[e["start"]:e["end"]] == e["text"] for e in src["evidence"])
        assert src["figures"]["killed"]["best"] >= 5
