"""Actors: the editable dictionary (data/actors.yaml), matching, and roles.

Aliases match without regard to case; abbreviations ("IMU", "NDS", "LeT") only as written, so a word
never matches inside another. Roles come from where an actor stands around the event's verb: before
an active verb it acted (side A), after it or before a passive verb it was hit (side B); "in a Taliban
compound" makes the Taliban associated. Where position says nothing, kind decides: state and
external forces act, rebel groups are hit, as such reports are written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..models import Actor, ActorKind, ActorRole
from ..settings import DATA_DIR

ACTORS_FILE = DATA_DIR / "actors.yaml"


@dataclass(frozen=True, slots=True)
class ActorDef:
    name: str
    kind: ActorKind
    countries: tuple[str, ...]
    generic: bool
    part_of: str | None


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    actor: ActorDef
    text: str


class ActorDictionary:
    def __init__(self, defs: list[ActorDef], patterns: list[tuple[str, ActorDef, bool]]):
        self.defs = {d.name: d for d in defs}
        # longest alias first, so "al-Qaeda in the Indian Subcontinent" wins over "al-Qaeda"
        patterns = sorted(patterns, key=lambda p: -len(p[0]))
        ci = [p for p in patterns if not p[2]]
        cs = [p for p in patterns if p[2]]
        self._lookup_ci = {_norm(a): d for a, d, _ in ci}
        self._lookup_cs = {a: d for a, d, _ in cs}
        self._rx_ci = re.compile(r"(?<![\w-])(?:" + "|".join(_alias_rx(a) for a, _, _ in ci) + r")(?![\w])", re.I) if ci else None
        self._rx_cs = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a, _, _ in cs) + r")(?![\w])") if cs else None

    def find(self, text: str) -> list[ActorMention]:
        out: list[ActorMention] = []
        taken: list[tuple[int, int]] = []
        for rx, lookup, fold in ((self._rx_ci, self._lookup_ci, True), (self._rx_cs, self._lookup_cs, False)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                s, e = m.span()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                k = _norm(m.group(0)) if fold else m.group(0)
                d = lookup.get(k)
                if d is None:
                    continue
                taken.append((s, e))
                out.append(ActorMention(s, e, d, m.group(0)))
        out.sort(key=lambda a: a.start)
        return out

    def parent(self, d: ActorDef) -> ActorDef | None:
        return self.defs.get(d.part_of) if d.part_of else None


def _norm(s: str) -> str:
    return re.sub(r"[\s\-‘’'.]+", " ", s.lower()).strip()


def _alias_rx(alias: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s\-‘’'.]+", alias) if p]
    return r"[\s\-‘’'.]*".join(parts)


@lru_cache(maxsize=4)
def load(path: str | None = None) -> ActorDictionary:
    import yaml

    doc = yaml.safe_load(Path(path or ACTORS_FILE).read_text(encoding="utf-8")) or {}
    defs, patterns = [], []
    for item in doc.get("actors") or []:
        d = ActorDef(item["name"], ActorKind(item["kind"]), tuple(item.get("countries") or ()),
                     bool(item.get("generic")), item.get("part_of"))
        defs.append(d)
        for a in item.get("aliases") or []:
            patterns.append((a, d, False))
        patterns.append((item["name"], d, False))
        for a in item.get("abbreviations") or []:
            patterns.append((a, d, True))
    # one alias, one actor: the first definition wins
    seen: set[tuple[str, bool]] = set()
    unique = []
    for a, d, cs in patterns:
        k = (a if cs else _norm(a), cs)
        if k not in seen:
            seen.add(k)
            unique.append((a, d, cs))
    return ActorDictionary(defs, unique)


_ASSOCIATED_AFTER = re.compile(r"^\W{0,2}(?:\w+\s+)?(?:compound|compounds|stronghold|strongholds|hideout|hideouts|safe\s*havens?|territory|base|camp|checkpoint|controlled|-controlled|held|-held|area)\b", re.I)
_TARGET_AFTER = re.compile(r"^\W{0,2}(?:\w+\s+){0,2}(?:leaders?|commanders?|members?|fighters?|militants?|insurgents?|facilitators?|operatives?|cells?|network|official|governor|emir|financier|courier|associates?|suspects?|sub-?commanders?|bomb|bomb-?maker|affiliate)\b", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:\w+\s+){0,4}$", re.I)
_AGAINST_BEFORE = re.compile(r"\b(?:against|targeting|targeted|on|at|struck|hit|hitting|attacked|attacking|ambushed|stormed|overran|raided)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$", re.I)


def assign_role(sentence: str, mention: ActorMention, verb_pos: int | None, verb_passive: bool) -> ActorRole:
    after = sentence[mention.end:]
    before = sentence[: mention.start]
    if _ASSOCIATED_AFTER.match(after) and mention.actor.kind not in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER):
        return ActorRole.ASSOCIATED  # "a Taliban compound" (an army checkpoint that is attacked is side B)
    if _BY_BEFORE.search(before):
        return ActorRole.SIDE_A  # "captured by Afghan forces"
    if _AGAINST_BEFORE.search(before):
        return ActorRole.SIDE_B  # "struck a police vehicle", "attacked army checkpoints"
    if verb_pos is not None:
        if mention.start < verb_pos:
            return ActorRole.SIDE_B if verb_passive else ActorRole.SIDE_A
        # "was killed in a US raid": after a passive verb stands the agent
        return ActorRole.SIDE_A if verb_passive and not _TARGET_AFTER.match(after) else ActorRole.SIDE_B
    if _TARGET_AFTER.match(after) and mention.actor.kind in (ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA, ActorKind.IDENTITY_MILITIA):
        return ActorRole.SIDE_B  # "a Taliban leader", with no verb to place it
    return default_role(mention.actor.kind)


def default_role(kind: ActorKind) -> ActorRole:
    if kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER):
        return ActorRole.SIDE_A
    return ActorRole.SIDE_B


def to_actor(d: ActorDef, role: ActorRole, mention: str) -> Actor:
    return Actor(name=d.name, role=role, kind=d.kind, mention=mention)
