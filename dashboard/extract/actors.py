"""Actors: the editable dictionary (data/actors.yaml), matching, and roles.

Aliases match without regard to case; abbreviations ("IMU", "NDS", "LeT") only as written, so a word
never matches inside another. Roles come from where an actor stands around the event's verb: before
an active verb it acted (side A), after it or before a passive verb it was hit (side B); "in a Taliban
compound" makes the Taliban associated. Where position says nothing, kind decides: state and
external forces act, rebel groups are hit, as such reports are written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..models import Actor, ActorKind, ActorRole, Evidence
from ..settings import DATA_DIR
from .clean import DATELINE_HEAD, Sentence
from .counts import (
    CAPTURE,
    FORCES_MEN,
    HIT_VERB,
    KILL,
    WOUND,
    background_spans,
    is_statistic,
    own_clause_end,
    running_total_start,
)
from .events import EVENT_WORDS
from .words import PERSON_NOUNS, word_led

ACTORS_FILE = DATA_DIR / "actors.yaml"


@dataclass(frozen=True, slots=True)
class ActorDef:
    name: str
    kind: ActorKind
    countries: tuple[str, ...]
    generic: bool
    part_of: str | None
    named_only: bool = False
    years: tuple[int, int] | None = None  # the years it existed in, where a name passed from one force to another


_OPEN_END = 9999  # the last year of a force that still exists


def _active(d: ActorDef, year: int | None) -> bool:
    """Whether an actor existed in a report's year (any year where the report's is unknown)."""
    return year is None or d.years is None or d.years[0] <= year <= d.years[1]


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    actor: ActorDef
    text: str


# words any force's names hold: they tell no one force from another ("coalition aircraft", "US-led coalition")
_KIND_WORDS = frozenset({"the", "a", "an", "of", "and", "us", "u", "s", "led", "forces", "force", "troops", "soldiers",
                         "aircraft", "helicopter", "helicopters", "airstrike", "airstrikes", "air", "strike", "strikes",
                         "international", "nato", "military", "army"})


class ActorDictionary:
    def __init__(self, defs: list[ActorDef], patterns: list[tuple[str, ActorDef, bool]],
                 shared: list[tuple[str, ActorDef, bool]] | None = None):
        """`patterns`: one actor per name (the first defined); `shared`: every name as each actor spells it."""
        self.defs = {d.name: d for d in defs}
        # longest alias first, so "al-Qaeda in the Indian Subcontinent" wins over "al-Qaeda"
        patterns = sorted(patterns, key=lambda p: -len(p[0]))
        ci = [p for p in patterns if not p[2]]
        cs = [p for p in patterns if p[2]]
        self._lookup_ci = {_norm(a): d for a, d, _ in ci}
        self._lookup_cs = {a: d for a, d, _ in cs}
        self._rx_ci = re.compile(r"(?<![\w-])" + _alias_trie([a for a, _, _ in ci]) + r"(?![\w])") if ci else None
        self._rx_cs = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a, _, _ in cs) + r")(?![\w])") if cs else None
        # the segments, the actors, the claims and the country hint each look up the same sentences
        self._found = lru_cache(maxsize=8192)(self._find)
        # the words of each actor's names, to find the one a word names in another country ("coalition")
        self._words: dict[str, set[str]] = {}
        # every actor a name or abbreviation stands for ("SNA": the Somali and the Syrian National Army)
        self._spelled: dict[str, list[ActorDef]] = {}
        for alias, d, _ in patterns:
            self._words.setdefault(d.name, set()).update(_norm(alias).split())
        for alias, d, cased in shared or patterns:
            self._spelled.setdefault(alias if cased else _norm(alias), []).append(d)

    def find(self, text: str) -> list[ActorMention]:
        """The actors a text names, in text order (cached: the mentions are immutable)."""
        return list(self._found(text))

    def _find(self, text: str) -> tuple[ActorMention, ...]:
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
        return tuple(out)

    def in_scope(self, d: ActorDef, mention: str, cc: str | None, year: int | None = None) -> ActorDef:
        """The actor a mention names in the report's country and year: "coalition" is the ISAF in Afghanistan, the
        Saudi-led coalition in Yemen, the coalition against the Islamic State in Iraq and Syria (and in Iraq before
        2012 the Multi-National Force); the one actor of that country, kind and year whose names hold the mention's own
        word, when the mention's actor is scoped elsewhere or to other years."""
        if not cc or (not d.countries or cc in d.countries) and _active(d, year):
            return d
        words = [w for w in _norm(mention).split() if w not in _KIND_WORDS]
        # (in the report's year first; failing that, in any year, the force of today where the year leaves two)
        for y in (year, None) if year is not None else (None,):
            same = [x for x in self._spelled.get(mention, []) + self._spelled.get(_norm(mention), [])
                    if cc in x.countries and _active(x, y)]
            if len({x.name for x in same}) == 1:
                return same[0]  # "SNA" in a report from Somalia: the Somali National Army
            here = [x for x in self.defs.values() if cc in x.countries and x.kind == d.kind and _active(x, y)
                    and any(w in self._words.get(x.name, ()) for w in words)]
            if len(here) == 1:
                return here[0]
            current = [x for x in here if x.years is None or x.years[1] == _OPEN_END]
            if y is None and len(here) > 1 and len(current) == 1 and all(x.years for x in here):
                return current[0]  # "coalition forces" in an undated report from Iraq: today's coalition
        return d

    def named_elsewhere(self, d: ActorDef, mention: str) -> bool:
        """Whether the mention's own words also name an actor of its kind scoped to other countries ("coalition
        forces": the ISAF, the anti-ISIS coalition, the Saudi-led coalition), so that it tells no country."""
        words = [w for w in _norm(mention).split() if w not in _KIND_WORDS]
        return bool(words) and any(x.name != d.name and x.kind == d.kind and x.countries and not set(x.countries) &
                                   set(d.countries) and all(w in self._words.get(x.name, ()) for w in words)
                                   for x in self.defs.values())

    def parent(self, d: ActorDef) -> ActorDef | None:
        return self.defs.get(d.part_of) if d.part_of else None

    def local_branch(self, d: ActorDef, cc: str | None) -> ActorDef | None:
        """The one branch of a group that operates in the report's country ("Daesh" in Afghanistan is the
        Islamic State Khorasan Province), from the branches' country scope in actors.yaml; a branch marked
        `named_only` only where named (AQIS)."""
        if not cc:
            return None
        branches = [b for b in self.defs.values() if b.part_of == d.name and cc in b.countries]
        if any(b.named_only for b in branches):
            return None
        return branches[0] if len(branches) == 1 else None


def _norm(s: str) -> str:
    # "Taleban" is an older spelling of every name with "Taliban" in it (Tehreek-e-Taleban Pakistan too)
    return re.sub(r"taleban", "taliban", re.sub(r"[\s\-‘’'.]+", " ", s.lower()).strip())


_SEPARATOR = r"[\s\-‘’'.]*"


