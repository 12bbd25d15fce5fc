"""Place mentions: the ways reports name where something happened.

"Musa Qala district of Helmand province", "in Andar district, Ghazni province", "Helmand's Nad Ali
district", "the Pech River Valley in Kunar province", "in Khost". Each mention keeps its parts
(place, district, province) for the geocoder, which resolves the smaller inside the larger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..gazetteer import Entry, key
from ..gazetteer import load as load_gazetteer
from ..geocode import CAPITAL_DISTRICT, FUZZY_CUTOFF, FUZZY_TOWN_MIN, UNIQUE_MARGIN, Resolver
from ..models import Evidence, GeoPrecision, Place
from .clean import DATELINE_HEAD, Sentence
from .counts import _BACKGROUND, find_mentions, is_aggregate, names_actor
from .words import DIRECTION, HONORIFIC, word_led

_W = r"[A-Z][\w’'‘\-]*"  # a capitalised word, apostrophes and hyphens inside (Nad ‘Ali, Nahr-e Saraj)
_LOWER_LINK = r"(?:-?e|-?i|-?ye|wa|o|al|ul|ud|di|da|de)"  # Nahr-e Saraj, Khost wa Fereng
# a word after the first may open with an apostrophe: "Nad 'Ali", "Pul-e 'Alam" (the first may not: a quote mark)
# an Arabic name's article in small letters, joined to the next word: "Deir ez-Zor", "Ras al-Ain", "Hama ad-Dawla"
_ARTICLE = r"(?:ez|el|ed|es|ad|as|ash|at|az|ar|an|adh|ath)-"
_NAME = rf"(?:{_W}(?:[\s\-]+(?:{_LOWER_LINK}[\s\-]+|{_ARTICLE})?[’'‘]?{_W}){{0,3}})"
# (Syria's governorates are named so too: "in the village of Al-Busayrah, Deir ez-Zor countryside")
_PROV = r"(?:[Pp]rovince|[Pp]rovinces|[Pp]rov\.|[Cc]ountryside)"

# each country the dashboard serves: its adjective, its capital and the first-level unit that holds the capital (named
# with it, so no namesake in a province the report names elsewhere is taken: there is a village called Kabul in Sar-e Pul)
_COUNTRIES = {"Afghanistan": ("Afghan", "Kabul", "Kabul"), "Pakistan": ("Pakistani", "Islamabad", "Islamabad"),
              "Iraq": ("Iraqi", "Baghdad", "Baghdad"), "Syria": ("Syrian", "Damascus", "Damascus"),
              "Somalia": ("Somali", "Mogadishu", "Banaadir"), "Yemen": ("Yemeni", "Sanaa", "Amanat al Asimah"),
              "Nigeria": ("Nigerian", "Abuja", "Federal Capital Territory"), "Mali": ("Malian", "Bamako", "Bamako")}
_CAPITALS = {name.lower(): (city, unit) for country, (adjective, city, unit) in _COUNTRIES.items()
             for name in (country, adjective, city)}

_PATTERNS = [
    # "in Andar, a district of Ghazni province", "in Archi, a restive district on the outskirts of Kunduz city": a
    # district named before its kind word in an apposition
    ("dp", re.compile(rf"(?P<d>{_NAME}),\s+an?\s+(?:[a-z-]+\s+){{0,2}}?[Dd]istrict\s+(?:of|in)\s+(?P<p>{_NAME})\s+{_PROV}"), ("district",)),
    ("d", re.compile(rf"(?P<d>{_NAME}),\s+an?\s+(?:[a-z-]+\s+){{0,2}}?[Dd]istrict\b"), ("district",)),
    # Musa Qala district of Helmand province / Musa Qala's district of Helmand
    # (not "Garamser district in Umomi Bagh area": a place in the district)
    # (and "Nawa district of southern Helmand province": a bearing before the province)
    ("dp", re.compile(rf"(?P<d>{_NAME})(?:['’]s)?\s+[Dd]istrict\s+(?:of|in)\s+(?:(?:the\s+)?{DIRECTION}(?:ern)?\s+(?={_NAME}\s+{_PROV}))?"
                      rf"(?P<p>{_NAME})(?![\w’'-])(?:\s+{_PROV})?"
                      rf"(?!(?:\s+{_W}){{0,3}}\s+(?:[Aa]rea|[Vv]illage|[Vv]alley|[Tt]own|[Cc]ity|[Rr]egion)\b)"), ("district",)),
    # Andar district, Ghazni province
    ("dp", re.compile(rf"(?P<d>{_NAME})\s+[Dd]istrict\s*,\s*(?P<p>{_NAME})\s+{_PROV}"), ("district",)),
    # Nad Ali (Helmand province), Nad Ali district (Helmand); not "Uzbekistan (IMU)"
    ("dp", re.compile(rf"(?P<d>{_NAME})\s*\(\s*(?P<p>{_NAME})\s+{_PROV}\s*\)"), ("prov", "countryside")),
    ("dp", re.compile(rf"(?P<d>{_NAME})\s+[Dd]istrict\s*\(\s*(?P<p>{_NAME})\s*\)"), ("district",)),
    # Nigeria's districts: "Gwoza Local Government Area of Borno State", "in Dikwa Local Government Area of Borno",
    # "Birnin Gwari Local Government Area", "Bama LGA"
    ("dp", re.compile(rf"(?P<d>{_NAME})\s+(?:Local\s+Government\s+Area|LGA)(?:\s+\(LGA\))?\s+(?:of|in)\s+(?P<p>{_NAME})"
                      rf"(?:\s+[Ss]tate)?\b"), ("local government", "lga")),
    ("d", re.compile(rf"(?P<d>{_NAME})\s+(?:Local\s+Government\s+Area|LGA)\b"), ("local government", "lga")),
    # "KP's Khyber and Dera Ismail Khan districts", "in Kunar's Marawara and Sarkani districts": two districts of one
    # province, each a place of its own
    ("pd", re.compile(rf"(?P<p>{_NAME})(?:\s+{_PROV})?['’]s\s+(?P<d>{_NAME})\s+and\s+(?P<d2>{_NAME})\s+[Dd]istricts\b"),
     ("districts",)),
    # Helmand province's Nad Ali district / Helmand's Nad Ali district
    ("pd", re.compile(rf"(?P<p>{_NAME})(?:\s+{_PROV})?['’]s\s+(?P<d>{_NAME})\s+[Dd]istrict"), ("district",)),
    # Charhar district, Balkh (the province's kind word left out; the caller checks it is a province)
    ("dp", re.compile(rf"(?P<d>{_NAME})\s+[Dd]istrict\s*,\s*(?P<p>{_NAME})\b(?!\s+(?:[Pp]rovinces?|[Dd]istricts?|[Vv]illage))"), ("district",)),
    # the district of Nad Ali
    ("d", re.compile(rf"\b(?:the\s+)?[Dd]istrict\s+of\s+(?P<d>{_NAME})"), ("district",)),
    # "in Pul-e-Moman area of Dasht-e-Archi": a place named with the district it lies in
    # (not Nigeria's "Bama Local Government Area of Borno State")
    # (nor "Aliow-Borow village of Lower Shabelle region", read back to "Lower")
    ("xd", re.compile(rf"(?P<x>{_NAME})(?<!Government)\s+(?:[Aa]rea|[Vv]illage|[Ll]ocality)\s+of\s+(?P<d>{_NAME})(?![\w’'-])"
                      r"(?<!State)(?<!Region)(?<!Governorate)(?<!Province)"  # ("the Gwoza area of Borno State")
                      rf"(?!(?:\s+[A-Z][\w’'-]*)*\s+(?:{_PROV}|[Ss]tate|[Rr]egion|[Gg]overnorate))"),
     ("area", "village", "locality")),
    # "The incident took place in Nadir Khan area of the province": a place with its kind word, in the province told
    ("x", re.compile(rf"(?P<x>{_NAME})(?<!Government)\s+(?:[Aa]rea|[Vv]illage|[Ll]ocality)\s+of\s+the\s+(?:province|district)\b"),
     ("of the province", "of the district")),
    # "in Sheberghan, the Capital City of Jawzjan province": the town, in its province
    ("xp", re.compile(rf"(?P<x>{_NAME}),\s+the\s+(?:[Pp]rovincial\s+)?[Cc]apital(?:\s+[Cc]ity)?\s+of\s+(?P<p>{_NAME})\s+{_PROV}"),
     ("capital",)),
    # the Pech River Valley in Kunar province; the village of X in Y province
    ("xp", re.compile(rf"(?P<x>{_NAME})(?:\s+(?:[Vv]illage|[Vv]alley|[Tt]own|[Cc]ity|[Aa]rea|[Rr]iver\s+[Vv]alley))?(?:\s+(?:in|of)|\s*,)\s+(?P<p>{_NAME})\s+{_PROV}"), ("prov", "countryside")),
    # Kandahar City's District 9, Kabul's Police District 6: a city's numbered district, the city the place
    ("x", re.compile(rf"(?P<x>{_NAME})(?:\s+[Cc]ity)?['’]s\s+(?:[Pp]olice\s+)?[Dd]istrict\s+\d"), ("district",)),
    # Nad Ali district
    ("d", re.compile(rf"(?P<d>{_NAME})\s+[Dd]istrict\b(?!\s+\d)"), ("district",)),
    # "The Kandahar operation resulted in two detainees": the operation named after its place
    ("bare", re.compile(rf"\b[Tt]he\s+(?P<x>{_W})\s+(?:operation|raid)\b"), ("operation", "raid")),
    # along the Kandahar-Helmand border: the first of the two
    ("bare", re.compile(rf"\b(?:along|on|near|across)\s+the\s+(?P<x>{_W})-{_W}\s+(?:border|boundary|highway|road)\b"), ("border", "boundary", "highway", "road")),
    # in Ghazni city (a town named with its kind word); the perimeter of Kandahar Airfield (the town it is named after)
    ("x", re.compile(rf"(?P<x>{_NAME})\s+(?:[Cc]ity|[Tt]own|[Aa]irfield|[Aa]ir\s+[Bb]ase|[Aa]irbase|[Aa]irport)\b"),
     ("city", "town", "airfield", "air base", "airbase", "airport")),
    # Helmand province
    ("p", re.compile(rf"(?P<p>{_NAME})\s+{_PROV}"), ("prov", "countryside")),
    # "said Badghis provincial Gov. Hesamuddin Shams": an official's province, named as his title's word
    ("p", re.compile(rf"(?P<p>{_NAME})\s+provincial\s+(?:[Gg]ov\.|[Gg]overnor|police|council|spokesman|officials?|"
                     rf"authorities|chief|administration)"), ("provincial",)),
    # other countries' first-level units: Nigeria's Borno state, Mali's Mopti region, Iraq's Nineveh governorate
    # (not an office's owner: "the Kurdistan Region's Security Agency")
    ("p", re.compile(rf"(?P<p>{_NAME})\s+(?:[Ss]tate|[Rr]egion|[Gg]overnorate)\b(?<!Islamic\sState)(?!['’]s\s+(?:[A-Z][\w-]*\s+){{0,3}}"
                     r"(?:Agency|Ministry|Government|Forces|Security|Council|Parliament|President|Presidency|Prime|Police|"
                     r"Army|Intelligence|Authority|Directorate|Service))"), ("state", "region", "governorate")),
    # the province of Helmand
    # (an Arabic name's article may stand in small letters: "the province of al-Bayda")
    ("p", re.compile(rf"\b(?:the\s+)?[Pp]rovince\s+of\s+(?P<p>(?:(?:al|el|ad|as|ar|an|at|az)-)?{_NAME})"), ("province",)),
    # the village of Duzalakheyl
    ("x", re.compile(rf"\b(?:the\s+)?(?:[Vv]illage|[Tt]own|[Cc]ity|[Aa]rea)\s+of\s+(?P<x>{_NAME})"), ("village", "town", "city", "area")),
    # a heading "Sangin/Helmand": district and province
    ("dp", re.compile(rf"^(?P<d>{_NAME})\s*/\s*(?P<p>{_NAME})$"), ("/",)),
    # the same heading run into its section when line breaks are lost: "Sangin/Helmand In the same area, ..."
    ("dp", re.compile(rf"^(?P<d>{_W}(?:\s+{_W})?)\s*/\s*(?P<p>{_W})(?=\s+(?:In|At|On|An?|The|During)\s)"), ("/",)),
    # "in the Afghan capital", "Pakistan's capital": the country's capital city, named by its role
    ("capital", re.compile(rf"\bthe\s+(?P<c>{'|'.join(a for a, _, _ in _COUNTRIES.values())})\s+capital\b|"
                           rf"\b(?P<cc>{'|'.join(_COUNTRIES)})['’]s\s+capital\b(?!\s*,)|"
                           # "in the capital Kabul", "the capital city of Baghdad": the city named with its role
                           # (a wire's "in capital Kabul" too)
                           rf"(?<!provincial\s)(?<!district\s)\b(?i:(?:the\s+)?capital(?:\s+city)?(?:\s+of)?)\s*,?\s+(?P<k>{'|'.join(c for _, c, _ in _COUNTRIES.values())})\b"),
     ("capital",)),
    # the provincial capital, Lashkar Gah; the district centre of Musa Qala: a town named after its role
    ("bare", re.compile(rf"\b(?:provincial|district|regional)\s+(?:capital|center|centre)\s*(?:,\s*|\s+of\s+)(?P<x>{_NAME})"), ("capital", "center", "centre")),
    # in Khost, near Kandahar city: a bare name, checked against the gazetteer by the caller
    ("bare", re.compile(rf"\b(?:[Ii]n|[Nn]ear|[Oo]utside|at|of|from|around)\s+(?:the\s+)?"
                        rf"(?:(?:central|northern|southern|eastern|western|north|south|east|west|north-?eastern|"
                        rf"north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west|"
                        rf"upper|lower|rural)\s+)?(?P<x>{_NAME})"), ()),
]

# "in May", "on Tuesday": times, never places, whatever a gazetteer of the world holds by that name
_NOT_PLACES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
               "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_STOP_LEADS = {"The", "A", "An", "In", "On", "At", "Of", "This", "That", "During", "After", "Near", "From", "Both",
               "Eastern", "Western", "Northern", "Southern", "Central", "Northeastern", "Northwestern", "Southeastern",
               "Southwestern", "Neighbouring", "Neighboring", "Restive", "Volatile", "Remote",
               # "Also in Helmand province, a separate force ...": a sentence's linking adverb is no village
               "Also", "Elsewhere", "Meanwhile", "Separately", "Similarly", "Likewise", "Additionally", "Further",
               "Furthermore", "Later", "Earlier", "Overnight", "Today", "Yesterday",
               # "the southern Yemeni province of al-Bayda": a country's adjective is no province's name
               *(adjective for adjective, _, _ in _COUNTRIES.values())}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int  # span in the sentence
    end: int
    place: str | None = None
    district: str | None = None
    province: str | None = None
    bare: bool = False  # a name without a kind word; only kept when the gazetteer knows it

    @property
    def rank(self) -> int:
        """More specific mentions first: district with province, district, place with province, ..."""
        if self.district and self.province:
            return 0
        if self.place and self.province:
            return 1
        if self.district or (self.place and not self.bare):
            return 2  # a district, or a town named with its kind word ("Ghazni city"), before the province
        if self.province:
            return 3
        return 4 if not self.bare else 5


def _trim(name: str | None) -> str | None:
    if not name:
        return None
    words = name.split()
    while words and (words[0] in _STOP_LEADS or re.fullmatch(r"(?:Afghanistan|Pakistan|Iraq|Syria|Somalia|Yemen|Nigeria|"
                                                                r"Mali|Niger)['’]s", words[0])):
        words = words[1:]  # "the Nadir Shah Kot district of Afghanistan's Khowst province": the country's is no name
    # "in central Helmand Sunday": a day or month after the name is not part of it
    for i, w in enumerate(words):
        if i and w.rstrip(".,") in _NOT_PLACES:
            words = words[:i]
            break
    # "the Khyber Tribal District", "Kurram Agency": the kind of unit, not its name
    while len(words) > 1 and words[-1] in ("Tribal", "Agency"):
        words = words[:-1]
    out = " ".join(words).strip(" ,’'")
    # "in North Waziristan's general area Mir Ali": the owner's name, without its possessive
    out = re.sub(r"(?<=\w)['’]s$", "", out)
    if re.fullmatch(r"(?:(?:Provincial|Capital|City|Town)\s*)+", out):
        return None  # "in Sheberghan, the Capital City of Jawzjan province": a role, the town named before it
    return out or None


def _owner(name: str | None) -> str | None:
    """'Karachi's Orangi Town', 'Kabul's Shar-e Naw area': a quarter the gazetteer does not hold, in the city
    that owns it ('eastern Afghanistan's Kunar province' keeps its province: only places are read so)."""
    return re.split(r"['’]s\s+", name, maxsplit=1)[0] if name else name


_A_MANS_NAME = re.compile(rf"{HONORIFIC}\s")
# "the Governor of Helmand Province", "the Police Chief of Kunar Province": an office, no place
_AN_OFFICE = re.compile(r"(?:Deputy\s+|Provincial\s+|District\s+|Police\s+)?(?:Governor|Chief|Commander|Head|Mayor|"
                        r"Spokes(?:man|woman|person)|Director|Minister|Council|Administrator|Senator|Representative)s?$")
# (or in apposition: "the group's operational commander, Sideq Aqa in Urozgan province")
_TITLE_BEFORE = re.compile(r"\b(?:(?:leader|commander|facilitator|governor|chief|financier|deputy)\s*,?|named|identified\s+as|"
                           r"known\s+as)\s+$")


def find_places(sentence: str) -> list[PlaceMention]:
    """Place mentions in one sentence; overlapping weaker patterns give way to the stronger."""
    return list(_find_places(sentence))


@lru_cache(maxsize=8192)
def _find_places(sentence: str) -> tuple[PlaceMention, ...]:
    # cached: each incident of a long report reads the whole report's sentences for context
    if '"' in sentence:  # 'the "Qaisar" district', 'the Afghan "Faryab" provincial council': a name in quotes
        sentence = re.sub(r'"([A-Z][\w’\'-]*(?: [A-Z][\w’\'-]*){0,2})"', r" \1 ", sentence)
    out: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    lower = sentence.lower()
    for kind, rx, keys in _PATTERNS:
        if keys and not any(k in lower for k in keys):
            continue  # (a pattern runs only where its kind word stands: most sentences name no district)
        for m in rx.finditer(sentence):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = m.groupdict()
            if kind == "capital":
                city, unit = _CAPITALS[(g["c"] or g["cc"] or g["k"]).lower()]
                g = {"x": city, "p": unit}
            pm = PlaceMention(
                s, e,
                place=_owner(_trim(g.get("x"))),
                district=_trim(g.get("d")),
                province=_trim(g.get("p")),
                bare=kind == "bare",
            )
            if not (pm.place or pm.district or pm.province):
                continue
            if pm.district and " " in pm.district and pm.district.split()[0].rstrip(".") in _NOT_PLACES:
                # "killed two Taliban commanders in on Sunday Narkh district": the day before the district's name
                name = pm.district.split(None, 1)[1]
                pm = replace(pm, district=name, place=name if pm.place == pm.district else pm.place)
            if any(name and name.split()[0].rstrip(".") in _NOT_PLACES for name in (pm.place, pm.province)):
                continue  # "Tagab district, Thursday": a day is no province
            if pm.province and pm.province.lower() in ("province", "provinces", "district", "region", "country"):
                # "in the Province's Zurmat district" (a kind word capitalised): the province told before, unnamed
                pm = replace(pm, province=None)
                if not (pm.place or pm.district):
                    continue
            if pm.place and m.groupdict().get("x") and m.start("x") > 0 and sentence[m.start("x") - 1] in "-‐":
                # "a Taliban faction linked to al-Qaeda in Paktia province": the tail of a hyphened name, no village
                pm = replace(pm, place=None)
                if not (pm.district or pm.province):
                    continue
            # (nor a group's or a force's name: "detained five key members of the Taliban in Daikundi province")
            if pm.place and (_A_MANS_NAME.match(pm.place) or _AN_OFFICE.match(pm.place) or sentence.startswith(pm.place, s) and _TITLE_BEFORE.search(
                    sentence, 0, s) or names_actor(pm.place, whole=True)):
                # "the arrest of Taliban leader Mullah Abdul Rahman in Kunduz province": a man, then where
                pm = replace(pm, place=None)
                if not (pm.district or pm.province):
                    continue
            taken.append((s, e))
            out.append(pm)
            if g.get("d2"):
                out.append(PlaceMention(m.start("d2"), m.end("d2"), district=_trim(g["d2"]), province=pm.province))
    out.sort(key=lambda p: p.start)
    return tuple(out)


_TAKEN_TO = re.compile(r"\b(?:evacuated|taken|transported|flown|airlifted|medevaced|brought|rushed|transferred)\s+"
                       r"(?:[\w-]+\s+){0,3}?to\s+(?:(?:the|a|an|nearby)\s+){0,2}(?:(?:hospital|clinic|medical\s+facility|"
                       r"treatment\s+facility)\s+(?:(?:in|at)\s+)?)?$", re.I)


def _taken_to(sentence: str, pm: PlaceMention) -> bool:
    """A place the hit were taken to for care ("evacuated to Kandahar Airfield")."""
    return "to " in sentence[max(0, pm.start - 60): pm.start + 3] and bool(_TAKEN_TO.search(sentence, 0, pm.start))


def pick_place(segment: list[Sentence], event_sentences: list[Sentence], all_sentences: list[Sentence],
                resolver: Resolver, country: str | None, several: bool = False) -> tuple[Place, Evidence | None]:
    """The incident's place; `several`: the report's other sections count incidents of their own."""
    ordered = list(event_sentences) + [s for s in segment if s not in event_sentences]
    candidates: list[tuple[PlaceMention, Sentence]] = []
    for s in ordered:
        # (a lead that counts the dead of two provinces, each told below: "two commanders were killed in clashes in
        # central Ghor and western Farah provinces")
        # (nor one that counts no one, in a report of several incidents, where another sentence names this one's
        # place: "prevented insurgents from emplacing IEDs Aug. 20 and 21 ... in Ghazni and Wardak provinces. On
        # Aug. 20, ... near Ghazni City")
        if (is_aggregate(s.text) or s not in event_sentences and spans_provinces(s.text) and (find_mentions(s.text) or several and any(
                not p.bare for x in ordered if x is not s for p in find_places(x.text)))) and len(ordered) > 1:
            continue  # a lead summing up operations in several provinces names no one place
        for pm in find_places(s.text):
            if _taken_to(s.text, pm):
                continue  # "The wounded were evacuated to Kandahar Airfield": where they were treated, not hit
            candidates.append((pm, s))
    # provinces the report names anywhere, headline included: context for a district named alone
    context = [pm.province for pm, s in candidates if pm.province and not is_desk(s)]
    home = resolver.gaz.country(country) if country else None
    bare_context: set[str] = set()  # provinces read from a bare name alone ("in Shalay Valley"), a weak guess
    for s in all_sentences:
        for pm in () if is_desk(s) else find_places(s.text):
            if pm.province:
                context.append(pm.province)
            elif pm.bare and pm.place:
                words = pm.place.split()
                # "in Paktika Clearing Operation" (a headline): the longest leading words that name a province
                for n in range(len(words), 0, -1):
                    if resolver.gaz.province(" ".join(words[:n]), home.cc if home else None) is not None:
                        context.append(" ".join(words[:n]))
                        bare_context.add(" ".join(words[:n]))
                        break
    if all(pm.bare for pm, _ in candidates):
        # "Also Thursday, a NATO soldier was killed ... in southern Afghanistan": a part of the country, no province
        # of another part of the report
        region = len(segment) < len(all_sentences) and any(
            _REGION.search(s.text) and not any(p.province or p.district for p in find_places(s.text)) for s in segment)
        # the headline or another part of the report may still name the province, after the segment's own bare
        # names ("the protection of Afghan civilians" names no place)
        if not region:
            candidates += [(pm, s) for s in all_sentences for pm in find_places(s.text) if (pm, s) not in candidates
                           and not _taken_to(s.text, pm)]
    fallback = None
    for pm, s in sorted(candidates, key=lambda c: _candidate_order(c, ordered, event_sentences)):
        if is_desk(s):
            continue
        if pm.bare and _SPEAKER_PLACE.search(s.text[: pm.start]) or _BRIEFING_PLACE.search(s.text, 0, pm.start):
            continue  # "an army officer said in Bamako", "told AFP from Timbuktu": where the speaker was
        far = _distance_from(s.text, pm.start)
        if far >= _FAR_KM:
            continue  # "near Cali Heele, approximately 244 kilometers northeast of Mogadishu": another province's town
        if pm.province and pm.district and resolver.gaz.province(pm.province) is None:
            # "in Nawa district, Afghan forces ...": what follows the comma is no province; the district is
            # read with the provinces the report names, as if named alone
            pm = replace(pm, province=None)
        answer = None
        if pm.province:
            answer = resolver.resolve(pm.place, pm.district, pm.province, country)
            if answer.place is None and pm.place:
                answer = resolver.resolve(None, None, pm.province, country)
            if answer.place is None and country and (resolver.gaz.spelled(pm.province, ("admin1",))
                                                     or resolver.gaz.province(pm.province) is not None):
                # "Khost province" in a report whose guessed country (from "smuggling weapons from Pakistan") has
                # no such province: the province's own country decides (also in another spelling: "Deir al-Zor
                # province" in a report from a desk in Erbil)
                answer = resolver.resolve(pm.place, pm.district, pm.province, None)
        elif pm.district or (pm.place and not pm.bare):
            # (a district named as its province is, "Kandahar district", is that province's own first)
            named = resolver.gaz.province(pm.district) if pm.district else None
            own = [pm.district] if named is not None and key(named.admin1 or "") == key(pm.district) else []
            for prov in dict.fromkeys(own + context):
                a = resolver.resolve(pm.place, pm.district, prov, _country_of(prov, country, home, resolver))
                # a district known by name counts even when the gazetteer has only its province's point
                if a.place is not None and (a.place.geo_precision in (GeoPrecision.DISTRICT, GeoPrecision.PLACE)
                                            or a.place.admin2):
                    answer = a
                    break
            if answer is None and re.search(r"\s[Cc]ity$|\b(?:town|city)\s+of\s", s.text[pm.start:pm.end]):
                # "outside Kandahar City" in a report that names Helmand elsewhere: a city named as one is that city
                # (and "near the northern town of Kunduz" in a report that names Ghazni for another incident)
                town = resolver.resolve(pm.place, None, None, country, town=True)
                answer = town if town.place is not None else None
            if answer is None and context and not pm.district:
                # a village or town the gazetteer does not know: another mention may say more (its district);
                # failing that, it is in the province the report names
                fallback = fallback or (resolver.resolve(None, None, context[0], country), s)
                continue
            if answer is None and context and context[0] in bare_context and pm.district and len(resolver.gaz.find(
                    pm.district, ("admin2",), home.cc if home else None)) == 1:
                # (the one district of its name wins over a province guessed from a bare name: "in Shalay Valley, Khas
                # Konar District" is Kunar's district, not Burkina Faso's Sahel by its consonants)
                answer = resolver.resolve(None, pm.district, None, country)
            if answer is None and pm.district:
                # "in the Koti Sangi district in western Kabul": the province the sentence names right after the
                # district the gazetteer does not know
                after = _PROVINCE_AFTER.match(s.text, pm.end)
                for name in (after["name"], after["name"].split()[0]) if after else ():
                    if resolver.gaz.province(name, home.cc if home else None) is not None:
                        answer = resolver.resolve(None, None, name, country)
                        break
            if answer is None and context:
                # the district is not known in the provinces the report names: it is in one of them all the
                # same, never a namesake far away; keep the province
                answer = resolver.resolve(None, None, context[0], country)
            elif answer is None:
                answer = resolver.resolve(pm.place, pm.district, None, country, town=bool(pm.place and not pm.district))
        else:
            for name in _names_to_try(pm.place, s.text[pm.end:]):
                answer = resolver.resolve(name, None, None, country)
                if answer.place is not None:
                    break
        p = answer.place if answer else None
        if p is None:
            continue
        if far >= _NEAR_KM and p.admin1:  # (the town's province, not the town: "50 km away from the port city of Kismayu")
            answer = resolver.resolve(None, None, p.admin1, p.country or country)
            p = answer.place
            if p is None:
                continue
        if pm.bare and not _bare_name_fits(pm, p, home, resolver):
            continue  # "in Washington", "from Pakistan": a bare name must be a province, a district or a town
        if pm.bare and _small_town_elsewhere(pm, p, context, resolver):
            continue  # "killed a police commander in Kakrak village" in a report on Uruzgan: not Karukh in Herat
        # (a headline's capitals run words together: "Marines Draw Out Taliban in Helmand Province" names no village)
        if pm.place and p.geo_precision in (GeoPrecision.PROVINCE, GeoPrecision.DISTRICT) and not pm.bare and not s.is_title:
            p = _with_location(p, pm.place)
        if p.geo_precision == GeoPrecision.PROVINCE and not p.admin2:
            closer = _district_told_later(p, candidates, ordered, resolver, country)
            if closer is not None:
                return closer
        if not _TITLE_AFTER.match(s.text[pm.end:]):  # "a Taliban district chief" names no district
            p = _with_unknown_district(p, pm.district)
        return p, Evidence("location", s.start, s.end, s.text)
    if fallback is not None and fallback[0].place is not None:
        return fallback[0].place, Evidence("location", fallback[1].start, fallback[1].end, fallback[1].text)
    if country:
        answer = resolver.resolve(None, None, None, country)
        if answer.place:
            return answer.place, None
    return Place(), None


def is_desk(s: Sentence) -> bool:
    """A dateline on a line of its own ("ERBIL, Kurdistan Region of Iraq –"): where the desk is, not the incident."""
    return s.is_title and bool(DATELINE_HEAD.fullmatch(s.text))


def _country_of(province: str, country: str | None, home, resolver: Resolver) -> str | None:
    """The country to look for a district of the province in: the report's, unless the province is not one of its
    own ("WASHINGTON ... A US strike ... in Kapisa province ... in Tagab district": Afghanistan's)."""
    if home is not None and resolver.gaz.province(province, home.cc) is None and resolver.gaz.province(province):
        return None
    return country


def _district_told_later(p: Place, candidates: list, ordered: list[Sentence], resolver: Resolver,
                         country: str | None) -> tuple[Place, Evidence] | None:
    """A lead that names only the province ("attacked two checkpoints in Nuristan province") and a sentence of the
    same incident that tells where in it ("the fighting in Kamdesh district began overnight"): the district, when
    that sentence tells what happened there, not a man's area of operations."""
    for pm, s in candidates:
        # (a district named bare counts when the gazetteer holds it as a district of that province: "the raid was
        # carried out last night in Nahr-e-Saraj", after "the southern province of Helmand")
        if not (pm.district or pm.bare and pm.place) or s not in ordered or _in_aside(s.text, pm.start):
            continue
        if pm.province and key(pm.province) != key(p.admin1 or "") and key(_province_name(pm.province, p, resolver)) != key(
                p.admin1 or ""):
            continue  # (another spelling of the same: "Shabwa's Bihan district" in Shabwah)
        # (a deed told right before the place wins over the man's role told after it: "He was captured in Nadir Shah
        # Kot district of eastern Khost province today and is believed responsible for organising ... attacks")
        done_there = bool(_DONE_IN.search(s.text, max(0, pm.start - 60), pm.start))
        if (not _HAPPENED_THERE.search(s.text) or not done_there and (_OPERATES_IN.search(s.text) or _TARGET_DOES.match(s.text))
                or _TITLE_AFTER.match(s.text[pm.end:])):
            continue  # nor a man's title ("Juma Din, the Baghlan-e Markazi district leader")
        a = resolver.resolve(pm.place, pm.district, p.admin1, p.country or country)
        if pm.bare and (a.place is None or a.place.geo_precision != GeoPrecision.DISTRICT or a.place.match_score < 1
                        or _AND_ANOTHER_DISTRICT.match(s.text, pm.end)):
            continue  # (not one of two: "In Almar and Qaisar districts, Faryab province")
        if a.place is not None and a.place.admin2 and key(a.place.admin1 or "") == key(p.admin1 or ""):
            return a.place, Evidence("location", s.start, s.end, s.text)
    return None


_AND_ANOTHER_DISTRICT = re.compile(r"\s+and\s+(?:[A-Z][\w’'-]*\s+){1,3}[Dd]istricts\b")
# what an operation or attack did in a place, and a man's area of operations, which is no such place
_HAPPENED_THERE = re.compile(r"\b(?:fighting|fought|attack\w*|clash\w*|operations?|raid\w*|strike|air\s*strikes?|airstrikes?|firefight|engag\w+|search\w*|"
                             # "The car was hit as it drove along a side road in Shabwa's Bihan district"
                             r"(?:was|were)\s+(?:hit|struck|bombed|shelled)|"
                             r"took\s+place|happened|occurred|killed|detained|captured|arrested|ambush\w*|explo\w+|tracked|"
                             # "insurgents fired rocket-propelled grenades at the district center of Khogyani"
                             r"fired|shelled|stormed|"
                             # ("targeted two Taliban commanders at a series of compounds in the village of Raian Kala in
                             # Arghandab district": where the force went)
                             r"target(?:ed|ing)\s+[^,;]{0,60}?\bat\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?compounds?|"
                             # "the illegal prison was located in the district of Now Zad": where the raid struck
                             r"(?:prison|jail|detention\s+cent(?:er|re)|compound|hideout|camp)\s+(?:was|were)\s+located|"
                             # "Combined forces were targeting a compound in the province's Maywand district"
                             # ("The security force went to a compound in a rural area of the Baghlan-e Jedid district")
                             r"(?:target(?:ed|ing)|went\s+to|moved\s+(?:to|on)|arrived\s+at|approached|entered|surrounded|"
                             r"cleared|secured)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:compounds?|house|buildings?|vehicles?|"
                             r"location|position|hideout|safe\s+house))\b", re.I)
# "The facilitator distributes weapons to insurgents in Kandahar district": what the target does, wherever
_TARGET_DOES = re.compile(r"(?:(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:facilitator|leader|commander|individual|insurgent|militant|"
                          r"man|suspect)|He|She)\s+(?:also\s+)?(?!was\b|has\b|is\b)[a-z]+(?<![su])s\b")
_DONE_IN = re.compile(r"\b(?:was|were)\s+(?:(?:later|also|then)\s+)?(?:killed|captured|detained|arrested|apprehended)\s+"
                      r"(?:(?:yesterday|today|overnight|early|late)\s+)?(?:in|at|near)\s+(?:the\s+)?$")
_TITLE_AFTER = re.compile(r"\s*(?:district\s+)?(?:(?:shadow|deputy|police|security|military)\s+)?(?:leader|chief|governor|"
                          r"commander|head|official)s?\b", re.I)
# ("launched a coordinated attack on police checkpoints in Arghandab district": the attack's kind, no man's role)
_OPERATES_IN = re.compile(r"\b(?:operat(?:es|ed|ing)|active|responsible|directs?|directed|commands?|(?<!-)(?:leads?|led)|"
                          r"facilitat(?:es|ed|ing)|plans|(?<!\ba\s)(?<!\bthe\s)(?:plann(?:ed|ing)|coordinat(?:es|ed|ing)))\b", re.I)


def _province_name(name: str, p: Place, resolver: Resolver) -> str:
    """The gazetteer's name of a province as a report spells it, looked for in the place's country."""
    found = resolver.resolve(None, None, name, p.country).place
    return found.admin1 if found is not None and found.admin1 else name


def _names_to_try(name: str, after: str) -> list[str]:
    """A bare name as the gazetteer may know it: "the Tagab valley" as a reviewed valley first, then the name;
    "the Helmand River Valley", unknown, lies in what it is named for."""
    names = [name + " Valley"] if re.match(r"\s+valley\b", after) else []
    names.append(name)
    short = re.sub(r"\s+(?:River\s+)?(?:Valley|River|Basin)$", "", name)
    return names + ([short] if short != name else [])


def _bare_name_fits(pm: PlaceMention, p: Place, home: Entry | None, resolver: Resolver) -> bool:
    """A name with no kind word is a province, a district, a town of the report's country, or a town that is
    its district's namesake ("in Peshawar", as the district would be); not a country or a far village."""
    if p.geo_precision not in (GeoPrecision.PLACE, GeoPrecision.COUNTRY):
        return True
    if p.geo_precision != GeoPrecision.PLACE:
        return False
    return (home is not None and _is_town(pm.place, home.cc, resolver)) or bool(
        p.admin2 and key(p.admin2) == key(p.location or ""))


def _small_town_elsewhere(pm: PlaceMention, p: Place, context: list[str], resolver: Resolver) -> bool:
    """A bare name that is a small town (or a district by another name) of a province the report never names: a
    namesake far away (a village the gazetteer does not hold), not the incident's place; a large town is known by its
    name wherever it stands."""
    if p.geo_precision not in (GeoPrecision.PLACE, GeoPrecision.DISTRICT) or not context or not pm.place:
        return False
    if key(p.admin1 or "") in {_province_key(c, resolver) for c in context}:
        return False
    if p.geo_precision == GeoPrecision.DISTRICT:
        # (a district of another province reached by another of its names: "at Bulari, Tori 1, 2 and 3" in a report on
        # Borno is no Billiri in Gombe; a district named by its own name stands, "in Sangin")
        return key(pm.place) != key(p.admin2 or "")
    towns = [e for e in resolver.gaz.find(pm.place, ("place",)) if key(e.admin1) == key(p.admin1 or "")]
    return max((e.population for e in towns), default=0) < FUZZY_TOWN_MIN


def _is_town(name: str | None, cc: str, resolver: Resolver) -> bool:
    """A bare name spelled as a town of the report's country ("in Pul-e Khumri"): the gazetteer's places are
    GeoNames' cities list (320 towns and district centres in Afghanistan), not hamlets whose names are words."""
    if not name:
        return False
    if resolver.gaz.spelled(name, ("place",), cc):
        return True
    # another spelling of one large town ("Afgoye" for Afgooye), as the geocoder takes it
    hit = resolver.gaz.fuzzy_unique(name, cc, ("place",), FUZZY_CUTOFF, UNIQUE_MARGIN)
    return bool(hit) and hit[0].population >= FUZZY_TOWN_MIN


def _with_location(p: Place, name: str) -> Place:
    return replace(p, location=name)


def _with_unknown_district(p: Place, district: str | None) -> Place:
    """"in the Dand district of Kandahar province", a district the gazetteer has no point for: the record keeps
    the district the text names (the analyst filters by it) at its province's point and precision."""
    if not district or p.admin2 or p.geo_precision != GeoPrecision.PROVINCE or CAPITAL_DISTRICT.match(district):
        return p
    if key(district) in (key(p.admin1 or ""), key(p.location or "")):
        return p  # "Kandahar district" read as its province
    return replace(p, admin2=district, location=p.location if key(p.location or "") != key(p.admin1 or "") else district)


# (and a man's area told by "active in": "captured a Taliban leader active in northern Ghazni and western Wardak
# provinces during an operation in Wardak")
_ASIDE_OPENS = word_led(r"\b(?:who|whose|which|that)\b|\bactive(?=\s+(?:(?:in|throughout|across)\s|$))|"
                        + _BACKGROUND.pattern, re.I)
_ATTACKERS_CLAUSE = re.compile(r"(?:who|that)\s+(?:had\s+)?(?:attacked|ambushed|assaulted|stormed|raided|fired\s+(?:on|at|upon)|"
                               r"opened\s+fire\s+(?:on|at))\b", re.I)
_SAME_DAY = re.compile(r"\b(?:today|tonight|yesterday|last\s+night|overnight|this\s+(?:morning|afternoon|evening))\b", re.I)
_REPORTED_THAT = re.compile(r"\b(?:said|says|say|stated|statement|reported|reports?|confirmed|confirms|confirm|added|announced|"
                            r"noted|indicated|indicates|claimed|told\s+\w+)(?:\s+[\w-]+){0,4}\s+that$", re.I)
# (a comma before "particularly" goes on with the clause: "confessed to attacks in the province, particularly in the
# district of Grazivan")
# (and a short clause whose subject's own verb follows: "the vehicle in which he was travelling struck an improvised
# explosive device in the Nahr-e Saraj district")
_CLAUSE_ENDS = re.compile(r",(?!\s*(?:particularly|especially|mainly|mostly|notably|including)\b)|;|\b(?:was|were|is|are|has\s+been|have\s+been)\s+\w+(?:ed|en)\b|"
                          r"(?<=which)\s+(?:he|she|they|it|we)\s+(?:was|were)\s+\w+ing\s+(?:struck|hit|ran|\w+ed)\b", re.I)


# "In a briefing from his headquarters in the Afghan capital of Kabul, the general said ...": where he spoke
# (and where a statement was given out: "In a statement released in Lagos, the spokesman said troops ...")
_BRIEFING_PLACE = re.compile(r"\b(?:(?:briefing|news\s+conference|press\s+conference|speech|interview)\s+[^,.;]{0,40}?|"
                             r"(?:statement|release)\s+(?:released|issued|given|read\s+out|published|sent|distributed)\s+)"
                             r"(?:\b(?:in|at|from)\s+[^,.;]{0,40})?$", re.I)  # (a bare name's match holds its "in")
_SPEAKER_PLACE = re.compile(r"\b(?:said|says|told(?:\s+[\w.]+){0,2}|spoke|speaking|announced|added)\s+$", re.I)


def _in_aside(sentence: str, start: int) -> bool:
    """A place inside a clause about someone's past or doings ("a facilitator who supplied fighters in Takhar
    ... was captured in Kunduz province"): where he works, not where this happened."""
    before = sentence[:start]
    opens = list(_ASIDE_OPENS.finditer(before))
    if not opens or _CLAUSE_ENDS.search(before, opens[-1].end()):
        return False
    if _REPORTED_THAT.search(before, 0, opens[-1].end()):
        return False  # "the ministry said in a statement that clashes broke out in the Marouf district": what was said
    # (not the attack the force repelled, told with this report's day: "repelled insurgents who attacked the airfield
    # in Jalalabad this morning")
    return not (_ATTACKERS_CLAUSE.match(sentence, opens[-1].start()) and _SAME_DAY.search(sentence, start))


def _candidate_order(c: tuple[PlaceMention, Sentence], ordered: list[Sentence], event_sentences: list[Sentence]) -> tuple:
    """The order places are tried in: the counts' sentences first, then the others in the text's order; in a sentence
    that counts no one, a place in a clause about someone's past or plans comes after the other sentences' ("The
    operations targeted facilitators responsible for planning an attack on the Afghan capital of Kabul ... In the
    Nerkh district of Wardak province, a combined force ... was attacked")."""
    pm, s = c
    aside = _in_aside(s.text, pm.start)
    # (in a count's sentence too, the target of a man's planned attacks: "captured a Haqqani leader involved in planning
    # suicide-bomber attacks in the Afghan capital of Kabul. ... searched a compound in Khost province")
    # (nor where he operates: "targeted a Haqqani Network facilitator who operates in Khost district, ... detaining
    # several suspected insurgents", the raid told in Nadir Shah Kot district below)
    told_elsewhere = s not in event_sentences
    later = (aside and (told_elsewhere or bool(_ATTACKS_IN.search(s.text, 0, pm.start))
                        or bool(_OPERATES_BEFORE.search(s.text, 0, pm.start)))
             # (and a sentence on what the target does: "The facilitator moves weapons and supplies for attacks in Kabul")
             or (told_elsewhere and bool(_TARGET_DOES.match(s.text)))
             # (and the domain of a man's title: "The Taliban shadow governor of Zabul province was killed ... The
             # operation took place in Maruf district, Kandahar province")
             or bool(_TITLE_OF.search(s.text, 0, pm.start))
             # (and a town a distance is measured from: "near Awdhegle town, some 60Km south of Mogadishu")
             or bool(_distance_from(s.text, pm.start))
             # (and where a group's campaign went on: "The insurgents have waged numerous attacks in Mogadishu")
             or (told_elsewhere and bool(_CAMPAIGN.search(s.text, 0, pm.start))))
    rank = _sentence_rank(s, ordered) + (len(ordered) if later else 0)
    return rank, aside, pm.rank, pm.start


_CAMPAIGN = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:waged|carried\s+out|launched|staged|conducted|mounted)\s+"
                       r"(?:numerous|many|several|frequent|repeated|a\s+series\s+of|dozens\s+of|scores\s+of|a\s+string\s+of)\b",
                       re.I)
