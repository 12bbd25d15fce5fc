"""Dates: the report's reference date and each incident's date, with its precision.

The reference is the publication date the caller gives, else the report's own dateline
("KABUL, Afghanistan (Jan. 25, 2013)"), with a missing year taken from a release reference number
("2010-03-CA-061") or a dated header. Event dates are read relative to it: "yesterday", "last night",
"Tuesday" (the latest Tuesday on or before the reference: a report published on a Tuesday that says
"on Tuesday" means that day), "September 23", "earlier this month". No clock is read here; with no
reference at all, a day and month are kept and the year is marked unknown rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import DatePrecision, EventDate
from .clean import DATELINE_HEAD, break_blocks
from .words import MONTH_DAY, word_led

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MDY = word_led(rf"\b{_MON}(?:\s+|(?<=\.))(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\.?(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)\b)?", re.I)
# "2 March", "2nd of March", "on 2 and 3 March" (the first day)
# (a month's word whole: "the 24th Marine Expeditionary Unit" is no 24 March)
_DMY = word_led(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MON}"
                  rf"(?![a-z])(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)
# "on the 3rd": a day of the reference's month (of the month before, when later than the reference's day)
_DAY_ONLY = re.compile(rf"\bon\s+the\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MON})", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_TITLE_DATE = re.compile(rf"^\s*{_MON}\s+(?P<day>\d{{1,2}})\s*:", re.M | re.I)
# Release reference numbers carry the year and month: 2010-03-CA-061, 2011-3-S-014, 011-07-S-046.
_REF_CODE = re.compile(r"\b(?P<year>20\d\d|0[0-2]\d)\s*-\s*(?P<month>\d{1,2})\s*-\s*[A-Z]{1,3}\s*[-–]\s*\d+")
# A numeric date heading a report ("14.01.2012", "2012-01-14", "01/14/2012"): dots and dashes are day first, as
# the European sites that write them read; slashes are month first, as American pages write them, unless the
# first number cannot be a month
_NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b")
_YEAR_LINE = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*$", re.M)
_MONTH_YEAR = re.compile(rf"\b{_MON},?\s+(?P<year>(?:19|20)\d\d)\b", re.I)

# "a day earlier", "two days before": days back from a day told before (the caller tells which day)
DAYS_EARLIER = r"(?:a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|nights?|weeks?)\s+(?:earlier|before)"

_RELATIVE = word_led(
    r"\b(?P<rel>today|this\s+morning|this\s+afternoon|this\s+evening|tonight|earlier\s+today|"
    r"the\s+day\s+before\s+yesterday|"
    r"yesterday(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:night|evening)|overnight|the\s+day\s+before|"
    r"the\s+previous\s+(?:day|night|evening)|the\s+night\s+before(?:\s+last)?|"
    r"(?P<ago>\d{1,2}|a|one|two|three|four|five|six|seven)\s+(?:days?|nights?|weeks?)\s+ago|"
    # "A day earlier, two terrorists were killed ...": days before the report's, where no event follows ("a day
    # before the elections" counts from the elections)
    rf"{DAYS_EARLIER}(?=\s*[,.;:])|"
    r"(?:over|during|at)\s+the\s+weekend|last\s+weekend|this\s+(?:past\s+)?weekend|"
    r"(?:on\s+|last\s+|early\s+|late\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
    r"earlier\s+this\s+week|this\s+week|last\s+week|earlier\s+this\s+month|this\s+month|last\s+month|"
    r"earlier\s+this\s+year|this\s+year|last\s+year)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Reference:
    """The date a report was written, as far as it is known."""

    date: dt.date | None  # full date, when known
    month: int | None = None
    day: int | None = None
    year: int | None = None
    source: str = "none"  # published, dateline, header, none


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _dateline(head: str) -> tuple[int, int, int | None] | None:
    """Month, day and year (if given) of the dateline opening one of the report's first lines."""
    for line in head.split("\n")[:12]:
        m = DATELINE_HEAD.match(line.strip())
        if not m:
            continue
        body = m.group(0)
        iso = _ISO.search(body)
        if iso:
            return int(iso["month"]), int(iso["day"]), int(iso["year"])
        for rx in (_MDY, _DMY):
            d = rx.search(body)
            if d and 1 <= int(d["day"]) <= 31:
                return _month(d["mon"]), int(d["day"]), int(d["year"]) if d["year"] else None
    return None


