"""Within one document: mentions become events, figures become claims.

Rules (each one an analyst's rule of thumb, written down):

* A specific mention joins the latest open event of a compatible family
  unless its sentence opens a new incident ("In a separate attack",
  "Elsewhere", "Meanwhile") or names a different day or a different place.
* Generic and aggregate mentions, and threatened, future, hypothetical or
  negated ones, never become events; they are kept as non-events.
* Event type: the strongest trigger decides the family; arguments refine it.
  Killing captives, hostages or detainees is *Violence against civilians /
  Attack* (they are unarmed), whoever they were before capture. Armed
  attackers fighting armed state forces or another armed group is
  *Battles / Armed clash*; attacks on civilians are *Violence against
  civilians*; explosives and remote weapons are *Explosions/Remote violence*
  whatever the target.
* Figures: the claimant of a figure is the source of its sentence (or the
  reporter). A perpetrator's own count is ``claimed``; so is a state's count
  of those its own forces killed. A number first given as a claim stays a
  claim when the text repeats it. Counts of different groups in one sentence
  add up by kind; across sentences a later count of the same kind replaces
  an earlier one (tolls rise), unless it is marked as additional ("also",
  "another"). Attackers are kept apart from victims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from khabar.model import Actor, Claimant, Event, Figure, Flag, Mention, Place, Sentence, Span, When
from khabar.ontology import PLOVER, SUB_EVENT_TYPES
from khabar.reading.arguments import target_category
from khabar.reading.attribution import Source, classify, proper_group_name
from khabar.reading.figures import RawFigure
from khabar.resolve.actors import GENERIC, descriptive_names, unidentified
from khabar.text.dates import TIME_AFTER, WEEKDAYS

VIOLENT = {"attack", "explosion", "battle", "abduction", "sexual", "riot"}
# "... the following day when another strike on the city killed 13 more": a later act of its own
_LATER_ANOTHER = re.compile(r"\b(?:the (?:following|next) day|a day later|days later|hours later|the next morning)\b[^.;]{0,40}?"
                            r"\banother (?:[\w-]+ )?(?:strike|attack|blast|explosion|air ?strike|airstrike|raid|bombing|shelling|"
                            r"missile|rocket|drone)\b[^.;]{0,40}?\b(?:killed|killing|wounded|injured|hit|struck|left)\b", re.I)
_DIED_LATER = re.compile(r"\b(?:he|she|they|both|the victim|the victims)\s+(?:later\s+|subsequently\s+|eventually\s+)?"
                         r"(?:died|succumbed|passed away)\b", re.I)
_NEW_INCIDENT = re.compile(
    r"^\W*(?:in (?:a|an|another|yet another) (?:separate|similar|different|second|related|unrelated)?\s*"
    r"(?:incident|attack|development|case|clash|blast|explosion|operation)|in another|separately|elsewhere|meanwhile|"
    r"in a separate|also on|earlier(?:,| on| in| this)|later(?:,| on| in)|a day (?:earlier|later)|the previous day|"
    r"on the same day|the same day|in the meantime)",
    re.IGNORECASE,
)
_DAY_NAMES = "|".join(WEEKDAYS)
_BACK_REFERENCE = re.compile(rf"\b(?:the|this|that|the latest|the deadly|the twin|(?:{_DAY_NAMES}|yesterday|today)'s)\s+"
                             r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_DISPUTE = re.compile(r"\b(?:disputed|contested|rejected|denied|refuted|dismissed|challenged) (?:that|the|this|these|"
                      r"those|such) (?:account|claim|claims|figure|figures|toll|version|report|reports|number|numbers)\b|"
                      r"\b(?:disputed|contested) (?:the )?(?:official )?(?:account|toll|figures?)\b|"
                      # "The Pakistani Taliban denied that any of its fighters had been killed"
                      r"\b(?:denied|denies|deny|rejected|dismissed) (?:reports |claims )?(?:that )?(?:any (?:of )?)?(?:its|their|his) "
                      r"(?:[\w-]+ )?(?:fighters|members|men|militants|cadres|soldiers|troops|commanders?|personnel) "
                      r"(?:had been|have been|were|was|had) (?:killed|hurt|wounded|injured|died|lost)\b", re.IGNORECASE)
_TOLL_UPDATE = re.compile(r"\b(?:toll|rose|risen|climbed|increased|total)\b", re.IGNORECASE)
_EARLIER_ACT = re.compile(r"\b(?:last (?:january|february|march|april|may|june|july|august|september|october|november|december|"
                          r"year|month|spring|summer|autumn|fall|winter)|earlier (?:this|that) (?:year|month)|"
                          r"(?:a|one|two|three|four|five|six|several|\d+) (?:years?|months?) (?:ago|earlier|before)|"
                          r"the previous (?:year|month))\b", re.IGNORECASE)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the|last|this|an?|its|their)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_AVENGED = re.compile(r"\b(?:retaliation|revenge|reprisal|response|vengeance) (?:for|to|against) (?:the |an? |this |that |their |his |its )?"
                      r"(?:[\w'’-]+ ){0,3}$", re.IGNORECASE)
# "the attack", "these incidents": an act the text has told already (a pattern, shared with the pipeline)
THE_ACT = (r"\b(?:the|this|these|both) (?:attacks?|incidents?|bombings?|blasts?|kidnappings?|abductions?|killings?|"
           r"assaults?|explosions?|shootings?|ambush|(?:air|drone|missile) ?strikes?|strikes?|shelling)\b")
_THE_ACT = re.compile(THE_ACT, re.IGNORECASE)
_AMID = re.compile(r"\bamid(?:st)?\s+(?:[\w'’-]+\s+){0,8}$", re.IGNORECASE)
_ONE_OF_SERIES = re.compile(r"\W*(?:this|it|the (?:attack|incident|bombing|blast|assault|explosion|kidnapping|abduction))\s+"
                            r"(?:was|is)\s+(?:also\s+)?(?:one of|part of (?:a|the) (?:series|wave|string|spate|campaign) of)\b",
                            re.IGNORECASE)
_WEAPON_NOUN = re.compile(r"(?:bombs?|explosives?|(?:explosive )?devices?|IEDs?|charges?|mines?|grenades?|car bombs?)", re.IGNORECASE)
_GENERIC_ACT = re.compile(r"(?:attack|assault|incident|act|operation|raid)s?", re.IGNORECASE)
_ADDITIVE = re.compile(r"\b(?:also|another|other|others|additional|further|more)\b", re.IGNORECASE)
_ATTRIBUTION_CUE = re.compile(r"\b(?:says?|said|claims?|claimed|according|alleges?|reportedly|report(?:s|ed)?|purportedly)\b|[:\"“”‘’']",
                              re.IGNORECASE)
_STATE_OPERATION = re.compile(r"\b(?:operation|raid|offensive|crackdown|encounter|search|cordon|sweep|counter-?terrorism|"
                              r"security forces killed|troops killed|army killed|police killed)\b", re.IGNORECASE)
_PROTEST_INTERVENTION = re.compile(r"\b(?:tear ?gas|lathi|batons?|water cannons?|into vans|waded in|round(?:ed)? up|(?<!group )(?<!crowd )(?<!they )(?<!later )(?<!peacefully )dispersed(?! (?:without incident|peacefully|quietly|on their own))|to disperse|rubber bullets|arrested|detained|cleared|"
                                   r"dragged|bundled|(?<!no )(?<!without )arrests|arresting|carried away|pushed back|scattered|firing into the air|forced to leave|removed by (?:the )?(?:riot )?police|"
                                   r"stun grenades?|pellets?|pepper spray|tear-gassed|(?:took|taken) (?:them |him |her )?to (?:a |the )?police station|"
                                   r"ordered (?:the )?(?:crowd|protesters|demonstrators|marchers|participants) to (?:leave|disperse)|"
                                   r"(?:loaded|herded|thrown) into police (?:trucks|vans|vehicles|buses|cars)|"
                                   r"led (?:[\w-]+ ){0,3}?(?:organi[sz]ers|protesters|demonstrators|activists|marchers) away|"
                                   r"(?:blocked|prevented|stopped|barred) (?:[\w'’-]+ ){0,3}?(?:protesters|demonstrators|marchers|"
                                   r"supporters|activists|students|workers|farmers|teachers|women|people|crowds?) from)\b", re.IGNORECASE)
_FORCE_ON_PROTEST = re.compile(r"\b(?:(?:were|was) met with (?:bullets|live fire|live rounds|live ammunition|gunfire)|opened fire on|(?:fired|firing) (?:live (?:rounds|ammunition|bullets) |birdshot |pellets |(?:[\w-]+ ){1,2}directly )?"
                               r"(?:at|on|into) (?:the )?(?:faces of (?:the )?)?"
                               r"(?:(?:peaceful|unarmed|anti-[\w-]+|pro-[\w-]+|[\w-]+ing)\s+){0,3}"  # "peaceful anti-coup demonstrators"
                               r"(?:protesters|demonstrators|crowds?|march(?:es)?|marchers|rall(?:y|ies)|sit-ins?|(?:worshippers|mourners|students|people) protesting|"
                               r"[\w-]+ (?:holding|staging|taking part in|attending) (?:a |an )?(?:peaceful )?(?:vigil|protest|sit-in|march|rally|demonstration))|"
                               # "Police fired live rounds, killing a young man": live fire on a protest, not into the air
                               r"(?:fired|firing|used|using|shot) live (?:rounds|ammunition|bullets)(?! (?:in|into) the air)(?=[^.;]{0,60}\b(?:killing|wounding|injuring|killed|wounded|injured)\b)|"
                               # "gendarmes used live rounds to disperse an opposition demonstration"
                               r"(?:used|using|fired|firing) (?:live (?:rounds|ammunition|bullets|fire)|lethal force)(?: and (?:tear ?gas|rubber bullets|"
                               r"water cannons?|stun grenades))? to (?:disperse|break up) (?:the |a |an )?"
                               r"(?:[\w-]+ ){0,2}?(?:protest|protesters|demonstration|demonstrators|crowds?|rally|march|sit-in)|"
                               r"shot (?:dead )?(?:\w+ )?(?:protesters|demonstrators)|"
                               # "live rounds were fired by soldiers and police into a crowd"
                               r"live (?:rounds|ammunition|bullets) (?:were|was) fired (?:by [^.;]{1,40}? )?(?:at|on|into) (?:a |the )?crowd|"
                               # "Police shot dead at least four people as crowds gathered ... to denounce"
                               r"shot dead (?:[\w-]+ ){0,4}?people as (?:crowds?|protesters|demonstrators) (?:gathered|rallied|marched)|"
                               # "moved in with tear gas, then live rounds"
                               r"(?:then|and|with)\s+live\s+(?:rounds|ammunition|bullets|fire)\b(?!\s+(?:in|into)\s+the\s+air)|"
                               r"used (?:live (?:ammunition|rounds|fire)|lethal force) (?:on|against) (?:the |a )?(?:[\w-]+ ){0,2}?"
                               r"(?:protesters|demonstrators|crowds?|sit-ins?|rall(?:y|ies)|march(?:es)?|marchers|protests?)|"
                               # "a protester lost an eye after being hit by a rubber bullet fired by police"
                               r"(?:protesters?|demonstrators?|marchers?|students?) (?:[\w'’,-]+ ){0,10}?(?:hit|struck|shot|blinded|"
                               r"wounded|injured|killed) (?:[\w'’-]+ ){0,6}?by (?:an? |the )?(?:[\w-]+ )?(?:rubber bullets?|pellets?|"
                               r"birdshot|live (?:rounds?|ammunition)|tear ?gas (?:canisters?|grenades?|cartridges?)|rubber-coated bullets?))\b",
                               re.IGNORECASE)
_FORCES_THEN = re.compile(r"\s*(?:[^.;]{0,30}\b)?(?:police|riot police|security forces|troops|soldiers|gendarmes|authorities|officers|OMON)\b"
                          r"[^.;]{0,60}?\b(?:detained|arrested|dispersed|rounded up|used tear ?gas|fired tear ?gas|water cannons?)\b",
                          re.IGNORECASE)
_VIOLENT_PROTEST = re.compile(r"\b(?:torched|set fire|set ablaze|stone[ -]pelting|pelted|hurled stones|threw stones|vandali[sz]ed|"
                              r"ransacked|clashed|violent|rampage|burned tyres|attacked police)\b", re.IGNORECASE)

_RELEASE_OF = re.compile(r"\b(?:release|freedom) of [^.;]{0,60}?\b(?:arrested|detained)\b", re.I)
_FIRED_BACK = re.compile(r"\b(?:who|which|and)\b[^.;,]{0,40}?\b(?:returned fire|fired back)\b|"
                         r"\b(?:sparking|triggering|leading to|prompting)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:exchange of fire|gunfight|gun battle|"
                         r"firefight|shoot-?out)\b", re.I)
# a note's act opens on its full date: "On 9 January 2023, police ..."
_DATED_OPENING = re.compile(r"\W*(?:(?:in the early hours|early|late|shortly after midnight)\s+)?(?:on|between)\s+(?:the\s+night\s+of\s+)?"
                            r"\d{1,2}(?:\s*(?:-|to|and)\s*\d{1,2})?\s+[A-Z][a-z]+\s+\d{4}\b", re.I)
# a first sentence that sets the scene: what had happened, what has gone on since, what came before
_SCENE = re.compile(r"\b(?:had|has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?:resumed|continued|remained|persisted|escalated|intensified|"
                    r"raged|gone on|lasted|been)\b|\bsince\b|\b(?:earlier that|the previous|the day before)\b", re.I)
_DAMAGE_WORD = re.compile(r"vandali[sz]ed|torched vehicles|ransacked", re.I)
_FOUGHT_OVER = re.compile(r"(?<!without )(?<!without any )(?<!no )\b(?:fighting|clashes|battles?|bombardment|air ?strikes|airstrikes|shelling|assault|offensive|"
                          r"encircled|encirclement|counter-?offensive|exchanges? of fire|exchanged fire|"
                          r"heavy fire|gunfights?|under (?:[\w-]+ )?fire)\b", re.I)
# a place changing hands with no fight: ACLED's non-violent transfer of territory
_UNDER_STATE_CONTROL = re.compile(r"\b(?:government|state|army|military) control\b", re.IGNORECASE)
_INTO_THE_SEA = re.compile(r"\bmissiles?\b[^.;]{0,80}?\binto the (?:sea|ocean|waters)\b", re.I)
_BATTLED = re.compile(r"\b(?:battled|clashed|fought|gun ?battles?|firefights?|exchanged fire)\b", re.IGNORECASE)
_RPG = re.compile(r"(?:rocket-propelled grenades?|RPGs?|(?:hand )?grenades?)", re.IGNORECASE)
_NO_FIGHT = re.compile(r"\bno (?:fighting|clashes|resistance) (?:was|were) reported|\bnegotiated (?:the )?surrender\b|"
                       r"\b(?:was|were) allowed to leave\b|"
                       r"\b(?:was|were) (?:then |later |formally )?handed (?:over )?to\b|"
                       r"\b(?:without (?:a |any )?(?:fight|fighting|resistance|a shot being fired|a shot fired|firing a shot|clashes|"
                       r"combat|bloodshed)|"
                       r"unopposed|(?:meeting|met|with) (?:little|no) resistance|leaving (?:it|them|the [\w-]+) (?:in the hands of|to)\b|withdr(?:[ae]w|awal)\b[^.;]{0,80}\b(?:moved in|resumed control|took over)|"
                       r"hand(?:ed|ing) (?:\w+ )?over|handover|hand-over|hand(?:ed|ing) (?:[\w'’,-]+ ){1,6}?over to|"
                       r"hand(?:ed|ing) (?:security|control) of|without meeting (?:any |much )?resistance|hand(?:ed|ing) (?:security|control) (?:of (?:[\w'’-]+ ){1,4})?over|handed back|handed (?:[\w'’-]+ ){1,3}(?:villages?|towns?|districts?|ports?|areas?|"
                       r"regions?|territory|territories) (?:[\w'’,-]+ ){0,6}?to|handed (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:base|bases|camp|town|city|area|territory|"
                       r"positions?|facility) over|peacefully|following negotiations|"
                       r"left (?:their|its|the) (?:[\w-]+ )?(?:base|camp|positions?)\b[^.;]{0,60}\bmoved in(?:to)?|"
                       r"completed (?:its|their) withdrawal|"
                       r"under (?:an? |the )?(?:[\w'’-]+ )?(?:deal|agreement|arrangement|truce|ceasefire)|under the terms of|vacated|"
                       r"returned (?:the )?(?:[\w'’-]+ ){0,3}?(?:district|region|province|territory|town|city|villages|peninsula|islands?) to)\b",
                       re.IGNORECASE)
# a foreign state's forces fighting for the government of the place: "Rwandan troops deployed in support of Mozambique"
_IN_SUPPORT_OF = re.compile(r"\b(?:in support of|at the request of|to support|to help)\s+(?:the\s+)?"
                            r"(?:(?-i:[A-Z])[\w'’-]+|government|(?:national\s+)?army)", re.IGNORECASE)
# the other side gone before the taking: no fight, unless the act's own verb says the place was taken by force
# ("entered Bossangoa after the garrison withdrew", but "retook Izium after the enemy withdrew", "captured Goma after
# the troops fled": ACLED's and CASE's coders keep a capture a capture)
_AFTER_THEY_LEFT = re.compile(r"\b(?:after|as|when) (?:the )?(?:[\w.-]+ ){0,6}?(?:withdrew|pulled out|pulled back|retreated|left|abandoned|"
                              r"completed the withdrawal|surrendered)\b", re.IGNORECASE)
# (and "fell to": ground lost to the side named, not handed over)
_TAKEN_BY_FORCE = re.compile(r"\b(?:(?:re)?captur|retook|retak|overr[au]n|storm|wrest|seiz|regain|liberat|fell\s+to\b)", re.IGNORECASE)
_WITHDREW_FIRST = re.compile(r"\bafter\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?completed\s+(?:its|their|the)\s+withdrawal\b", re.I)
# people who are no armed group taking the law into their own hands: ACLED's mob violence
_MOB_SUBJECT = re.compile(r"(?:^|[.;]\s+|,\s+)(?:an? |the )?(?:group of |crowd of |mob of |hundreds of |dozens of )?"
                          r"(?:angry |irate |enraged |local )?(?:villagers|residents|locals|crowds?|mobs?|people|neighbou?rs)\b(?!['’])",
                          re.IGNORECASE)
# an act of another day named as the object of blame or talk: "blamed X for Saturday's suicide bombing", "denied any
# role in last month's attack", "met to discuss security following last week's ambush" (CASE 2021's ATTRIB, DIPLO)
# the act a diplomatic row is over: "an envoy was expelled as a row over the killing of an activist deepened"
# an envoy expelled over it: "Canada expelled a diplomat over the killing of a separatist leader"
_ROW_OVER = re.compile(r"\b(?:(?:row|dispute|spat|stand-?off|diplomatic crisis)\s+(?:over|about)|"
                       r"(?:expell?(?:ed|s|ing)|recall(?:ed|s|ing)|summon(?:ed|s|ing))\s+(?:[\w'’-]+\s+){1,4}?(?:diplomats?|envoys?|ambassadors?|"
                       r"attach[eé]s?|consuls?|staff)\s+over)\s+(?:the\s+)?$", re.I)
_PAST_ACT = re.compile(r"\b(?:behind|for|in|into|of|after|following|since|over|about|on|out|with)\s+(?:the\s+)?"
                       rf"(?:yesterday|(?:last\s+)?{_DAY_NAMES}|last (?:week|month|year|night)|(?:earlier )?this (?:week|month|year))['’]s\s+"
                       r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a known act a party speaks of, told as its reason: "a Taliban spokesman said the massacre at the army school in
# Peshawar was revenge for military operations" (CASE 2021's ATTRIB: talk of the act, no act told)
_SAID_THE = re.compile(r"\b(?:said|says|insisted|declared)\s+(?:that\s+)?the\s+$", re.I)
_JUSTIFIED_AS = re.compile(r"[^.;]{0,80}?\b(?:was|were|had been|is)\s+(?:(?:a|an)\s+)?(?:revenge|retaliation|in retaliation|"
                           r"in response|(?:a\s+)?response|justified|punishment|a warning|a message)\b", re.I)
# "Investigators have concluded that the blasts at the two hotels were the work of a cell linked to X": who did a known act
_FOUND_THAT_THE = re.compile(r"\b(?:concluded|determined|established)\s+that\s+the\s+$", re.I)
_THE_WORK_OF = re.compile(r"[^.;]{0,80}?\b(?:was|were)\s+the\s+work\s+of\b", re.I)
# ordinary crime, which ACLED and CASE 2021 (ORG_CRIME) do not code: robbers' raids, arrests of smugglers and mafias
_CRIMINALS = re.compile(r"\b(?:armed )?(?:robbers|thieves|burglars|pickpockets|fraudsters|poachers|smugglers|"
                        r"(?:drug |human |people )?traffickers)\b", re.IGNORECASE)
_CRIMES = re.compile(r"\b(?:(?:drug|drugs|narcotics|human|people|arms|wildlife|fuel|migrant) (?:trafficking|smuggling)|cocaine|"
                     r"heroin|hashish|methamphetamine|narcotics|smuggl\w+ (?:hashish|cocaine|drugs|heroin|migrants|fuel|cigarettes)|"
                     r"scam (?:compounds?|centres?|centers?|networks?)|online fraud|"
                     r"people-smuggling|smuggling (?:ring|network|gang|racket)|trafficking (?:ring|network|gang)|extortion|fraud|"
                     r"theft|burglar\w*|robber(?:y|ies)|money laundering|mafia|'?ndrangheta|camorra|cosa nostra|counterfeit\w*|"
                     r"(?:crime|criminal|drug) (?:gangs?|rings?|networks?|syndicates?)|cybercrime)\b", re.IGNORECASE)
_POLITICAL = re.compile(r"\b(?:militants?|rebels?|insurgents?|terror\w*|maoists?|naxal\w*|guerrillas?|jihad\w*|separatists?|"
                        r"extremists?|islamists?|cadres?|activists?|opposition|protest\w*|politic\w*|party|government|"
                        r"army|soldiers?|bandits?|militia\w*|cartels?|gang war|armed group|presidential|candidates?|"
                        r"journalists?|dissidents?|lawmakers?|mayor|ministers?)\b", re.IGNORECASE)


def _ordinary_crime(m: Mention, sentence: Sentence, text: str) -> bool:
    """A robbery by robbers or an arrest for a crime, with nothing political anywhere in the text."""
    if m.family == "arrest":
        hit = _CRIMES.search(sentence.text)
    elif m.family in ("attack", "explosion", "property", "territory"):  # ("robbers took over the town of X")
        if m.perpetrator is not None and m.perpetrator.actor_type in (2, 3, 4) \
                and m.perpetrator.canonical != "Unidentified Armed Group":
            return False  # "fired on by either Sendero Luminoso members or drug traffickers"
        # the criminals as the act's subject (not "villagers killed two suspected cattle thieves": their victims)
        hit = _CRIMINALS.search(text, sentence.start, m.trigger.start)
        if hit is not None and (_CROWD_SUBJECT.search(sentence.text) or _CRIMINALS_AS_OBJECT.search(
                text, max(sentence.start, hit.start() - 40), hit.start())):
            return False  # "residents pulled six suspected thieves from a bus and burned them alive": a mob's victims
    else:
        return False
    return hit is not None and not _POLITICAL.search(text)


_CRIMINALS_AS_OBJECT = re.compile(r"\b(?:\w+ed|caught|beat|hit|shot|took|seized|killing|lynching|beating)\s+(?:the\s+|a\s+|two\s+|three\s+|"
                                  r"four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|several\s+|\d+\s+)?"
                                  r"(?:(?:suspected|alleged|presumed|would-be|armed|cattle|car|motorcycle)\s+){0,2}$", re.I)
_STATE_AND = re.compile(r"\b(?:(?:Military|Police) Forces of|army|troops|soldiers|government forces|security forces|"
                        r"armed forces)\b[^.;]{0,45}\s+(?:and|backed by|supported by|alongside|with)\s+(?:the\s+)?"
                        r"(?:(?:allied|local|pro-government|friendly)\s+)*$", re.IGNORECASE)
_ATTEMPTED = re.compile(r"\b(?:attempted|foiled|failed|thwarted|planned|intended|would-be|aborted)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# (and people killed once held, or children among them: "troops detained and killed five villagers, including a
# 14-year-old boy")
_ON_THE_CROWD = re.compile(r"\b(?:to disperse|dispers(?:e|ed|ing)|protesters?|protestors?|demonstrators?|crowds?|marchers|"
                           r"rall(?:y|ies)|sit-in)\b", re.IGNORECASE)
_ARMED_POSITIONS = re.compile(r"\b(?:attacked|stormed|raided|overran|assaulted)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:positions|outposts?|"
                             r"military posts?|army posts?|barracks|military bases?|army bases?|garrisons?)\b", re.IGNORECASE)
_UNARMED = re.compile(r"\b(?:unarmed|innocent|bystanders?|passers-?by|(?:detained|arrested|rounded up|abducted) and (?:then )?"
                      r"(?:killed|executed|shot)|\d+-year-old (?:boy|girl|child)|women and children)\b", re.IGNORECASE)
_AGGRIEVED = re.compile(r"\b(?:angry|furious|incensed|frustrated) (?:over|at|about|with)\b|\b(?:protesting|demanding|in protest)\b",
                        re.IGNORECASE)
_MOB_ACT = re.compile(r"(?: of [\w' -]{1,30}?)? (?:attacked|stormed|ransacked|stoned|chased|vandali[sz]ed|looted|torched|"
                      r"beat|lynched|hacked|burned|burnt|set|tortured and killed|killed|seized)\b", re.IGNORECASE)
_THEY_SAID = re.compile(r"(?: of [\w' -]{1,30}?)?,? (?:said|say|says|told|reported|fled|saw|heard|claimed)\b", re.IGNORECASE)
# ordinary people as the sentence's subject: "residents of Alexandra ...", "a group of students ...", "an angry mob"
# what may open a note before its subject: "On 5 May 2024, ", "Around 14 May, ", "hours after X was arrested, "
_OPENING = r"^\W*(?:(?:on|in|at|during|around|overnight|late|early|between|hours|days|shortly|for|after|following)\b[^,]{0,100},\s*){0,2}"
_CROWD_SUBJECT = re.compile(_OPENING + r"(?:a\s+(?:group|crowd|mob|band)\s+of\s+|dozens\s+of\s+|"
                            r"hundreds\s+of\s+)?(?:angry\s+|irate\s+|enraged\s+|local\s+)?(?:residents|villagers|students|"
                            r"youths|locals|people|farmers|traders|neighbou?rs|worshippers|a\s+mob|a\s+crowd|mobs|crowds)\b", re.I)
# the victims of a crowd's justice: "a suspected cattle rustler", "a woman accused of sorcery"
_MOB_VICTIM = re.compile(r"\bsuspected (?:[\w-]+ )?(?:thie(?:f|ves)|robbers?|rustlers?|witch(?:es)?|sorcerers?|kidnappers?|gang members?|"
                         r"criminals?|burglars?|rapists?|child (?:abductors?|traffickers?))\b|"
                         r"\baccused of (?:sorcery|witchcraft|theft|stealing|being a witch|housebreaking|burglary|robbery|desecrat\w+|blasphemy)|"
                         r"\bon suspicion of (?:[\w-]+ ){0,2}?(?:theft|stealing|smuggling|sorcery|witchcraft|kidnapping|slaughter|beef|cows?|cattle)", re.I)
# the passive of a group of ordinary people's act: "was tortured and killed by a group of men"
_BY_A_GROUP = re.compile(r"\bby (?:a (?:group|crowd|mob|gang) of (?:[\w-]+ )?(?:men|people|villagers|residents|locals|youths)|"
                         r"(?:angry |irate |enraged )?(?:villagers|residents|locals|community members|a crowd|a mob))\b", re.I)
_BY_A_CROWD = re.compile(r"\b(?:to death|alive|lynch\w*|stoned|beat(?:en)?|tortured|turned on|set (?:them|him|her) (?:on fire|ablaze))\b", re.I)
# what was burned is property: "set fire to about 200 houses ... after residents had fled"
_PROPERTY_BURNED = re.compile(r"\b(?:set fire to|set ablaze|torched|burned|burnt|burned down|burnt down)\s+(?:the\s+|a\s+|an\s+|about\s+|"
                              r"some\s+|around\s+|more than\s+|at least\s+|dozens of\s+|hundreds of\s+|several\s+|\d+\s+|"
                              r"two\s+|three\s+)*(?:[\w-]+\s+){0,2}(?:houses|homes|buildings|shops|vehicles|cars|villages?|huts|"
                              r"properties|market|stalls|offices|granaries|crops|schools?|classrooms|churches|church|mosques?|clinics?|"
                              r"trucks|lorries|buses|bus|warehouses?|factory|factories|town hall|courthouse|office|building|house|home|hostels?|shelters?|accommodation)\b", re.I)
_MOB_WORD = re.compile(r"\bmobs?\b", re.I)
_LYNCH = re.compile(r"\blynch", re.IGNORECASE)  # a killing by a crowd, whoever the crowd is: mob violence
_PROTESTERS = re.compile(r"\b(?:protesters|protestors|demonstrators|rioters|marchers|students? protest\w*|"
                         r"(?:mourners|worshippers|crowds?|people)\s+(?:[\w'’(),-]+\s+){0,8}?gathering\b|"
                         r"(?:protesting|striking|demonstrating)\s+(?:[\w-]+\s+){0,2}?(?:workers|students|farmers|teachers|youths|"
                         r"residents|villagers|traders|drivers|miners|doctors|nurses|employees|supporters|people)|"
                         r"crowds?\s+(?:rallying|protesting|demonstrating|marching)\s+against|"
                         r"supporters\s+who\s+had\s+(?:packed|gathered|filled|massed|assembled)\b|"
                         r"(?:supporters|activists|youths|students|crowds?)\s+(?:rallying|marching)\b|"
                         r"crowds?\s+gathered\s+(?:[\w'’,-]+\s+){0,8}?to\s+(?:denounce|protest|demand|condemn)|"
                         r"(?:people|crowds?)\s+who\s+had\s+gathered\s+against)\b", re.IGNORECASE)


@dataclass(slots=True)
class SentenceReading:
    """Everything the stages read in one sentence, for the merger."""

    sentence: Sentence
    source: Source | None
    figures: list[RawFigure] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    when: When | None = None
    mention: Mention | None = None


def _compatible(a: str, b: str) -> bool:
    # (and the damage an attack did, told as an act of its own: "An unknown perpetrator destroyed the house ... No
    # one was hurt in the blast"; "A bomb exploded ... The device destroyed the first floor of the home")
    # (and the fighting and dead of a place taken: "M23 took control of Rubaya. 5 soldiers were killed")
    return a == b or (a in VIOLENT and b in VIOLENT) or {a, b} in ({"property", "explosion"}, {"property", "attack"}) \
        or "territory" in (a, b) and ({a, b} - {"territory"}) <= {"battle", "attack", "explosion"}


def _same_place(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.iso and b.iso and a.iso != b.iso:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if a.precision <= 3 and b.precision <= 3 and a.name.lower() != b.name.lower() and (a.admin2 or a.name) != (b.admin2 or b.name):
        return False
    return True


def _best_place(places: list[Place]) -> Place | None:
    if not places:
        return None
    # the most specific, and among places and villages the first named (chains run from small to large)
    return min(enumerate(places), key=lambda ip: (max(ip[1].precision, 2), ip[0]))[1]


@dataclass(slots=True)
class _Draft:
    mentions: list[Mention]
    readings: list[SentenceReading]
    family: str
    place: Place | None
    when: When | None
    avenged: bool = False  # an earlier act the report's act answers ("in retaliation for the shooting of ...")


_ON_PROTESTERS = re.compile(r"\b(?:at|on|into|upon)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?supporters\s+who\s+had\s+(?:packed|gathered|filled|"
                            r"massed|assembled)\b|"
                            r"\b(?:beat|beating|shooting|charged|tear-?gassed|whipped|assaulted|dispersed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:protesters|protestors|demonstrators|marchers)\b|"
                            r"\b(?:disperse|break up)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies)|"
                            r"march(?:es)?|sit-ins?|crowds?|gatherings?)\b|"
                            r"\b(?:on|at|into|against|upon)\s+(?:the\s+|a\s+crowd\s+of\s+|hundreds\s+of\s+|thousands\s+of\s+)?"
                            r"(?:[\w-]+\s+){0,3}?(?:protesters|protestors|demonstrators|marchers|(?-i:march)|marches|rallies|rally|demonstration|"
                            r"protest|sit-in)\b|\b(?:people|crowds?|worshippers|students|youths|residents|villagers|mourners)\s+"
                            r"(?:who\s+(?:had\s+)?(?:gathered|assembled|marched|rallied)\s+(?:[\w,'’-]+\s+){0,6}?to\s+|who\s+(?:were|had\s+been)\s+)?"
                            r"(?:protest(?:ing|ed)?|demonstrat(?:ing|ed)|"
                            r"demanding|calling for)\b|"
                            r"\b(?:during|at)\s+(?:a\s+|the\s+)?(?:largely\s+|mostly\s+)?(?:peaceful\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|"
                            r"demonstrations?|rall(?:y|ies)|march(?:es)?)\b|\bwho\s+had\s+gathered\s+to\s+(?:demand|protest)|"
                            r"\b(?:supporters|worshippers|students|people|crowds?|youths|mourners)\s+(?:[\w-]+\s+){0,6}?marching\b|"
                            # "moved against opposition supporters rejecting the election results", "fired on a crowd trying
                            # to occupy the city's airport", "at crowds opposing the military coup"
                            r"\b(?:on|at|into|against)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:crowds?|supporters|people|youths|students|"
                            r"workers|residents|villagers)\s+(?:who\s+were\s+)?(?:rejecting|opposing|contesting|denouncing|"
                            r"(?:trying|attempting)\s+to\s+(?:occupy|storm|march|reach|block|enter)|chanting)\b|"
                            # "Worshippers chanting slogans after Friday prayers ... came under fire"
                            r"\b(?:worshippers|protesters|demonstrators|crowds?|mourners|marchers)\s+(?:[\w-]+\s+){0,3}?chanting\b|"
                            # "stormed the sit-in outside the army headquarters"
                            r"\b(?:stormed|raided|attacked|cleared)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:sit-ins?|protest\s+camps?|protest\s+sites?)\b|"
                            r"\b(?:people|students|workers|youths|residents|villagers)\s+(?:taking\s+part\s+in|joining|attending)\s+"
                            r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:march|protest|rally|demonstration|sit-in)\b|"
                            r"\b(?:a|the|one)\s+(?:[\w-]+\s+)?(?:protester|demonstrator|marcher)\b|"
                            r"\b(?:dispersing|dispersed|disperse|breaking\s+up|broke\s+up|break\s+up)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:protests?|demonstrations?|rall(?:y|ies)|protesters|demonstrators|marches|sit-ins?)\b|"
                            r"\b(?:on|at|into)\s+(?:[\w-]+\s+){0,2}(?:students|people|crowds?|workers|farmers|youths|residents|villagers)\s+"
                            r"(?:holding|staging|taking part in|attending|joining)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:sit-ins?|protests?|"
                            r"rall(?:y|ies)|demonstrations?|marches|march)\b|"
                            # "fired into crowds angry over delayed election results", "at students blocking a highway"
                            r"\b(?:into|on|at)\s+(?:the\s+)?crowds?\s+(?:who\s+were\s+)?(?:angry|angered|furious|protesting|chanting)\b|"
                            r"\b(?:students|people|residents|workers|farmers|youths|crowds?|villagers)\s+(?:who\s+were\s+)?(?:blocking|"
                            r"occupying)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:road|highway|street|bridge|railway|junction)\b", re.I)
_AIRCRAFT_ABOVE = re.compile(r"\b(?:jets|warplanes|war planes|fighter jets|fighter planes|aircraft|planes|helicopters?|"
                             r"drones?|jet|plane)\s+(?:were\s+|was\s+|had\s+been\s+)?(?:seen|heard|spotted)?\s*(?:circling|flying|"
                             r"roaring|hovering|circled|appeared)\s+(?:low\s+|twice\s+|repeatedly\s+)?(?:over|above|overhead)\b", re.I)
_BEATEN_AT_A_PROTEST = re.compile(r"\b(?:beaten|clubbed|struck|hit)\s+(?:[\w-]+\s+){0,3}?(?:with|by)\s+(?:police\s+)?"
                                  r"(?:batons|truncheons|rifle butts)\s+(?:[\w-]+\s+){0,2}?(?:during|at)\s+(?:a|an|the)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:demonstration|protest|rally|march|sit-in|vigil)\b", re.I)
_BY_STATE_AGENTS = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+)?(?:security\s+(?:officers|agents|forces|personnel)|police(?:men)?|"
                              r"soldiers|troops|intelligence\s+(?:officers|agents))\b", re.I)
_HELD_BY_THE_STATE = re.compile(r"\b(?:is|was|were|are)\s+(?:being\s+|now\s+)?(?:held|detained|kept)\s+(?:at|in)\s+(?:a|an|the)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:barracks|police station|prison|jail|detention (?:centre|center|facility)|"
                                r"military (?:camp|base))\b|\b(?:was|were)\s+(?:later\s+)?(?:charged|arraigned|remanded)\b|"
                                # "appeared the next day before state security prosecutors, who ordered him held"
                                r"(?<!not )(?<!never )\bappeared\s+(?:[\w-]+\s+){0,3}?before\s+(?:[\w-]+\s+){0,3}?(?:prosecutors?|a judge|"
                                r"a court|magistrates?)\b|"
                                r"\bordered\s+(?:him|her|them)\s+(?:held|detained)\b", re.I)
_LESS_LETHAL = re.compile(r"\b(?:tear[ -]?gas|water[ -]?cannons?|batons|truncheons|rubber bullets|pepper spray|stun grenades|"
                          r"baton[ -]charged?|lathi[ -]charged?)\b", re.I)
_LETHAL = re.compile(r"\b(?:live (?:rounds|ammunition|bullets|fire)|opened fire|shot (?:dead|and killed)|gunfire|killing|"
                     r"killed|died|dead|bullet wounds?|unconscious|rifle butts|seriously (?:injured|wounded|hurt)|critically|"
                     r"hospitali[sz]ed)\b", re.I)
# "marched through Yerevan, a day after the opposition leader was detained": what came before the protest
_DAYS_AFTER = re.compile(rf",?\s+\b{TIME_AFTER}\b[^.;]*", re.I)
_NIGHTS_OF_UNREST = re.compile(r"\b(?:day|night|week)s?\s+of\s+(?:unrest|rioting|riots|protests?)\b", re.I)
_STATE_FLAG = re.compile(r"\b(?:national|(?-i:[A-Z])[a-z]+(?:i|an|ese|ian))\s+flags?\s+(?:was|were)\s+(?:raised|hoisted)\b")
_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+)?$", re.I)
_DATE_OPENING = re.compile(r"^(?:(?:On|Around|Late on|Early on|On or around)\s+[^,]{1,40},\s*|"
                           # (and a wire dateline: "TAL AFAR, Iraq — Iraqi forces said ...")
                           r"\s*[A-Z][A-Z.' -]{2,40}(?:,\s*[\w.' -]{1,40}){0,2}\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s*)")
_PASSIVE_TAKING = re.compile(r"\b(?:was|were|is|are|been|fell)\b", re.I)  # ("the army outpost was overrun")
_OTHER_SIDE = re.compile(r"\b(?:from|with|against|drove|driven|pushed|expelled|chased|routed|ousted)\s+(?:the\s+)?$", re.I)
_NON_STATE_WORDS = re.compile(r"\b(?:rebels?|militants?|insurgents?|jihadists?|guerrillas?|fighters of|militias?|"
                              r"opposition|separatists?)\b", re.I)
_STATE_WORDS = re.compile(r"\b(?:police|security forces|troops|soldiers|army|riot police|paramilitar\w+|gendarmes|gendarmerie|"
                          # ("Iraqi forces", "government forces": a state's, by its adjective)
                          r"(?:government|pro-government|federal|national|(?-i:[A-Z])[a-z]+(?:i|an|ese|ch)|Turkish|British|"
                          r"Polish|Danish|Spanish|Swedish|Finnish) forces)\b", re.I)


# a siege or a hostage-taking that lasts: "held diners hostage overnight ... commandos stormed the building the next
# morning", "held hundreds of people inside ... by the time security forces retook the building the following day"
_SIEGE = re.compile(r"\b(?:held|holding|hold)\s+(?:[\w-]+\s+){0,4}?(?:hostage|captive|inside)|\b(?:siege|stand-?off|"
                    r"barricaded)\b|\b(?:took|taking)\s+(?:[\w-]+\s+){0,6}?hostages?\b", re.I)
_SIEGE_END = re.compile(r"\b(?:siege|stand-?off|stormed|storming|rescue|rescued|freed|hideout)\b", re.I)


def _siege_goes_on(d: _Draft, day: str, said: str = "") -> bool:
    """Is ``day`` (ISO) within three days after the start of the siege or hostage-taking ``d`` (or of the abduction
    whose end the sentence ``said`` tells: "the following day soldiers stormed the hideout where they were held")?"""
    if d.when is None or not (any(_SIEGE.search(r.sentence.text) for r in d.readings)
                              or d.family == "abduction" and _SIEGE_END.search(said)):
        return False
    try:
        gap = (date.fromisoformat(day) - date.fromisoformat(d.when.value)).days
    except ValueError:
        return False
    return 0 < gap <= 3


# a crowd that is the subject of the act: "an anti-immigration crowd smashed windows", "PTI supporters stormed"
_RIOT_CROWD = re.compile(_OPENING + r"(?:an?\s+|the\s+|(?:tens\s+of\s+)?(?:hundreds|thousands)\s+of\s+|"
                         r"dozens\s+of\s+|scores\s+of\s+|a\s+(?:group|crowd)\s+of\s+)?(?:[\w'-]+\s+){0,2}?(?:crowds?|youths|"
                         r"rioters|supporters|protesters|protestors|demonstrators|hooligans|fans|participants|"
                         r"(?:residents|villagers|people|students|workers|traders|farmers|locals|drivers|miners|vendors)\s+"
                         r"(?:(?:and\s+)?(?:[\w-]+\s+){0,2}?(?:protesting|demonstrating|rallying|opposed\s+to)))\b", re.I)
_BY_RIOTERS = re.compile(r"\bby\s+(?:angry\s+|irate\s+)?(?:supporters|protesters|protestors|demonstrators|rioters|youths|"
                         r"a\s+crowd|crowds|a\s+mob|mobs)\b|"
                         # "unrest ... spread to Pietermaritzburg, where crowds looted and set alight shops"
                         r",\s+where\s+(?:angry\s+)?(?:crowds|youths|rioters|protesters|demonstrators|mobs)\b|"
                         # "a demonstration ... escalated as participants set fires"
                         r"\b(?:escalated|descended\s+into\s+\w+)\s+(?:[\w()',-]+\s+){0,10}?as\s+(?:the\s+)?(?:participants|protesters|"
                         r"demonstrators|crowds?|rioters|youths)\b", re.I)
# what rioters do to property and the police (not killing by hand: that is mob violence)
_RIOT_ACTS = re.compile(r"\b(?:smash(?:ed|ing)|vandali[sz]ed|looted|ransacked|torched|set fire|set ablaze|set (?:[\w'-]+\s+){1,4}"
                        r"(?:on fire|ablaze|alight)|setting (?:[\w'-]+\s+){1,4}(?:alight|ablaze|on fire)|"
                        r"burn(?:ed|t|ing) (?:[\w-]+\s+){0,2}(?:cars|vehicles|tyres|tires|shops|buildings|businesses|homes|houses|offices)|"
                        r"broke (?:through|into)|stormed|pelted|hurled|set alight|"
                        r"threw (?:[\w-]+,?\s+){0,3}?(?:stones|rocks|bricks|bottles|fire extinguishers)|threw (?:petrol bombs|molotov)|"
                        r"throwing (?:stones|rocks|bricks|bottles|petrol bombs)|fireworks|attack(?:ed|ing) (?:the\s+)?police|"
                        r"clashed with (?:the\s+)?(?:riot\s+)?(?:police|gendarmes|security forces|soldiers|troops))\b", re.I)



def _rioters_act(ev: _Draft, main: Mention, mode: str | None, perpetrator: Actor | None, sentences_text: str) -> bool:
    """A crowd burning, smashing, storming or fighting the police, with nobody killed by hand and no armed group
    named: ACLED's violent demonstration ("youths burned cars and fired fireworks at police")."""
    first = ev.readings[0].sentence.text if ev.readings else _main_sentence(ev, main)
    crowd = _RIOT_CROWD.search(first) or _BY_RIOTERS.search(first)  # (and "set ablaze by supporters of the loser")
    if perpetrator is not None and perpetrator.actor_type not in (5, 6) and not (crowd is not None and perpetrator.actor_type == 1):
        return False  # (the police the crowd fought, or fired on after: "broke through police lines")
    if mode == "melee" or _BY_A_CROWD.search(sentences_text):
        return False  # (a crowd killing by hand or fire: mob violence)
    return bool(crowd and _RIOT_ACTS.search(first))