def _alias_atoms(alias: str) -> list[str]:
    """An alias as regex atoms: each letter in either case ("[tT]"), any separator between its words, and
    "Taliban" spelled "Taleban" too."""
    atoms: list[str] = []
    for part in (p for p in re.split(r"[\s\-‘’'.]+", alias) if p):
        if atoms:
            atoms.append(_SEPARATOR)
        spelt = part.replace("aliban", "al\0ban")  # (the marked letter is "[ie]")
        atoms += ["[ieIE]" if c == "\0" else f"[{c.lower()}{c.upper()}]" if c.lower() != c.upper() else re.escape(c)
                  for c in spelt]
    return atoms


def _alias_trie(aliases: list[str]) -> str:
    """One pattern for all aliases, their shared beginnings written once ("al-Qaeda", "al-Qaeda in Iraq", ...).
    Each branch opens with a character class, which the regex engine tests before it enters the branch: 390
    aliases tried one by one at every position of every sentence had been the extraction's costliest search.
    Longer aliases are tried before the shorter ones they begin with, as the longest-first list was."""
    root: dict = {}
    for alias in aliases:  # longest first: each node's first branch leads to its longest alias
        node = root
        for atom in _alias_atoms(alias):
            node = node.setdefault(atom, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [atom + pattern(child) for atom, child in node.items() if atom]
        if "" in node:
            branches.append("")  # (an alias ends here: tried after every longer one)
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(root)


@lru_cache(maxsize=4)
def load(path: str | None = None) -> ActorDictionary:
    import yaml

    doc = yaml.safe_load(Path(path or ACTORS_FILE).read_text(encoding="utf-8")) or {}
    defs, patterns = [], []
    for item in doc.get("actors") or []:
        years = item.get("years")
        d = ActorDef(item["name"], ActorKind(item["kind"]), tuple(item.get("countries") or ()),
                     bool(item.get("generic")), item.get("part_of"), bool(item.get("named_only")),
                     (int(years[0]), int(years[1]) if len(years) > 1 else _OPEN_END) if years else None)
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
    return ActorDictionary(defs, unique, patterns)


_ASSOCIATED_AFTER = re.compile(r"^\W{0,2}(?:\w+\s+)?(?:compound|compounds|stronghold|strongholds|hideout|hideouts|safe\s*havens?|territory|base|camp|checkpoint|controlled|-controlled|held|-held|area)\b", re.I)
_OFFICE_AFTER = re.compile(r"\s+(?:Public\s+(?:Relations|Affairs|Information)|[Ss]pokes(?:man|person|woman)|[Pp]ress\s+"
                           r"(?:[Oo]ffice|[Ss]ecretary|[Ss]ervice))\b")
# (and the owners of the place raided: "targeting a prison run by the Taliban insurgents")
_HELD_BY_BEFORE = re.compile(r"\b(?:(?:held|kept|detained|imprisoned)\s+(?:as\s+)?(?:hostages?|captives?|prisoners?|in\s+captivity)?\s*|"
                             r"(?:prison|jail|camp|hideout|base|compound|cent(?:er|re)|facility)\s+(?:run|operated|controlled|"
                             r"manned|used)\s+)by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "destroyed the Boko Haram terrorists' IED making factory": the group owns the thing, a place or a thing hit
_POSSESSED_AFTER = re.compile(r"^(?:\s+[a-z]+)?['’]s?\s+(?:[\w-]+\s+){0,3}?(?:factory|factories|workshops?|compounds?|"
                              r"hideouts?|camps?|bases?|enclaves?|caches?|depots?|vehicles?|weapons|flags?|positions?|"
                              r"strongholds?|den|dens|safe\s*houses?|training\s+(?:camps?|centres?|centers?))\b", re.I)
_TARGET_AFTER = re.compile(r"^\W{0,2}(?:\w+\s+){0,2}(?:leaders?|commanders?|members?|fighters?|militants?|insurgents?|facilitators?|operatives?|cells?|network|factions?|official(?!\s+(?:website|site|statement|account|media|page|channel|news|agency|sources?|spokes\w+|figures?|toll))|governor|emir|financier|courier|associates?|suspects?|sub-?commanders?|bomb|bomb-?maker|affiliate|planners?|masterminds?|organi[sz]ers?|recruiters?|experts?|specialists?|chiefs?|deputy|trainers?)\b", re.I)
# "captured by Afghan forces", "artillery fire from an ISAF unit": the agent
# (the words between are no verb of the report's: "commandos assisted by coalition forces captured a Taliban commander")
# (not a place's owner: "a compound known to be used by a Haqqani commander")
_BY_BEFORE = re.compile(rf"(?:(?<!\bused\s)(?<!\bowned\s)(?<!\boccupied\s)(?<!\bfrequented\s)(?<!\bcontrolled\s)\bby|\b(?:fire|rounds?|shells?|strikes?|munitions?|rockets?)\s+from)\s+"
                        rf"(?:(?!(?:{KILL}|{CAPTURE}|{WOUND})\b)\w+\s+){{0,4}}$", re.I)
# the agent as a word of the deed's noun: "killed in a US raid", "killed in recent Afghan and coalition airstrikes",
# "during a combined Afghan and coalition security force operation"
_HIT_IN = r"\b(?:killed|captured|detained|wounded|injured|died)\s+(?:in|during)"  # "killed in ...": what hit them next
_AGENT_BEFORE = re.compile(rf"(?:{_HIT_IN}|\bduring)\s+(?:an?\s+|the\s+)?"
                           r"(?:recent\s+|joint\s+|separate\s+|combined\s+)?$", re.I)
_AGENT_NOUN_AFTER = re.compile(r"^(?:[\s-]+[\w-]+){0,2}?\s+(?:raids?|strikes?|airstrikes?|air\s*strikes?|operations?|assaults?|"
                               r"drone\s+strikes?)\b", re.I)
# ("killed in a skirmish with Taliban militants", "were killed Wednesday in Maiwand district of Helmand province in
# fighting with Afghan police and coalition forces")
# (only a day or a place between the verb and the fight: "killed two civilians during an engagement with insurgents"
# tells whom the verb's subject killed, not who killed them)
# "in a joint operation with the United States-led coalition", "in cooperation with", "with the support of", "backed by":
# a partner of the force that acted
# (and with the operation's place between: "conducted a joint clearing operation in Mandi Sar with NDS")
_PARTNER_BEFORE = re.compile(r"\b(?:(?:joint|combined|coordinated)\s+(?:[\w-]+\s+){0,2}?(?:operations?|raids?|missions?|patrols?|"
                             r"offensive)(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)?\s+with|in\s+(?:cooperation|coordination|conjunction|partnership)\s+with|partnered\s+with|"
                             r"(?:backed|supported|assisted|aided)\s+by|with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:support|help|backing|"
                             r"assistance)\s+(?:of|from))\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?$", re.I)
_BATTLE_WITH_BEFORE = re.compile(r"\b(?:killed|captured|detained|wounded|injured|died)(?:\s+(?:on\s+)?(?:\w+day|yesterday|today|"
                                 r"overnight|last\s+night)|\s+in\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:district|province|area)"
                                 r"(?:\s+of\s+(?:[A-Z][\w’'-]*\s+){1,3}province)?)*\s+(?:in|during)\s+"
                                 r"(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:gun\s*battle|battle|fight|fighting|firefight|clash|clashes|"
                                 r"engagement|shootout|skirmish|exchange\s+of\s+fire)\s+with\s+(?:the\s+)?$", re.I)
_PLACE_OF_BEFORE = re.compile(r"\b(?:to|at|near|inside|outside|from)\s+(?:an?|the)\s+(?:nearby\s+|local\s+)?$", re.I)
_PLACE_OF_AFTER = re.compile(r"\s+(?:(?:special|operations?|forces?|military|medical|combat|forward|operating|patrol|"
                             r"security)\s+){0,3}(?:outpost|base|facility|hospital|installation|headquarters|camp|clinic)\b",
                             re.I)  # ("transported them to a coalition special operations forces camp")
# ("following a brutal attack from the Taliban militants")
_ATTACK_BY_BEFORE = re.compile(r"\b(?:attacks?|assaults?|ambush(?:es)?|raids?|offensive)\s+(?:by|from)\s+(?:an?\s+|the\s+)?"
                               r"(?:[\w-]+\s+){0,3}$", re.I)
# ("was ambushed by insurgent forces and resulted in a number of civilian casualties": what the ambush caused)
_CLAUSE_BETWEEN = re.compile(r"\b(?:where|who|which|whose|while|after|before|because|to\s+capture|to\s+detain|to\s+arrest|"
                             r"to\s+kill|resulted\s+in|resulting\s+in)\b|;", re.I)
# (and whom a force spoke to: "after interviewing some of the villagers")
_SPARED_BEFORE = re.compile(r"\b(?:prevent\w*|protect\w*|avoid\w*\s+(?:harming|hurting|injuring)|safeguard\w*|shield\w*|"
                            r"interview\w*|question\w*|(?:spoke|speak\w*|talk\w*|met|meeting)\s+(?:with|to)|"
                            r"ensur\w*\s+(?:that\s+)?no)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
# (and "There were no reports of Afghan military, civilian or insurgent casualties")
# (and "no ANP and civilian was harmed")
_NONE_BEFORE = re.compile(r"\b(?:no|nor|not\s+any|without\s+any)\s+(?:reports?\s+of\s+)?(?:(?:other|local|Afghan|military|"
                          r"civilian|insurgent|coalition|police|army|security|ANP|ANA|ANSF|ALP|ISAF|NATO)\b,?\s+(?:or\s+|and\s+)?){0,4}$",
                          re.I)
# "Conflicts and violence have claimed more than 5,000 lives last year while Taliban militants vowed ...": a toll told
# as lives claimed
_CLAIMED_LIVES = re.compile(r"\bclaimed\s+(?:[\w,.-]+\s+){0,4}?lives\b", re.I)
# ("adding that police and civilians were not harmed", "Afghan forces suffered no casualties")
_UNHARMED_AFTER = re.compile(r"(?:\s*(?:,|and|or|nor)\s+(?:the\s+)?[\w-]+){0,3}\s+(?:(?:were|was|had\s+been|have\s+been)\s+not\s+"
                             r"(?:\w+\s+)?(?:harmed|hurt|injured|wounded|killed)|(?:suffered|sustained)\s+no)\b", re.I)
_DESERTER_AFTER = re.compile(r"\s+(?:soldier\s+|policeman\s+|officer\s+)?(?:deserters?|defectors?|impostors?|imposters?)\b", re.I)
# "seized some Afghan National Army uniforms": a force's kit, no side of the incident
_UNIFORM_AFTER = re.compile(r"\s+(?:uniforms?|clothing|clothes|outfits?|fatigues)\b", re.I)
_ACTIVITY_AFTER = re.compile(r"\s+(?:activity|activities|presence|movements?)\b", re.I)
# "the terrorist group al-Shabaab", "in this terrorist attack": a word that qualifies a noun, no one of the incident
_QUALIFIED_AFTER = re.compile(r"\s+(?:groups?|organi[sz]ations?|outfits?|networks?|attacks?|acts?|incidents?|plots?|"
                              r"threats?|hideouts?|designations?)\b", re.I)
_SUSPECTED_OF = re.compile(r"\b(?:suspected\s+of|involved\s+in|engaged\s+in|accused\s+of)\s+$", re.I)
_AGAINST_BEFORE = word_led(r"\b(?:against|targeting|targeted|on|at|struck|hit|hitting|attacked|attacking|ambushed|stormed|overran|raided|"
                             # "cleared remnants of Boko Haram terrorists from three villages"
                             r"cleared|clearing|dislodged|dislodging|routed|flushed\s+out|"
                             # "a force pursuing a Taliban commander detained two militants": whom the force was after
                             r"pursuing|pursued|tracking|tracked|hunting|searching\s+for|in\s+search\s+of|looking\s+for|seeking|disrupt\w*|"
                             r"battled|battling|fought|fighting|clash\w*\s+with|engaged|engaging)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}"
                             # ("targeted hideouts of the Islamic State")
                             r"(?:(?<=\bof\s)(?:an?\s+|the\s+))?$", re.I)


# "in a targeted airstrike of the Afghan Air Force": the force whose strike it was
_DEED_OF_BEFORE = re.compile(r"\b(?:air\s*strikes?|airstrikes?|strikes?|raids?|operations?)\s+(?:of|by)\s+(?:the\s+)?$", re.I)
_PLACE_WORD_BEFORE = re.compile(r"\b(?:district|province|village|area|valley|city|town|region)\s+$", re.I)


# the mention is the subject of an attack ("Taliban fighters stormed the compound"), not its object ("attacked by")
_ATTACKS_AFTER = re.compile(r"^(?:[\s-]+[\w-]+){0,2}?\s+(?:attacked|stormed|ambushed|raided|overran|assaulted|"
                            r"launched\s+(?:an?\s+|their\s+)?(?:\w+\s+)?attacks?|opened\s+fire|fired\s+(?:on|at|upon))\b(?!\s+by\b)",
                            re.I)


# a side that is the subject of a passive of its own, after the count's verb
_HIT_ITSELF_AFTER = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?"
                               r"(?:killed|wounded|injured|detained|captured|arrested)\b", re.I)
# a force that ran the operations whose result a passive tells: "ANSF conducted several joint operations in different
# provinces which in result 86 Taliban insurgents killed"
_OPERATED_AFTER = re.compile(r"^(?:[\s-]+[\w-]+){0,2}?\s+(?:conducted|launched|carried\s+out|mounted|staged|undertook)\b", re.I)
_RESULT_BETWEEN = re.compile(r"\b(?:which|in\s+which|as\s+a\s+result|in\s+result|resulting|resulted\s+in)\b", re.I)
# a side named as the subject of a clause that did the harm, whatever verb came first in the sentence
_DEED_SUBJECT_AFTER = re.compile(r"^\s+(?:action|actions|operation|airstrike|air\s+strike|strike|fire|raid)\s+(?:also\s+)?"
                                 r"(?:resulted\s+in|caused|killed|wounded|injured|left)\b", re.I)
_GOVERNED_BEFORE = re.compile(r"\b(?:of|on|against|at|to|with|by|for|from|into)\s+(?:the\s+|an?\s+)?$", re.I)


# (or its other name: "the coalition or International Security Assistance Force (ISAF) said in a statement")
_SPEAKS_AFTER = re.compile(r"\s+(?:or\s+(?:[\w.()-]+\s+){1,5}?)?(?:[\w.()-]+\s+){0,3}?(?:said|says|announced|reported|stated|"
                           r"confirmed)\b(?!\s+(?:by|to)\b)", re.I)
_OWN_MEN_HIT = re.compile(rf"\b(?:{FORCES_MEN}|members\s+of\s+the\s+(?:security|armed)\s+forces)\b", re.I)
_FOUGHT_BY_THE_HIT = re.compile(r"\b(?:who|which|that)\s+(?:were|was|had\s+been)\s+(?:attacking|engaging|fighting|ambushing|"
                                r"assaulting)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}$", re.I)


def assign_role(sentence: str, mention: ActorMention, verb_pos: int | None, verb_passive: bool) -> ActorRole:
    after = sentence[mention.end:]
    before = sentence[: mention.start]
    if (_ASSOCIATED_AFTER.match(after) or _POSSESSED_AFTER.match(after)) and mention.actor.kind not in (
            ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER):
        return ActorRole.ASSOCIATED  # "a Taliban compound" (an army checkpoint that is attacked is side B)
    if _DEED_SUBJECT_AFTER.match(after) and not _GOVERNED_BEFORE.search(before):
        return ActorRole.SIDE_A  # "..., the ISAF action also resulted in the unintentional deaths of civilians"
    if _HELD_BY_BEFORE.search(before) and mention.actor.kind in _ARMED_GROUPS:
        return ActorRole.SIDE_B  # "rescued 212 persons held hostage by Boko Haram terrorists": the captors raided
    if _BY_BEFORE.search(before) or (_AGENT_BEFORE.search(before) and _AGENT_NOUN_AFTER.match(after)) \
            or _DEED_OF_BEFORE.search(before) or (re.search(r"\b(?:in|during)\s+(?:an?|the|their)\s+$", before, re.I)
                                                   and re.search(r"\b(?:patrols?|raids?|operations?)$", mention.text, re.I)):
        # "captured by Afghan forces", "killed in recent Afghan and coalition airstrikes", "in a targeted airstrike of
        # the Afghan Air Force", "killed five militants in a joint patrol"
        return ActorRole.SIDE_A
    if mention.actor.kind == ActorKind.STATE_FORCES and _FOUGHT_BY_THE_HIT.search(before):
        # "an airstrike against al-Shabaab terrorists who were attacking Somali National Army forces": the force
        # the hit were fighting, on the striker's side
        return ActorRole.SIDE_A
    if _BATTLE_WITH_BEFORE.search(before) or _PARTNER_BEFORE.search(before):
        # "a leader killed in a gun battle with Afghan and coalition forces", "killed during recent clashes with ..."
        return ActorRole.SIDE_A
    if _AGAINST_BEFORE.search(before) and not _PLACE_WORD_BEFORE.search(before):
        # (not "In a separate operation at Jaghato district Afghan and coalition forces killed ...": a place, and the
        # sentence's subject after it)
        return ActorRole.SIDE_B  # "struck a police vehicle", "attacked army checkpoints"
    if mention.actor.kind in _ARMED_GROUPS and _TARGET_AFTER.match(after) and re.search(
            r"\b(?:of|for)\s+(?:the\s+|an?\s+)?(?:former\s+|senior\s+|top\s+|local\s+|key\s+)?$", before, re.I):
        # ("opened fire at the home of a former Taliban leader")
        return ActorRole.SIDE_B  # "a raid on the safe house of Taliban Commander Nangali Khan": the one searched for
    if verb_pos is not None and mention.actor.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER) and _SPEAKS_AFTER.match(after) and \
            not _SPEAKS_AFTER.match(sentence, verb_pos):
        # "Iraqi counterterrorism forces said on Monday that three suspected ISIS members were killed", "..., the
        # clashes resulted in the killing of three ISIS members," the Counter-Terrorism Service said": the force that
        # reports its own operation, not one of the dead (unless its own were: "the police said three policemen ...",
        # "A US soldier was killed in an IED explosion ..., the US Forces for Afghanistan (USFOR-A) said")
        return ActorRole.SIDE_B if _OWN_MEN_HIT.search(before) or _OWN_MEN_HIT.search(after) else ActorRole.SIDE_A
    if verb_pos is not None:
        if mention.start < verb_pos:
            if re.search(r"\bleft\s+(?:[\w-]+\s+){0,4}$", before, re.I):
                return ActorRole.SIDE_B  # "a raid which left 9 Taliban fighters dead": the men left dead
            if verb_passive and _ATTACKS_AFTER.match(after) and not _AGAINST_BEFORE.search(before):
                # "Taliban militants attacked a checkpoint ..., following which eight policemen were killed"
                return ActorRole.SIDE_A
            if verb_passive and mention.actor.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER) and \
                    _OPERATED_AFTER.match(after) and _RESULT_BETWEEN.search(sentence, mention.end, verb_pos):
                # "Afghan forces conducted several operations ... which in result 86 Taliban insurgents killed"
                return ActorRole.SIDE_A
            # (nor does a force whose sentence tells the hit as others: "ISAF and U.S. Forces Afghanistan ... extend
            # our deepest regrets ... to the families of those who died or were injured during coalition airstrikes")
            if verb_passive and re.search(r"\b(?:when|while|as|(?:in|during|after|following)\s+which|those\s+who)\b",
                                          sentence[mention.end: verb_pos], re.I):
                # ("Afghan National Police repels armed Taliban attack in Arzo village, in which four armed Taliban
                # were killed": the clause's own subject was hit)
                # "The Afghan-led force was conducting operations ... when the insurgent leader was apprehended"
                return default_role(mention.actor.kind)
            return ActorRole.SIDE_B if verb_passive else ActorRole.SIDE_A
        # "was killed in a US raid": after a passive verb stands the agent (not past a clause's start: "has been
        # captured in the north where his fighters joined forces with the Taliban")
        if verb_passive and _ATTACKS_AFTER.match(after):
            # "five policemen were killed after (when) Taliban militants attacked a checkpoint": the attackers
            return ActorRole.SIDE_A
        if verb_passive and _CLAUSE_BETWEEN.search(sentence[verb_pos: mention.start]):
            return default_role(mention.actor.kind)
        if _HIT_ITSELF_AFTER.match(after):
            return ActorRole.SIDE_B  # "One suspect was detained, several insurgents were wounded or killed": no agent
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


