"""Event types: ACLED's event and sub-event types from what the text says happened.

Rules are read in order; the first that holds wins. They follow ACLED's codebook definitions:
an air or drone strike is Explosions/Remote violence whoever it hit; a suicide attack and an IED are
too; armed clashes between organised sides are Battles; attacks on civilians by armed groups are
Violence against civilians; arrests and seizures with no violence are Strategic developments.
"""

from __future__ import annotations

import re

from .words import word_led

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRATEGIC = "Strategic developments"

_AIR = re.compile(r"\b(?:air\s*strikes?|airstrikes?|air\s*crews?|precision[\s-]guided\s+(?:munitions?|bombs?|missiles?)|(?:precision|guided)\s+munitions?\s+(?:were\s+|was\s+)?dropped|air\s+attacks?|air\s+raids?|precision\s+strikes?|precise\s+strikes?|aerial\s+(?:strikes?|bombardments?|attacks?)|drone\s+strikes?|drones?|aircraft|helicopter\s+(?:gunship|attack)|attack\s+helicopters?|gunships?|helicopters?\s+(?:\w+\s+){0,3}?(?:killed|engaged|fired\s+on)|from\s+(?:an?\s+|the\s+)?(?:\w+\s+)?helicopters?|bombing\s+raid|air\s+weapons?\s+team|close\s+air\s+support|warplanes?|jets?)\b", re.I)
# what a strike did to its target, told by the aircraft or after it ("Coalition aircraft struck a compound")
_STRIKE_VERBS = r"(?:struck|bombed|pounded)"
_SUICIDE = re.compile(r"\bsuicide\s+(?:bomb\w*|attack\w*|vest|car\s+bomb|blast|explosion|bomber)|\bsvbied\b|\bself-detonat", re.I)
_IED = word_led(r"\b(?:IEDs?|improvised\s+explosive\s+devices?|(?:roadside|remote-controlled|magnetic)\s+explosive\s+devices?|roadside\s+(?:bombs?|mines?)|landmines?|land\s+mines?|mines?\s+(?:blast|explosion)|"
                  # "A mine planted by militants on a road ... struck the vehicle", "his vehicle ran over a mine"
                  r"(?:an?|the)\s+mines?\s+(?:planted|placed|hidden|buried|laid|exploded|went\s+off|struck|hit)|(?:ran|drove|stepped|rolled)\s+(?:over|on|onto)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:mine|landmine|bomb|IED)|"
                  r"magnetic\s+bomb|sticky\s+bomb|car\s+bomb|bomb\s+(?:blast|exploded|explosion|went\s+off)|"
                  r"(?:an|the)\s+explosion|(?:a|the)\s+blast|(?:two|three|several|multiple|twin)\s+(?:explosions|blasts)|"
                  r"bombing|exploded|detonated|"
                  # "a bomb concealed on a bicycle wounded 18 people"
                  r"(?:bicycle|motorbike|motorcycle|cart|parcel)\s+bombs?|bomb\s+(?:concealed|hidden|planted|placed|attached|shook|"
                  r"ripped|tore))\b", re.I)
_IED_SEIZED = re.compile(r"\b(?:seized|found|discovered|recovered|confiscated|cleared|defused|destroyed)\b[^.;]{0,80}?"
                         r"\b(?:IEDs?|improvised\s+explosive\s+devices?|roadside\s+bombs?|landmines?|mines?)\b", re.I)
# suicide bombers as the ones hit, not the killers: "seven suicide bombers were killed", "forces killed two suicide bombers"
_BOMBERS_HIT = re.compile(r"\bsuicide\s+bombers?,?\s+(?:were|was)\s+(?:\w+\s+)?(?:killed|shot|eliminated)|"
                          # "At least eighteen suicide bombers and eight Pakistani insurgents were killed": among the killed
                          r"\bsuicide\s+bombers\s+and\s+(?:[\w-]+\s+){1,4}?(?:were|have\s+been)\s+(?:\w+\s+)?(?:killed|eliminated)|"
                          r"\b(?:killed|eliminated|shot)\s+(?:\w+\s+){0,2}suicide\s+bombers?|"
                          # "killed 17 Taliban insurgents, including six suicide bombers who were guarding the prison"
                          r"\b(?:killed|eliminated)\s+[^.;]{0,60}?\bincluding\s+(?:[\w-]+\s+){0,2}suicide\s+bombers?\b", re.I)
