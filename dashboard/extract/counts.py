"""Counts of killed, wounded and captured: numbers, number words, vague words and who they add up.

A report names the same dead several times ("killed Asim Omar ... Omar was killed along with six
others ... Among them was Raihan"). Mentions are read in order and added up with a few rules:
a new indefinite group adds ("detained two others"), a definite one restates ("the two militants
were detained"), a total that says "including" replaces, and a person already counted is not counted
again. Negations and hypotheticals ("no civilians were injured", "planned to kill") are not counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..models import Count
from .words import COUNTRY_NAMES, DIRECTION, MONTH_DAY, MONTH_NAME, PERSON_NOUNS, WEEKDAY, word_led

_DATA = Path(__file__).parent / "data" / "vague_numbers.yaml"

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)(?:\s+hundred)?"
)
NUM = rf"(?:half\s+a\s+dozen|(?:a\s+)?half[\s-]dozen|(?:a|one|two|three|four|five|[1-5])\s+dozen|dozen(?!s)|a\s+hundred|\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUM})"
_VAGUE_WORDS = (
    r"an\s+(?:unknown|unspecified|undetermined|undisclosed|unconfirmed)\s+number\s+of|"
    r"a\s+(?:small|large|significant|substantial|considerable)\s+number\s+of|"
    r"several\s+dozen|a\s+few\s+dozen|a\s+number\s+of|a\s+couple\s+of|a\s+couple|a\s+pair\s+of|a\s+trio\s+of|a\s+handful\s+of|a\s+group\s+of|a\s+few|"
    r"several|numerous|many|multiple|some|few|dozens(?:\s+of)?|tens\s+of|scores\s+of|hundreds(?:\s+of)?|thousands(?:\s+of)?"
)
_BOUND = (
    r"at\s+least|more\s+than|in\s+excess\s+of|over|upwards?\s+of|no\s+fewer\s+than|no\s+less\s+than|up\s+to|as\s+many\s+as|"
    r"nearly|almost|about|around|approximately|roughly|some|an\s+estimated|close\s+to|fewer\s+than|less\s+than|"
    r"a\s+total\s+of|a\s+further|another|an\s+additional|additional|further"
)


KILL = (r"(?:killed|killing|kills|kill|slain|shot\s+dead|gunned\s+down|eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing|"
        r"died|dead|perished|(?<=reported\s)deceased|(?<=pronounced\s)deceased|(?<=declared\s)deceased|lost\s+(?:their|his|her)\s+li(?:ves|fe)|sent\s+to\s+hell|embraced\s+shahadat|deaths?\s+of|elimination\s+of|bod(?:y|ies)\s+of|martyred|embraced\s+martyrdom|"
        # "Two Taliban bodies were found at the scene"
        r"bod(?:y|ies)\s+(?:was|were|have\s+been|has\s+been)\s+(?:found|recovered|discovered)|"
        r"(?:fatally|mortally)\s+(?:wounded|injured)|succumbed\s+to\s+(?:his|her|their)\s+(?:wounds|injuries)|"
        r"blew\s+(?:himself|herself|themselves)\s+up|claimed\s+the\s+lives?\s+of|"
        # "We have lost five soldiers": a side's own dead
        r"lost(?=\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)\s))")
# "fatally wounded" is a death, not a wound; "succumbed to his injuries" likewise
# (not "his injuries"; "another wounded" is a count: the possessives are whole words)
WOUND = r"(?<!fatally\s)(?<!mortally\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?:wounded|wounding|injured|injuring|injuries|hurt)"
CAPTURE = (
    r"(?:captured|capturing|captures|capture|detained|detaining|detains|detain|arrested|arresting|arrests|arrest|apprehended|"
    r"apprehending|netted|(?:taken|took|take|takes|taking)\s+into\s+(?:custody|detention)|(?:taken|took)\s+prisoners?|nabbed|"
    r"(?:took|take|takes|taking|taken)\s+custody\s+of|(?:handed|gave|given)\s+(?:himself|herself|themselves)\s+(?:over|up)|"
    r"picked\s+up|rounded\s+up|turned\s+(?:himself|herself|themselves)\s+in|"
    # "are in custody", "one is in Afghan custody"
    r"(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bwas\s))in\s+(?:(?:Afghan|coalition|ISAF|police|government|military|"
    r"NDS|army|U\.S\.|US|American|Pakistani|federal)\s+)?custody|"
    r"detainment\s+of|detention\s+of|(?<=\bbeing\s)held|held(?=\s+(?:for\s+(?:further\s+)?questioning|in\s+custody))|"
    r"(?<=\bhave\s)in\s+custody|(?<=\bhas\s)in\s+custody|(?<=\bhad\s)in\s+custody|(?<=\bholding\s)in\s+custody|"
    r"surrendered\s+to|surrendered(?=\s*[.,;]|\s+(?:without|after|peacefully|and|when|during|in|at)\b))"
)
VERBS = {"killed": KILL, "wounded": WOUND, "captured": CAPTURE}
_VERB_RE = {k: re.compile(rf"\b{v}\b", re.I) for k, v in VERBS.items()}

# Words before a verb that make it no event of this report: intentions, accusations, background.
_HYPOTHETICAL = word_led(
    r"(?:\b(?:plann\w*|plot\w*|intend\w*|attempt\w*|tr(?:y|ied|ying)|threat\w*|sought|seek\w*|want\w*|"
    r"vow\w*|aim\w*|order\w*|plans?|able|designed|used|wish\w*|going|continue\w*|help\w*|conspir\w*)\s+to\s+"
    r"(?:\w+\s+)?|\bto\s+|\b(?:responsible|known|wanted|accused|suspected|notorious|involved|infamous|blamed|"
    r"credited|implicated|reward|order\w*)\s+(?:for|in|of)\s+(?:\w+\s+){0,3}|\bcould\s+|\bwould\s+|\bmay\s+|"
    r"\bmight\s+|\bwill\s+|\bcan\s+|\bnot\s+|\bnever\s+|\bwithout\s+|\bnor\s+|\bor\s+|"
    r"\b(?:will|would|could|may|might|must|should|shall|to|can)\s+(?:not\s+)?be\s+|"
    # "up to 20 insurgents may have been killed"; "the Taliban claimed that 20 soldiers were killed": a claim
    r"\b(?:may|might|could|would|must)\s+(?:not\s+)?have\s+(?:been\s+)?|"  # "could have killed dozens"
    # "the bomb maker evaded capture": what did not happen
    r"\b(?:evaded|eluded|escaped|avoided|resisted|evading|eluding|escaping|avoiding)\s+(?:\w+\s+)?|"
    # "the spokesman claimed their fighters had killed six policemen" (a claim of responsibility tells the event)
    r"\bclaim(?:ed|s|ing)?\s+(?!responsibility\b|credit\b)(?:that\s+|to\s+have\s+)?(?:[\w'’-]+\s+){0,6}|"
    # "have focused their efforts on capturing and killing key insurgent leaders": a campaign's aim
    r"\b(?:focus\w*|efforts?|concentrat\w*|dedicated|committed)\s+(?:\w+\s+){0,3}?(?:on|to)\s+(?:\w+ing\s+(?:and|or)\s+)?|"
    # "ISAF is aware of reports that Afghan civilians were killed", "allegations that ...": unconfirmed
    r"\b(?:aware\s+of\s+)?(?:reports?|allegations?|rumou?rs?)\s+(?:that|of)\s+(?:[\w'’-]+\s+){0,5}|"
    # "there were no reports of civilians killed", "no indication that anyone was hurt"
    r"\bno\s+(?:reports?|indications?|signs?|evidence|word)\s+(?:of|that)\s+(?:[\w'’-]+\s+){0,5})$",
    re.I,
)
# Sentences that tell history or accusations, not this incident.
_BACKGROUND = word_led(
    # ("the detainee has confessed to having carried out several attacks in the district of Grazivan": his past)
    r"\b(?:responsible\s+for|confess(?:ed|es)?\s+to|was\s+known|is\s+known|were\s+known|known\s+to\s+have|believed\s+to\s+have(?!\s+been\s+(?:killed|captured|detained|wounded|injured))|"
    # (not a fight the report tells: "troops were involved in a 12-hour battle yesterday ..., killing dozens")
    r"involved\s+(?:in|with)(?!\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:battle|fight|firefight|gunfight|clash|engagement))|linked\s+to|affiliated[\"”]?\s+with|connected\s+(?:to|with)|tied\s+to|(?:ties|links)\s+(?:to|with)|implicated\s+in|blamed\s+for|wanted\s+for|accused\s+of|suspected\s+of|"
    # "the leader has killed many civilians"; not "a security force has killed an insurgent", the report's own event
    # "the insurgent who fired the shot ... associated with the helicopter crash on 6 August"
    r"associated\s+with\s+(?:the|an?)\s+(?:[\w.-]+\s+){0,3}?(?:crash|downing|attacks?|bombings?|ambush|assault|killings?|"
    # (nor a force named with its abbreviation: "The Somali National Army (SNA) has killed ... on Tuesday")
    r"shooting)\b|(?<!force\s)(?<!forces\s)(?<!troops\s)(?<!patrol\s)(?<!police\s)(?<!army\s)(?<!team\s)(?<!\)\s)"
    r"has\s+(?:been\s+)?(?:killed|kidnapped)|"
    r"had\s+(?:been\s+)?(?:killed|kidnapped)|his\s+attacks|their\s+attacks|attacks\s+(?:which|that)|"
    # "kidnapped in Day Mirdad district, near where the Taliban downed a helicopter last week killing 38 people"
    r"(?:near|close\s+to)\s+where\b|"
    # "The operation was conducted in response to an armed attack that killed 22 soldiers": that attack
    r"in\s+response\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|ambush|bombing|assault)\b|"
    r"which\s+killed|that\s+killed|"
    # "Al Shabaab attacked the same base in June, wounding seven soldiers": an earlier attack on the place
    rf"the\s+same\s+(?:base|village|checkpoint|outpost|post|town|camp|compound|market|convoy|district\s+cent(?:er|re))\s+"
    rf"(?:in|last)\s+{MONTH_NAME}\b|"
    # "the commander of IED operations in the region, of which many of these roadside bombs killed innocent women and
    # children": the weapons of his trade, told back by "these"
    r"\b(?:these|those|his|their)\s+(?:[\w-]+\s+){0,2}?(?:bombs|IEDs|devices|mines|attacks|ambushes|assaults)"
    r"(?=\s+(?:have\s+|had\s+)?(?:killed|wounded|injured|maimed)\b|\s*$)|master-?minds?\s+(?:of|behind)|(?:planner|organi[sz]er|architect|perpetrator|ringleader)s?\s+of|in\s+(?:19|20)\d\d\b|last\s+year|earlier\s+this\s+year|since\s+(?:19|20)\d\d|"
    # "repelled a coordinated attack", "the Taliban-led attack": an adjective of the event, no deed of the past
    r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!-)(?:planned|coordinated|facilitated|directed|orchestrated|conducted|carried\s+out|led)\s+(?:the\s+|several\s+|numerous\s+|multiple\s+)?(?:\w+\s+)?attacks?\b|"
    # "planned the Feb. 12 suicide attack": a planner's deed, never the report's own event, however it is named
    r"(?:planned|coordinated|facilitated|orchestrated|masterminded)\s+(?:the|an?|several|numerous|multiple)\s+(?:[\w.’'-]+\s+){0,3}"
    r"(?:attacks?|bombings?|ambush(?:es)?|assaults?)\b|"
    # "had boasted of being behind a suicide car bomb ... that killed two civilians"
    # (not a claim: "the Taliban said they were behind a roadside bomb which killed a police commander")
    r"(?<!they\swere\s)(?<!it\swas\s)(?<!we\swere\s)"
    r"behind\s+(?:the|an?|several|numerous|multiple|many)\s+(?:[\w.’'-]+\s+){0,3}(?:attacks?|bombings?|bombs?|ambush(?:es)?|"
    r"assaults?|blasts?|explosions?|killings?)|"
    r"often|routinely|frequently|regularly|"
    # "The commander led an ambush on a police patrol Dec. 14 that wounded a policeman": the deed of the man the
    # operation took, told after it
    r"^(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:leader|commander|sub-?commander|facilitator|financier|emir|organi[sz]er)\s+"
    r"(?:also\s+|previously\s+|allegedly\s+|reportedly\s+)?(?:led|conducted|carried\s+out|executed|staged|launched|"
    r"organi[sz]ed|planned|directed|coordinated)\s+(?:an?|the|several|numerous|multiple)\s+(?:[\w.’'-]+\s+){0,4}?"
    r"(?:ambush(?:es)?|attacks?|bombings?|assaults?|raids?))\b",
    re.I,
)
# a sentence that sets the incident after an earlier one: "The attack follows a July 26 raid ...", "This comes a week
# after an ambush that killed ..."
_FOLLOWS_EARLIER = re.compile(r"^(?:The|This|That|It|Today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:follows|followed|comes|come|came)\s+"
                              r"(?:just\s+|only\s+)?(?:(?:a\s+day|a\s+week|a\s+month|\w+\s+(?:days|weeks|hours|months)|days|"
                              r"weeks|hours|shortly)\s+)?(?:after\s+)?(?:an?|the|another)\s", re.I)
# an earlier operation, told after the verb: "killed in a previous raid", "captured during an earlier operation"
_IN_EARLIER = re.compile(r"\s+(?:in|during)\s+(?:(?:a|an|the)\s+(?:previous|earlier|prior)|an?\s+similar)\b", re.I)
# a time before the report's, told after a verb: "who were killed in January", "who was detained last year"
_PAST_TIME = re.compile(
    rf"[^.;]*?\b(?:in\s+(?:{MONTH_NAME}|"
    r"(?:19|20)\d\d)|last\s+(?:week|month|year|spring|summer|autumn|fall|winter)|earlier\s+this\s+(?:week|month|year)|"
    r"(?:weeks|months|years)\s+ago)\b", re.I)
# a period that puts what a relative clause tells before this report: "raids in early January which killed ..."
_PAST_PERIOD = re.compile(rf"\b(?:in\s+(?:early|mid|late)[\s-]{MONTH_NAME}|"
                          r"last\s+(?:week|month|year)|earlier\s+this\s+(?:month|year)|"
                          r"in\s+(?:19|20)\d\d|(?:weeks|months|years)\s+ago)\b[^.;]*$", re.I)
# a time before the report's, relative to it, told inside a clause (not opening the sentence, as a weekly round-up may)
_PAST_RELATIVE = re.compile(r"\b(?:(?:early|earlier)\s+this\s+(?:month|year)|last\s+(?:week|month|year)|"
                            r"(?:weeks|months|years)\s+ago)\b[^.;]*,\s*$", re.I)
# "A Taliban leader responsible for the deaths of three policemen was killed": the clause is the subject's
# past, the passive verb after it is this report's (no relative word or comma between them)
_MAIN_PASSIVE_AFTER = re.compile(r"(?:(?!\b(?:that|which|who|whom|where|when|in\s+which)\b)[^,;])*?\b(?:was|were)\s+(?:also\s+)?",
                                 re.I)
# "was treated and detained", "was treated by the force's medics and detained": a first passive verb, with
# a short phrase of its own, before the one that counts
_FIRST_PARTICIPLE = (r"(?:\w+ed|shot|hit|struck|caught|found|seen|taken)\s+(?:(?:by|at|on|for|in)\s+"
                     r"(?:(?!(?:as|when|while|after|before|he|she|they|it|and)\b)[\w'’-]+\s+){1,4})?"
                     r"and\s+(?:later\s+|subsequently\s+|then\s+)?")
# (not an operation's own span: "an intelligence-based operation that was ongoing since March 30")
_NOT_ONGOING = r"(?<!ongoing\s)(?<!underway\s)(?<!continuing\s)(?<!going\son\s)"
_STATISTIC = word_led(
    r"\b(?:in\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:days|weeks?|months?|years?)|so\s+far|to\s+date|this\s+year|"
    # "Over the last two days, forces under the command of Regional Command East killed 13 insurgents": the days' sum
    r"^(?:Over|During|Within)\s+the\s+(?:last|past)\s+(?:\w+\s+)?days(?=\s*,)|"

    r"in\s+recent\s+(?:days|weeks|months)|(?:each|every|per)\s+(?:day|week|month|year)|"  # "killing dozens of people each month"
    # "The soldier's death brought to 427 the number of British troops killed since operations ... began": a running
    # total (the death itself is told in its own sentence)
    r"(?:brought|brings|bring|bringing|takes|took|taking|raised|raises|raising|pushed|pushes|pushing)\s+(?:to\s+[\d,]+\s+the\s+"
    r"(?:number|total|toll|death\s+toll)|the\s+(?:number|total|toll|death\s+toll)\b[^.;]{0,80}?\bto\s+[\d,]+)|"
    # "Over 1,300 members were killed during offensives to free Hawija, while over 800 members were killed during the
    # second phase of operations": a campaign's toll
    r"during\s+(?:the\s+)?offensives\b|during\s+the\s+(?:\w+\s+)?phase\s+of\s+(?:the\s+)?(?:operations|offensive|campaign)\b|"
    # "scores of insurgents killed in different patrols conducted by Nigerian troops across the region": a campaign's
    r"in\s+(?:different|various)\s+(?:patrols|operations|raids|clashes|encounters|attacks)\b|"
    # "The U.S. strikes carried out earlier this month collectively killed two al-Shabab members": several strikes' toll
    r"collectively\s+(?:killed|wounded|injured|captured|detained)|"
    # "The deadliest incident happened earlier this month when a U.S. helicopter crashed, killing 30 U.S. troops": the
    # period's worst, another event than the report's
    r"(?:the|its)\s+(?:single\s+)?(?:deadliest|bloodiest|worst)\s+(?:[\w-]+\s+)?(?:incident|attack|day|loss)\s+"
    r"(?:happened|occurred|came|took\s+place|was)\s+(?:earlier|last|in|on)\b|"
    # "were killed ... from January to September", "in the first six months of 2010": a period's toll
    rf"from\s+{MONTH_NAME}\s+(?:to|through|until)\s+{MONTH_NAME}|"
    r"in\s+the\s+first\s+(?:\w+\s+)?(?:months?|weeks?|half)|"  # "have captured numerous insurgent fighters throughout Afghanistan in recent days"
    # "several leaders have been captured and two were killed this month alone" (not "killed earlier this month")
    r"(?<!earlier\s)(?<!early\s)(?<!late\s)(?<!later\s)this\s+month|"
    # "This brings the regional command's total for the week to 20 insurgents killed", "The captures raise the total
    # of high-level insurgents killed or captured since Friday to seven"
    # (not "He put the toll of casualties to government forces to three killed", nor a death toll raised: the incident's)
    r"(?:brings?|brought|raises?|raised)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?:total|tally)\b|"
    rf"{_NOT_ONGOING}since\s+(?:last\s+)?{WEEKDAY}|"  # "the second Taliban leader to be confirmed dead since Friday"
    rf"{_NOT_ONGOING}since\s+(?:{MONTH_DAY}|"  # "since Dec. 1"
    r"the\s+(?:start|beginn?ing|first)|january|february|march|april|may|june|july|august|september|october|"
    # ("over the past couple of weeks")
    r"november|december|(?:19|20)\d\d)|(?:over|within)\s+the\s+(?:last|past)\s+(?:\w+\s+){0,2}?(?:weeks?|months?|years?)|"
    # "Nearly 50 security force members lost their lives ... in the country within the past several days"
    r"(?:within|in)\s+the\s+(?:last|past)\s+(?:several|few)\s+days|more\s+than\s+\d+\s+(?:operations|raids)|"
    # "Boko Haram has killed thousands of people ... in a six-year-old insurgency": the war's toll, not this attack's
    r"(?:has|have)\s+(?:\w+\s+)?killed\s+(?:tens\s+of\s+|many\s+)?(?:thousands|hundreds)\b|"
    r"(?:\w+-)?(?:year|decade)s?-old\s+(?:insurgency|war|conflict|campaign|rebellion|uprising)|"
    # "Around 200 insurgents have been killed during Operation Zulfiqar": a campaign's toll so far
    r"(?:have|has)\s+been\s+(?:\w+\s+)?(?:killed|captured|detained|arrested|wounded|injured)\s+(?:during|in|since)\s+(?:the\s+)?"
    r"(?:(?-i:Operation\s+[A-Z]\w*)|(?:ongoing|continuing)\s+(?:\w+\s+)?(?:operation|offensive|campaign)))\b",
    re.I,
)
_DURING_ONE_OPERATION = re.compile(r"\b(?:during|in)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|engagement|clash|battle)\b", re.I)
# More periods' tolls, looked for only where their key words stand (most sentences hold none):
_PERIOD_TOLL = word_led(
    # a year's toll: "A total of 160 ISAF troops were killed in Afghanistan in 2013, down from 402 fatalities in 2012",
    # "More than 8,000 people died in attacks last year"
    r"(?:killed|died|deaths?|fatalities|wounded|injured)\s+(?:(?:in|during)\s+(?:[\w-]+\s+){1,2})?(?:in\s+(?:19|20)\d\d\b(?![-/]\d)|"
    r"last\s+year|this\s+year)|\b(?:down|up)\s+from\s+\d[\d,]*\b|"
    # "his troops have killed 400 insurgents ... since late April", "One Marine has been killed ... since the operation
    # began"
    rf"since\s+(?:early|mid|late)[\s-]+{MONTH_NAME}|"
    r"since\s+the\s+(?:[\w-]+\s+){0,2}?(?:operation|offensive|campaign|mission|deployment|clashes|fighting)\s+"
    r"(?:began|started|was\s+launched|kicked\s+off|broke\s+out|erupted)|"
    # ("Since Operation "Hindu Kush" began Sept. 6, at least nine insurgents have been killed": a named one's)
    r"since\s+(?-i:Operation)\s+(?:[\"“]?[\w-]+[\"”]?\s+){1,3}?(?:began|started|was\s+launched|kicked\s+off)\b|"
    # "177 border police have been killed ... in the same timetable", after a toll of the past 11 months
    r"(?:in|over|during|within)\s+the\s+same\s+(?:period|timetable|timeframe|time\s*frame|time|span)|"
    # "A campaign to disrupt Taliban operations in Badghis has resulted in five Taliban senior leaders killed": the
    # campaign's toll, after the incident that adds to it
    # (past an abbreviation's stop: "in Ghor and neighbouring Badghis Prov. has resulted in")
    r"\bcampaign\b(?:[^.;]|\.(?=\s+[a-z])){0,120}?\b(?:has|have|had)\s+(?:(?:so\s+far|now|already|thus\s+far)\s+)?"
    r"(?:resulted\s+in|led\s+to|netted|yielded|produced|seen|killed|captured|detained|removed)\b",
    re.I,
)
_PERIOD_KEYS = re.compile(r"\b(?:19|20)\d\d\b|\byear\b|\bfrom\s+\d|\bsince\b|\bsame\b|\bcampaign\b", re.I)


@lru_cache(maxsize=16384)  # asked of each sentence by the mentions, the sides and the tally
def is_statistic(sentence: str) -> bool:
    """A campaign's or a period's toll ("have captured 17 leaders in the last month", "killed in Afghanistan in
    2013"), not one incident's."""
    m = _STATISTIC.search(sentence)
    if m and m[0].lower().endswith(" days") and _DURING_ONE_OPERATION.search(sentence):
        # "killed the commander and several other insurgents during an operation ... in the past two days": one
        # operation's days, not a period's many operations
        m = _STATISTIC.search(sentence, m.end())
    return bool(m or (_PERIOD_KEYS.search(sentence) and _PERIOD_TOLL.search(sentence)))


# a clause after the counts that sets them among others: ", bringing the total to 40", ", the largest this year"
_TRAILING_TALLY = re.compile(r",\s+(?:bringing|making|raising|taking|pushing)\s+(?:the|to|it|this)\b[^;]*$|"
                             r",\s+(?:the|a|an)\s+(?:largest|biggest|highest|most|latest|single\s+largest)\b[^;]*$|"
                             # (", the second Taliban leader seized in the region in recent days": the man among others)
                             r",\s+the\s+(?:second|third|fourth|fifth|sixth)\s+[^;]*$|"
                             # ", in an area that has seen 13 IEDs detonated this year": the place's record
                             r",\s+(?:in|near)\s+(?:an?|the)\s+(?:area|district|village|region)\s+(?:that|which|where)\b[^;]*$", re.I)
# A lead that sums up several operations, each told on its own below: its figures are skipped
# when the operations' own sentences give figures, and used when they do not.
_SUMMARY = word_led(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|numerous|separate|a\s+number\s+of|many|dozens\s+of|"
    r"various)\s+"
    r"(?:(?:separate|security|clearing|combined|joint|overnight|night|simultaneous|different|deliberate|partnered|"
    r"distinct|military|police|army|[\w]+-(?:based|led|driven))\s+){0,2}"  # "two separate intelligence-based operations"
    r"(?:operations|raids|missions|searches|firefights|engagements|clashes|airstrikes|air\s+strikes)|"
    r"operations\s+in\s+\w+\s+and\s+\w+\s+provinces|"
    # "in operations across eastern Afghanistan", "during a series of engagements"
    # ("killed 15 Taliban fighters during clashes throughout Afghanistan")
    r"(?:in|during)\s+(?:\w+\s+){0,2}?(?:operations|raids|engagements|missions|clashes)\s+(?:(?:today|yesterday|overnight|last\s+night)\s+)?"
    r"(?:across|throughout|around)\b|"
    # "during operations in southern and eastern Afghanistan": a region's operations, told one by one below
    r"(?:in|during)\s+(?:\w+\s+){0,2}?(?:operations|raids|engagements|missions)\s+in\s+(?:the\s+)?"
    rf"(?:{DIRECTION}(?:ern)?\s+(?:and\s+)?){{1,3}}"
    r"(?:Afghanistan|provinces|regions?)\b|"
    r"a\s+series\s+of\s+(?:operations|raids|engagements)|"
    # ("captured six in eastern Afghanistan during operations": the same, the region first)
    rf"\bin\s+(?:{DIRECTION}(?:ern)?\s+(?:and\s+)?){{1,3}}Afghanistan\s+(?:in|during)\s+(?:[\w-]+\s+){{0,2}}?operations\b|"
    # "At least 27 people were killed ... in bomb attacks and air strikes by the coalition ... across Anbar": two kinds
    # of events, each told below
    r"\b(?:killed|wounded|injured|dead)\s+(?:[\w-]+\s+){0,3}?in\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|clashes|"
    r"bombings|ambushes)\s+and\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|clashes|bombings|ambushes)\b|"
    # "in operations last night in Afghanistan": the country's operations, told one by one below
    r"(?:in|during)\s+(?:(?:recent|combined|joint|partnered)\s+)?operations\s+(?:(?:last\s+night|yesterday|today|overnight)\s+)?"
    r"(?:in|across|throughout)\s+"
    r"Afghanistan\b(?!['’]s)|"
    # "have been captured in joint Afghan and Nato troop operations in Afghanistan"
    r"(?:in|during)\s+(?:[\w-]+\s+){1,5}?operations\s+(?:in|across|throughout)\s+Afghanistan\b(?!['’]s)|"
    # "detained several suspected militants and seized weapons stockpiles in recent Afghanistan operations"
    r"(?:in|during)\s+(?:recent|several|separate|multiple)\s+Afghanistan\s+operations\b|"
    # "continued their pursuit of Taliban commanders in recent operations, taking numerous insurgents into custody"
    r"(?:in|during)\s+recent\s+operations(?=\s*,)|"
    # "Haqqani and Taliban leaders were captured in joint Afghan and Nato troops operations"
    r"(?:in|during)\s+joint\s+(?:[\w-]+\s+){0,4}?operations\b|"
    # "captured several Haqqani Network leaders and numerous Taliban leaders in Afghanistan this week": the week's round
    # ("killed and captured a number of militants in Afghanistan over the past three days", "in recent days")
    r"(?:in|across|throughout)\s+Afghanistan\s+(?:(?:this|last|over\s+the\s+(?:past|last)|during\s+the\s+(?:past|last))\s+"
    r"(?:week|(?:\w+\s+)?days)|in\s+recent\s+days)\b|"
    # "killed in three separate insurgent attacks across northern Afghanistan"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+separate\s+(?:[\w-]+\s+)?"
    r"(?:attacks|incidents|clashes|bombings|explosions|blasts|ambushes)|"
    # "at least 10 other police died in two attacks in the country's west"
    r"\b(?:died|killed|wounded|injured)\s+in\s+(?:two|three|four|five|several|multiple)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|incidents|clashes|bombings|explosions|blasts|ambushes)\b|"
    # "Militant attacks in once-calm northern Afghanistan killed at least 11 police officers": a region's attacks
    rf"(?:attacks|clashes|violence|fighting|bombings)\s+(?:across|in|throughout)\s+(?:[\w-]+\s+){{0,2}}?{DIRECTION}(?:ern)?\s+"
    rf"{COUNTRY_NAMES}|"
    # "recent attacks in the country's south and east have killed four US and eight Afghan soldiers": two regions'
    rf"(?:attacks|clashes|bombings)\s+in\s+the\s+country['’]s\s+{DIRECTION}\s+and\s+{DIRECTION}\b|"
    r"\w+,\s+\w+(?:,\s+\w+)*,?\s+and\s+\w+\s+provinces|(?:in|across)\s+(?:different|various|several|multiple)\s+provinces|"
    r"(?:at|in)\s+(?:different|various|several|multiple)\s+(?:locations|places|areas|parts|villages|towns|districts)\b|"  # "surrendered at different locations"
    # "over the last 24 hours": a day's operations summed up; counted when no operation is told on its own
    r"(?:over|in|during|within)\s+(?:the\s+)?(?:last|past)\s+(?:24|48|72|twenty-four)\s+hours)\b",
    re.I,
)


# "During the attack, two soldiers were killed" after a sentence about the target's past attack: that attack
_THAT_ATTACK = word_led(r"^(?:During|In)\s+(?:the|that|this)\s+(?:\w+\s+)?(?:attack|ambush|bombing|assault|blast|explosion)\b|"
                          # "That attack killed two senior police commanders", after "a commander involved in the attack"
                          r"^(?:That|This)\s+(?:\w+\s+)?(?:attack|ambush|bombing|assault|blast|explosion)\s+(?:killed|wounded|injured|left)\b|"
                          # "The most recent blast killed eight people", after "was involved in suicide bombings in
                          # November and January"
                          r"^The\s+(?:most\s+recent|latest|last|earlier|deadliest|first|second)\s+(?:\w+\s+)?(?:attack|ambush|bombing|"
                          r"assault|blast|explosion)\s+(?:killed|wounded|injured|left)\b|"
                          # "Eight civilians were killed in the Jan. 28 attack", after "involved in ... bombings"
                          r"\b(?:killed|wounded|injured|died)\s+(?:in|during)\s+(?:the|that|this)\s+(?:[\w.]+\s+){0,3}?"
                          r"(?:attack|ambush|bombing|assault|blast|explosion)\b", re.I)


_ATTACK_NOUN = re.compile(r"\b(?:attacks?|ambush(?:es)?|bombings?|assaults?|blasts?|explosions?|killings?|murders?)\b", re.I)


_OWN_VERB_AFTER = re.compile(rf"\s+and\s+(?:also\s+)?(?:{CAPTURE}|killed|shot\s+dead|eliminated)\b", re.I)


def _own_verb_after(text: str, bg: re.Match, end: int) -> re.Match | None:
    """The sentence's own hit verb again, after "and", past a target's past clause and before `end` ("captured a
    subcommander responsible for coordinating attacks and detained several suspects"); not a relative clause's ("an
    attack that killed five and wounded ten"), nor a description's ("The leader is responsible for IED attacks and
    killed two civilians last year": no hit verb before the past)."""
    own = _OWN_VERB_AFTER.search(text, bg.end(), end)
    if own and not re.search(r"\b(?:that|which|who|whom|whose)\b", text[bg.end(): own.start()], re.I) and (
            _VERB_RE["captured"].search(text, 0, bg.start()) or _VERB_RE["killed"].search(text, 0, bg.start())):
        return own
    return None


def _own_verb_here(sentence: str, bg: re.Match, vm: re.Match) -> bool:
    """Whether the verb at `vm` is the sentence's own, told again after its target's past (see _own_verb_after)."""
    own = _own_verb_after(sentence, bg, vm.end())
    return bool(own and own.end() == vm.end())


_LIST_GOES_ON = re.compile(
    # (", and the kidnapping and murder of Afghan civilians": a deed with its article)
    r",\s*(?:and\s+)?(?:(?:the\s+)?(?:[a-z]+ings?|attacks|assassinations|ambushes|bombings|murders?)\b[^,.;]*|"
    rf"(?!(?:an?|the|one|his|her|their|its|this|that|these|those|they|he|she|it|who|which|also|then|and|but|"
    rf"{_WORD_NUM}|{_VAGUE_WORDS})\b)(?![^,.;]*\b(?:\w+ed|was|were|is|are|has|had|have|{KILL}|{WOUND}|{CAPTURE})\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,14}(?=\s*[,.;]|$))")


_SUBJECT_VERB = re.compile(rf"\s(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:{KILL}|{WOUND}|{CAPTURE})\b", re.I)


@lru_cache(maxsize=16384)  # asked of each sentence by the sides, the event type, the dates and the next sentence
def background_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence tells a target's past ("a leader responsible for IED attacks, ..."), each to its clause's
    end; "had been killed in the strike" is a report in the pluperfect, not such a clause."""
    spans: list[tuple[int, int]] = []
    for m in _BACKGROUND.finditer(sentence):
        if (spans and m.start() < spans[-1][1]) or re.match(r"ha[sd]\b", m.group(0), re.I):
            continue
        stop = re.search(r"[,.;]|$", sentence[m.end():])
        end = m.end() + stop.start()
        own = _own_verb_after(sentence, m, end)  # (the clause ends where the sentence's own verb goes on)
        if own:
            end = own.start()
        # (or where the subject it describes meets its verb: "4 people suspected to be affiliated with AQAP were killed
        # in a raid by a US drone")
        main = _SUBJECT_VERB.search(sentence, m.end(), end)
        if main and not re.search(r"\b(?:that|which|who|whom|whose|where|when|while)\b", sentence[m.end(): main.start()],
                                  re.I) and not _VERB_RE["killed"].search(sentence, 0, m.start()) and \
                not _VERB_RE["captured"].search(sentence, 0, m.start()):
            end = main.start()
        # a list of the same deeds goes on past its commas: "responsible for the manufacture of suicide vests,
        # harbouring suicide bombers and employing improvised explosive devices"
        # (and of nouns: "involved with intelligence gathering, kidnappings, attacks on coalition forces, and ...";
        # "known to direct the production, strategy, tactical coordination and emplacement of roadside bombs and
        # ambushes against coalition forces": bare nouns with no verb, never a counted phrase)
        while (more := _LIST_GOES_ON.match(sentence, end)):
            end = more.end()
        spans.append((m.start(), end))
    return tuple(spans)


def tells_past_attack(sentence: str, previous: str | None) -> bool:
    """A sentence about an attack the sentence before told as history, not this incident."""
    # (an attack the sentence before told in a man's past: not "killed Zubair, a facilitator responsible for the
    # movement of weapons, during an overnight operation ... four militants were also killed in the assault")
    return bool(previous and _THAT_ATTACK.search(sentence) and _BACKGROUND.search(previous) and any(
        _ATTACK_NOUN.search(previous, a, b) for a, b in background_spans(previous)))


def past_attacks(texts: Sequence[str]) -> set[int]:
    """Which of a section's sentences tell attacks the one before told as history: the first, and each after it
    that tells another ("involved in at least two suicide bombings ... Eight civilians were killed in the Jan. 28
    attack ... An ISAF and an Afghan soldier were wounded in the Nov. 12 suicide attack")."""
    out: set[int] = set()
    for i in range(1, len(texts)):
        if i - 1 in out and _THAT_ATTACK.search(texts[i]) or tells_past_attack(texts[i], texts[i - 1]):
            out.add(i)
    return out


@lru_cache(maxsize=16384)  # asked of each sentence by the segments, the tally, the places and the dates
def is_aggregate(sentence: str) -> bool:
    """A campaign total or a lead summing up several operations: no one incident's figures or place."""
    tail = _TRAILING_TALLY.search(sentence)
    sentence = sentence[: tail.start()] if tail else sentence  # a running total or a place's record after the event
    return bool(is_statistic(sentence) or _sums_up(sentence))


# Two more kinds of sum, looked for only in the sentences that hold their key word (a pattern that runs to the
# sentence's end from every such word is slow in the hot path):
# "The Afghan-led operations resulted in ... more than 75 suspected insurgents detained": their sum
_OPERATIONS_SUM = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}operations\s+(?:have\s+)?(?:resulted|led|netted|"
                             r"yielded)\b", re.I)
# "Battles between militants and the army have claimed the lives of more than 100 insurgents over the past three
# days": the days' sum, counted when no day's own figure is told (not one operation's days: "killed in another
# operation which has been continuing over the past three days")
_DAYS_SUM = re.compile(r"\b(?:battles|clashes|fighting|operations|attacks)\b[^.;]*\bover\s+the\s+(?:last|past)\s+(?:\w+\s+)?"
                       r"days\b", re.I)


_ONE_OPERATION = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:operation|raid|offensive)\s+(?:in|on)\s+(?:the\s+)?"
                            r"(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?\s+district\b", re.I)