_DISTANCE_FROM = re.compile(r"\b\d+\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\([^)]*\)\s+)?(?:[a-z-]+\s+){0,2}"
                            r"(?:(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+)?)?$", re.I)  # (a bare name's match holds its "of")
# a town this far from the place is in another province (past _FAR_KM) or, most often, in another district of its own
# province (past _NEAR_KM)
_NEAR_KM, _FAR_KM = 30, 100


def _distance_from(text: str, pos: int) -> float:
    """How far from the place at `pos` the text measures where it happened ("about 30 miles northwest of the city of
    Khost"), in kilometres; 0 where it measures no distance."""
    m = _DISTANCE_FROM.search(text, 0, pos)
    if not m:
        return 0
    figure = re.match(r"\d+", m.group(0))
    return int(figure.group(0)) * (1.6 if re.search(r"\bmiles?\b", m.group(0), re.I) else 1)


_OPERATES_BEFORE = re.compile(r"\b(?:who|which)\s+(?:also\s+)?(?:(?:operates?|operated|works?|is\s+active|lives?|resides?)\s+"
                              r"(?:in|out\s+of|throughout)|"
                              # "a facilitator who moves fighters from Khost province into Kabul": his trade's route
                              r"(?:moves?|moved|transports?|transported|smuggles?|smuggled|brings?|brought|traffics?|"
                              r"trafficked|supplies|supplied|distributes?|distributed)\s+(?:[\w'’-]+\s+){0,4}?"
                              r"(?:from|into|to|through|throughout|across))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$|"
                              # "captured a Taliban leader active in northern Ghazni ... during an operation in Wardak"
                              r"\bactive\s+(?:(?:in|throughout|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3})?$", re.I)