_SHELLING = re.compile(r"\b(?:shelling|artillery|mortars?|rockets?|missiles?|shelled)\b", re.I)
# fire, not a cache's rounds ("found rocket-propelled grenades and mortar rounds")
_SHELL_FIRE = re.compile(r"\b(?:artillery|shelling|shelled|mortar\s+(?:fire|attack)|rocket\s+(?:fire|attack)|(?:mortar|rocket)\s+"
                         r"rounds?\s+(?:fell|landed|struck|hit)|(?:fired|firing|launched|lobbed)\s+(?:(?:a|two|three|several|"
                         r"multiple)\s+)?(?:mortars?|rockets?|mortar\s+rounds?|rocket\s+rounds?|missiles?)\s+(?:at|on|into|toward))\b",
                         re.I)  # ("insurgents fired mortars at a market")
_GRENADE = re.compile(r"\bgrenade\s+attack|\bthrew\s+a\s+grenade", re.I)
_ABDUCT = re.compile(r"\b(?:abduct\w*|kidnapp?\w*|taken\s+hostage|hostages?)\b", re.I)
_CACHE = re.compile(r"\b(?:cache|caches|stockpiles?|(?:seized|confiscated|recovered|found)\s+(?:[\w,.-]+\s+){0,4}?(?:weapons|explosives|"
                    r"ammunition|rifles?|grenades?|mortars?|rockets?|suicide\s+vests?|bomb-making|IEDs?)|defus\w+|disarm\w+|"
                    r"discovered\s+(?:a|an|two|several)\s+(?:IED|bomb))", re.I)
# with no one hurt: fighting words make a clash; "an operation" or "a raid" alone does not (a search, a seizure)
_FIGHT_WORDS = (r"clash\w*|firefight|gun\s*battle|fighting|fought|engag\w+|exchange\s+of\s+fire|ambush\w*|attack(?:ed|ing)|"
                r"encounters?|"  # "troops subdued Boko Haram terrorists in an encounter"
                r"repell?(?:ed|ing)|repulsed|"  # "repelled an insurgent attack on a checkpoint"
                r"assault\w*|offensive|stormed|overran|returned\s+fire|small[\s-]arms\s+fire|came\s+under\s+(?:hostile\s+)?fire|"
                r"opened\s+fire")
_FIGHT = re.compile(rf"\b(?:{_FIGHT_WORDS})\b", re.I)
# any word of an armed encounter (shelling told with none of them is shelling): the fighting words, an
# operation, a raid, a strike
_CLASH = re.compile(rf"\b(?:{_FIGHT_WORDS}|attack\w*|raid\w*|operation|killed|lethal\s+strike|strike)\b", re.I)


# Aircraft called in to support troops already fighting on the ground: ACLED codes the whole as a battle, not an air
# strike (as the ISAF annotators leave such releases out of their air strikes: "the patrol returned fire and called
# for close air support")
_AIR_SUPPORT = re.compile(r"\b(?:call\w*|request\w*)\s+(?:for\s+|in\s+)?(?:an?\s+)?(?:close\s+)?(?:air\s+(?:support|weapons?\s+team|power)|"
                          r"air\s*strikes?|airstrikes?|aircraft|(?:attack\s+)?helicopters?)|"
                          r"\bclose\s+air\s+support|\bair\s+weapons?\s+team\s+supporting|\bsupporting\s+(?:the\s+)?ground\s+forces?",
                          re.I)
_GROUND_FIGHT = re.compile(r"\b(?:returned\s+fire|firefight|gun\s*battle|came\s+under\s+(?:\w+\s+)?(?:fire|attack)|battled|fought|"
                           r"fighting|attack\w*\s+(?:a|an|the)\s+(?:\w+\s+)?(?:patrol|convoy|base|outpost|checkpoint)|small[\s-]arms\s+fire|"
                           r"fired\s+(?:up)?on\s+(?:the|a|an)\s+(?:\w+\s+)?(?:patrol|force|unit|convoy)|ambush\w*|clash\w*|"
                           r"exchange\s+of\s+fire|fire\s+exchange|engaged\s+(?:by|in\s+a)\b|(?:was|were)\s+attacked\s+by\b)", re.I)

# a suicide attack that struck, whether or not anyone was hurt
_SUICIDE_STRUCK = re.compile(r"\b(?:attacked|struck|rammed|hit|targeted)\s+by\s+(?:an?\s+)?suicide\s+|\bsuicide\s+(?:[\w-]+\s+)?"
                             r"(?:attack|bombing|bomber|car\s+bomber)\s+(?:on|against|targeted|targeting|hit|struck|rammed)\b",
                             re.I)