# "Two coalition soldiers were killed in separate incidents in Afghanistan Aug. 16 and yesterday": each told below
_SEPARATE_SUM = re.compile(r"\b(?:in|during)\s+separate\s+(?:[\w-]+\s+)?(?:incidents|attacks|clashes|engagements|bombings|ambushes)\b",
                           re.I)
_ONE_CLASH = re.compile(r"^(?:[\w,]+\s+){0,5}?(?:an?|another|the)\s+(?:[\w-]+\s+)?(?:clash|battle|firefight|gunfight|"
                        r"ambush|attack)\b(?!-)", re.I)
_MANY_FIGHTS = re.compile(r"\b(?:operations|clashes|battles|attacks|raids|strikes|airstrikes|incidents|ambushes)\b", re.I)


def _summary_in(sentence: str) -> re.Match | None:
    """The words that make a sentence a lead summing up operations, if any."""
    # (each slow pattern only where its key word stands, in either case: a line recased from capitals keeps some
    # capitals, "lost seven men in Separate Attacks")
    return _SUMMARY.search(sentence) or ("perations" in sentence and _OPERATIONS_SUM.search(sentence) or None) or (
        "ays" in sentence and _DAYS_SUM.search(sentence) or None) or (
        "eparate" in sentence and _SEPARATE_SUM.search(sentence) or None)


@lru_cache(maxsize=16384)
def _sums_up(sentence: str) -> bool:
    """A lead summing up operations; not "a leader believed to have control over IED operations in Paktia and
    Khost provinces" (the target's reach, told in his clause)."""
    summary = _summary_in(sentence)
    if summary and summary.group(0).endswith("hours") and (
            _ONE_OPERATION.search(sentence) and not re.search(r"\boperations\b", sentence, re.I)
            or _ONE_CLASH.search(sentence) and not _MANY_FIGHTS.search(sentence)):
        return False  # "launched a military operation in Pacheragam district in which 30 insurgents were killed in
        # the past 24 hours": one operation's day, not a day's operations summed up (nor "another clash, erupted
        # between the Afghan security forces and militants in Farah province, resulted in killing of six militants
        # ... in the past 48 hours")
    if summary and _summed_clause(sentence, summary.start()) is not None:
        return False  # (the sum is the other clause's: see _summed_clause)
    return bool(summary) and not any(re.fullmatch(r"[^,;]*", sentence[b.end(): summary.start()])
                                     for b in _BACKGROUND.finditer(sentence[: summary.start()]))


# ("A member of the NATO force was killed in southern Afghanistan on Thursday, and attacks on police in several
# provinces left at least 11 Afghan law enforcement officers dead")
_OTHER_CLAUSE = re.compile(r",?\s+(?:while|whereas)\s|,\s+and\s+(?=(?:[\w-]+\s+){0,2}?(?:attacks|clashes|violence|fighting|"
                           r"bombings)\s)")


def _two_clauses(sentence: str) -> bool:
    """Whether a sentence may join a clause of another subject (the cheap test before _OTHER_CLAUSE)."""
    return " while " in sentence or " whereas " in sentence or ", and " in sentence


@lru_cache(maxsize=16384)  # asked of each counted sentence by the mentions and by the sides
def running_total_start(sentence: str) -> int:
    """Where a closing running total begins (", bringing the total number of NATO fatalities to seven"), or the end."""
    tail = _TRAILING_TALLY.search(sentence) if "," in sentence else None
    return tail.start() if tail else len(sentence)


def own_clause_end(sentence: str) -> int:
    """Where a sentence's own part ends before a clause summing up other incidents (see _summed_clause)."""
    summary = _summary_in(sentence) if _two_clauses(sentence) else None
    cut = _summed_clause(sentence, summary.start()) if summary else None
    return len(sentence) if cut is None else cut


def _summed_clause(sentence: str, summary_at: int) -> int | None:
    """Where a clause that sums up other incidents begins, after a toll of the sentence's own: "NATO killed a senior
    Taliban commander and nine other suspected militants in southern Afghanistan, while the coalition and its Afghan
    allies suffered an equal number of deaths in separate attacks", "US forces killed a former police officer in
    central Logar province, while 19 Taliban fighters were killed in two separate clashes elsewhere"."""
    other = _OTHER_CLAUSE.search(sentence, 0, summary_at) if _two_clauses(sentence) else None
    return other.start() if other and HIT_VERB.search(sentence, 0, other.start()) else None
_NEGATED_NP = re.compile(r"^(?:no(?!\s+(?:fewer|less|more)\s+than)|none|nobody|no\s+one|neither|not\s+a\s+single|zero)\b", re.I)
# "... conducted an assessment and determined no civilians had been injured": a finding of none, after its verb
# ("ISAF believes no civilians were injured": the finder named before the finding)
_FOUND_NONE = re.compile(r"^(?:[\w.’'-]+\s+){0,4}?(?:\w+ed|said|found|saw|says|shows?|believes?|thinks?|reports?|indicates?|"
                         r"confirms?|assesses|states?)\s+(?:that\s+)?(?:no|none|nobody|neither)\b", re.I)
_DEFINITE = re.compile(r"^(?:the|these|those|this|that|his|her|their|its|both|all|each|he|she|they|him|them|it|whom|himself|herself)\b", re.I)
_RESTATE = re.compile(r"\b(?:overall\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)|including|to\s+include|among\s+(?:them|those|whom|the\s+(?:dead|killed|victims|casualties|detainees|detained|wounded|injured|captured))|of\s+whom|of\s+them|in\s+total|in\s+all|altogether|total\s+of)\b", re.I)
_BOUNDARY_AFTER = re.compile(
    r"(?<!\d),(?!\d{3}\b)|(?<!\d)\.(?!\d{3}\b)(?!\s+[a-z])|(?<=\d)[,.](?!\d)|[;:()“”\"]|\s(?:during|in|near|at|on|after|before|while|when|as|who|which|that|for|from|by|with|along|"
    r"following|inside|outside|across|throughout|since|because|but|suspected\s+of|accused\s+of|responsible\s+for|"
    r"and\s+(?!(?:suspected|armed|unarmed|wanted|alleged|trained|unidentified|wounded|injured)\b)\w+ed(?=\s+(?:a|an|the|his|their|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|others|other|some|many|numerous|multiple|more)\s)|"
    # a second verb of the irregular kind ends the phrase too: "captured a leader and left two insurgents dead"
    r"and\s+(?:left|took|shot|hit|found|seized|caught|held|fought|brought|sent)|"
    r"believed\s+to|known\s+to|wanted\s+for|involved\s+in|linked\s+to|and\s+(?:\w+\s+)?(?:" + KILL + "|"
    + WOUND + "|" + CAPTURE + r")|and\s+(?:then|also)|and\s+\w+ing|without|into|under|to)\s",
    re.I,
)
# a man's kin and companions, counted with him: "and his two sons", "Gul's son and nephew"
_KIN = (r"associates?|accomplices?|bodyguards?|companions?|brothers?|sons?|drivers?|deput(?:y|ies)|guards?|couriers?|wife|"
        r"fathers?|uncles?|nephews?|cousins?|aides?|assistants?|secretar(?:y|ies)|accountants?|cooks?|messengers?|handlers?|lieutenants?|spotters?|"
        r"predecessors?|successors?|interpreters?|translators?")
_BOUNDARY_BEFORE = re.compile(
    # ("told AFP at least 15 insurgents were killed": the news agency told is no part of the men counted)
    r"(?:[;:“\"|]|\bthat\b|\bconfirm\w*(?:\s+(?:today|yesterday|on\s+\w+day))?\b|\bsaid\b|"
    r"\btold\s+(?:(?:the|a)\s+)?(?-i:[A-Z][\w./-]*)(?:\s+(?-i:[A-Z][\w./-]*)){0,2}(?=\s)|\b(?:comes|came)\s+as\b|\bunderstood\b|\blearn[te]d?\b|\bsays\b|\bsay\b|\b(?:adding|noting|saying|stating)\b|\breport\w*\b|\bindicat\w*\b|\bstated\b|(?-i:\bstate\b)|\bwhile\b|"
    r"\bwith\b|\bbut\b|\band\b(?!\s+(?:his|her|their|another|other|\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|(?-i:Mullah|Mawlawi|Maulvi|Qari|Haji|Hajji|Sheikh|Commander)\b|"
    rf"(?:{_KIN})\b))|\bwhere\b|(?:\s|(?<=\w))[-–—]\s|\bwhen\b|\bafter\b|"
    # ("the raid targeted a militant cell in the Zerko area and 10 to 12 militants were killed": the deed's object is
    # no part of the figure's subject)
    rf"\b(?:targeted|attacked|raided|struck|bombed|stormed|ambushed)\s[^,;]*?\band\b(?=\s+(?:{NUM})\s)|"
    # ("An investigation found three members of the Afghan National Police were accidentally killed": the finding's
    # own figure)
    rf"\b(?:found|determined|concluded|revealed|showed)\s+(?:that\s+)?(?=(?:{NUM})\s)|"
    r"\bleaving\b|\bleft\b|\b(?:in|during|after|following|as\s+a\s+result\s+of)\s+which\b|\bsaw\b|\bincluding\b|\bthere\s+(?:were|was|are|is|have\s+been|has\s+been)\b|\bresult\w*\s+in\b|,\s*(?=\w+\s+(?:were|was|are|is)\b))",
    re.I,
)
# (also after the place: "was killed in Khamab district with four of his companions")
_ALONG_WITH = word_led(rf"\b(?:along\s+with|along(?=\s+(?:\d+|{_WORD_NUM})\s+others\b)|together\s+with|(?:(?<=detained\s)|(?<=captured\s)|(?<=arrested\s)|(?<=killed\s)|(?<=eliminated\s)|(?<=martyred\s)|(?<=custody\s)|(?<=in\saction\s)|(?<=shot\sdead\s))with|with(?=\s+(?:\d+|{_WORD_NUM})\s+of\s+(?:his|her|their)\s))\s+(?:(?P<poss>his|her|their|an?|one)\s+(?:(?P<kn>{_WORD_NUM}|\d+)\s+|\w+\s+)?(?P<kin>{_KIN})\b|(?:the\s+(?=(?:\d+|{_WORD_NUM})\s+other\b)|(?:at\s+least|more\s+than|over|some|about|nearly)\s+|(?:his|her|their)\s+(?=(?:\d+|{_WORD_NUM})\s))?(?P<n>{NUM}|{_VAGUE_WORDS})\s+(?:of\s+his\s+|of\s+their\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:others|more|{PERSON_NOUNS})\b(?!\s+(?:were\s+|was\s+)?(?:{KILL}|{WOUND}|{CAPTURE}))|"
                         # "were captured along with an insurgent"
                         r"(?P<one>an?|another)\s+(?:[\w’'-]+\s+){0,2}?(?:associate|accomplice|companion|bodyguard|man|fighter|"
                         r"insurgent|militant|suspect|member|individual|person|operative|facilitator|commander|leader)\b)", re.I)
_AND_ONE_MORE = re.compile(rf",?\s+and\s+(?:(?:an?|one|his|her|their|another)\s+(?:[\w’'-]+\s+){{0,2}}?{PERSON_NOUNS}\b|"
                           rf"(?:{_KIN})(?<!s)\b)", re.I)  # ("along with his driver and bodyguard")
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
# the head of a counted phrase whose verb's words are moved around it ("took two militants prisoner")
_COUNTED_HEAD = rf"(?:an?|one|{_FEW}|several)\s"
# "and his two sons", "a father and son", "and his three-man security detail"
# (a nationality between: "two NATO-led soldiers and their Afghan interpreter")
_ASSOCIATE = re.compile(rf"\band\s+(?:(?:his|her|their|an?)\s+(?:(?-i:[A-Z][a-z]+)\s+)?)?(?:(?P<n>{_FEW})\s+)?"
                        rf"(?P<what>{_KIN})\b|\band\s+(?:his|her|their)\s+(?P<n2>{_FEW})"
                        r"-(?:man|member|person|strong)\s+(?:[\w-]+\s+)?(?:detail|team|escort|cell|crew|entourage|guard)\b|"
                        # "Five suspected insurgents and their leader": the group's leader, one more
                        r"\band\s+their\s+(?:[\w-]+\s+)?(?P<what2>leader|commander|chief|emir)\b|"
                        # "a key Taliban commander and his five personnel": his men, counted
                        rf"\band\s+(?:his|her)\s+(?P<n3>{_FEW})\s+(?:[\w-]+\s+)?{PERSON_NOUNS}(?=\s*$)", re.I)
_KIN_OF_NAME = re.compile(rf"^(?:the\s+|a\s+)?({_KIN}|son|daughter|nephew|niece|grandson)\s+of\s+(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})$",
                          re.I)
