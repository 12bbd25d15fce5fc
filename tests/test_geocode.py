"""The real offline gazetteer: spellings, namesakes, precision, bad queries, boundaries."""

import json

import pytest
import yaml

from dashboard.gazetteer import ALIASES_FILE, load
from dashboard.geocode import OfflineGeocoder, Resolver
from dashboard.models import GeoPrecision
from dashboard.settings import DATA_DIR

R = Resolver()


@pytest.mark.parametrize("query, province, district", [
    ("Musa Qala district, Helmand province", "Helmand", "Musa Qala"),
    ("Musa Qalah", "Helmand", "Musa Qala"),
    ("Mūsá Qal‘ah district, Helmand", "Helmand", "Musa Qala"),
    ("Nad-e Ali district, Helmand province", "Helmand", "Nad Ali"),
    ("Marjah, Helmand", "Helmand", "Nad Ali"),
    ("Zharay district, Kandahar", "Kandahar", "Zhari"),
    ("Nawa-i-Barakzayi district, Helmand province", "Helmand", "Nawah-ye Barakzai"),
    ("Khogyani district, Nangarhar province", "Nangarhar", "Khogyani"),
    ("Muqur district, Ghazni province", "Ghazni", "Muqur"),
    ("Muqur district, Badghis province", "Badghis", "Muqur"),
    ("Orgun district", "Paktika", "Urgun"),  # the spelling of ISAF releases; GeoNames has Urgun
    ("Watapur district", "Kunar", "Wutahpur"),
])
def test_spellings_resolve_in_the_right_province(query, province, district):
    p = R.geocode(query, "Afghanistan").place
    assert p is not None and (p.admin1, p.admin2) == (province, district)


@pytest.mark.parametrize("query, province", [
    ("Uruzgan", "Uruzgan"), ("Oruzgan province", "Uruzgan"), ("Urozgan", "Uruzgan"), ("Paktya", "Paktia"),
    ("Paktia province", "Paktia"), ("Sar-i Pul", "Sar-e Pul"), ("Maidan Wardak", "Wardak"), ("Wardak", "Wardak"),
])
def test_province_spellings(query, province):
    p = R.geocode(query, "Afghanistan").place
    assert p.admin1 == province and p.geo_precision == GeoPrecision.PROVINCE


@pytest.mark.parametrize("name, formal", [("Syria", "Syrian Arab Republic"), ("Iran", "Iran, Islamic Republic of")])
def test_a_country_named_as_the_news_name_it_constrains_its_places(name, formal):
    assert load().country(name).name == formal
    # "Deir" alone is no Syrian place: never Duere in Brazil, which the whole world's names would give
    p = R.resolve("Deir", None, None, name).place
    assert p is None or p.country == formal


def test_never_a_distant_namesake():
    zhari = R.geocode("Zhari district, Kandahar province", "Afghanistan").place
    assert zhari.admin1 == "Kandahar"
    dand = R.geocode("Dand district, Kandahar province", "Afghanistan").place
    assert dand is None or dand.admin2 != "Shindand"


def test_a_province_only_event_sits_at_the_province_point():
    p = R.geocode("Helmand province", "Afghanistan").place
    assert p.geo_precision == GeoPrecision.PROVINCE and p.admin2 is None and p.latitude


@pytest.mark.parametrize("query", ["", "   ", "?!.,", "x" * 10_000, "كابلستان غير موجود"])
def test_bad_queries_get_a_reason(query):
    a = R.geocode(query, "Afghanistan")
    assert a.place is None and a.reason


def test_dari_names_match_through_aliases():
    p = R.geocode("ولایت هلمند").place
    assert p is not None and p.admin1 == "Helmand"


def test_geopy_interface():
    loc = OfflineGeocoder().geocode("Musa Qala district, Helmand province")
    assert loc is not None and abs(loc.latitude - 32.4) < 0.5 and "Helmand" in loc.address
    assert OfflineGeocoder().geocode("nowhere-at-all-zzz") is None


