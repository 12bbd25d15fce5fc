"""Named people in an incident: who they were and what befell them.

A name counted among the killed, wounded or captured takes that fate; "Among them was Raihan" gives a
name the fate of the group just counted; roles come from appositions ("Asim Omar, leader of AQIS") and
titles before a name ("Taliban commander Mullah Karim").
"""

from __future__ import annotations

import re

from ..models import Person
from .clean import Sentence
from .counts import _KIN, _PLACE_BEFORE, _VERB_RE, Tally, _persons_in, find_mentions
from .words import COUNTRY_ADJECTIVES, COUNTRY_NAMES, HONORIFIC

_NAME = r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,3}"
# "Asim Omar, leader of AQIS, was killed"; "Among them was Raihan, Omar's courier to Ayman Al-Zawahiri."
# (a lookahead, so that "Tuesday, killing Qari Ziauddin, the Taliban governor" still finds Ziauddin's role)
# (a role is no clause nor a place: "the leader, Qari Zahir, was meeting with his fighters", "the village of Goldar, in
# the Sabari district")
# a role's character: not a clause's end, but the dot of "Aug. 12" or "U.S." ("one of the leaders behind the Aug. 12 attack")
_ABBR_DOT = (r"(?:(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Col|Maj|Gen|Sgt))\.(?=\s\d|\s[A-Z])|"
             r"(?<=Sept)\.(?=\s\d)|(?<=\bU)\.(?=S\.)|(?<=\bU\.S)\.)")
_ROLE_CHAR = rf"(?:[^,.;]|{_ABBR_DOT})"
# (not the end of a hyphenated place: "in Pul-e-Moman area of Dasht-e-Archi, leaving the shadow governor dead")
_APPOSITIVE = re.compile(rf"(?=(?<!-[eiy]-)\b(?P<name>{_NAME})\s*,\s*(?P<role>(?:a|an|the)\s+{_ROLE_CHAR}{{3,120}}?|"
                         rf"(?!\w+ed\b|(?:was|were|is|are|has|had|have|who|which|whose|and|but|said|says|in|on|at|near|from|of|with|by|"
                         rf"after|during|where|when)\b)[a-z]{_ROLE_CHAR}{{2,120}}?|"
                         rf"[A-Z][\w-]*['’]s\s{_ROLE_CHAR}{{2,120}}?)"
                         # ("Sepoy Nasir Khan, a 25-year-old resident of South Waziristan district embraced martyrdom")
                         rf"(?:,|\s+was\b|\s+were\b|\s+(?:embraced|died|succumbed)\b|(?!{_ABBR_DOT})[.;](?=\s|$)|$))")
_ROLE_WORDS = (r"(?:leader|commander|subcommander|courier|governor|emir|facilitator|chief|deputy|spokesman|financier|official|"
               r"member|driver|bodyguard|individual|target|expert|specialist|maker|planner|" + _KIN + ")")
# "two Taliban facilitators -- Mahmood and Rashid --", "three commanders (Gul, Nasir and Karim)": a counted group's names
_GROUP_NAMES = re.compile(rf"\b(?:two|three|four|five|[2-9])\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_ROLE_WORDS}s|insurgents|militants|"
                          rf"fighters|men|brothers|sons)\s*(?:,|\s--|\s–|\s?—|\()\s*"
                          rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})\s*(?:,|--|–|—|\))")
# "Taliban leader Qari Zakir": a title before the name
_ROLE_FIRST = re.compile(rf"\b(?P<role>(?:[\w’'-]+\s+){{0,4}}{_ROLE_WORDS})\s+(?P<name>{_NAME})")
# "His driver, Gul Agha, was also detained": a name in apposition to a role the verb counts
_ROLE_THEN_NAME = re.compile(rf"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Tt]he|\b{_NAME}['’]s)\s+(?P<role>(?:[\w-]+\s+){{0,3}}?{_ROLE_WORDS}s?)\s*,\s*"
                             rf"(?P<name>{_NAME})\s*,\s*(?:was|were)\s+(?:also\s+)?(?P<verb>\w+(?:\s+\w+){{0,2}})")
# "a Taliban leader, identified as Abdul Bari,", "a facilitator named Abdul Bari": the name the text gives a role
_IDENTIFIED_AS = re.compile(rf"\b(?P<role>{_ROLE_WORDS}),?\s+(?:(?:later\s+)?identified\s+as|named|known\s+as)\s+"
                            rf"(?P<name>{_NAME})")