# a force confirming the deed it is the subject of: "Afghan and coalition forces today confirmed the capture of ..."
# (also "U.S. Forces in Afghanistan confirmed killing of Qari Tayeb": the force of a country, no article)
_CONFIRMED_OWN_DEED = re.compile(r"(?:\s+(?:security\s+)?(?:forces?|troops))?(?:\s+in\s+(?-i:[A-Z][a-z]+))?\s+(?:(?:today|yesterday|also|later)\s+)?"
                                 r"confirmed\s+(?:(?:today|yesterday)\s+)?(?:the\s+)?(?:capture|death|killing|detention|arrest)\s+of\b", re.I)
# (not "reportedly": "a Haqqani facilitator reportedly involved in planning attacks" is the target, no source)
_REPORTING = re.compile(r"\b(?:confirm\w*|said|says|report(?!edly)\w*|announc\w*|claim\w*|stated|statement|told|added|"
                        r"condemn\w*)\b", re.I)


_ROLE_ORDER = {ActorRole.SIDE_A: 0, ActorRole.SIDE_B: 1, ActorRole.ASSOCIATED: 2}
_ARMED_GROUPS = (ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA, ActorKind.IDENTITY_MILITIA)


# (and the attack, after who told it: "He says the attack was likely carried out by the Taliban")
_CARRIED_OUT_BY = re.compile(r"^(?:(?:He|She|They|The\s+(?:[\w-]+\s+){0,2}?(?:official|spokesman|governor|police\s+chief))\s+"
                             r"(?:says|said|added)\s+(?:that\s+)?)?"
                             r"The\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|strike|airstrike|offensive|attack|ambush|bombing)\s+"
                             r"(?:was|were)\s+"
                             r"(?:\w+ly\s+)?(?:carried\s+out|conducted|led|launched|executed)\s+(?:\w+ly\s+)?by\b", re.I)