def _handed_over(said: str, by_force: bool) -> bool:
    """Ground that changed hands with no fight: a handover, a deal or no resistance told; the other side's leaving
    first counts only when the act's own words are no capture by force."""
    if by_force:
        return _NO_FIGHT.search(_WITHDREW_FIRST.sub(" ", said)) is not None
    return bool(_NO_FIGHT.search(said) or _AFTER_THEY_LEFT.search(said))


# a list of arms with a gun or a blade among them: "with rifles and grenades", "using mortars and heavy weapons"
_ARMS_LIST = re.compile(r"\b(?:with|using|armed with|wielding)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s*,\s*(?:[\w-]+\s+){0,2}?[\w-]+)*"
                        r"\s*,?\s+and\s+(?:[\w-]+\s+){0,2}[\w-]+", re.I)
_GUN_OR_BLADE = re.compile(r"\b(?:guns?|gunfire|rifles?|firearms|small arms|machine ?guns?|automatic weapons|heavy weapons|"
                           r"assault rifles|AK-47s?|kalashnikovs?|knives|machetes|axes|spears|bows)\b", re.I)
_ASSAULT_VERB = re.compile(r"\b(?:attacked|stormed|raided|overran|assaulted|ambushed)\b", re.I)
_ARMED_OBJECT = re.compile(r"\s+(?:a|an|the|two|three|several)?\s*(?:[\w-]+\s+){0,2}?(?:police|military|army|soldiers|troops|"
                           r"checkpoints?|posts?|bases?|barracks|camps?|garrisons?|outposts?|patrols?|convoys?)\b", re.I)