# "seven insurgents, including Taliban commander Mullah Nasir,", "Among the dead was Mullah Nasir": a man named
# inside a counted group shares its fate
# ("One of them was Mullah Nasir", "Officials identified one of the dead as ...", "The dead were identified as ...")
_ONE_OF = r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Bb]oth)\s+of\s+(?:them|the\s+(?:dead|detainees|\w+\s+(?:killed|detained|captured))|those\s+\w+)"
_INSIDE_GROUP = re.compile(r"\b(?:[Ii]ncluding|[Aa]mong\s+(?:them|the\s+dead|those\s+(?:killed|detained|captured|arrested)|"
                           rf"the\s+\w+)\s+(?:was|were)|{_ONE_OF}\s+(?:was|were|is)|identified\s+(?:{_ONE_OF}|the\s+(?:dead|"
                           r"detainees?|\w+\s+killed|(?:slain|dead|killed|detained|captured|arrested)\s+(?:\w+\s+)?"
                           r"(?:insurgent|militant|man|leader|commander|fighter|suspect)s?)|him|them)\s+as|"
                           # ("the Taliban leader killed in the airstrike has been identified as Mullah Abdul Bari")
                           rf"(?:dead|detainees?|{_ROLE_WORDS})\s+(?:(?:killed|detained|captured|arrested)\s+(?:in|during)\s+"
                           r"(?:the|an?)\s+[\w-]+\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+identified\s+as)"
                           r"\s+(?P<names>[^.;]+)")
# "including Chechen, Uzbek, Pakistani nationals", "including Arab, Chechen and Pakistani fighters": nations, not names
_NATIONS = re.compile(r"(?:[A-Z][\w-]+(?:,\s*|\s+and\s+|\s+or\s+))*[A-Z][\w-]+\s+(?:nationals|citizens|foreigners|fighters|militants|"
                      r"insurgents|operatives|soldiers|troops)\b")
# "The targeted leader, Rostum, directed ...", "the Taliban's shadow governor for Helmand, Mullah Nasir,": a role,
# then the name in apposition
_ROLE_COMMA_NAME = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<role>(?:(?!(?:where|when|who|which|the|an?)\b)[\w’'-]+\s+){{0,3}}?"
                              rf"{_ROLE_WORDS}(?:\s+(?:for|of|in)\s+(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*)?)\s*,\s*"
                              rf"(?P<name>{_NAME})\s*,")
_SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting|[Qq]uoting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_A_CLAUSE = re.compile(r"^(?:(?!\b(?:who|which|that|whose|where)\b).)*?\s(?:is|are|has|have)\s")  # (not "a leader who is")
# "Mullah Hakim, along with several of his fighters, was killed": who came with him, not his role
# (nor the next men of a list: "killed district governor Ali Dost Shams, his bodyguards, seven police officers ...",
# "killed Taliban leader, Farooqi, two of his key subordinates")
_NO_ROLE = re.compile(r"(?:along|together|as\s+well|accompanied|alongside|his|her|their|(?:\d+|one|two|three|four|five|"
                      r"six|seven|eight|nine|ten|several|some)\s+of\s+(?:his|her|their))\b", re.I)


def _title(words: str) -> str:
    """The title part of 'security force killed Taliban leader': the words after the last verb or article."""
    parts = words.split()
    cut = 0
    for i, w in enumerate(parts[:-1]):
        if re.fullmatch(r"(?i:the|a|an|of|and|by|with|to|for|in|on|at|\w+ed|\w+ing)", w):
            cut = i + 1
    return " ".join(parts[cut:])


def people(tallies: dict[str, Tally], segment: list[Sentence]) -> list[Person]:
    fates: dict[str, str] = {}
    for cat, t in tallies.items():
        for p in t.persons:
            fates.setdefault(p, cat)
    roles: dict[str, str] = {}
    text = " ".join(s.text for s in segment)
    for s in segment:
        # "Among them was Raihan", "killed seven insurgents, including commander Mullah Nasir": a person named
        # inside a counted group shares its fate
        m = _INSIDE_GROUP.search(s.text)
        if m and not _NATIONS.match(m["names"]):
            found = find_mentions(s.text)
            told = [x.category for x in found]
            # (of two kinds, the one told just before: "killing 11 police officers — including the province's police
            # chief — and wounding 30 others")
            before = [x.category for x in found if x.start < m.start()] if len(set(told)) > 1 else []
            fate = told[0] if len(set(told)) == 1 else before[-1] if before else _last_told(segment, s, tallies)
            # (the names end where the clause's verb begins: "including a key commander were killed during an
            # operation conducted by "01 Unit" of the intelligence agency")
            names = re.split(r"\s(?:was|were|is|are|has|have|had)\b", m["names"].split(",")[0])[0]
            for nm in _persons_in(names):
                if not any(nm in n or n in nm for n in fates):
                    fates[nm] = fate
        for m in _GROUP_NAMES.finditer(s.text):
            # "killed two Taliban facilitators -- Mahmood and Rashid --": the men counted, by name
            told = {x.category for x in find_mentions(s.text)}
            if len(told) == 1:
                for nm in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["names"]):
                    if _persons_in(nm) and not any(nm in n or n in nm for n in fates):
                        fates[nm] = next(iter(told))
        for m in _ROLE_THEN_NAME.finditer(s.text):
            cat = next((c for c, rx in _VERB_RE.items() if rx.match(m["verb"])), None)
            if cat:
                fates.setdefault(m["name"], cat)
                roles.setdefault(m["name"], m["role"])
    for s in segment:
        for m in _IDENTIFIED_AS.finditer(s.text):
            roles.setdefault(m["name"], m["role"])
        for m in _ROLE_COMMA_NAME.finditer(s.text):
            roles.setdefault(m["name"], m["role"])
        for m in _APPOSITIVE.finditer(s.text):
            # ("development in Helmand, an insurgent district chief and 12 of his men were killed": a place)
            # (nor the report's source: "According to the 215th Maiwand Corps, the Taliban leader killed ...")
            # (nor a clause: "the deputy commander of Sheberghan Garrison, the arrested individual is one of ...")
            if not _NO_ROLE.match(m["role"]) and not _PLACE_BEFORE.search(s.text[: m.start("name")]) and \
                    not _SOURCE_BEFORE.search(s.text[: m.start("name")]) and not _A_CLAUSE.search(m["role"]):
                roles.setdefault(m["name"], m["role"].strip())
        for m in _ROLE_FIRST.finditer(s.text):
            roles.setdefault(m["name"], _title(m["role"].strip()))
    # "Mullah Abdul Qadir, a Taliban commander in Zharay district, ... was killed", "The leader, Haji Gul, ...": a named
    # man whose role the counts name in one category only takes that fate
    for name, role in roles.items():
        nouns = set(re.findall(_ROLE_WORDS, role.lower()))
        cats = {c for c, t in tallies.items() if any(re.search(rf"\b{n}\b", p) for n in nouns for p in t.phrases)}
        if len(cats) == 1 and _persons_in(name) and not any(name in n or n in name for n in fates) and \
                not _SPEAKS.match(text, *_after_name(text, name)) and not _said_by(name, text):
            fates[name] = cats.pop()
    out = []
    for name, fate in fates.items():
        if any(other != name and set(name.split()) < set(other.split()) for other in fates):
            continue  # "Omar" after "Asim Omar": the same man by his surname
        if _NO_PERSON.fullmatch(name):
            continue  # "AFGOYE, Somalia - Somalia's military says ...": a country, its people or a service, no man
        role = roles.get(name) or next((r for n, r in roles.items() if name in n or n in name), None)
        out.append(Person(name=_with_honorific(name, text), role=role, fate=fate))
    return out


