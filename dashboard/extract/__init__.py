"""Extraction: an Article and a reference date in, incident drafts with evidence out.

Pure: no database, no network, no clock. The stages read in the order of the data: clean the text,
split sentences, find the reference date, cut the report into incidents, and for each read counts,
dates, places, actors, people and the event type, keeping the sentence behind every field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..geocode import Resolver
from ..models import (
    Actor,
    ActorKind,
    ActorRole,
    Article,
    Count,
    EventDate,
    Evidence,
    Extraction,
    GeoPrecision,
    Incident,
    Person,
    Place,
)
from . import actors as actor_mod
from .clean import Sentence, clean_text, normalise_spaces, split_sentences
from .counts import _BACKGROUND, PERSON_NOUNS, Tally, find_mentions, group_size, is_aggregate
from .dates import DateMention, Reference, find_dates, find_reference, reference_as_event
from .events import EVENT_WORDS, classify
from .language import detect_language
from .places import PlaceMention, find_places

MAX_CHARS = 200_000  # news reports are far shorter; past this only the start is read (and the user told)

_NEW_INCIDENT = re.compile(
    r"^(?:In\s+(?:a|another)\s+(?:separate\s+|similar\s+|related\s+)?(?:operation|incident|attack|raid|engagement|strike|clash)|"
    r"(?:In\s+)?(?:Elsewhere|Separately|Meanwhile)\b|Also\s+(?:today|yesterday|on|in|last|this)\b|In\s+other\s+(?:operations|news|incidents|action))",
    re.I,
)
_COUNTRY_WORDS = {
    "afghan": "Afghanistan", "afghanistan": "Afghanistan", "pakistan": "Pakistan", "iraq": "Iraq", "syria": "Syria",
    "somalia": "Somalia", "yemen": "Yemen", "nigeria": "Nigeria", "mali": "Mali", "niger": "Niger",
    "burkina faso": "Burkina Faso",
}
_COUNTRY_RX = re.compile(r"\b(" + "|".join(sorted(_COUNTRY_WORDS, key=len, reverse=True)) + r")\b", re.I)
_REPORTING = re.compile(r"\b(?:confirm\w*|said|says|report\w*|announc\w*|claim\w*|stat\w+|told|added)\b", re.I)


@dataclass
class _Segment:
    sentences: list[Sentence] = field(default_factory=list)
    update_from: int = 10**12  # offset where an update of the same report begins: it restates, never adds


_UPDATE = re.compile(r"^(?:-{3,}|_{3,}|UPDATE\b|Update\s*:|Editor['’]s\s+note)", re.I)


def extract(article: Article, reference: dt.date | None = None, resolver: Resolver | None = None) -> Extraction:
    """Incidents found in one article, or none with the reason why."""
    text = article.text or ""
    warnings: list[str] = []
    if not text.strip():
        return Extraction(article, (), "the text is empty")
    if len(text) > MAX_CHARS:
        warnings.append(f"the report is {len(text):,} characters; only the first {MAX_CHARS:,} were read")
        text = text[:MAX_CHARS]
    lang = detect_language(text)
    if lang != "en":
        return Extraction(article, (), f"the report is not in English (it looks like {lang}); nothing was extracted",
                          warnings=tuple(warnings))
    cleaned = clean_text(text)
    sentences = split_sentences(cleaned)
    ref = find_reference(normalise_spaces(text), reference or article.published)
    resolver = resolver or Resolver()
    country = _country_hint(cleaned)
    incidents = []
    for seg in _segments(sentences):
        inc = _incident(seg, sentences, ref, resolver, country)
        if inc is not None:
            incidents.append(inc)
    if not incidents:
        reason = "the report names no one killed, wounded or captured and no attack, strike or clash"
        return Extraction(article, (), reason, cleaned, tuple(warnings))
    return Extraction(article, tuple(incidents), None, cleaned, tuple(warnings))


def _country_hint(text: str) -> str | None:
    counts: dict[str, int] = {}
    for m in _COUNTRY_RX.finditer(text):
        c = _COUNTRY_WORDS[m.group(1).lower()]
        counts[c] = counts.get(c, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _segments(sentences: list[Sentence]) -> list[_Segment]:
    segs = [_Segment()]
    for s in sentences:
        if _UPDATE.match(s.text):
            segs[-1].update_from = min(segs[-1].update_from, s.start)
            continue
        if s.is_title:
            continue
        if _NEW_INCIDENT.match(s.text) and any(find_mentions(x.text) for x in segs[-1].sentences):
            segs.append(_Segment())
        segs[-1].sentences.append(s)
    return [s for s in segs if s.sentences]


def _incident(seg: _Segment, all_sentences: list[Sentence], ref: Reference, resolver: Resolver,
              country: str | None) -> Incident | None:
    tallies, by_group, evidence, count_sentences = _tally(seg, summaries=False)
    if not count_sentences:
        # a lead summing up several operations counts only when no operation's own sentence does
        tallies, by_group, evidence, count_sentences = _tally(seg, summaries=True)
    counts = {k: t.count() for k, t in tallies.items()}
    event_sentences = [s for s, _, _ in count_sentences] or [s for s in seg.sentences if EVENT_WORDS.search(s.text)]
    if not count_sentences and not any(_strong_event(s.text) or _SEIZURE.search(s.text) for s in seg.sentences):
        return None
    # --- date
    event_date, date_ev = _pick_date(seg, event_sentences, ref)
    if date_ev:
        evidence.append(date_ev)
    # --- place
    place, place_ev = _pick_place(seg, event_sentences, all_sentences, resolver, country)
    if place_ev:
        evidence.append(place_ev)
    # --- actors
    actors, actor_ev = _pick_actors(seg, count_sentences, event_sentences)
    evidence.extend(actor_ev)
    # --- people
    people = _people(tallies, seg)
    # --- event type
    text = " ".join(s.text for s in event_sentences)
    killed = counts["killed"].best if counts["killed"] else 0
    wounded = counts["wounded"].best if counts["wounded"] else 0
    captured = counts["captured"].best if counts["captured"] else 0
    civ_hit = any(a.kind == ActorKind.CIVILIANS and a.role == ActorRole.SIDE_B for a in actors)
    state_acted = any(a.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL_OTHER) and a.role == ActorRole.SIDE_A for a in actors)
    etype, sub = classify(text, killed or 0, wounded or 0, captured or 0, civ_hit, state_acted)
    if event_sentences:
        s0 = event_sentences[0]
        evidence.append(Evidence("event_type", s0.start, s0.end, s0.text))
    confidence = _confidence(event_date, date_ev is not None, place, actors, counts)
    return Incident(
        event_date=event_date, place=place, event_type=etype, sub_event_type=sub, actors=tuple(actors),
        killed=counts["killed"], wounded=counts["wounded"], captured=counts["captured"], people=tuple(people),
        evidence=tuple(evidence), confidence=confidence,
        counts_by_group=_groups(by_group),
    )


def _tally(seg: _Segment, summaries: bool):
    """Counts of one incident, sentence by sentence: totals, per side, evidence, and where the verbs are."""
    tallies = {"killed": Tally(), "wounded": Tally(), "captured": Tally()}
    by_group: dict[tuple[str, str], Tally] = {}
    evidence: list[Evidence] = []
    count_sentences: list[tuple[Sentence, int, bool]] = []  # sentence, verb position, passive
    previous = None
    for s in seg.sentences:
        ms = find_mentions(s.text, previous, summaries)
        previous = max((m.quantity.best or 0 for m in ms), default=0) or group_size(s.text)
        restating = s.start >= seg.update_from
        for cat, tally in tallies.items():
            tally.add_sentence([m for m in ms if m.category == cat], restating)
        split = [part for m in ms for part in m.by_group()]
        for key in {(m.category, m.group) for m in split}:
            by_group.setdefault(key, Tally()).add_sentence([m for m in split if (m.category, m.group) == key], restating)
        evidence += [Evidence(m.category, s.start, s.end, s.text) for m in ms]
        if ms:
            passive = bool(re.search(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$", s.text[: ms[0].start]))
            count_sentences.append((s, ms[0].start, passive))
    return tallies, by_group, evidence, count_sentences


def _groups(by_group: dict) -> tuple[tuple[str, str, int], ...]:
    """Counts per side, kept only when the text names more than one side for a category."""
    out = []
    for cat in ("killed", "wounded", "captured"):
        groups = {g: t.count() for (c, g), t in by_group.items() if c == cat}
        named = {g: c for g, c in groups.items() if g != "unspecified" and c is not None and c.best}
        if len(named) > 1:
            out += [(cat, g, int(c.best)) for g, c in sorted(named.items())]
    return tuple(out)


# "discovered a large cache", "seized 80 kg of opium": ACLED codes these (Strategic developments,
# disrupted weapons use) even when no one is hurt or held
_SEIZURE = re.compile(r"\b(?:discovered|found|seized|recovered|confiscated|destroyed|interdicted)\s+(?:an?\s+|the\s+|\w+\s+)?"
                      r"(?:large\s+|small\s+|weapons\s+|drug\s+|narcotics\s+)?(?:cache|caches|shipment|weapons|explosives|IEDs?|"
                      r"improvised\s+explosive|homemade\s+explosives|opium|heroin|hashish|narcotics|bomb-making)", re.I)
_SINCE = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+the\s+(?:last|past))\b", re.I)
_STRONG = re.compile(r"\b(?:explosion|blast|exploded|air\s*strike|airstrike|suicide\s+(?:attack|bomb)|clash(?:es|ed)?|ambush(?:ed)?|stormed|attacked|shelled|shelling|opened\s+fire|firefight|gun\s*battle|lethal\s+strike|precision\s+strike|abducted|kidnapped|took\s+hostage|taken\s+hostage)\b", re.I)


def _strong_event(text: str) -> bool:
    return bool(_STRONG.search(text)) and not re.search(r"\b(?:responsible\s+for|planned|planning|involved\s+in|known\s+for)\b", text, re.I)


def _pick_date(seg: _Segment, event_sentences: list[Sentence], ref: Reference) -> tuple[EventDate, Evidence | None]:
    best: tuple[int, DateMention, Sentence] | None = None
    plain = [s for s in seg.sentences if not is_aggregate(s.text)]
    summaries = [s for s in seg.sentences if is_aggregate(s.text) and not _SINCE.search(s.text)]
    # a campaign sentence ("Since May 1, forces have captured ...") gives no date; a lead that sums up
    # the day's operations ("during four operations yesterday") does, when nothing closer does
    event_plain = [s for s in event_sentences if s in plain]
    for rank_base, group in ((0, event_plain), (1000, plain), (2000, summaries)):
        for order, s in enumerate(group):
            for dm in find_dates(s.text, ref):
                if _BACKGROUND.search(s.text[: dm.start]):
                    continue  # "responsible for an attack in June 2011": the date of a past deed
                if dm.date.value is None and dm.date.precision == dm.date.precision.UNKNOWN:
                    continue
                if ref.date and dm.date.value and dm.date.value > ref.date + dt.timedelta(days=1):
                    continue  # a date after the report is a plan, not the event
                # the first sentence that dates the incident wins; in it, a calendar date over a relative word
                rank = rank_base + order * 2 + (0 if dm.explicit else 1)
                if best is None or rank < best[0]:
                    best = (rank, dm, s)
        if best is not None:
            break
    if best is not None:
        _, dm, s = best
        return dm.date, Evidence("event_date", s.start, s.end, s.text)
    return reference_as_event(ref), None


def _pick_place(seg: _Segment, event_sentences: list[Sentence], all_sentences: list[Sentence],
                resolver: Resolver, country: str | None) -> tuple[Place, Evidence | None]:
    ordered = list(event_sentences) + [s for s in seg.sentences if s not in event_sentences]
    candidates: list[tuple[PlaceMention, Sentence]] = []
    for s in ordered:
        if is_aggregate(s.text) and len(ordered) > 1:
            continue  # a lead summing up operations in several provinces names no one place
        for pm in find_places(s.text):
            candidates.append((pm, s))
    # provinces the report names anywhere, headline included: context for a district named alone
    context = [pm.province for pm, _ in candidates if pm.province]
    for s in all_sentences:
        for pm in find_places(s.text):
            if pm.province:
                context.append(pm.province)
            elif pm.bare and pm.place:
                words = pm.place.split()
                # "in Paktika Clearing Operation" (a headline): the longest leading words that name a province
                for n in range(len(words), 0, -1):
                    if resolver.gaz.province(" ".join(words[:n])) is not None:
                        context.append(" ".join(words[:n]))
                        break
    if not candidates:
        # the headline or another part of the report may still name the province
        for s in all_sentences:
            for pm in find_places(s.text):
                candidates.append((pm, s))
    for pm, s in sorted(candidates, key=lambda c: (_sentence_rank(c[1], ordered), c[0].rank, c[0].start)):
        answer = None
        if pm.province:
            answer = resolver.resolve(pm.place, pm.district, pm.province, country)
            if answer.place is None and pm.place:
                answer = resolver.resolve(None, None, pm.province, country)
        elif pm.district or (pm.place and not pm.bare):
            for prov in dict.fromkeys(context):
                a = resolver.resolve(pm.place, pm.district, prov, country)
                if a.place is not None and a.place.geo_precision in (GeoPrecision.DISTRICT, GeoPrecision.PLACE):
                    answer = a
                    break
            if answer is None and context:
                # the district is not known in the provinces the report names: it is in one of them all the
                # same, never a namesake far away; keep the province
                answer = resolver.resolve(None, None, context[0], country)
            elif answer is None:
                answer = resolver.resolve(pm.place, pm.district, None, country)
        else:
            answer = resolver.resolve(pm.place, None, None, country)
        p = answer.place if answer else None
        if p is None:
            continue
        if pm.bare and p.geo_precision in (GeoPrecision.PLACE, GeoPrecision.COUNTRY):
            continue  # "in Washington", "from Pakistan": a bare name must be a province or district
        if pm.place and p.geo_precision in (GeoPrecision.PROVINCE, GeoPrecision.DISTRICT) and not pm.bare:
            p = _with_location(p, pm.place)
        return p, Evidence("location", s.start, s.end, s.text)
    if country:
        answer = resolver.resolve(None, None, None, country)
        if answer.place:
            return answer.place, None
    return Place(), None


def _with_location(p: Place, name: str) -> Place:
    from dataclasses import replace

    return replace(p, location=name)


def _sentence_rank(s: Sentence, ordered: list[Sentence]) -> int:
    try:
        return ordered.index(s)
    except ValueError:
        return len(ordered)


_ROLE_ORDER = {ActorRole.SIDE_A: 0, ActorRole.SIDE_B: 1, ActorRole.ASSOCIATED: 2}


def _pick_actors(seg: _Segment, count_sentences: list[tuple[Sentence, int, bool]],
                 event_sentences: list[Sentence]) -> tuple[list[Actor], list[Evidence]]:
    dictionary = actor_mod.load()
    verb_info = {id(s): (pos, passive) for s, pos, passive in count_sentences}
    found: dict[str, Actor] = {}
    evidence: list[Evidence] = []
    wanted = {id(s) for s in event_sentences}
    # in document order: who attacked whom is told before who said what about it
    sources = [s for s in seg.sentences if id(s) in wanted or _describes_target(s.text)]
    for s in sources:
        pos, passive = verb_info.get(id(s), (None, False))
        if pos is None:
            m = EVENT_WORDS.search(s.text)
            pos = m.start() if m else None
            passive = bool(m and re.search(r"\b(?:was|were|been)\s+$", s.text[: m.start()]))
        in_event = id(s) in wanted
        for am in dictionary.find(s.text):
            if not in_event and not _AFFILIATION.match(s.text[am.end:]) and not _CLAIM.search(s.text):
                continue  # outside the event's own sentences only "a Haqqani leader" names a side, not "supports the Taliban"
            speaker = _SPEAKER_AFTER.match(s.text[am.end:])
            if _CLAIM.search(s.text) and am.start < _CLAIM.search(s.text).start():
                role = ActorRole.SIDE_A  # "The Taliban claimed responsibility"
            elif speaker or (pos is not None and am.start < pos and _REPORTING.search(s.text[am.end:pos])
                             and not re.search(r"\b(?:killed|captured|detained)\b", s.text[am.end:pos])):
                continue  # "the Afghan National Army said ...": a source of the report, not a side
            else:
                role = actor_mod.assign_role(s.text, am, pos, passive)
            for d in (am.actor, dictionary.parent(am.actor)):
                if d is None:
                    continue
                prev = found.get(d.name)
                if prev is None:  # the first role an actor is seen in wins: event sentences come first
                    found[d.name] = actor_mod.to_actor(d, role, am.text)
            evidence.append(Evidence("actors", s.start, s.end, s.text))
    actors = list(found.values())
    named_sides = {a.role for a in actors if not dictionary.defs[a.name].generic}
    actors = [a for a in actors if not (dictionary.defs[a.name].generic and a.role in named_sides)]
    actors.sort(key=lambda a: (_ROLE_ORDER[a.role], a.name))
    # one evidence entry per sentence is enough
    seen, ev = set(), []
    for e in evidence:
        if (e.start, e.end) not in seen:
            seen.add((e.start, e.end))
            ev.append(e)
    return actors, ev


_TARGET_WORDS = re.compile(r"\b(?:leader|commander|facilitator|member|militants?|insurgents?|fighters?|operative|financier|courier|emir|governor|targeted|network)\b", re.I)


def _describes_target(text: str) -> bool:
    """A sentence that names whom the operation was after ("a Taliban weapons specialist") or who claimed it."""
    if _TARGET_WORDS.search(text) or _CLAIM.search(text):
        return True
    return any(_AFFILIATION.match(text[m.end:]) for m in actor_mod.load().find(text))


_AFFILIATION = re.compile(rf"^\W{{0,2}}(?:[\w’'-]+\s+){{0,2}}{PERSON_NOUNS}\b", re.I)


_SPEAKER_AFTER = re.compile(r"^\W{0,3}(?:\w+\s+){0,2}(?:said|says|told|reported|stated|announced|added|confirmed)\b", re.I)
_CLAIM = re.compile(r"\bclaimed\s+(?:responsibility|credit)\b", re.I)


_APPOSITIVE = re.compile(r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,3})\s*,\s*(?P<role>(?:a|an|the)?\s*[^,]{3,80}?)(?:,|\s+was\b|\s+were\b)")
_ROLE_FIRST = re.compile(r"\b(?P<role>(?:[\w-]+\s+){0,4}(?:leader|commander|courier|governor|emir|facilitator|chief|deputy|spokesman|financier|official|member))\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,3})")


def _people(tallies: dict[str, Tally], seg: _Segment) -> list[Person]:
    fates: dict[str, str] = {}
    for cat, t in tallies.items():
        for p in t.persons:
            fates.setdefault(p, cat)
    # "Among them was Raihan": a person named inside a counted group shares its fate
    for s in seg.sentences:
        m = re.search(r"\bAmong\s+(?:them|the\s+dead|those\s+killed|the\s+\w+)\s+(?:was|were)\s+(?P<names>[^.]+)", s.text)
        if m:
            for nm in re.findall(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)*", m["names"].split(",")[0]):
                fates.setdefault(nm, next((c for c, t in tallies.items() if t.mentions), "killed"))
    roles: dict[str, str] = {}
    for s in seg.sentences:
        for m in _APPOSITIVE.finditer(s.text):
            roles.setdefault(m["name"], m["role"].strip())
        for m in _ROLE_FIRST.finditer(s.text):
            roles.setdefault(m["name"], m["role"].strip())
    out = []
    for name, fate in fates.items():
        role = roles.get(name) or next((r for n, r in roles.items() if name in n or n in name), None)
        out.append(Person(name=name, role=role, fate=fate))
    return out


def _confidence(date: EventDate, date_from_text: bool, place: Place, actors: list[Actor],
                counts: dict[str, Count | None]) -> float:
    """A rough 0-1 score so the review queue can show the doubtful first. Weights: one share per field."""
    score = 0.2
    score += 0.2 if date_from_text and date.value is not None else (0.1 if date.value is not None else 0.0)
    score += {GeoPrecision.PLACE: 0.2, GeoPrecision.DISTRICT: 0.2, GeoPrecision.PROVINCE: 0.12,
              GeoPrecision.COUNTRY: 0.05}.get(place.geo_precision, 0.0)
    score += 0.2 if actors else 0.0
    score += 0.2 if any(c is not None for c in counts.values()) else 0.0
    return round(min(score, 0.99), 2)
