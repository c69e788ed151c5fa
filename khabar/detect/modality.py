"""Specificity and modality of an event mention.

Specificity: ``specific`` (one event), ``aggregate`` (a toll over a period:
"killed 300 this year"), ``generic`` (background: "have led to extrajudicial
killings"). Modality here is what the sentence itself says of the trigger:
``negated``, ``threatened``, ``future``, ``hypothetical``, ``denied`` or
``asserted``; ``claimed`` and ``alleged`` come later from attribution.
"""

from __future__ import annotations

import re

# A bare plural noun trigger ("killings, disappearances") in a sentence with one
# of these cues is background, not an event.
_GENERIC_CUES = re.compile(
    r"\b(?:for (?:decades|years|generations)|decades[- ]old|decades of|years of|(?:has|have) long|long been|"
    r"history of|numerous|frequent(?:ly)?|often|routinely|repeatedly|regularly|habitually|"
    r"human rights (?:violations|abuses)|such as|(?:have|has|had) led to|lead(?:s|ing)? to|plagued|"
    r"culture of|cycle of|campaign of|accused of|responsible for (?:a )?(?:significant|large|major)|"
    r"in general|commonly|typically|usually|widespread|systematic|tactics?|strategy)\b",
    re.IGNORECASE,
)

_AGGREGATE_CUES = re.compile(
    r"\b(?:(?:so far|since the (?:start|beginning)) (?:this|of the) (?:year|month)|"
    r"this year(?!['’]s)|last year(?!['’]s)|since (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|19\d\d|20\d\d)|in the (?:past|last) (?:\w+ )?(?:weeks|months|years|decade)|"
    r"over the (?:past|last) (?:\w+ )?(?:weeks|months|years|decade)|in recent (?:weeks|months|years)|"
    r"a total of(?! (?:[\w-]+ ){0,2}(?:rockets?|mortars?|missiles?|shells?|rounds|bullets|shots|grenades?|bombs?|"
    r"projectiles?|explosive|pounds|lbs|kgs?|kilos?|kilograms?|tons?|tonnes?|metres|meters|km|kilometres|minutes|hours))|(?:annual|monthly) (?:toll|report)|(?<!vote )(?<!votes )(?<!election )(?<!electoral )(?<!rejecting the )(?<!reject the )(?<!rejected the )(?<!contesting the )(?<!contest the )(?<!disputed )(?<!official )(?<!final )tally(?! (?:cent(?:re|er)s?|sheets?|stations?))|cumulative|to date|since the (?:war|conflict|insurgency) began)\b",
    re.IGNORECASE,
)

# A determiner or numeral right before a nominal trigger makes it refer to one event.
# "villages that the rebels had held since April": how long a place was held, no tally
_HELD_SINCE = re.compile(r"\b(?:had|have|has)\s+(?:held|controlled|occupied|besieged|run)\s+(?:it\s+|them\s+)?$|"
                         # "recaptured the town, held by Islamic State militants since August 2020"
                         r",\s+(?:held|controlled|occupied|besieged|run)\s+by\s+(?:[\w'’-]+\s+){1,5}$|"
                         # "from insurgents who had held the town since August 2020"
                         r"\b(?:had|have|has)\s+(?:held|controlled|occupied)\s+the\s+(?:town|city|village|area|district|port)\s+$", re.IGNORECASE)
# (and an appositive of a place: "a bomb exploded on a bus to Poso, the site of violence over the last two years")
_RELATIVE_BETWEEN = re.compile(r",\s+(?:which|who|where|whose|(?:the|a|an)\s+(?:site|scene|centre|center|heart|hotbed|"
                               r"epicentre|epicenter|stronghold|focus)\s+of)\b", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|a|an|one|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|"
    r"sunday's|yesterday's|today's|last night's|latest|deadly|twin|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|several|dozens of|(?:tens of )?(?:hundreds|thousands) of|scores of|a series of|a string of|a wave of|\d+)\s+(?:[\w'-]+\s+){0,3})$",
    re.IGNORECASE,
)