# ("Afghan army commandos, with the support of the international military coalition, conducted an overnight raid and
# freed more than 60 prisoners": who acted, in a sentence that counts no one)
# (after the partner it worked with: "In coordination with the Federal Government of Somalia, U.S. Africa Command
# conducted an airstrike against al-Shabaab terrorists")
_FORCE_CONDUCTED = re.compile(r"^(?:(?:In\s+(?:coordination|co-ordination|cooperation|support)\s+(?:with|of)|With\s+the\s+"
                              r"support\s+of)\s[^,;]{1,60},\s*)?(?:[\w'’.-]+\s+){0,6}?(?:forces?|commandos|troops|army|"
                              r"military|police|soldiers|units?|command|AFRICOM|CENTCOM)\b[^.;]{0,80}?"
                              r"\b(?:conducted|carried\s+out|launched|staged|mounted)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:raid|operation|strike|airstrike|air\s+strike|drone\s+strike|assault)\b", re.I)


def pick_actors(segment: list[Sentence], count_sentences: list[tuple[Sentence, int, bool]],
                 event_sentences: list[Sentence], country_code: str | None = None,
                 year: int | None = None) -> tuple[list[Actor], list[Evidence]]:
    dictionary = load()
    verb_info = {id(s): (pos, passive) for s, pos, passive in count_sentences}
    found: dict[str, Actor] = {}
    evidence: list[Evidence] = []
    # (and "The operation was carried out jointly by Afghan National Police and Afghan National Army": who acted)
    counted_ids = {id(s) for s in event_sentences}
    conducted_at = {id(s): m.end() for s in segment
                    if ("conducted" in s.text or "launched" in s.text or "carried out" in s.text or "staged" in s.text
                        or "mounted" in s.text) and (m := _FORCE_CONDUCTED.match(s.text))}  # (its verbs first: cheap)
    wanted = counted_ids | set(conducted_at) | {id(s) for s in segment if _CARRIED_OUT_BY.match(s.text)}
    # in document order: who attacked whom is told before who said what about it
    # (a campaign's or a period's toll names no side of this incident: "More than 2,400 civilians were killed by Afghan
    # soldiers, foreign troops and Taliban militants from January to September")
    # (a running total the sentence closes with is not its own: "..., bringing the total number of NATO fatalities to
    # seven in the past two days")
    sources = [s for s in segment if (id(s) in wanted or _describes_target(s.text)) and not (
        is_statistic(s.text[: running_total_start(s.text)]) and (HIT_VERB.search(s.text) or _CLAIMED_LIVES.search(s.text)))]
    for s in sources:
        pos, passive = verb_info.get(id(s), (None, False))
        if pos is None and id(s) in conducted_at and id(s) not in counted_ids:
            pos = conducted_at[id(s)]  # (the force before its raid acted; whom the raid targeted, after it, was hit)
        elif pos is None:
            # the first word of what happened; "In another operation today, a force destroyed a cache": not the noun
            m = next((w for w in EVENT_WORDS.finditer(s.text) if w.group(0).lower() not in ("operation", "raid")), None)
            pos = m.start() if m else None
            passive = bool(m and re.search(r"\b(?:was|were|been)\s+$", s.text[: m.start()]))
        in_event = id(s) in wanted
        member_end = None
        mentions = dictionary.find(s.text)
        if mentions and id(s) in counted_ids:
            # (not the sides of the other incidents a clause of the sentence sums up: "A district chief along with six
            # policemen were killed in an explosion ..., while coalition forces killed 18 suspected Taliban in two
            # clashes in southern Afghanistan")
            own_end = own_clause_end(s.text)
            mentions = [am for am in mentions if am.start < own_end]
        past = background_spans(s.text) if mentions else []
        sources: set[int] = set()  # the mentions that name the report's source, not a side
        for k, am in enumerate(mentions):
            if k - 1 in sources and mentions[k - 1].actor == am.actor and s.text[mentions[k - 1].end: am.start].strip() == "(":
                continue  # 'said the International Security Assistance Force (ISAF)': the source's name again
            if _NONE_BEFORE.search(s.text[: am.start]) or _UNHARMED_AFTER.match(s.text[am.end:]) or (
                    am.actor.kind == ActorKind.CIVILIANS and _SPARED_BEFORE.search(s.text[: am.start])):
                # "no civilians were injured", "to prevent civilians from being harmed": nobody of that side was hit
                continue
            if _DESERTER_AFTER.match(s.text[am.end:]) or _UNIFORM_AFTER.match(s.text[am.end:]):
                continue  # "an Afghan National Army deserter turned Taliban insurgent": no longer of that force
            if am.actor.generic and am.text.lower() == "terrorist" and _QUALIFIED_AFTER.match(s.text[am.end:]):
                continue
            if am.actor.generic and _ACTIVITY_AFTER.match(s.text[am.end:]) and not _SUSPECTED_OF.search(s.text[: am.start]):
                # "after intelligence indicated insurgent activity": a kind of activity, no one acting (but "seven
                # men suspected of insurgent activity" are the insurgents hit)
                continue
            if am.actor.kind == ActorKind.STATE_FORCES and _OFFICE_AFTER.match(s.text[am.end:]):
                continue  # "the Director of Army Public Relations": a force's press office, the report's source
            if _PLACE_OF_BEFORE.search(s.text[: am.start]) and _PLACE_OF_AFTER.match(s.text[am.end:]):
                continue  # "brought to a nearby ISAF outpost": a place the wounded were taken to, no side
            if am.actor.kind not in _ARMED_GROUPS and any(a <= am.start < b for a, b in past):
                continue  # "a cell responsible for targeting Afghan civilians and Coalition Forces": the cell's past
            # "fighters for al-Qaida and the Taliban": the second group of a list is the first's kind
            listed = member_end is not None and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?",
                                                             s.text[member_end: am.start])
            member = not in_event and am.actor.kind in _ARMED_GROUPS and (
                _MEMBERSHIP.search(s.text[: am.start]) or listed)
            member_end = am.end if member else None
            if not in_event and not member and not _claim(s.text) and not (
                    am.actor.kind in _ARMED_GROUPS and _AFFILIATION.match(s.text[am.end:])) and not (
                    # (a group telling what its fighters did: "al Shabaab said on Monday its fighters had attacked a
                    # base, killing 27 soldiers", a claim the counts leave aside)
                    am.actor.kind in _ARMED_GROUPS and _speaks_of_own_fighters(s.text, am.end)):
                # outside the event's own sentences only "a Haqqani leader" names a side, not "supports the Taliban"
                # nor "ISAF service members discovered the child"
                continue
            claim = _claim(s.text)
            if claim and am.start > claim.end() and re.search(r"\b(?:saying|said|adding|added)\b", s.text[claim.end(): am.start]):
                continue  # "claimed responsibility, saying that their forces killed 22 foreign troops": the group's word
            # (not "attacked by militants, said Kefayat Ullah Ablagh": the one who speaks comes after "said")
            speaker = _SPEAKER_AFTER.match(s.text[am.end:]) and not _SAID_THEN_SPEAKER.match(s.text, am.end)
            if claim and am.start < claim.start():
                role = ActorRole.SIDE_A  # "The Taliban claimed responsibility"
            elif speaker and _speaks_of_own_fighters(s.text, am.end):
                role = ActorRole.SIDE_A  # "The Taliban said its fighters killed 10 soldiers": a claim of the attack
            elif am.actor.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER) and _CONFIRMED_OWN_DEED.match(s.text, am.end):
                role = ActorRole.SIDE_A  # "Afghan and coalition forces today confirmed the capture of ...": their own
            elif speaker or _SOURCE_BEFORE.search(s.text[: am.start]) or (pos is not None and am.start < pos and _REPORTING.search(s.text[am.end:pos])
                             and not re.search(r"\b(?:killed|captured|detained)\b", s.text[am.end:pos])):
                sources.add(k)
                continue  # "the Afghan National Army said ...": a source of the report, not a side
            elif _ATTACK_BY_BEFORE.search(s.text[: am.start]):
                role = ActorRole.SIDE_A  # "to repel an attack by an estimated 50 Taliban fighters": the attackers
            elif _TARGETED_BEFORE.search(s.text[: am.start]):
                role = ActorRole.SIDE_B  # "A suicide bomber targeted a convoy of the NATO-led force": the one hit
            elif member or (not in_event and am.actor.kind in _ARMED_GROUPS and _TARGET_AFTER.match(s.text[am.end:])):
                role = ActorRole.SIDE_B  # "searching for a Taliban leader who directs attacks": the target
            else:
                role = assign_role(s.text, am, pos, passive)
            actor = dictionary.in_scope(am.actor, am.text, country_code, year)
            for d in (actor, dictionary.parent(actor), dictionary.local_branch(actor, country_code)):
                if d is None:
                    continue
                prev = found.get(d.name)
                if prev is None:  # the first role an actor is seen in wins: event sentences come first
                    found[d.name] = to_actor(d, role, am.text)
            evidence.append(Evidence("actors", s.start, s.end, s.text))
    if not any(a.role == ActorRole.SIDE_A for a in found.values()):
        _opening_force(segment, dictionary, found, evidence, country_code, year)
    actors = _tidy(list(found.values()), dictionary)
    # one evidence entry per sentence is enough
    seen, ev = set(), []
    for e in evidence:
        if (e.start, e.end) not in seen:
            seen.add((e.start, e.end))
            ev.append(e)
    return actors, ev