_NAMED_KIN = re.compile(rf",?\s+(?!{WEEKDAY}|{MONTH_NAME}|Yesterday|Today|Last|In|On|At|During|After|Before|The)(?-i:[A-Z][a-z’'-]{{2,}})")
# the small words of Arabic names, written lower case: "Sakhr al-Taifi", "Abu Atta al Kuwaiti", "Osama bin Laden"
_NAME_PARTICLE = r"(?:(?:al|el|bin|ibn|ul|ud|abu|abdul)[\s-])"
_NAME = re.compile(
    # (a rank before the name: "Col. Muhammad Nabi Patang"; not inside a word: the "O-led" of "NATO-led")
    r"(?<![\w’'-])(?:(?:Mullah|Mawlawi|Maulvi|Qari|Mufti|Haji|Hajji|Sheikh|Shaikh|Commander|Mr\.|Dr\.|Col\.|Colonel|Gen\.|General|Lt\.|"
    r"Maj\.|Capt\.|Sgt\.|Brig\.)\s+)?"
    rf"{_NAME_PARTICLE}?[A-Z][a-z’'‘-]{{2,}}(?:\s+{_NAME_PARTICLE}?[A-Z][a-z’'‘-]{{1,}}){{0,3}}"
)


@lru_cache(maxsize=1)
def vague_table() -> dict[str, dict]:
    import yaml

    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


def parse_number(text: str) -> int | None:
    """Digits or English number words ('twenty-three', 'two dozen', 'half a dozen') -> int."""
    t = text.lower().strip().replace(",", "")
    if t.isdigit():
        return int(t)
    if re.fullmatch(r"half\s+a\s+dozen|(?:a\s+)?half[\s-]dozen", t):
        return 6
    m = re.fullmatch(r"(a|one|two|three|four|five|[1-5])\s+dozen", t)  # (and "2 dozen", the word as a digit)
    if m:
        return ({"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(m[1]) or int(m[1])) * 12
    if t == "a hundred":
        return 100
    if t == "dozen":  # "killed 17 militants and dozen others were wounded": the article dropped
        return 12
    hundred = 1
    if t.endswith(" hundred"):
        hundred, t = 100, t[: -len(" hundred")]
    parts = re.split(r"[\s-]+", t)
    total = 0
    for p in parts:
        if p in UNITS:
            total += UNITS[p]
        elif p in TENS:
            total += TENS[p]
        else:
            return None
    return total * hundred


@dataclass(slots=True)
class Quantity:
    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None = None
    definite: bool = False
    additive: bool = False
    persons: tuple[str, ...] = ()
    extra: int = 0  # "and his associate", "along with six others": added on top of named persons
    ordinal: int = 0  # "a second insurgent": the k-th person, so at least k in all
    vague: bool = False  # no figure given: a vague word ("several") or a bare plural ("other militants")


# "a group of five insurgents": the figure counts, not the vague "a group of"
_GROUP_OF_FIGURE = rf"an?\s+(?:small\s+|large\s+)?(?:group|team|band|cell|squad|unit|party)\s+of\s+(?=(?:(?:{_BOUND})\s+)?{NUM}\b)"
# a group named by its collective noun, not its leader or member ("an ISIS cell", not "a Taliban cell leader")
_COLLECTIVE = re.compile(r"(?:[\w’'-]+\s+){0,3}?(?:cell|gang|squad|crew|(?:terrorist|militant|armed|insurgent|criminal)\s+group)\b(?!['’-])(?!\s+(?:leaders?|commanders?|members?|chiefs?|"
                         r"heads?|emirs?|facilitators?)\b)", re.I)
_QTY = re.compile(
    rf"^(?:{_GROUP_OF_FIGURE})?(?:(?P<bound>{_BOUND})\s+)?(?:(?P<between>between)\s+(?P<b1>{NUM})\s+and\s+(?P<b2>{NUM})|"
    rf"(?P<r1>{NUM})\s*(?:-|–|to)\s*(?P<r2>{NUM})\b|(?P<num>{NUM})\b|(?P<vague>{_VAGUE_WORDS})\b|(?P<article>an?)\s)",
    re.I,
)


_ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]  # "a second insurgent": the 2nd, so at least two
# "the Taliban commander Mullah Sadiq": a role, then the name of the man who holds it
_ROLE_BEFORE_NAME = re.compile(rf"^(?:the|an?)\s+(?:[\w’'-]+\s+){{0,3}}?{PERSON_NOUNS}\s+(?=(?-i:[A-Z][a-z]))", re.I)
# "the commander, Mullah Gul, and an associate": the name is the commander's, not one more man
# (its closing comma may be left out before the others with him: "a logistics supplier, Ibrahim Buba and two others")
_NAME_APPOSITIVE = re.compile(r"^((?:the|his|her|their|an?)\s+[^,]{1,60}),\s+(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"
                              rf"(?:,(?=\s+and\s)|(?=\s+and\s+(?:{NUM}|another|an?)\s+(?:other|more|of\s+(?:his|her|their)|others)\b))",
                              re.I)
# ("Sakhr al-Taifi, a Saudi al-Qaida leader, and one additional al-Qaida terrorist": two men)
_APPOSITIVE = re.compile(rf"^(?P<name>(?:{_NAME_PARTICLE}?[A-Z][\w’'-]*\s+){{0,4}}{_NAME_PARTICLE}?[A-Z][\w’'-]*),\s+(?:a|an|the)\s+[^,]*?(?P<rest>,?\s+and\s+.*|,?\s*)$")


# bounds that give a floor: above the figure ("more than two dozen") or at it ("at least 12")
_ABOVE = ("more than", "over", "upwards of", "upward of", "in excess of")
_NO_FEWER = ("at least", "no fewer than", "no less than")
_FLOOR_WORDS = _ABOVE + _NO_FEWER
# bounds of an estimate: a ceiling ("up to 15") or a figure given loosely ("about 80")
_UP_TO = ("up to", "as many as")
_ABOUT = ("nearly", "almost", "about", "around", "approximately", "roughly", "some", "an estimated", "close to")
# the bounds a counted phrase may open with, where an opening phrase before it has no comma
_OPENING_BOUNDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _FLOOR_WORDS + _UP_TO + _ABOUT)


def _counted_before_and(head: str, nouns: str) -> re.Pattern:
    """A counted phrase ending with "and", its figure `head`, its noun one of `nouns`."""
    return re.compile(rf"(?P<np>(?:\b(?:{_OPENING_BOUNDS})\s+)?\b(?:{head})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{nouns}))\s+and$", re.I)


_COUNTED_BEFORE_AND = _counted_before_and(rf"\d+|{_WORD_NUM}", rf"{PERSON_NOUNS}|ALP|ANP|ANA|police|army")
# (and with a vague word or an article: "Several insurgents and", "An insurgent and", "the Taliban shadow district
# governor and the Taliban shadow judge were killed": two men)
_GROUP_BEFORE_AND = _counted_before_and(rf"\d+|{_WORD_NUM}|{_VAGUE_WORDS}|an?|the", PERSON_NOUNS)
_ESTIMATES = _UP_TO + _ABOUT


# the phrase patterns quantity() reads, compiled once (it reads every counted phrase)
_Q_NAMED_POSSESSOR = re.compile(r"^(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+(?=[a-z])")
_Q_RELATION_OF = re.compile(rf"^(?i:the)\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*['’]s\s+(?=(?:[\w-]+\s+)?{_KIN}\b)")
_Q_POSSESSOR_BEFORE_NUMBER = re.compile(rf"^(?:the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+['’]s\s+(?=(?:{NUM}|{_VAGUE_WORDS})\b)",
                                        re.I)
_Q_EACH_OF = re.compile(rf"^(?:each|every\s+one)\s+of\s+(?=(?:his|her|their)\s+{NUM}\b)", re.I)
_Q_N_MEMBER_CELL = re.compile(rf"^an?\s+({NUM})-(?:member|man|person|strong)\s+(?:[\w-]+\s+)?(?:cell|team|group|squad|crew|unit|gang|"
                              r"network)\b",
                              re.I)
_Q_NUMBERING = re.compile(rf"^(?:the\s+|these\s+|those\s+)?((?:[\w-]+\s+){{0,2}}?{PERSON_NOUNS})\s+numbering\s+({NUM})\b", re.I)
_Q_LIST_SPLIT = re.compile(r"\s*,(?!\d{3}\b)\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as|plus)\s+(?!(?:his|her|their)\s)")
_Q_RANGE = re.compile(rf"^(?:between|from)\s+{NUM}\s+(?:and|to)\s+{NUM}", re.I)
_Q_ADVERB = re.compile(r"^(?:also|reportedly|allegedly|then|subsequently|successfully|later|eventually|(?:once\s+)?again)\s+", re.I)
_Q_MORE_FIRST = re.compile(r"^(?:another|an\s+additional|additional|a\s+further|further|other|others)\b", re.I)
_Q_MORE_WORD = re.compile(r"\b(?:others?|additional)\b|\bmore\b(?!\s+than)", re.I)
# (not "several of the man's associates": new people named by their relation to a man, as "several of his associates")
_Q_PART_OF = re.compile(rf"^(?:{NUM}|some|several|many|most|all|each)\s+of\s+(?:the(?!\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*['’]s\s+"
                        rf"(?:[\w-]+\s+)?(?:{_KIN})\b)|them|these|those|whom)\b", re.I)


# a man's other name: "also known as", "also famous as"
_AKA = r"(?:(?:also\s+|better\s+|famously\s+)?(?:known|famous|called|nicknamed|named)\s+as|a\.?k\.?a\.?|alias)"
# (without commas, in the counted words: "commander Wahid also famous as Jamshid")
_OTHER_NAME = re.compile(rf",?\s+{_AKA}\s+(?-i:(?:Dr\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}),?", re.I)
_LONG_GROUP_NAME = re.compile(r"\bIslamic\s+Movement\s+of\s+Uzbekistan\b|\bHezb-e[\s-]+Islami(?:\s+Gulbuddin)?\b")


_Q_PLURAL_POSSESSOR = re.compile(r"^(?:(?!\d)[\w-]+\s+){0,4}?[A-Za-z-]+s['’](?!\w)\s+(?=[a-z])")


def quantity(np: str) -> Quantity | None:
    """How many people a noun phrase names. None when it names none, or negates ('no civilians')."""
    q = _quantity(np)
    return replace(q) if q else None  # (a copy: the tally amends what it is given)


_AGE = re.compile(rf"\b(?:{NUM})[-\s](?:years?|months?)[-\s]old\b|,?\s*(?:{NUM})\s+years\s+old\b,?", re.I)


@lru_cache(maxsize=16384)  # asked of the same phrases by the tally, the people and the places (five times each)
def _quantity(np: str) -> Quantity | None:
    np = np.strip(" \t\"'“”‘’")
    if "-old" in np or "years old" in np:
        # "The two, 20-year-old private Wesley Schol and 22-year-old corporal Aldert Poortema": an age, no figure
        np = _AGE.sub(lambda m: "" if m.start() == 0 else " ", np).strip()
    if np[:8].lower() == "overall ":
        np = "a total of " + np[8:]  # "overall 31 insurgents were killed": the total
    if _FOUND_NONE.match(np) or np[:9].lower() == "how many ":
        return None  # (nor a question: "We can't confirm how many people died")
    # "the Islamic Movement of Uzbekistan facilitator": a group's long name is one word of the phrase (its capitals
    # would be read as a man's name)
    np = _LONG_GROUP_NAME.sub("IMU", np) if "Movement" in np or "Hezb" in np else np
    # "commander Wahid also famous as Jamshid": one man, his other name
    np = _OTHER_NAME.sub("", np) if " as " in np else np
    # "Zakir's bodyguard was also killed": a named possessor is a determiner, as "his" is
    np = _Q_NAMED_POSSESSOR.sub("his ", np)
    # "arrested senior al-Shabab militants' commander": the militants are whose commander, one man
    np = _Q_PLURAL_POSSESSOR.sub("his ", np) if "s'" in np or "s’" in np else np
    # "killed nephew of Hayat Mohammad Khalil": the man named is whose nephew, not the one killed
    np = _KIN_OF_NAME.sub(r"a \1", np) if " of " in np else np
    # "the facilitator's brother was also detained": a man named by his relation to another, as "his brother" is
    # (not "the Taliban's shadow governor": a group's man, told again)
    np = _Q_RELATION_OF.sub("his ", np)
    # "the leader's two sons": the possessor is someone else; the sons are new people, not a definite re-mention
    np = _Q_POSSESSOR_BEFORE_NUMBER.sub("", np)
    # "each of his three bodyguards", "a four-member insurgent cell": the people the phrase counts
    np = _Q_EACH_OF.sub("", np)
    np = _Q_N_MEMBER_CELL.sub(r"\1 members", np)
    if "numbering" in np:
        np = _Q_NUMBERING.sub(r"\2 \1", np)  # "the terrorists numbering five": five terrorists
    # "the Taliban commander Mullah Sadiq and his deputy": the role is the named man's, not one more
    role = _ROLE_BEFORE_NAME.match(np)
    if role and _persons_in(np[role.end():].split(",")[0].split(" and ")[0]):
        np = np[role.end():]
    # "Mullah Abdul Rahim, a senior Taliban leader, and two of his associates": the appositive is the named man
    np = _NAME_APPOSITIVE.sub(r"\1", np)
    # "the Taliban's military commander, Hayatullah Mujahed and the group's operational commander": the name is the
    # first man's, in apposition with no closing comma
    np = _ROLE_THEN_NAME.sub(r"\1 \2", np) if " and the " in np else np
    ap = _APPOSITIVE.match(np)
    if ap and _persons_in(ap["name"]):
        np = ap["name"].strip() + (" " + ap["rest"].lstrip(", ") if ap["rest"].strip(", ") else "")
    whole = _total_including_parts(np) if " including " in np else None
    if whole:  # "44 insurgents including 3 commanders and 4 fighters": the 44, the named among them kept
        q = quantity(whole)
        q.persons = tuple(_persons_in(np))
        return q
    parts = [p for p in _Q_LIST_SPLIT.split(np)
             if p.strip()]  # a list's commas, not a thousands separator ("1,200 suspects")
    if _Q_RANGE.match(np):
        parts = [np]  # "between 10 and 15 insurgents" is one range, not two groups
    det = re.match(r"^(his|her|their)\s", parts[0], re.I) if len(parts) > 1 else None
    if det:  # "his son and nephew": the nephew is his too
        parts = [parts[0]] + [p if quantity_like(p) or _persons_in(p) else f"{det[1]} {p}" for p in parts[1:]]
    if len(parts) > 1:
        qs = [quantity(p) for p in parts]
        if all(q is not None for q in qs):
            named = [q for q in qs[1:] if q.persons and not q.best]
            if qs[0].best and qs[0].best > 1 and len(named) == len(qs) - 1 == qs[0].best:
                # "two Taliban commanders, Mullah Gul and Mullah Nur": the names are the two, not two more
                head = qs[0]
                head.persons = tuple(p for q in named for p in q.persons)
                return head
            return _combine(qs)
    np = _Q_ADVERB.sub("", np)
    if not np or _NEGATED_NP.match(np):
        return None
    additive = bool(_Q_MORE_FIRST.match(np)) or bool(_Q_MORE_WORD.search(np))
    # "one of the insurgents" is part of a group already counted: it restates, it does not add
    definite = bool(_DEFINITE.match(np)) or bool(_Q_PART_OF.match(np))
    extra = 0
    for m in _ASSOCIATE.finditer(np):
        if _NAMED_KIN.match(np, m.end()):
            continue  # "Jamil Mangal and his son Doli Gul Khatir": the son is the man named, counted by his name
        number = m["n"] or m["n2"] or m["n3"]
        n = parse_number(number) if number else None
        extra += n if n else (2 if (m["what"] or "").endswith("s") else 1)
    np_main = _ASSOCIATE.sub(lambda m: ", " if _NAMED_KIN.match(np, m.end()) else "", np)
    # "the other three insurgents", "the remaining two": the rest of a group the text has met, not yet counted
    rest_of_group = re.match(r"^the\s+(?:other|remaining)\s+(?=\S)", np_main, re.I)
    if rest_of_group:
        np_main, additive, definite = np_main[rest_of_group.end():], True, False
    elif re.fullmatch(r"the\s+other", np_main.strip(), re.I):
        # "targeted two leaders, detaining one and killing the other": the other one
        np_main, additive, definite = "one", True, False
    m = _QTY.match(np_main)
    q: Quantity | None = None
    # "a second insurgent" is told in a narrative whose lead may have counted him: one person, not "one more"
    nth = re.match(r"^(?:an?|the)\s+(second|third|fourth|fifth|sixth)\s+(?P<rest>.*)$", np_main.strip(), re.I)
    if nth and _RUNNING_TOLL.match(nth["rest"]):
        return Quantity(1, 1, 1, None)  # "The sixth NATO fatality was a German soldier": one man of a running toll
    if nth and _names_people(nth["rest"]):
        # "a second individual was detained": the count reaches two, whether the lead counted him or not
        k = _ORDINALS.index(nth.group(1).lower()) + 2
        return Quantity(1, 1, 1, None, ordinal=k)
    if re.fullmatch(r"(?:another|one\s+other|one\s+more)", np_main.strip(), re.I):
        return Quantity(1, 1, 1, None, additive=True)  # "killed one insurgent and wounded another"
    one_more = re.match(r"^(?:another|an\s+additional|one\s+more|a\s+further)\s+(?!\d)(?P<rest>.*)$", np_main, re.I)
    if one_more and not re.match(rf"^(?:{NUM}|{_VAGUE_WORDS})\b", one_more["rest"], re.I) and _names_people(one_more["rest"]):
        q = Quantity(1, 1, 1, None)  # "another militant": one more person
        additive = True
        m = None
    if m:
        bound = (m["bound"] or "").lower()
        bound = re.sub(r"\s+", " ", bound)
        if m["between"] or m["r1"]:
            a = parse_number(m["b1"] or m["r1"])
            b = parse_number(m["b2"] or m["r2"])
            if a is not None and b is not None and a <= b and _names_people(np_main[m.end():]):
                q = Quantity(a, a, b, "between")
            elif m["r1"] and _names_people(np_main[m.end():]):
                # "twenty-one" is one number, not a range from twenty down to one
                n = parse_number(np_main[m.start("r1"):m.end("r2")])
                q = Quantity(n, n, n, None) if n is not None else None
        elif m["num"]:
            n = parse_number(m["num"])
            if n is not None and _names_people(np_main[m.end():], allow_empty=True):
                if bound in _ABOVE:
                    q = Quantity(n + 1, n + 1, None, bound)
                elif bound in (*_NO_FEWER, "a total of"):
                    q = Quantity(n, n, None, bound if bound != "a total of" else None)
                elif bound in _UP_TO:
                    q = Quantity(min(1, n), n, n, bound)  # the range runs from one to n
                elif bound in ("fewer than", "less than"):
                    q = Quantity(None, max(n - 1, 0), max(n - 1, 0), bound)
                elif bound in _ABOUT:
                    q = Quantity(None, n, None, bound)
                else:
                    q = Quantity(n, n, n, None)
                    if bound in ("another", "an additional", "additional", "a further", "further"):
                        additive = True
        elif m["vague"]:
            word = re.sub(r"\s+", " ", m["vague"].lower())
            rest = np_main[m.end():]
            if _names_people(rest, allow_empty=True):
                row = vague_table().get(word) or vague_table().get(word.removesuffix(" of"))
                if row:
                    q = Quantity(row["low"], row["best"], row["high"], word.removesuffix(" of"), vague=True)
        elif m["article"]:
            rest = np_main[m.end():]
            if _COLLECTIVE.match(rest):
                # "arrested an ISIS cell", "a criminal gang": a group of people, how many untold (two at the least)
                row = vague_table()["plural"]
                q = Quantity(row["low"], row["best"], row["high"], None, vague=True)
            elif _names_people(rest):
                q = Quantity(1, 1, 1, None)
    persons = tuple(_persons_in(np_main))
    unpossessed = re.sub(r"[’']s\b", "", np_main)  # "the Taliban's shadow governor": one man, not "Talibans"
    if q is None:
        # a plural people's word: the first ("leaders of an insurgent group") or, after a demonym, the last ("Afghan
        # civilians")
        heads = [re.match(rf"^(?:other\s+)?(?:[\w’'-]+\s+){{0,3}}{lazy}(?P<noun>{PERSON_NOUNS})\b", np_main, re.I)
                 for lazy in ("?", "")]
        bare = next((h for h in heads if h and re.search(r"(?:s|men|people|children|personnel)$", h.group("noun"), re.I)),
                    None)
        if bare and not definite:
            row = vague_table()["plural"]
            q = Quantity(row["low"], row["best"], row["high"], None, vague=True)  # a bare plural: at least two
        elif definite and re.match(rf"^(?:the|these|those|both|his|their|all|all\s+of\s+the)\s+(?:{NUM})\b", np_main, re.I):
            n = parse_number(re.match(rf"^(?:all\s+of\s+the|\w+)\s+({NUM})", np_main, re.I)[1])
            q = Quantity(n, n, n, None) if n is not None else None
            if q is not None and re.match(rf"^(?:his|her)\s+{NUM}\s+(?:[\w-]+\s+)?(?:{_KIN})\b", np_main, re.I):
                definite = False  # "his two bodyguards": new people named by their relation to a man, as "his deputy"
        elif re.match(rf"^(?:his|her|their|its)\s+(?:\w+\s+)?{PERSON_NOUNS}\b", np_main, re.I):
            # "his deputy": a new person named by relation (in a list, or "Rostum and his associate")
            plural = bool(re.match(r"^\w+\s+(?:\w+\s+)?\w+s\b", np_main)) and not re.search(r"deputy\b|\bboss\b", np_main, re.I)
            n = 2 if plural else 1
            q = Quantity(n, n, n, None)
            definite = False
        elif definite and re.match(r"^(?:both)\b", np_main, re.I) and not _BOTH_KINDS.match(np_main):
            # (not "both police officers and insurgents": a pair of kinds, no number; "both the leader and his
            # deputy": the pair is the man and the one added by relation)
            q = Quantity(1, 1, 1, None) if extra else Quantity(2, 2, 2, None)
        elif definite and re.match(r"^the\s+(?:pair|duo|trio)\b", np_main, re.I):
            n = 3 if re.match(r"^the\s+trio", np_main, re.I) else 2  # "the force killed the pair"
            q = Quantity(n, n, n, None)
        elif definite and (re.match(r"^(?:he|she|him|himself|herself)\b", np_main, re.I) or (
                _THE_PERSON.match(unpossessed)
                and not re.match(r"^the\s+(?:\w+\s+){0,3}\w+(?:s|men|people|children)\b", unpossessed, re.I))):
            q = Quantity(1, 1, 1, None)  # "he", "the commander": one person (a plural is resolved by the caller)
        elif rest_of_group and _names_people(np_main):
            q = Quantity(1, 1, 1, None)  # "the other insurgent"
        elif persons or extra:
            q = Quantity(0, 0, 0, None)  # named people or "and his associate": counted by the caller
        else:
            return None
    q.definite = definite or bool(rest_of_group)
    q.additive = additive
    q.persons = persons
    q.extra = extra
    return q


_THE_PERSON = re.compile(rf"^the\s+(?:\w+\s+){{0,3}}{PERSON_NOUNS}\b", re.I)  # (compiled once: a long pattern)


# the parts: figures with their nouns, listed ("3 commanders, 2 facilitators and 4 fighters")
_PARTS_LIST = (rf"(?:{NUM})\s+[^,;]*?(?:,\s*(?:{NUM})\s+[^,;]*?)*\s(?:and|as\s+well\s+as)\s+(?:{NUM})\s+(?!others?\b)"
               r"[^,;]*?")
_INCLUDING_PARTS = re.compile(rf"^(?P<total>(?:{NUM})\s+[^,;]*?)\s*,?\s+including\s+(?P<parts>{_PARTS_LIST})\s*,?\s*$", re.I)


def _total_including_parts(np: str) -> str | None:
    """The total of "44 insurgents including 3 commanders and 4 fighters" when the parts after "including" sum to
    no more than it: they are among the 44, not more men (not "5 militants including a commander and 3 others")."""
    m = _INCLUDING_PARTS.match(np.strip())
    if not m:
        return None
    if HIT_VERB.search(m["parts"]):
        return None  # "including 3 commanders killed, 8 wounded and 1 other arrested": clauses of their own
    total, parts = quantity(m["total"]), quantity(m["parts"])
    if total is None or parts is None or total.vague or not total.best or not parts.best or parts.best > total.best:
        return None
    return m["total"]


def _combine(qs: list[Quantity]) -> Quantity:
    """'a Taliban commander and another militant' -> 2: the parts of a coordinated phrase add up."""
    first = qs[0]
    low = sum((q.low if q.low is not None else q.best or 0) for q in qs)
    best = sum(q.best or 0 for q in qs)
    high = None if any(q.high is None for q in qs) else sum(q.high for q in qs)
    out = Quantity(low, best, high, next((q.qualifier for q in qs if q.qualifier), None))
    # "the commander and other insurgents" retells a group already counted: it can raise, not add
    # ("two associates and the leader": the man told before, last in the list, makes it a retelling too)
    last = qs[-1]
    out.definite = first.definite or (len(qs) > 1 and last.definite and last.best == 1 and not last.persons)
    # "Mullah Karim and six others": named people plus a number are all new, so they add up
    out.additive = first.additive or (any(q.persons and not q.best for q in qs) and any(q.best for q in qs))
    out.persons = tuple(p for q in qs for p in q.persons)
    out.extra = sum(q.extra for q in qs)
    out.vague = any(q.vague for q in qs)
    return out


# measures: "60 km south of Kabul", "for two days"
_UNIT_WORDS = (r"km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|kg|kilograms?|pounds?|lbs?|tons?|percent|hours?|minutes?|"
               r"days?|weeks?|months?|years?|"
               r"mm|millimet(?:er|re)s?|cal|caliber|calibre")  # "six 75 mm recoilless rifle rounds": a bore
