"""Label-keeping rewrites of labelled releases, for `make eval`: does extraction survive other wording?

A rule tuned on a few hundred releases can work for their words only. Each rewrite here changes how a
release says something and not what it says (a digit for a number word, "arrested" for "detained", another
dateline order, a background sentence added), so the labels stay right, and every field the original
release got right should stay right. `make eval` prints, per rewrite, the fields that got worse; the releases
the project is scored on later are written by other hands, so a loss here predicts a loss there.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import textwrap
from collections.abc import Callable

from .extract.counts import UNITS

_PEOPLE_AFTER = r"(?=\s+(?:\w+\s+){0,2}(?:insurgents|militants|suspected|others|men|individuals|fighters|suspects))"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DATELINE = re.compile(r"(?P<city>[A-Z]{3,}),\s*Afghanistan\s*\((?P<mon>[A-Z][a-z]+)\.?\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})\)")


# "killed two insurgents and detained three others": the two deeds told the other way round
_COUNTED = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|\d+)\s[^,.;]{1,40}?"
_KILLED_AND_DETAINED = re.compile(rf"\b(?P<v1>killed) (?P<a>{_COUNTED}) and (?P<v2>detained|captured) (?P<b>{_COUNTED})"
                                  rf"(?=\s+(?:during|in|while|as|when)\b)")


def _sub(pattern: str, repl: str) -> Callable[[str], str]:
    return lambda text: re.sub(pattern, repl, text)


def _digits(text: str) -> str:
    # (a whole number word only: "Twenty-two" is no "Twenty-2")
    return re.sub(rf"(?<![\w-])(two|three|four|five|six|seven|eight|nine|ten){_PEOPLE_AFTER}",
                  lambda m: str(UNITS[m.group(1)]), text)


def _after_first_count(sentence: str) -> Callable[[str], str]:
    """Insert a paragraph after the first paragraph that reports a count."""
    def rewrite(text: str) -> str:
        parts = text.split("\n\n")
        for i, part in enumerate(parts):
            if re.search(r"\b(?:killed|detained|captured|arrested)\b", part):
                return "\n\n".join([*parts[: i + 1], sentence, *parts[i + 1:]])
        return text.rstrip() + "\n\n" + sentence
    return rewrite


# a counted noun phrase: "two suspected insurgents", "a Taliban leader"
_COUNTED_NP = (r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|numerous|multiple)\s+"
               r"(?:(?!and\b)[\w'’-]+\s+){0,4}?(?:insurgents?|militants?|leader|facilitator|commander|individuals?|suspects?)")
_ACTIVE = re.compile(
    rf"(?P<subj>(?:An?|The)\s+[^.]*?(?:force|forces|patrol))\s+(?P<v>killed|detained|captured|arrested)\s+"
    rf"(?P<np>{_COUNTED_NP})(?P<rest>\s+(?:during|in|while|near|after)\b)")


def _passive(text: str) -> str:
    """'A security force detained two suspected insurgents during ...' -> 'Two suspected insurgents were detained
    by a security force during ...'."""
    def one(m: re.Match) -> str:
        np = m["np"]
        verb = "was" if re.match(r"(?:an?|one)\b", np, re.I) else "were"
        return f"{np[0].upper()}{np[1:]} {verb} {m['v']} by {m['subj'][0].lower()}{m['subj'][1:]}{m['rest']}"
    return _ACTIVE.sub(one, text)


def _dateline_date(m: re.Match) -> dt.date | None:
    try:
        return dt.date(int(m["y"]), _MONTHS.index(next(x for x in _MONTHS if x.startswith(m["mon"][:3]))) + 1,
                       int(m["d"]))
    except (StopIteration, ValueError):
        return None


def _dateline(fmt: Callable[[re.Match, dt.date], str]) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        def one(m: re.Match) -> str:
            d = _dateline_date(m)
            return m.group(0) if d is None else fmt(m, d)
        return _DATELINE.sub(one, text)
    return rewrite