def _opening_force(segment: list[Sentence], dictionary: ActorDictionary, found: dict[str, Actor],
                   evidence: list[Evidence], country_code: str | None = None, year: int | None = None) -> None:
    """With no one seen acting, the force the section opens with: "An Afghan and coalition security force conducted an
    operation to detain a recruiter ... During the operation several suspected insurgents were detained"."""
    first = next((s for s in segment if not s.is_title), None)
    if first is None:
        return
    dateline = DATELINE_HEAD.match(first.text)  # "Paktika Province, Afghanistan – The Afghan Uniformed Police ..."
    opens = dateline.end() if dateline else 0
    for am in dictionary.find(first.text):
        if am.start >= opens and _OPERATION_BY.search(first.text[opens: am.start]) and not am.actor.generic:
            # "a seven-member cell of ISIS was dismantled during an airborne operation by SDF and coalition forces"
            actor = dictionary.in_scope(am.actor, am.text, country_code, year)
            found.setdefault(actor.name, to_actor(actor, ActorRole.SIDE_A, am.text))
            evidence.append(Evidence("actors", first.start, first.end, first.text))
            continue
        if am.start < opens or not _SUBJECT_HEAD.fullmatch(first.text[opens: am.start].lstrip()) or \
                _ATTACKED_AFTER.match(first.text[am.end:]):
            continue
        # (any armed side telling its own deed: "The Syrian Democratic Forces (SDF) confirmed that they had arrested a
        # local ISIS leader")
        self_report = bool(_SELF_REPORT.match(first.text[am.end:])) and not am.actor.generic
        if self_report or am.actor.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER) and (
                not _SPEAKER_AFTER.match(first.text[am.end:]) and not _REPORTING.search(first.text[am.end: am.end + 40])):
            actor = dictionary.in_scope(am.actor, am.text, country_code, year)
            found.setdefault(actor.name, to_actor(actor, ActorRole.SIDE_A, am.text))
            evidence.append(Evidence("actors", first.start, first.end, first.text))