_FIGHT_WORDS = re.compile(r"\b(?:fighting|fought|clashed|clashes|exchanged fire|battled|attacked each other)\b", re.I)


def _weapon_among_arms(ev: _Draft, main: Mention, text: str) -> str | None:
    """"battle" or "attack" when the explosion's trigger is one weapon in a list of arms with a gun or blade among them,
    used in a fight or an assault the sentence tells; None otherwise."""
    r = next((r for r in ev.readings if r.sentence.index == main.sentence), None)
    if r is None:
        return None
    for m in _ARMS_LIST.finditer(text, r.sentence.start, r.sentence.end):
        if m.start() <= main.trigger.start < m.end() and _GUN_OR_BLADE.search(m.group(0)):
            said = text[r.sentence.start:r.sentence.end]
            if _FIGHT_WORDS.search(said):
                return "battle"
            verb = _ASSAULT_VERB.search(said)
            if verb:  # (on armed men: a police post, an army camp, a patrol)
                return "battle" if _ARMED_OBJECT.match(said, verb.end()) else "attack"
    return None


def _main_sentence(ev: _Draft, main: Mention) -> str:
    return next((r.sentence.text for r in ev.readings if r.sentence.index == main.sentence), "")


def _refine_type(ev: _Draft, perpetrator: Actor | None, target: Actor | None, text: str) -> tuple[str, str, str | None]:
    """Event type, sub-event type and mode from the strongest trigger and the arguments."""
    first = min(m.sentence for m in ev.mentions)
    # "Soldiers opened fire on the rally, killing 157. Witnesses said soldiers also raped women": a later sentence's
    # "also" adds an act to the one told first, whose type stays the event's
    ms = sorted(ev.mentions, key=lambda m: -m.priority + (100 if m.sentence > first and m.family in ("sexual", "property")
                                                           and _ALSO_BEFORE.search(text, max(0, m.trigger.start - 30),
                                                                                   m.trigger.start) else 0))
    main = ms[0]
    sub, mode = main.sub_event_type, main.mode
    if mode is None and main.trigger.text.lower() in ("attack", "attacks", "incident", "assault"):
        # "Assailants threw incendiary devices into a building ... Authorities attributed the attack to X": the act's
        # means are told by the words that told the act, not by the noun that names it again
        mode = next((m.mode for m in ms if m.mode and m.family in ("attack", "explosion") and m.sentence < main.sentence),
                    None)  # (told before the noun: not "the attack" first, then a fire as one of its parts)
    modes = [m.mode for m in ev.mentions if m.mode]
    sentences_text = " ".join(r.sentence.text for r in ev.readings)
    fam = main.family
    protest = next((m for m in ms if m.family == "protest"), None)
    if fam == "attack" and main.mode is None and protest is not None and not any(
            f.kind == "killed" for r in ev.readings for f in r.figures) and not (
            perpetrator is not None and perpetrator.actor_type in (2, 3, 4, 8)):
        # "protesters ... were dispersed by riot police using water cannon; 20 people were injured": a protest the
        # police broke up, whose injured are no attack of their own (a killing there is excessive force, below)
        main, fam = protest, "protest"
        sub, mode = protest.sub_event_type, protest.mode
    if fam == "abduction" and (perpetrator is None or perpetrator.actor_type in (5, 7)) \
            and _MOB_SUBJECT.search(_main_sentence(ev, main)) and _BY_A_CROWD.search(sentences_text):
        # "Residents seized two men they believed to be child kidnappers ..., beat them and burned them alive": the
        # crowd's justice, not an abduction
        return SUB_EVENT_TYPES["Mob violence"], "Mob violence", None
    if fam == "abduction" and (perpetrator is not None and perpetrator.actor_type == 1
                               or perpetrator is None and _BY_STATE_AGENTS.search(sentences_text)) \
            and mode != "hijacking" and _HELD_BY_THE_STATE.search(sentences_text):
        # "The opposition MP was picked up by soldiers at his hotel ... and is being held at a military barracks in
        # Gulu": the state's forces hold him where it is known, an arrest (no disappearance)
        return SUB_EVENT_TYPES["Arrests"], "Arrests", None
    if fam == "explosion" and (fought_with := _weapon_among_arms(ev, main, text)) is not None:
        # "attacked a police station with rifles and grenades", "exchanged fire with small arms, mortars and rocket
        # launchers", "attacked each other with guns, knives and explosives": one weapon of an assault or a fight
        # (the weapon stays the explosive's: RAND codes the weapon by it)
        if fought_with == "battle" or _BATTLED.search(sentences_text) \
                or target is not None and target.actor_type in (1, 2, 3, 4, 8):  # (an assault on armed men: a fight)
            return SUB_EVENT_TYPES["Armed clash"], "Armed clash", mode
        return SUB_EVENT_TYPES["Attack"], "Attack", mode
    if fam == "explosion" and _RPG.fullmatch(main.trigger.text) and _BATTLED.search(sentences_text):
        # "two militias battled with machine guns and rocket-propelled grenades": a clash fought with them
        return SUB_EVENT_TYPES["Armed clash"], "Armed clash", mode  # (the weapon still the grenades')
    if fam == "explosion" and sub == "Shelling/artillery/missile attack" and _INTO_THE_SEA.search(sentences_text):
        return SUB_EVENT_TYPES["Other"], "Other", None  # "fired two ballistic missiles ... into the sea": a test
    if fam == "explosion" and mode == "explosives" and _AIRCRAFT_ABOVE.search(sentences_text):
        # "after jets were seen circling over the town and four loud explosions followed": bombs from the air
        return SUB_EVENT_TYPES["Air/drone strike"], "Air/drone strike", "air_strike"
    if fam == "explosion":
        return SUB_EVENT_TYPES[sub], sub, mode
    if fam == "protest":
        if _FORCE_ON_PROTEST.search(sentences_text):
            return SUB_EVENT_TYPES["Excessive force against protesters"], "Excessive force against protesters", mode
        if _VIOLENT_PROTEST.search(sentences_text):
            return SUB_EVENT_TYPES["Violent demonstration"], "Violent demonstration", mode
        last_end = max(r.sentence.end for r in ev.readings)
        if _PROTEST_INTERVENTION.search(_DAYS_AFTER.sub("", _RELEASE_OF.sub("", sentences_text))) \
                or _FORCES_THEN.match(text, last_end, min(len(text), last_end + 200)):
            # (not "calling for the release of people arrested during earlier unrest": what the crowd demands)
            # (and "... to protest against the invasion. Police detained more than 1,000 people": the next sentence)
            return SUB_EVENT_TYPES["Protest with intervention"], "Protest with intervention", mode
        return SUB_EVENT_TYPES[sub], sub, mode
    if fam == "territory":
        taker = perpetrator  # who took it: the side the text names first ("The army and VDP regained control of Djibo
        # from JNIM militants"), whichever side khabar calls the attacker
        if taker is not None and target is not None and target.actor_type in (1, 2, 3, 4, 8) \
                and target.span.start < taker.span.start:
            taker = target
        p_type = taker.actor_type if taker else None
        said = _main_sentence(ev, main)
        s0 = next((r.sentence.start for r in ev.readings if r.sentence.index == main.sentence), 0)
        cut = main.trigger.start
        if taker is not None and s0 <= taker.span.start < cut \
                and _OTHER_SIDE.search(text, max(0, taker.span.start - 12), taker.span.start):
            cut = taker.span.start  # "Iraqi forces said they had driven Islamic State militants out of ... and raised
            # the national flag": the subject ends where the side driven out is named
        subject = said[:max(0, cut - s0)]
        subject = _DATE_OPENING.sub("", subject).split(",")[0]  # (the first clause: not "..., overpowered the police")
        if not _PASSIVE_TAKING.search(main.trigger.text) and (
                taker is None or taker.span.start >= main.trigger.start or _is_generic(taker)
                or _OTHER_SIDE.search(text, max(0, taker.span.start - 12), taker.span.start)) \
                and _STATE_WORDS.search(subject) and not _NON_STATE_WORDS.search(subject):
            # "Government troops and allied clan fighters seized Adan Yabaal from Al Shabaab", "Regime troops backed
            # by Russian jets entered Khan Shaykhun after days of fighting with HTS": the state's forces, named as the
            # act's subject, took it (not the group it was taken from or fought, named after the act)
            taker, p_type = None, 1
        if p_type in (3, 4) and _STATE_AND.search(text, max(0, taker.span.start - 70), taker.span.start):
            p_type = 1  # "Military Forces of Burkina Faso and VDP regained control of Djibo": the state and its militia
        by_force = bool(_TAKEN_BY_FORCE.search(main.trigger.text)) or any(
            f.kind == "killed" and (f.low or 0) > 0 for r in ev.readings for f in r.figures)  # (and "stormed the town
        # ... after police withdrew; 2 police officers were killed": a fight)
        if _STATE_FLAG.search(said) and not _handed_over(sentences_text, by_force):
            # "The Malian flag was raised over Kidal's governor's office ... after army columns entered the town": the
            # state's own flag
            return SUB_EVENT_TYPES["Government regains territory"], "Government regains territory", mode
        if _handed_over(sentences_text, by_force) and not _FOUGHT_OVER.search(sentences_text):
            # (not after "fighting on the outskirts", "heavy bombardment", "days of air strikes": taken by force)
            return SUB_EVENT_TYPES["Non-violent transfer of territory"], "Non-violent transfer of territory", mode
        if p_type == 1 and taker is not None and taker.country and ev.place is not None and ev.place.iso \
                and taker.country != ev.place.iso and not _IN_SUPPORT_OF.search(sentences_text):
            sub = "Non-state actor overtakes territory"  # "Russian forces took Avdiivka": a foreign state's forces
            # take ground; only a state's own forces regain its territory
        elif p_type == 1 or _UNDER_STATE_CONTROL.search(main.trigger.text):
            sub = "Government regains territory"  # "the army took the town", "brought back under government control"
        elif p_type in (2, 3, 4):  # "the rebels retook the town": a non-state actor takes it
            sub = "Non-state actor overtakes territory"
        return SUB_EVENT_TYPES[sub], sub, mode
    if fam == "property" and _NIGHTS_OF_UNREST.search(sentences_text):
        # "Shopping malls were ransacked and warehouses set alight on a fourth day of unrest": rioters' damage
        return SUB_EVENT_TYPES["Violent demonstration"], "Violent demonstration", mode
    if fam == "riot" and perpetrator is not None and perpetrator.actor_type in (2, 3, 4, 8) \
            and perpetrator.canonical not in descriptive_names() and _DAMAGE_WORD.fullmatch(main.trigger.text):
        # "Armed men vandalised and burned a mobile phone mast": no crowd, an armed group's damage to property (not
        # "anarchists vandalized the consulate": a crowd's)
        return SUB_EVENT_TYPES["Looting/property destruction"], "Looting/property destruction", mode
    if fam == "riot" and sub == "Violent demonstration" and ("melee" in modes or _LYNCH.search(sentences_text)
                                                             or _RIOTERS_CLASHED.search(sentences_text)):
        # (and rioting groups fighting each other: "Groups of Hindu and Muslim rioters clashed", "communal clashes")
        return SUB_EVENT_TYPES["Mob violence"], "Mob violence", None  # "Rioters lynched three suspected gang members"
    if fam in ("attack", "battle", "property") and _rioters_act(ev, main, mode, perpetrator, sentences_text):
        return SUB_EVENT_TYPES["Violent demonstration"], "Violent demonstration", mode if mode == "arson" else None
    if fam in ("attack", "battle"):
        t_cat = target.category if target else None
        t_type = target.actor_type if target else None
        p_type = perpetrator.actor_type if perpetrator else None
        captives_killed = any(f.kind == "killed" and f.subject and re.search(r"\b(?:captives?|hostages?|prisoners?|detainees?)\b",
                                                                              f.subject, re.I)
                              for r in ev.readings for f in r.figures)
        if "execution" in modes or captives_killed:
            return SUB_EVENT_TYPES["Attack"], "Attack", mode or "execution"
        if fam == "attack" and p_type in (1, None) and _BEATEN_AT_A_PROTEST.search(sentences_text):
            # "A 16-year-old girl died after being beaten with batons during a demonstration": the police's force on a
            # protest, told by its weapon
            return SUB_EVENT_TYPES["Excessive force against protesters"], "Excessive force against protesters", mode
        if fam == "attack" and p_type in (1, None) and _FORCE_ON_PROTEST.search(sentences_text) \
                and (_PROTESTERS.search(sentences_text) or _ON_PROTESTERS.search(sentences_text)):
            # "Protesters demanding an end to military rule were met with bullets ...; three died": the state's fire
            # on a protest, whatever trigger the toll's verb gave
            return SUB_EVENT_TYPES["Excessive force against protesters"], "Excessive force against protesters", mode
        if (p_type == 1 or (perpetrator is None and _STATE_WORDS.search(sentences_text))) and (
                t_type == 6 or t_cat == "protesters" or _ON_PROTESTERS.search(sentences_text)
                or protest is not None and any(f.kind == "killed" and (f.low or 0) > 0 for r in ev.readings for f in r.figures)):
            # (and a protest told before, whose people the state's forces shot dead: "supporters of the FNDC
            # protested in Ratoma ... Police fired live rounds, killing a young man")
            # state forces shooting or charging at demonstrators: ACLED's excessive force against protesters
            if _LESS_LETHAL.search(sentences_text) and not _LETHAL.search(sentences_text) and not any(
                    f.kind == "killed" and (f.low or 0) > 0 for r in ev.readings for f in r.figures):
                # "riot police fired tear gas and beat protesters with batons to break up crowds": force that kills
                # no one and fires no live rounds is the intervention in a protest
                return SUB_EVENT_TYPES["Protest with intervention"], "Protest with intervention", mode
            return SUB_EVENT_TYPES["Excessive force against protesters"], "Excessive force against protesters", mode
        if p_type in (5, 6) and (mode == "melee" or _LYNCH.search(sentences_text) or _MOB_WORD.search(perpetrator.text)):
            return SUB_EVENT_TYPES["Mob violence"], "Mob violence", None  # "Rioters lynched three suspected thieves"
        if p_type == 7 and (mode == "melee" or _LYNCH.search(sentences_text) or _MOB_VICTIM.search(sentences_text)):
            # "two suspected thieves were lynched by residents", "burned with hot irons by a group of villagers":
            # ordinary people taking justice into their hands
            return SUB_EVENT_TYPES["Mob violence"], "Mob violence", None
        if perpetrator is None and any(_CROWD_SUBJECT.search(r.sentence.text) for r in ev.readings if r.mention) and (
                mode == "melee" or _BY_A_CROWD.search(sentences_text) or _MOB_VICTIM.search(sentences_text)):
            # "residents assaulted two suspected criminals and burned them to death", "a group of students beat a
            # man to death": ordinary people killing by hand or fire are a mob
            return SUB_EVENT_TYPES["Mob violence"], "Mob violence", None
        if perpetrator is None and _BY_A_GROUP.search(sentences_text) and (_MOB_VICTIM.search(sentences_text)
                                                                           or mode == "melee"):
            # "a woman accused of sorcery was tortured and killed by a group of men", "beaten to death by a crowd": a
            # mob's justice
            return SUB_EVENT_TYPES["Mob violence"], "Mob violence", None
        if p_type in (5, 6) or fam == "battle" and (t_type in (5, 6) or _PROTESTERS.search(sentences_text)) or (
                p_type not in (1, 2, 3, 4, 8) and any(m.family == "riot" and m.sub_event_type == "Violent demonstration"
                                                       for m in ev.mentions)):
            # protesters who attack, or clash with the police, or a rioter shot in the riot told before: a violent
            # demonstration, not a battle or an attack
            return SUB_EVENT_TYPES["Violent demonstration"], "Violent demonstration", mode if mode == "arson" else None
        said = _main_sentence(ev, main)
        mob = _MOB_SUBJECT.search(said) if perpetrator is None else None
        if mob and _AGGRIEVED.search(said):
            # "residents angry over water shortages set fire to the municipal building": a riot, not a mob's justice
            return SUB_EVENT_TYPES["Violent demonstration"], "Violent demonstration", mode if mode == "arson" else None
        if mob and not _THEY_SAID.match(said, mob.end()) and (mode in ("melee", "arson") or _MOB_ACT.match(said, mob.end())):
            # "Villagers beat to death two men suspected of cattle theft", "residents burned the house of a man
            # accused of witchcraft"
            return SUB_EVENT_TYPES["Mob violence"], "Mob violence", None
        hurt = any(f.kind in ("killed", "injured", "abducted") and (f.low or f.high) for r in ev.readings for f in r.figures)
        if mode == "arson" and not hurt and (t_type not in (1, 6, 7) and t_cat not in ("civilians", "police", "captives")
                                             or _PROPERTY_BURNED.search(_main_sentence(ev, main))):
            # property set on fire and nobody hurt: ACLED's looting/property destruction (a riot's, on "a fourth day of
            # unrest")
            if _NIGHTS_OF_UNREST.search(sentences_text):
                return SUB_EVENT_TYPES["Violent demonstration"], "Violent demonstration", mode
            return SUB_EVENT_TYPES["Looting/property destruction"], "Looting/property destruction", mode
        armed_target = t_type in (1, 2, 3, 4, 8) and t_cat not in ("civilians", "captives", "government", "journalists",
                                                                  "aid workers", "education", "religious", "business")
        unarmed = (t_type == 7 and t_cat == "civilians" and _UNARMED.search(sentences_text)
                   or t_type in (7, None) and t_cat in ("journalists", "aid workers", "education", "religious"))
        # (a student, a teacher, a journalist, a cleric the police shot in an operation: no fighter)
        state_op = p_type == 1 and not unarmed and (t_type in (2, 3, 4) or _STATE_OPERATION.search(sentences_text)
                                    or any(f.role == "fighter" for r in ev.readings for f in r.figures))
        fired_back = _FIRED_BACK.search(_main_sentence(ev, main))  # "opened fire on village volunteers, who returned fire"
        if state_op and _UNARMED.search(text) and fam != "battle":
            state_op = False  # "police shot and killed a young man during an operation ... the victim was unarmed"
        positions = _ARMED_POSITIONS.search(_main_sentence(ev, main))  # "attacked government troop positions"
        if fam == "battle" or armed_target or state_op or fired_back or positions:
            return SUB_EVENT_TYPES["Armed clash"], "Armed clash", mode or "firearms"
        return SUB_EVENT_TYPES["Attack"], "Attack", mode
    return SUB_EVENT_TYPES[sub], sub, mode


