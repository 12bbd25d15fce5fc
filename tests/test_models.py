import dataclasses
import datetime as dt

import pytest

from dashboard.models import Count, DatePrecision, EventDate, Incident, Place, article_id


def test_records_are_immutable():
    c = Count(best=3, low=3, high=9, qualifier="several")
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.best = 4  # type: ignore[misc]


def test_article_id_ignores_whitespace_but_not_words():
    assert article_id("Two  killed\n in Kabul") == article_id("Two killed in Kabul")
    assert article_id("Two killed in Kabul") != article_id("Three killed in Kabul")


def test_event_date_iso_keeps_day_and_month_without_a_year():
    assert EventDate(dt.date(2019, 9, 23), DatePrecision.DAY).iso() == "2019-09-23"
    assert EventDate(None, DatePrecision.UNKNOWN_YEAR, "Sept. 23", 9, 23).iso() == "--09-23"
    assert EventDate(None, DatePrecision.UNKNOWN).iso() is None


def test_fatalities_is_the_conservative_best():
    inc = Incident(EventDate(None, DatePrecision.UNKNOWN), Place(), "Battles", "Armed clash",
                   killed=Count(best=3, low=3, high=9, qualifier="several"))
    assert inc.fatalities == 3
    assert Incident(EventDate(None, DatePrecision.UNKNOWN), Place(), "Battles", "Armed clash").fatalities == 0
