"""Named people in an incident: who they were and what befell them.

A name counted among the killed, wounded or captured takes that fate; "Among them was Raihan" gives a
name the fate of the group just counted; roles come from appositions ("Asim Omar, leader of AQIS") and
titles before a name ("Taliban commander Mullah Karim").
"""

from __future__ import annotations

import re

from ..models import Person
from .clean import Sentence
from .counts import Tally

_APPOSITIVE = re.compile(r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,3})\s*,\s*(?P<role>(?:a|an|the)?\s*[^,]{3,80}?)(?:,|\s+was\b|\s+were\b)")
_ROLE_FIRST = re.compile(r"\b(?P<role>(?:[\w-]+\s+){0,4}(?:leader|commander|courier|governor|emir|facilitator|chief|deputy|spokesman|financier|official|member))\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,3})")


def people(tallies: dict[str, Tally], segment: list[Sentence]) -> list[Person]:
    fates: dict[str, str] = {}
    for cat, t in tallies.items():
        for p in t.persons:
            fates.setdefault(p, cat)
    # "Among them was Raihan": a person named inside a counted group shares its fate
    for s in segment:
        m = re.search(r"\bAmong\s+(?:them|the\s+dead|those\s+killed|the\s+\w+)\s+(?:was|were)\s+(?P<names>[^.]+)", s.text)
        if m:
            for nm in re.findall(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)*", m["names"].split(",")[0]):
                fates.setdefault(nm, next((c for c, t in tallies.items() if t.mentions), "killed"))
    roles: dict[str, str] = {}
    for s in segment:
        for m in _APPOSITIVE.finditer(s.text):
            roles.setdefault(m["name"], m["role"].strip())
        for m in _ROLE_FIRST.finditer(s.text):
            roles.setdefault(m["name"], m["role"].strip())
    out = []
    for name, fate in fates.items():
        role = roles.get(name) or next((r for n, r in roles.items() if name in n or n in name), None)
        out.append(Person(name=name, role=role, fate=fate))
    return out