def _claimant(src: Source | None, perpetrator: Actor | None, outlet: str | None) -> Claimant:
    if src is None:
        return Claimant(text=outlet or "reporter", canonical=outlet, claimant_type="media_own", span=None)
    ctype = src.claimant_type
    if (perpetrator is not None and src.canonical and perpetrator.canonical and src.canonical == perpetrator.canonical
            and perpetrator.actor_type != 1 and ctype not in ("state", "local_official")):
        ctype = "perpetrator"
    elif ctype == "armed_group":
        ctype = "perpetrator" if perpetrator is None else "unknown"
    return Claimant(text=src.text, canonical=src.canonical, claimant_type=ctype, span=src.span)


def _figure_modality(claimant: Claimant, perpetrator: Actor | None, role: str) -> str:
    if claimant.claimant_type == "perpetrator":
        return "claimed"
    if (claimant.claimant_type == "state" and perpetrator is not None and perpetrator.actor_type == 1
            and role in ("fighter", "attacker", "victim")):
        return "claimed"  # a state's count of those its own forces killed is a party's claim
    if claimant.claimant_type == "state" and role in ("fighter", "attacker") and perpetrator is not None \
            and perpetrator.actor_type in (2, 3, 4):
        return "claimed"  # "the military claimed 17 militants were killed": the other side of the fight counting its foes
    return "asserted"