_THINGS = word_led(
    r"\b(?:caches?|weapons?|rifles?|guns?|vehicles?|cars?|trucks?|motorcycles?|bombs?|IEDs?|devices?|explosives?|"
    r"ammunition|rounds?|grenades?|mines?|rockets?|mortars?|materials?|drugs?|opium|heroin|hashish|"
    r"money|documents?|phones?|compounds?|buildings?|houses?|checkpoints?|villages?|bases?|positions?|points?|"
    r"strongholds?|hideouts?|outposts?|routes?|roads?|territor(?:y|ies)|"
    r"tunnels?|caves?|facilit(?:y|ies)|labs?|equipment|supplies|items?|magazines?|pistols?|radios?|computers?|"
    r"attacks?|operations?|raids?|strikes?|airstrikes?|blasts?|explosions?|bombings?|ambush(?:es)?|assaults?|"
    rf"{_UNIT_WORDS}|times?|per\s+cent|dollars?|(?-i:afghanis?)|rupees?|[a-z]*-?(?:caliber|calibre)|AK-47s?)\b",
    re.I,
)


_UNIT = re.compile(_UNIT_WORDS, re.I)


_CLOCK = re.compile(r"(?:[ap]\.\s?m\.|[ap]m\b|o['’]clock\b|hours?\s+local\b|GMT\b|local\s+time\b)", re.I)


_A_PERSON_NOUN = re.compile(rf"\b{PERSON_NOUNS}\b", re.I)


def _names_people(rest: str, allow_empty: bool = False) -> bool:
    """The words after a number name people (not 'two caches', 'one weapon')."""
    rest = rest.strip()
    if not rest:
        return allow_empty
    words = re.findall(r"[A-Za-z’'-]+", rest)[:7]
    if not words:
        return allow_empty
    if _UNIT.fullmatch(words[0]) or _CLOCK.match(rest):
        return False  # "60 km south of capital Kabul", "Around 7 p.m.": a measure or a time, not men
    joined = " ".join(words)
    m = re.search(rf"\b{PERSON_NOUNS}\b", joined, re.I)
    t = _THINGS.search(joined)
    # the head of an English noun phrase comes last: "a weapons facilitator" is a person,
    # "two insurgents with weapons" people, "two caches of weapons" not
    # (not "enemy strong points", "insurgent positions": a people's word as the modifier of the thing named next)
    if m and t is not None and m.start() < t.start() and re.fullmatch(r"(?:\s+[a-z-]+){0,2}?\s+",
                                                                       joined[m.end(): t.start()] + " ") and \
            not re.search(r"\b(?:with|and|or|of|in|at|on|a|an|the|his|their|\w+ing|\w+ed)\b", joined[m.end(): t.start()]) and \
            not _A_PERSON_NOUN.search(joined, t.end()):
        return False  # (but "insurgent weapons facilitators": the head is the man)
    if m and (t is None or m.start() < t.start() or m.start() >= t.end()):
        return True
    head = re.split(r"\s+(?:of|with|from|for|who|that|which|carrying|armed)\b", joined, maxsplit=1)[0].split()
    if m is None and head and _THINGS.fullmatch(head[-1]) is None and t is not None and t.start() < len(" ".join(head)):
        return True  # "a Taliban weapons dealer": the head, "dealer", names no thing
    if re.match(r"^(?:of\s+(?:the|them|whom|those|these)|others?)\b", joined, re.I):
        return True
    # "killed five Taliban", "arrested a Taliban attack coordinator", "killed three captors": after a kill
    # or capture verb, a phrase that names no thing names people
    return t is None


_NUMBER_WORDS = set(UNITS) | set(TENS) | {"hundred", "dozen", "dozens", "between", "several", "some", "many",
                                          "multiple", "numerous", "at", "least", "more", "up", "about", "around",
                                          "prior", "following", "before", "upon", "while", "when", "later", "earlier"}
_NOT_NAMES = _NUMBER_WORDS | {
    "afghan", "afghanistan", "taliban", "coalition", "security", "force", "forces", "national", "army", "police",
    "the", "a", "an", "he", "she", "they", "his", "their", "isaf", "international", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "pakistani", "pakistan", "us", "u.s.", "american",
    "province", "district", "village", "haqqani", "network", "qaeda", "al-qaeda", "al-qaida", "islamic", "state",
    "directorate", "intelligence", "special", "commander", "leader", "senior", "shadow", "governor", "judge", "joint",
    "combined", "insurgent", "insurgents", "militant", "militants", "during", "after", "in", "on", "at", "mullah",
    "mawlawi", "qari", "haji", "hajji", "sheikh", "operation", "operations", "ansf", "nds", "ana", "anp",
    "emirate", "movement", "uzbekistan", "lashkar", "hezb", "hizb", "gulbuddin", "ttp", "aqis", "imu", "let",
    # words a sentence or a headline in title case opens with, and the nouns of headlines
    "almost", "nearly", "approximately", "roughly", "suspected", "wanted", "additional", "another", "other", "both",
    "local", "armed", "alleged", "key", "top", "former", "notorious", "facilitator", "facilitators", "cell",
    "leadership", "targeted", "detained", "captured", "killed", "arrested", "recovered", "weapons", "precision",
    "air", "strike", "strikes", "update", "confirms", "confirmed", "continue", "we're", "we", "i", "it",
    # sentence adverbs that open a clause with a capital ("Afterwards, a male insurgent was killed")
    "afterwards", "afterward", "subsequently", "meanwhile", "additionally", "later", "however", "finally",
    "separately", "initially", "earlier", "then", "there", "here", "today", "yesterday", "among", "including",
    "also", "elsewhere", "relatedly", "similarly", "likewise", "moreover", "furthermore", "thereafter", "reportedly",
    # adjectives a sentence opens with ("Initial questioning at the scene helped identify the targeted individual")
    "initial", "preliminary", "early", "recent", "further", "first",
    # participles a sentence opens with ("Having eliminated the immediate threats, ...")
    "having", "following", "using", "acting", "according", "upon", "while", "when", "once",
    # plural demonyms name people by nation, not by name ("three Americans wounded")
    "afghans", "americans", "pakistanis", "arabs", "uzbeks", "chechens", "iraqis", "syrians", "somalis",
    "nigerians", "yemenis", "britons", "foreigners",
    # words a sentence opens with that name a part of a group or a condition ("Most of the others were walking
    # wounded", "Members of the Afghan security force were also among the injured", "Though no troops died, ...")
    "most", "members", "member", "all", "none", "over", "under", "each", "every", "some", "few", "others", "those", "these", "this",
    "that", "such", "though", "although", "whereas", "because", "despite", "if", "but", "and", "or", "yet",
}
# "in the Lashkar Gah area", "the village of Kulah Khesht", "out of Maiwand district": a place, not a person
# ("in the lower Shabelle", "in southern Helmand": a part of a region first)
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|from|near|across|throughout|out\s+of|outside|(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
                           r"\s+of)\s+(?:the\s+)?(?:(?:lower|upper|middle|central|northern|southern|eastern|western|"
                           r"north-?eastern|north-?western|south-?eastern|south-?western|restive|neighbou?ring)\s+)?|"
                           r"\b(?:village|district|province|area|city|town|valley|region)\s+of\s+|"
                           # "captured the Taliban district chief of Now Zad": the place he heads
                           r"\b(?:chief|governor|commander|leader|head|emir|mayor)\s+(?:of|for)\s+)$", re.I)
_PLACE_AFTER = re.compile(r"^\s+(?:district|province|area|village|valley|city|town|region)s?\b", re.I)
# the first names of a list of places: "Nahr-e Saraj, Lashkar Gah and Maiwand districts"
_PLACE_LIST_AFTER = re.compile(r"^(?:\s*,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})*,?\s+(?:and|or)\s+[A-Z][\w’'-]*"
                               r"(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:districts|provinces|villages|areas|valleys)\b")


# a title's words before a name, capitalised: "the province's Police Chief General Khawani Tahari" names one man
_TITLE_WORDS = re.compile(r"\b(?:Provincial|District|Deputy|Police|Chief|Governor|Spokesman)\s+(?=[A-Z])")


_HYPHENATED_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|based|led|linked|backed|born|made|affiliated|allied|aligned|inspired)$")


def _persons_in(np: str) -> list[str]:
    """Proper names in a noun phrase: 'al-Qaeda leader Asim Omar' -> ['Asim Omar']."""
    out = []
    if "Chief" in np or "Provincial" in np or "Deputy" in np or "Governor" in np:
        np = _TITLE_WORDS.sub(lambda m: " " * len(m[0]), np)  # (blanked, so that positions hold)
    for m in _NAME.finditer(np):
        name = m.group(0).strip(" ’'")
        if re.search(r"\s(?:District|Province|Prov|Village|Valley|City|Town)\b", name):
            continue  # "the Nawah-ye Barakzai District Taliban shadow chief": a place's name, not a man's
        if " " in name and names_actor(name, whole=True):
            continue  # "International Security Assistance Forces": a force's whole name, no man's ("Assistance")
        # (a word's possessive too: "after Saturday's battle")
        tokens = [t for t in re.split(r"\s+", name) if re.sub(r"['’]s$", "", t.lower()).strip("’'") not in _NOT_NAMES]
        if not tokens:
            continue
        name = " ".join(tokens)
        if len(name) < 3 or name.lower() in _NOT_NAMES or names_actor(name) or _A_PERSON_NOUN.fullmatch(name):
            continue  # (nor a nation's man: "two Pakistanis and one Afghani were arrested")
        if (m.start() > 0 and np[m.start() - 1] == "-") or name.endswith("-"):
            continue  # "Hezb-E Islami": a part of a hyphenated name
        if _HYPHENATED_ADJECTIVE.search(name):
            continue  # "an Iranian-supported special groups facilitator": an adjective, no man's name
        if _PLACE_BEFORE.search(np[: m.start()]) or _PLACE_AFTER.match(np[m.end():]) or \
                _PLACE_LIST_AFTER.match(np[m.end():]):
            continue
        if re.match(rf"^\s*(?:\w+\s+)?{PERSON_NOUNS}\b", np[m.end():], re.I):
            continue  # "Islamic State Khorasan fighters": a group's name used as an adjective, not a person
        out.append(name)
    return out


def names_actor(name: str, whole: bool = False) -> bool:
    """Whether a name opens with an actor's name from the dictionary ("Taliban ..."); `whole`: is wholly one
    ("International Security Assistance Forces"). (Imported late: the actors read the counts' verbs.)"""
    from .actors import load

    return any(m.start == 0 and (not whole or m.end >= len(name) - 1) for m in load().find(name))


@dataclass(slots=True)
class Mention:
    category: str  # killed, wounded, captured
    start: int  # span in the sentence
    end: int
    quantity: Quantity
    restates: bool = False  # the sentence gives a total ("including", "among them")
    also: bool = False  # "also detained one", or a second verb in the same sentence: more people, not the same
    group: str = "unspecified"  # whose people: insurgents, security forces, civilians (from the noun phrase)
    parts: tuple = ()  # (group, Quantity) per coordinated part: "twelve militants and two soldiers"
    phrase: str = ""  # the counted words, normalised: the same words again are the same people
    others: bool = False  # the words count "others" and name no one ("detained at least 10 others")

    def by_group(self) -> list[Mention]:
        """This mention split by side, one mention per group it names."""
        if not self.parts:
            return [self]
        return [Mention(self.category, self.start, self.end, q, self.restates, self.also, g, (), self.phrase)
                for g, q in self.parts]


# the men of a state's forces, by the nouns that count them (the sides read them too: a force's own men hit)
FORCES_MEN = (r"soldiers?|troops|police(?:men|man)?|police\s+officers?|officers?|servicem[ae]n|service\s*members?|"
              r"commandos?|guards?|personnel|border\s+police|marines?")
# a soldier's rank before his name ("Sepoy Nasir Khan", "Lance Naik Waqas Ahmed", "Capt. Faheem"): the state's man
_RANK_NAMED = (r"(?-i:\b(?:Sepoy|Naik|Lance\s+Naik|Havaldar|Havildar|Hawaldar|Subedar|Sobedar|Naib\s+Subedar|Sowar|Sergeant|"
               r"Corporal|Private|Lieutenant|Captain|Major|Colonel|Sgt\.|Cpl\.|Pfc\.|Spc\.|Lt\.|Capt\.|Maj\.|Col\.)\s+[A-Z])")
_GROUP_WORDS = (
    # ("three of their forces have died in the battle", said of ISAF and Afghan authorities)
    # ("three patrol members were also wounded", "assault force members": the force's own men)
    ("security forces", re.compile(rf"\b(?:{FORCES_MEN}|army|ANA|ANP|ANSF|security\s+forces?|Americans?|(?:patrol|force)\s+members?|"
                                   rf"of\s+(?:their|our|its)\s+(?:own\s+)?forces)\b|{_RANK_NAMED}", re.I)),
    ("civilians", re.compile(r"\b(?:civilians?|villagers?|residents?|children|child|women|woman|worshippers?|passengers?|"
                             r"students?|farmers?|shepherds?|journalists?|hostages?|family|relatives?)\b", re.I)),
    ("insurgents", re.compile(r"\b(?:insurgents?|militants?|fighters?|Taliban|gunm[ae]n|attackers?|assailants?|infiltrators?|rebels?|suspects?|"
                              r"commanders?|leaders?|facilitators?|operatives?|bombers?|extremists?|terrorists?|"
                              r"members?|emplacers?|financiers?|couriers?|elements?|jihadists?|khawarij|khwarij|kharijis?|"
                              # ("Four Al-Shabaab senior officials killed": the group named is theirs)
                              r"(?:al[\s-])?Shabaa?b|Boko\s+Haram|ISIS|ISIL|Daesh|Islamic\s+State|al[\s-]Qa[e']?ida|Haqqani|"
                              r"AQAP|ISWAP|JNIM|TTP)\b",
                              re.I)),  # ("killing 19 armed elements")
)


# what a combatant does: an armed woman who fired on the force is no civilian hit
_FOUGHT = re.compile(r"\barmed\s+with\b|\bwearing\s+(?:a\s+)?(?:chest\s+rack|suicide\s+vest)|\b(?:attempted|tried)\s+to\s+"
                     r"(?:engage|fire|attack|shoot)|\bfired\s+(?:on|at)\b|\bhostile\s+intent\b", re.I)
_SYNONYMS = {"militants": "insurgents", "militant": "insurgent", "fighters": "insurgents", "fighter": "insurgent",
             "suspects": "insurgents", "suspect": "insurgent", "men": "insurgents", "individuals": "insurgents"}


def _phrase_key(np: str) -> str:
    """The counted words with articles, 'other', 'suspected' dropped and synonyms merged, for comparing."""
    words = re.findall(r"[a-z0-9]+", np.lower())
    drop = {"the", "a", "an", "also", "other", "others", "additional", "more", "suspected", "armed", "enemy"}
    # "two others" and "2 others" are the same words; small number words compared as digits
    return " ".join(str(UNITS[w]) if w in UNITS else _SYNONYMS.get(w, w) for w in words if w not in drop)


def _parts(np: str) -> tuple:
    """(group, quantity) for each part of a coordinated phrase naming different sides; () otherwise."""
    pieces = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as|plus)\s+(?!(?:his|her|their)\s)", np) if p.strip()]
    if len(pieces) < 2:
        return ()
    out = []
    for p in pieces:
        q = quantity(p)
        if q is None:
            return ()
        out.append((group_of(p), q))
    return tuple(out) if len({g for g, _ in out}) > 1 else ()


# a word that tells no side by itself, whose side an armed group's word before it tells: "a key Taliban commander and
# his five personnel"
_ANY_SIDES_MEN = re.compile(r"\b(?:Taliban|insurgents?|militants?|terrorists?|rebels?)\b.*\b(?:personnel|(?:body)?guards?)\b",
                            re.I)


def group_of(np: str) -> str:
    """Whose people a counted phrase names, by its words; 'unspecified' when it does not say."""
    if _ANY_SIDES_MEN.search(np):
        return "insurgents"
    for name, rx in _GROUP_WORDS:
        if rx.search(np):
            return name
    return "unspecified"


_ROLE_NOUNS = r"leader|commander|sub-?commander|facilitator|financier|courier|emir|governor|deputy|chief"
_ROLE_THEN_NAME = re.compile(rf"(\b(?:{_ROLE_NOUNS})),\s+((?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}))(?=\s+and\s+the\s)", re.I)
_LIST_ITEM = re.compile(
    rf"^,\s*(?:(?:his|her|their|an?|the|another|{NUM}|{_VAGUE_WORDS}|other)\b[^,.;:]*?(?=,|\s+and\s+|$)|"
    # or a name in apposition (", Mullah Gul, and") or in a list of names ("Mullah Gul, Mullah Nur and Qari Ahmad")
    # (or a name and the others with him: "a logistics supplier, Ibrahim Buba and two others suspected to be his couriers")
    r"(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})(?=,\s+and\s|,\s+(?-i:[A-Z])|\s+and\s+(?-i:[A-Z])|"
    rf"\s+and\s+(?:{NUM}|another|an?)\s|\s+and\s+the\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_ROLE_NOUNS})\b))", re.I)


_KIN_AFTER = re.compile(r"^\s+(?:for|of|in|from|(?:suspected|accused)\s+of|responsible\s+for|wanted\s+for)\s+"
                        # (a name in apposition may stand before: "for Badghis province, Mullah Ismail, and three of his")
                        r"[^,.;]{1,60}?(?:,\s+(?-i:[A-Z])[^,.;]{1,40},)?\s+(?P<kin>and\s+"
                        rf"(?:(?:{_FEW}\s+of\s+)?(?:his|her|their)\s+(?:\w+\s+)?"  # "and three of his associates"
                        r"(?:deputy|associates?|brothers?|sons?|bodyguards?|driver|guards?|couriers?)|"
                        # "a leader from the al Qaeda-linked IMU and another insurgent"
                        r"(?:another|one\s+other|an\s+additional)\s+(?:suspected\s+)?(?:insurgent|militant|fighter|suspect|"
                        r"associate|individual|man)))\b", re.I)


_THING_OBJECT = re.compile(r"(?:the|an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:rifles?|weapons?|guns?|pistols?|AK-47s?|"
                           r"grenades?|ammunition|explosives?|caches?|stockpiles?|vehicles?|motorcycles?|cars?|bags?|phones?|documents?|"
                           r"drugs|opium|heroin|hashish|narcotics|materials?)\b", re.I)
# a place a verb of capture takes: "captured a military base", "seized the town"
_PLACE_OBJECT = re.compile(r"(?:the|an?|their|its|his)\s+(?:[\w-]+\s+){0,2}?(?:bases?|towns?|villages?|districts?|areas?|"
                           r"territory|positions?|checkpoints?|check\s+posts?|outposts?|posts?|city|hills?|headquarters|"
                           r"airports?|bridges?|roads?|barracks)\b"
                           # (not a man named by his place: "a Taliban shadow district governor", "the base commander")
                           rf"(?![\s-]+(?:[\w-]+\s+)?{PERSON_NOUNS})", re.I)
_SECOND_VERB = re.compile(rf"(?:and|or)\s+(?:{KILL}|{WOUND}|{CAPTURE})\s+", re.I)
# (after a dateline too: "KABUL, Afghanistan (Thursday, May 5, 2011) - An IMU facilitator who ...")
_RESTRICTIVE_SUBJECT = re.compile(rf"(?:^\s*|\)\s*[-–—:]\s*|\s[-–—]\s+)(?P<np>(?:an?|the|one|{NUM}|{_VAGUE_WORDS})\s+(?:[\w-]+\s+){{0,2}}?{PERSON_NOUNS})\s+(?:who|that)\s+"
                                  r"[^,;]*?\b(?:was|were)\s+(?:\w+ly\s+|also\s+|later\s+)?$", re.I)
# "The following day, a Haqqani Network sub-commander linked to attacks ... and responsible for facilitating the
# movement of weapons and ammunition into the district was captured": the subject before its reduced clause
_REDUCED_CLAUSE = r"(?:linked|tied|connected|affiliated|responsible|involved|wanted|accused|suspected)"
_REDUCED_SUBJECT = re.compile(rf"(?:^|,\s*|\)\s*[-–—:]?\s*|\s[-–—:]\s+)(?P<np>(?:an?|the|one|{NUM})\s+(?:[\w-]+\s+){{0,3}}?{PERSON_NOUNS})\s+"
                              rf"{_REDUCED_CLAUSE}\b"
                              rf"(?:(?!\band\s+(?:an?|{NUM}|several|multiple|numerous)\s)[^;])*?\b(?:was|were)\s+"
                              r"(?:\w+ly\s+|also\s+|later\s+)?$", re.I)
_REDUCED_CLAUSE_WORD = re.compile(rf"\b{_REDUCED_CLAUSE}\b", re.I)
# "Two Taliban leaders, Afshin and Ismail, were killed": the counted men, their names in apposition
_APPOSED_NAME = r"(?:(?:Mullah|Mawlawi|Qari|Haji|Hajji|Maulvi|Sheikh|Commander)\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_NAMED_APPOSITION = re.compile(rf"(?P<np>\b(?:{NUM})\s+(?:[\w-]+\s+){{0,3}}?{PERSON_NOUNS}),\s+{_APPOSED_NAME}(?:,\s+{_APPOSED_NAME})*,?\s+"
                               rf"and\s+{_APPOSED_NAME},\s*(?:were|have\s+been|had\s+been)\s+(?:also\s+|reportedly\s+)?$", re.I)