_PUBLISHED_BEFORE = re.compile(r"\b(?:Published|Posted|Updated|Released)(?:\s+on)?\s*:?\s*$", re.I)
# a page's own date stamp on a line of its own: "(Last Updated On: July 5, 2020)", "Published: 3 May 2019"
_STAMP = re.compile(r"^\W{0,2}(?:Last\s+)?(?:Published|Posted|Updated|Released|Modified)(?:\s+(?:on|at))?\s*:?\s*"
                    r"(?=[\w,. ]{3,40}\W{0,2}$)", re.I)
_HEADER_MAX = 100  # characters; the longest dated header lines seen ("Jan. 07., 2013. - ISAF Joint Command Operational Update") are about 60


# a release copied from DVIDS keeps the page's table of dates, month first: "Date Taken: | 05.04.2012 |",
# "Date Posted: | 05.04.2012 01:16 |"
_POSTED = re.compile(r"\bDate\s+(?P<kind>Posted|Taken)\s*:\s*\|?\s*(?P<month>\d{2})\.(?P<day>\d{2})\.(?P<year>(?:19|20)\d{2})\b")


def _posted_stamp(text: str) -> dt.date | None:
    """The day a page says it posted the release (or, failing that, took it), where the page's footer was copied."""
    if "Date " not in text:
        return None
    found = {m["kind"]: m for m in _POSTED.finditer(text[:1500] + "\n" + text[-2000:])}
    m = found.get("Posted") or found.get("Taken")
    return _safe_date(int(m["year"]), int(m["month"]), int(m["day"])) if m else None


