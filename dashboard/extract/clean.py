"""Cleaning: page furniture out, sentences with their character spans in.

Text copied from web pages and press releases carries furniture that is not the report: breadcrumbs,
bylines, author boxes, teasers of other stories, share prompts, release headers. Teasers are cut off
with everything after them, so another story's headline never becomes an incident.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .words import PERSON_NOUNS, WEEKDAY, word_led

# Lines that end the article: what follows is another story or the site's footer.
_END_MARKERS = re.compile(
    r"^\s*(check also|related( posts| articles| stories| news)?|read more|more stories|you may also like|"
    r"also read|recommended|latest news|popular posts|share this|leave a (reply|comment)|comments?)\s*:?\s*$",
    re.I,
)
# A press release's end marks ("-- END --", "###", "-30-"), alone or after the last sentence on its line; not
# the article's end: a paste may hold the next release (an update) after them
_RELEASE_END = re.compile(r"(?:^|(?<=[.!?\"”]))\s*(?:[-–—]*\s*(?-i:END|ENDS|End)\s*[-–—]*|\((?i:ends?)\)|#{3,}|"
                          r"[-–—]\s*30\s*[-–—])\s*$")
# A photo caption, known by its credit ("... in Kabul province. (ISAF photo by Sgt. John Miller)", "Photo: Reuters"):
# it tells of another scene than the report's
_CAPTION = re.compile(r"[(\[][^()\[\]]{0,60}\bphoto(?:graph)?s?\s+(?:by|courtesy\s+of)\b[^()\[\]]{0,80}[)\]]\s*$|"
                      r"^\s*(?:photo|photograph|image|file\s+photo)s?\s*(?::|by\b|credit\b)", re.I)
# Lines that are furniture wherever they stand.
_FURNITURE = re.compile(
    r"^\s*(?:"
    r"home\s*/.*|"  # breadcrumbs: Home / Latest Updates / ...
    r"about (?:the )?(?:admin|author|editor)\b.*|"
    r"(?:by|posted by|written by)\s+[\w .]{1,40}|"
    r"news release|press release|for immediate release|download pdf|print|email|share|tweet|"
    r"(?:isaf|nato|resolute support) joint command\s*[-–—]?\s*afghanistan|"
    r"regional command[\w\s-]{0,20}|rc\s*-\s*\w+|combined joint[\w\s]{0,60}task force|"
    r"release\s*#?\s*\d+|release\s+number\s*:?\s*[\d-]+|pr\s*#\s*\d{4}\s*-\s*\d+|"  # "PR# 2009-190"
    r"\d{2,4}\s*-\s*\d{1,2}\s*-\s*[a-z]{1,3}\s*[-–]\s*\d+|"  # release reference numbers: 2010-03-CA-061
    r"(?:19|20)\d\d|"  # a year alone on a line
    r"tags?\s*:.*|"  # "Tags: Ghazni, Taliban"
    # a reader's or editor's note in brackets on a line of its own ("[N.B. this is similar to another incident ...]")
    r"\[\s*(?:n\.\s*b\.?|note\s*:|ed(?:itor)?['’]?s?\.?\s+note\s*:?)[^\]]*\]|"
    r"(?:advertisement|sponsored|subscribe.*|sign up.*|follow us.*|click here.*)"
    r")\s*$",
    re.I,
)
# A page's links to other stories ("Previous: Afghan police detain two | Next: ..."): below a report they end it
# (a line wrapped after them holds the rest of a teaser); above it they are one line of furniture
_LINK_WORDS = r"(?:read\s+more|related|see\s+also|also\s+read|previous|next)"
_STORY_LINKS = re.compile(rf"^\s*(?:(?:previous|next|older|newer)(?:\s+(?:post|article|story|entry|release))?\s*[:|»«›‹]|"
                          rf"(?:{_LINK_WORDS}|more\s+from\s+[\w ]{{1,30}})\s*:)", re.I)
_INLINE_FURNITURE = word_led(
    r"(?:NEWS RELEASE|For Immediate Release|Download PDF|ISAF Joint Command\s*[-–—]?\s*Afghanistan|"
    r"\b\d{2,4}\s*-\s*\d{1,2}\s*-\s*[A-Z]{1,3}\s*[-–]\s*\d+\b|\bPR\s*#\s*\d{4}\s*-\s*\d+\b|\bRelease\s+Number\s*:?\s*[\d-]+)",
)
_ABBREV = (
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|gen|col|lt|maj|capt|sgt|cpl|pvt|"
    "brig|adm|gov|sen|rep|st|no|vs|etc|approx|prov|dist|u\\.s|u\\.n|u\\.k|e\\.g|i\\.e|inc|co|corp|jr|sr|prof|rev|ft|mt"
)
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\.|(?=\s))"
_CITY = r"[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3}"
# (and a region with its country: "ERBIL, Kurdistan Region of Iraq –")
_COUNTRY = r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+(?:of\s+)?[A-Z][A-Za-z.]*){0,3})?"
# what a dateline's brackets hold: a date in any common order, or a news agency
_DATE = (rf"(?:{_MONTH}\s*\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:(?:,\s*|\s+)\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|"
         r"\d{4}-\d\d-\d\d)")  # never part of a day ("Feb. 1" of "Feb. 15")
_AGENCY = (r"(?:AP|AFP|Reuters|IANS|PTI|Xinhua|dpa|ANI|UNI|RFE/RL|ISAF|IJC|NATO|Pajhwok|BNA|UPI|APP|IRNA|Anadolu|Sputnik|TASS|"
           r"KUNA|MINA|Khaama|TOLOnews|BNO(?:\s+NEWS)?|Kurdistan\s*24|Rudaw|Shafaq(?:\s+News)?|EFE|VOA|SANA|NINA)")
_PAREN = rf"[(\[]\s*(?:(?:{WEEKDAY},?\s+)?{_DATE}|{_AGENCY})\s*[)\]]"  # ("(Thursday, May 5, 2011)")
# ", Aug. 5, 2010", " -- Aug. 5, 2010", " (ISAF) Aug. 5, 2010": a date after the place without brackets
_COMMA_DATE = rf"(?:,|\s*[-–—]+|\s*[(\[]{_AGENCY}[)\]])\s*(?:{WEEKDAY},?\s+)?{_DATE}"  # ", Friday, March 4, 2011"
# A dateline opening a report: "KABUL, Afghanistan (Jan. 25, 2013) –", "KABUL, Afghanistan, 25 January 2013 —",
# "PESHAWAR, Pakistan —", "MOGADISHU (Reuters) -". Split off as a header line so that it is never read as the
# first sentence's subject, and read by the dates module as the report's reference date.
DATELINE_HEAD = re.compile(
    rf"^(?:{_CITY}{_COUNTRY}\s*(?:{_COMMA_DATE}(?:\s*[(\[]{_AGENCY}[)\]])?|{_PAREN})(?:\s*[-–—:]+)*"
    # "Kabul, Nov 12 (IANS)", "(KABUL, Afghanistan, Jan. 5, 2011) -", "Jan. 5, 2011 - KABUL, Afghanistan -"
    rf"|[(\[]\s*{_CITY}{_COUNTRY}\s*,?\s*{_DATE}\s*[)\]](?:\s*[-–—:]+)*"
    rf"|{_DATE}\s*[-–—:]+\s*{_CITY}{_COUNTRY}(?:\s*[-–—:]+)+"
    # "June 29, 2010 - An Afghan and international force ...": a date with its year alone before the dash
    rf"|(?:{_MONTH}\s*\d{{1,2}}(?:,\s*|\s+)|\d{{1,2}}\s+{_MONTH},?\s+)(?:19|20)\d\d\s*[-–—]+"
    rf"|[A-Z][A-Z.'-]{{2,}}(?:\s+[A-Z][A-Z.'-]+){{0,2}}{_COUNTRY}\s*(?:{_PAREN})?(?:\s*[-–—:]+)+)\s*(?=[\"“‘]?[A-Z0-9]|$)"
)
_MIDLINE_DATELINE = re.compile(rf"(?:(?<=\S)\s+|(?<=[a-z]{{2}}[.!?]))(?=[A-Z][A-Z.'-]{{2,}}(?:\s+[A-Z][A-Z.'-]+)?{_COUNTRY}\s*"
                               rf"(?:{_PAREN}|{_COMMA_DATE}\s*(?:[(\[]{_AGENCY}[)\]]\s*)?[-–—:]))|"
                               # "... killed in Uruzgan air strike KABUL, Afghanistan - ISAF forces ...": a city in
                               # capitals and its country before a dash, with no date
                               rf"(?<=[a-z0-9])\s+(?=[A-Z][A-Z.'-]{{2,}}(?:\s+[A-Z][A-Z.'-]+)?,\s*[A-Z][a-z]+\s*[-–—]+\s+[A-Z])|"
                               # "... Detains Insurgents in Helmand March 3, 2011 - An Afghan ...": a headline run
                               # into a dateline of the date alone
                               rf"(?<=[A-Za-z])\s+(?=(?:{_MONTH}\s*\d{{1,2}},\s*|\d{{1,2}}\s+{_MONTH},?\s+)(?:19|20)\d\d\s*"
                               rf"[-–—]+\s+[A-Z])")  # "... in Nangarhar JALALABAD, Afghanistan, March 3, 2013 -"
# what every mid-line dateline holds: a word in capitals (or a year) and a bracket or a dash
_DATELINE_KEYS = re.compile(r"(?:[A-Z][A-Z.'-]{2,}|(?:19|20)\d\d)[^\n]*?[-–—(\[]|[-–—(\[][^\n]*?(?:[A-Z][A-Z.'-]{2,}|(?:19|20)\d\d)")
# a sentence ends at . ! ? before a capital; "Thursday.The" (a space lost in copying) ends one too, after a
# lower-case word (never inside "U.S." or "Jan.")
_SENT_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|(?:(?<=[a-z0-9]{2}[.!?])|(?<=\b\d[.!?]))(?=[A-Z](?:[a-z]|\s|[A-Z]{1,5}\b))"  # "on Oct.4.Two men", "said.NATO"
                       r"|(?<=[.:])\s+(?=(?:--|—|–)\s+[A-Z])")  # a list run into one line: "yesterday: -- A combined force ..."
# after "U.S." or "U.N.", words that go on with the same noun phrase rather than open a sentence
_INITIALISM_GOES_ON = re.compile(
    r"(?:Army|Navy|Air\s+Force|Marines?|Forces?|Special|Embassy|Department|State\s+Department|Central\s+Command|Africa\s+Command|European\s+Command|Southern\s+Command|Northern\s+Command|"
    r"Government|Congress|Senator|Ambassador|Secretary|Defen[cs]e|Security\s+Council|Mission|Coast\s+Guard|"
    r"National|Agency|Treasury|Envoy|Special\s+Representative|Assistance\s+Mission|Command|Military)\b")
_ABBREV_TAIL = re.compile(rf"(?:\b(?:{_ABBREV})\.|\b[A-Z]\.)$", re.I)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    is_title: bool = False  # a headline or header line: read for dates, not for counts


def normalise_spaces(text: str) -> str:
    """Unicode line/paragraph separators and no-break spaces, as press releases carry them, made plain;
    HTML character references left in copied text ("&#8217;", "&mdash;") read as the characters they name."""
    if "&" in text and re.search(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});", text):
        text = html.unescape(text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\xa0", " ").replace("\u200b", "").replace("\t", " ").replace("\u00ad", "")
    # typographic hyphens ("Nad‐Ali", "Nahr‑e Saraj") as the plain one gazetteer names and patterns use
    text = re.sub("[\u2010\u2011\u2012\u2043]", "-", text)
    # list bullets copied with a page ("• KABUL, Afghanistan (Dec. 7)") are not part of the line
    text = re.sub(r"(?m)^[ ]*[•·▪◦●■*][ ]+", "", text)
    # numbered sections of an update ("1) In Nangarhar province, ...", "2. In Laghman ...") likewise
    text = re.sub(r"(?m)^[ ]*\(?\d{1,2}[).][ ]+(?=[A-Z])", "", text)
    return text


def break_blocks(line: str) -> str:
    """Release furniture inside a line separates blocks (a headline from the body when the line breaks were
    lost), and a dateline after other words opens the report: both become line breaks."""
    line = _INLINE_FURNITURE.sub("\n", line)
    if _DATELINE_KEYS.search(line):  # (the dateline pattern runs only where a dateline's parts stand: it is slow)
        line = _MIDLINE_DATELINE.sub("\n", line)
    # "... in the strike. --- UPDATE: Air strike kills ...": an update's marker opens a block of its own, and so
    # does a numbered section run into the line before ("... yesterday. 2) In Laghman province, ...")
    # (each turn only where its fixed characters stand: this runs on every line)
    if "UPDATE" in line or "---" in line:
        line = _UPDATE_MARK.sub("\n", line)
    # a page's story links run into the line ("... engaged the group. Read more: ... Previous: ..."), likewise
    if ":" in line:
        line = _LINKS_RUN_IN.sub("\n", line)
    if ")" not in line:
        return line
    return _NUMBERED_RUN_IN.sub(lambda m: m.group(0) if _ABBREV_TAIL.search(line[: m.start()]) else "\n", line)


_UPDATE_MARK = re.compile(r"(?<=[.!?\"”])\s+(?:-{3,}\s*)?(?=UPDATE\s*:)|\s+-{3,}\s+")
_LINKS_RUN_IN = re.compile(rf"(?<=[.!?\"”a-z])\s+(?=(?=[A-Z])(?i:{_LINK_WORDS})\s*:)")
_NUMBERED_RUN_IN = re.compile(r"(?:(?<=[.!?])|(?<=\s[-–—]))\s+\(?\d{1,2}\)\s+(?=[A-Z])")  # not the day of "(Jan. 14) — An ..."


def _blocks(text: str):
    """The text's lines up to an end marker, furniture left out, each broken where furniture joined two blocks."""
    for line in text.split("\n"):
        if _END_MARKERS.match(line):
            return
        line = _RELEASE_END.sub("", line)
        if _FURNITURE.match(line) or _CAPTION.search(line):
            continue
        yield from break_blocks(_recase(line)).split("\n")