# ("the shadow deputy governor of Taliban for Panjshir province": the group's name between)
_TITLE_OF = re.compile(r"\b(?:governor|commander|leader|chief|head|emir|amir|judge|mayor|dealer|facilitator|financier|"
                       # ("Mulavi Khalil military officer for Arghandab district of Zabul": his office's area)
                       r"coordinator|organi[sz]er|trafficker|smuggler|supplier|officer)\s+(?:of\s+(?:the\s+)?(?-i:[A-Z][\w-]*)\s+)?"
                       r"(?:of|for)\s+(?:the\s+)?$", re.I)
_ATTACKS_IN = re.compile(r"\battacks?\s+(?:in|on|against)\s+(?:the\s+)?(?:(?!(?:during|in|on|at|near|while|when)\b)[\w'-]+\s+){0,4}$",
                         re.I)


def _sentence_rank(s: Sentence, ordered: list[Sentence]) -> int:
    """The segment's own sentences in the order given; then the report's sentences before it, then those after (a
    section whose own places the gazetteer does not know, "In a separate operation in Spinwam, one more terrorist was
    eliminated", happened where the lead told, "in North Waziristan", not in the next section's Bannu)."""
    try:
        return ordered.index(s)
    except ValueError:
        return len(ordered) + (bool(ordered) and s.start > min(x.start for x in ordered))