def find_reference(text: str, published: dt.date | None) -> Reference:
    """The report's reference date: given, or read from its dateline and header."""
    if published is not None:
        return Reference(published, published.month, published.day, published.year, "published")
    head = text[:1500]
    month = day = year = None
    dl = _dateline(break_blocks(head))  # a dateline is found after a headline on the same line too
    if dl:
        month, day, year = dl
    if year is None:
        # the year from a full date in the header that agrees with the dateline ("12 Jan 2008" over "(Jan. 12)");
        # with no dateline read, a full date that opens a line or follows only capitalised words ("FARAH,
        # AFGHANISTAN, JUNE 17, 2017 -"), never one inside body text ("was involved in a bombing on Nov. 12, 2010")
        m2 = min((m for rx in (_MDY, _DMY) for m in rx.finditer(head) if m["year"]), key=lambda m: m.start(),
                 default=None)
        prefix = head[head.rfind("\n", 0, m2.start()) + 1: m2.start()] if m2 else ""
        # (a date labelled as the page's own is one whatever stands before: "Dawn.com Published January 15, 2025")
        if m2 and month is None and re.search(r"\b(?!(?:in|of|and|the|for|on|at|to|a|an|with)\b)[a-z]", prefix) and not \
                _PUBLISHED_BEFORE.search(prefix):
            m2 = None  # (a headline's small words may stand before it: "... Repel Attack in Nangarhar 18 Nov. 2008")
        if m2 and (month is None or (_month(m2["mon"]) == month and int(m2["day"]) == day)):
            month, day, year = _month(m2["mon"]), int(m2["day"]), int(m2["year"])
    if month is None:
        m3 = _TITLE_DATE.search(head)
        if m3:
            month, day = _month(m3["mon"]), int(m3["day"])
    if month is None:
        # a dated header line: "IJC Operational Update, July 16", "Morning Update, March 4, 2011", "28 Nov 2007"
        # (header lines are short: a first line of body text dates an event, not the report)
        first_lines = "\n".join(line for line in head.strip().split("\n")[:2] if len(line) <= _HEADER_MAX)
        m4 = _MDY.search(first_lines) or _DMY.search(first_lines)
        if m4 and not (m4["mon"].lower() == "may" and not m4["day"]):
            month, day = _month(m4["mon"]), int(m4["day"])
            year = int(m4["year"]) if m4["year"] else year
    posted = _posted_stamp(text)
    if month is None and posted is not None:
        month, day, year = posted.month, posted.day, posted.year
    if month is None:
        numeric = _numeric_header_date(head)
        if numeric:
            year, month, day = numeric.year, numeric.month, numeric.day
    if month is None and (iso := _ISO.search(head, 0, 40)) and (d := _safe_date(int(iso["year"]), int(iso["month"]),
                                                                           int(iso["day"]))):
        year, month, day = d.year, d.month, d.day  # "date 2015-09-03 MAIDUGURI, Nigeria, Sept 3 Gunmen killed ...": it opens the text
    if month is None:
        # no dateline: the day a statement was made, when the text dates it in full ("an Afghan official said
        # Monday, Sept. 19, 2016"), is the report's day
        for st in _STATEMENT_DATE.finditer(head):
            full = _MDY.search(st.group(0))
            if full and full["year"]:
                month, day, year = _month(full["mon"]), int(full["day"]), int(full["year"])
                break
    if year is None and posted is not None and month is not None:
        # ("KABUL, Afghanistan (May 29)" over "Date Posted: | 05.29.2012": the year; a December dateline posted in
        # January, the year before)
        year = posted.year - (1 if month > posted.month else 0)
    if year is None:
        code = _REF_CODE.search(head)
        if code:
            y = int(code["year"])
            y = y + 2000 if y < 100 else (y + 2000 if y < 1000 else y)
            cm = int(code["month"])
            year = y
            if month is not None and cm == 1 and month == 12:
                year = y - 1  # a January release number for a December dateline
            elif month is not None and cm == 12 and month == 1:
                year = y + 1
            if month is None:
                month = cm
        else:
            yl = _YEAR_LINE.search(head) or _ISO.search(head)
            if yl:
                year = int(yl["year"])
            elif month is not None and day is not None:
                year = _year_of_short_date(head, month, day)
    if year is None:
        # a statement signed off with its date on a line of its own at the end ("SDF Media Center\n\nJune 4, 2024"), or
        # as its last words where the lines were run together
        tail = text[-300:]
        sign = next((m for rx in (_MDY, _DMY) for m in rx.finditer(tail) if m["year"] and (re.fullmatch(
            r"[ \t]*", tail[tail.rfind("\n", 0, m.start()) + 1: m.start()]) and re.match(r"[ \t]*(?:\n|$)", tail[m.end():])
            or re.fullmatch(r"\s*", tail[m.end():]))), None)
        if sign:
            s_month, s_day, year = _month(sign["mon"]), int(sign["day"]), int(sign["year"])
            if month is None:
                month, day = s_month, s_day
            elif month > s_month:
                year -= 1  # (a December dateline signed off in January)
    if month is not None and day is not None and year is not None:
        d = _safe_date(year, month, day)
        if d:
            return Reference(d, month, day, year, "dateline")
    if month is not None or year is not None:
        return Reference(None, month, day, year, "dateline")
    return Reference(None, source="none")


def _numeric_header_date(head: str) -> dt.date | None:
    """A date written in digits on one of the report's first short lines ("2012-01-14", "Posted 14.01.2012"), or on a
    line that says it is the date ("Date: 03.28.2012", as DVIDS heads its stories)."""
    lines = [line for line in head.strip().split("\n") if line.strip()]
    for n, line in enumerate(lines):
        if len(line) > _HEADER_MAX or (n >= 3 and not _DATE_LABEL.match(line)):
            continue
        if iso := _ISO.search(line):
            return _safe_date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        if num := _NUMERIC_DATE.search(line):
            a, b = int(num["a"]), int(num["b"])
            # (a second number past 12 is the day whatever the separator: "12.24.2013")
            day, month = (b, a) if (num["sep"] == "/" and a <= 12) or b > 12 else (a, b)
            return _safe_date(int(num["year"]), month, day)
    return None


_SHORT_DATE = re.compile(r"^\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d\d)\b", re.M)


def _year_of_short_date(head: str, month: int, day: int) -> int | None:
    """The year of a date in digits with a two-digit year opening a header line ("6/10/10 ISAF Public Affairs
    Office" over "KABUL, Afghanistan (June 11)"), only when its month and day agree with the dateline's within two
    days, so that the two digits can only be that year."""
    for m in _SHORT_DATE.finditer(head):
        year = 2000 + int(m["year"])
        for mo, d in ((int(m["a"]), int(m["b"])), (int(m["b"]), int(m["a"]))):
            told, said = _safe_date(year, mo, d), _safe_date(year, month, day)
            if told and said and abs((told - said).days) <= 2:
                return year
    return None