_HAPPENED = re.compile(r"\b(?:went off|exploded|detonated|damaged|destroyed|killed|injured|wounded|struck|hit|rocked|"
                       r"ripped through|blew up|shattered|caused|were (?:thrown|hurled|planted|fired|found)|"
                       r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last night|"
                       r"carried out|launched|staged|mounted|conducted|set off|threw|hurled|lobbed|planted|in front of|"
                       r"credited with|claimed (?:responsibility|credit) for|dispersed|to disperse|"
                       r"used (?:tear ?gas|water cannons?|batons|force|rubber bullets)|fired tear ?gas|(?:lathi|baton)[ -]?charged|"
                       r"clashed|gathered|chanted|blocked|marched|took to the streets|held an?|staged|organi[sz]ed|filled|"
                       r"on (?:or around )?\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|"
                       r"november|december) \d{4}|"
                       r"(?:at|on|near|outside|inside|against) (?:a|an|the|two|three|its|their) \w+)\b", re.IGNORECASE)
_NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|never|neither|nor|(?-i:without)|didn't|did not|wasn't|was not|weren't|were not|"
    r"there was no|there were no|denied (?:any )?|ruled out|"
    # ("No one was killed or injured": the second of the pair is denied too)
    r"(?:no one|nobody|no-one|none)\s+(?:was|were|had been|has been|got)\s+(?:\w+ly\s+)?(?:killed|hurt|injured|wounded)\s+(?:or|nor))"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)

_THREAT_BEFORE = re.compile(
    r"\b(?:threaten(?:ed|s|ing)? to|vow(?:ed|s)? to|warn(?:ed|s)? (?:of|that)|pledg(?:ed|es) to|"
    r"promis(?:ed|es) to|threat of|threatened)\b(?:\s+(?!(?:after|following|since|when)\b)[\w'-]+){0,6}\s*$",
    # (not "warned of fuel shortages after military drones hit a depot": the act that happened)
    re.IGNORECASE,
)

_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|plan(?:s|ned)? to|planning to|intend(?:s|ed)? to|is going to|are going to|"
    r"to be held|call(?:ed|s)? for (?:a |an )?|announced (?:a |an )?(?:plan|plans) (?:for|to)|"
    r"scheduled|next week|tomorrow|plotting(?=\s+(?:an?|to)\s)|(?:suspected|accused|convicted) of (?:planning|preparing))\b"
    r"(?:\s+[\w'-]+){0,4}\s*$|"
    r"\bupcoming(?:\s+[\w'-]+)?\s*$",  # ("the upcoming protest", not "... the upcoming elections by throwing grenades")
    re.IGNORECASE,
)

_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:if|could|might|(?<!since )(?<!in )(?<!of )(?<!early )(?<!late )(?<!mid-)(?<!until )(?<!by )(?<!last )(?<!next )"
    r"(?<!\d )may(?! \d)|would|should|possible|possibly|unless|fear(?:ed|s)?(?: of)?(?: an?)?|"
    r"risk of)\b(?:\s+[\w'-]+){0,4}\s*$"
    # what someone is accused of, not an act told: "two men they wrongly accused of child kidnapping"
    r"|\b(?:(?:wrongly|falsely) (?:accused|suspected)|(?:they|he|she|who|whom) (?:had )?accused) (?:them |him |her )?of "
    r"(?:[\w'-]+ ){0,4}$",
    re.IGNORECASE,
)

_DENIAL_BEFORE = re.compile(
    r"\b(?:den(?:ied|ies|y)|rejected (?:claims|reports|allegations)|dismissed (?:claims|reports))\b(?:\s+[\w'-]+){0,5}\s*$",
    re.IGNORECASE,
)

_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|and)\b|\b(?:but|however)\b", re.IGNORECASE)