def _yesterday_as(fmt: Callable[[dt.date], str]) -> Callable[[str], str]:
    """'yesterday' said another way, computed from the release's own full dateline."""
    def rewrite(text: str) -> str:
        m = _DATELINE.search(text)
        d = _dateline_date(m) if m else None
        first = re.search(r"[A-Z]{3,},\s*Afghanistan\s*\(", text)
        if d is None or (first and first.start() != m.start()):
            return text  # the release's own dateline has no year (a later one is another release's)
        return re.sub(r"\byesterday\b", fmt(d - dt.timedelta(days=1)), text)
    return rewrite


_DETAINED_NP = re.compile(rf"\bdetained\s+(?P<np>{_COUNTED_NP})(?=\s+(?:during|in|while|near|after)\b|[,.])")


def _yesterday_first(text: str) -> str:
    """'An Afghan and coalition force detained ... yesterday.' -> 'Yesterday, an Afghan and coalition force ...'."""
    def one(m: re.Match) -> str:
        return f"Yesterday, {m['s'][0].lower()}{m['s'][1:]}."
    return re.sub(r"(?m)(?<![^\n.] )(?P<s>(?:An?|The)\s[^.\n]*?),?\s+yesterday\.", one, text, count=1)


def _place_first(text: str) -> str:
    """'An Afghan ... force detained X in Y district, Z province, yesterday.' -> 'In Y district, Z province, an
    Afghan ... force detained X yesterday.'"""
    def one(m: re.Match) -> str:
        return f"In {m['place']}, {m['s'][0].lower()}{m['s'][1:]}{m['tail']}"
    return re.sub(r"(?m)(?P<s>(?:An?|The)\s[^.\n]*?)\s+in\s+(?:the\s+)?(?P<place>(?:[A-Z][\w’'‘-]*[\s-]+){0,2}[A-Z][\w’'‘-]* "
                  r"district, (?:[A-Z][\w’'‘-]*\s+)?[A-Z][\w’'‘-]* province),?(?P<tail>[^.\n]*\.)", one, text, count=1)