def clean_text(text: str) -> str:
    """The report without its furniture; paragraphs kept as lines."""
    kept: list[str] = []
    for part in _blocks(normalise_spaces(text)):
        if _STORY_LINKS.match(part):
            if sum(map(len, kept)) > 200:  # below a report of a few lines: the links close it
                break
            continue
        part = (re.sub(r"[ ]{2,}", " ", part) if "  " in part else part).strip()
        if part or not kept or kept[-1]:
            kept.append(part)
    out = "\n".join(_join_wrapped(kept, _wrap_width(kept)))
    out = re.sub(r"\n{3,}", "\n\n", out).strip()
    # A site's trailing teaser without a marker ("Ukraine applies ... " with an ellipsis) is cut too.
    out = re.sub(r"\n[^\n]{0,300}(?:…|\.\.\.)\s*$", "", out)
    return out


_SMALL_WORDS = {"A", "AN", "THE", "IN", "ON", "AT", "OF", "BY", "FOR", "TO", "FROM", "WITH", "NEAR", "INTO", "AND", "OR",
                "AFTER", "DURING", "OVER", "AS", "IS", "ARE", "WAS", "WERE", "HIS", "HER", "THEIR", "ITS", "AMONG",
                "AMONGST", "INCLUDING", "AGAINST", "BETWEEN", "WITHOUT", "THROUGH", "ACROSS", "AROUND", "BEHIND",
                "BEFORE", "UNDER", "UPON", "WHILE", "ABOUT", "WITHIN", "OUTSIDE", "INSIDE", "ALONG", "TOWARD", "TOWARDS"}