# --- where one operation's account ends and the next begins (operational updates)

# "In Helmand province, ...", "In the southern Kandahar province", "In usually peaceful Badakhshan province"
# ("East of Marja in Helmand province yesterday, ...": a place by its bearing from another)
# ("And in northern Kunduz province, a roadside bomb ...")
_LEADS_WITH_PLACE = re.compile(r"^(?:And\s+(?=in\s))?(?:Also\s+)?(?:[Ii]n|Elsewhere\s+in|(?:North|South|East|West|North-?east|North-?west|South-?east|"
                               r"South-?west)\s+of\s+[A-Z][\w’'-]+\s+in|"
                               # "In an anti-banditry operation on Sunday in Kaduna State, troops ..."
                               r"In\s+an?\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|attack|incident|encounter)\s+"
                               r"(?:(?:on|late|early)\s+[A-Z]\w+\s+)?(?:in|at))\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?[A-Z]")


_TOLD_AGAIN_AFTER = re.compile(r"[\s,]*(?:yesterday|today|last\s+night|overnight)?[\s,]*(?:the|this)\s+(?:[\w-]+\s+)?"
                               r"(?:strike|air\s*strike|operation|raid|attack|engagement|fighting|clash|firefight|assault)\s+"
                               r"(?:took\s+place|happened|occurred|was|began|started|ended)\b", re.I)