_SECOND_SPEAKER = re.compile(r"(?:;\s*|,\s+(?:while|whereas|but)\s+|\bwhile\s+)(?P<who>(?:an?|the)\s+[^,;.]{1,80}?)\s+"
                             r"(?:said|says|put|reported|told|gave|claimed|estimated)\b", re.I)
_REPORTS_RANGED = re.compile(r";\s*(?:[\w-]+\s+){0,2}?(?:reports?|estimates?|accounts?|figures|tolls?|sources)\s+(?:\w+\s+){0,2}?"
                             r"(?:ranged|varied|range|vary|differed|put|gave|said)\b", re.I)
_RIOTERS_CLASHED = re.compile(r"\b(?:rival|opposing|hindu and muslim|muslim and hindu|christian and muslim|muslim and christian|"
                              r"two|groups of)\s+(?:[\w-]+\s+){0,3}?(?:rioters|mobs|crowds|groups)\s+(?:\w+\s+)?clash(?:ed|es)?|"
                              r"\bcommunal (?:clash(?:es)?|riots?|violence)|\bclash(?:ed|es)? between (?:rival|opposing|two) "
                              r"(?:[\w-]+\s+){0,2}?(?:mobs|crowds|groups|communities)", re.I)


def _reconcile(ev: _Draft, perpetrator: Actor | None, outlet: str | None, text: str) -> list[Figure]:
    """One figure per claimant, kind and role; sums within a sentence, latest across sentences."""
    state: dict[tuple[str, str, str], Figure] = {}
    order: list[tuple[str, str, str]] = []
    for r in ev.readings:
        claimant = _claimant(r.source, perpetrator, outlet)
        groups: dict[tuple[str, str, str], list[RawFigure]] = {}
        # "seven people, including six assailants and one soldier": the parts are already in the whole
        wholes = {f.kind for f in r.figures if not f.subset}
        # "Residents said about 100 were killed; a spokesman for the NUG said more than 160 died": the second clause's
        # speaker gives the second count
        second = _SECOND_SPEAKER.search(text, r.sentence.start, r.sentence.end) if r.source is not None else None
        second_claimant = None
        if second is not None:
            who = second.group("who")
            second_claimant = Claimant(text=who, canonical=None, claimant_type=classify(who),
                                       span=Span(second.start("who"), second.end("who"), who))
        claimants: dict[tuple[str, str, str], Claimant] = {}  # (the claimant a key's first part names)
        for f in r.figures:
            if f.subset and f.kind in wholes:
                continue
            role = f.role
            if role == "fighter":
                role = "attacker" if perpetrator is not None and perpetrator.actor_type in (2, 3, 4) else "victim"
            c = second_claimant if second_claimant is not None and f.start >= second.end() else claimant
            key = (c.canonical or c.text, f.kind, role)
            claimants.setdefault(key, c)
            groups.setdefault(key, []).append(f)
        for key, fs in groups.items():
            parts = [f for f in fs if not f.subset] or fs
            if any(f.negated for f in parts) and any(not f.negated for f in parts):
                parts = [f for f in parts if not f.negated]
            low = sum(f.low or 0 for f in parts) if all(f.low is not None for f in parts) else None
            high = sum(f.high for f in parts) if all(f.high is not None for f in parts) else None  # type: ignore[misc]
            quals = {f.qualifier for f in parts}
            qualifier = parts[0].qualifier if len(quals) == 1 else ("at_least" if "at_least" in quals or "more_than" in quals else "about")
            subject = "; ".join(dict.fromkeys(f.subject for f in parts if f.subject)) or None
            spans = [Span(f.start, f.end, text[f.start:f.end]) for f in parts]
            c = claimants[key]
            fig = Figure(kind=key[1], low=low, high=high, qualifier=qualifier, subject=subject, subject_role=key[2],
                         claimant=c, modality=_figure_modality(c, perpetrator, key[2]), span=spans[0],
                         parts=spans if len(spans) > 1 else [])
            prev = state.get(key)
            if prev is None:
                state[key] = fig
                order.append(key)
                continue
            sent_text = r.sentence.text
            additive = bool(_ADDITIVE.search(sent_text)) and not _TOLL_UPDATE.search(sent_text)
            if additive and prev.low is not None and fig.low is not None and fig.low > 0:
                fig.low += prev.low
                fig.high = fig.high + prev.high if (fig.high is not None and prev.high is not None) else None
                fig.parts = (prev.parts or [prev.span]) + (fig.parts or [fig.span])
                state[key] = fig
            elif (fig.low or 0) >= (prev.low or 0):
                state[key] = fig
    # "NPA gunmen killed three Americans. The three were killed in separate ambushes.": a count with no subject in a
    # later sentence that is no larger than the count already given for another role restates it
    for k in list(order):
        f = state[k]
        others = [state[o] for o in order if o != k and o[:2] == k[:2] and o in state]
        if not others or f.low is None or (k[2] != "unknown" and all(o[2] != "unknown" for o in order if o[:2] == k[:2])):
            continue
        # (or in the same sentence after a semicolon: "killing at least 17 workers; reports ranged from 17 to 31")
        earlier = [o for o in others if o.span.start < f.span.start and (
            _sentence_of(ev, o.span.start) != _sentence_of(ev, f.span.start)
            or ";" in text[o.span.end:f.span.start] and _REPORTS_RANGED.search(text, o.span.end, f.span.start))]
        later_text = next((r.sentence.text for r in ev.readings if r.sentence.start <= f.span.start < r.sentence.end), "")
        if earlier and k[2] in ("unknown", "victim") and (k[2] == "unknown" or any(o.subject_role == "unknown" for o in earlier)) \
                and f.low <= sum(o.low or 0 for o in earlier) and not re.search(r"\b(?:also|another|additional|more)\b",
                                                                               later_text, re.I):
            del state[k]
    order = [k for k in order if k in state]
    figures = [state[k] for k in order]
    # a number first given as a party's claim stays that party's claim when repeated
    claimed = {(f.kind, f.low, f.high): f for f in figures if f.modality == "claimed"}
    kept: list[Figure] = []
    for f in figures:
        c = claimed.get((f.kind, f.low, f.high))
        if c is not None and c is not f and f.claimant.claimant_type == "media_own":
            continue
        kept.append(f)
    return kept