# "during an airborne operation by SDF and coalition forces": who carried the operation out (and a second force with it)
_OPERATION_BY = re.compile(r"\b(?:operation|raid|strike|airstrike|offensive|assault)\s+(?:conducted\s+|carried\s+out\s+|led\s+)?by\s+"
                           r"(?:the\s+)?(?:[\w-]+\s+(?:and|,)\s+(?:the\s+)?)?$", re.I)
# "The Malian Armed Forces (FAMA) announced on Thursday that it had destroyed a terrorist base": the force tells its deed
_SELF_REPORT = re.compile(r"\W{0,3}(?:\([^)]{1,20}\)\s*)?(?:on\s+\w+\s+)?(?:announced|said|reported|stated|claimed|confirmed)\s+"
                          r"(?:on\s+\w+\s+)?that\s+"
                          r"(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b", re.I)
_TARGETED_BEFORE = re.compile(r"\b(?:targeted|attacked|struck|ambushed|rammed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:(?:convoy|patrol|vehicle|base|checkpoint|post|outpost|compound)\s+of\s+(?:an?\s+|the\s+)?)?$|"
                              # "a suicide bomber detonated an explosives-packed vehicle near a convoy of foreign forces"
                              r"\b(?:detonated|exploded|blew\s+(?:himself|herself)\s+up|went\s+off)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:near|at|beside|next\s+to|alongside)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:convoy|patrol|vehicle|base|checkpoint|post|outpost|compound)\s+of\s+(?:an?\s+|the\s+)?$|"
                              # "conducted an operation to degrade Taliban command-and-control networks": what it aimed at
                              r"\b(?:operations?|raids?|missions?)\s+(?:aimed\s+at\s+|(?:intended\s+)?to\s+)(?:degrad|disrupt|"
                              r"dismantl|counter)(?:e|ing)?\s+(?:the\s+)?$", re.I)
