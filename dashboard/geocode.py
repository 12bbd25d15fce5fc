"""Place mentions -> Place records: the offline gazetteer by default, geopy's online geocoders by choice.

`resolve` takes the parts a report gives (place, district, province, country) and returns a Place
whose geo_precision says how exact it is: a district known only by name sits at the district point,
a province at the province point. `OfflineGeocoder` wraps the same logic as a geopy Geocoder, so code
written for geopy can use it and users can swap in Nominatim or others (opt-in, rate-limited, cached).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from . import settings
from .errors import GeocodeError, OfflineError
from .gazetteer import Entry, Gazetteer, key, load
from .models import GeoPrecision, Place

MAX_QUERY_CHARS = 300  # longer strings are not place names; refuse rather than scan them
# Fuzzy cutoff (rapidfuzz ratio on folded keys) inside a province: 85 accepted "Nahri Sarraj" for
# "Nahr-e Saraj" and "Zharay" for "Zhari" while refusing "Shindand" for "Dand" on our fixtures.
FUZZY_CUTOFF = 85.0
FUZZY_TOWN_MIN = 20_000  # a town matched by another spelling must be this large: villages share too many names
UNIQUE_MARGIN = 8.0  # country-wide fuzzy district match: no other district this close (4 to 12 give the same within 3 of 604 dev names)


CAPITAL_DISTRICT = re.compile(r"^(?:provincial\s+cent(?:er|re)|markaz|center|centre)$", re.I)


@dataclass(frozen=True, slots=True)
class GeoAnswer:
    place: Place | None
    reason: str | None = None  # why nothing was found


_PART = re.compile(r"^(?P<name>.+?)\s+(?P<kind>district|province|provinces|city|village|town|valley|area|region)$")


def parse_query(query: str) -> dict[str, str]:
    """'Musa Qala district, Helmand province' -> {'district': 'Musa Qala', 'province': 'Helmand'}."""
    parts: dict[str, str] = {}
    q = re.sub(r"\s+", " ", query.strip())
    m = re.match(r"^(?P<d>.+?) district of (?P<p>.+?)(?: province)?$", q, re.I)
    if m:
        return {"district": m["d"], "province": m["p"]}
    m = re.match(r"^(?P<p>[^,]+?)(?:'s|’s) (?P<d>.+?) district$", q, re.I)
    if m:
        return {"district": m["d"], "province": m["p"]}
    for raw in [p.strip() for p in q.split(",") if p.strip()]:
        m = _PART.match(raw.lower())
        if m:
            kind = {"provinces": "province", "city": "place", "village": "place", "town": "place",
                    "valley": "place", "area": "place", "region": "province"}.get(m["kind"], m["kind"])
            name = raw[: len(m["name"])]
            parts.setdefault(kind, name)
        else:
            parts.setdefault("place" if "place" not in parts else "country", raw)
    return parts


class Resolver:
    """Resolves parsed place parts against the gazetteer, the larger unit constraining the smaller."""

    def __init__(self, gaz: Gazetteer | None = None):
        self.gaz = gaz or load()

    def resolve(self, place: str | None = None, district: str | None = None, province: str | None = None,
                country: str | None = None, town: bool = False) -> GeoAnswer:
        """The smallest unit the names give, each looked for inside the larger. `town`: the place was named
        with its kind word ("Jalalabad City"), so a town of the name comes before a province of it."""
        names = [x for x in (place, district, province, country) if x]
        if not names:
            return GeoAnswer(None, "empty query")
        if any(len(x) > MAX_QUERY_CHARS for x in names):
            return GeoAnswer(None, f"query longer than {MAX_QUERY_CHARS} characters")
        if not any(key(x) for x in names):
            return GeoAnswer(None, "no letters in the query")
        gaz = self.gaz
        cc = None
        country_entry = None
        if country:
            country_entry = gaz.country(country)
            if country_entry is None and not (place or district or province):
                return GeoAnswer(None, f"unknown country {country!r}")
            cc = country_entry.cc if country_entry else None
        prov = None
        if province:
            prov = gaz.province(province, cc)
            if prov is None and cc:
                hit = gaz.fuzzy_within(province, cc, None, ("admin1",), FUZZY_CUTOFF)
                prov = hit[0] if hit else None
            if prov is None and not cc:
                prov = gaz.province(province)
            if prov is not None:
                cc = prov.cc
        admin1 = prov.admin1 if prov else None
        if district and admin1 and CAPITAL_DISTRICT.match(district.strip()):
            e = self._capital_district(cc, admin1)
            if e is not None:
                return GeoAnswer(to_place(e, 0.9, district))
        if district:
            e, score = self._small(district, cc, admin1, ("admin2",), ("admin2", "place"))
            if e is not None:
                return GeoAnswer(to_place(e, score, district))
        if place and not (district or province or town):
            # a bare name that is a province's ("in Uruzgan", "in Khost") means the province, not its town
            p1 = gaz.province(place, cc)
            if p1 is not None and not gaz.spelled(place, ("admin1",), cc):
                # the province only sounds like it ("Giro", a district of Ghazni, and Ghor): a unit spelled
                # exactly so comes first
                spelled = gaz.spelled(place, ("admin2", "place"), cc)
                if spelled:
                    return GeoAnswer(to_place(spelled[0], 1.0 if len(spelled) == 1 else 0.8, place))
            if p1 is not None:
                return GeoAnswer(to_place(p1, 1.0, place))
        if place:
            e, score = self._small(place, cc, admin1, ("place", "admin2"), ("place", "admin2"))
            if e is not None:
                return GeoAnswer(to_place(e, score, place))
            if not (district or province):
                p2 = gaz.province(place, cc)
                if p2 is not None:
                    return GeoAnswer(to_place(p2, 1.0, place))
                c2 = gaz.country(place)
                if c2 is not None and not country:
                    return GeoAnswer(to_place(c2, 1.0, place))
        if prov is not None:
            return GeoAnswer(to_place(prov, 1.0, province))
        if country_entry is not None and not (place or district or province):
            return GeoAnswer(to_place(country_entry, 1.0, country))
        if province and prov is None:
            return GeoAnswer(None, f"no province {province!r} in the gazetteer")
        return GeoAnswer(None, f"no match for {' / '.join(x for x in (place, district) if x)!r} in the gazetteer"
                         + (f" ({country})" if country else ""))

    def _small(self, name: str, cc: str | None, admin1: str | None, exact_kinds: tuple[str, ...],
               fuzzy_kinds: tuple[str, ...]) -> tuple[Entry | None, float]:
        gaz = self.gaz
        if admin1:
            for kinds in (exact_kinds, fuzzy_kinds):
                hits = gaz.find(name, kinds, cc, admin1)
                if hits:
                    # the kind asked for first: "Tikrit, Salahuddin province" is the town, not its district
                    return min(hits, key=lambda e: kinds.index(e.kind) if e.kind in kinds else len(kinds)), 1.0
            hit = gaz.fuzzy_within(name, cc, admin1, fuzzy_kinds, FUZZY_CUTOFF)
            if hit:
                return hit
            return None, 0.0
        hits = gaz.find(name, exact_kinds, cc) or gaz.find(name, fuzzy_kinds, cc)
        if hits:
            # without a province to break ties, prefer an admin unit, then the most populous place; a town of the
            # name inside that unit is the same answer, only more precise ("Mosul": the city, in Mosul district)
            best = hits[0]
            town = next((e for e in hits if e.kind == "place" and "place" in exact_kinds and e.cc == best.cc
                         and e.admin1 == best.admin1 and best.kind == "admin2" and e.admin2 in ("", best.admin2)), None)
            same = {(e.admin1, e.admin2 or best.admin2) for e in hits} == {(best.admin1, best.admin2)}
            return town or best, 1.0 if len(hits) == 1 or (town and same) else 0.8
        if cc and exact_kinds == ("admin2",):
            # "in Sholgareh district" with no province named: another spelling of one district only
            hit = gaz.fuzzy_unique(name, cc, ("admin2",), FUZZY_CUTOFF, UNIQUE_MARGIN)
            if hit:
                return hit
        if cc and exact_kinds[0] == "place":
            # "near Afgoye" (Afgooye): another spelling of one town the country's reports name alone
            hit = gaz.fuzzy_unique(name, cc, ("place",), FUZZY_CUTOFF, UNIQUE_MARGIN)
            if hit and hit[0].population >= FUZZY_TOWN_MIN:
                return hit
        return None, 0.0

    def _capital_district(self, cc: str | None, admin1: str) -> Entry | None:
        """The district of a province's largest town: what official lists call its 'provincial center'."""
        places = [self.gaz.entries[i] for i in self.gaz.by_admin1.get((cc, admin1), [])]
        towns = [e for e in places if e.kind == "place" and e.admin2 and e.population > 0]
        if not towns:
            return None
        capital = max(towns, key=lambda e: e.population)
        hits = self.gaz.find(capital.admin2, ("admin2",), cc, admin1)
        return hits[0] if hits else None

    def geocode(self, query: str, country: str | None = None) -> GeoAnswer:
        if not query or not query.strip():
            return GeoAnswer(None, "empty query")
        if len(query) > MAX_QUERY_CHARS:
            return GeoAnswer(None, f"query longer than {MAX_QUERY_CHARS} characters")
        parts = parse_query(query)
        return self.resolve(parts.get("place"), parts.get("district"), parts.get("province"),
                            parts.get("country") or country)