def test_every_alias_attaches_to_a_unit():
    g = load()
    units = {(e.cc, e.admin1, e.admin2 if e.kind == "admin2" else "") for e in g.entries if e.kind in ("admin1", "admin2")}
    doc = yaml.safe_load(ALIASES_FILE.read_text(encoding="utf-8"))
    missing = [a for a in doc["aliases"] if (a["cc"], a["admin1"], a.get("admin2") or "") not in units]
    assert not missing


def test_afghanistan_complete_at_district_level():
    g = load()
    af = [e for e in g.entries if e.cc == "AF"]
    assert len({e.admin1 for e in af if e.kind == "admin1"}) == 34
    assert len([e for e in af if e.kind == "admin2"]) >= 398


def test_boundaries_have_afghanistans_34_provinces_by_name_and_code():
    doc = json.loads((DATA_DIR / "boundaries" / "admin1.geojson").read_text())
    af = {f["properties"]["iso"]: f["properties"]["name"] for f in doc["features"] if f["properties"]["cc"] == "AF"}
    assert len(af) == 34
    assert af["AF-PAN"] == "Panjshir" and af["AF-DAY"] == "Daykundi"
    assert af["AF-PKA"] == "Paktika" and af["AF-PIA"] == "Paktia"
    from shapely.geometry import shape

    cent = {f["properties"]["iso"]: shape(f["geometry"]).centroid for f in doc["features"] if f["properties"]["cc"] == "AF"}
    assert cent["AF-PKA"].y < cent["AF-PIA"].y  # Paktika lies south of Paktia
    assert cent["AF-PAN"].x > cent["AF-PAR"].x  # Panjshir east of Parwan


def test_reverse_lookup_by_polygon():
    from dashboard.geocode import Reverse

    p = Reverse().lookup(32.45, 64.75)  # Musa Qala
    assert p.admin1 == "Helmand" and p.admin2 == "Musa Qala"
    assert Reverse().lookup(0.0, -30.0) is None  # the Atlantic


def test_online_geocoder_is_opt_in(monkeypatch):
    from dashboard.errors import OfflineError
    from dashboard.geocode import online_geocoder

    monkeypatch.setenv("DASHBOARD_ONLINE", "0")
    with pytest.raises(OfflineError, match="DASHBOARD_ONLINE"):
        online_geocoder("nominatim")


def test_online_answers_are_cached_and_failures_fall_back(store):
    """A recorded answer stands in for the service at this outside boundary (no network in tests)."""
    from geopy.exc import GeocoderUnavailable
    from geopy.location import Location
    from geopy.point import Point

    from dashboard.geocode import CachedOnline

    calls = []

    def recorded(query):
        calls.append(query)
        if query == "down":
            raise GeocoderUnavailable("no route to host")
        return Location("Lashkar Gah, Helmand, Afghanistan", Point(31.593, 64.371), {})

    g = CachedOnline(recorded, store, "nominatim")
    a, warn = g.geocode("Lashkar Gah")
    assert warn is None and a.place.admin1 == "Helmand"
    a2, _ = g.geocode("Lashkar Gah")
    assert calls == ["Lashkar Gah"] and a2.place.admin1 == "Helmand"  # the second answer came from the store
    fallback, warn = g.geocode("down")
    assert "offline gazetteer" in warn


@pytest.mark.parametrize("query, district", [
    ("Pech Dara district, Kunar province", "Dara-I-Pech"),  # the same words in another order
    ("Sangin Qalah district, Helmand province", "Sangin"),  # a generic word added
    ("Urgo district, Badakhshan province", "Argo"),  # another initial vowel
    ("Narine district, Baghlan province", "Nahrin"),  # h dropped, a vowel added
])
def test_loose_spellings_inside_the_province(query, district):
    p = R.geocode(query, "Afghanistan").place
    assert p is not None and p.admin2 == district