# "An ISAF convoy consisting of two vehicles was attacked by a suicide car bomber": the force opens as the one hit
_ATTACKED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:was|were)\s+(?:attacked|ambushed|targeted|hit|struck|bombed)\b", re.I)


# the words before a sentence's subject: "An", "A combined", "In Sabari district, a"
# (or a day: "Today, ISAF conducted a precision air strike", "On Tuesday, Afghan forces ...")
_SUBJECT_HEAD = re.compile(r"(?:(?:Today|Yesterday|Tonight|Last\s+night|Overnight|This\s+morning|Earlier\s+today|"
                           r"On\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?),?\s+)?"
                           r"(?:In\s+[^,]{3,60},\s*(?:[^,]{3,40},\s*)?)?(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:combined|joint|partnered|separate)\s+)?"
                           # ("The Kurdish-led Syrian Democratic Forces", "the US-backed SDF")
                           r"(?:[A-Z][\w.]*-(?:led|backed|based|trained|supported)\s+)?"
                           # "The Special Operation Forces of the Afghan National Army (ANA) conducted a night raid": a unit
                           # of the force
                           r"(?:(?:[A-Z][\w-]*\s+){0,3}(?:Forces|Force|Units?|Commandos|Corps|Brigade)\s+of\s+(?:the\s+)?)?")


def headline_actors(actors: list[Actor], titles: list[Sentence],
                    country_code: str | None = None) -> tuple[list[Actor], list[Evidence]]:
    """When the body names no armed group, the headline may ("Haqqani Facilitator Detained in Khost"):
    a group the headline names with a target word is the side that was hit."""
    dictionary = load()
    if any(a.kind in _ARMED_GROUPS and not dictionary.defs[a.name].generic for a in actors):
        return actors, []
    out, evidence = list(actors), []
    for t in titles:
        for am in dictionary.find(t.text):
            if am.actor.kind not in _ARMED_GROUPS or am.actor.generic or not _TARGET_AFTER.match(t.text[am.end:]):
                continue
            for d in (am.actor, dictionary.parent(am.actor), dictionary.local_branch(am.actor, country_code)):
                if d is not None and all(a.name != d.name for a in out):
                    out.append(to_actor(d, ActorRole.SIDE_B, am.text))
            evidence.append(Evidence("actors", t.start, t.end, t.text))
    return _tidy(out, dictionary), evidence


def with_civilians_hit(actors: list[Actor]) -> list[Actor]:
    """The actors with civilians on side B, where the counts say civilians were hit."""
    if any(a.kind == ActorKind.CIVILIANS and a.role == ActorRole.SIDE_B for a in actors):
        return actors
    dictionary = load()
    civilians = next(d for d in dictionary.defs.values() if d.kind == ActorKind.CIVILIANS and d.generic)
    return _in_role_order([*actors, to_actor(civilians, ActorRole.SIDE_B, "civilians")])


def _tidy(actors: list[Actor], dictionary: ActorDictionary) -> list[Actor]:
    """A generic actor ("Security Forces") only where no named one stands on its side; sides in order."""
    if not any(a.role == ActorRole.SIDE_A for a in actors) and any(
            a.role == ActorRole.SIDE_B and a.kind in _ARMED_GROUPS for a in actors):
        # "At least three policemen and six Taliban militants were killed as clashes erupted": the dead of both sides of
        # a clash, the state's men the side that fought the group
        actors = [replace(a, role=ActorRole.SIDE_A) if a.role == ActorRole.SIDE_B and a.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER)
                  else a for a in actors]
    elif not any(a.role == ActorRole.SIDE_B for a in actors) and any(
            a.role == ActorRole.SIDE_A and a.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER) for a in actors) \
            and not any(a.role == ActorRole.SIDE_A and a.kind in _ARMED_GROUPS and not dictionary.defs[a.name].generic
                        for a in actors):
        # "A soldier was martyred in an exchange of fire between terrorists and security forces": both named as acting,
        # the insurgents the side the state fought (a named group beside a force may be its ally: "an operation by SDF
        # and coalition forces")
        actors = [replace(a, role=ActorRole.SIDE_B) if a.role == ActorRole.SIDE_A and a.kind in _ARMED_GROUPS
                  and dictionary.defs[a.name].generic else a for a in actors]
    named_sides = {a.role for a in actors if not dictionary.defs[a.name].generic}
    actors = [a for a in actors if not (dictionary.defs[a.name].generic and a.role in named_sides)]
    # (nor the state's men hit where a named state force acted: "Afghan police drove back a Taliban assault ... The
    # fighting left two policemen dead" is the police's fight, their dead no side of their own)
    if any(a.kind == ActorKind.STATE_FORCES and a.role == ActorRole.SIDE_A and not dictionary.defs[a.name].generic
           for a in actors):
        actors = [a for a in actors if not (dictionary.defs[a.name].generic and a.kind == ActorKind.STATE_FORCES
                                            and a.role == ActorRole.SIDE_B)]
    return _in_role_order(actors)


def _in_role_order(actors: list[Actor]) -> list[Actor]:
    return sorted(actors, key=lambda a: (_ROLE_ORDER[a.role], a.name))


_TARGET_WORDS = re.compile(r"\b(?:leader|commander|facilitator|member|militants?|insurgents?|fighters?|operative|financier|courier|emir|governor|targeted|network)\b", re.I)


def _describes_target(text: str) -> bool:
    """A sentence that names whom the operation was after ("a Taliban weapons specialist") or who claimed it."""
    if _TARGET_WORDS.search(text) or _claim(text):
        return True
    return any(_AFFILIATION.match(text[m.end:]) or _MEMBERSHIP.search(text[: m.start]) for m in load().find(text))


# "The fighters are believed to belong to the IMU", "Police said the two were members of the Taliban": the people
# the report counted are the group's; "... the compound was used by fighters linked to the Haqqani network" too
_MEMBERSHIP = re.compile(rf"(?:(?:^|\bsaid\s+(?:that\s+)?)(?i:the|these|those|both|all|they|he)\b[^.;]{{0,60}}?|\b{PERSON_NOUNS}\s+(?=(?:linked|tied|"
                         r"affiliated|loyal|belonging|connected)\b))\b(?:belong(?:s|ed|ing)?\s+to|(?:are|is|were|was|be)\s+"
                         r"(?:all\s+)?(?:an?\s+)?(?:known\s+|senior\s+|active\s+|longtime\s+|long-time\s+)?members?\s+of|"
                         r"(?:affiliated|associated)\s+with|(?:loyal|linked|tied|connected)\s+(?:to|with)|"
                         # ("The arrested leader maintained close ties to Haqqani network leadership")
                         r"(?:has|have|had|with|of|maintain(?:s|ed|ing)?)\s+(?:close\s+|strong\s+|known\s+)?(?:ties|links|connections)\s+(?:to|with)|"
                         # "had been planting bombs for the Taliban", "was collecting taxes for the Haqqanis"
                         r"(?:work(?:s|ed|ing)?|fight(?:s|ing)?|fought|\w+ing\s+(?:[\w-]+\s+){0,3}?)for)"
                         r"\s+(?:the\s+|an?\s+)?$")