class Reverse:
    """Province and district for a point: point in polygon for provinces (Natural Earth boundaries),
    the nearest district point inside that province for districts (no open district polygons ship)."""

    def __init__(self, gaz: Gazetteer | None = None):
        import json

        from shapely import STRtree
        from shapely.geometry import shape

        from .settings import DATA_DIR

        doc = json.loads((DATA_DIR / "boundaries" / "admin1.geojson").read_text(encoding="utf-8"))
        self.props = [f["properties"] for f in doc["features"]]
        self.shapes = [shape(f["geometry"]) for f in doc["features"]]
        self.tree = STRtree(self.shapes)
        self.gaz = gaz or load()

    def lookup(self, lat: float, lon: float) -> Place | None:
        from shapely.geometry import Point

        pt = Point(lon, lat)
        hits = [int(i) for i in self.tree.query(pt, predicate="intersects")]
        if not hits:
            return None
        p = self.props[hits[0]]
        cc, province = p.get("cc"), p.get("name")
        prov = self.gaz.province(province, cc) if province else None
        admin1 = prov.admin1 if prov else province
        district = None
        if prov is not None:
            pool = [self.gaz.entries[i] for i in self.gaz.by_admin1.get((prov.cc, prov.admin1), [])
                    if self.gaz.entries[i].kind == "admin2" and self.gaz.entries[i].point_precision == "district"]
            if pool:
                district = min(pool, key=lambda e: (e.lat - lat) ** 2 + (e.lon - lon) ** 2).admin2
        return Place(country=prov.country if prov else p.get("country"), admin1=admin1, admin2=district,
                     latitude=lat, longitude=lon, geo_precision=GeoPrecision.PLACE)