def opens_other_province(sentence: str, before: list[Sentence], resolver: Resolver) -> bool:
    """A sentence that opens with a province other than the ones the incident so far names ("In Helmand
    province, ..." or "In Khost, ..." after a paragraph on Kandahar): an operational update's next section.
    A lead summing up several operations names them all and counts for none."""
    sentence = sentence.lstrip("\"“‘' ")  # (a statement's paragraph quoted: '"In an operation on Sunday in Kaduna State, ...')
    if not _LEADS_WITH_PLACE.match(sentence):
        return False
    head = find_places(sentence)
    if not head or head[0].start > _LEADS_WITH_PLACE.match(sentence).end():
        return False
    province = head[0].province or _bare_province(head[0], resolver)
    if not province or _TOLD_AGAIN_AFTER.match(sentence, head[0].end):
        return False  # ("In Maruf district, Kandahar province, the strike took place ...": the incident's own strike)
    told = [(p, x) for x in before if not is_aggregate(x.text) and not spans_provinces(x.text) for p in find_places(x.text)]
    earlier = {_province_key(p.province or _bare_province(p, resolver) or _city_province(p, x.text, resolver) or "", resolver)
               for p, x in told} - {""}
    if not earlier:
        # (a district named without its province tells it: "Seventeen militants were killed ... in Qush Tapa district",
        # then "In Kunduz, a commander was among two Taliban militants killed")
        new = resolver.gaz.province(province)
        earlier = {_province_key(_district_province(p, new.cc, resolver) or "", resolver)
                   for p, _ in told if p.district} - {""} if new is not None else set()
    return bool(earlier) and _province_key(province, resolver) not in earlier