_ALIAS_AFTER = re.compile(rf",\s*{_AKA}\s[^,]*,(\s*$)?", re.I)
_BARE_ALIAS = re.compile(r"(?<=[a-z])\s+alias\s+(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
_WHEN_FIRST = re.compile(rf"(?:on\s+)?(?:{WEEKDAY}|yesterday|today|overnight|last\s+night)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+", re.I)


# "were able to kill", "managed to capture": done, not meant
_DID_MANAGE = re.compile(r"\b(?:(?:was|were|(?:has|have|had)\s+been)\s+able|managed|"
                         # "soldiers partnered with coalition special operations forces to detain three additional
                         # suspects": done together, as "managed to"
                         r"(?:partnered|teamed\s+up|joined\s+forces)\s+with\s+[^.;]{1,80}?)\s+to\s+$", re.I)
# "Qari Baryal, a Taliban leader with 25 fighters, died": the name before its apposition
# whose men the counted are: "belonging to the Taliban", "affiliated with the Islamic State"
_MEMBERS_OF = r"(?:belonging|affiliated|associated|linked|loyal|allied|attached)"
_AFFILIATED_SUBJECT = re.compile(rf"(\b(?:{NUM}|{_VAGUE_WORDS})\s+(?:[\w’'-]+\s+){{0,3}}?{PERSON_NOUNS})\s+{_MEMBERS_OF}\s+"
                                 rf"(?:with|to)\s+[^,;]*$", re.I)
_OPERATION_BEGAN_AFTER = re.compile(r"\b(?:operation|offensive|raid|search|clearance)\b[^.;]*?\b(?:began|started|was\s+launched|"
                                    r"was\s+(?:conducted|carried\s+out))\b[^.;]*?\bafter\s+(?:[\w-]+\s+){0,4}?(?:found|discovered|"
                                    r"recovered)\s+(?:the\s+)?(?:dead\s+)?$", re.I)
_OWN_TALLY_GOES_ON = re.compile(rf"\s*\w*\s*,?\s*(?:and|while|whereas)\s+(?:{NUM})\s+(?:(?:other|others|more|[\w’'-]+)\s+){{0,3}}?"
                                r"(?:(?:have|has|had|were|was)\s+(?:also\s+)?(?:been\s+)?)?", re.I)
_NAME_THEN_AGE = re.compile(r"((?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})),\s+\d{1,2},\s*(?:having\s+[^,;]{3,60},\s*)?$")
_NAME_THEN_APPOSITION = re.compile(r"((?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})),\s+(?:a|an)\s+[^,;]{3,90}?,\s*$")
# "killed two bombers and nine others were wounded": a clause of its own after the verb's object, and its subject
# (or a verb of its own: "resulted in killing of six militants and 10 others sustained injuries")
_AND_CLAUSE = re.compile(rf"\s+and\s+(?:(?:{NUM}|{_VAGUE_WORDS})\s+)(?:[\w’'-]+\s+){{0,3}}?(?:were|was|are|is|had|have|has|"
                         r"sustained|suffered|died|went\s+missing)\b", re.I)
_CLAUSE_SUBJECT = re.compile(rf"\b(?:{KILL}|{WOUND}|{CAPTURE})\s+(?:(?!(?:after|before|in|at|on|during|with|from|for|by|near|when|"
                             rf"while|as|and)\b)[\w’'-]+\s+){{1,5}}and\s+(?P<np>(?:{NUM}|{_VAGUE_WORDS})\s+[^,;]*)$", re.I)
# "Afghan and ISAF soldiers found three militants dead": the men found, not the finders
_FOUND_DEAD = re.compile(rf"\b(?:found|discovered|recovered|located|left)\s+(?P<np>(?:{NUM}|{_VAGUE_WORDS}|an?)\s+(?:[\w’'-]+\s+){{0,2}}?"
                         rf"{PERSON_NOUNS})\s+$", re.I)
# "His two bodyguards were killed as well": more people, as "also" tells
_AS_WELL = re.compile(r"\s+(?:as\s+well|too)\b(?!\s+as\b)", re.I)
# "Five suspects were detained, in addition to the leader": the man named after the verb is one of them too
_BESIDES = rf"(?:in\s+addition\s+to|besides|as\s+well\s+as)\s+(?P<np>the\s+(?:[\w’'-]+\s+){{0,2}}?{PERSON_NOUNS})"
_BESIDES_AFTER = re.compile(rf"\s*,?\s+{_BESIDES}\b(?!\s+(?:who|that|was|were)\b)", re.I)
_BESIDES_OPENS = re.compile(rf"\s*{_BESIDES}\s*,", re.I)  # ("In addition to the leader, five suspects were detained")
# "the people killed were not enemy fighters": who the dead were, no count
_COPULA_NEXT = re.compile(r"\s+(?:were|was|are|is)\s+(?:not|never)\b", re.I)
# "detained at least 10 others yesterday": a count of others, naming no one
_N_OTHERS = re.compile(rf"(?:(?:{_BOUND})\s+)?(?:{NUM}|{_VAGUE_WORDS})\s+others(?:\s+(?:on\s+)?(?:yesterday|today|overnight|last\s+night|"
                       rf"the\s+previous\s+day|{WEEKDAY}))?", re.I)
# men listed after a man's short phrase: "the police chief of Takhar and two German soldiers"
_MAN_PHRASE = r"(?:\s+(?:of|for|in|from)\s+(?:the\s+)?[\w’'-]+(?:\s+(?:province|district|region|zone))?)"
_AND_MAN_ITEM = (rf"\s+and\s+(?P<man>(?:the|an?|his|their|{NUM})\s+(?:[\w’'-]+\s+){{0,3}}{PERSON_NOUNS})\b{_MAN_PHRASE}?"
                 r"(?!\s+(?:was|were|had|have|has|is|are|who|that)\b)")
_PHRASE_THEN_MEN = re.compile(rf"{_MAN_PHRASE}(?={_AND_MAN_ITEM})", re.I)
_AND_MAN = re.compile(_AND_MAN_ITEM, re.I)


# "captured a man believed to be an IED commander and several others": the others are taken with him
_BELIEVED_THEN_OTHERS = re.compile(rf"\s+(?:believed|thought|suspected|alleged|said|reported)\s+to\s+be\s+(?:an?|the)\s+"
                                   rf"[^,;]*?\s+and\s+(?P<others>(?:{NUM}|{_VAGUE_WORDS})\s+(?:other\s+|more\s+)?"
                                   rf"(?:others|{PERSON_NOUNS}))\b", re.I)


def _np_after(text: str, pos: int) -> str:
    rest = text[pos:]
    m = re.match(r"\s*(?:of\s+)?", rest)
    rest = rest[m.end():] if m else rest
    # "killing and injuring the civilians": one object, told before, for both verbs (how many of "killed and wounded
    # several civilians" each verb took, the words do not say: left as they were read)
    both = _SECOND_VERB.match(rest)
    if both and _DEFINITE.match(rest[both.end():]):
        rest = rest[both.end():]
    # "killed an al-Qaeda commander, Abu Hafs, also known as Saifullah and Rahman, and another militant": his
    # other names are no more men
    rest = _ALIAS_AFTER.sub(",", rest)
    if "alias" in rest:  # "killed Abdul Ahad alias Zulfiqar, the shadow deputy governor": one man
        rest = _BARE_ALIAS.sub("", rest)
    # "arrested Friday a Haqqani facilitator": the day told between the verb and whom it took
    when = _WHEN_FIRST.match(rest)
    if when and quantity_like(rest[when.end():]):
        rest = rest[when.end():]
    # past a bound the phrase begins with ("at least", "close to", "up to"): its words are no boundary
    bound = re.match(rf"(?:{_BOUND})\s+", rest, re.I)
    b = _BOUNDARY_AFTER.search(" " + rest + " ", 1 + (bound.end() - 1 if bound else 0))
    end = max(0, b.start() - 1) if b else len(rest)
    believed = _BELIEVED_THEN_OTHERS.match(rest, end)
    if believed and quantity_like(rest[:end]):
        return f"{rest[:end]} and {believed['others']}"
    # "a Taliban commander, his deputy and several other insurgents": a list goes on past its commas;
    # "Mullah Abdul, a senior Taliban leader, ..." is one person and an appositive (no "and": no list)
    start_end = end
    listed = False
    also = re.match(rf",?\s+as\s+well\s+as\s+(?=(?:his|her|their|an?|another|{NUM}|{_VAGUE_WORDS}|other)\b|"
                    rf"the\s+(?:[\w’'-]+\s+){{0,2}}?{PERSON_NOUNS}\b)", rest[end:], re.I)  # ("... as well as the leader")
    if also:  # "the commander, as well as two of his fighters", "a leader as well as multiple other insurgents": one list
        item = rest[end + also.end():]
        nb = _BOUNDARY_AFTER.search(" " + item + " ", 1)
        return rest[:end] + " as well as " + item[: max(0, nb.start() - 1) if nb else len(item)]
    # (a comma right after the verb opens no list: "44 insurgents killed, 8 wounded and 1 arrested", a clause each)
    while 0 < end < len(rest) and rest[end] == ",":
        li = _LIST_ITEM.match(rest[end:])
        if not li:
            break
        tail = rest[end + li.end():]
        # "..., and two of his associates" (a serial comma) as well as "... and two of his associates"
        # ("the Taliban's military commander, Hayatullah Mujahed, and the group's operational commander": a man by his role)
        and_item = re.match(rf"^,?\s+(?:and|as\s+well\s+as)\s+(?:(?:his|her|their|an?|another|{NUM}|{_VAGUE_WORDS}|other)\b|"
                            rf"the\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_ROLE_NOUNS})\b|"
                            rf"(?-i:(?:Mullah|Mawlawi|Qari|Haji|Hajji|Maulvi|Sheikh|Commander)\s+[A-Z]|[A-Z][a-z]+\s+[A-Z][a-z]))"
                            rf"[^,.;:]*", tail, re.I)
        if and_item and re.search(r"\s(?:was|were|is|are|has|have|had)\s", and_item.group(0), re.I):
            break  # "X, a Taliban commander, and eight militants were also wounded": another clause, not a list
        if and_item:
            lead = 1 if tail.startswith(",") else 0
            nb = _BOUNDARY_AFTER.search(" " + tail[lead:] + " ")
            stop = (lead + nb.start() - 1) if nb else len(tail)
            end = end + li.end() + max(stop, len(and_item.group(0)) if not nb else stop)
            listed = True
            break
        if not tail.startswith(","):
            break
        end += li.end()
    end = end if listed else start_end
    # "killed two bombers and nine others were wounded": a clause of its own after "and", with its own verb
    clause = _AND_CLAUSE.search(rest, 0, end) if " and " in rest[:end] else None
    if clause:
        end = clause.start()
    # "led to the detainment of four insurgents and several others being killed": the second is another verb's
    other_verb = re.search(rf"\s+and\s+[^,;]*?\bbeing\s+(?:{KILL}|{WOUND}|{CAPTURE})\b", rest[:end], re.I)
    if other_verb:
        end = other_verb.start()
    # "the shadow governor for Zabul province and his deputy": a relation after a short phrase is one more
    # (the phrase itself, a place, is left out)
    # (and "the police commander for the north and the police chief of Takhar and two German soldiers": any men
    # listed after it)
    if not listed and " and " in rest[end:end + 80]:
        pp = _PHRASE_THEN_MEN.match(rest[end:])
        if pp:
            more, at = [], end + pp.end()
            while (item := _AND_MAN.match(rest, at)) is not None:
                more.append(item["man"])
                at = item.end()
            return rest[:end] + "".join(" and " + man for man in more)
    kin = _KIN_AFTER.match(rest[end:])
    return rest[:end] + (" " + kin["kin"] if kin else "")


_SERVING_WITH = re.compile(rf"\b({PERSON_NOUNS})\s+with\s+(?:the\s+)?(?:(?!(?:support|help|backing|assistance|aid|of)\b)[\w-]+\s+){{0,3}}?(?:ISAF|NATO[\w-]*|coalition|alliance|"
                           r"forces?|army|police|unit|battalion|regiment|brigade|contingent|mission)\b[^,;]*$", re.I)


_ALONG_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\s[-–—]\s*)(?P<lead>[^,;:–—]*?[^\s,]),?\s+(?:along|together)\s+with\s+(?P<np>[^,;]*?),?"
                            r"(?:\s+(?:was|were|(?:had|has|have)\s+been)(?:\s+(?:also|later|reportedly))?)?\s*$", re.I)


# compiled once: patterns spelled out with the people's nouns are too long to leave to the re module's cache
_VERB_WORDS = r"(?:\w+ed|ran|fled|fought|shot|hit|opened|took|came|went)\b"
_A_VERB = re.compile(rf"\b{_VERB_WORDS}", re.I)
_PEOPLE_THEN_VERB = re.compile(rf"\b{PERSON_NOUNS}\s+(?!(?:armed|wanted|suspected|believed|known|equipped|dressed|based|"
                               rf"linked)\b){_VERB_WORDS}", re.I)
_DEAD_PEOPLE_AFTER = re.compile(rf"\s+(?:(?:armed|enemy|suspected|taliban)\s+)?{PERSON_NOUNS}\b", re.I)
_PEOPLE_NEXT = re.compile(rf"\s*(?:(?!and\b|or\b|but\b)\w+\s+)?{PERSON_NOUNS}\b", re.I)
_AND_BARE_FIGURE = re.compile(rf"\sand\s+(?P<n>{NUM})\s*$")
_OF_THE_OPERATIONS_FIRST = re.compile(rf"^(?:In|During|After|Following|Throughout)\s+(?:the|these|this|those|that)\s+"
                                      rf"(?:[\w-]+\s+){{0,2}}?(?:operations?|raids?|clashes|attacks?|fighting|engagements?)\s+"
                                      rf"(?=(?:{NUM})\s)", re.I)
_ONE_OF_THE_HIT = re.compile(rf"(?:^|[,;]\s*|\bthat\s+)(?P<subj>(?:(?!\b(?:was|is|that)\b)[^,;])+?),?\s+(?:was|is)\s+(?:also\s+)?"
                             rf"(?:one\s+of|among)\s+the\s+(?:[\w-]+\s+){{0,2}}?{PERSON_NOUNS}\s*$", re.I)
_INCLUDED_AFTER_TOTAL = re.compile(rf"\b(?:{NUM})\s+(?:(?!including\b)[^,;])*?\s*,?\s+including\s+{_PARTS_LIST},?\s*$", re.I)


_OPENING_PHRASE = re.compile(r"^(?:during|after|following|in\s+the\s+course\s+of)\s+(?:the|an?)\s+[^,]*,\s*(?=\S)", re.I)


_WHO_WAS = re.compile(r",\s*who\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|later\s+|then\s+)?$")
_LAST_NP = re.compile(r"\b(?:the|an?|his|her|their|two|three|four|five|several)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+$", re.I)


_NAME_THEN_FIGURE = re.compile(rf"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?P<np>\d+\s+(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON_NOUNS}|(?-i:[A-Z][\w-]+)))\s*$",
                               re.I)


# a place's name opening a sentence with no comma before its subject: "In the northern Balkh two people were killed"
_PLACE_OPENER = re.compile(rf"(?:In|At)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}(?:[A-Z][\w'’-]+\s+){{1,3}}"
                           rf"(?=(?:an?|another|{NUM}|{_VAGUE_WORDS})\s)")


def _np_before(text: str, pos: int) -> str:
    # "An insurgent who attempted to throw a grenade at the patrol was killed": the subject before its clause
    head = text[:pos]
    # "Mullah Jamaluddin, along with several of his followers were killed": the man and his followers, both the subject
    along = _ALONG_SUBJECT.search(re.sub(r"\([^()]*\)", " ", head)) if "with" in head else None
    if along and HIT_VERB.search(along["lead"]) and " and " in along["np"]:
        # the men of another clause's verb are not this one's subject: "Wahid was killed along with another fighter and
        # six others were detained" (six)
        return along["np"].rsplit(" and ", 1)[1]
    if along and not HIT_VERB.search(along["lead"]):
        # (a man named keeps his name, for the people counted; "The leader" stays definite: the man counted before)
        # ("Two insurgents along with their commander": the relation read first, as "their commander and two insurgents")
        named = _persons_in(along["lead"])
        if re.search(rf"\b(?:{NUM}|{_VAGUE_WORDS})\s", along["lead"], re.I):
            return f"{along['np']} and {along['lead']}"
        return f"{named[-1] if named else along['lead']} and {along['np']}"
    # "Haji Shakur was one of the suspects arrested": the man, one of a group the words do not count
    one_of = _ONE_OF_THE_HIT.search(head) if ("one of the " in head or "among the " in head) and (
        " was " in head or " is " in head) else None
    if one_of:
        return one_of["subj"]
    # (the two searches that run from every determiner, only where their key words stand)
    restrictive = _RESTRICTIVE_SUBJECT.search(head) or (_REDUCED_CLAUSE_WORD.search(head) and _REDUCED_SUBJECT.search(head)) \
        or (" and " in head and "," in head and _NAMED_APPOSITION.search(head))
    if restrictive:
        return restrictive["np"]
    head = re.sub(r"\([^()]*\)", " ", text[:pos])  # "(AQIS)" and other asides
    # "... helped identify the targeted individual, who was detained along with two of his associates": the man the
    # relative clause is told of
    rel = _WHO_WAS.search(head) if ", who " in head else None
    last = _LAST_NP.search(head, 0, rel.start()) if rel else None
    if last:
        return last[0]  # (the object of the clause before: "helped identify [the targeted individual]")
    both = _BOTH_KINDS.search(head)
    if both and re.fullmatch(r"[^,;]*\s", head[both.start():]):
        return ""  # "the corpses of both police officers and insurgents killed": two kinds of men, no number
    # "The facilitator, who is associated with foreign fighters, was detained": the relative clause is an aside
    # "Sakhr al-Taifi, also known as Mushtaq and Nasim, and another militant died": his other names are no more men
    head = _ALIAS_AFTER.sub(lambda m: " " if m[1] is not None else "", head)
    head = re.sub(r",\s*(?:who|which|whose|whom)\b[^,]*,\s*$", " ", head)
    # "Qari Baryal, a Taliban leader with 25 fighters and associated with al-Qaida, died": the man named, his
    # apposition an aside
    head = _NAME_THEN_APPOSITION.sub(r"\1 ", head) if head.rstrip().endswith(",") else head
    # "Sepoy Abdul Hakeem, 33, having fought gallantly, embraced martyrdom": his age and what he did before, asides
    head = _NAME_THEN_AGE.sub(r"\1 ", head) if head.rstrip().endswith(",") else head
    head = re.sub(r",\s*(?:who|which|whose|whom)\b[^,]*,", ",", head)
    head = re.sub(rf"\b((?:was|were|been|being|are|is)\s+){_FIRST_PARTICIPLE}$", r"\1", head, flags=re.I)  # "was treated and"
    alone = re.search(r"(?:^|[;,]\s+and\s+|;\s*|\band\s+)(?P<w>both|all)(?:\s+of\s+them)?\s+(?:were|are|have\s+been|had\s+been)"
                      r"\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$", head, re.I)
    if alone:  # "Both were killed", "All of them were detained": the pair, the group named before
        return "both" if alone["w"].lower() == "both" else "they"
    head = re.sub(r"\b((?:was|were|been|being|are|is)\s+)\w+ly\s*$", r"\1", head, flags=re.I)  # "being accidentally"
    # "five police ... were abducted Thursday and found dead a day later": the abducted were the dead
    head = re.sub(r"\b(?:was|were)\s+(?:abducted|kidnapped|taken\s+hostage)\b[^,;]*?\band\s+(?:later\s+)?found\s*$", " ", head,
                  flags=re.I)
    head = re.sub(r"\s*(?:(?:was|were|been|being|are|is|had|have|has|got|reportedly|also|allegedly|all|later|"
                  r"subsequently|both|initially|confirmed|reported)\s+)+$", " ", head, flags=re.I)
    # "... were killed with 11 other terrorists and 9 were wounded": a bare figure after "and", past another verb of
    # the three, is its own clause's subject
    bare = _AND_BARE_FIGURE.search(head) if " and " in head else None
    if bare and HIT_VERB.search(head, 0, bare.start()):
        return bare["n"]
    head = re.sub(r",\s*including\b[^,]*,\s*$", " ", head)  # "Six suspects, including a leader, were detained"
    # "five insurgents killed, including Qasi, and two others wounded": the named man an aside of the clause before
    # ("Ten Taliban militants, including a commander, and a public order police officer were killed": the men the
    # figure counts, the named one among them, and one more)
    # (not "At least five policemen, including the police chief, and 11 others wounded": the others, a clause's own)
    head = re.sub(rf"(\b(?:killed|dead|wounded|injured|detained|captured|arrested)(?=\s*,\s*including\s[^,;]*,\s+and\s)|"
                  rf"\b(?:{NUM})\s+(?:[\w’'-]+\s+){{0,3}}?{PERSON_NOUNS}(?=\s*,\s*including\s[^,;]*,\s+and\s+"
                  rf"(?!(?:{NUM})\s+others?\b)))\s*,\s*including\s[^,;]*,", r"\1", head, flags=re.I) if "including" in head else head
    head = re.sub(r",\s*(?:one|two|three|both)\s+of\s+(?:them|whom)\s+[^,;]*,\s*$", " ", head)  # "Two men, one of them the leader,"
    # "At least 10 militants, belonging to the Taliban insurgent group, were killed": the participle's phrase too
    head = re.sub(rf",\s*(?:{_MEMBERS_OF}|said)\s+to\b[^,]*,\s*$", " ", head)
    # (and with no commas: "At least twenty two militants affiliated with the Islamic State ... were killed")
    if " with " in head or " to " in head:
        head = _AFFILIATED_SUBJECT.sub(r"\1 ", head)
    # "At least 14 Taliban insurgents including three foreigners have been killed": the same without commas
    # ("13 armed Taliban including a shadow district governor were killed", "11 armed Taliban members including Khwaja
    # Omari and Jeghatu shadow district governors, were killed")
    # ("22 Taliban fighters, including Arab, Pakistani, Tajik nationals were killed": a list after the comma, no closing one)
    # "Another four militants including Shabudin and Ibrahim, both Haqqani network senior leaders in the area, were
    # also killed": the named men's apposition is no subject
    head = re.sub(r"(\bincluding\s+[^,;]+),\s*(?:both|all|each)\s+[^,;]*,?\s*$", r"\1, ", head)
    whole = _INCLUDED_AFTER_TOTAL.search(head) if " including " in head else None
    total = _total_including_parts(whole[0]) if whole else None
    if total:  # "44 insurgents including 3 local commanders of Taliban and 4 Daesh affiliates (were) killed": the total
        head = head[: whole.start()] + total + " "
    # (not past a clause of its own: "19 insurgents including Baba Jan were killed, 5 were wounded")
    counted = rf"(\b(?:{NUM}|{_VAGUE_WORDS})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON_NOUNS}|(?-i:[A-Z][\w-]+)))(?:\s+|\s*,\s*)including\s+" \
              r"(?![^;]*\b(?:was|were)\s+(?:\w+\s+)?(?:killed|wounded|injured|arrested|detained|captured)\b)"
    # ("More than 20 insurgents including Arab, Chechen and Pakistani fighters have been killed": a list of nations)
    if "including" in head.lower():  # (the pattern's one fixed word: a slow pattern runs only where it may match)
        # ("six soldiers including 36-year-old Havaldar Saleem Khan, 37-year-old Naik Javed Iqbal ... and 22-year-old
        # Sepoy Bismillah Jan were martyred": the six, their names a list)
        head = re.sub(counted + r"(?:(?:(?!\band\b)[^,;])*|[^,;]*,\s*|(?:(?!\band\b)[^;])*|"
                      r"(?-i:(?:[A-Z][\w-]*(?:,\s*|\s+and\s+|\s+or\s+))+[A-Z][\w-]*)\s+[\w-]+\s*|"
                      r"(?![^;]*\b(?:killed|wounded|injured|arrested|detained|captured|dead)\b)(?:[^,;]+,\s*)+[^,;]+\s+and\s+"
                      r"[^,;]+|"
                      # ("59 armed Taliban including nine key commanders named Mullah Sahib Khan, Mullah Nasim, ... Mulavi
                      # Khalil military officer for Arghandab district of Zabul were killed": a long list of names)
                      # (no verb in it: "14 Taliban fighters, including Chechen, Uzbek, Pakistani nationals were
                      # eliminated, and three Taliban members, including ..." is two clauses)
                      rf"(?![^;]*\b(?:was|were|{KILL}|{WOUND}|{CAPTURE})\b)(?:[^,;]+,\s*){{2,}}[^,;]+)$",
                      r"\1 ", head, flags=re.I)
    head = re.sub(r"\s+(?:\w+ing\s+)?with\s+(?:him|her|them)\s*$", " ", head)  # "Two men travelling with him were"
    # "Regretfully, as a result of this engagement 8 people were killed": a sentence adverb opens no subject
    head = re.sub(r"^\s*(?:[A-Z][a-z]+ly|However|Meanwhile|Also)\s*,\s*", "", head)
    # "Also Thursday, a NATO soldier was killed": a day before the subject, with its comma
    head = re.sub(rf"^\s*(?:Also\s+)?(?:on\s+)?(?:{WEEKDAY}|{MONTH_DAY}|yesterday|today|last\s+night|overnight)(?:\s+(?:morning|"
                  rf"afternoon|evening|night))?\s*,\s*(?=\S)", "", head, flags=re.I)
    head = re.sub(r"^\s*(?:And|But|Yet)\s+", "", head)  # "And a local Taliban commander was arrested ..."
    # "Police killed the bombers and nine others were wounded": the subject of the clause after "and"
    other = _CLAUSE_SUBJECT.search(head) if " and " in head else None
    if other:
        head = other["np"]
    # "On Tuesday one ISAF soldier killed and two others injured": a day before the subject, with no comma
    head = re.sub(rf"^\s*(?:On\s+)?(?:{WEEKDAY}|{MONTH_DAY}|yesterday|today|last\s+night)(?:\s+(?:morning|afternoon|evening|"
                  rf"night))?\s+(?=(?:an?|one|{NUM})\s)", "", head, flags=re.I)
    # "During the operation, another suspected insurgent was detained": an opening phrase is no part of the subject
    head = re.sub(r"^\s*(?:During|After|Following|As\s+a\s+result\s+of|As\s+part\s+of|Based\s+on|Acting\s+on|At|Upon|Throughout|Before|Once|"
                  r"According\s+to)\b[^,]*,\s*(?=\S)", "",
                  head)
    # "A woman armed with a rifle was killed", "a man wearing a suicide vest was detained": what he bore is no boundary
    # ("a man found with bomb-making materials was detained", "a suspect caught planting an IED")
    head = re.sub(r"(?<=[a-z])\s+(?:armed\s+with|wearing|carrying|dressed\s+in|(?:found|caught|seen|spotted|observed)\s+"
                  r"(?:with|carrying|planting|emplacing|digging|transporting|moving|in\s+possession\s+of))\s+[^,;]*$", " ", head,
                  flags=re.I)
    # "over a dozen Taliban insurgents while attacking a patrol of the combined forces were killed": what they were
    # doing is no boundary
    head = re.sub(r"(?<=[a-z])\s+(?:while|when)\s+\w+ing\b[^,;]*$", " ", head, flags=re.I)
    # "Two New Zealand soldiers with the ISAF were killed", "a soldier with the NATO-led coalition lost his life": the
    # force they serve with is no boundary
    if " with " in head:
        head = _SERVING_WITH.sub(r"\1 ", head)
    # "Another individual with suspected ties to the IMU network was captured": the ties are no boundary
    head = re.sub(r"\s+with\s+(?:suspected\s+|alleged\s+|known\s+|close\s+|direct\s+)?(?:ties|links|connections)\s+(?:to|with)\s+"
                  r"[^,;]*$", " ", head, flags=re.I)
    # "Four insurgents are believed to have been killed": a hedged passive, its subject before the hedge
    head = re.sub(r"\s+(?:are|is|was|were)\s+(?:believed|thought|reported|assessed|confirmed)\s+to\s+have\s+been\s*$", " ",
                  head, flags=re.I)
    if re.search(r"\band\s*$", head):
        # "Two insurgents fired on the force and were killed": one subject for both verbs, at its clause's start
        clause = re.split(r"[;:]", head)[-1]
        for start in [0, *[m.end() for m in re.finditer(r",\s+", clause)]][::-1]:
            subj = _COORD_SUBJECT.match(clause, start)
            if subj:
                return subj["np"]
    rel = re.search(rf"\b(?:{NUM}|{_VAGUE_WORDS})\s+(?:[\w’'-]+\s+){{0,3}}?{PERSON_NOUNS}(?=,?\s+(?:who|that)\s*$)",
                    head, re.I)
    if rel:  # "the bodies of three insurgents who had been killed": the men the sentence named (once: the same words)
        return rel.group(0)
    # "wounded a third, who was then detained": the relative pronoun's antecedent is the one hit
    head = re.sub(r",\s*(?:who|whom)\s+(?:(?:was|were|then|later|subsequently|also)\s+)*$", " ", head, flags=re.I)
    cut = 0
    for m in _BOUNDARY_BEFORE.finditer(head):
        cut = m.end()
    seg = head[cut:].strip(" ,")
    # "The perimeter held, officials said, and several insurgents were killed": the clause's "and" opens no subject
    seg = re.sub(r"^(?:and|but)\s+(?=\S)", "", seg, flags=re.I)
    # "ISPR said that during the intense exchange of fire, Naik Nazakat Khan ... embraced martyrdom": the opening
    # phrase after the saying is no part of the subject either
    seg = _OPENING_PHRASE.sub("", seg) if "," in seg else seg
    # "During an airstrike launched by Afghan National Security Forces 59 armed Taliban ... were killed": a force's
    # name run into the figure with no comma between; the figure's phrase is the subject
    run_in = _NAME_THEN_FIGURE.search(seg) if any(ch.isdigit() for ch in seg) else None
    seg = seg[run_in.start("np"):] if run_in else seg
    # "(It is mentionable that) in these operations 11 insurgents were injured": the phrase before a figure, with no
    # comma, is no part of the subject
    seg = _OF_THE_OPERATIONS_FIRST.sub("", seg)
    # "At least 19 Afghan local police and members of allied militias were killed", "19 policemen and militiamen": one
    # figure over both kinds of men (a bare plural after "and" has no figure of its own)
    if cut and head[:cut].endswith("and") and not re.match(rf"(?:an?|the|his|her|their|{NUM}|{_VAGUE_WORDS}|\w+ed|\w+ing)\b",
                                                           seg, re.I):
        counted = _COUNTED_BEFORE_AND.search(head[:cut])
        if counted:
            return counted["np"]
    # "Five suspected insurgents and the leader were detained": a counted group and a man told before, one plural
    # subject (not "killed two insurgents and the leader was detained": a clause of its own, its verb singular)
    # ("the Taliban shadow district governor and the Taliban shadow judge for Imam Sahib were killed": his post's place)
    if cut and head[:cut].endswith("and") and re.match(rf"the\s+(?:[\w’'-]+\s+){{0,2}}?{PERSON_NOUNS}"
                                                       rf"(?:\s+(?:for|of)\s+(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){{0,2}})?$",
                                                       seg, re.I) and \
            re.search(r"\bwere\s+(?:\w+\s+)?$", text[:pos]):
        counted = _GROUP_BEFORE_AND.search(head[:cut])
        if counted and re.fullmatch(r"(?:.*[,;:])?\s*", head[:counted.start()], re.S):
            post = re.search(r"\s+(?:for|of)\s+[A-Z]", seg)  # (his post's place names no man)
            return f"{seg[: post.start()] if post else seg} and {counted['np']}"  # (the man told before first)
    # "During a combined security force operation a local national male was killed": an opening phrase whose comma
    # was left out; the subject starts at the second determiner
    # ("At the scene one suspected insurgent was detained", "During the search of the compound more than 10 ...")
    # ("in a separate airstrike the Taliban shadow governor ... was killed")
    opener = re.match(r"[^,]*?\b(?:operation|raid|attack|strike|airstrike|search|engagement|clash|scene|compound|site|area|location|"
                      r"mission|firefight|fight|battle|assault|exchange|result|blast|explosion|day|night|morning|evening|statement|reports?|sources|"
                      r"province|district|village|city|valley|anonymity)"
                      rf"\s+(?=(?:an?|another|the|{NUM}|{_VAGUE_WORDS}|{_OPENING_BOUNDS})\s)", seg, re.I) or (
        # ("In the northern Balkh two people were killed": a place's name opening the sentence, with no comma)
        _PLACE_OPENER.match(seg) if seg[:3] in ("In ", "At ") else None)
    if opener:
        seg = seg[opener.end():]
    # "The shipment was confiscated by police and one person was detained": a clause with its own verb
    # ends at "and"; the subject of this verb starts after it
    clause = re.match(r".*\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+\w+(?:ed|en)\b[^;]*?\s+and\s+(?=\S)", seg, re.I)
    if clause and quantity_like(seg[clause.end():]):
        seg = seg[clause.end():]
    # "Three soldiers were killed and five others": the subject of the second verb starts after the first
    pieces = re.split(rf"(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\bA )\b(?:{KILL}|{WOUND}|{CAPTURE})\b(?:\s+in\s+(?:action|the\s+(?:operation|raid|attack|strike)))?"
                      rf"\s*(?:,\s*)?(?:and\s+|while\s+)?", seg, flags=re.I)
    seg = pieces[-1]
    if ", and " in seg and (len(pieces) > 1 or re.search(r"\b(?:was|were)\s", seg.rsplit(", and ", 1)[0], re.I)):
        # "killed an insurgent, and a second insurgent was detained", "Among the killed was X, a commander, and eight
        # militants were wounded": a new clause
        seg = seg.rsplit(", and ", 1)[1]
    seg = re.sub(r"^(?:of|among)\s+(?=the\s)", "", seg, flags=re.I)  # "Of the five insurgents detained, ..."
    # "confirmed the identity of a senior Taliban operative captured Dec. 11": the man, not his identity
    seg = re.sub(r"^(?:the\s+)?(?:identity|identities|names?)\s+of\s+(?=\S)", "", seg, flags=re.I)
    seg = _NAME_APPOSITIVE.sub(r"\1", seg)
    if " and " in seg:
        first, last = seg.rsplit(" and ", 1)
        piece = first.rstrip(", ").rsplit(",", 1)[-1]
        if quantity(last) is not None and (quantity(piece) is None and _A_VERB.search(piece) or _PEOPLE_THEN_VERB.search(piece)):
            # "The force returned fire and two insurgents were killed": a clause, then the subject; "Two insurgents
            # escaped and one was killed": a clause of its own subject and verb, then one of them
            seg = last
    ap = _APPOSITIVE.match(seg)
    if ap and ap["rest"].strip(", ") and _persons_in(ap["name"]):
        return seg  # "Mullah Gul, the commander, and an associate were killed": a list whose first man is named
    # ("three men, three women, and six children from his family": whose they were is no part of the list)
    listed = _OF_THEIR_KIN.sub("", seg) if "," in seg else seg
    if "," in listed and " and " in listed and len(listed) < 160 and _NP_LIST.match(listed):
        return listed  # "The leader, his brother and two associates were detained": one list, all of it
    if re.search(r",(?!\d{3}\b)", seg):  # (not the comma of "2,400")
        parts = [p.strip() for p in re.split(r",(?!\d{3}\b)", seg) if p.strip()]
        if len(parts) > 1 and all(_COUNTED_PART.match(p) for p in parts):
            return " and ".join(parts)  # "Three soldiers, four local policemen were killed": a list without its "and"
        # "Helmand province, a Taliban leader was captured": the last part that starts a noun phrase;
        # "Asim Omar, leader of AQIS, was killed": else the subject before the appositive
        # "one of them the targeted commander" is a part of the group, not the group
        parts = [p for p in parts if not _PARTITIVE.match(p)] or parts
        starts = [p for p in parts if _QTY.match(p) or _DEFINITE.match(p) or p[:8].lower() == "another "]
        seg = starts[-1] if starts else parts[0]
        if len(parts) == 2 and seg == parts[1] and re.match(r"(?:an?|the)\s", seg, re.I) and (
                (re.fullmatch(r"(?:[A-Z][\w’'-]*\s*){1,4}", parts[0]) and _persons_in(parts[0]))
                or re.match(rf"(?:{NUM})\s", parts[0], re.I)):
            # "Muhammad Yah, a senior Taliban commander, was killed": the named man;
            # "Two insurgents, a father and son, were detained": the two
            seg = parts[0]
    return seg