_DATE_LABEL = re.compile(r"^\s*(?:Date(?:\s+Taken)?|Posted|Published|Released)\s*:", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: EventDate
    explicit: bool  # a calendar date rather than a relative word


def _prev_weekday(ref: dt.date, wd: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)


# (an agency's name may stand with the date: "KABUL (UrduPoint News / Sputnik - 23rd March, 2020)")
_DATELINE_IN_SENTENCE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,60}[(\[][^)\]]{3,50}[)\]]\s*[-–—:]?")


# "officials confirmed today that ...": the day of the statement, not of the event
# the verbs a statement is told with, and the days it is told on
_STATED = r"(?:confirmed|announced|said|reported|stated|released|praised|commended|welcomed|condemned|noted|told|disclosed|revealed)"
_SAID_DAY = r"(?:today|yesterday|this\s+(?:morning|afternoon|evening)|earlier\s+today|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_STATEMENT_DATE = word_led(
    rf"\b{_SAID_DAY}\s+{_STATED}\b|"
    # "forces on October 23 confirmed the arrest of ... Oct. 19": the confirming's date
    rf"\b(?:on\s+)?{MONTH_DAY}\s+{_STATED}\b|"
    rf"\b{_STATED}\s+{_SAID_DAY}"
    # "an Afghan official said Monday, Sept. 19, 2016": the day of the statement, its date with it
    rf"(?:,?\s+{MONTH_DAY}(?:,\s+(?:19|20)\d\d)?)?\b|"
    # "The National Security Directorate announced on July 11 that ... were killed in the overnight strike"
    rf"\b{_STATED}\s+on\s+{MONTH_DAY}(?:,\s+(?:19|20)\d\d)?\b|"
    # ("... the Resolute Support Mission said in a press release on Wednesday")
    r"\bin\s+a\s+(?:statement|(?:press\s+|news\s+)?release|news\s+conference|press\s+conference|briefing)\s+"
    r"(?:today|yesterday|on\s+\w+day)\b", re.I)
# (every statement's day holds one of these words: a cheap look first)
_SPEECH_WORD = re.compile(rf"{_STATED}|statement", re.I)
# "behind the Aug. 7 attack", "following a Feb. 27 attack on a checkpoint": a date that names an earlier event; when
# the sentence gives no other date, the report is about that event and the date stands
# (not the event's own: "captured ... during a May 31 raid")
_NAMED_EVENT = re.compile(r"(?<!during\s)(?<!\bin\s)\b(?:the|an?)\s+(?P<d>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)\s+(?:\w+\s+)?(?:attack|bombing|assault|ambush|raid|massacre|blast)", re.I)


def find_dates(sentence: str, ref: Reference) -> list[DateMention]:
    """Date mentions in one sentence, resolved against the reference. A dateline is not an event date,
    nor is the day of a statement or the date that names an earlier attack. Cached: the tally (for dated
    background) and the date picker read the same sentences."""
    return list(_find_dates(sentence, ref))


# "2015-09-03 Gunmen killed ...": a date in digits run into the first sentence heads the report (the reference)
_ISO_OPENING = re.compile(r"^(?:[A-Za-z]+:?\s+)?(?:19|20)\d\d-\d\d-\d\d\s+(?=[A-Z])")