def to_place(e: Entry, score: float, mention: str | None = None) -> Place:
    precision = {
        "place": GeoPrecision.PLACE,
        "admin2": GeoPrecision.DISTRICT if e.point_precision == "district" else GeoPrecision.PROVINCE,
        "admin1": GeoPrecision.PROVINCE,
        "country": GeoPrecision.COUNTRY,
    }[e.kind]
    location = e.name if e.kind in ("place", "admin2") else (e.admin1 or e.name)
    return Place(
        country=e.country, admin1=e.admin1 or None, admin2=e.admin2 or None, location=location,
        latitude=e.lat, longitude=e.lon, geo_precision=precision, gazetteer_id=e.id, match_score=round(score, 3),
    )


class OfflineGeocoder(Geocoder):
    """The embedded gazetteer behind geopy's Geocoder interface (no network, no rate limit)."""

    def __init__(self, resolver: Resolver | None = None):
        super().__init__()
        self.resolver = resolver or Resolver()

    def geocode(self, query: str, *, exactly_one: bool = True, country: str | None = None, **_kw):
        answer = self.resolver.geocode(query, country)
        if answer.place is None:
            return None
        p = answer.place
        address = ", ".join(x for x in (p.location, p.admin2 if p.admin2 != p.location else None, p.admin1,
                                        p.country) if x)
        loc = Location(address, Point(p.latitude, p.longitude), {"place": p})
        return loc if exactly_one else [loc]