def test_the_provincial_center_is_the_district_of_the_largest_town():
    p = R.geocode("Provincial Center district, Balkh province", "Afghanistan").place
    assert (p.admin1, p.admin2) == ("Balkh", "Mazar-e Sharif")
    assert R.geocode("Salank district, Parwan province", "Afghanistan").place.admin2 == "Salang"


def test_another_spelling_of_a_district_without_its_province():
    """No province named: a fuzzy match across the country is taken only when no other district comes close."""
    a = R.resolve(None, "Tala Barfak", None, "Afghanistan")  # GeoNames: Tala wa Barfak
    assert a.place is not None and a.place.admin1 == "Baghlan"
    assert R.resolve(None, "Kandaharabad", None, "Afghanistan").place is None


def test_a_short_skeleton_does_not_make_namesakes_of_different_names():
    # "Giro" (a district of Ghazni) and "Ghor" (a province) share the skeleton "gr"; "Quetta" and "Kot" share "kt"
    p = R.resolve(place="Giro", country="Afghanistan").place
    assert (p.admin1, p.admin2) == ("Ghazni", "Giro")
    assert R.resolve(place="Quetta", country="Afghanistan").place is None
    # a short skeleton still finds a spelling that looks alike
    p = R.resolve(place="Baak", country="Afghanistan").place
    assert (p.admin1, p.admin2) == ("Khost", "Bak")


@pytest.mark.parametrize("name, province", [("Korengal Valley", "Kunar"), ("Tora Bora", "Nangarhar"),
                                            ("Shah-i-Kot Valley", "Paktia"), ("Tangi Valley", "Wardak")])
def test_valleys_reports_name_alone(name, province):
    assert R.resolve(place=name, country="Afghanistan").place.admin1 == province


def test_a_valley_reports_name_alone_is_the_reviewed_districts():
    # Tagab is a district of Kapisa and of Badakhshan; "the Tagab valley" of the reports is Kapisa's
    assert R.resolve(place="Tagab Valley", country="Afghanistan").place.admin1 == "Kapisa"
    assert R.resolve(district="Tagab", province="Badakhshan", country="Afghanistan").place.admin1 == "Badakhshan"


def test_a_districts_province_is_spelled_as_the_provinces_own_row():
    # GeoNames' district rows spell Iraq's Nineveh 'Ninawa'; a look-up inside the province must find the district
    p = R.resolve(district="Mosul", province="Nineveh", country="Iraq").place
    assert p is not None and (p.admin1, p.admin2) == ("Nineveh", "Mosul")
    assert R.resolve(place="Tikrit", province="Salahuddin", country="Iraq").place.geo_precision == GeoPrecision.PLACE
    mosul = R.resolve(place="Mosul", country="Iraq").place
    assert (mosul.admin1, mosul.geo_precision) == ("Nineveh", GeoPrecision.PLACE)


@pytest.mark.parametrize("query", ["Lower Shabelle", "Shabeellaha Hoose", "Shabeele Hoose region"])
def test_somalias_regions_are_named_as_acled_names_them(query):
    # imported ACLED rows say "Lower Shabelle"; extracted incidents must land in the same province name
    p = R.geocode(query, "Somalia").place
    assert p is not None and p.admin1 == "Lower Shabelle"


def test_a_large_towns_country_is_found_without_reading_the_world_file():
    # a dateline's city: reading the world file costs 1.7 s, more than a thousand releases' extraction
    from dashboard.gazetteer import GAZETTEER_FILE, WORLD_PLACES_FILE, Gazetteer, _apply_aliases, _read_entries

    gaz = Gazetteer(_apply_aliases(_read_entries(GAZETTEER_FILE), ALIASES_FILE), WORLD_PLACES_FILE)
    baghdad = gaz.find("Baghdad", ("place",), world=False)
    assert baghdad and baghdad[0].country == "Iraq"
    assert gaz.find("Camp Leatherneck", ("place",), world=False) == []
    assert gaz._world_places is not None  # still unread
    assert gaz.find("Tikrit", ("place",))  # a smaller town: the world file, read on demand
    assert gaz._world_places is None