def _sentence_of(ev: _Draft, pos: int) -> int | None:
    return next((r.sentence.index for r in ev.readings if r.sentence.start <= pos < r.sentence.end), None)


def _mark_disputed(figures: list[Figure], readings: list[SentenceReading], perpetrator: Actor | None,
                   outlet: str | None) -> None:
    """"Residents disputed that account": a later source contests the figures given before it."""
    for r in readings:
        if not _DISPUTE.search(r.sentence.text):
            continue
        disputer = _claimant(r.source, perpetrator, outlet) if r.source is not None else None
        for f in figures:
            if (f.modality in ("asserted", "claimed") and f.span.start < r.sentence.start and
                    (disputer is None or (f.claimant.canonical or f.claimant.text) != (disputer.canonical or disputer.text))):
                f.modality = "disputed"


def _target_from_figures(ev: _Draft, text: str, actor_lookup) -> Actor | None:
    for r in ev.readings:
        for f in r.figures:
            if f.role == "victim" and f.subject and not f.negated:
                idx = text.find(f.subject, f.end, f.end + 120) if f.subject != f.text else f.start
                if idx < 0:
                    idx = text.find(f.subject, max(0, f.start - 120), f.end + 200)
                # spans carry the original characters (the figures were read on the folded text)
                span = Span(idx, idx + len(f.subject), text[idx:idx + len(f.subject)]) if idx >= 0 \
                    else Span(f.start, f.end, text[f.start:f.end])
                found = actor_lookup(f.subject)
                cat = target_category(f.subject) or "civilians"
                if found is not None:
                    return Actor(text=span.text, canonical=found.canonical, actor_type=found.actor_type, span=span,
                                 country=found.country, category=cat)
                return Actor(text=span.text, canonical=None, actor_type=7 if cat == "civilians" else None, span=span,
                             category=cat)
    return None