REWRITES: dict[str, Callable[[str], str]] = {
    "number words as digits": _digits,
    "detained -> arrested": _sub(r"\bdetained\b", "arrested"),
    # the verb only: "the detained militants" stays an adjective; "were detained" becomes "were taken into custody"
    "detained -> took into custody": lambda t: re.sub(
        r"(?<!\bthe )(?<!\bThe )\bdetained\b", "took into custody",
        re.sub(r"\b(was|were|been|being|be)\s+detained\b", r"\1 taken into custody", t)),
    "captured -> apprehended": _sub(r"\bcaptured\b", "apprehended"),
    "killed -> eliminated": _sub(r"\bkilled\b", "eliminated"),
    "insurgents -> militants": _sub(r"\binsurgents\b", "militants"),
    "suspected insurgents -> suspects": _sub(r"\bsuspected insurgents\b", "suspects"),
    "security force -> patrol": _sub(r"\bsecurity force\b", "patrol"),
    "other spellings of provinces": lambda t: re.sub(
        r"\b(Paktiya|Helmand|Kandahar|Kunar|Uruzgan|Nangarhar|Khost)\b",
        lambda m: {"Paktiya": "Paktia", "Helmand": "Hilmand", "Kandahar": "Qandahar", "Kunar": "Konar",
                   "Uruzgan": "Oruzgan", "Nangarhar": "Ningarhar", "Khost": "Khowst"}[m.group(1)], t),
    "web page furniture around": lambda t: f"Home / News / Releases\n{t}\nShare this:\nRelated\nTaliban leader killed in Kandahar\n",
    "a past attack added": _after_first_count(
        "Last year, a similar operation in the area killed 12 insurgents."),
    "a campaign total added": _after_first_count(
        "Since January, Afghan and coalition forces have detained more than 300 suspected insurgents in the province."),
    "an accusation added": _after_first_count(
        "The leader was responsible for an attack in May that killed four Afghan soldiers and wounded six civilians."),
    "a spokesman's quote added": _after_first_count(
        '"This operation shows that the insurgents cannot hide," said an ISAF spokesman.'),
    "dateline day month year": _dateline(lambda m, d: f"{m['city']}, Afghanistan ({d.day} {_MONTHS[d.month - 1]} {d.year})"),
    "dateline ISO": _dateline(lambda m, d: f"{m['city']} ({d.isoformat()}) —"),
    "dateline with commas": _dateline(lambda m, d: f"{m['city']}, Afghanistan, {_MONTHS[d.month - 1]} {d.day}, {d.year} —"),
    "active lead -> passive": _passive,
    "X district, Y province -> Y province's X district": _sub(
        r"\b(?:in\s+)?(?:the\s+)?((?:[A-Z][\w’'‘-]*[\s-]+){0,2}[A-Z][\w’'‘-]*) district, ((?:[A-Z][\w’'‘-]*\s+)?[A-Z][\w’'‘-]*) province",
        r"in \2 province's \1 district"),
    "X district, Y province -> X district of Y province": _sub(
        r"\b(?:in\s+)?(?:the\s+)?((?:[A-Z][\w’'‘-]*[\s-]+){0,2}[A-Z][\w’'‘-]*) district, ((?:[A-Z][\w’'‘-]*\s+)?[A-Z][\w’'‘-]*) province",
        r"in \1 district of \2 province"),
    "were killed -> were killed in action": _sub(r"\bwere killed\b", "were killed in action"),
    "first line in capitals": lambda t: t.split("\n", 1)[0].upper() + "\n" + t.split("\n", 1)[1] if "\n" in t else t,
    "spaces after full stops lost": _sub(r"\.\s+(?=[A-Z])", "."),
    "lines as bullets": _sub(r"(?m)^(?=[A-Z])", "• "),
    "HTML character references left in": lambda t: t.replace("’", "&#8217;").replace(" – ", " &ndash; ").replace(
        " — ", " &mdash; "),
    "line separators lost": lambda t: t.replace("\u2028", " "),
    "as an HTML page's source": lambda t: "<!DOCTYPE html><html><head><script>var a = 1;</script></head><body>"
        "<nav>Home / News</nav><article>" + "".join(f"<p>{html.escape(p)}</p>" for p in t.split("\n") if p.strip())
        + "</article><footer>Related: Taliban leader killed</footer></body></html>",
    "killed -> shot dead": _sub(r"\bkilled\b", "shot dead"),
    "detained X -> took X into custody": lambda t: _DETAINED_NP.sub(r"took \g<np> into custody", t),
    "province -> Province": _sub(r"\bprovince\b", "Province"),
    "yesterday moved to the front": _yesterday_first,
    "district and province moved to the front": _place_first,
    "a security force -> forces": lambda t: re.sub(
        r"\b([Aa]n?) (Afghan and coalition|combined Afghan and coalition|Afghan-led|combined|Afghan-international) "
        r"security force\b", lambda m: (m[2][0].upper() if m[1][0] == "A" else m[2][0]) + m[2][1:] + " forces", t),
    "operation -> raid": _sub(r"\bsecurity operation\b|\boperation\b", "raid"),
    "'initial reports indicate' before the force's deeds": _sub(r"(?m)(^|\.\s+)The security force\b",
                                                                r"\1Initial reports indicate the security force"),
    "lines wrapped at 70 characters": lambda t: "\n".join(textwrap.fill(line, 70) if line.strip() else line
                                                          for line in t.split("\n")),
    "Windows line endings": lambda t: t.replace("\n", "\r\n"),
    "yesterday -> weekday": _yesterday_as(lambda d: _WEEKDAYS[d.weekday()]),
    "yesterday -> month day": _yesterday_as(lambda d: f"on {_MONTHS[d.month - 1]} {d.day}"),
    "killed A and detained B -> detained B and killed A": lambda t: _KILLED_AND_DETAINED.sub(
        r"\g<v2> \g<b> and \g<v1> \g<a>", t),
    "yesterday -> last night": _sub(r"\byesterday\b(?!\s+(?:morning|afternoon|evening))", "last night"),
    "Afghan and coalition -> ANSF and ISAF": _sub(r"\bAfghan and coalition\b",
                                                  "Afghan National Security Forces and ISAF"),
    "Taliban -> Taleban": _sub(r"\bTaliban\b", "Taleban"),
    "dateline with its weekday": _dateline(lambda m, d: f"{m['city']}, Afghanistan ({_WEEKDAYS[d.weekday()]}, "
                                                        f"{_MONTHS[d.month - 1]} {d.day}, {d.year})"),
    "number words with digits in brackets": lambda t: re.sub(
        rf"\b(two|three|four|five|six|seven|eight|nine|ten){_PEOPLE_AFTER}", lambda m: f"{m[1]} ({UNITS[m[1]]})", t),
    "a byline first": lambda t: "By Staff Sgt. John Miller, ISAF Joint Command Public Affairs\n" + t,
    "curly quotes and apostrophes": lambda t: re.sub(r'"([^"\n]*)"', "“\\1”", t).replace("'", "’"),
    "Afghan National Army / Police -> ANA / ANP": lambda t: t.replace("Afghan National Army", "ANA").replace(
        "Afghan National Police", "ANP"),
    "district -> District": _sub(r"\bdistrict\b", "District"),
    "all on one line": lambda t: re.sub(r"\s*\n\s*", " ", t),
    "boilerplate after": lambda t: t + "\nISAF is committed to the protection of Afghan civilians and works with the "
                                       "Afghan government to build a secure future. For more information, contact the "
                                       "ISAF Joint Command Public Affairs Office.",
    "province -> Prov.": _sub(r"\bprovince\b", "Prov."),
    "coalition -> NATO": _sub(r"\bcoalition\b", "NATO"),
    "names spelled -e -> -i-": _sub(r"\b([A-Z][a-z]+)-e ([A-Z][a-z]+)", r"\1-i-\2"),
    "double spaces": _sub(r" ", "  "),
    "today -> this morning": _sub(r"\btoday\b", "this morning"),
    "killed N insurgents -> left N insurgents dead": _sub(
        r"\bkilled ((?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:\w+ )?(?:insurgents?|militants?))\b",
        r"left \1 dead"),
    "X district, Y province -> X, Y province": _sub(
        r"\b((?:[A-Z][\w’'‘-]*[\s-]+){0,2}[A-Z][\w’'‘-]*) district, ((?:[A-Z][\w’'‘-]*\s+)?[A-Z][\w’'‘-]*) province",
        r"\1, \2 province"),
    "yesterday -> weekday night": _yesterday_as(lambda d: f"on {_WEEKDAYS[d.weekday()]} night"),
    "in X province -> in the X province": _sub(r"\bin ((?:[A-Z][\w’'‘-]*\s+)?[A-Z][\w’'‘-]*) province\b", r"in the \1 province"),
    "Afghan and coalition -> coalition and Afghan": lambda t: re.sub(  # capitalised where a sentence opens
        r"(^|[.!?—–-]\s+)?\bAfghan and coalition\b",
        lambda m: (m[1] + "Coalition and Afghan") if m[1] is not None else "coalition and Afghan", t, flags=re.M),
    "a Taliban -> a senior Taliban": _sub(r"\ba Taliban\b", "a senior Taliban"),
    "security force -> assault force": _sub(r"\bsecurity force\b", "assault force"),
    "forces killed / detained -> forces have killed / detained": lambda t: re.sub(
        r"\b(forces|force) (killed|detained|captured|arrested)\b",
        lambda m: f"{m[1]} {'have' if m[1] == 'forces' else 'has'} {m[2]}", t),
    "International Security Assistance Force (ISAF)": _sub(r"\bInternational Security Assistance Forces?\b(?! \()",
                                                           r"\g<0> (ISAF)"),
    "a sentence of thanks after": lambda t: t + "\nAfghan officials thanked local elders for their help in the operation.",
    "yesterday -> the previous day": _sub(r"\byesterday\b(?!\s+(?:morning|afternoon|evening))", "the previous day"),
    "the security force -> the joint force": _sub(r"\bthe security force\b", "the joint force"),
    "coalition -> international": _sub(r"\bcoalition\b", "international"),
    "a correction note after": lambda t: t + "\nCorrection: An earlier version of this release gave the wrong "
                                             "date for the operation.",
    "a photo caption first": lambda t: "Afghan soldiers patrol a market in Kabul province. (ISAF photo by Sgt. John "
                                       "Miller)\n" + t,
    "X district, Y province -> X district in Y province": _sub(
        r"\b((?:[A-Z][\w’'‘-]*[\s-]+){0,2}[A-Z][\w’'‘-]*) district, ((?:[A-Z][\w’'‘-]*\s+)?[A-Z][\w’'‘-]*) province",
        r"\1 district in \2 province"),
}