def _district_province(p: PlaceMention, cc: str, resolver: Resolver) -> str | None:
    """The province of a district named without it, where the gazetteer knows the district in the country."""
    hit = resolver.resolve(None, p.district, None, cc).place
    return hit.admin1 if hit is not None and hit.admin2 else None


def _city_province(p: PlaceMention, sentence: str, resolver: Resolver) -> str | None:
    """The province of a city named as one ("south of Kandahar City"), which names no province itself."""
    if not p.place or p.bare or p.province or not re.search(r"\s[Cc]ity$", sentence[p.start:p.end]):
        return None
    town = resolver.resolve(p.place, None, None, None, town=True).place
    return town.admin1 if town is not None else None


def names_a_place(sentence: str) -> bool:
    """Whether a sentence names a district or a province."""
    return any(not p.bare and (p.district or p.province) for p in find_places(sentence))


# "Major X, a resident of Rawalpindi district, ... was martyred": where a man is from, not where it happened
_HOME_BEFORE = re.compile(r"\b(?:resident|native|inhabitant)s?\s+of\s+(?:the\s+)?$|\bhail(?:s|ed|ing)\s+from\s+(?:the\s+)?$", re.I)


def names_other_place(sentence: str, before: list[Sentence], resolver: Resolver, bare: bool = False) -> bool:
    """A sentence whose first district or province is none the incident so far names (Rashidan district, Ghazni
    province, after a paragraph on Now Zad district, Helmand province); `bare`: a district named without its kind
    word counts too (for a sentence that opens with a day of its own)."""
    head = [p for p in find_places(sentence) if not p.bare and (p.district or p.province)
            and not _HOME_BEFORE.search(sentence, 0, p.start)]
    if not head and bare:
        # ("On Saturday, ... during an operation in North Waziristan's Mir Ali area", after a section on Balochistan's Awaran
        # district): a district named bare, as the gazetteer knows it
        head = [PlaceMention(p.start, p.end, district=p.place) for p in find_places(sentence)
                if p.bare and p.place and resolver.gaz.spelled(p.place, ("admin2",))][:1]
    if not head:
        # ("... in an operation south of Kandahar City", after a paragraph on Helmand): a city named as one, in its
        # province
        city = next(((p, prov) for p in find_places(sentence) for prov in [_city_province(p, sentence, resolver)] if prov),
                    None)
        if city is None:
            return False
        head = [PlaceMention(city[0].start, city[0].end, province=city[1])]
    # (not a lead naming the provinces of several operations: "confirmed the deaths of two Taliban leaders ... in Kunar
    # and Kunduz provinces", then "Maulawi Zahir, Taliban leader in Khanabad district of Kunduz province, was killed")
    own = [x for x in before if not spans_provinces(x.text)] or before
    earlier = [p for x in own for p in find_places(x.text) if not p.bare and (p.district or p.province)]
    provinces = {_province_key(p.province, resolver) for p in earlier if p.province}
    # (a province named bare before: "a raid in southern Helmand", then "in Mohamad Agha district of Logar province")
    provinces |= {_province_key(b, resolver) for x in before for p in find_places(x.text) if p.bare
                  for b in [_bare_province(p, resolver)] if b}
    districts = {key(p.district) for p in earlier if p.district}
    if head[0].province and not provinces:
        # (districts named alone before, each a district of one province only: "in the Garmsir district", then
        # "were arrested in Khost province")
        provinces = {key(hits[0].admin1 or "") for p in earlier if p.district
                     for hits in [resolver.gaz.find(p.district, ("admin2",), world=False)] if len(hits) == 1}
    if head[0].province and provinces and _province_key(head[0].province, resolver) not in provinces:
        return True
    if not head[0].province and not districts and provinces:
        # (a district of one province only, after a place of another named bare: "In Baraki Barak district, ..."
        # after "a raid in Dand-e Ghori" of Baghlan)
        # (the district's name as written, never a look-alike abroad: "Charsada" is no Charsadda)
        hits = resolver.gaz.spelled(head[0].district, ("admin2",))
        return len({(e.cc, e.admin1) for e in hits}) == 1 and _province_key(hits[0].admin1, resolver) not in provinces
    district = head[0].district
    if not district and bare and head[0].place and districts:
        # (a district's own name told as a place of its province: "operating in Marja in Helmand province", Nad Ali's
        # other name, after a paragraph on Nawah-ye Barakzai district)
        hits = [e for e in resolver.gaz.spelled(head[0].place, ("admin2",))
                if not head[0].province or _province_key(head[0].province, resolver) == key(e.admin1)]
        district = hits[0].admin2 if len({(e.cc, e.admin1, e.admin2) for e in hits}) == 1 else None
        districts = districts | {_district_key(p.district, resolver) for p in earlier if p.district}
    # (another district of the same province: "in Andar, a district of Ghazni province" after Dayak district, Ghazni)
    return bool(district and districts) and key(district) not in districts