_OF_THEIR_KIN = re.compile(r"\s+(?:from|of)\s+(?:his|her|their|the|one|a|an)\s+(?:[\w-]+\s+)?(?:family|families|village|"
                           r"household|tribe)$", re.I)
_COUNTED_PART = re.compile(rf"^(?:{NUM})\s+(?:[\w’'-]+\s+){{0,4}}?{PERSON_NOUNS}$", re.I)
# the subject of a clause whose second verb is ours: "two armed men [with him] ran from the compound and ..."
_COORD_SUBJECT = re.compile(
    rf"\s*(?P<np>(?:the\s+)?(?:{NUM}|{_VAGUE_WORDS}|an?|the|both|another)\s+(?:[\w’'-]+\s+){{0,3}}?{PERSON_NOUNS}|he|she)\b"
    rf"(?:\s+(?:\w+ing\s+)?with\s+(?:him|her|them))?\s+(?!(?:and|or|were|was|is|are|who|that)\b)[a-z]\w*\b[^,]*,?\s*\band\s*$", re.I)
# a list of people before a verb: "the leader, his brother and two associates"
_LIST_HEAD = rf"(?:the|his|her|their|an?|{NUM}|{_VAGUE_WORDS})\s+(?:[\w’'-]+\s+){{0,3}}?"
_NP_LIST = re.compile(rf"^{_LIST_HEAD}{PERSON_NOUNS}(?:\s*,\s*{_LIST_HEAD}{PERSON_NOUNS})*,?\s+and\s+{_LIST_HEAD}{PERSON_NOUNS}$", re.I)
def quantity_like(np: str) -> bool:
    """Whether words open with a number, a vague quantity, an article or a determiner: a noun phrase's start."""
    return bool(_QTY.match(np) or _DEFINITE.match(np))


_PARTITIVE = re.compile(r"^(?:one|two|three|some|several|many|most|all|none|each)\s+of\s+(?:them|whom|these|those)\b", re.I)
_REST = re.compile(r"the\s+(?:rest|remainder|remaining\s+ones?)(?:\s+of\s+(?:them|the\s+\w+))?", re.I)
_PRONOUN = re.compile(r"^(?:them|they|these\s+men|those\s+men|all\s+of\s+(?:them|these|those)\s*$)\b", re.I)


_DEFINITE_GROUP = re.compile(
    rf"^(?:the|these|those|all|all\s+of\s+the)\s+(?:\w+\s+){{0,2}}(?:insurgents|militants|fighters|individuals|men|"
    rf"suspects|attackers|bombers|gunmen|rebels|occupants|detainees)\b(?!\s+(?:{NUM}))", re.I)
# (with a hyphened or capitalised word before the noun: "11 heavily-armed insurgents", "20 Taliban fighters")
_GROUP = word_led(rf"\b(?P<n>{NUM}|{_VAGUE_WORDS})\s+(?:of\s+the\s+)?(?:(?:armed|suspected|other|more|additional|enemy|suicide|"
                  rf"[a-z]+-[a-z]+|(?-i:[A-Z][a-z]+))\s+)*"
                    rf"(?:insurgents|militants|fighters|individuals|men|suspects|attackers|bombers|gunmen|rebels|occupants)\b", re.I)


# a word in quotes: "killed a Taliban governor, his deputy, and 'dozens' of fighters"
_SCARE_QUOTES = re.compile(r"(?<![\w’'])['‘’\"“](?P<words>[A-Za-z][\w-]*(?:\s[\w-]+){0,3})['’\"”](?![\w’'])")


# an aside between two dashes ("--", a spaced en dash, or an em dash)
# (not the dashes of ranges: "killed 10 – 15 insurgents and wounded 5 – 8 others")
_DASH_ASIDE = re.compile(r"(?<!\d)(?:\s--\s|\s–\s|\s?—\s?)(?!\d)[^–—.;]{1,80}?(?<!\d)(?:\s--|\s–|\s?—)(?=\s)")


def _blank_asides(sentence: str) -> str:
    """Asides such as "(IED)", "(AQIS)", the digits of "two (2) of the men" or the names of "two facilitators -- Mahmood
    and Rashid --" blanked, and a word in quotes freed of them, keeping every position."""
    sentence = re.sub(r"\([^()]{0,80}\)", lambda m: " " * len(m.group()), sentence)
    if "-" in sentence or "–" in sentence or "—" in sentence:
        sentence = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), sentence)
    if "'" in sentence or "‘" in sentence or "’" in sentence or '"' in sentence or "“" in sentence:
        sentence = _SCARE_QUOTES.sub(lambda m: f" {m['words']} ", sentence)
    return sentence


# "a group of 11 heavily-armed insurgents approached": people the text meets for the first time, by a figure
_NEW_GROUP = re.compile(rf"(?<![\w’'-])(?<!the\s)(?<!these\s)(?<!those\s)(?<!his\s)(?<!their\s)(?<!all\s)"
                        rf"(?P<n>{NUM})\s+(?:(?!of\b|the\b)[\w-]+\s+){{0,2}}?(?:insurgents|militants|fighters|men|gunmen|attackers)\b"
                        rf"(?!\s+of\b)", re.I)


def _told_by_its_clause(np: str, sentence: str) -> bool:
    """"the insurgents who attacked the checkpoint": a definite group its own clause tells, not one told before."""
    np = np.strip()
    return bool(_DEFINITE_GROUP.match(np) and not re.search(rf"\b(?:{NUM})\b", np, re.I)
                and re.search(rf"{re.escape(np)}\s+(?:who|that)\s", sentence))


@lru_cache(maxsize=16384)
def new_group_size(sentence: str) -> int | None:
    """The figure of a group of two or more people a sentence introduces without counting them ("a group of 11
    heavily-armed insurgents ... approached the force"): a later "killing all 11 insurgents" is those men, not a
    restatement of the men counted before them."""
    m = _NEW_GROUP.search(_blank_asides(sentence))
    n = parse_number(m["n"]) if m else None
    return n if n is not None and n >= 2 else None


# (at the sentence's start, or its dateline's end: "KABUL, Afghanistan (March 9, 2011) - Armed insurgents engaged ...")
_BARE_FIGHTERS = re.compile(r"(?:^|\s[-–—]+\s+)(?:(?:armed|enemy|hostile|suspected)\s+)?(?:insurgents|militants|fighters|gunmen|attackers)\s+"
                            r"(?:\w+\s+)?(?:engaged|attacked|fired|opened\s+fire|ambushed|shot)\b", re.I)


@lru_cache(maxsize=16384)
def group_size(sentence: str) -> int | None:
    """The size of the first group of people a sentence names ("several armed insurgents engaged ...")."""
    m = _GROUP.search(_blank_asides(sentence))
    if not m:
        # "Armed insurgents engaged the security force": a bare plural that fought, two at the least
        return vague_table()["plural"]["best"] if _BARE_FIGHTERS.search(sentence) else None
    n = parse_number(m["n"])
    if n is None:
        row = vague_table().get(re.sub(r"\s+", " ", m["n"].lower()).removesuffix(" of"))
        n = row["best"] if row else None
    return n


_NTH_BEFORE = re.compile(rf"\b(?:the|a)\s+(?P<nth>{'|'.join(_ORDINALS)})\s+(?:\w+\s+)?{PERSON_NOUNS}\b[^.;]*$", re.I)
_RETRACTED = re.compile(r"\b(?:initial|early|first)\s+reports?\s+(?:had\s+)?(?:indicated|suggested|said|stated)\b[^;]*$", re.I)
_SUPERSEDED = re.compile(r"\b(?:news\s+release|press\s+release|release|statement|sources?)\s+(?:[\w,-]+\s+){0,6}?had\s+"
                         r"(?:initially\s+|earlier\s+|previously\s+)?"
                         r"(?:reported|said|stated|claimed|indicated)\b[^;]*$|"
                         # "CORRECTION: An earlier version of this release stated four insurgents were detained"
                         r"\b(?:an?\s+)?(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\s+(?:news\s+|press\s+)?"
                         r"(?:release|story|article|report)\s+(?:\w+\s+)?(?:stated|said|reported|gave|listed|indicated)\b[^;]*$",
                         re.I)
_CORRECTION = re.compile(r"^[^.]*?\b(?:however|but\s+(?:further|later)|further\s+investigation|later\s+(?:determined|found|confirmed))\b",
                         re.I)


# a man's role without its article, as headlines and hurried copy have it: "killed top al-Shabaab leader on Sunday"
_BARE_ROLE = re.compile(r"(?:senior|top|key|wanted|notorious|prominent|high-ranking|high-level|local|suspected|alleged|"
                        r"(?-i:[A-Z][\w-]+))\s+(?:(?!(?:and|or|of|in|on|at)\b)[\w-]+\s+){0,3}?"
                        r"(?:leader|commander|militant|insurgent|fighter|facilitator|operative|terrorist|chief|emir|financier)",
                        re.I)


def _counts_its_subject(verb: str, from_verb: str) -> bool:
    """Verbs whose subject is the one hit: 'two insurgents died', 'the leader succumbed to his wounds', 'two
    others surrendered'; 'fatally wounded' too, unless an object follows ('forces fatally wounded two men')."""
    if verb in ("dead", "died", "perished", "injuries", "martyred") or verb.startswith("lost ") or (
            verb == "lost" and not re.match(r"lost\s+(?:\d+|\w+)\s+(?:[\w-]+\s+)?\w", from_verb)):
        # ("lost their lives"; not "we have lost five soldiers", whose object is the dead)
        return True
    return verb.startswith(("embraced", "succumbed", "blew", "fatally", "mortally", "surrendered")) and not re.match(
        r"\w+ly\s+\w+\s+(?!(?:in|on|at|during|by|when|while|after)\b)\w", from_verb)


_WOUNDED_SUBJECT = re.compile(r"^(?:The|the)\s+(?:\w+\s+)?wounded\s+(?:\w+\s+)?(?:insurgent|militant|fighter|man|suspect|individual)\b")


_AND_ANOTHER_N = re.compile(rf"\band\s+(?:another|a\s+further|an\s+additional)\s+(?P<n>{NUM})\b"
                            rf"(?!\s*(?:%|percent|kilograms?|kg|pounds?|rounds?|miles?|km|meters?|hours?|days?|weeks?)\b)"
                            rf"(?!\s+(?:[\w’'-]+\s+){{0,2}}?{PERSON_NOUNS})"
                            rf"(?!\s+(?:were\s+|was\s+)?(?:{KILL}|{WOUND}|{CAPTURE}))", re.I)  # ("an additional three wounded")
# "arrested an ISIS terrorist in the village of Al-Ezba and another in Al-Tayyana Town", "one insurgent in Kandahar and
# two in Helmand": the same verb's men in a second place, the noun left out
# (and with their noun and day: "killed four insurgents on Friday in Helmand and five militants Saturday in eastern
# Paktia province")
_AND_N_ELSEWHERE = re.compile(rf"\band\s+(?P<n>another|one\s+more|{NUM})\s+(?:more\s+)?(?:(?P<noun>(?:[\w-]+\s+)?{PERSON_NOUNS})\s+"
                              rf"(?:(?:on\s+)?{WEEKDAY}\s+)?)?(?=(?:in|at|near|inside|outside)\s+"
                              rf"(?:the\s+)?(?:{DIRECTION}(?:ern)?\s+)?(?:[A-Z]|(?:village|town|city|district|province|area|region)\b))")
# any verb of the three counts
HIT_VERB = word_led(rf"\b(?:{KILL}|{WOUND}|{CAPTURE})\b", re.I)
# "killed Taliban leader, Baraki Jamil Hamdullah Farooqi, two of his key subordinates": a bare title and its name
_TITLE_COMMA_NAME = word_led(rf"(\b(?:{KILL}|{CAPTURE})\s+(?:[A-Z][\w-]+\s+){{0,2}}(?:leader|commander|facilitator|governor|"
                               rf"chief|emir|financier|sub-?commander))\s*,(?=\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,4}}\s*,)")
# "both police officers and insurgents": two kinds of men, no number of them
_BOTH_KINDS = re.compile(r"\bboth\s+(?!(?:the|his|her|their|an?)\s)[^,;]+?\s+and\s+\w", re.I)  # (not "both the leader and his deputy")
_QUOTED_OBJECT = word_led(rf'(\b(?:{KILL}|{CAPTURE}|{WOUND})\s+)["“]([^"”]{{1,60}}?)(,?)["”]', re.I)
_QUOTED_MEN = re.compile(rf'["“]((?:[\w-]+\s+){{0,3}}{PERSON_NOUNS})(,?)["”]', re.I)


def follows_earlier(sentence: str) -> bool:
    """A sentence that sets the incident after an earlier one ("The attack follows a July 26 raid ..."): that one's
    toll and day are not this incident's."""
    return ("follow" in sentence or " c" in sentence) and bool(_FOLLOWS_EARLIER.match(sentence))


# a verb joined to the one before it: "... have killed five police personnel and wounded"
_JOINED_VERB = re.compile(r"[^.;,]*?\s(?:and|or)\s+(?:also\s+)?$")


# "An Afghan provincial official claimed on Wednesday that army forces killed 14 suspected Taliban": an official's
# report, as "said" is (an armed group's claim stays a claim: "a Taliban spokesman claimed ...")
_OFFICIAL_CLAIMS = re.compile(r"^(?:(?!\b(?:Taliban|militants?|insurgents?|rebels?|group|al[-\s]Shabaa?b|ISIS|IS|Daesh|Qaeda|"
                              r"Boko|jihadists?)\b)[^;])*\b(?:officials?|governor|ministry|spokes(?:man|person|woman)|"
                              r"police|army|military|authorities|commander|chief)\b(?:(?!\b(?:Taliban|militants?|insurgents?|"
                              r"rebels?|group)\b)[^;])*$", re.I)


def _hypothetical_verbs(sentence: str, verbs: list[re.Match]) -> set[int]:
    """Where the verbs that tell an intention, a claim or a negation stand ("planned to kill"); a verb joined to such
    a one shares its mood ("the Taliban claimed that its fighters have killed five police personnel and wounded six
    others": the wounded are claimed too)."""
    out: set[int] = set()
    joined_to = None
    for vm in sorted(verbs, key=lambda vm: vm.start()):
        before = sentence[: vm.start()]
        # (not "were able to kill the suicide bombers", "managed to capture": done)
        if (hyp := _HYPOTHETICAL.search(before)) and not re.search(r"\bin\s+addition\s+to\s+$", before, re.I) \
                and not (hyp.group(0)[:5].lower() == "claim" and _OFFICIAL_CLAIMS.search(before, 0, hyp.start())) \
                and not _DID_MANAGE.search(before) and not (
                    # ("captured a subcommander responsible for coordinating attacks and took into custody ...")
                    (past := list(_BACKGROUND.finditer(before))) and _own_verb_here(sentence, past[-1], vm)) \
                or joined_to is not None and _JOINED_VERB.fullmatch(sentence, joined_to, vm.start()):
            out.add(vm.start())
            joined_to = vm.end()
    return out


def find_mentions(sentence: str, previous: int | None = None, summaries: bool = False) -> list[Mention]:
    """Count mentions in one sentence, in text order. `previous`: the largest group the sentence
    before named, which 'them' or 'they' refer back to ("found three wounded insurgents ... detained them").
    Cached: segmenting, the headline and the tally each read the same sentences; callers never change a mention."""
    return list(_find_mentions(sentence, previous, summaries))


_FAMILY_OF = re.compile(rf"\b(?:an?|the)\s+(?:whole\s+|entire\s+)?family\s+of\s+(?P<n>{NUM})\b(?:\s*,\s*(?:including\s+)?[^,.;]*"
                        r"\b(?:children|parents|women|men|sons|daughters|brothers|sisters)\b)?", re.I)
_OWN_LIFE = re.compile(r"\b(took|taking|takes|take)\s+(his|her)\s+own\s+life\b", re.I)
_KILL_FORM = {"took": "killed", "taking": "killing", "takes": "kills", "take": "kill"}
_SELF = {"his": "himself", "her": "herself"}
_RESULTED_DETAINEES = re.compile(rf"\b(resulted\s+in|yielded|produced)(\s+(?:{NUM})\s+)(detainees)\b", re.I)
_EITHER_FATE = re.compile(rf"\b(?:{KILL}|{WOUND}|{CAPTURE})(?:\s+in\s+action)?\s+or\s+(?:{KILL}|{WOUND}|{CAPTURE})\b", re.I)
# (and a death on the road: "a German soldier, who was killed in a traffic accident")
NON_BATTLE = re.compile(r"\bnon[-\s]?(?:battle|combat|hostile)\b|\b(?:traffic|road|vehicle|vehicular)\s+(?:accident|crash)\b",
                        re.I)
_RUNNING_TOLL = re.compile(r"(?:[\w-]+\s+){0,2}(?:fatality|casualty|death|loss)\b", re.I)


def _in_object(sentence: str, verb_end: int, am: re.Match) -> bool:
    """Whether the verb's object, read on from its end, already lists the men counted after "and" ("killed four
    insurgents in Helmand and five militants in Paktia": one list)."""
    if not am["noun"]:
        return False
    np = _np_after(sentence, verb_end)
    return bool(quantity_like(np) and re.search(rf"\band\s+{re.escape(am['n'])}\s", np))


# "No civilians were killed", "Though no Isaf troops died in the attack, ...": nobody of them was hit
_NONE_HIT_BEFORE = re.compile(r"\s*(?:(?:Though|Although|While|Whereas|Even\s+though)\s+(?=no\s))?"
                              r"(?:[Nn]o(?!\s+(?:fewer|less|more)\s+than)|Neither|None|Nobody)\b[^,;]*$")
_OF_THE_HIT_WERE = re.compile(r"\s+(?:(?:in|during)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:operation|raid|attack|strike|clash|"
                              r"fighting|battle|assault)\s+)?(?:were|was)\s", re.I)