# short words of plain English, not abbreviations like ISAF, IED or NDS: read as words ("FARAH CITY LEFT 11 DEAD")
_PLAIN_SHORT = {"CITY", "TOWN", "AREA", "SAID", "SAYS", "SAY", "TOLD", "LEFT", "DEAD", "HURT", "ALSO", "BEEN", "HAVE",
                "HAS", "HAD", "THEY", "THEM", "WHEN", "THIS", "THAT", "SOME", "MORE", "MOST", "LAST", "LATE", "NEXT",
                "ONLY", "EACH", "BOTH", "WHO", "WILL", "NOT", "NO", "BUT", "OUT", "OFF", "UP", "DOWN", "DAY", "DAYS",
                "WEEK", "MEN", "BODY", "SHOT", "HELD", "FLED", "BOMB", "RAID", "KILL", "HIT", "HITS"}  # counts: below
# words that go before a place's name without being part of it ("YEMEN'S SOUTHERN SHABWA PROVINCE")
_PLACE_ADJECTIVES = {"NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "CENTRAL", "NORTHEASTERN", "NORTHWESTERN",
                     "SOUTHEASTERN", "SOUTHWESTERN", "NORTH-EASTERN", "NORTH-WESTERN", "SOUTH-EASTERN", "SOUTH-WESTERN",
                     "RESTIVE", "VOLATILE", "REMOTE", "NEIGHBOURING", "NEIGHBORING"}