@lru_cache(maxsize=16384)
def _find_dates(sentence: str, ref: Reference, named_events: bool = False) -> tuple[DateMention, ...]:
    out: list[DateMention] = []
    dl = _DATELINE_IN_SENTENCE.match(sentence) or _ISO_OPENING.match(sentence)
    taken: list[tuple[int, int]] = [(0, dl.end())] if dl else []
    if len(sentence) <= _HEADER_MAX and _STAMP.match(sentence):
        taken.append((0, len(sentence)))  # "(Last Updated On: July 5, 2020)": the page's date, the reference's
    if _SPEECH_WORD.search(sentence):  # (a statement's day needs a word of speech: most sentences have none)
        taken += [m.span() for m in _STATEMENT_DATE.finditer(sentence)]
    named = [] if named_events else [m.span("d") for m in _NAMED_EVENT.finditer(sentence)]
    taken += named
    for rx in (_ISO, _MDY, _DMY):
        for m in rx.finditer(sentence):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if rx is _ISO:
                y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
                year: int | None = y
            else:
                if rx is _MDY and m["mon"].lower() == "may" and not re.match(r"\s+\d", sentence[m.end("mon"):]):
                    continue
                mo, d = _month(m["mon"]), int(m["day"])
                if not 1 <= d <= 31:
                    continue
                year = int(m["year"]) if m["year"] else None
                if year is None and ref.year is not None:
                    year = ref.year
                    # "December 30" in a report of January 2 belongs to the year before
                    if ref.month is not None and mo > ref.month + 1 and ref.date is not None:
                        year -= 1
            taken.append((m.start(), m.end()))
            if year is None:
                ev = EventDate(None, DatePrecision.UNKNOWN_YEAR, m.group(0), mo, d)
            else:
                dd = _safe_date(year, mo, d)
                if dd is None:
                    continue
                ev = EventDate(dd, DatePrecision.DAY, m.group(0), mo, d)
            out.append(DateMention(m.start(), m.end(), ev, True))
    for m in _DAY_ONLY.finditer(sentence):
        d = int(m["day"])
        if ref.month is None or ref.day is None or not 1 <= d <= 31 or any(s <= m.start() < e for s, e in taken):
            continue
        mo, y = (ref.month, ref.year) if d <= ref.day else (ref.month - 1 or 12, None if ref.year is None else
                                                              ref.year - (ref.month == 1))
        dd = _safe_date(y, mo, d) if y is not None else None
        if y is not None and dd is None:
            continue
        ev = EventDate(dd, DatePrecision.DAY, m.group(0), mo, d) if dd else EventDate(
            None, DatePrecision.UNKNOWN_YEAR, m.group(0), mo, d)
        taken.append(m.span())
        out.append(DateMention(m.start(), m.end(), ev, True))
    for m in _RELATIVE.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        ev = resolve_relative(m.group(0), m["wd"], ref)
        if ev is not None:
            out.append(DateMention(m.start(), m.end(), ev, False))
    for m in _PART_OF_MONTH.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        ev = _part_of_month(m, ref)
        if ev is not None:
            taken.append(m.span())
            out.append(DateMention(m.start(), m.end(), ev, True))
    if not out:
        for m in _MONTH_YEAR.finditer(sentence):
            if any(s <= m.start() < e for s, e in taken):
                continue  # "KABUL, Afghanistan (12 January 2020)": the dateline's own date is no month
            mo, y = _month(m["mon"]), int(m["year"])
            out.append(DateMention(m.start(), m.end(), EventDate(_middle_of_month(y, mo, ref.date), DatePrecision.MONTH,
                                                                 m.group(0), mo), True))
    out.sort(key=lambda x: x.start)
    if not out and named:
        return _find_dates(sentence, ref, named_events=True)
    return tuple(out)