_ATTEMPTED_SUICIDE = re.compile(r"\b(?:attempt\w*|tr(?:y|ied|ying))\s+(?:to\s+(?:carry\s+out|conduct|launch|detonate|blow\s+up)\s+)?"
                                r"(?:an?\s+|his\s+|her\s+|their\s+)?(?:suicide|explosive)\b|\bbefore\s+(?:he|she|they)\s+could\s+"
                                r"(?:detonate|blow)\b", re.I)
_FOILED = re.compile(r"\b(?:foil|thwart|prevent|plann|plot|disrupt|avert)\w*", re.I)
# "arrested three would-be suicide bombers": no bomb went off
_WOULD_BE = re.compile(r"\bwould-be\b", re.I)
# a bomb that went off, not one made, carried or found
# ("was hit by a roadside bomb", "killed by a landmine blast")
_WENT_OFF = re.compile(r"\b(?:exploded|detonated(?!\s+(?:\w+\s+)?(?:safely|in\s+place|on\s+site))|went\s+off|(?:struck|hit)\s+(?:by\s+)?"
                       r"(?:an?|the)\s+(?:\w+\s+)?(?:bomb|mine|landmine|IED)|(?:landmine|mine|bomb|IED)s?\s+(?:blast|explosion)|"
                       # "his vehicle ran over a mine", "A mine planted by militants on a road in Charsada district struck
                       # the vehicle"
                       r"(?:ran|drove|stepped|rolled)\s+(?:over|on|onto)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:mine|landmine|bomb|IED)|"
                       r"(?:bomb|mine|landmine|IED)\s+(?:planted|placed|hidden|buried|laid)\s+[^.;]{0,60}?\b(?:struck|hit|exploded)|"
                       # "a roadside bomb reportedly struck a vehicle carrying the head of a district police force"
                       r"(?:bomb|mine|landmine|IED)\s+(?:\w+ly\s+)?(?:struck|hit|ripped\s+through|targeted))\b", re.I)

# explosives a force found and blew up: "mines ... were also discovered and exploded in the operation"
_CONTROLLED = re.compile(r"\b(?:discovered|found|seized|recovered|collected|confiscated)\s+and\s+(?:exploded|detonated|destroyed)\b", re.I)

# a side that killed ("the teams killed numerous insurgents"): the count's sentence tells a fight of its own, whatever
# blew up during it ("One insurgent detonated a suicide vest during the operation")
_ACTIVE_KILL = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:killed|killing|shot)\s+"
                          r"(?!in\b|by\b|when\b|as\b|during\b|and\b|or\b|dead\b)", re.I)

# "killed in the strike", "in the engagement": the count sentence points back at the weapon another sentence names
_POINTS_BACK = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:strike|strikes|engagement|attack|bombardment)\b", re.I)


# what a count's sentence may tell that killed, other than the strike told before it
_OWN_DEED = re.compile(r"\b(?:fire|fired|firing|shot|shoot\w*|gun\w*|firefight|fight\w*|battl\w*|clash\w*|engag\w*|raids?|"
                       r"ambush\w*|attack\w*|assault\w*|operations?|blast|explo\w*|bomb\w*|IEDs?|mines?|rockets?|mortars?|"
                       r"grenades?|artillery|shell\w*|stabb\w*|executed|behead\w*|suicide|drowned|accident\w*)\b", re.I)