_CALENDAR_SHORT = {"JAN", "FEB", "MAR", "APR", "MAY", "JUNE", "JULY", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC", "MON",
                   "TUE", "WED", "THU", "FRI", "SAT", "SUN"}
# words of counts in capitals, put back in lower case so that they are read as words, not as names: numbers,
# verbs, and every noun that names people ("A TALIBAN BOMB MAKER AND HIS ASSISTANT" is no man named Maker)
# (the nouns' own case: "Afghans" stays a name, and "MULLAH" is the title of the name after it)
_COUNT_WORDS = re.compile(
    r"(?i:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|DOZEN|SEVERAL|NUMEROUS|MULTIPLE|"
    r"ADDITIONAL|SUSPECTED|KILLED|DETAINED|CAPTURED|ARRESTED|WOUNDED|INJURED|FORCES?|SECURITY|COALITION|OPERATION|"
    rf"YESTERDAY|TODAY)|(?!mullah)(?:{PERSON_NOUNS})")


def _recase(line: str) -> str:
    """An all-capitals line ("TALIBAN LEADER KILLED IN HELMAND PROVINCE") in the case the rules read: names
    capitalised, small words lower, short words kept as abbreviations (ISAF, IED). Same length, same spans."""
    if len(line.split()) < 4 or re.search(r"[a-z]", line) or not re.search(r"[A-Z]{3}", line):
        return line

    def word(m: re.Match) -> str:
        w = m.group(0)
        # the line's first word, or the first after a dateline's dash or its agency ("(IANS) A TALIBAN ...")
        # (or a sentence's: "... TODAY. SEVERAL SUSPECTS WERE DETAINED")
        opens = m.start() == 0 or re.search(rf"(?:[-–—:]|\((?i:{_AGENCY})\)|[a-z\d]{{2}}[.!?][\"”]?)\s+$",
                                            line[max(0, m.start() - 10): m.start()], re.I)
        if (w in _SMALL_WORDS or w in _PLAIN_SHORT or w in _PLACE_ADJECTIVES or _COUNT_WORDS.fullmatch(w.lower())) \
                and not opens:
            return w.lower()
        if len(w) <= 4 and w not in _SMALL_WORDS and w not in _PLAIN_SHORT and w not in _CALENDAR_SHORT:
            return w
        return w[0] + w[1:].lower()

    out = re.sub(r"[A-Z][A-Z’'-]*", word, line)
    return out if len(out) == len(line) else line