# "in early March", "mid-February", "late last month" is not read: a third of a month, told as its middle day
_PART_OF_MONTH = re.compile(rf"\b(?P<part>early|mid|late|the\s+(?:beginning|middle|end)\s+of)[\s-]+{_MON}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.I)
_AGO = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _part_of_month(m: re.Match, ref: Reference) -> EventDate | None:
    mo = _month(m["mon"])
    year = int(m["year"]) if m["year"] else ref.year
    if year is None:
        return None
    if not m["year"] and ref.month is not None and mo > ref.month + 1:
        year -= 1  # "in late December" in a report of January
    part = m["part"].lower()
    first_day = 1 if part.startswith(("early", "the beginning")) else 11 if part.startswith(("mid", "the middle")) else 21
    first = dt.date(year, mo, first_day)
    last = first + dt.timedelta(days=9)
    if ref.date is not None and first > ref.date:
        return None  # a plan, not the event
    return EventDate(_middle(first, last, ref.date), DatePrecision.WEEK, m.group(0), mo)


# relative words that count whole days back from the report's date
_DAYS_BACK = {"today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0, "earlier today": 0,
              "yesterday": 1, "yesterday morning": 1, "yesterday afternoon": 1, "yesterday evening": 1, "yesterday night": 1, "last evening": 1,
              "last night": 1, "overnight": 1, "the day before": 1, "the previous day": 1, "the previous night": 1,
              "the previous evening": 1, "the night before": 1, "the day before yesterday": 2,
              "the night before last": 2}


def resolve_relative(phrase: str, weekday: str | None, ref: Reference) -> EventDate | None:
    p = re.sub(r"\s+", " ", phrase.lower())
    r = ref.date
    back = _DAYS_BACK.get(p)
    weeks = False
    if back is None and (ago := re.match(r"(\w+) (day|night|week)s? (?:ago|earlier|before)", p)):
        back = int(ago.group(1)) if ago.group(1).isdigit() else _AGO.get(ago.group(1))
        weeks = ago.group(2) == "week"
        back = back * 7 if weeks and back is not None else back  # "a week ago": seven days back, to the week
    if r is None:
        # a dateline without a year ("KABUL, Afghanistan (Jan. 14)"): "yesterday" is still Jan. 13, year unknown
        if weekday is None and back is not None and ref.month and ref.day:
            # a common year, as three years in four are (a leap year only for a dateline of Feb. 29)
            anchor = dt.date(2000 if (ref.month, ref.day) == (2, 29) else 2001, ref.month, ref.day)
            d = anchor - dt.timedelta(days=back)
            return EventDate(None, DatePrecision.UNKNOWN_YEAR, phrase, d.month, d.day)
        return EventDate(None, DatePrecision.UNKNOWN, phrase)
    if weekday:
        d = _prev_weekday(r, WEEKDAYS[weekday.lower()])
        if p.startswith("last ") and d == r:
            d -= dt.timedelta(days=7)
        return EventDate(d, DatePrecision.DAY, phrase)
    if back is not None:
        return EventDate(r - dt.timedelta(days=back), DatePrecision.WEEK if weeks else DatePrecision.DAY, phrase)
    if p.endswith("weekend"):
        # the last Saturday and Sunday before the report ("this weekend" in a Monday paper: the one just gone)
        saturday = r - dt.timedelta(days=(r.weekday() - 5) % 7)
        return EventDate(min(saturday, r), DatePrecision.WEEK, phrase)
    monday = r - dt.timedelta(days=r.weekday())
    if p in ("earlier this week", "this week"):
        return EventDate(_middle(monday, monday + dt.timedelta(days=6), r), DatePrecision.WEEK, phrase)
    if p == "last week":
        start = monday - dt.timedelta(days=7)
        return EventDate(_middle(start, start + dt.timedelta(days=6), r), DatePrecision.WEEK, phrase)
    if p in ("earlier this month", "this month"):
        return EventDate(_middle_of_month(r.year, r.month, r), DatePrecision.MONTH, phrase, r.month)
    if p == "last month":
        last = r.replace(day=1) - dt.timedelta(days=1)
        return EventDate(_middle_of_month(last.year, last.month, r), DatePrecision.MONTH, phrase, last.month)
    if p in ("earlier this year", "this year"):
        return EventDate(_middle(dt.date(r.year, 1, 1), dt.date(r.year, 12, 31), r), DatePrecision.YEAR, phrase)
    if p == "last year":
        return EventDate(dt.date(r.year - 1, 7, 1), DatePrecision.YEAR, phrase)
    return None


def _middle(first: dt.date, last: dt.date, ref: dt.date | None) -> dt.date:
    """A period's date: its middle day, as ACLED codes a report that gives only the week or the month
    (time precision 2 and 3), and never after the report. The middle is also the day nearest, on
    average, to the true one."""
    if ref is not None and first <= ref < last:
        last = ref
    return first + (last - first) // 2


def _middle_of_month(year: int, month: int, ref: dt.date | None) -> dt.date:
    """The 15th, ACLED's day for a month-only report, or the middle of the days before the report."""
    first = dt.date(year, month, 1)
    return _middle(first, first + dt.timedelta(days=28), ref)


def reference_as_event(ref: Reference) -> EventDate:
    """With no date in the incident's sentences, the report's own date stands in (less confidently)."""
    if ref.date is not None:
        return EventDate(ref.date, DatePrecision.DAY, "")
    if ref.month and ref.day:
        return EventDate(None, DatePrecision.UNKNOWN_YEAR, "", ref.month, ref.day)
    if ref.year and ref.month:
        # a release numbered 2011-07-...: the month is known, the day is not
        return EventDate(_middle_of_month(ref.year, ref.month, None), DatePrecision.MONTH, "", ref.month)
    return EventDate(None, DatePrecision.UNKNOWN, "")