TOLL_TRIGGER = re.compile(r"(?:death |casualty )?toll", re.IGNORECASE)


def _earlier(d: _Draft, main: _Draft) -> bool:
    """Whether draft ``d`` tells of an act before the report's own (``main``): its date ends before main's begins."""
    if d.when is None or main.when is None or d.when.value is None or main.when.value is None:
        return False
    return (d.when.end or d.when.value) < main.when.value


def build_events(text: str, readings: list[SentenceReading], responsibility: list[tuple[int, Source]],
                 doc_place: Place | None, outlet: str | None, actor_lookup,
                 blame: list[tuple[int, Actor]] | None = None) -> tuple[list[Event], list[Mention]]:
    """Merge the mentions of one document into events; return (events, non-events)."""
    drafts: list[_Draft] = []
    non_events: list[Mention] = []
    for r in readings:
        m = r.mention
        if m is None:
            continue
        if m.specificity != "specific" or m.modality in ("negated", "threatened", "future", "hypothetical") \
                or drafts and _AMID.search(text, max(r.sentence.start, m.trigger.start - 80), m.trigger.start) \
                or drafts and SINCE_BEFORE.search(text, max(r.sentence.start, m.trigger.start - 40), m.trigger.start) \
                or _PAST_ACT.search(text, max(r.sentence.start, m.trigger.start - 60), m.trigger.start) \
                or _ROW_OVER.search(text, max(r.sentence.start, m.trigger.start - 80), m.trigger.start) \
                or not m.trigger.text.endswith("s") and _SAID_THE.search(text, max(r.sentence.start, m.trigger.start - 40),
                                                                         m.trigger.start) \
                and _JUSTIFIED_AS.match(text, m.trigger.end, r.sentence.end) \
                or _FOUND_THAT_THE.search(text, max(r.sentence.start, m.trigger.start - 40), m.trigger.start) \
                and _THE_WORK_OF.match(text, m.trigger.end, r.sentence.end) \
                or _ordinary_crime(m, r.sentence, text):
            non_events.append(m)  # (and "the attack comes amid ... clashes", "tourists have come since the peace
            continue  # agreement": the background of an act, not one)
        place = _best_place(r.places)
        target: _Draft | None = None
        series = bool(_ONE_OF_SERIES.match(r.sentence.text))  # "This was one of three related attacks in Farah"
        back_reference = series or bool(_BACK_REFERENCE.search(text[max(0, m.trigger.start - 25):m.trigger.start]))
        avenged = bool(_AVENGED.search(text, max(0, m.trigger.start - 60), m.trigger.start))
        told = next((d for d in reversed(drafts) if not d.avenged), None)  # what "the attack" can refer back to
        if avenged:
            pass  # "the attack comes as retaliation for the shooting of three youths": the act avenged is another
        elif _LATER_ANOTHER.search(r.sentence.text):
            pass  # "the following day, another strike on the city killed 13 more": a later act of its own
        elif drafts and _DIED_LATER.search(r.sentence.text):
            target = drafts[-1]  # "He died in hospital early the next morning": the victim of the act just told
        elif len(drafts) > 1 and TOLL_TRIGGER.fullmatch(m.trigger.text) and _earlier(drafts[-1], drafts[0]):
            # "Last week, an IS bombing in Kabul killed five people. ... The death toll rose to 60": the toll of the
            # report's own act, not of the earlier one told last
            target = drafts[0]
        elif told is not None and back_reference and not _compatible(told.family, m.family) \
                and _GENERIC_ACT.fullmatch(m.trigger.text) and told.family not in VIOLENT | {"property"} and any(
                d.family in VIOLENT and not d.avenged for d in drafts):
            # "A grenade attack on the barracks ... police defused the fourth grenade ... evidence that ETA carried out
            # the attack": the attack, not the defusal told last
            target = next(d for d in reversed(drafts) if d.family in VIOLENT and not d.avenged)
        elif told is not None and back_reference and (_compatible(told.family, m.family) or (
                _GENERIC_ACT.fullmatch(m.trigger.text) and told.family in VIOLENT | {"property"}) or (
                # "Police defused a bomb. ... the explosives belonged to ETA": the defused bomb, not a blast
                told.family == "disrupted" and m.family == "explosion" and _WEAPON_NOUN.fullmatch(m.trigger.text)) or (
                # "Police defused a device on the line. The RIRA is suspected of the attempted attack": the defusal
                told.family == "disrupted" and _GENERIC_ACT.fullmatch(m.trigger.text)
                and _ATTEMPTED.search(text, max(0, m.trigger.start - 25), m.trigger.start))):
            # "the attack", "the incident" refers back to any violent act ("set on fire ... the attack")
            target = told
        elif drafts and any(f.continues for f in r.figures):
            target = drafts[-1]  # "the next day the men's bodies were found": the end of the abduction before
        elif drafts and drafts[-1].family == "protest" and m.family == "attack" and _same_place(drafts[-1].place, place) \
                and not (drafts[-1].when and r.when and drafts[-1].when.precision == 1 and r.when.precision == 1
                         and drafts[-1].when.value != r.when.value) \
                and (m.perpetrator is not None and m.perpetrator.actor_type == 1
                     or m.perpetrator is None and _ON_THE_CROWD.search(r.sentence.text)):
            # "Protesters marched in Omdurman ... Security forces fired live ammunition to disperse the crowd, killing
            # one": the force used on the protest told before, one event (ACLED's excessive force against protesters)
            target = drafts[-1]
        elif drafts and _EARLIER_ACT.search(r.sentence.text) and not _EARLIER_ACT.search(drafts[-1].readings[0].sentence.text):
            pass  # "... the target of a bombing last December": an earlier act, not this one
        elif drafts and not _NEW_INCIDENT.search(r.sentence.text):
            d = drafts[-1]
            if (_compatible(d.family, m.family) and _same_place(d.place, place)
                    and not (d.when and r.when and d.when.precision == 1 and r.when.precision == 1 and d.when.value != r.when.value
                             and not _siege_goes_on(d, r.when.value, r.sentence.text))):
                target = d
        if target is None:
            drafts.append(_Draft([m], [r], m.family, place, r.when, avenged))
        else:
            target.mentions.append(m)
            target.readings.append(r)
            if place is not None and not series and (target.place is None or place.precision < target.place.precision
                                                     and (not target.place.iso or place.iso == target.place.iso)):
                # (not a town of another country told later: "days after a separate raid on villages in Apa LGA")
                target.place = place  # (the series' place is the wider area: "one of three attacks in Farah")
            if target.when is None and r.when is not None:
                target.when = r.when
    # figures in sentences without a trigger join the event just before them (same paragraph)
    for r in readings:
        if r.figures and (r.mention is None or r.mention.modality == "negated"):
            prev = [d for d in drafts if d.readings[0].sentence.index < r.sentence.index
                    and any(x.sentence.paragraph == r.sentence.paragraph or x.sentence.index == r.sentence.index - 1
                            for x in d.readings)]
            if prev:
                prev[-1].readings.append(r)
                prev[-1].readings.sort(key=lambda x: x.sentence.index)
    events: list[Event] = []
    readings_by_index = {r.sentence.index: r for r in readings}
    starts = [d.readings[0].sentence.index for d in drafts] + [len(readings) + 1]
    for n_draft, d in enumerate(drafts):
        first = d.readings[0].sentence.index
        last = d.readings[-1].sentence.index
        # a claim or blame may come before the act it is about ("X claimed responsibility for setting fire to a
        # bus. The fire destroyed ..."): up to two sentences before, when no earlier event lies between
        prev_last = max((x.sentence.index for x in drafts[n_draft - 1].readings), default=-1) if n_draft else -1
        early = max(prev_last + 1, first - 2)

        def about_this_act(idx: int, first=first, last=last, early=early, n_draft=n_draft) -> bool:
            """Is a claim or blame in sentence ``idx`` about this act: within it or up to three sentences on, in
            one of the two sentences before it that tell no act of their own, or a later "the attack" of the
            report's first event."""
            return first <= idx <= last + 3 or (early <= idx < first and readings_by_index[idx].mention is None) \
                or n_draft == 0 and _refers_back(readings_by_index, idx, first)

        perp = None
        perp_mod = "asserted"
        perp_at = -1
        for m in d.mentions:
            if m.perpetrator is not None and not (perp is not None and perp.actor_type != 1 and m.perpetrator.actor_type == 1
                                                  and m.family != d.family) and (
                    perp is None or (perp.canonical is None or _is_generic(perp)) and not _is_generic(m.perpetrator)
                    or _unspecific(perp) and _named_group(m.perpetrator)):
                # (not the state that ended an armed group's act: "police stormed the cafe" after a hostage-taking)
                perp = m.perpetrator
                perp_mod = m.perpetrator_modality
                perp_at = m.sentence
        # a responsibility claim or a named armed group reporting the act names the perpetrator
        # (over an apparent state actor too: insider attacks are claimed by the group that recruited them)
        if perp is None or _is_generic(perp) or perp.canonical in descriptive_names() \
                or perp.actor_type == 1 and not (d.family == "battle" and perp.canonical not in GENERIC) \
                or perp.actor_type in (5, 6) and d.family != "protest" \
                or perp_mod == "alleged" \
                or any(idx == perp_at for idx, _src in responsibility):  # a group's own claim goes before others' suspicion
            # (and the claim of the sentence the actor was read in names its first claimant: "X, Y and Z claimed
            # responsibility for firing two rockets" is X, not the verb's nearest subject Z)
            for idx, src in responsibility:
                if not about_this_act(idx):
                    continue
                generic_src = src.canonical is None or src.canonical in GENERIC
                name = proper_group_name(src.text) if generic_src else None
                if src.canonical and src.actor_type in (2, 3, 4) and not (generic_src and name):
                    perp = _source_actor(src)
                    perp_mod = "claimed"
                    break
                if name and " " not in name and re.search(rf"\b[A-Z][a-z]+\s+{re.escape(name)}\b", text[:src.span.start]):
                    name = None  # "Omar Hayssam ... Hayssam had claimed to have made contact": a person, by surname
                if name:  # a group the dictionary does not know, named in its own claim
                    at = text.find(name, src.span.start, src.span.end + 1)
                    span = Span(at, at + len(name), name) if at >= 0 else src.span
                    perp = Actor(text=name, canonical=name, actor_type=None, span=span, category=None)
                    perp_mod = "claimed"
                    break
        if perp is None or (_is_generic(perp) and perp.actor_type != 1) or perp.canonical in descriptive_names():
            # a named armed group speaking of the act in its own voice claims it (not when the state is the actor:
            # "the Taliban said the army attacked its fighters")
            for r in d.readings:
                src = r.source
                if src is not None and src.canonical and src.actor_type in (2, 3, 4) and src.claimant_type == "armed_group" \
                        and (r.mention is not None or r.figures):
                    perp = _source_actor(src)
                    perp_mod = "claimed"
                    break
        if (perp is None or _unspecific(perp)) and d.family != "arrest":
            # (the suspects an arrest holds did another act: "police arrested three suspected X members")
            for idx, actor in blame or ():
                if about_this_act(idx):
                    perp, perp_mod = actor, "alleged"
                    break
        target = next((m.target for m in d.mentions if m.target is not None
                       and (perp is None or m.target.canonical != perp.canonical)), None)
        if perp is not None and perp.actor_type == 1 and d.family == "disrupted":
            # "Police defused a bomb ... Authorities blame the FARC for planting it": the disrupter acted (actor 1),
            # on the weapon of the group blamed for it (actor 2), as ACLED codes disrupted weapons use
            owner = next((m.perpetrator for m in d.mentions if m.perpetrator is not None
                          and m.perpetrator.actor_type in (2, 3, 4) and m.perpetrator.canonical not in GENERIC), None) \
                or next((actor for idx, actor in blame or () if first <= idx <= last + 3 and actor.actor_type in (2, 3, 4)),
                        None)
            target = owner or target
        fig_target = _target_from_figures(d, text, actor_lookup)
        if target is None or (fig_target is not None and fig_target.category == "captives"):
            target = fig_target or target
        ev_type, sub, mode = _refine_type(d, perp, target, text)
        figures = _reconcile(d, perp, outlet, text)
        _mark_disputed(figures, [r for r in readings if starts[n_draft] <= r.sentence.index < starts[n_draft + 1]],
                       perp, outlet)
        first_src = d.readings[0].source
        modality = "asserted"
        first_claimant = _claimant(first_src, perp, outlet)
        if first_claimant.claimant_type == "perpetrator":
            modality = "claimed"
        elif perp_mod == "alleged" and perp is not None:
            modality = "asserted"
        if any(m.modality == "denied" for m in d.mentions) and modality == "asserted":
            modality = "denied" if all(m.modality == "denied" for m in d.mentions) else modality
        place = d.place or doc_place
        when = d.when or When(value=None, precision=0, raw=None, span=None)
        events.append(Event(
            event_type=ev_type, sub_event_type=sub, plover=PLOVER[sub], mode=mode,
            perpetrator=perp, target=target, place=place, date=when, specificity="specific", modality=modality,
            figures=figures, evidence=[m.trigger for m in d.mentions], mentions=d.mentions,
            perpetrator_modality=perp_mod,
        ))
    # a change to a group's activity ("one of the rebels surrendered", "the army deployed troops") is not the report's
    # lead when it also tells an act of violence
    if any(e.event_type != "Strategic developments" for e in events):
        events.sort(key=lambda e: e.sub_event_type == "Change to group/activity")
    if len(drafts) > 1 and len(events) == len(drafts):
        # "Protests had resumed in southern Peru on 4 January. On 9 January, police opened fire on demonstrators ...":
        # a note whose first sentence sets the scene and whose next one opens on the act's full date leads with that act
        first, second = drafts[0].readings[0].sentence, drafts[1].readings[0].sentence
        if first.index == 0 and second.index == 1 and len(drafts[0].readings) == 1 \
                and _DATED_OPENING.match(second.text) and not _DATED_OPENING.match(first.text) \
                and _SCENE.search(first.text):
            lead = next(e for e, d in zip(events, drafts, strict=True) if d is drafts[1]) \
                if events[0].mentions is drafts[0].mentions else None
            if lead is not None:
                events.remove(lead)
                events.insert(0, lead)
    return events, non_events