_WRAP_END = re.compile(r"\b(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|near|into|after|during|his|her|their)$", re.I)
# a count before its noun ("killed nine (9)" / "Talibans in ..."): no sentence or headline ends there
_COUNT_END = re.compile(r"\b(?:killed|detained|captured|arrested|wounded)\s+(?:\w+\s+)?(?:\(\d+\)|\d+|one|two|three|four|"
                        r"five|six|seven|eight|nine|ten|several|numerous|dozens|multiple)$", re.I)


# Text wrapped at a fixed width (an e-mail, a copied PDF, a plain-text file): most lines end near one width.
# Chosen so that ordinary paragraphs (one long line each) and short headlines never count as wrapped: the
# widest line is at most WRAP_MAX characters and at least WRAP_LINES lines reach 3/4 of it.
WRAP_MAX = 100
WRAP_LINES = 3
WRAP_SHORT_MIN = 60  # a short text counts as wrapped when two lines reach 3/4 of a width this long or more
WRAP_SHORT_LINES = 6  # a short text: this many lines or fewer (two wrapped paragraphs of a short report)


def _wrap_width(lines: list[str]) -> int | None:
    widths = [len(x) for x in lines if x]
    if not widths or max(widths) > WRAP_MAX:
        return None
    w = max(widths)
    # a short text (a paragraph or two wrapped into six lines or fewer, each paragraph's last line short) has
    # fewer lines to show it; its lines must be long
    needed = WRAP_LINES if len(widths) > WRAP_SHORT_LINES else 2 if w >= WRAP_SHORT_MIN else WRAP_LINES
    return w if sum(x >= 0.75 * w for x in widths) >= needed else None


def _only_dateline(line: str) -> bool:
    m = DATELINE_HEAD.match(line)
    return bool(m) and m.end() >= len(line.rstrip())