# asides that speak of a series or of an actor, not of the act the clause tells: "..., the fourth such killing in the
# past four months", "The Al-Asifa Brigades, often linked to Fatah, claimed ..."
_ASIDES = re.compile(
    # (", the first provincial capital to fall to the insurgents since 2001")
    r",\s+the\s+(?:\w+(?:st|nd|rd|th)|latest|last|third|second|first)\s+(?:such\s+)?[\w-]+(?:\s+[\w-]+){0,7}?\s+"
    r"(?:in|over|since|this)\b[^,.;]*"
    r"|,\s+(?:often|frequently|usually|commonly|widely)\s+(?:linked|affiliated|associated|allied|described|"
    r"identified)\s+(?:to|with|as)\b[^,.;]*,"
    # "attacking the Ambassador Hotel, which often houses government officials": a relative clause about a thing
    r"|,\s+(?:which|where|whose)\s+(?:\w+\s+){0,2}?(?:often|frequently|usually|regularly|routinely|commonly|typically)\b[^,.;]*"
    # "the mother of a soldier killed last year were murdered": an earlier act of one of the people, not a tally
    r"|\b(?:killed|slain|murdered|died|kidnapped|abducted)\s+(?:last|this|earlier this)\s+(?:year|month|week)\b",
    re.IGNORECASE,
)


def _without_asides(sentence: str) -> str:
    """The sentence with its asides blanked out (same length: offsets stay valid)."""
    return _ASIDES.sub(lambda m: " " * len(m.group(0)), sentence)


# "A total of 168 people were killed in the blast": the whole toll of one incident, no tally over a period
_ONE_INCIDENT = re.compile(
    r"\b(?:in|during|by|from) (?:the|this|that|today's|yesterday's) (?:\w+ )?(?:blast|attack|explosion|bombing|raid|"
    r"ambush|incident|shooting|assault|clash|fire|crash|stampede|massacre|strike|air ?strike|siege|collapse)\b(?!-?s\b)",
    re.IGNORECASE,
)


# "A total of 34 people were killed and 75 were wounded": a simple past, told of one act (a tally over a period says
# "have been killed", or names its attacks)
_TOTAL_TOLD_ONCE = re.compile(r"a total of (?:[\w,-]+ ){1,4}?(?:were|was) (?:\w+ly )?(?:killed|wounded|injured|hurt|abducted|"
                              r"kidnapped|taken hostage)\b(?![^.;]*\b(?:attacks|bombings|blasts|explosions|incidents|clashes|raids|"
                              r"since|during the|over the|over (?:two|three|four|five|several|\d+) days|on (?:this|that) day|in all|nationwide|"
                              r"across)\b)", re.IGNORECASE)


def _aggregate_cue(sentence: str) -> re.Match[str] | None:
    for m in _AGGREGATE_CUES.finditer(sentence):
        if m.group(0).lower().startswith("a total of") and (_ONE_INCIDENT.search(sentence)
                                                            or _TOTAL_TOLD_ONCE.match(sentence, m.start())):
            continue
        return m
    return None


def is_aggregate(sentence: str) -> bool:
    """A sentence that tallies over a period ("since January 2004", "so far this year")."""
    return _aggregate_cue(_without_asides(sentence)) is not None


def _clause_before(sentence: str, rel_start: int, max_chars: int = 90) -> str:
    """The part of the clause before the trigger (a window cut at the last clause break)."""
    left = sentence[max(0, rel_start - max_chars):rel_start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    return left


def trigger_modality(sentence: str, rel_start: int) -> str:
    """What the sentence says of the trigger at ``rel_start`` (relative to the sentence)."""
    left = _clause_before(sentence, rel_start)
    if _NEGATION_BEFORE.search(left):
        return "negated"
    if _DENIAL_BEFORE.search(left):
        return "denied"
    if _THREAT_BEFORE.search(left):
        return "threatened"
    if _FUTURE_BEFORE.search(left):
        return "future"
    if _HYPOTHETICAL_BEFORE.search(left):
        return "hypothetical"
    return "asserted"


_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|worst|deadliest|bloodiest|first|heaviest|fiercest|highest|lowest)\b[^.;]{0,40}$",
                          re.IGNORECASE)