def _source_actor(src: Source) -> Actor:
    span = src.actor_span or src.span
    return Actor(text=span.text, canonical=src.canonical, actor_type=src.actor_type, span=span, category=None)


def _refers_back(readings_by_index: dict, idx: int, first: int) -> bool:
    """A later claim or blame of "the attack" / "the incidents", in the paragraph of the report's first event:
    "... No group claimed responsibility for the incident; however, sources attributed the attack to X"."""
    r = readings_by_index.get(idx)
    head = readings_by_index.get(first)
    return r is not None and head is not None and idx > first and r.sentence.paragraph == head.sentence.paragraph \
        and bool(_THE_ACT.search(r.sentence.text))


def _named_group(actor: Actor) -> bool:
    """A named non-state armed group ("Shining Path"), not a generic, descriptive or state actor."""
    return actor.actor_type in (2, 3, 4) and not _unspecific(actor)


def _unspecific(actor: Actor) -> bool:
    """No organisation's name: unidentified, generic ("Police") or descriptive ("Separatists")."""
    return _is_generic(actor) or actor.canonical in GENERIC or actor.canonical in descriptive_names()


def _is_generic(actor: Actor) -> bool:
    return unidentified(actor.canonical)


def document_flags(events: list[Event], headline: str | None, headline_span: Span | None) -> list[Flag]:
    """Headline/body attribution mismatch; figures that only parties give."""
    flags: list[Flag] = []
    for ev in events:
        if ev.figures and all(f.modality == "claimed" for f in ev.figures):
            claimants = sorted({f.claimant.canonical or f.claimant.text for f in ev.figures})
            flags.append(Flag("party_only_figures",
                              f"every figure of the {ev.sub_event_type.lower()} event is a claim by a party: {', '.join(claimants)}",
                              [f.span for f in ev.figures]))
    if headline and headline_span is not None and not _ATTRIBUTION_CUE.search(headline):
        for ev in events:
            claimed = [f for f in ev.figures if f.modality == "claimed"]
            hit = [f for f in claimed if f.low is not None and re.search(rf"\b{f.low}\b", headline)]
            if hit or (ev.modality == "claimed" and any(t.field == "headline" for t in ev.evidence)):
                who = (hit[0].claimant if hit else None)
                who_s = (who.canonical or who.text) if who else "a party"
                flags.append(Flag("headline_attribution_mismatch",
                                  f"the headline states as fact what the body attributes to {who_s} alone",
                                  [headline_span] + [f.claimant.span for f in hit if f.claimant.span]))
                break
    return flags