def _district_key(name: str, resolver: Resolver) -> str:
    """One key for a district however it is named, where the gazetteer knows the name as one district's (Marja, Nad
    Ali)."""
    hits = resolver.gaz.spelled(name, ("admin2",))
    return key(hits[0].admin2 if len(hits) == 1 else name)


def _province_key(name: str, resolver: Resolver) -> str:
    """One key for a province however it is spelled (Paktia, Paktiya, Paktya)."""
    hit = resolver.gaz.province(name) if name else None
    return key(hit.admin1 if hit is not None else name)


_HEADING = re.compile(rf"^\s*(?:In\s+)?(?P<p>{_NAME})(?:\s+{_PROV})?\s*:?\s*$")


def is_province_heading(line: str, resolver: Resolver) -> bool:
    """A line that is only a province's name ("Helmand Province", "Kandahar:"): a section heading."""
    m = _HEADING.match(line)
    return bool(m) and resolver.gaz.province(m["p"]) is not None


_DIRECTION = rf"(?:{DIRECTION}(?:ern)?\s+)"
_PROVINCE_AFTER = re.compile(rf"\s+in\s+(?:the\s+)?{_DIRECTION}?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
# "Kandahar and Zabul Provinces", "central Daikundi and western Herat provinces", "in northern provinces of the country"
_TWO_PROVINCES = word_led(rf"\b{_DIRECTION}?[A-Z][\w'’-]+(?:,\s+{_DIRECTION}?[A-Z][\w'’-]+)*,?\s+and\s+{_DIRECTION}?"
                            rf"[A-Z][\w'’-]+\s+[Pp]rovinces\b|\bin\s+(?:the\s+)?{_DIRECTION}provinces\b|"
                            # "killed during clashes in two Afghan provinces": a count of provinces, each told below
                            # (a line recased from capitals may keep the kind word's capital: "in two Afghan Provinces")
                            r"\b(?:in|across)\s+(?:two|three|four|five|\d)\s+(?:[A-Z][\w-]+\s+)?[Pp]rovinces\b")
_PROVINCE_PAIR = re.compile(rf"\b(?:in|across)\s+(?:the\s+)?{_DIRECTION}?(?P<first>[A-Z][\w'’-]+)\s+and\s+{_DIRECTION}?"
                            r"[A-Z][\w'’-]+\s+(?:[Pp]rovince\b|[Pp]rov\.)")
# "in southern Afghanistan": a part of the country
_REGION = re.compile(rf"\bin\s+(?:the\s+)?{_DIRECTION}(?:{'|'.join(_COUNTRIES)})\b|"
                     # "during separate operations across Regional Command East": a command's region, no one province
                     r"\b(?:Regional\s+Command|RC)[\s-]+(?:East|West|North|South|Southwest|Capital)\b", re.I)


def spans_provinces(sentence: str) -> bool:
    """'killed a leader in Kandahar province and detained a facilitator in Khost province': a lead over
    operations in two provinces, each told below; like a summary, it counts only when nothing else does."""
    # (not where the target works: "a leader believed to have control over IED operations in Paktia and Khost
    # provinces" is one operation's man)
    two = _TWO_PROVINCES.search(sentence) if "rovinces" in sentence else None  # (its kind word, before the slow search)
    if two:
        return not _in_aside(sentence, two.start())  # "in Kandahar and Helmand provinces"
    # (the kind word told once for both: "in northern Jawzjan and Kunduz province", the first a province's name)
    pair = _PROVINCE_PAIR.search(sentence) if "rovince" in sentence or "rov." in sentence else None
    if pair and load_gazetteer().province(pair["first"]) is not None and not _in_aside(sentence, pair.start()):
        return True
    lower = sentence.lower()
    # (or its districts, each "of" its province: "conducted in Deh Yak district of Ghazni and Shindand district of
    # Herat province")
    if lower.count("province") < 2 and not (lower.count("district of") and lower.count("district") >= 2):
        return False
    # (nor the domain of a man's title: "detained more than 10 insurgents in Helmand province's Nahr Surkh district
    # during a search for a Taliban commander for the Panjwai district of Kandahar province")
    return len({key(p.province) for p in find_places(sentence) if p.province and not _in_aside(sentence, p.start)
                and not _TITLE_OF.search(sentence, 0, p.start)}) >= 2


def _bare_province(pm: PlaceMention, resolver: Resolver) -> str | None:
    """'In Khost, ...': the province a bare name names, or the one province of the districts it names ('In Balad,
    ...')."""
    if not (pm.bare and pm.place) or resolver.gaz.country(pm.place) is not None:
        return None  # ("in southern Somalia": the country, not Ethiopia's Somali Region)
    hit = resolver.gaz.province(pm.place)
    if hit is not None:
        return hit.admin1
    # ("In Balad, Iraqi and U.S. Special Forces detained three suspects" after a raid in Baghdad: a district's name,
    # told of one province only)
    districts = resolver.gaz.find(pm.place, ("admin2",), world=False)
    return districts[0].admin1 if districts and len({(e.cc, e.admin1) for e in districts}) == 1 else None