# "The district chief, Dr Muhammad Shafi, also confirmed the strike": a man who speaks is not the one the role's
# count killed (another district chief)
_SPEAKS = re.compile(r"\s*,?\s*(?:also\s+)?(?:said|says|told|confirmed|added|stated|reported|announced)\b")


# (nor a place's or a group's word that qualifies a man: "the group's Kabul-based media emir")
_NO_PERSON = re.compile(rf"{COUNTRY_NAMES}|{COUNTRY_ADJECTIVES}|Navy|Army|Air\s+Force|Marines?|Police|New\s+Zealand|"
                        r"\S+-(?:based|born|led|linked|backed|allied|affiliated)")


# (a title's abbreviation too: "said Gen. Shah Jahan Noori, provincial chief of police"; not "said Thursday.")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|stated)\s+(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][\w’'-]*)\s+){0,3}$")


def _said_by(name: str, text: str) -> bool:
    """'... heavy casualties," said Hassan Mohamed Osman, the commander of 16th Brigade': the man who speaks.
    (Found by plain search, not a pattern built per name: each would be compiled anew.)"""
    i = text.find(name)
    while i != -1:
        if _SAID_BEFORE.search(text, max(0, i - 80), i):
            return True
        i = text.find(name, i + 1)
    return False


def _after_name(text: str, name: str) -> tuple[int, int]:
    """Where the words after the man's name (and a role in apposition to it) begin, as search bounds."""
    m = re.search(rf"\b{re.escape(name)}\b(?:\s*,\s*(?:a|an|the)\s[^,.;]{{1,80}})?", text)
    return (m.end(), m.end() + 40) if m else (len(text), len(text))


def _last_told(segment: list[Sentence], here: Sentence, tallies: dict[str, Tally]) -> str:
    """The fate of the group counted last before this sentence ("... detained two. One of them was X")."""
    for s in reversed(segment[: segment.index(here)] if here in segment else []):
        told = find_mentions(s.text)
        if told:
            return told[-1].category
    return next((c for c, t in tallies.items() if t.mentions), "killed")


def _with_honorific(name: str, text: str) -> str:
    """'Nasir' told as 'Mullah Nasir': the name as the report gives it."""
    m = re.search(rf"\b({HONORIFIC})\s+{re.escape(name)}\b", text)
    return f"{m[1]} {name}" if m else name