_SOME_OF_THE = re.compile(r"\bof\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}$")
_INJURIES_TO = re.compile(rf"\s+to\s+(?=(?:{NUM}|{_VAGUE_WORDS}|an?|several)\s)", re.I)
_DIGIT_DATE = re.compile(r"\b(?:19|20)\d\d-\d{1,2}-\d{1,2}\b")


# a stem of every verb of the three kinds (and of the words the turns below rewrite into one): a sentence with none
# counts no one, and most sentences of a report have none (read before the slow turns; tests compare both ways)
_VERB_STEMS = ("kill", "slain", "shot", "gunned", "elimina", "neutrali", "died", "dead", "perish", "lost", "hell",
               "shahadat", "death", "bod", "martyr", "fatal", "mortal", "succumb", "blew", "wound", "injur", "hurt",
               "captur", "detain", "arrest", "apprehend", "netted", "custody", "prisoner", "nabbed", "handed", "gave",
               "given", "picked", "rounded", "turned", "detention", "held", "surrender", "questioning", "own li", "lives",
               "lethal", "deceased")


def counts_no_one(sentence: str) -> bool:
    """Whether a sentence names no verb of killing, wounding or capture (nor a word turned into one)."""
    low = sentence.lower()
    return not any(stem in low for stem in _VERB_STEMS)


_AT_ANOTHER_PLACE = re.compile(r"^(?:At|In)\s+(?:another|a\s+second|a\s+third|the\s+second|the\s+third)\s+(?:[\w-]+\s+)?"
                               r"(?:compound|building|house|location|village|site)\b", re.I)
_BARE_FIGURE = re.compile(rf"(?:another\s+)?(?:{NUM})", re.I)
# "... and another was killed": a clause of its own, its singular verb telling that "another" alone is its subject
_AND_ANOTHER_WAS = re.compile(r"\band\s+another\s+was\s+(?:\w+ly\s+|also\s+|later\s+)?$", re.I)


@lru_cache(maxsize=16384)
def _find_mentions(sentence: str, previous: int | None, summaries: bool) -> tuple[Mention, ...]:
    if counts_no_one(sentence):
        return ()
    if follows_earlier(sentence):
        return ()  # "The attack follows a July 26 raid on a base in which 26 soldiers were killed": that one
    if NON_BATTLE.search(sentence):
        return ()  # "died as a result of a non-battle related injury": no act of war
    if " or " in sentence:
        # "Numerous insurgents were killed or captured", "eight to 12 insurgents were killed or injured": how many of
        # each, the words do not say
        sentence = _EITHER_FATE.sub(lambda m: " " * len(m[0]), sentence)
    out: list[Mention] = []
    sentence = _blank_asides(sentence)
    if "-" in sentence:  # a date in digits ("2024-01-02 Four militants were killed"): no figure of people
        sentence = _DIGIT_DATE.sub(lambda m: " " * len(m[0]), sentence)
    if sentence[:1] in "-–—•*":  # a list item's mark: "— Two insurgents ... were killed"
        sentence = re.sub(r"^[-–—•*]{1,2}(?=\s)", lambda m: " " * len(m[0]), sentence)
    # "took three insurgents into custody" -> "took into custody three insurgents": the same length, so positions hold
    sentence = re.sub(r"\b(took|take|takes|taking)\s+([^,.;]{1,60}?)\s+into\s+(custody|detention)\b",
                      r"\1 into \3 \2", sentence, flags=re.I)
    # "took two militants prisoner" -> "took prisoner two militants"; "captured alive a fifth": "alive" blanked
    sentence = re.sub(rf"\b(took|taken)\s+({_COUNTED_HEAD}[^,.;]{{1,50}}?)\s+(prisoners?)\b", r"\1 \3 \2", sentence,
                      flags=re.I)
    sentence = re.sub(r"\b(captured|capturing|caught|taken|took)\s+alive\b", lambda m: m[1] + " " * (len(m[0]) - len(m[1])),
                      sentence, flags=re.I)
    # "detonated the bomb, taking his own life" -> "killing himself": he died (the same length, padded)
    if " own li" in sentence:
        sentence = _OWN_LIFE.sub(lambda m: f"{_KILL_FORM[m[1].lower()]} {_SELF[m[2].lower()]}".ljust(len(m[0])), sentence)
    # "The Kandahar operation resulted in two detainees" -> "detained two suspects": the same length
    if "detainees" in sentence:
        sentence = _RESULTED_DETAINEES.sub(lambda m: "detained".ljust(len(m[1])) + m[2] + "suspects".ljust(len(m[3])),
                                           sentence)
    # "killing a whole family of six, two parents and four children": the six, their kinds told after them no more
    if "family of" in sentence:
        sentence = _FAMILY_OF.sub(lambda m: f"{m['n']} family members".ljust(len(m[0])), sentence)
    # "held two men for questioning", "now have three suspects in custody": the same turn for holding verbs
    sentence = re.sub(rf"\b(held|hold|holds|holding|have|has|had)\s+({_COUNTED_HEAD}[^,.;]{{1,50}}?)\s+"
                      r"(for\s+(?:further\s+)?questioning|in\s+custody)\b",
                      lambda m: f"{m[1]} {m[3]} {m[2]}", sentence, flags=re.I)
    # 'killed "numerous insurgents," during the operation': the quoted words read as the object they are
    # (and 'another "insurgent"': scare quotes around the men counted)
    if '"' in sentence or "“" in sentence:
        sentence = _QUOTED_OBJECT.sub(lambda m: f"{m[1]} {m[2]}{m[3]} ", sentence)
        sentence = _QUOTED_MEN.sub(lambda m: f" {m[1]}{m[2]} ", sentence)
    sentence = _TITLE_COMMA_NAME.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), sentence)
    tail = _TRAILING_TALLY.search(sentence)
    if tail:  # ", bringing to 40 the number killed this month": a running total, blanked keeping positions
        sentence = sentence[: tail.start()] + " " * (len(sentence) - tail.start())
    restates = bool(_RESTATE.search(sentence))
    if is_statistic(sentence) or (not summaries and _sums_up(sentence)):
        return ()  # "have captured 17 leaders in the last month": a campaign total, not this incident
    verbs = {cat: list(rx.finditer(sentence)) for cat, rx in _VERB_RE.items()}  # (found once, read twice)
    # "At another compound nearby, the security force detained three suspected insurgents": more men, taken elsewhere
    # in the operation (read once for the sentence, not at each of its verbs)
    elsewhere = bool(_AT_ANOTHER_PLACE.match(sentence))
    own_end = len(sentence) if summaries else own_clause_end(sentence)
    if own_end < len(sentence):
        # a toll of the sentence's own, then a clause summing up other incidents (each told below): the toll only
        verbs = {cat: [vm for vm in found if vm.start() < own_end] for cat, found in verbs.items()}
    hypothetical = _hypothetical_verbs(sentence, [vm for found in verbs.values() for vm in found])
    for cat, found in verbs.items():
        for vm in found:
            before = sentence[: vm.start()]
            if vm.start() in hypothetical:
                continue
            if cat == "killed" and re.match(rf"\s+or\s+(?:{WOUND})\b", sentence[vm.end():], re.I):
                continue  # "more than 15 Taliban insurgents killed or wounded": how many died the words do not say
            # (to the clause's start: "No ISAF soldiers were injured but at least 22 residents were wounded")
            if _NONE_HIT_BEFORE.match(before) and not re.search(
                    r"\s(?:but|while|whereas)\s", before):
                continue  # "No civilians or Afghan and international servicemembers were killed or wounded"
            if vm.group(0).lower() in ("arrest", "capture", "detain", "kill", "arrests", "captures", "kills") and re.search(
                    r"\b(?:his|her|their|its|the|an?|whose|upon|after|before|since|following|during|to)\s+$", before, re.I
            ) and not re.match(r"^\s+of\b", sentence[vm.end():]) and not _DID_MANAGE.search(before):
                continue  # "prior to his arrest": a noun, not a report ("the arrest of a leader" is one)
            if _RETRACTED.search(before) and _CORRECTION.search(sentence[vm.end():]):
                continue  # "Initial reports indicated the leader was killed; however, ... he was detained"
            if _SUPERSEDED.search(before):
                continue  # "A news release issued soon after the incident had reported that four enemy fighters were killed"
            if _COPULA_NEXT.match(sentence, vm.end()):
                continue  # "the people killed were not enemy fighters": who they were, the toll told elsewhere
            if _OF_THE_HIT_WERE.match(sentence, vm.end()) and _SOME_OF_THE.search(before):
                continue  # "At least five of the people killed were soldiers": who some of the dead were, a part of the toll
                # (and "Seven of the 14 militants killed in this operation were Pakistani nationals")
            bg = [b for b in _BACKGROUND.finditer(before)]
            if bg and re.match(r"ha[sd]\s", bg[-1].group(0), re.I) and _OWN_TALLY_GOES_ON.fullmatch(before, bg[-1].end()):
                # "Eight insurgents had been killed and 14 detained": the report's own tally, in the pluperfect (or the
                # perfect: "one terrorist has been killed while two others have been injured")
                bg = []
            if re.search(r"\b(?:are|is|was|were)\s+believed\s+to\s+have\s+been\s+$", before, re.I):
                bg = []  # "Four insurgents are believed to have been killed": this event, hedged
            if bg and _own_verb_here(sentence, bg[-1], vm):
                # "captured a subcommander responsible for coordinating attacks and detained several suspects": the
                # sentence's own verb again after its object's past
                bg = []
            if bg and not _MAIN_PASSIVE_AFTER.fullmatch(before[bg[-1].end():]) and not (
                    re.search(r",\s*(?:(?:who|which)\b[^,]*)?$", before[: bg[-1].start()])
                    and re.fullmatch(r"[^,;]*,\s*(?:(?:was|were)\s+(?:also\s+|later\s+)?)", before[bg[-1].end():])):
                # "he was responsible for attacks that killed ...": history, not this incident (but "The leader,
                # who is linked to al-Qaeda, was killed": the clause is an aside, the verb after it this report's; so
                # is "A local Taliban commander, blamed for dozens of attacks, was arrested")
                continue
            if vm.group(0)[:3].lower() == "bod" and _OPERATION_BEGAN_AFTER.search(before):
                continue  # "the operation began in the area after police found the dead bodies of two soldiers": its cause
            if _IN_EARLIER.match(sentence, vm.end()):
                continue  # "Din Mohammad, a Taliban leader killed in a previous special operations mission": that one
            if re.search(r"\b(?:who|that|which)\s+(?:\w+\s+){0,3}$", before, re.I) and _PAST_TIME.match(sentence[vm.end():]):
                continue  # "replaced two commanders who were killed by coalition forces in January": their past
            if vm.group(0)[-3:].lower() == "ing" and before.rstrip().endswith(",") and (
                    past := _PAST_RELATIVE.search(before)) and past.start() > 0:
                continue  # "insurgents shot down the Chinook early this month, killing 30 American troops": that one
            if re.search(r"\b(?:that|which)\s+$", before, re.I) and _PAST_PERIOD.search(before):
                continue  # "followed two other raids in early January which killed an IMU facilitator": earlier raids
            if re.search(r"\b(?:over|for|in\s+connection\s+with|in\s+relation\s+to|related\s+to|suspected\s+in|"
                         r"accused\s+in)\s+the\s+$", before, re.I) and re.match(r"(?:killings?|deaths?|murders?)\b", vm.group(0), re.I):
                continue  # "arrested two men over the killing of a tribal elder": the reason for the arrest, earlier
            if re.search(r"\b(?:follow(?:s|ed|ing)?|comes\s+after|came\s+after|weeks\s+after|days\s+after|months\s+after)\s+"
                         r"(?:the\s+|his\s+|their\s+)?$", before, re.I) or (
                    re.search(r"\b(?:the|his|their)\s+$", before, re.I) and _PAST_TIME.match(sentence[vm.end():])):
                continue  # "His arrest follows the killing of two of his associates (last month)": an earlier event
            if re.search(r"\b(?:a\s+day|days|a\s+week|weeks|hours|months)\s+after\s+(?:another|an?\s+earlier|a\s+previous|"
                         r"a\s+similar)\s+[^,;]*$", before, re.I) or re.search(
                    r"\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:a\s+day|a\s+week|\w+\s+(?:days|weeks|hours|months)|"
                    r"days|weeks|hours|months|shortly)\s+after\s+[^,;]*(?:,\s*)?$", before, re.I):
                # (and its participle after a comma: "which came two days after Taliban fighters attacked the Kabul home
                # of a parliamentarian, killing eight people")
                # "... were killed in a clash, a day after another operation in the province killed three", "The strike
                # comes a day after an explosion killed more than 170 people": that one
                continue
            # "The detained militants were planning attacks": the men counted, named again, not a new report
            # ("several of the killed militants were discovered armed": the dead counted, some of them)
            # ("recovered from killed terrorists": after a preposition too)
            attributive = re.search(r"\b(?:the|these|those|from|of|on|with)\s+$", before, re.I) and re.match(
                r"(?:detained|arrested|captured|apprehended|killed|slain)$", vm.group(0), re.I) and re.match(
                rf"\s+(?:[\w’'-]+\s+)?{PERSON_NOUNS}\b", sentence[vm.end():], re.I)
            verb = vm.group(0).lower()
            if re.search(r"\b(?:he|she|leader|commander|facilitator|insurgents?|militants?|group|network|cell)\s+"
                         r"(?:has|have|had)\s+(?:also\s+|reportedly\s+|personally\s+)?$", before, re.I) and not \
                    _counts_its_subject(verb, sentence[vm.start():]):
                continue  # "The leader has killed several civilians": the target's deeds ("have surrendered" is not)
            passive = bool(re.search(r"\b(?:was|were|been|being|are|is|got)\s+(?:\w+ly\s+|also\s+|all\s+)?"
                                     rf"(?:{_FIRST_PARTICIPLE})?$", before, re.I)) or bool(
                re.match(r"\s+in\s+action\b", sentence[vm.end():], re.I))  # "with two soldiers killed in action"
            np = ""
            found = _FOUND_DEAD.search(before) if verb == "dead" else None
            if found:
                np = found["np"]  # "soldiers found three militants dead": the men found
            elif re.search(r"\bamong\s+the\s+$", before, re.I) and re.match(r"\s+(?:was|were)\s", sentence[vm.end():]):
                np = _np_after(sentence, vm.end())  # "Among the dead was Qari Zia": the man named after the verb
            elif verb in ("injuries", "deaths", "death") and (to := _INJURIES_TO.match(sentence, vm.end())):
                np = _np_after(sentence, to.end())  # "the death of two children and injuries to three adults"
            elif passive or _counts_its_subject(verb, sentence[vm.start():]):
                np = _np_before(sentence, vm.start())
                if _AND_ANOTHER_WAS.search(before):
                    np = "another"  # "two soldiers died Saturday and another was killed Friday": one more, its own subject
            else:
                after = _np_after(sentence, vm.end())
                if re.match(r"\s*and\s", after, re.I):
                    after = ""  # "one soldier killed and two others injured": the next clause, no object
                refers_back = bool(after and (_PRONOUN.match(after.strip()) or _DEFINITE_GROUP.match(after.strip())
                                              or _REST.fullmatch(after.strip()))
                                   and (previous or group_size(sentence[: vm.start()])))
                if after and _PLACE_OBJECT.match(after.strip()):
                    continue  # "briefly captured a military base": a place taken, no one captured
                if after and quantity(after) is None and _BARE_ROLE.fullmatch(after.strip()):
                    after = "a " + after.strip()  # "has killed senior Alshabab militant group leader": one man
                if after and (quantity(after) is not None or refers_back or _told_by_its_clause(after, sentence)) and not re.match(rf"^\s*(?:in|on(?!\s+{WEEKDAY},?\s+(?:an?|the|{NUM})\s)|at(?!\s+least)|during|by|after|when|while|following)\b", sentence[vm.end():], re.I) or re.match(r"^(?:the\s+)?(?:killing|capture|arrest|detention|death)s?\s+of\b", sentence[max(0, vm.start() - 4):], re.I):
                    np = after
                elif after and _THING_OBJECT.match(after.strip()) and not re.match(r"\s*(?:in|on|at|during|by)\b",
                                                                                    sentence[vm.end():], re.I):
                    continue  # "he picked up the AK-47 assault rifle": the verb took a thing, not its subject
                elif re.search(r"\sof$", verb):
                    continue  # "committed to the elimination of threats": a noun's object stands after "of", or none
                else:
                    np = _np_before(sentence, vm.start())
                    # "the security force killed" has an actor, not a victim, before the verb
                    # (but "Three soldiers killed in Helmand", "12 Afghan police killed": a headline's counted dead)
                    # (nor a force named by its abbreviation right before the verb: "With support of Global Coalition,
                    # SDF arrested ISIS' cell")
                    # (nor the subject of a perfect: "The Somali National Army [SNA] has killed senior ... leader")
                    if np and (re.search(r"\b(?:force|forces|troops|police|army|soldiers|commandos|marines|team|patrol|aircraft|"
                                         r"they|he|we)$", np, re.I) or re.search(r"\b[A-Z]{2,6}\s+$", sentence[: vm.start()])
                               or re.search(r"\b(?:has|have|had)\s+(?:also\s+|reportedly\s+)?$", before, re.I)) \
                            and not passive and not re.match(rf"\s*(?:{NUM})\s", np, re.I):
                        np = after
            besides = (_BESIDES_AFTER.match(sentence, vm.end()) or _BESIDES_OPENS.match(sentence[: vm.start()])) \
                if passive and np else None
            if besides and " and " not in np and quantity(np) is not None:
                np = f"{besides['np']} and {np}"  # "Five suspects were detained, in addition to the leader"
            ellipsis = re.search(rf"\b(?:and|while)\s+(?P<n>{NUM})\s+$", before, re.I)
            if ellipsis and any(o.start < vm.start() for o in out) and (not np or quantity(np) is None):
                # "Eight insurgents had been killed and 14 detained": the noun of the clause before
                np = ellipsis.group("n") + " insurgents"
            adj = re.search(rf"(?:^|\s)(?P<n>{NUM}|{_VAGUE_WORDS})\s+(?:(?:additional|other|more|suspected)\s+)?$", before, re.I)
            # (of the verbs that tell the dead, only "dead" is an adjective, its noun right after it: "found four dead
            # insurgents")
            adjective = verb not in ("died", "dead", "perished") or verb == "dead" and bool(
                _DEAD_PEOPLE_AFTER.match(sentence, vm.end()))
            if adj and adjective and _PEOPLE_NEXT.match(sentence, vm.end()):
                np = adj.group("n") + " " + re.match(r"^\s*\S+(?:\s+\S+)?", sentence[vm.end():]).group(0).strip()
                if re.search(r"\b(?:additional|other|more)\s+$", before, re.I):
                    np = "additional " + np
                elif re.search(rf"\b(?:the|these|those)\s+(?:{NUM})\s+$", before, re.I):
                    np = "the " + np  # "One of the two slain Taliban commanders": the two told before
            group_np = np
            if attributive:  # its names ("the detained leader is Mullah Baqi"), its group from its own words
                np, group_np = "the " + _np_after(sentence, vm.end()).strip(), "the " + attributive.group(0).strip()
            if not np:
                continue
            if re.match(r"both\s", np.strip(), re.I) and _BOTH_KINDS.search(sentence, vm.end()):
                continue  # "the bodies of both police officers and insurgents": two kinds of men, no number
            if _REST.fullmatch(np.strip()):
                # "engaged a group of five insurgents, killing three and capturing the rest": the two left
                left = (group_size(sentence[: vm.start()]) or previous or 0) - sum(x.quantity.best or 0 for x in out)
                if left > 0:
                    out.append(Mention(cat, vm.start(), vm.end(), Quantity(left, left, left, None, additive=True), restates))
                    continue
            n = None
            if (_PRONOUN.match(np.strip()) or _DEFINITE_GROUP.match(np.strip())) and not re.search(
                    rf"\b(?:{NUM})\b", np, re.I):
                n = group_size(sentence[: vm.start()]) or previous
            if n:
                # "the insurgents", "them", "all individuals": the group the sentence before counted, or
                # one this sentence has named before the verb ("two armed insurgents fired ... and killed them")
                q = Quantity(n, n, n, None)
                q.definite = True
                out.append(Mention(cat, vm.start(), vm.end(), q, restates))
                continue
            q = quantity(np)
            if q is None and _told_by_its_clause(np, sentence):
                # "killing the insurgents who attacked the checkpoint", no group told before: the clause tells which
                # men, a plural, at least two; a retelling, so it raises a count and never adds to one
                row = vague_table()["plural"]
                q = Quantity(row["low"], row["best"], row["high"], None, definite=True, vague=True)
            if q is None:
                continue
            nth = _NTH_BEFORE.search(before) if re.fullmatch(r"\s*(?:he|she)\s*", np, re.I) else None
            if nth:
                # "As the third man took a firing position, he was engaged and killed": the third, so three in all
                q = Quantity(1, 1, 1, None, ordinal=_ORDINALS.index(nth["nth"].lower()) + 2)
            if cat == "killed" and q.definite and _WOUNDED_SUBJECT.match(sentence):
                # "The wounded insurgent was taken to a medical facility, where he died": a man counted among the
                # wounded, not the killed, so one more dead
                q.definite, q.additive = False, True
            # ("ISAF also confirmed the capture of two Taliban facilitators")
            also = bool(re.search(r"\b(?:also|additionally|further|then|later|subsequently)\s+(?:\w+\s+(?:and\s+)?)?$|"
                                  r"\balso\s+(?:confirmed|reported|announced)\s+the\s+$", before, re.I)) or any(
                x.category == cat for x in out) or bool(passive and _AS_WELL.match(sentence, vm.end())) or elsewhere
            # "Three suspects were also detained, one of whom was later released": more people, and the cue after
            # them tells a part of the three, not a total of people counted before
            adds = also and not _RESTATE.search(sentence[: vm.start()]) and bool(
                re.match(r"[^.;]*?,\s*(?:\w+\s+){1,2}of\s+(?:whom|them)\b", sentence[vm.end():], re.I))
            group = group_of(group_np)
            if group == "unspecified" and out and out[-1].group != "unspecified" and (
                    _N_OTHERS.fullmatch(np.strip()) or _BARE_FIGURE.fullmatch(np.strip())):
                group = out[-1].group  # "nine armed Taliban were killed and 14 others were wounded": others of theirs
                # (and a bare figure: "around 10 insurgents were killed and five wounded", "killing at least nine
                # security forces and wounding another six")
            if group == "civilians" and _FOUGHT.search(sentence):
                group = "insurgents"  # "A woman armed with a rifle attempted to engage the force and was killed"
            out.append(Mention(cat, vm.start(), vm.end(), q, restates and not adds, also, group, _parts(np),
                               _phrase_key(np), bool(_N_OTHERS.fullmatch(np.strip()))))
        for am in _ALONG_WITH.finditer(sentence) if "with" in sentence.lower() or "along" in sentence.lower() else ():
            # "was killed along with six other AQIS members": six more for each category the sentence reports
            cats = [m.category for m in out if m.start < am.start()]
            if cats:
                raw = am["n"] or am["kn"] or ""  # ("along with his three accomplices": three)
                n = parse_number(raw) if raw else (1 if am["one"] or not am["kin"].endswith("s") else 2)  # "his brother(s)"
                if n is None:
                    row = vague_table().get(re.sub(r"\s+", " ", raw.lower()))
                    qty = Quantity(row["low"], row["best"], row["high"], raw.lower(), additive=True) if row else None
                else:
                    qty = Quantity(n, n, n, None, additive=True)
                more = _AND_ONE_MORE.match(sentence, am.end())
                if qty and more:  # "along with two of his fighters and a courier": one more
                    qty.low, qty.best = (qty.low or 0) + 1, (qty.best or 0) + 1
                    qty.high = None if qty.high is None else qty.high + 1
                if qty and cat == cats[-1]:
                    owner = [m for m in out if m.category == cat and m.start < am.start()][-1]
                    if owner.quantity.definite and not owner.quantity.persons:
                        # "detained him, along with one of his associates": the sentence retells a group
                        owner.restates = True
                        out.append(Mention(cats[-1], am.start(), am.end(), qty, True))
                    elif owner.quantity.persons and not owner.quantity.best and not qty.persons:
                        # "Mullah Wahid was killed along with two other insurgents": one group, as "Mullah Wahid and
                        # two other insurgents were killed" reads (a lead's three told again, not two more)
                        merged = replace(qty, persons=owner.quantity.persons)
                        out[out.index(owner)] = replace(owner, quantity=merged, phrase=f"{owner.phrase} and {raw.lower()}")
                    else:
                        out.append(Mention(cats[-1], am.start(), am.end(), qty, False))
                # "... along with two associates, who were also detained": the relative clause retells them
                out = [m for m in out if not (m.category == cat and m.start > am.end() and re.fullmatch(
                    r"\s*,\s*(?:who|whom)\s+(?:were|was)\s+(?:also\s+)?(?:\w+ly\s+)?", sentence[am.end():m.start]))]
    for am in _AND_ANOTHER_N.finditer(sentence):
        # "killed 10 Taliban insurgents near the village and another 12 as they cleared the compound": more of the
        # same verb's men
        prior = [m for m in out if m.end <= am.start()]
        if prior and not HIT_VERB.search(sentence[prior[-1].end: am.start()]):
            n = parse_number(am["n"])
            if n:
                out.append(Mention(prior[-1].category, am.start(), am.end(), Quantity(n, n, n, None, additive=True), False))
    for am in _AND_N_ELSEWHERE.finditer(sentence) if " and " in sentence else ():
        prior = [m for m in out if m.end <= am.start()]
        if prior and not HIT_VERB.search(sentence[prior[-1].end: am.start()]) and re.search(
                r"\s(?:in|at|near)\s", sentence[prior[-1].end: am.start()]) and not _in_object(sentence, prior[-1].end, am):
            n = 1 if am["n"].lower() in ("another", "one more") else parse_number(am["n"])
            if n:
                out.append(Mention(prior[-1].category, am.start(), am.end(), Quantity(n, n, n, None, additive=True), False))
    for am in _AMONG.finditer(sentence):
        # "a Taliban governor was among six insurgents killed", "Dadullah was one of several insurgents killed": the
        # six, him included
        n = parse_number(am["n"])
        q = Quantity(n, n, n, None) if n is not None else None
        if q is None:
            row = vague_table().get(re.sub(r"\s+", " ", am["n"].lower()))
            q = Quantity(row["low"], row["best"], row["high"], am["n"].lower()) if row else None
        cat = next(c for c, rx in _VERB_RE.items() if rx.fullmatch(am["v"]))
        if q is not None and re.search(r"\bother\b", am.group(0), re.I):
            # "Eisa Gul was among several other insurgents killed": the several and him
            q = Quantity((q.low or 0) + 1, (q.best or 0) + 1, None if q.high is None else q.high + 1, q.qualifier)
        if q is not None:
            out = [m for m in out if not (m.category == cat and am.start() <= m.start < am.end())]
            # a total with him in it: it raises the count to itself, never adds to a man counted before
            out.append(Mention(cat, am.start("v"), am.end("v"), q, True, False, group_of(am.group(0)),
                               phrase=_phrase_key(sentence[am.start("n"): am.start("v")])))
    for im in _LIST_OF_THE_HIT.finditer(sentence):
        # "The dead included a commander and two of his bodyguards", "Killed were a commander and his driver"
        cat = _HIT_NOUNS[im["noun"].lower()]
        if any(m.category == cat and im.start() <= m.start < im.end() + 2 for m in out):
            out = [m for m in out if not (m.category == cat and im.start() <= m.start < im.end() + 2)]
        q = quantity(_np_after(sentence, im.end()))
        if q is not None:
            out.append(Mention(cat, im.start(), im.end(), q, True, False, "unspecified"))
    inv = _ALSO_HIT_WERE.match(sentence)
    if inv and not any(m.category == _HIT_NOUNS[inv["noun"].lower()] for m in out):
        # "Also detained were two of his associates": the verb first, its subject after, more people
        np = _np_after(sentence, inv.end())
        q = quantity(np)
        if q is not None:
            out.append(Mention(_HIT_NOUNS[inv["noun"].lower()], inv.start("noun"), inv.end("noun"), q, restates, True,
                               group_of(np), _parts(np), _phrase_key(np)))
    if not any(m.category == "killed" for m in out):
        lm = _LETHAL.search(sentence)
        if lm and not _HYPOTHETICAL.search(sentence[: lm.start()]):
            q = quantity(_np_after(sentence, lm.end()))
            if q is not None:
                out.append(Mention("killed", lm.start(), lm.end(), q, restates))
    out.sort(key=lambda m: m.start)
    for m in out:
        # "killing several insurgents and detaining several others": 'others' than the killed, not more detainees
        # (told in the passive too: "7 insurgents were killed and 2 others were wounded")
        other_kind = [x for x in out if x.category != m.category and x.start < m.start]
        if m.quantity.additive and not m.quantity.extra and other_kind and (re.search(
                r"\bothers\b", sentence[m.end:m.end + 40], re.I) or re.search(
                r"\bothers\s+(?:\w+\s+){1,2}$", sentence[max(x.end for x in other_kind):m.start], re.I)):
            m.quantity.additive = False
    if " other " in sentence:
        # "killed at least 10 militants ... as two more rebels, a policeman and three nomads were reported killed in
        # other attacks": hits of other incidents, told as such (each section of its own, if the report tells them)
        out = [m for m in out if not _IN_OTHER_ATTACKS.match(sentence, m.end)]
    named = _IDENTIFIED_AS_NAME.search(sentence) if "identified as" in sentence else None
    if named:
        # "the senior Taliban commander killed during the operation has been identified as Faqir Mohammad who was
        # killed during an operation on Friday": the man the definite phrase told again, not one more
        told = {m.category for m in out if m.start < named.start() and m.quantity.definite and m.quantity.best == 1
                and not m.quantity.persons}
        out = [m for m in out if not (m.category in told and m.start > named.start() and m.quantity.persons
                                      and not m.quantity.best)]
    return tuple(_dedupe_overlaps(out))