# "a Haqqani leader", "members of an IMU cell": the group's people
_AFFILIATION = re.compile(rf"^\W{{0,2}}(?:(?!(?:had|has|have|was|were|is|are|did|would|will|said|says|and|or|to|"
                          r"\w+ed\s+(?:an?|the|his|her|their|its|two|three|four|five|six|\d+|several|some|many)\s)\b)"
                          rf"[\w’'-]+\s+){{0,2}}"
                          rf"(?!spokes(?:man|men|woman|person)\b)(?:{PERSON_NOUNS}|cells?|figures?|factions?)\b", re.I)
# not "the Taliban had threatened villagers" nor "Afghan police protected two women" (a verb between); a group's
# spokesman speaks for it, he names no side


# "..., according to ISAF officials", "a statement from the Afghan Interior Ministry": a source of the report
# (and after a quote: '... yesterday," said the US-led International Security Assistance Force in a statement')
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|citing|quoting|(?:statement|release)\s+(?:issued\s+)?(?:from|by))\s+(?:an?\s+|the\s+)?$|"
                            r"[\"”]\s*(?:said|says|added|stated)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# (or its press channel: "SDF's official website said that the operation took place ...")
_SPEAKER_AFTER = re.compile(r"^(?:\W{0,3}(?:\w+\s+){0,2}|['’]s\s+(?:official\s+)?(?:website|site|statement|media\s+(?:center|centre|office)|"
                            r"press\s+(?:office|release)|account|page|channel)\s+)(?:said|says|say|told|reported|stated|announced|"
                            r"added|confirmed)\b", re.I)
# (nor "killed by militants, the army said": after a comma, another subject speaks)
_SAID_THEN_SPEAKER = re.compile(r"\s*,\s*(?:(?:said|says|told|added|stated)\s+)?(?:the\s|an?\s|(?-i:[A-Z]))", re.I)
# ("said on Monday its fighters had attacked ...": the day of the saying may stand between)
_OWN_FIGHTERS = re.compile(r"^\s+(?:(?:on\s+)?(?:\w+day|today|yesterday)\s+)?(?:that\s+)?(?:its|their)\s+(?:\w+\s+)?"
                           r"(?:fighters|militants|men|mujahideen|members|forces|soldiers|troops|personnel|commandos|police)\b",
                           re.I)


def _speaks_of_own_fighters(text: str, end: int) -> bool:
    """The group named just before `end` telling what its men did: "The Taliban said its fighters killed 10 soldiers"
    (a claim of the attack, the group the side that acted)."""
    speaker = _SPEAKER_AFTER.match(text[end:])
    return bool(speaker and _OWN_FIGHTERS.match(text[end + speaker.end():]))


# "claimed responsibility", "claimed the bombing": the claimant acted
_CLAIM = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility|credit|the\s+(?:\w+\s+)?(?:attack|bombing|blast|explosion|"
                    r"assault|ambush|strike|killing|killings|raid|abduction|kidnapping))\b", re.I)


def _claim(text: str) -> re.Match | None:
    """A claim of the attack, not its denial: "No group including the Taliban has claimed responsibility"."""
    m = _CLAIM.search(text)
    return m if m and not re.search(r"\b(?:no|not|nobody|none|yet\s+to)\b[^.;]{0,50}$", text[: m.start()], re.I) else None


# the armed group speaking: "the group said", "a spokesman for al Shabaab said", "al Shabaab's military operation
# spokesman told Reuters", "al Shabaab said"
# (a spokesman for an armed group, not any spokesman: "a spokesman for the provincial governor said that ...")
_GROUP_SPEAKER = re.compile(r"\b(?:the|its)\s+(?:group|militants?|insurgents?|fighters|attackers|rebels)\s+(?:also\s+)?(?:said|says|"
                            r"claimed|claims)\b|\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?(?:group|militants?|"
                            r"insurgents?|rebels|fighters|outfit|movement)\b|\bits\s+spokes(?:man|woman|person)\b", re.I)
_SPOKESMAN_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?$", re.I)
# ("Qari Yusouf Ahmadi, Taliban spokesman, claimed responsibility": the spokesman's title in apposition)
# ("a Taliban spokesman, Zabihullah Mujahid, claimed": and his name after it)
_SAYS_AFTER = re.compile(r"\W{0,3}(?:[\w’'-]+\s+){0,4}?(?:spokes(?:man|woman|person)\s*,\s+(?-i:[A-Z][\w’'.-]*,?\s+){0,3})?"
                         # ("the Taliban insurgent group has rejected the report, saying that only civilians were killed")
                         r"(?:said|says|claimed|claims|told|confirmed|alleged|denied|denies|(?:rejected|dismissed|disputed)\s+"
                         r"the\s+(?:report|reports|claims?|figures?|account))\b", re.I)


_SPEECH = re.compile(r"\b(?:said|says|claim|claimed|claims|told|spokes|denied|denies|rejected|dismissed|disputed)", re.I)


@lru_cache(maxsize=8192)
def group_claims(text: str) -> bool:
    """Whether an armed group (or its spokesman) is the one telling the sentence's figures."""
    if not _SPEECH.search(text):
        return False  # (most sentences: no word of speech, no look-up)
    if _GROUP_SPEAKER.search(text):
        return True
    mentions = load().find(text)
    for am in mentions:
        says = _SAYS_AFTER.match(text[am.end:]) if am.actor.kind in _ARMED_GROUPS and not am.actor.generic else None
        if says and re.search(r'["”]', says.group(0)):
            says = None  # '... our troops spotted and killed 60 Taliban," said General Raufi': the group is in the quote
        if says and any(am.end < o.start < am.end + says.end() and o.actor != am.actor and not o.actor.generic
                        for o in mentions):
            says = None  # "... against a Taliban faction linked to al-Qaida, the international coalition said": another
        # (not the group's word on a deed of its own, told after the figures: "12 members of a family were killed by
        # a landmine blast, police confirmed on Sunday as Taliban on the same day said it seized Taluqan")
        if says and not _OWN_OTHER_DEED.match(text, am.end + says.end()):
            return True
        if am.actor.kind in _ARMED_GROUPS and not am.actor.generic and _SPOKESMAN_FOR.search(text, 0, am.start):
            return True  # "a spokesman for the Taliban, Zabihullah Mujahid, said ..."
    return False


_OWN_OTHER_DEED = re.compile(r"\s*(?:that\s+)?(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had\s+|have\s+|has\s+)?"
                             r"(?!killed\b|wounded\b|injured\b|captured\b|shot\b|kidnapped\b|abducted\b|executed\b)"
                             r"(?:seized|captured|took|overran|freed|released|destroyed|entered|controlled|won)\b", re.I)