def online_geocoder(name: str | None = None, timeout: float = 5.0) -> Callable[[str], Location | None]:
    """A geopy online geocoder behind RateLimiter (1 request/s, Nominatim's policy). Opt-in only."""
    if not settings.online_enabled():
        raise OfflineError("online geocoding is off: set DASHBOARD_ONLINE=1 to use it")
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import get_geocoder_for_service

    name = name or settings.get("geocoder")
    if name == "offline":
        name = "nominatim"  # --online with the default setting: OpenStreetMap's Nominatim
    try:
        cls = get_geocoder_for_service(name)
    except Exception as exc:  # geopy raises its own GeocoderNotFound
        raise GeocodeError(f"unknown geocoder {name!r}: {exc}") from None
    geocoder = cls(user_agent=settings.get("user_agent"), timeout=timeout)
    return RateLimiter(geocoder.geocode, min_delay_seconds=1.0, max_retries=0, swallow_exceptions=False)


class CachedOnline:
    """An online geopy geocoder with its answers kept in the store, so each place is asked once.

    Failures (offline, time-out, service error) fall back to the gazetteer with a warning; nothing hangs:
    geopy's own timeout bounds every request.
    """

    def __init__(self, online: Callable[[str], Location | None], store, service: str, resolver: Resolver | None = None):
        self.online = online
        self.store = store
        self.service = service
        self.resolver = resolver or Resolver()
        self._reverse: Reverse | None = None

    def geocode(self, query: str) -> tuple[GeoAnswer, str | None]:
        import json

        from geopy.exc import GeopyError

        cached = self.store.cached_geocode(self.service, query) if self.store is not None else None
        if cached is not None:
            data = json.loads(cached)
            return GeoAnswer(Place(**{**data, "geo_precision": GeoPrecision(data["geo_precision"])}) if data else None,
                             None if data else "the online geocoder found nothing"), None
        try:
            loc = self.online(query)
        except (GeopyError, OSError) as exc:
            return self.resolver.geocode(query), (f"online geocoder failed ({type(exc).__name__}); "
                                                  "used the offline gazetteer")
        place = None
        if loc is not None:
            self._reverse = self._reverse or Reverse(self.resolver.gaz)
            back = self._reverse.lookup(loc.latitude, loc.longitude)
            place = Place(country=back.country if back else None, admin1=back.admin1 if back else None,
                          admin2=back.admin2 if back else None, location=query, latitude=loc.latitude,
                          longitude=loc.longitude, geo_precision=GeoPrecision.PLACE, match_score=1.0)
        if self.store is not None:
            from dataclasses import asdict

            self.store.cache_geocode(self.service, query,
                                     json.dumps({**asdict(place), "geo_precision": place.geo_precision.value} if place else None))
        return GeoAnswer(place, None if place else "the online geocoder found nothing"), None