_IN_OTHER_ATTACKS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|during)\s+(?:\w+\s+)?other\s+(?:[\w-]+\s+)?(?:attacks|incidents|"
                               r"violence|clashes|fighting|bombings|explosions|ambushes)\b", re.I)
_IDENTIFIED_AS_NAME = re.compile(r"\b(?:(?:has|have|had)\s+been|was|were|is)\s+identified\s+as\s+(?-i:[A-Z])", re.I)


_AMONG = re.compile(rf"\b(?:was|were)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:the\s+)?(?P<n>{NUM}|{_VAGUE_WORDS})\s+(?:[\w-]+\s+){{0,2}}?"
                    rf"{PERSON_NOUNS}\s+(?:who\s+were\s+)?(?P<v>{KILL}|{WOUND}|{CAPTURE})\b", re.I)
_HIT_NOUNS = {"dead": "killed", "killed": "killed", "eliminated": "killed", "detainees": "captured", "detained": "captured",
              "captured": "captured", "arrested": "captured", "wounded": "wounded", "injured": "wounded"}
# (or the group, named: "The killed insurgents included a commander", "The eliminated cell included two ISIS terrorists")
_LIST_OF_THE_HIT = re.compile(r"(?:^|(?<=[:;]\s)|\b(?:the|those)\s+)(?P<noun>dead|killed|detainees|detained|captured|arrested|"
                              r"wounded|injured|eliminated)\s+(?:(?:in|during)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:operation|raid|attack|strike|"
                              r"engagement|clash|firefight|fighting|exchange)\s+)?(?:(?:included|include|were|are)\b|"
                              r"(?:[\w-]+\s+){0,2}?(?:insurgents|militants|men|fighters|terrorists|members|individuals|suspects|"
                              r"people|cell|group)\s+(?:included|include)\b)", re.I)
_ALSO_HIT_WERE = re.compile(r"^(?:also|additionally)\s+(?P<noun>killed|detained|captured|arrested|wounded|injured)\s+"
                            r"(?:were|was)\b", re.I)
# "conducted a lethal strike ... against an insurgent": the strike killed its target
_LETHAL = re.compile(r"\blethal\s+(?:strike|operation|force|engagement|action)\b[^;]{0,80}?\bagainst\b", re.I)


# a person the sentence before brought in as one more and did not count: "the force found a second man hiding"
# ("an individual fired on the force ... killing him" is most often the man the lead counted: not that)
_NEW_PERSON = re.compile(r"(?<!\bis\s)(?<!\bwas\s)(?<!\bas\s)\b(?:a\s+second|a\s+third|another|an\s+additional)\s+"
                         r"(?:(?:armed|suspected|wounded|unknown|unidentified|lone|single)\s+)?"
                         r"(?:man|insurgent|individual|fighter|militant|person|suspect|gunman)\b", re.I)


def pronoun_means_new_person(mention: Mention, previous: str | None, previous_mentions: list[Mention]) -> bool:
    """'The force found a second man hiding under blankets. He was also detained.': 'he' is that man, whom no
    count has reached yet, so one more; not the man a count of the sentence before already holds."""
    if not previous or previous_mentions or mention.phrase not in ("he", "him", "she", "her"):
        return False
    return len(_NEW_PERSON.findall(previous)) == 1


def _dedupe_overlaps(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[str, int]] = set()
    out = []
    for m in mentions:
        k = (m.category, m.start)
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


# a phrase that carries its own quantity ("several insurgents") can repeat a part of an earlier group;
# "an additional suspected insurgent" (no quantity word left in the key) is one more
_COUNTED_WORDS = re.compile(rf"\b(?:\d+|{_VAGUE_WORDS})\b", re.I)




@dataclass
class Tally:
    """Running totals for one incident, one category."""

    low: int = 0
    best: int = 0
    high: int | None = 0
    qualifier: str | None = None
    persons: dict[str, None] = field(default_factory=dict)  # (a dict: the names in the text's order, every run)
    seen_numbers: list[int] = field(default_factory=list)
    phrases: set[str] = field(default_factory=set)
    seen_pairs: set[tuple[int, str]] = field(default_factory=set)
    mentions: int = 0
    lead: int | None = None  # the first count given: later details within it restate it
    lead_group: str = "unspecified"
    lead_vague: bool = False  # the lead sums up with a vague word ("detained numerous suspected insurgents")
    detail_exact: int = 0  # figures the sentences after such a lead give
    detail_figures: list[int] = field(default_factory=list)  # each of those figures, to know one told again
    named_after_lead: int = 0  # people named after a lead that counted without names
    lead_open: bool = False  # the lead gives only a floor or a loose figure ("more than two dozen", "about a dozen")
    singles: int = 0  # men told one by one after the lead ("a woman ... was killed", "a male insurgent was killed")
    lead_people: bool = False  # the lead counts "people" of no side, whose sides the sentences after it tell
    people_parts: int = 0  # the sides' figures told within such a lead
    named_groups: set = field(default_factory=set)  # (named people, how many others with them) told so far
    lead_parts: int = 0  # the lead's men told again in parts after it ("The first attack killed a police officer")
    sentences: int = 0  # sentences added so far
    lead_bare: bool = False  # the lead counts "others", naming no one ("detained at least 10 others")
    died_later: int = 0  # of the wounded, those told to have died of their wounds after (counted as killed)
    parts_at: int = -1  # the sentence that told the lead's men in parts
    definite_part: tuple[int, int] = (-1, 0)  # (sentence, men) of the lead told again by a definite phrase ("all three")

    def add_sentence(self, mentions: list[Mention], restating: bool) -> None:
        """A sentence's mentions. A restating sentence (a total 'including' others, an update of the
        same report) is added up on its own and can only raise the running total."""
        if not mentions:
            return
        self.sentences += 1
        # ("Another four militants, including Shabudin and Ibrahim, were also killed": more men, the named among them)
        more = all(m.quantity.additive and m.also and m.quantity.best for m in mentions)
        if restating or (any(m.restates for m in mentions) and not more):
            local = Tally()
            local.persons = {}
            for m in mentions:
                local.add(m)
            self.mentions += 1
            self.persons |= local.persons
            if local.qualifier and not self.qualifier:
                self.qualifier = local.qualifier
            if not restating and all(m.group != "unspecified" and self._other_side(m.group) for m in mentions):
                # "Forces killed 10 insurgents ... Five Afghan soldiers were killed, including two officers": a total
                # of another side than all counted so far restates only its own parts
                self._plus(local.low, local.best, local.high)
                self.seen_pairs |= local.seen_pairs
            else:
                self._max(local.low, local.best, local.high)
            self.seen_numbers.extend(local.seen_numbers)
            if self.lead is None and local.lead:
                # "detained several suspected insurgents, including a Taliban commander": a lead all the same (its
                # named men told after it are its own), and when vague, one whose parts the sentences after it tell
                # (a bare plural, "detained suspected insurgents, including a commander", says too little for that)
                self.lead, self.lead_group = local.lead, local.lead_group
                self.lead_vague = local.qualifier in vague_table()
                # ("the commissioner and two police officials were among four people martyred ... Two constables and
                # a civilian were martyred": the people's sides told after it are within it)
                self.lead_people = local.lead_people
                self.lead_open = local.lead_open  # ("more than a dozen people including the district's governor")
            return
        for m in mentions:
            self.add(m)

    def add(self, m: Mention) -> None:
        q = m.quantity
        new_people = [p for p in q.persons if not self._known(p)]
        self.persons.update(dict.fromkeys(new_people))
        named = len(new_people)
        lo = q.low if q.low is not None else q.best
        best = q.best or 0
        hi = q.high
        self.mentions += 1
        told_in_words = self.qualifier in vague_table()  # (the count so far holds a vague word of its own)
        if q.qualifier and not self.qualifier:
            self.qualifier = q.qualifier
        if self.lead_vague and not m.restates and (m.group in (self.lead_group, "unspecified")
                                                    or self.lead_group == "unspecified"):
            # After a lead that sums the operation up in a vague word ("a financier and numerous suspected
            # insurgents"), the sentences that follow tell parts of that group ("several of his associates were
            # also detained", "also detained four suspected insurgents"): a vague word there adds nothing, and
            # figures raise the total only past the lead. This is the conservative reading (best and low); the
            # vague lead's own upper bound still covers the additive one.
            # As the ISAF annotators read such releases (Strick van Linschoten and Kuehn). Another side's people
            # ("killed several insurgents ... the deaths of a number of civilians") are no part of the lead.
            if not (q.vague or (q.qualifier and q.qualifier in vague_table())):
                if best > 1 and best in self.detail_figures and not (q.additive or m.also or named):
                    return  # "The force killed five insurgents ... returned fire, killing five insurgents": told again
                self.detail_figures.append(best)
                self.detail_exact += max(best, named)
                if self.detail_exact > self.best:
                    self._max(self.detail_exact, self.detail_exact, None)
            elif not q.additive and not m.also and best > self.best and q.qualifier in vague_table() and \
                    (best == vague_table()[q.qualifier]["best"] or not told_in_words):
                # "several insurgents were detained ... Afghan forces detained numerous insurgents for further
                # questioning": the same men told by a larger word, as the annotators read the larger
                # (and a lead's bare plural told again in a vague word: "killed a Taliban commander and other
                # insurgents ... killed the commander and several other insurgents" is at least four; not
                # "detained numerous suspected insurgents ... detained the facilitator and numerous suspected
                # insurgents", the lead's word told again with its man)
                self._max(lo or 0, best, hi)
        elif q.ordinal and m.also and self.best >= q.ordinal:
            # "killed a Taliban leader and arrested two suspects ... A second Taliban leader was also arrested":
            # the count has already reached him, so "also" makes him one more
            self._plus(1, 1, None if self.high is None else self.high + 1)
        elif q.ordinal and self.best == 0:
            # "killed an insurgent, and a second insurgent was detained": the first is counted elsewhere
            self._plus(1, 1, 1 if self.high is not None else None)
        elif q.ordinal:
            self._max(q.ordinal, q.ordinal, max(q.ordinal, self.high or 0) if self.high is not None else None)
        elif m.phrase and len(m.phrase) >= 8 and _COUNTED_WORDS.search(m.phrase) and any(
                m.phrase in p and m.phrase != p for p in self.phrases):
            # "...an IED expert and several other militants ... Several other militants were also captured":
            # the words of a part of a group already counted
            self._max(lo or 0, best, hi)
        elif (q.additive or q.extra) and q.persons and not new_people and not m.also \
                and (frozenset(q.persons), best + q.extra) in self.named_groups:
            # "killed Tofan, a Haqqani leader, and another suspected insurgent ... confirmed Tofan and another
            # suspected insurgent were killed": the same named man with as many others, told again (not "the force
            # confirmed Bari and one of his fighters were killed" after Bari was named alone)
            pass
        elif (q.additive or q.extra) and named and self.lead is not None and not m.also and not self.named_after_lead \
                and self.best >= named + best + q.extra:
            # "killed a Taliban leader and three insurgents ... killing Zahir and three of his fighters": the lead
            # already counted the named man and as many with him, so this tells the same men
            self.named_after_lead += named
        elif (q.additive or q.extra) and named and self.lead_open and self.lead > 1 and not m.also and \
                not self.named_after_lead and best + q.extra + named >= self.lead == self.best:
            # "killed more than a dozen people including the district's governor ... killed district governor Ali
            # Dost Shams, his bodyguards, seven police officers and five intelligence agents": a lead that gives only
            # a floor, told again man by man
            more = q.extra + named
            self._max((lo or 0) + more, best + more, None if hi is None else hi + more)
            self.named_after_lead += named
        elif (q.additive or q.extra) and named and self.lead is not None and not m.also and not self.named_after_lead:
            # "Forces killed a Taliban commander. Mullah Gul and an associate were killed ...": the named man is
            # the lead's, as when he is named alone (below); the others with him are more
            self._plus((lo or 0) + q.extra, best + q.extra, None if hi is None else hi + q.extra)
            self.named_after_lead += named
            if self.named_after_lead > self.best:
                self._max(self.named_after_lead, self.named_after_lead, None)
        elif q.additive and best == 1 and not q.vague and not named and not m.also and self.lead is not None and \
                self.singles and self.singles < self.lead <= self.best:
            # "killed three insurgents ... A woman ... was killed. A male insurgent was killed ... Another insurgent
            # fled and was killed": the lead's last man, told one by one like the others
            self.singles += 1
        elif self.lead is not None and self.qualifier == "between" and self.high is not None and not q.additive \
                and q.qualifier in _ESTIMATES and best <= self.high:
            # "killed between 80 and 150 insurgents ... as many as 150 insurgents were killed ... the toll was about
            # 80": estimates within the lead's range tell it again
            pass
        elif q.additive and q.vague and not named and not m.also and self.lead_open and best <= self.lead:
            # "killed more than two dozen insurgents ... several armed men were engaged and killed. Other insurgents
            # were killed as they fired on the force": a lead that gives only a floor sums up the fight, and the
            # others told after it without a figure are within it
            self._max(lo or 0, best, hi)
        elif q.additive and not q.vague and not named and self.lead is not None and self.definite_part[0] == self.sentences \
                and self.definite_part[1] + best <= self.lead:
            # "killed four insurgents ... returned fire, killing all three, and killed one additional insurgent":
            # the lead's men told in parts within one sentence
            self.definite_part = (self.sentences, self.definite_part[1] + best)
        elif q.additive and not q.vague and not named and (not m.also or self.parts_at == self.sentences) and \
                self.lead is not None and self.lead_parts and max(self.lead_parts, self.singles) + best <= self.lead:
            # "killed eight police officers ... The first attack killed a police officer ... it killed seven more":
            # the parts of the lead, told one after the other, add up to it and no further
            self.lead_parts += best
        elif q.extra and not q.additive and not named and not m.also and self.lead is not None and \
                best + q.extra <= self.lead and m.group in (self.lead_group, "unspecified"):
            # "killed over 14 Taliban militants in fresh raids ... a key Taliban commander and his five personnel were
            # killed in an airstrike": the man and his men within the lead, as "a commander and five fighters" are
            self._max((lo or 0) + q.extra, best + q.extra, None if hi is None else hi + q.extra)
            self.lead_parts += best + q.extra
        elif q.additive and m.also and not q.vague and self.lead is not None and self.named_after_lead and \
                not self.lead_parts and self.named_after_lead + best == self.lead:
            # "killed the military commission chief and three other senior leaders ... killed Mawlavi Kamran, the
            # chief ... also killed three other senior Taliban leaders including ...": the lead's man named, then the
            # others with him, adding up to the lead
            self.lead_parts = self.lead
        elif q.additive or q.extra:
            self._plus((lo or 0) + q.extra + named, best + q.extra + named, None if hi is None else hi + q.extra + named)
        elif best == 0 and q.persons and self.lead is not None and not m.also and not (
                m.group != "unspecified" and self._other_side(m.group)):
            # "Forces killed a Taliban leader. Mullah Nasir was killed when ...": names of people the lead
            # counted; they raise the total only past it (not a man of the other side: "killed two terrorists ...
            # Naik Nazakat Khan ... embraced martyrdom")
            self.named_after_lead += named
            if self.named_after_lead > self.best:
                self._max(self.named_after_lead, self.named_after_lead, None)
        elif best == 0 and q.persons:
            self._plus(named, named, named)  # named people only: each new name is one more
        elif q.definite and best and m.group != "unspecified" and self._other_side(m.group):
            # "Insurgents killed two civilians ...; the force then killed the three attackers": not the civilians
            self._plus(lo or 0, best, hi)
        elif q.definite:
            self._max(lo or 0, best, hi)
            if self.lead is not None and best <= self.lead and not m.also:
                self.definite_part = (self.sentences, best)
                if best < self.lead and re.match(r"\d+\s+of\s", m.phrase or ""):
                    # "Four of the insurgents were killed outside. Two more were killed inside": a part of the lead
                    self.lead_parts += best
                    self.parts_at = self.sentences
        elif best in self.seen_numbers and (not m.also or (m.phrase and m.phrase in self.phrases)) and not (
                m.group != "unspecified" and (best, m.group) not in self.seen_pairs and self._other_group(best, m.group)):
            pass  # the same number again: a restatement (even with "also", when the words are the same)
        elif self.lead_people and not q.vague and self.people_parts + best <= self.lead:
            # a lead of "people" of no side holds each side's figure: "has left at least 18 people dead ... We have
            # lost five soldiers ... Our troops have also killed 13 militants"
            self.people_parts += best
        elif self.lead is not None and best <= self.lead and (not m.also or (q.vague and not self.lead_vague)) and \
                m.group in (self.lead_group, "unspecified") or (self.lead is not None and best <= self.lead and not m.also
                                                                 and self.lead_bare and not q.additive
                                                                 and (self.lead_group == "unspecified"
                                                                      or m.group in (self.lead_group, "unspecified"))):
            # (and after a lead that names no one, "detained at least 10 others": "Several insurgents were detained at
            # the first compound" is a part of it)
            # a detail of the group the lead already counted; a vague word after a figure too, even "subsequently"
            # told ("killing more than 30 insurgents ... a large number of armed individuals emerged ... and were
            # subsequently killed")
            self._max(lo or 0, best, hi)
            self.lead_parts += best
            self.parts_at = self.sentences
        elif m.also and not q.vague and self.lead is not None and self.lead_parts and self.parts_at == self.sentences \
                and self.lead_parts + best <= self.lead and m.group in (self.lead_group, "unspecified"):
            # "killed at least 11 militants ... The air raid killed six fighters ..., while heavy clashes left five
            # Taliban dead": the lead's parts, told one after the other in one sentence
            self.lead_parts += best
        else:
            self._plus(lo or 0, best, hi)
        if self.lead is not None and best == 1 and not q.definite and not q.additive and not q.persons and \
                not q.ordinal:
            self.singles += 1
        if self.lead is None and best:
            self.lead, self.lead_group = best, m.group
            self.lead_bare = m.others
            self.lead_people = m.group == "unspecified" and bool(re.search(r"\b(?:people|persons)\b", m.phrase or ""))
            self.lead_vague = q.vague or bool(q.qualifier and q.qualifier in vague_table())
            # (or only loosely: "about a dozen others were detained ... captured several other militants")
            self.lead_open = q.qualifier in _FLOOR_WORDS or q.qualifier in _ABOUT
        if best:
            self.seen_numbers.append(best)
            self.seen_pairs.add((best, m.group))
        # "14 insurgents and an Afghan soldier were killed ... 14 Taliban had been killed": each side's figure of a
        # mixed count, told again, is no more dead
        for group, part in m.parts:
            if part.best:
                self.seen_numbers.append(part.best)
                self.seen_pairs.add((part.best, group))
        if q.persons:
            self.named_groups.add((frozenset(q.persons), best + q.extra))
        if m.phrase:
            self.phrases.add(m.phrase)

    def _other_side(self, group: str) -> bool:
        """Every count so far named a side, and none this one."""
        groups = {g for _, g in self.seen_pairs}
        return bool(groups) and "unspecified" not in groups and group not in groups

    def _other_group(self, best: int, group: str) -> bool:
        """The same number was said of another side only ("killed a leader ... one child was killed")."""
        groups = {g for n, g in self.seen_pairs if n == best}
        return bool(groups) and group not in groups and "unspecified" not in groups

    def _known(self, name: str) -> bool:
        parts = set(name.lower().split())
        return any(parts & set(p.lower().split()) for p in self.persons)

    def _plus(self, lo: int, best: int, hi: int | None) -> None:
        self.low += lo
        self.best += best
        self.high = None if (self.high is None or hi is None) else self.high + hi

    def _max(self, lo: int, best: int, hi: int | None) -> None:
        if best > self.best or (best == self.best and lo > self.low):
            self.low, self.best = max(self.low, lo), best
            self.high = hi if hi is not None else None
        elif lo > self.low:
            # "As many as six soldiers ... were martyred ... six soldiers including ... were martyred": a smaller figure
            # told exactly still raises the floor
            self.low = lo

    def count(self) -> Count | None:
        if not self.mentions:
            return None
        if self.died_later:
            # "wounding him ... the ANP officer died during medical evacuation": killed, no more wounded
            best = self.best - self.died_later
            if best <= 0:
                return None
            low = max(self.low - self.died_later, 0)
            high = None if self.high is None or self.high < self.best else self.high - self.died_later
            return Count(best=best, low=low, high=high, qualifier=self.qualifier)
        high = self.high if self.high is not None and self.high >= self.best else None
        return Count(best=self.best, low=self.low if self.low != self.best else self.best, high=high,
                     qualifier=self.qualifier)