def _join_wrapped(lines: list[str], width: int | None = None) -> list[str]:
    """Rejoin a sentence broken across lines (releases wrap with line separators): the next line
    starts in lower case, or this one ends with a comma or a word that cannot end a sentence, or the text
    is wrapped at `width` and this line, no headline, runs near it."""
    out: list[str] = []
    for line in lines:
        wrapped = bool(width and out and out[-1] and len(out[-1]) >= 0.6 * width and not is_title_case(out[-1])
                       and not DATELINE_HEAD.match(line) and not _only_dateline(out[-1]))
        if out and out[-1] and line and not re.search(r"[.!?:\"”]$", out[-1]) and (
            line[0].islower() or _WRAP_END.search(out[-1]) or out[-1].endswith(",") or wrapped
            or (_COUNT_END.search(out[-1]) and not DATELINE_HEAD.match(line))
        ):
            # a word broken at its hyphen ("four-" / "member cell") is one word again
            joint = "" if re.search(r"[A-Za-z0-9]-$", out[-1]) and line[0].isalnum() else " "
            out[-1] = out[-1] + joint + line
        else:
            out.append(line)
    return out


def is_title_case(text: str) -> bool:
    """A headline's capitals ("Precision Air Strikes Kills Senior Taliban Leader in Baghlan"): most words of
    four letters or more start with a capital."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# Lines above a report's dateline are its header (headline, byline, photo caption), whatever their punctuation,
# when they are few and short and the report goes on after the dateline. A headline runs to about 100
# characters; a report's first sentence above its dateline (a dateline at the end) runs longer.
HEADER_MAX_LINES = 6
HEADER_MAX_LINE = 110


def _header_lines(lines: list[str]) -> int:
    """How many of the first lines stand above the report's dateline; 0 when there is none to go by."""
    filled = [i for i, x in enumerate(lines) if x.strip()]
    for k, i in enumerate(filled[: HEADER_MAX_LINES + 1]):
        m = DATELINE_HEAD.match(lines[i].strip())
        if m:
            goes_on = lines[i].strip()[m.end():].strip() or k + 1 < len(filled)
            short = all(len(lines[j].strip()) <= HEADER_MAX_LINE for j in filled[:k])
            return i if k and goes_on and short else 0
    return 0


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with spans into `text`. Lines without end punctuation (headlines) stand alone."""
    out: list[Sentence] = []
    pos = 0
    body_seen = False  # a dateline opens a report: only before the first sentence of report text is it split off
    lines = text.split("\n")
    header = _header_lines(lines)
    for n, line in enumerate(lines):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if n < header:  # a byline or a headline with a full stop above the dateline: read like a headline
            seg = line.strip()
            off = line_start + line.index(seg)
            out += [Sentence(off + cs, off + ce, seg[cs:ce], True) for cs, ce in _chunks(seg)]
            continue
        start = 0
        pieces = []
        for m in _SENT_END.finditer(line):
            candidate = line[start : m.start()].rstrip()
            if _ABBREV_TAIL.search(candidate) and not re.search(r"\b[A-Z]\.[A-Z]\.$", candidate):
                continue  # "Jan. 14", "Lt. Col." are not sentence ends
            if re.search(r"\b[A-Z]\.[A-Z]\.$", candidate) and _INITIALISM_GOES_ON.match(line, m.end()):
                continue  # "a U.S. Army spokesman", "U.N. officials"
            pieces.append((start, m.start()))
            start = m.end()
        pieces.append((start, len(line)))
        for s, e in pieces:
            seg = line[s:e].strip()
            if not seg:
                continue
            off = line.index(seg, s)
            head = DATELINE_HEAD.match(seg)
            if head and not body_seen:
                dl = seg[: head.end()].rstrip()
                out.append(Sentence(line_start + off, line_start + off + len(dl), dl, True))
                off += head.end()
                seg = seg[head.end():]
                if not seg:
                    continue
            is_title = not re.search(r"[.!?…\"”’)]$", seg) and len(seg.split()) <= 25
            body_seen = body_seen or not is_title
            for cs, ce in _chunks(seg):
                out.append(Sentence(line_start + off + cs, line_start + off + ce, seg[cs:ce], is_title))
    return out


MAX_SENTENCE = 1000  # characters; news sentences are far shorter, and the rules' cost grows with length


def _chunks(seg: str) -> list[tuple[int, int]]:
    """A run-on 'sentence' (text without punctuation) cut at spaces into pieces the rules read in linear time."""
    if len(seg) <= MAX_SENTENCE:
        return [(0, len(seg))]
    out, start = [], 0
    while start < len(seg):
        end = min(len(seg), start + MAX_SENTENCE)
        if end < len(seg):
            space = seg.rfind(" ", start + MAX_SENTENCE // 2, end)
            end = space if space > start else end
        out.append((start, end))
        start = end
        while start < len(seg) and seg[start] == " ":
            start += 1
    return out