# a court's or a prosecutor's act: the violence it names after it is the case's past, not the report's event
_JUDICIAL = re.compile(r"\b(?:sentenced|sentences|convicted|acquitted|jailed for|indicted|found guilty|pleaded guilty|"
                       r"stood trial|on trial|trial of|verdict|prosecuted|charged (?:\w+ ){0,2}(?:with|over|for|in connection))\b",
                       re.IGNORECASE)

# the act a trial is about, named with its year ("the 2019 bombing", "a 2013 sit-in"); "indicted for an attack on a
# church" may well be the report's own event
_CASE_ACT = re.compile(r"\b(?:19|20)\d\d\s+(?:[\w'-]+\s+)?$", re.IGNORECASE)


# the plural head after a noun trigger: "bomb attacks", "grenade blasts" are as bare a plural as "bombings"
_PLURAL_HEAD = re.compile(r"[ -](?:attacks|assaults|blasts|explosions|strikes|raids|ambushes|killings|bombings|shootings)\b",
                          re.IGNORECASE)
# a habit told: "continue to target civilians ... in a campaign of ..."
_HABIT = re.compile(r"\b(?:(?:has|have|had) (?:been|long|repeatedly|often)|often|routinely|frequently|regularly|"
                    r"continu(?:e|es|ed|ing) to)\b", re.IGNORECASE)


# a trigger that is a clause, not a noun ("being picked up by men in plainclothes"): no bare plural, whatever it ends in
# a verb's phrase in a row of nouns, whose object is a plural ("held up placards", "waved flags"): told as done
_PAST_VERB_FIRST = re.compile(r"(?:\w+ed|held|took|sat|stood|threw|set|made|led|went|ran|fought|began|brought|kept|put|"
                              r"waved|wore|hung|burnt|lit)\s+\w", re.IGNORECASE)
_CLAUSE_TRIGGER = re.compile(r"\b(?:being|been|was|were|is|are)\b", re.IGNORECASE)


def specificity(sentence: str, rel_start: int, trigger: str, is_noun: bool, has_count: bool) -> str:
    """``specific``, ``aggregate`` or ``generic`` for a trigger in a sentence."""
    sentence = _without_asides(sentence)
    agg = _aggregate_cue(sentence)
    if agg and _SUPERLATIVE.search(sentence, max(0, agg.start() - 50), agg.start()):
        agg = None  # "the largest such gathering since 1989": a comparison, no tally
    if agg and not (agg.start() > rel_start and _RELATIVE_BETWEEN.search(sentence, rel_start, agg.start())) \
            and not _HELD_SINCE.search(sentence, max(0, agg.start() - 40), agg.start()):
        # (not a tally in a relative clause after the act: "recaptured the town, which insurgents had held since
        # August 2020")
        return "aggregate"
    left = sentence[:rel_start]
    if _JUDICIAL.search(left) and _CASE_ACT.search(left):
        return "generic"  # "A court sentenced 75 people to death over a 2013 sit-in"
    definite = bool(_DEFINITE_BEFORE.search(left))
    bare_plural = is_noun and not definite and not _CLAUSE_TRIGGER.search(trigger) and not _PAST_VERB_FIRST.match(trigger) \
        and (trigger.lower().endswith("s") or bool(_PLURAL_HEAD.match(sentence, rel_start + len(trigger))))
    # a bare plural ("bombs", "killings") is background unless the clause tells of something that happened
    if bare_plural and (_GENERIC_CUES.search(sentence) or not (has_count or _HAPPENED.search(sentence))):
        return "generic"
    if not definite and not has_count and _GENERIC_CUES.search(sentence) and _HABIT.search(sentence):
        return "generic"
    return "specific"