# a force that engaged its target from the air: "engaged the targets with a precision airstrike"
_ENGAGED_FROM_AIR = re.compile(r"\bengag\w*\s+(?:[\w-]+\s+){0,4}?(?:with|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                               r"(?:air\s*strikes?|airstrikes?|precision\s+strikes?|close\s+air\s+support|aircraft|"
                               r"helicopters?|drones?|precision[\s-]guided\s+(?:munitions?|bombs?|missiles?))\b", re.I)
_AN_OPERATION = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?operations?\b", re.I)
_THEIR_FIRE = re.compile(r"\b(?:killed|killing|shot)\b[^.;]*?\b(?:(?:after|while|as|when|who\s+(?:were|was|had))\s[^.;]*?|"
                         r"(?:firing|launching|lobbing)\s+(?:\w+\s+)?)\b(?:mortars?|rockets?|artillery|shell\w*)\b", re.I)


def classify(text: str, killed: int, wounded: int, captured: int, civilians_hit: bool, state_acted: bool,
             context: str = "", forces_hit: bool = False) -> tuple[str, str]:
    """(event_type, sub_event_type) for an incident's sentences and counts; `context`: the incident's other
    sentences, read for the weapon when the count sentence only points back at it; `forces_hit`: men of a state
    force were among the dead or wounded."""
    violent = killed > 0 or wounded > 0
    air = _AIR.search(text) or (_AIR.search(context) and _POINTS_BACK.search(text))
    if not air and violent and not _OWN_DEED.search(text) and not _OWN_DEED.search(_AIR.sub(" ", context)):
        # "An airstrike was conducted on a compound in Helmand province. Five insurgents were killed.": the strike the
        # section told is what killed, when neither the count's sentence nor the others tell another deed (not "the
        # force engaged the insurgents ... all killed ... close air support was called in to safeguard their departure")
        air = _AIR.search(context)
    if not air and violent and "ngag" in context and not _OWN_DEED.search(_AN_OPERATION.sub(" ", text)):
        # "a security operation ... resulted in the deaths of Sakhr al-Taifi and one additional terrorist ... the
        # security force engaged the targets with a precision airstrike": the engagement was the strike, and an
        # operation tells no weapon of its own
        air = _ENGAGED_FROM_AIR.search(context)
    both = f"{text} {context}"
    if air and _AIR_SUPPORT.search(both) and _GROUND_FIGHT.search(both):
        air = None  # aircraft in support of a ground fight: the fight
    if air and (violent or re.search(rf"\b(?:air\s*)?strikes?\b|\bmunitions?\s+(?:were\s+|was\s+)?dropped\b|"
                                     rf"\b{_STRIKE_VERBS}\b", text, re.I)):
        return EXPLOSIONS, "Air/drone strike"
    blast = re.search(r"\b(?:detonat\w*|blew|exploded|explosion|blast)\b", text, re.I)
    # (the count's sentence may tell the blast and another the bomber: "... when a vehicle bomb detonated near a convoy.
    # The suicide bomb exploded on Darulaman Road")
    # (not a man's trade: "a Taliban leader believed to make roadside bombs and suicide vests" was killed in a raid)
    trade = re.search(r"\b(?:make|makes|making|maker|build\w*|suppl\w*|provid\w*|facilitat\w*|transport\w*|train\w*|"
                      r"recruit\w*)\s+(?:[\w-]+\s+){0,4}?suicide\s+(?:vests?|bombers?|bombs?)|"
                      # "a suicide bombing facilitator was detained"
                      r"\bsuicide\s+(?:bomb\w*|vests?|attacks?)\s+(?:facilitators?|makers?|trainers?|experts?|cells?|networks?|"
                      r"recruiters?|handlers?|factory|workshop)\b", text, re.I)
    # (nor men killed before they could blow themselves up: "Nine terrorists and seven suicide bombers were killed")
    # (but bombers killed in the attack they made are a suicide attack: "responded to insurgent attacks ... resulting in
    # two suicide bombers killed in action")
    bombers_hit = not blast and bool(_BOMBERS_HIT.search(text)) and not re.search(r"\battack(?:s|ed|ing)?\b", f"{text} {context}",
                                                                                 re.I)
    # (nor a bomber stopped before he could set his charge off: "the fifth attempted a suicide attack using an explosive
    # belt ... but was successfully eliminated before causing harm")
    attempted = not blast and bool(_ATTEMPTED_SUICIDE.search(text))
    # (nor a bomber killed in a fire exchange: "intense fire exchange took place ..., as a result of which four
    # terrorists including a suicide bomber were killed")
    shot_dead = not blast and bool(_GROUND_FIGHT.search(text))
    if (_SUICIDE.search(text) and (violent or blast) and (blast or not trade) and not bombers_hit and not attempted
            and not shot_dead) or (
            violent and blast and _SUICIDE.search(context) and not _WOULD_BE.search(context)):
        return EXPLOSIONS, "Suicide bomb"  # "arrested three would-be suicide bombers" is an arrest
    if not violent and not captured and _SUICIDE_STRUCK.search(text) and not trade and not _WOULD_BE.search(text) \
            and not _FOILED.search(text):
        return EXPLOSIONS, "Suicide bomb"  # "An ISAF convoy was attacked by a suicide car bomber": no one hurt
    # an IED that was made, supplied, carried or being planted did not go off: who was killed was shot; nor did
    # that of a man's trade ("during a search for a roadside bomb expert") nor one seized ("killed two insurgents
    # and seized 110 pounds of homemade explosives and IED components")
    # (a bomb that went off is the cause, whoever planted it: "the Taliban's planting of roadside bombs that killed
    # ten ... a roadside bomb exploded")
    went_off = _WENT_OFF.search(text)
    if _IED.search(_IED_SEIZED.sub(" ", text)) and violent and (went_off or not re.search(
            r"\bfacilitat|\bsupply|\bmak(?:e|es|ing|ers?)\b|\bmanufactur\w*|\bplant(?:ed|ing)\b|\bemplac\w*|\bplacing\b|\bcarry(?:ing)?\b|"
            r"\bto\s+(?:place|plant|bury|lay)\b|\bburying\b|"  # "as they attempted to place a roadside bomb"
            r"\btransport\w*|\bbuild(?:ing)?\b|\b(?:expert|specialist|cell|network|ring)s?\b", text, re.I)):
        return EXPLOSIONS, "Remote explosive/landmine/IED"
    if violent and not bombers_hit and _WENT_OFF.search(_CONTROLLED.sub(" ", context)) and not (
            _FIGHT.search(text) or _AIR.search(text) or _FIGHT.search(context) or _ACTIVE_KILL.search(text)):
        # "Last night a police vehicle hit a roadside mine ... As a result a border police commander was killed": the
        # count's sentence names no weapon, the one before tells the bomb that went off ("shot one of the suicide
        # bombers, who then detonated his explosives. An Afghan soldier received minor injuries": a suicide bomb)
        if _SUICIDE.search(context) and not _WOULD_BE.search(context):
            return EXPLOSIONS, "Suicide bomb"
        return EXPLOSIONS, "Remote explosive/landmine/IED"
    # (the dead's own fire, told after the verb that killed them, is no shelling by the force: "killed along with
    # another insurgent by Afghan and coalition forces after being observed executing a mortar attack")
    fire = _THEIR_FIRE.search(text) if state_acted else None
    their_fire = fire is not None and not _SHELLING.search(text, 0, fire.start())
    if violent and not their_fire and (not _CLASH.search(text) and (_SHELLING.search(text) or (
            _SHELL_FIRE.search(context) and not _FIGHT.search(context)))
                    or _SHELL_FIRE.search(text) and not _FIGHT.search(text)):
        # ("killed by an insurgent mortar attack on an ISAF patrol": the attack was the shelling)
        # the count's sentence may name no weapon: "artillery fire from an ISAF unit was observed falling short ...
        # eight injured civilians were brought to an outpost"
        return EXPLOSIONS, "Shelling/artillery/missile attack"
    if _GRENADE.search(text) and violent:
        return EXPLOSIONS, "Grenade"
    # (not a gun battle that killed a soldier and wounded bystanders: "a special forces soldier was killed during a
    # gun battle with suspected insurgents ... a man and a child in the compound were injured": a battle)
    if civilians_hit and violent and not state_acted and not (forces_hit and _FIGHT.search(text)):
        return VAC, "Attack"
    if _ABDUCT.search(text) and not state_acted:
        return VAC, "Abduction/forced disappearance"
    if violent:
        return BATTLES, "Armed clash"
    if captured > 0:
        return STRATEGIC, "Arrests"
    if _CACHE.search(text):
        return STRATEGIC, "Disrupted weapons use"
    if _FIGHT.search(text):
        return BATTLES, "Armed clash"
    return STRATEGIC, "Other"  # a drug seizure, a search that found no one


# Verbs that say something happened in this report (used to tell an incident from a statement).
# "Coalition aircraft struck a compound in Paktika province last night": a strike told by its aircraft
AIRCRAFT_STRUCK = rf"(?:aircraft|drones?|warplanes?|jets?|helicopters?)\s+(?:\w+\s+)?{_STRIKE_VERBS}"
EVENT_WORDS = word_led(
    r"\b(?:killed|killing|kills|dead|died|wounded|injured|captured|detained|arrested|apprehended|"
    r"attack\w*|clash\w*|explo\w+|blast|bomb\w*|air\s*strike\w*|airstrike\w*|raid\w*|ambush\w*|shot|shelling|"
    r"fired|firefight|strikes?|operation|abduct\w*|kidnap\w*|seized|stormed|engaged|repell?ed|repulsed|encounters?|"
    rf"(?:opened|returned|exchanged)\s+fire|{AIRCRAFT_STRUCK})\b",
    re.I,
)
