"""Figures: which numbers in a sentence count the killed, injured, abducted,
arrested, rescued, missing or displaced, and whom they count.

A grammar over the numbers that :mod:`khabar.text.numbers` finds:

* post-nominal:   ``NUM (subject) (were|was|...) KIND`` — "six assailants were killed"
* active:         ``KIND-VERB NUM (subject)`` — "killing 12 people", "the death toll rose to 15"
* coordination:   ``NUM subject and NUM subject were KIND`` — both take the kind
* subsets:        ``12 people, including three children, were killed`` — the three are not added
* singular:       ``a policeman was killed``, ``killing a soldier`` — one
* negation:       ``no one was killed``, ``no casualties`` — zero

Claimants and sums across groups are decided later (attribution, fusion);
this module only reads one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.text.numbers import NumberMatch, find_numbers

# what became of people seized ("were seized from the post and burned alive"), and "displaced" as an adjective of the
# subject ("18 displaced people were hacked to death"), in both lists of kind words below
_THEN_KILLED = (r"(?:seized|abducted|kidnapped|captured|caught|dragged|taken) (?:[^.;]{0,60}?\s)?and (?:then |later |"
                r"subsequently )?(?:killed|burn(?:ed|t) alive|burn(?:ed|t) to death|lynched|executed|beheaded|hacked to death|"
                r"beaten to death|shot dead)|burn(?:ed|t) alive")
# an intransitive death where a passive auxiliary would stand: "... among them two children, died"
_DIED_AHEAD = r"(?=(?:died|perished)\b)"
_DISPLACED = (r"displaced(?!\s+(?:people|persons|civilians|families|residents|villagers|women|men|children)\s+"
              r"(?:were|was|had been|have been)\b)")

# Kind words after the subject (passive, adjectival or intransitive).
_KIND_AFTER = [
    ("killed", _THEN_KILLED + r"|killed|dead|died|die|dies|slain|shot dead|gunned down|executed|massacred|murdered|perished|"
               r"lost (?:their|his|her) lives|beheaded|burnt to death|burned to death|hacked to death|assassinated|"
               r"(?:shot|stabbed|beaten|clubbed|stoned|bludgeoned) to death|"
               r"bodies (?:were )?(?:found|recovered)|fatalities|deaths|martyred|succumbed|neutrali[sz]ed|bodies|corpses"),
    ("injured", r"injured|wounded|hurt|sustained (?:\w+ )?injuries|suffered (?:\w+ )?injuries|received (?:\w+ )?injuries|"
                r"survived with (?:[\w-]+ )?(?:wounds|injuries)|"
                r"hospitali[sz]ed|injuries|poisoned|sickened|made (?:ill|sick)|fell (?:ill|sick|unconscious)|(?:reported )?sick"),
    ("abducted", r"abducted|kidnapped|taken hostage|hostages?|seized|taken captive|taken away"),
    ("held_captive", r"held captive|held hostage|in captivity|captives"),
    ("arrested", r"arrested|detained|apprehended|nabbed|taken into custody|held for questioning|rounded up|picked up"),
    ("rescued", r"rescued|freed|released|recovered alive|evacuated"),
    ("missing", r"missing|unaccounted for"),
    ("displaced", _DISPLACED + r"|fled (?:their|the) homes|forced to flee|made homeless|homeless"),
]
_KIND_OF_WORD: list[tuple[str, re.Pattern[str]]] = [(k, re.compile(rf"^(?:{p})$", re.I)) for k, p in _KIND_AFTER]
_KIND_AFTER_RX = "|".join(f"(?:{p})" for _, p in _KIND_AFTER)

_KIND_VERB_RX = (_THEN_KILLED + r"|killed|dead|died|die|dies|slain|lynched|shot dead|gunned down|executed|massacred|murdered|perished|"
                 r"lost (?:their|his|her) lives|beheaded|burnt to death|burned to death|hacked to death|martyred|succumbed|neutrali[sz]ed|"
                 r"assassinated|(?:shot|stabbed|beaten|clubbed|stoned|bludgeoned) to death|"
                 r"injured|wounded|hurt|sustained (?:\w+ )?injuries|suffered (?:\w+ )?injuries|received (?:\w+ )?injuries|"
                 r"survived with (?:[\w-]+ )?(?:wounds|injuries)|hospitali[sz]ed|poisoned|sickened|made (?:ill|sick)|fell (?:ill|sick|unconscious)|sick|abducted|kidnapped|taken hostage|seized|taken captive|taken away|held captive|held hostage|"
                 r"arrested|detained|apprehended|nabbed|taken into custody|held for questioning|rounded up|picked up|"
                 r"rescued|freed|released|recovered alive|evacuated|missing|unaccounted for|"
                 + _DISPLACED + r"|"
                 r"fled (?:their|the) homes|forced to flee|made homeless")


_OF_BEFORE = re.compile(r"\bof\s+$", re.I)
_ONE_HOUSEHOLD = re.compile(r"\s+(?:family|families|household|households|clan|tribe)\b(?!\s+members?)", re.I)


# Words that end a subject noun phrase.
_BREAKERS = (
    r"in|at|on|after|when|while|as|by|from|during|said|says|told|and|or|near|to|into|of|were|was|are|is|"
    r"have|has|had|been|being|got|who|which|that|the|but|with|for|inside|outside|across|since|before|"
    r"also|reportedly|allegedly|later|critically|seriously|severely|fatally|badly|slightly|mostly|"
    r"including|among|yesterday|today|late|early|last|besides"
)
_SUBJ_WORD = rf"(?:(?-i:IS)(?=\s)|(?!(?:{_BREAKERS}|{_KIND_VERB_RX})\b)[\w'’-]+)"  # ("IS fighters": Islamic State's)
_SUBJ_WORD_ACTIVE = rf"(?!(?:{_BREAKERS})\b)[\w'’-]+"
_AUX = r"(?:(?:were|was|are|is|have been|has been|had been|got|been|being|have|has|had|reportedly|allegedly|also|later|reported|" \
       r"subsequently|eventually|" \
       r"shot and|stabbed and|beaten and|tortured and|abducted and|kidnapped and|found|later found|" \
       r"all|both|critically|seriously|severely|fatally|badly|slightly|mortally|grievously|were also|being)\s+)*"

def _post_rx(kinds: str) -> re.Pattern[str]:
    return re.compile(
        rf"^\s*(?:-|,)?\s*(?:of\s+(?:the\s+)?)?(?P<subj>(?:{_SUBJ_WORD}(?:\s+|(?=,))){{0,5}}?"
        # "12 soldiers and policemen were killed": and a bare plural, no count of its own
        rf"(?:(?<=s )(?:and|&)\s+(?!(?:dozens|hundreds|thousands|scores|tens|others|several|many|some|their)\b)(?:other\s+)?"
        rf"(?:passers-?by|(?:(?-i:[A-Z])[\w'’-]*\s+){{0,2}}[a-z][\w'’-]*(?:s|men|people|children|police))\s+(?=(?:were|have|had)\b))?"
        rf"(?:(?:people|persons)(?:\s+|(?=,)))?)"
        rf"(?:,[^,;]{{1,90}},\s*|,\s*)?{_AUX}['‘\x22“]?(?P<kind>{kinds})\b",  # (and "2 assailants were 'neutralised'")
        re.IGNORECASE,
    )


# verbs and adjectives first ("three hostages were killed" counts the killed), then nouns ("three hostages")
_POST_RXS = (_post_rx(_KIND_VERB_RX), _post_rx(_KIND_AFTER_RX))
# "Two members of the patrol were killed", "Five women who worked as translators were shot dead", "two of the
# women were killed": a phrase after the noun, then a passive verb (an auxiliary is required, so that "three men in
# a car killed a guard" is not read)
_GAP_WORD = r"(?!(?:and|but|when|after|while|before|because|although|then|where|whereas|if|since|until|killing|wounding|" \
            r"injuring|said|says|according)\b)[\w'’.&/()-]+"
_POST_GAP_RX = re.compile(
    rf"^\s*(?:of\s+(?:the|those|his|her|their|its)\s+)?(?P<subj>(?:{_SUBJ_WORD}\s+){{0,4}}?)"
    rf"(?P<gap>(?<=of the )|(?<=of those )|(?<=of his )|(?<=of her )|(?<=of their )|(?<=of its )|(?:of|from|in|at|with|on|for|who|aboard|working|serving|belonging|inside|near|travell?ing|riding|living|"
    rf"based|employed|attached|assigned|(?!(?:killing|wounding|injuring|leaving|saying|including|during|according|"
    rf"following|bring|morning|evening|building|king|thing|nothing|something|anything|everything)\b)[a-z]+ing)"
    rf"(?!\s+had\s+been\b)\s+(?:{_GAP_WORD}\s+){{0,11}}?(?:{_GAP_WORD},\s+)?)"
    rf"(?:(?:were|was|had been|have been)\s+{_AUX}|{_DIED_AHEAD})(?P<kind>{_KIND_VERB_RX})\b",  # (or died)
    re.IGNORECASE,
)

# "three people trapped inside died", "five passengers caught in the blaze perished": a participle phrase, then an
# intransitive verb of death
_POST_PARTICIPLE_RX = re.compile(
    rf"^\s*(?P<subj>(?:{_SUBJ_WORD}\s+){{0,3}}?)(?:trapped|caught|sleeping|hiding|sheltering|gathered|standing|sitting)\b"
    rf"(?:\s+{_GAP_WORD}){{0,6}}?\s+(?:were\s+|was\s+)?(?P<kind>died|perished|killed|burned to death|burnt to death)\b",
    re.IGNORECASE,
)
# a count's own verb and then the list of its parts: "19 people died, including ..."
_KIND_THEN_INCLUDING = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,3}}?(?:{_KIND_VERB_RX})\s*,\s*(?:including|among them)\s+(?:the\s+)?",
                                  re.IGNORECASE)
_ACTIVE = [
    ("killed", r"(?:acknowledged|admitted|confirmed|conceded) (?:the )?loss of|admitted losing|fatally (?:shot|shooting|stabb(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))|kill(?:ed|ing|s)?|neutrali[sz](?:ed|ing)|lynch(?:ed|ing)|execut(?:ed|ing|es)|massacr(?:ed|ing)|murder(?:ed|ing)|slew|shot dead|shooting dead|gunned down|gunning down|"
               r"behead(?:ed|ing)|claim(?:ed|ing) the lives of|(?:death )?toll(?:,[^,;]{1,40},)? (?:\w+ ){0,3}(?:to|at|of)|assassinat(?:ed|ing)|"
               r"kill(?:ed|ing) (?:himself|herself|themselves) and|(?:kill|murder|shot)(?:ed|ing)? and (?!wound|injur|hurt|maim)\w+(?:ed|ing)|"
               r"lynch(?:ed|ing) and (?:set fire to|set ablaze|burned|burnt|beheaded|mutilated)|"
               # "hacked and shot to death 11 villagers"
               r"(?:hack|stabb|beat|club|bludgeon|burn|shot|shoot|stone)\w* (?:and (?:hack|stabb|beat|club|shot|burn|stone)\w* )?to death|"
               r"(?:death|casualty) toll (?:\w+ ){0,3}(?:to|at|of)|(?:bodies|body|corpses|corpse) of"),
    ("injured", r"wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|hurting|hurt|maim(?:ed|ing|s)?"),
    ("abducted", r"abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?|took|taking|seized|seizing|hijacked|snatched"),
    ("held_captive", r"holding|held|hold"),
    ("arrested", r"arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|apprehend(?:ed|ing)|nabb(?:ed|ing)|round(?:ed)? up"),
    ("rescued", r"rescu(?:ed|ing|es)|freed|freeing|releas(?:ed|ing)|evacuat(?:ed|ing)"),
    ("displaced", r"displac(?:ed|ing)|uproot(?:ed|ing)"),
]
_ACTIVE_RX = re.compile(
    r"(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _ACTIVE) + r")\s+(?:(?:another|all|the|some|an estimated|over|nearly)\s+)?$",
    re.IGNORECASE,
)

# What may stand between two coordinated numbers ("one civilian and six assailants").
_COORD_RX = re.compile(
    # ("65 Ethiopian workers and guards and nine Chinese nationals": two nouns joined in one subject)
    rf"^\s*(?P<subj>(?:{_SUBJ_WORD}\s*(?:\([^()]{{1,20}}\)\s*)?){{0,5}}?(?:and\s+{_SUBJ_WORD}\s+(?=and\s))?"
    rf"(?:(?:on board|aboard|on the ground|on the (?:plane|bus|train|ship|aircraft|flight|boat))\s*)?"
    rf"(?:(?:of|from)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:{_SUBJ_WORD}\s+){{0,2}}?{_SUBJ_WORD}\s*)?)"
    rf"\s*(?:(?P<add>,?\s*(?:and|as well as|plus|along with|,)\s*(?:another|other|all|the|all the)?)|"
    rf"(?P<sub>,?\s*(?:including|among them|of whom|of them|among whom|among those)\s*"
    rf"(?:(?:(?:a|an|the|his|her)\s+[\w'’ -]{{1,40}}?|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}))(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
    rf"(?:(?:the|all|both|all the|one of the)\s+)?))\s*$",
    re.IGNORECASE,
)
# _COORD_RX ends with one of these words (then spaces): a gap that ends otherwise is no coordination, and is
# not tried (on a long gap the pattern backtracks a long time before it fails)
_COORD_ENDS = ("and", "as", "plus", "with", ",", "other", "including", "them", "whom", "those", "the", "all", "both")


def _may_coordinate(gap: str) -> bool:
    return not gap.isascii() or gap.rstrip().lower().endswith(_COORD_ENDS)


# "killing 9 officers and the bomber": the attacker, a person not counted before
_THE_ATTACKER = r"the(?=\s+(?:suicide\s+)?(?:bomber|attacker|gunman|assailant|driver|hijacker|kidnapper|hostage-taker)\b)"
_PERSON = (
    r"man|woman|boy|girl|child|person|civilian|policeman|policewoman|police officer|officer|soldier|trooper|jawan|"
    r"pilot|co-pilot|crew member|attache|attaché|diplomat|ambassador|consul|manager|executive|director|counsel(?:l)?or|"
    r"advis[eo]r|expert|missionary|refugee|nun|monk|banker|industrialist|professor|interpreter|translator|clerk|"
    r"watchman|agent|informant|mechanic|technician|inspector|businesswoman|settler|hitchhiker|commando|sheikh|"
    r"lecturer|organi[sz]er|representative|motorist|cleric|tapper|shepherd|miner|priest|monk|barber|baker|butcher|"
    r"vendor|merchant|pharmacist|tailor|goldsmith|pastor|preacher|catechist|"
    r"constable|guard|security guard|driver|student|teacher|worker|leader|official|farmer|villager|shopkeeper|trader|"
    r"journalist|reporter|doctor|nurse|militant|insurgent|cleric|imam|priest|elder|tribal elder|member|commander|"
    r"worshipper|resident|passenger|pilgrim|employee|engineer|contractor|headman|chief|businessman|politician|"
    r"activist|lawyer|judge|councillor|councilor|mayor|governor|legislator|MLA|MP|candidate|tourist|foreigner|"
    r"aid worker|health worker|polio worker|vaccinator|labourer|laborer|fisherman|herder|herdsman|informer|suspect|"
    r"bystander|pedestrian|infant|baby|teenager|youth|girl student|army officer|major|captain|lieutenant|sergeant|"
    r"colonel|brigadier|general|rebel|fighter|gunman|attacker|assailant|bomber|suicide bomber|hostage|captive|victim|"
    r"hijacker|kidnapper|hostage-taker|thief|robber|burglar|criminal|bandit|gang member|"
    r"president|vice-president|chairman|minister|deputy|envoy|editor|publisher|spokesman|prosecutor|magistrate|"
    r"landowner|rancher|foreman|farmhand|peasant|physician|surgeon|storekeeper|owner|principal|headmaster|councilman|senator|"
    r"congressman|lawmaker|photographer|cameraman|citizen|national|head(?= of\b)|"
    # kin: "killing his daughter", "the general's son was shot dead"
    r"son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|uncle|cousin|relative|bodyguard|aide|"
    r"assistant|secretary|escort|chauffeur|companion|colleague|classmate|schoolmate|pupil|guest|friend|neighbou?r|fianc[eé]e?|girlfriend|boyfriend|"
    r"grandson|granddaughter|grandfather|grandmother|grandchild|stepson|stepdaughter|(?:father|mother|son|daughter|brother|"
    r"sister)-in-law|housekeeper|maid|servant|cook|gardener|nanny|footman|butler|patient|customer|client|visitor|"
    # people named by nationality alone: "a Libyan was shot and killed", "killing a Swede"
    r"American|Briton|Englishman|Frenchman|Spaniard|Swede|Dane|Finn|Pole|Turk|Kurd|Arab|Jew|Israeli|Palestinian|"
    r"Libyan|Egyptian|Somali|Iraqi|Iranian|Syrian|Lebanese|Jordanian|Saudi|Yemeni|Afghan|Pakistani|Indian|"
    r"Sri Lankan|Bangladeshi|Nepali|Chinese|Japanese|Korean|Filipino|Indonesian|Malaysian|Thai|Russian|Chechen|"
    r"Ukrainian|German|Austrian|Swiss|Italian|Greek|Cypriot|Belgian|Dutchman|Canadian|Mexican|Colombian|"
    r"Peruvian|Venezuelan|Chilean|Argentine|Brazilian|Cuban|Nigerian|Kenyan|Ugandan|Sudanese|Ethiopian|Algerian|"
    r"Moroccan|Tunisian|Australian|Armenian|Georgian"
)
_ONE_ITEM = r"(?:a|an|one|his|her|their)\s+(?!number\b|unknown\b|few\b)(?!(?:and|as)\b)[a-z][\w'’-]*(?:\s+(?!(?:and|as)\b)[a-z][\w'’-]*){0,2}"
_MID_ITEM = re.compile(rf"\b{_ONE_ITEM}", re.I)
_MID_SINGULARS = re.compile(rf",\s*((?:{_ONE_ITEM}\s*,\s*)*{_ONE_ITEM})\s*,?\s*(?=(?:and|as well as)\s*$)", re.I)
_SINGULAR_PASSIVE_RX = re.compile(
    rf"\b(?P<det>a|an|the|one|his|her|their)\s+(?P<subj>(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON}))\b"
    rf"(?:\s+(?:of|from|for|in)\s+(?:[\w'’().-]+\s+){{0,5}}?[\w'’().-]+(?=,))?\s*(?:,[^,;]{{1,90}},\s*)?(?:[\w'’-]+\s+){{0,5}}?"
    rf"(?:was|has been|had been|got|is)\s+(?:\w+ly\s+|also\s+)?(?:(?:later\s+)?found\s+(?=dead|murdered|slain|shot))?"
    rf"(?:(?:shot|stabbed|beaten|tortured|ambushed|abducted|kidnapped|attacked|seized|taken hostage [^.;]{{0,40}}?being shot) and\s+)?"
    rf"(?P<kind>{_KIND_AFTER_RX})\b",
    re.IGNORECASE,
)
# "a police officer and two assailants were killed": the singular half of a coordination counts one
_SINGULAR_COORD_RX = re.compile(
    rf"\b(?P<det>a|an|one|the|his|her)\s+(?P<subj>(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON}))\s*"
    rf"(?:,(?![^,;]{{0,90}}\b(?:were|have been)\s+(?:\w+ly\s+)?(?:{_KIND_VERB_RX})\b)[^,;]{{1,90}},\s*)?,?\s+and\s+"
    rf"(?P<rest>[^.;]{{1,80}}?)\s+(?:were|had been|have been)\s+(?:\w+ly\s+)?(?P<kind>{_KIND_VERB_RX})\b",
    re.IGNORECASE,
)
_SINGULAR_ACTIVE_RX = re.compile(
    r"(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _ACTIVE if k != "held_captive") +
    rf")\s+(?P<det>a|an|the|his|her|their)\s+(?P<subj>(?:(?:[\w'’-]+\s+){{0,3}}?\([\w'’ -]{{1,15}}\)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON}))\b(?!'s)",
    re.IGNORECASE,
)

# "a mob burned him to death", "cow vigilantes beat a Muslim man to death": one killed, with no number
_BY_HAND = r"beat|beats|burned|burnt|hacked|stoned|clubbed|kicked|tortured|stabbed|lynched"
_ONE_PERSON = rf"(?:a|an|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON})"
_SINGULAR_TO_DEATH = re.compile(
    rf"\b(?:{_BY_HAND}|beating|burning|hacking|stoning|clubbing|kicking|torturing|stabbing|lynching)\s+(?P<det>)"
    rf"(?P<subj>him|her|{_ONE_PERSON}|(?-i:[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al|bin|ibn|de)){{0,3}}))\s+to\s+death\b",
    re.IGNORECASE)
# "vigilantes beat to death a man suspected of theft": the one killed after "to death"
_TO_DEATH_SINGULAR = re.compile(rf"\b(?:{_BY_HAND})\s+to\s+death\s+(?P<det>)(?P<subj>{_ONE_PERSON}|the\s+(?:[\w'’-]+\s+){{0,3}}?"
                                rf"(?:{_PERSON}))\b(?!\s+and\b)", re.IGNORECASE)
_NAMED_PASSIVE_RX = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:and|but)\s+|\band\s+|\bthat\s+|\s[—–-]{1,2}\s+)"
    # (after a title in lower case: "Environmental activist Marcos Ulloa, who had campaigned ..., was shot dead")
    r"(?:[A-Z][a-z]+\s+(?:[a-z][a-z-]+\s+)?(?:activist|journalist|leader|lawyer|politician|candidate|official|mayor|"
    r"councill?or|priest|pastor|imam|cleric|teacher|businessman|businesswoman|trader|farmer|commander|judge|lawmaker|"
    r"senator|governor|minister|editor|blogger|unionist|campaigner|defender|advocate|doctor|chief|spokesman|"
    r"spokeswoman)\s+(?=[A-Z][\w'’-]+\s+[A-Z]))?"
    r"(?P<subj>(?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|bin|ibn)){0,4})(?:,[^,;]{1,90},)?\s+"
    r"(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:(?:shot|stabbed|ambushed|abducted|kidnapped|tortured|attacked|beaten|"
    r"seized|captured) and\s+|later\s+)?"
    r"(?P<kind>killed|executed|shot dead|murdered|assassinated|beheaded|gunned down|(?:shot|stabbed|beaten) to death|"
    r"injured|wounded|abducted|kidnapped)\b")
_NAMED_ACTIVE_RX = re.compile(
    r"\b(?P<verb>killed|shot and killed|shot dead|gunned down|assassinated|murdered|executed|stabbed and killed|beheaded|"
    r"(?:hacked|stabbed|beaten|beat|bludgeoned|burned|burnt) to death|"
    r"abducted|kidnapped|shot and wounded|wounded)\s+(?P<subj>(?:(?:police|army|district|village|tribal|provincial)\s+)?"
    r"(?:(?:officer|commander|chief|leader|official|councillor|councilor|mayor|judge|journalist|lawyer|activist|elder|"
    r"businessman|politician|lawmaker|cleric|teacher|student|doctor|engineer|soldier|policeman|constable|sheikh)\s+)?"
    r"(?:(?:[A-Z][\w'’.-]+|al-[\w'’-]+|bin|de|del|van|von)\s+){0,6}(?:[A-Z][\w'’-]+|al-[\w'’-]+))"
    r"(?=\s*(?:,|\.|;|$|\s+(?:in|on|at|near|as|while|who|after|outside|inside|and)\b))")
# "killing a Swede, a Turk, a Somali and an Egyptian": each further singular of a list counts one
_LIST_ITEM = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+(?:and|as well as)\s+)(?P<who>(?:(?:a|an|the|his|her|their|one)\s+"
                        rf"(?:[\w'’-]+\s+){{0,2}}?)?(?:{_PERSON}|passer-?by)|one\s+of\s+(?:his|her|their|its|the)\s+"
                        rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON})(?:s|es))\b(?!'s|’s)"
                        rf"(?!\s+(?:said|says|told|reported|added|stated|claimed|confirmed|announced)\b)"
                        # (with what it did: "a doctor who had stopped to help, and a civilian")
                        rf"(?:\s+who\s+[^,;.]{{1,60}}(?=\s*,))?", re.I)
_OF_A_BODY_NAMED = re.compile(r"\s+of\s+(?:the\s+)?(?:parliament|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})\b", re.I)
# a second role of the same person, without an article: "a social leader and member of the local board"
_OF_A_BODY = re.compile(r"\s+of\s+(?:the|a|an|his|her|their|its)\s", re.I)
# "killed a couple", "an elderly couple was shot dead": two
_COUPLE = re.compile(r"\b(?:kill(?:ed|ing)|murder(?:ed|ing)|shot and killed|shot dead|gunned down|execut(?:ed|ing))\s+(?:a|an|the)\s+"
                     r"(?:[\w'’-]+\s+){0,2}?couple\b(?!\s+of)|\b(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?couple\s+(?:was|were|had been)\s+"
                     r"(?:\w+ly\s+)?(?:found\s+|shot and\s+)?(?:killed|murdered|shot dead|dead|slain)\b", re.I)
# "both he and his driver were killed": two
_HE_AND = re.compile(rf"\b(?:both\s+)?(?:he|she)\s+and\s+(?P<who>(?:his|her)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON}))\s+"
                     rf"(?:were|had been|have been)\s+(?:\w+ly\s+)?(?:shot and\s+|found\s+)?(?P<kind>killed|dead|murdered|shot dead|"
                     rf"injured|wounded|abducted|kidnapped)\b", re.I)
_NOT_A_PERSON = re.compile(r"\b(?:Taliban|State|Army|Police|Forces?|Corps|Brigade|Front|Group|Party|Movement|Haram|Shabaab|"
                           r"Afghan|Pakistani|Indian|Nigerian|Iraqi|Syrian|Somali|It|This|That|There|The|They|We|Assailants|Gunmen|"
                           r"Militants|Soldiers|Officials|Police|Security|Nobody|Noone|None|Everyone|Everybody|Someone|Somebody|Anyone|Anybody)\b")
_ATTACKER_IN_ADDITION = re.compile(r"\bin addition to (?:the|both|all)\s+(?:(?P<n>\w+)\s+)?(?P<noun>(?:suicide )?(?:assailant|attacker|bomber|"
                                   r"perpetrator|gunm[ae]n|hijacker)s?)\b", re.I)
# "killing four people as well as themselves": the attackers counted before die too
_SELF_IN_ADDITION = re.compile(r"\b(?:as well as|besides|along with|in addition to)\s+(?P<n>)(?P<noun>themselves|himself|herself)\b",
                               re.I)
# "killed 54 people as well as the two suicide bombers": a count after the dead's aside is of the dead
_DEAD_BESIDES = re.compile(r"\b(?:killed|dead|died)\b(?:(?!\b(?:when|after|while|who|which|and|injured|wounded|hurt|abducted|"
                           r"kidnapped|attacked)\b)[^.;:]){0,60}?\b(?:in addition to|along with|together with|as well as|"
                           r"besides)\s+(?:the\s+|both\s+|all\s+)?$", re.I)
_SMALL_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _count_value(word: str) -> int | None:
    """A small count written in words or digits ("two", "12"), else None."""
    w = word.lower()
    return _SMALL_COUNTS.get(w) or (int(w) if w.isdigit() else None)


def _attackers_named_before(text: str, start: int, end: int) -> int | None:
    """How many attackers the last count of them in ``text[start:end]`` names ("two female suicide bombers")."""
    prior = list(_ATTACKER_COUNT.finditer(text, start, end))
    return _count_value(prior[-1].group("n")) if prior else None
_ATTACKER_COUNT = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                             r"(?:(?:armed|suicide|female|male|teenage|young|masked)\s+){0,2}"
                             r"(?:assailants|attackers|bombers|gunmen|perpetrators|hijackers)\b", re.I)
# "X was killed along with his deputy and five other people": the companions die too
_ALONG_WITH = re.compile(r"\b(?P<kind>killed|injured|wounded|abducted|kidnapped)\s+(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4},\s+(?:a|an|the)\s+[^.;,]{1,80},\s+)?"
                         r"(?:along|together)\s+with\s+(?P<rest>[^.;]{1,120})", re.I)  # ("killed X, a member of ..., along with")
_COMPANION = re.compile(rf"\b(?:one\s+of\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON})s|"
                        rf"(?:his|her|their|a|an|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON}))\b", re.I)
_TOLL_ROSE = re.compile(r"\b(?:rose|risen|climbed|jumped|increased|reached|stood|stands|went up|ranged from|ranging from|varied from|varying from)\s+(?:to\s+|at\s+)?$", re.I)
_SPECULATIVE = re.compile(r"\b(?:could|may|might|would|will|expected|likely|feared|set(?! fire| ablaze| alight| on fire)|projected|predicted)\b", re.I)
_TOLL_WORD = re.compile(r"\b(?:death|casualty|fatality) toll\b", re.I)
# "killing one of the Palestinians", "one of Jaber's bodyguards was killed": "one" as a pronoun still counts
_ONE_OF_ACTIVE = re.compile(r"\b(?P<kind>killing|killed|wounding|wounded|injuring|injured)\s+one of (?:the|his|her|their|its|[A-Z][\w'’-]+'s)\b")
_ONE_OF_PASSIVE = re.compile(r"(?:^|[.;,]\s+|\band\s+)(?-i:One|one) of (?:the |his |her |their |its |[A-Z][\w'’-]+'s )?(?:[\w'’-]+\s+){0,2}?"
                             r"(?:(?:was|had been|has been)\s+(?:\w+ly\s+)?(?P<kind>killed|shot dead|injured|wounded|kidnapped|abducted)|"
                             r"(?:later\s+|subsequently\s+)?(?P<died>died|succumbed))\b",
                             re.I)
_ACTIVE_SINGULAR_AND = re.compile(
    rf"\b(?P<verb>kill(?:ed|ing)|shot dead|shooting dead|gunned down|gunning down|wound(?:ed|ing)|injur(?:ed|ing)|abduct(?:ed|ing)|"
    rf"kidnapp(?:ed|ing))\s+(?:a|an|one|the|his|her)\s+"
    # (and the office's place: "killed the district governor of Khan Abad and two of his bodyguards")
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON})(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){{0,4}}?)?"
    rf"\s+(?:and|as well as)\s+$", re.I)
# a singular coordinated before a count: "The pastor and five worshippers were killed"
_SINGULAR_AND_BEFORE = re.compile(rf"(?:^|(?<=[.;:]\s))(?P<who>(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?"
                                  rf"(?:{_PERSON}))\s+(?:and|as well as)\s+$", re.I)
_AND_SINGULAR = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,5}}?(?:and|as well as)\s+(?P<who>(?:a|an|his|her|their|one|the)\s+(?:[\w'’-]+\s+){{0,2}}?"
                           rf"(?:{_PERSON}|passer-?by)|himself|herself)\b", re.I)  # ("killing four soldiers and himself")
# "Bernard Lamy, a Belgian architect overseeing the works at the hospital, was killed", "a garbage collector was
# shot and later died": one person, whatever the words that name them, when nothing else in the sentence is counted
_ONE_WAS_KILLED = re.compile(
    r"\b(?:was|has been|had been)\s+(?:(?:later|reportedly|allegedly|instantly|also|subsequently|eventually|then)\s+)?"
    r"(?:(?:shot|stabbed|beaten|ambushed|abducted|kidnapped|tortured|attacked|seized|captured|wounded|injured|"
    r"caught|set upon|dragged|pulled|grabbed)"  # ("a suspected thief was caught and burned to death by a crowd")
    r"(?:[^.;]{0,80}?[\s(])?and\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?)?"
    r"(?:killed|shot dead|shot to death|stabbed to death|beaten to death|hacked to death|burn(?:ed|t) to death|murdered|"
    r"assassinated|executed|beheaded|gunned down|slain|found (?:shot )?dead|found murdered|found shot to death|strangled|"
    r"found (?:\w+ed )?to death|found (?:slain|hanged|strangled|decapitated|beheaded|with (?:his|her) throat slit)|"
    r"lynched|decapitated|died|fatally (?:shot|stabbed|wounded|injured))\b|"
    r"(?<=\s)(?P<died>(?:later\s+|subsequently\s+|eventually\s+)?died)\b", re.I)
# "A Red Crescent official and his wife were killed", "Alberto Ruiz, a party activist, and his bodyguard were found
# dead", "Ana Diaz, Luis Soto and Pedro Gil were shot dead": coordinated singulars, each one
_PAIR_WERE_KILLED = re.compile(
    r"\b(?:were|have been|had been)\s+(?:(?:later|reportedly|allegedly|instantly|also|both|subsequently|all)\s+)?"
    r"(?:(?:shot|stabbed|beaten|ambushed|abducted|kidnapped|tortured|attacked|seized|captured|wounded|injured)"
    r"(?:[^.;]{0,60}?\s)?and\s+(?:later\s+)?)?"
    r"(?:killed|shot dead|shot to death|stabbed to death|beaten to death|hacked to death|murdered|assassinated|executed|"
    r"beheaded|gunned down|slain|found (?:shot )?dead|found murdered|found shot to death|strangled|lynched|died)\b|"
    r"(?<=\s)(?:both\s+|later\s+)?died\b", re.I)
_PAIR_WERE_HURT = re.compile(r"\b(?:were|have been|had been)\s+(?:(?:also|both|critically|seriously|severely|slightly|badly|"
                             r"lightly|gravely)\s+)?(?:injured|wounded|hurt)\b", re.I)
_PAIR_CLAUSE_START = re.compile(r"[;:]\s*|\b(?:when|after|while|because|where|whereas|although|but)\s+",
                                re.I)
_INTRO = re.compile(r"^(?:on|in|at|after|during|last|yesterday|a day|the next|early|late|around|before|according)\b", re.I)
_NAME_ITEM = re.compile(r"^(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|ibn|de|del|da|van|von)(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|ibn|"
                        r"de|del|da|van|von|la|el))*$")
_DET_ITEM = re.compile(r"^(?:a|an|the|his|her|their|its|one|[\w-]+['’]s)\s+", re.I)


_ITEM_TAIL = re.compile(r"\s(?:working|serving|who|from|of|in|at|with|for|on|living|travell?ing|riding|aboard|inside|near|"
                        r"employed|based)\b.*$", re.I)
_NUMWORD = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|scores?)\b", re.I)
_AND_PART = re.compile(r"^and\s|\sand\s", re.I)


_TITLED_NAME = re.compile(rf"(?-i:\b(?i:{_PERSON}))\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){{0,3}}$")


def _singular_item(item: str) -> bool:
    if re.match(r"one of (?:his|her|their|its|the) [\w'’-]+$", item.strip(), re.I):
        return True  # "a member of the council and one of his bodyguards": one
    item = _ITEM_TAIL.sub("", item).strip()
    words = item.split()
    if not words or _FEW_OR_MANY.search(item) or _NOBODY.search(item) or _NUMWORD.search(item) \
            or re.search(r"\bbombers?\b|\bhimself\b|\bherself\b", item, re.I):
        return False
    if _NAME_ITEM.match(item):
        return not _NOT_A_PERSON.search(item)
    if _TITLED_NAME.search(item) and len(words) <= 9:
        return True  # "her driver Anderson Gomes", "Rio de Janeiro city councillor Marielle Franco": one, by title and name
    return bool(_DET_ITEM.match(item)) and not _PLURAL_HEAD.search(words[-1].strip(".,")) and len(words) <= 8


def _appositive(part: str) -> bool:
    return bool(_DET_ITEM.match(part) or part[:1].islower() or part.lower().startswith("both ")) or not _NAME_ITEM.match(part)


def _count_singulars(subj: str) -> int | None:
    """How many people a coordination of singulars names ("X, a party activist, and his bodyguard": two), or None."""
    subj = re.sub(r"^\W*both\s+", "", subj.strip(" ,"), flags=re.I)
    parts = [p.strip() for p in subj.split(",") if p.strip()]
    while parts and _INTRO.match(parts[0]):
        parts.pop(0)
    idx = max((i for i, p in enumerate(parts) if _AND_PART.search(p)), default=None)
    if idx is None or not all(_appositive(p) for p in parts[idx + 1:]):
        return None
    parts = parts[:idx + 1]
    closed = parts[-1].lower().startswith("and ")  # "X, a party activist, and his bodyguard": a comma before "and"
    if closed:
        last, rest = parts[-1][4:].strip(), parts[:-1]
    else:
        m = re.match(r"^(?P<l>.*?)\s+and\s+(?P<r>.+)$", parts[-1])
        if m is None:
            return None
        last, rest = m.group("r").strip(), parts[:-1] + [m.group("l").strip()]
    if not rest or not _singular_item(last):
        return None
    if len(rest) == 1:
        return 2 if _singular_item(rest[0]) else None
    if all(_NAME_ITEM.match(p) for p in rest):  # a list of names
        return len(rest) + 1 if all(_singular_item(p) for p in rest) else None
    if not closed and len(rest) == 2 and _NAME_ITEM.match(rest[0]) and all(_singular_item(p) for p in rest):
        return 3  # "Buback, his driver and a judicial officer": a list, the describing comma never closed
    if not closed and len(rest) == 2 and _DET_ITEM.match(rest[0]) and _DET_ITEM.match(rest[1]) \
            and all(_singular_item(p) for p in rest):
        return 3  # "The bus driver, an assistant coach and the press officer": a common noun takes no appositive here
    if _singular_item(rest[0]) and (all(_appositive(p) for p in rest[1:])
                                    or (len(rest) == 2 and _DET_ITEM.match(rest[0]) and _NAME_ITEM.match(rest[1]))):
        return 2  # the first one, described: "X, a party activist, and his bodyguard"
    return None


_FEW_OR_MANY = re.compile(r"\b(?:many|several|some|dozens|scores|hundreds|thousands|others|all|both|most|few|they|we|"
                          r"residents|people|who|none|each)\b", re.I)
_CLAUSE_START = re.compile(r"[;:]\s*|,\s+(?:and|but)\s+|\b(?:and|but|when|after|while|because|where|whereas|although|as|"
                           r"before|since|until)\s+", re.I)
_RELATIVE = re.compile(r"\b(?:who|which|that|whose|whom|it|this|there|they|we|I)\b", re.I)
# "a bomb killed veteran militant Ali Salah who ...", "killing the occupant", "shot to death X, a representative of ...":
# one person, when nothing else in the sentence is counted and the object is not plural
_OBJ_STOP = (r"in|on|at|near|as|while|who|whom|which|that|after|outside|inside|and|or|when|during|with|from|before|because|by|"
             r"for|himself|herself|themselves|itself|them|it|about|some|several|many|dozens|scores|hundreds|thousands|all|"
             r"both|each|every|no|any|more|most|other|others|people|civilians|instantly|immediately|outright|there|here|"
             r"to|of|was|were|is|are|be|been|but|the|a|an|his|her|their|its|along|together|said|says|told|reported|"
             r"next|following|same|previous|day|night|morning|evening|afternoon|week|month|year|everyone|everybody|"
             r"undetermined|unknown|number|full|dozen")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_ONE_KILLED_ACTIVE = re.compile(
    rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bfound )(?<!\bthe )(?<!\ba )(?<!\ban )"
    rf"\b(?:killed|killing|shot dead|shooting dead|shot and killed|shooting and killing|shot to death|shooting to death|"
    rf"fatally (?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring)|"
    rf"assassinated|assassinating|murdered|murdering|gunned down|executed|executing|beheaded|beheading|stabbed to death|"
    rf"stabbing to death|stabbed and killed|stabbing and killing)\s+"
    rf"(?P<obj>(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:{_OBJ_STOP})\b)[\w'’.-]+\s+){{0,5}}?"
    rf"(?!(?:{_OBJ_STOP})\b)(?!(?:[A-Z]\.)+[A-Z]?\.)[\w'’-]+)(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:{_OBJ_STOP})\b)", re.I)
_ONE_HURT_ACTIVE = re.compile(
    rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!fatally )"
    rf"(?<!\bnot )(?<!\bor )\b(?:wounded|wounding|injured|injuring|shot and wounded|shooting and wounding|maimed|maiming)\s+"
    rf"(?P<obj>(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:{_OBJ_STOP})\b)[\w'’.-]+\s+){{0,5}}?"
    rf"(?!(?:{_OBJ_STOP})\b)(?!(?:[A-Z]\.)+[A-Z]?\.)[\w'’-]+)(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:{_OBJ_STOP})\b)", re.I)
# "claimed responsibility for the slaying of an airline manager", "blamed for the murder of two agents"
_NOMINAL_KILL = re.compile(
    r"\b(?:responsibility|credit|blamed?|responsible|admitted|claimed|claiming|carried out|behind)\s+(?:(?:for|of|in|to)\s+)?the\s+"
    r"(?:(?:kidnapping|abduction|torture)\s+and\s+)?(?:slaying|murder|assassination|killing|execution|beheading|"
    r"shooting death|stabbing death)s?\s+of\s+(?P<obj>\S)", re.I)
_OBJ_AFTER_NOMINAL = re.compile(
    rf"(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:{_OBJ_STOP})\b)[\w'’.-]+\s+){{0,5}}?"
    rf"(?!(?:{_OBJ_STOP})\b)(?!(?:[A-Z]\.)+[A-Z]?\.)[\w'’-]+(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:{_OBJ_STOP})\b)", re.I)
_NAME = r"(?-i:[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]+|de|del|da|al-[\w'’-]+|bin)){0,4})"
_NAME_LIST = re.compile(rf"(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME}\b(?!\s+(?:were|was|had|have)\b)", re.I)
_NEXT_VERB = re.compile(r",?\s+(?:and|then)\s+(?!(?:his|her|their|its|a|an|the|one|two|three|four|five|six|seven|eight|nine|"
                        r"ten|several|some|\d)\b)[a-z]+(?:ed|ing)\b")
_TRIAL_BEFORE = re.compile(r"\b(?:convicted|sentenced|jailed|tried|imprisoned|guilty|trial|acquitted|indicted)\s+(?:[\w'’-]+\s+){0,6}?(?:for|of|with|in)\s+$", re.I)
_PAST_CLAIM = re.compile(r"\b(?:in the past|previously|earlier|had (?:also )?claimed|also claimed|has claimed)\b", re.I)
_APPOSITIVE = re.compile(r",\s*(?:a|an|the)\s+[^,;.()]{1,80}?(?=,\s*and\s)", re.I)
_PLURAL_HEAD = re.compile(r"(?:[^su'’]s|men|people|police|personnel|crew|family|children|staff|troops|ly)$|^(?:him|her|them)$", re.I)
_INVERTED = re.compile(r"(?:^|[.;]\s+|\balso\s+)(?P<kind>killed|wounded|injured|dead)\s+(?:in the (?:attack|blast|explosion|"
                       r"incident|shooting)\s+)?(?:were|was)\s+(?P<list>[^.;]{3,160})", re.I)
# "the body of Juan Ortiz, a union leader, was found", "Ruiz's body was discovered": one dead
_BODY_STATE = r"(?:(?:bullet-riddled|mutilated|decapitated|headless|lifeless|charred|burned|bound)\s+)?"
_BODY_FOUND = re.compile(
    rf"\b(?:(?:the|a)\s+{_BODY_STATE}body of\s+(?!(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b)[^.;]{{1,120}}?|"
    rf"(?<![\w'’])(?:[\w-]+['’]s?|his|her)\s+{_BODY_STATE}body)\s+(?:was|had been|has been)\s+(?:later\s+)?"
    rf"(?:found|discovered|recovered)\b", re.I)
# the same for one person wounded or abducted: "Ana Ruiz, a nurse at the clinic, was seriously wounded"
_ONE_WAS_HURT = re.compile(r"\b(?:was|has been|had been)\s+(?:(?:critically|seriously|severely|slightly|badly|also|reportedly|"
                           r"lightly|gravely|moderately)\s+)?(?:injured|wounded|hurt)\b", re.I)
_ONE_WAS_TAKEN = re.compile(r"\b(?:was|has been|had been)\s+(?:(?:reportedly|allegedly|also)\s+)?(?:kidnapped|abducted|"
                            r"taken hostage)\b", re.I)
_PRONOUNS_HURT = {"he", "she"}
_SUBJ_NOT_ONE = re.compile(r"\b(?:anyone|anybody|whether|if|earlier|ago|previously|large|number|attack)\b", re.I)
_NOBODY = re.compile(r"\b(?:no|nobody|none|no-one|neither)\b", re.I)
_AGO = re.compile(r"[^.;,]{0,40}?\b(?:ago|earlier|previously|last (?:week|month|year)|in (?:19|20)\d\d|at a later date)\b", re.I)
_TIME_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|shortly|soon|long|just)\s*$", re.I)
_HAS_INCLUDING = re.compile(r"\b(?:including|among them)\b", re.I)  # a cheap test before the costly pattern
_POST_INCLUDING_RX = re.compile(
    rf"\s*(?P<subj>(?:{_SUBJ_WORD}\s+){{0,4}}?{_SUBJ_WORD})"
    # (and what they belong to: "five members of the family, including two children, were killed")
    rf"(?:\s+(?:of|from|in|at|on)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:{_SUBJ_WORD}\s+){{0,2}}?{_SUBJ_WORD})?"
    rf"\s*,?\s+(?:including|among them)\s+[^;.]{{1,140}}?,?\s+"
    rf"(?:(?:were|have been|had been)\s+{_AUX}|{_DIED_AHEAD})(?P<kind>{_KIND_VERB_RX})\b", re.I)  # (or died)
_SEVERAL_INCIDENTS = re.compile(r"\s+(?:in|across|during)\s+(?:the|these|those|all|both)\s+(?:\w+\s+)?(?:attacks|blasts|bombings|"
                                r"incidents|raids|clashes|explosions|events|assaults)\b", re.I)
# the counted noun phrase right after a number, and a passive verb of a kind
_SUBJ = rf"(?P<subj>(?:{_SUBJ_WORD}\s+){{0,4}}?{_SUBJ_WORD})"
_SUBJ_HEAD = rf"^\s*{_SUBJ}"
_WERE_KIND = rf"(?:were|had been|have been)\s+{_AUX}(?P<kind>{_KIND_VERB_RX})\b"
_PAIR_NOUNS = r"(?:gunmen|attackers|assailants|militants|bombers|hijackers|kidnappers|men|women|soldiers|policemen|officers|guards|brothers|victims)"
_POST_AND_ONE_RX = re.compile(
    rf"^\s*(?:of\s+(?:the\s+)?)?{_SUBJ},?\s+(?:and|as well as)\s+"
    rf"(?P<who>(?:a|an|his|her|their|one|{_THE_ATTACKER}|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON})|"
    rf"(?P<both>both)\s+(?:of\s+)?(?:the\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?{_PAIR_NOUNS})\s+"
    rf"(?:(?:of|from|in|at|with|on|for|who|working|serving)\s+(?:{_GAP_WORD}\s+){{0,8}}?)?"
    # (or died: "Three of the governor's bodyguards and the bomber also died")
    rf"(?:(?:were|had been|have been)\s+{_AUX}|(?:also\s+|later\s+)?{_DIED_AHEAD})(?P<kind>{_KIND_VERB_RX})\b", re.I)
# "7 soldiers and an unknown number of militants were killed": the count that is given
_POST_AND_UNKNOWN_RX = re.compile(
    rf"{_SUBJ_HEAD}\s+(?:and|as well as)\s+(?:an?\s+)?(?:unknown|undetermined|unspecified|unconfirmed|undisclosed|"
    rf"unknown but large|large|small)\s+number\s+of\s+(?:[\w'’-]+\s+){{1,3}}?{_WERE_KIND}", re.I)
# "eight civilians, including three children, were among the dead": at least that many of that kind
_AMONG_RX = re.compile(
    rf"{_SUBJ_HEAD}(?:,[^,;]{{1,90}},)?\s+(?:were|was|are|is)\s+(?:also\s+)?"
    rf"among\s+(?:the\s+|those\s+)?(?P<kind>dead|killed|fatalities|wounded|injured)\b", re.I)
_NOT_DONE = re.compile(r"\b(?:to|would|could|will|might|may|can|cannot|failed to|tried to|threatened to|threatening to|"
                       r"attempt(?:ed|ing)? to|plan(?:ned|ning)? to|plot(?:ted|ting)? to)\s+$", re.I)
# a count of people already counted: "several of the victims", "two of them"
_PARTITIVE_BACK = re.compile(r"\s+of\s+(?:them|those|whom|(?:the|those|these)\s+(?:victims|dead|deceased|bodies|slain|killed))\b",
                             re.I)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+|those\s+|all\s+)?", re.I)
_ACTIVE_WITH_OBJECT = re.compile(r"\s(?:shot and |stabbed and )?(?:killed|killing|murdered|assassinated|executed|shot dead|"
                                 r"gunned down|wounded|injured|kidnapped|abducted|seized|beheaded)\s+(?:the|a|an|his|her|"
                                 r"their|its|two|three|four|five|six|seven|eight|nine|ten|\d+|(?-i:[A-Z])\w*)\b", re.I)
_OTHERS_AFTER = re.compile(r"\s+(?:other\s+\w+|others)\b", re.I)
_X_AND = re.compile(r"(?:^|[.;:(]\s*|\b(?:killed|killing|killing|wounded|wounding|injured|injuring|kidnapped|abducted|"
                    r"when|after|while|as|but|including)\s+)(?P<x>(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
                    r"(?:(?!(?:and|or|with|in|on|at|of|by|from|the)\b)[\w'’.-]+\s+){0,5}?[\w'’-]+)(?:,[^,;]{1,80},)?\s+and\s+$", re.I)
_NOUN_KIND = re.compile(r"hostages?|captives|fatalities|deaths|injuries|bodies|corpses", re.I)
_ROLE_AFTER = re.compile(rf"\s+(?:{_PERSON})\b(?!'s|’s)", re.I)
_PASSIVE_AFTER = re.compile(r"\s*(?:,[^,;]{1,60},\s*)?(?:were|was|had been|have been)\b", re.I)
_KILLING_THEMSELVES = re.compile(r"\b(?:kill(?:ed|ing)|blew up|blowing up) themselves\b", re.I)
_KILLING_HIMSELF = re.compile(r"\b(?:kill(?:ed|ing)|blew up|blowing up) (?:himself|herself)\b", re.I)
# "injured 14 people, one of whom later died"; "the teacher died"
_ONE_OF_WHOM = re.compile(r"\b(?:one|two|three) of (?:whom|them) (?:later |subsequently )?(?:died|succumbed)\b", re.I)
# "McWhirter, who had offered a reward for information on the bombers, died of his wounds": one person, by name
_NAMED_WHO_DIED = re.compile(r"(?:^|[.;]\s+)(?P<subj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:who|whose)\s[^;]{1,160}?,\s+"
                             r"(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)\b")
# "Chokri Belaid, leader of ..., was shot several times outside his home ... and died on the way to hospital": one
_SHOT_AND_DIED = re.compile(r"\b(?P<subj>was)\s+(?:\w+ly\s+)?(?:shot|stabbed|wounded|injured|hit|beaten|struck)\b(?:(?!\bwere\b)[^.;])"
                            r"{0,200}?\band\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)\b", re.I)
# "... before security forces shot the gunman dead": the attacker, one
_SHOT_X_DEAD = re.compile(r"\b(?:shot|gunned)\s+(?P<subj>(?:the|a)\s+(?:lone\s+|suicide\s+)?(?:gunman|attacker|assailant|bomber|"
                          r"hijacker|kidnapper|hostage-taker))\s+(?:dead|down)\b", re.I)
# "both gunmen also died", "Both attackers were killed": two
_BOTH_DIED = re.compile(r"\b(?i:both)\s+(?:of\s+)?(?:the\s+|their\s+)?(?P<subj>(?:[\w'’-]+\s+){0,2}?(?:gunmen|attackers|assailants|"
                        r"militants|bombers|hijackers|kidnappers|men|women|soldiers|policemen|officers|guards|brothers|victims))\s+"
                        r"(?:(?:were|had been)\s+(?:also\s+|later\s+)?(?:killed|shot dead)|(?:also\s+|later\s+)?died)\b")
# "... pulled two men out of the police station, beat them and set them on fire. Both died."
_BOTH_ALONE_DIED = re.compile(r"(?:^|[.;]\s+)(?P<subj>[Bb]oth(?:\s+of\s+them)?)\s+(?:(?:were|had been)\s+(?:also\s+|later\s+)?"
                              r"(?:killed|shot dead)|(?:later\s+)?died)\b")
# (and after a toll: "Eight police officers and three civilians were killed, as was the bomber")
_SINGULAR_DIED = re.compile(rf"(?:(?P<as>\bkilled,\s+as\s+was\s+)|\b)(?:the|a|an)\s+(?P<subj>(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON}))"
                            r"(?(as)\b|\s+(?:also\s+)?(?:later\s+)?died\b)", re.I)
# "opened fire on a police officer, killing him"; "... killing them and their driver"
_PRONOUN_OBJECT = re.compile(r"\b(?:(?P<kind>killing|killed|wounding|wounded|injuring|injured|executed|executing|murdered|"
                             r"beheaded|assassinated|fatally shot|fatally stabbed)\s+(?P<pro>him|her|them|"
                             r"both(?=\s*[.,;]|\s*$|\s+(?:of\s+them|instantly|on\s+the\s+spot|and)\b))\b|"
                             r"(?P<kind2>shot|shooting|stabbed|stabbing|beat|beating|hacked|hacking)\s+(?P<pro2>him|her|them)\s+"
                             r"(?:dead|to death)\b)"
                             r"(?:(?:,?\s+(?:and|along with|together with)\s+|,\s+(?=(?:his|her|their)\s))"
                             r"(?!(?:injur|wound|maim|hurt|leav|critically|seriously|severely|slightly)\w*)[^.;]{1,80})?", re.I)
# "Orya and one other person were killed": the named half of a coordination counts one
_NAMED_COORD_RX = re.compile(
    r"(?:^|[.;:]\s+)(?P<subj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:,[^,;]{1,90},)?\s+and\s+(?P<rest>[^.;]{1,80}?)\s+"
    r"(?:was|were|had been|have been)\s+(?:\w+ly\s+)?(?P<kind>killed|injured|wounded|abducted|kidnapped)\b")
_BOTH_RX = re.compile(rf"\bboth\s+(?:the\s+)?(?P<subj>(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+s)\s+(?:and\s+[^.;]{{1,60}}?\s+)?(?:were|had been|have been)\s+"
                      rf"(?:\w+ly\s+)?(?:shot and\s+)?(?P<kind>{_KIND_AFTER_RX})\b", re.IGNORECASE)
_NEGATED = [
    (("killed",), re.compile(r"\b(?:no one|nobody|no-one|none)\s+(?:\w+\s+){0,3}?(?:was|were|had been|has been|got)\s+"
                             r"(?:\w+ly\s+)?(?:killed|hurt or killed|killed or (?:injured|wounded|hurt))\b|"
                             r"\bno (?:deaths|fatalities|loss of life|one died|lives were lost)\b|\bnobody died\b", re.I)),
    (("injured",), re.compile(r"\b(?:no one|nobody|no-one|none)\s+(?:\w+\s+){0,3}?(?:was|were|had been|has been|got)\s+"
                              r"(?:\w+ly\s+)?(?:injured|hurt|wounded)\b|\bno (?:injuries|one was hurt)\b|escaped unhurt|"
                              r"\b(?:killed|hurt) or (?:injured|wounded)\b(?<=no one was killed or injured)", re.I)),
    (("killed", "injured"), re.compile(r"\bno (?:casualties|(?:one|body) was (?:killed or (?:injured|wounded|hurt)|hurt or killed))\b|"
                                       r"\bwithout (?:causing )?(?:any )?casualties\b|\bno reports? of casualties\b|"
                                       r"\bno (?:immediate )?reports? of (?:casualties|injuries)\b", re.I)),
]

_SHOT_BEFORE = re.compile(r"\b(?:shot|gunned|shooting|gunning)\s+$", re.I)
_DEAD_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+|them\s*)?)?(?:[\w'’-]+\s+){0,3}?(?:dead|down)\b", re.I)
# "hacking seven people to death with machetes", "beat two men to death": killed, the verb's object counted
_BY_HAND_BEFORE = re.compile(r"\b(?:hack(?:ed|ing)|stabb(?:ed|ing)|beat(?:ing)?|club(?:bed|bing)|ston(?:ed|ing)|burn(?:ed|t|ing)|"
                             r"bludgeon(?:ed|ing)|tortur(?:ed|ing)|trampl(?:ed|ing)|lynch(?:ed|ing))\s+$", re.I)
_TO_DEATH_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+|them\s*)?)?(?:[\w'’-]+\s+){0,3}?to\s+death\b", re.I)
_GRAVE = re.compile(r"\b(?:graves?|burial sites?|exhum\w*|crematori\w*|morgue)\b", re.I)
_THEM_KILLED = re.compile(r"\b(?:(?:burned|burnt|beat|hacked|stoned|clubbed|stabbed|tortured|shot)\s+them\s+(?:alive|to death|dead)|"
                          r"(?:killed|executed|lynched|murdered|massacred|beheaded)\s+them)\b", re.I)
_PEOPLE_HEAD = re.compile(rf"\b(?:{_PERSON}|people|persons|men|women|children|members|civilians|villagers|suspects|thieves|robbers|"
                          r"hostages|prisoners|captives|passengers|workers|soldiers|policemen)s?\b", re.I)
_ACTIVE_SUBJ_RX = re.compile(rf"\s*(?:of\s+(?:the\s+|those\s+|his\s+|her\s+|their\s+|its\s+)?)?((?:{_SUBJ_WORD_ACTIVE}\s*){{0,5}})")
_SUBJ_RX = re.compile(rf"\s*((?:{_SUBJ_WORD}\s*){{0,5}})")
_ONE_PERSON_RX = re.compile(rf"(?:a|an|one|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON})", re.IGNORECASE)
_UNIT = re.compile(r"\s+(?:Corps|Brigade|Division|Regiment|Battalion|Squadron|Infantry|Artillery|Rifles|Commando|"
                   r"Armou?red|Mechani[sz]ed|Air Wing|Wing)\b")
_ANIMALS = re.compile(r"\s+(?:head\s+of\s+)?(?:[\w-]+\s+)?(?:bullocks|cattle|cows|oxen|goats|sheep|camels|horses|donkeys|"
                      r"livestock|animals|buffaloes|pigs|chickens)\b", re.I)
_ATTACKER_NOUNS = re.compile(
    r"(?<!anti-)\b(?:assailants?|attackers?|gun ?m[ae]n|terrorists?|(?:suicide )?bombers?|hijackers?|perpetrators?|raiders?|"
    r"abductors?|kidnappers?|himself|herself|themselves)\b",
    re.IGNORECASE,
)
_FIGHTER_NOUNS = re.compile(r"\b(?:militants?|insurgents?|rebels?|fighters?|jihadists?|extremists?|separatists?|"
                            r"maoists?|naxal(?:ite)?s?|cadres?)\b", re.IGNORECASE)


# a cheap gate: every figure pattern needs one of these word stems
_ANY_KIND = re.compile(
    r"kill|dead|die|death|fatal|wound|injur|hurt|maim|abduct|kidnap|hostage|captiv|hijack|seiz|arrest|detain|custody|"
    r"nabb|apprehend|round|picked up|taken|took|held|hold|rescu|free|releas|evacuat|missing|unaccounted|displac|fled|"
    r"flee|homeless|uproot|execut|murder|slain|slay|slew|behead|assassin|bod(?:y|ies)|corpse|remains|toll|casualt|perish|"
    r"succumb|lives|life|shot|stab|gunned|lynch|massacr|martyr|poison|sick|ill|unconscious|hospital|snatch|grabb|"
    r"decapitat|strangl|burn|hack|beat|tortur|treated|suffer|sustain|receiv|lost|neutrali", re.I)
# the same words as plain lower-case strings: on an ASCII sentence, one substring test each on its lower-case
# form finds what _ANY_KIND finds, several times faster than the case-blind alternation tried at every character
_ANY_KIND_WORDS = tuple(_ANY_KIND.pattern.replace("bod(?:y|ies)", "body|bodies").split("|"))
assert all(re.fullmatch(r"[a-z ]+", w) for w in _ANY_KIND_WORDS)


def _any_kind(text: str, start: int, end: int) -> bool:
    s = text[start:end]
    if s.isascii():
        low = s.lower()
        return any(w in low for w in _ANY_KIND_WORDS)
    return _ANY_KIND.search(text, start, end) is not None


@dataclass(slots=True)
class RawFigure:
    kind: str
    low: int | None
    high: int | None
    qualifier: str
    subject: str | None
    role: str  # victim | attacker | fighter | unknown
    start: int  # absolute span of the number (or the singular noun phrase)
    end: int
    text: str
    sentence: int
    group: int  # numbers coordinated in one clause share a group
    subset: bool = False  # "including three children": part of another figure, not added
    negated: bool = False
    continues: bool = False  # tells more of an act an earlier sentence reported ("the men's bodies were found")


def role_of(subject: str | None) -> str:
    if not subject:
        return "unknown"
    if _ATTACKER_NOUNS.search(subject):
        return "attacker"
    if _FIGHTER_NOUNS.search(subject):
        return "fighter"
    return "victim"


def _kind_of(word: str) -> str | None:
    w = word.strip()
    for kind, rx in _KIND_OF_WORD:
        if rx.match(w):
            return kind
    return None


def _clean_subject(s: str | None) -> str | None:
    if not s:
        return None
    s = s.strip(" ,-").strip()
    return s or None


def _clause_subject(s_text: str, end: int) -> tuple[int, re.Match[str] | None, str]:
    """The subject of the clause ending at ``end``: where it begins, the clause opener before it, and its words."""
    b, c0 = 0, None
    for c in _CLAUSE_START.finditer(s_text, 0, end):
        b, c0 = c.end(), c
    return b, c0, s_text[b:end].strip(" ,")


def read_figures(text: str, start: int, end: int, sentence: int,
                 numbers: list[NumberMatch] | None = None, group_base: int = 0) -> list[RawFigure]:
    """The figures of one sentence ``text[start:end]``."""
    if not _any_kind(text, start, end):
        return []  # no word of any figure kind: nothing to count (most sentences; saves every pattern below)
    if numbers is None:
        numbers = find_numbers(text, start, end)
    # ("the 205 Corps" names a unit; "a man transporting two bullocks", "four members of one family": the animals and
    # the family count no one)
    numbers = [x for x in numbers if not _UNIT.match(text, x.end) and not _ANIMALS.match(text, x.end)
               and not (_OF_BEFORE.search(text, max(start, x.start - 4), x.start) and _ONE_HOUSEHOLD.match(text, x.end))]
    out: list[RawFigure] = []
    n = len(numbers)
    kinds: list[str | None] = [None] * n
    subjects: list[str | None] = [None] * n
    # "killed two police officers and a civilian": the civilian; "20 hostages and both assailants": two more
    extra_singular: list[tuple[int, str, int, int, int]] = []  # (number, kind, start, end, how many)
    mid_singular: list[tuple[int, int, int, int]] = []  # (number, start, end, how many) between coordinated numbers
    join_next: list[str | None] = [None] * n
    among = [False] * n  # "were among the dead": a floor, not the count
    noun_kind = [False] * n  # the kind was read off a noun ("four hostages"), not a verb  # "add" or "sub" when the number is coordinated with the next one
    for i, num in enumerate(numbers):
        stop = numbers[i + 1].start if i + 1 < n else end
        after = text[num.end:min(stop, num.end + 140)]
        prev_end = numbers[i - 1].end if i > 0 else start
        before = text[max(prev_end, num.start - 60):num.start]
        a = _ACTIVE_RX.search(before)
        if a and _SPECULATIVE.search(a.group(0)):
            a = None  # "the death toll could rise to 100": a guess about the future, no count
        if a and re.search(r"\b(?:was|were|been|be|being)\s+(?:\w+ly\s+)?$", before[:a.start()], re.I):
            a = None  # "one person was killed three people were injured": a passive verb has no object
        if a and _NOT_DONE.search(text, max(start, num.start - 100), num.start - len(before) + a.start()):
            a = None  # "threatened to kill ten hostages", "an attempt to kill two judges": not done
        if not a and (_SHOT_BEFORE.search(before) and _DEAD_AFTER.match(text, num.end, min(end, num.end + 60))
                      or _BY_HAND_BEFORE.search(before) and _TO_DEATH_AFTER.match(text, num.end, min(end, num.end + 60))):
            kinds[i] = "killed"  # "police shot four of the attackers dead"
            subj = _ACTIVE_SUBJ_RX.match(text, num.end)
            subjects[i] = _clean_subject(re.sub(r"\s*\b(?:dead|down|to death)\b.*$", "", subj.group(1))) if subj else None
            continue
        if not a and i + 1 < n and re.search(r",\s*and\s", text[num.end:numbers[i + 1].start]) \
                and _DEAD_BESIDES.search(text, max(start, num.start - 120), num.start):
            kinds[i] = "killed"  # "were killed in addition to the two bombers, and 29 others were wounded": an aside
            subj = _ACTIVE_SUBJ_RX.match(after)  # of the dead, not the first of the wounded
            subjects[i] = _clean_subject(subj.group(1)) if subj else None
            continue
        if not a and _TOLL_ROSE.search(before) and _TOLL_WORD.search(text, start, num.start):
            kinds[i] = "killed"  # "the death toll from the bombing in Quetta on March 5 rose to 16"
            continue
        if not a:
            # "killed an off-duty policeman and three of his relatives": the verb reaches past a singular
            sa = _ACTIVE_SINGULAR_AND.search(text, max(start, num.start - 90), num.start)
            if sa and not any(sa.start() < x.end <= num.start for x in numbers[:i]):
                a = _ACTIVE_RX.search(sa.group("verb") + " ")
        if a:  # "killing 12 people", "executed 214 captives": the verb before the number decides
            kinds[i] = next(k for k, v in a.groupdict().items() if v)
            subj = _ACTIVE_SUBJ_RX.match(after)
            subjects[i] = _clean_subject(subj.group(1)) if subj else None
            tail = _AND_SINGULAR.match(after)
            if tail and not _PASSIVE_AFTER.match(text, num.end + tail.end()):
                extra_singular.append((i, kinds[i], num.end + tail.start("who"), num.end + tail.end(), 1))
        else:
            m = _POST_RXS[0].match(after) or _POST_RXS[1].match(after) or _POST_GAP_RX.match(after) \
                or _POST_PARTICIPLE_RX.match(after)
            if m and _ACTIVE_WITH_OBJECT.match(after, m.start("kind") - 1 if m.start("kind") else 0) \
                    and _ACTIVE_WITH_OBJECT.match(after, m.start("kind") - 1).start() == m.start("kind") - 1 \
                    and not re.search(r"\b(?:were|was|been|be|being|are|is)\s+(?:\w+\s+){0,2}$", after[:m.start("kind")], re.I):
                m = None  # "four gunmen assassinated the manager", "two youths shot and killed Major X": active voice
            if m and re.fullmatch(r"bodies|corpses", m.group("kind"), re.I) and _GRAVE.search(text, start, end):
                m = None  # "exhumed a mass grave containing 6 bodies": the dead of earlier killings, no toll of this
            if m:
                kinds[i] = _kind_of(m.group("kind"))
                subjects[i] = _clean_subject(m.group("subj"))
                noun_kind[i] = bool(_NOUN_KIND.fullmatch(m.group("kind")))
                sb = _SINGULAR_AND_BEFORE.search(text, max(start, num.start - 60), num.start)
                if sb and kinds[i] is not None and not noun_kind[i] and not any(sb.start() < x.end <= num.start
                                                                               for x in numbers[:i]):
                    # "The pastor and five worshippers were killed": six
                    extra_singular.append((i, kinds[i], sb.start("who"), sb.end("who"), 1))
                if kinds[i] is not None and not noun_kind[i]:
                    continue  # (a noun's kind may yet give way to the verb of a coordination: below)
            m = _POST_INCLUDING_RX.match(text, num.end, end) if _HAS_INCLUDING.search(text, num.end, end) \
                and not noun_kind[i] else None
            if m and _SEVERAL_INCIDENTS.match(text, m.end(), end):
                m = None  # "... were killed in the attacks": a total over several incidents, not this one's
            if m:  # "three people, including two civilians and a police officer, were killed": the whole
                kinds[i] = _kind_of(m.group("kind"))
                subjects[i] = _clean_subject(m.group("subj"))
            m = None if kinds[i] is not None and not noun_kind[i] else _POST_AND_ONE_RX.match(after)
            if m:  # "two aid workers and their interpreter were killed"
                kinds[i] = _kind_of(m.group("kind"))
                subjects[i] = _clean_subject(m.group("subj"))
                if kinds[i] is not None:
                    extra_singular.append((i, kinds[i], num.end + m.start("who"), num.end + m.end("who"),
                                           2 if m.group("both") else 1))
                    continue
            # "were among the dead" (a floor, read past an "including" aside), "7 soldiers and an unknown number of
            # militants were killed" (the count given)
            m = None if kinds[i] is not None else (_AMONG_RX.match(text[num.end:min(end, num.end + 200)])
                                                    or _POST_AND_UNKNOWN_RX.match(after))
            if m:
                kinds[i] = _kind_of(m.group("kind"))
                subjects[i] = _clean_subject(m.group("subj"))
                among[i] = m.re is _AMONG_RX
                if kinds[i] is not None:
                    continue
        if i + 1 < n:
            gap = text[num.end:numbers[i + 1].start]
            tail = gap.rstrip().lower()
            mid = _MID_SINGULARS.search(gap) if len(gap) < 160 and "," in gap and (
                tail.endswith(" and") or tail.endswith("as well as")) else None
            if mid is not None:
                # "Two police officers, a traffic warden, and 14 civilians were killed": the singulars between two
                # coordinated numbers count one each
                gap = gap[:mid.start()] + ", " + gap[mid.end():]
            c = _COORD_RX.match(gap) if _may_coordinate(gap) else None
            if c and mid is not None and not c.group("sub"):
                a0 = num.end + mid.start(1)
                mid_singular.append((i, a0, num.end + mid.end(1), len(_MID_ITEM.findall(mid.group(1)))))
            if c:
                subjects[i] = _clean_subject(c.group("subj"))
                join_next[i] = "sub" if c.group("sub") else "add"
                nxt = numbers[i + 1]
                if (join_next[i] == "add" and c.group("add").strip() == "," and num.low and nxt.low is not None
                        and nxt.low < num.low and re.fullmatch(r"(?:people|persons|bodies|victims)",
                                                                 (subjects[i] or "").lower())):
                    join_next[i] = "sub"  # "eleven people, ten men and a child": the whole, then its parts
    for i in range(1, n):
        # "29 people died, including five attackers and two police officers, and about 50 were injured": the list
        # after "including" is part of the count before it, and ends at ", and"
        if kinds[i - 1] is not None and _KIND_THEN_INCLUDING.fullmatch(text, numbers[i - 1].end, numbers[i].start):
            join_next[i - 1] = "sub"
            kinds[i] = None
            j = i
            while j + 1 < n and join_next[j] == "add":
                if re.search(r",\s*(?:and|as well as)\s", text[numbers[j].end:numbers[j + 1].start]):
                    join_next[j] = None
                    break
                kinds[j + 1] = None
                j += 1
    for i, num in enumerate(numbers):
        # "pulled 13 suspected gang members from a minibus, beat them and burned them alive": the people counted,
        # killed later in the sentence by a verb whose object is "them"
        if kinds[i] not in (None, "abducted") or (i + 1 < n and join_next[i]):
            continue  # (the abducted too: "seized 13 suspected gang members ... and burned them to death")
        stop = numbers[i + 1].start if i + 1 < n else end
        them = _THEM_KILLED.search(text, num.end, min(stop, num.end + 160))
        subj = _ACTIVE_SUBJ_RX.match(text, num.end)
        if them and subj and _PEOPLE_HEAD.search(subj.group(1)):
            kinds[i] = "killed"
            subjects[i] = _clean_subject(subj.group(1))
    # Coordinated numbers take the kind of the group's last number ("one civilian and six assailants were killed"),
    # and a kind read by an active verb flows right ("killed two policemen and three civilians").
    for i in range(n - 1):  # "some 127 of the 175 people on board were killed": the first number is the count
        if kinds[i] is None and kinds[i + 1] is not None and _OF_THE.fullmatch(text, numbers[i].end, numbers[i + 1].start):
            kinds[i], subjects[i], kinds[i + 1] = kinds[i + 1], subjects[i + 1], None
    for i in range(n - 2, -1, -1):
        if kinds[i] is None and join_next[i] and kinds[i + 1] is not None:
            kinds[i] = kinds[i + 1]
        elif noun_kind[i] and join_next[i] == "add" and kinds[i + 1] is not None and not noun_kind[i + 1]:
            kinds[i] = kinds[i + 1]  # "Twenty hostages and two police officers were killed": the verb's kind
    for i in range(1, n):
        if noun_kind[i] and join_next[i - 1] == "add" and kinds[i - 1] is not None and not noun_kind[i - 1]:
            kinds[i] = None  # "killing one guard and four hostages": the verb's kind, not the noun's
        if kinds[i] is None and join_next[i - 1] and kinds[i - 1] is not None:
            kinds[i] = kinds[i - 1]
            if subjects[i] is None:
                subj = _SUBJ_RX.match(text, numbers[i].end, end)
                subjects[i] = _clean_subject(subj.group(1)) if subj else None
    in_subset = [False] * n
    for i in range(1, n):
        if join_next[i - 1] == "sub" or (join_next[i - 1] == "add" and in_subset[i - 1]):
            in_subset[i] = True
        elif kinds[i] is not None and _PARTITIVE_BACK.match(text, numbers[i].end) and any(
                kinds[j] == kinds[i] for j in range(i)):
            in_subset[i] = True  # "ten villagers were killed, and several of the victims were beheaded": of the ten
    group = group_base
    for i, num in enumerate(numbers):
        if i > 0 and not join_next[i - 1]:
            group += 1
        k = kinds[i]
        if k is None:
            continue
        subset = in_subset[i]
        out.append(RawFigure(k, num.low, None if among[i] else num.high, "at_least" if among[i] else num.qualifier,
                             subjects[i], role_of(subjects[i]),
                             num.start, num.end, num.text, sentence, group, subset=subset))
    for i, a0, a1, c in mid_singular:
        k = kinds[i] or (kinds[i + 1] if i + 1 < n else None)
        if k is not None and join_next[i] == "add" and not in_subset[i] and not (i + 1 < n and in_subset[i + 1]):
            out.append(RawFigure(k, c, c, "exact", text[a0:a1], role_of(text[a0:a1]), a0, a1, text[a0:a1], sentence,
                                 group + 5700 + len(out)))
    for i, k, a0, a1, c in extra_singular:
        if kinds[i] == k and not any(a0 <= x.start < a1 for x in numbers):
            out.append(RawFigure(k, c, c, "exact", text[a0:a1], role_of(text[a0:a1]), a0, a1, text[a0:a1], sentence,
                                 group + 5400 + len(out)))
    for i, num in enumerate(numbers):  # "councillor Ana Ruiz and three others were killed": and Ana Ruiz
        if kinds[i] not in ("killed", "injured", "abducted") or not _OTHERS_AFTER.match(text, num.end, end):
            continue
        x_and = _X_AND.search(text, max(start, num.start - 120), num.start)
        if x_and is None:
            continue
        x0, x1 = x_and.start("x"), x_and.end("x")
        x = x_and.group("x")
        if any(x0 <= y.start < x1 for y in numbers) or any(x0 < f.end and f.start < x1 for f in out) \
                or _FEW_OR_MANY.search(x) or _NOBODY.search(x) or _PLURAL_HEAD.search(x.split()[-1]) \
                or role_of(x) == "attacker" or _NOT_A_PERSON.fullmatch(x.split()[0]) and len(x.split()) == 1 \
                or re.search(rf"\b(?:was|were|is|are|had|has|been|{_KIND_VERB_RX})\b", x, re.I):
            continue
        x_end = x_and.end() - len(re.search(r"\s+and\s+$", x_and.group(0)).group(0))  # with its appositive
        if re.search(rf"\b(?:was|were|had been|have been|{_KIND_VERB_RX})\b", text[x1:x_end], re.I):
            continue  # "X, Y and Z were killed, and nine others were wounded": a clause of its own, not an appositive
        out.append(RawFigure(kinds[i], 1, 1, "exact", x, role_of(x), x0, x_end, x, sentence, group + 5900 + len(out)))
    taken = [(f.start, f.end) for f in out]
    s_text = text[start:end]
    for rx in (_SINGULAR_PASSIVE_RX, _SINGULAR_COORD_RX, _SINGULAR_ACTIVE_RX, _SINGULAR_TO_DEATH, _TO_DEATH_SINGULAR):
        for m in rx.finditer(s_text):
            a0, a1 = start + m.start(), start + m.end()
            s0, s1 = start + m.start("subj"), start + m.end("subj")
            if re.search(r"\bincluding\s+[^,;]*$", text[start:a0], re.I):
                continue  # "two people, including an officer and a civilian": parts of the whole
            if re.search(r"\b(?:in addition to|besides|apart from|excluding|not counting|as well as|along with|together with|"
                         r"as (?:was|were))\s+$", text[max(start, a0 - 30):a0], re.I):
                continue  # "eleven were killed, in addition to the bomber, and 50 others were injured": an aside
            if re.search(r"\b(?:people|persons|civilians|men|women|others|victims|members)\s*(?:--|—|,|\()\s*$", text[start:a0], re.I):
                continue  # "two people, the tribal elder and his bodyguard, were killed": the parts of the whole
            if rx is _SINGULAR_ACTIVE_RX and _NOT_DONE.search(text, max(start, a0 - 40), a0):
                continue  # "in an attempt to kill the consul": not done
            c0, c1 = (a0, s1) if rx is _SINGULAR_COORD_RX else (a0, a1)
            if any(c0 < e and s < c1 for s, e in taken) or any(c0 <= x.start < c1 for x in numbers):
                continue
            if rx is _SINGULAR_TO_DEATH or rx is _TO_DEATH_SINGULAR:
                k = "killed"
            elif rx is not _SINGULAR_ACTIVE_RX:
                k = _kind_of(m.group("kind"))
            else:
                k = next((kk for kk in ("killed", "injured", "abducted", "arrested", "rescued", "displaced")
                          if m.groupdict().get(kk)), None)
            if k is None or (m.group("det").lower() == "the" and k != "killed" and k != "injured"):
                continue
            subj = m.group("subj")
            s0 = start + m.start("subj")
            out.append(RawFigure(k, 1, 1, "exact", subj, role_of(subj), s0, s0 + len(subj), subj, sentence,
                                 group + 1000 + len(out)))
            if rx is _SINGULAR_ACTIVE_RX:  # "killed a policeman and his brother", "killing a Swede, a Turk and a Somali"
                pos = start + m.end()
                more = _ROLE_AFTER.match(text, pos, end)  # "an Iranian diplomat": the nationality, then the role
                if more:
                    pos = more.end()
                body = _OF_A_BODY_NAMED.match(text, pos, end)  # "a member of parliament and his bodyguard"
                if body:
                    pos = body.end()
                items = []
                while (tail := _LIST_ITEM.match(text, pos, end)) and not _PASSIVE_AFTER.match(text, tail.end()) and not any(
                        tail.start("who") <= x.start < tail.end() for x in numbers):
                    if not items and m.group("det").lower() in ("a", "an") and _OF_A_BODY.match(text, tail.end()) \
                            and not re.match(r"(?:a|an|the|his|her|their|one)\s", tail.group("who"), re.I) \
                            and "," not in text[tail.start():tail.start("who")]:
                        break  # "a social leader and member of the board", "a British citizen and employee of Marconi":
                        # one person, two roles (not "the guard and driver of the inspector", "a photographer and
                        # cameraman": two)
                    items.append(tail)
                    pos = tail.end()
                if len(items) == 1 and "and" not in text[items[0].start():items[0].start("who")] \
                        and "as well as" not in text[items[0].start():items[0].start("who")]:
                    items = []  # "killing the driver, a local resident": one person and what he was, no list
                for tail in items:
                    w = tail.group("who")
                    out.append(RawFigure(k, 1, 1, "exact", w, role_of(w), tail.start("who"), tail.end(), w, sentence,
                                         group + 1700 + len(out)))
                    taken.append((tail.start(), tail.end()))
            rest = m.groupdict().get("rest")
            r0 = start + m.start("rest") if rest else 0
            if rest and _ONE_PERSON_RX.fullmatch(rest.strip()) and not any(r0 <= x.start < r0 + len(rest) for x in numbers):
                out.append(RawFigure(k, 1, 1, "exact", rest.strip(), role_of(rest), r0, r0 + len(rest.strip()),
                                     rest.strip(), sentence, group + 1500 + len(out)))
            taken.append((a0, a1) if rx is not _SINGULAR_COORD_RX else (s0, s1))
    for m in _BOTH_RX.finditer(s_text):
        a0 = start + m.start()
        if any(a0 <= x.start < start + m.end("subj") for x in numbers) or any(f.start <= a0 < f.end for f in out):
            continue
        k = _kind_of(m.group("kind"))
        if k is not None:
            subj = m.group("subj").strip()
            out.append(RawFigure(k, 2, 2, "exact", subj, role_of(subj), a0, a0 + 4, text[a0:a0 + 4], sentence,
                                 group + 3000 + len(out)))
    for rx in (_COUPLE, _HE_AND):
        for m in rx.finditer(s_text):
            a0, a1 = start + m.start(), start + m.end()
            if any(a0 <= x.start < a1 for x in numbers) or any(a0 <= f.start < a1 or f.start <= a0 < f.end for f in out):
                continue
            k = _kind_of(m.group("kind")) if rx is _HE_AND else "killed"
            if k is not None:
                out.append(RawFigure(k, 2, 2, "exact", m.group(0), "victim", a0, a1, m.group(0), sentence, group + 3100 + len(out)))
    for rx in (_NAMED_PASSIVE_RX, _NAMED_ACTIVE_RX):
        for m in rx.finditer(s_text):
            subj = m.group("subj")
            a0 = start + m.start("subj")
            if _NOT_A_PERSON.search(subj) or any(f.start <= a0 < f.end or a0 <= f.start < a0 + len(subj) for f in out) \
                    or any(a0 <= x.start < a0 + len(subj) for x in numbers):
                continue
            word = (m.groupdict().get("kind") or m.group("verb")).lower()
            k = "killed" if any(w in word for w in ("kill", "execut", "dead", "murder", "assassin", "behead", "gunned", "death")) else (
                "injured" if ("wound" in word or "injur" in word) else "abducted")
            if any(f.kind == k and f.sentence == sentence and not f.negated for f in out):
                continue
            out.append(RawFigure(k, 1, 1, "exact", subj, "victim", a0, a0 + len(subj), subj, sentence, group + 4000 + len(out)))
            if rx is _NAMED_ACTIVE_RX:  # "killed police officer Ali Hassan and his wife"
                tail = _LIST_ITEM.match(text, start + m.end(), end)
                if tail and tail.group(0).lstrip(", ").lower().startswith("and ") and not _PASSIVE_AFTER.match(text, tail.end()) \
                        and not any(tail.start() <= x.start < tail.end() for x in numbers):
                    w = tail.group("who")
                    out.append(RawFigure(k, 1, 1, "exact", w, role_of(w), tail.start("who"), tail.end(), w, sentence,
                                         group + 4050 + len(out)))
    for m in _NAMED_COORD_RX.finditer(s_text):
        subj = m.group("subj")
        a0 = start + m.start("subj")
        if _NOT_A_PERSON.search(subj) or any(f.start <= a0 < f.end for f in out) \
                or not any(start + m.start("rest") <= f.start < start + m.end("rest") for f in out) \
                or any(start + m.end("subj") <= f.start < start + m.start("rest") for f in out):
            continue  # counted only beside a number: "Orya and one other person"; once with its appositive
        k = _kind_of(m.group("kind"))
        if k is not None:
            out.append(RawFigure(k, 1, 1, "exact", subj, "victim", a0, a0 + len(subj), subj, sentence, group + 4500 + len(out)))
    for m in _ALONG_WITH.finditer(s_text):
        k = _kind_of(m.group("kind"))
        r0 = start + m.start("rest")
        if k is None or not any(f.kind == k for f in out):
            continue
        for c in _COMPANION.finditer(text, r0, start + m.end("rest")):
            if any(f.start <= c.start() < f.end or c.start() <= f.start < c.end() for f in out):
                continue
            out.append(RawFigure(k, 1, 1, "exact", c.group(0), role_of(c.group(0)), c.start(), c.end(), c.group(0), sentence,
                                 group + 4700 + len(out)))
        for x in numbers:
            if r0 <= x.start < start + m.end("rest") and not any(f.start <= x.start < f.end for f in out) \
                    and re.match(r"\s+(?:other\s+)?(?:people|persons|others|civilians|soldiers|policemen|guards|bodyguards|"
                                 r"members|children|women|men)\b", text[x.end:x.end + 30]):
                out.append(RawFigure(k, x.low, x.high, x.qualifier, None, "victim", x.start, x.end, x.text, sentence,
                                     group + 4800 + len(out)))
    for m in _PRONOUN_OBJECT.finditer(s_text):
        k = "injured" if (m.group("kind") or "").lower().startswith(("wound", "injur")) else "killed"
        pg = "pro" if m.group("pro") else "pro2"
        a0 = start + m.start(pg)
        if k is None or any(f.kind == k for f in out):
            continue
        pro = m.group(pg).lower()
        n = 1 if pro in ("him", "her") else 2 if pro == "both" else None  # "beat two men ..., killing both"
        if n is None:  # "them": the count of those just named ("two undercover policemen, killing them")
            prior = [x for x in numbers if start <= x.end <= start + m.start() and x.low]
            n = prior[-1].low if prior else None
        if not n:
            continue
        out.append(RawFigure(k, n, n, "exact", m.group(pg), "victim", a0, start + m.end(pg), m.group(pg), sentence,
                             group + 4900 + len(out)))
        rest_end = start + m.end()
        nxt = _NEXT_VERB.search(text, start + m.end(pg), rest_end)  # "killed him, and freed the two ambassadors"
        if nxt:
            rest_end = nxt.start()
        for c in _COMPANION.finditer(text, start + m.end(pg), rest_end):
            out.append(RawFigure(k, 1, 1, "exact", c.group(0), role_of(c.group(0)), c.start(), c.end(), c.group(0), sentence,
                                 group + 4950 + len(out)))
        for x in numbers:
            if start + m.end(pg) <= x.start < rest_end and re.match(r"\s+(?:of\s+(?:his|her|their)\s+)?\w+", text[x.end:x.end + 30]):
                out.append(RawFigure(k, x.low, x.high, x.qualifier, None, "victim", x.start, x.end, x.text, sentence,
                                     group + 4960 + len(out)))
    for rx in (_ONE_OF_WHOM, _SINGULAR_DIED, _NAMED_WHO_DIED, _BOTH_DIED, _BOTH_ALONE_DIED, _SHOT_AND_DIED, _SHOT_X_DEAD):
        for m in rx.finditer(s_text):
            a0 = start + m.start("subj") if rx is _BOTH_ALONE_DIED else start + m.start()
            if rx in (_BOTH_DIED, _BOTH_ALONE_DIED):  # (beside another count of another side: "Twenty hostages were killed; both gunmen died")
                if any(f.kind == "killed" and not f.negated and f.role == role_of(m.group("subj")) for f in out):
                    continue
            elif any(f.kind == "killed" and not f.negated for f in out) and not (
                    # "Seven soldiers and the attacker died": the attacker is no victim already counted
                    rx in (_SINGULAR_DIED, _SHOT_X_DEAD) and role_of(m.group("subj")) == "attacker"
                    and not any(f.kind == "killed" and f.role == "attacker" for f in out)) or any(
                    a0 <= x.start < start + m.end() for x in numbers if rx is not _ONE_OF_WHOM):
                continue
            n = {"one": 1, "two": 2, "three": 3}.get(m.group(0).split()[0].lower(), 1) if rx is _ONE_OF_WHOM else (
                2 if rx in (_BOTH_DIED, _BOTH_ALONE_DIED) else 1)
            subj = m.groupdict().get("subj") or m.group(0)
            out.append(RawFigure("killed", n, n, "exact", subj, role_of(subj), a0, start + m.end(), text[a0:start + m.end()], sentence,
                                 group + 5100 + len(out)))
    for rx in (_ONE_OF_ACTIVE, _ONE_OF_PASSIVE):
        for m in rx.finditer(s_text):
            word = m.group("kind") or "killed"  # "one of the soldiers died"
            k = _kind_of(word) or ("killed" if word.lower().startswith("kill") else "injured")
            a0 = start + m.start()
            if k is None or any(f.kind == k and f.start <= a0 + len(m.group(0)) and a0 <= f.end for f in out):
                continue
            noun = " ".join(text[start + m.end():end].split()[:3]) if rx is _ONE_OF_ACTIVE else m.group(0)
            role = "attacker" if role_of(noun) == "attacker" else "victim"  # "killed one of the three assailants"
            out.append(RawFigure(k, 1, 1, "exact", m.group(0), role, a0, start + m.end(), m.group(0), sentence,
                                 group + 5300 + len(out)))
    m = _KILLING_HIMSELF.search(s_text)
    if m and any(f.kind == "killed" and f.role != "attacker" and not f.negated for f in out) \
            and not any(f.kind == "killed" and f.role == "attacker" for f in out):
        a0 = start + m.start()  # "killing himself and two policemen": the bomber is counted, as an attacker
        out.append(RawFigure("killed", 1, 1, "exact", "himself", "attacker", a0, start + m.end(), m.group(0), sentence,
                             group + 5200))
    m = _KILLING_THEMSELVES.search(s_text)
    if m and any(f.kind == "killed" and f.role != "attacker" and not f.negated for f in out) \
            and not any(f.kind == "killed" and f.role == "attacker" for f in out):
        # "Two female suicide bombers detonated their explosives ..., killing themselves and one vigilante": the
        # bombers the sentence counted, as attackers
        n = _attackers_named_before(s_text, 0, m.start())
        if n:
            a0 = start + m.start()
            out.append(RawFigure("killed", n, n, "exact", "themselves", "attacker", a0, start + m.end(), m.group(0),
                                 sentence, group + 5250))
    m = _ATTACKER_IN_ADDITION.search(s_text) or _SELF_IN_ADDITION.search(s_text)
    if m and any(f.kind == "killed" for f in out):
        a0 = start + m.start()
        n = _count_value(m.group("n") or "")
        if n is None and m.group(0).lower().startswith("in addition to both"):
            n = 2
        if n is None and m.group("noun").lower().endswith(("s", "men", "themselves")):
            n = _attackers_named_before(text, 0, a0)
        elif n is None:
            n = 1
        if n and not any(f.kind == "killed" and f.role == "attacker" for f in out):
            out.append(RawFigure("killed", n, n, "exact", m.group("noun"), "attacker", a0, start + m.end(), m.group(0), sentence,
                                 group + 5000))
    for kind, pair_rx in (("killed", _PAIR_WERE_KILLED), ("injured", _PAIR_WERE_HURT)):
        for m in pair_rx.finditer(s_text):
            b = 0
            for c in _PAIR_CLAUSE_START.finditer(s_text, 0, m.start()):
                b = c.end()
            s0, s1 = start + b, start + m.start()
            if any(f.kind == kind and not (s0 <= f.start < s1 and f.low == 1) for f in out):
                continue
            n = _count_singulars(s_text[b:m.start()])
            if n and n > sum(f.low or 0 for f in out if f.kind == kind):
                out = [f for f in out if f.kind != kind]
                subj = s_text[b:m.start()].strip(" ,")
                out.append(RawFigure(kind, n, n, "exact", subj, "victim", s0, s1, subj, sentence, group + 5700 + len(out)))
                break
    if not any(f.kind == "killed" for f in out):
        for m in _NOMINAL_KILL.finditer(s_text):
            if _PAST_CLAIM.search(s_text, 0, m.start()):
                continue  # "a group which in the past also claimed credit for the assassination of ..."
            o0 = start + m.start("obj")
            num = next((x for x in numbers if o0 <= x.start <= o0 + 4), None)
            if num is not None:
                if not num.low or not re.match(r"\s+(?:of\s+)?[\w'’-]+", text[num.end:num.end + 30]):
                    continue
                n = num.low
            else:
                ob = _OBJ_AFTER_NOMINAL.match(text, o0, end)
                if ob is None or _PLURAL_HEAD.search(ob.group(0).split()[-1]) or _NOBODY.search(ob.group(0)) \
                        or any(o0 <= x.start < ob.end() for x in numbers) or role_of(ob.group(0)) == "attacker":
                    continue
                n = 1
            obj = text[o0:o0 + 60].split(",")[0]
            out.append(RawFigure("killed", n, n, "exact", obj, role_of(obj), o0, o0 + len(obj), obj, sentence,
                                 group + 5800 + len(out)))
            if num is None:  # "the murder of Congressman X and his bodyguard"
                ob_end = ob.end()
                names = _NAME_LIST.match(text, ob_end, end) if re.search(r"(?-i:[A-Z])[\w'’-]*$", ob.group(0)) else None
                tail = None if names else _LIST_ITEM.match(text, ob_end, end)
                if names:
                    n_more = len(re.findall(r",|\band\b", names.group(0)))
                    out.append(RawFigure("killed", n_more, n_more, "exact", names.group(0), "victim", ob_end, names.end(),
                                         names.group(0), sentence, group + 5840 + len(out)))
                elif tail and tail.group(0).lstrip(", ").lower().startswith("and ") \
                        and not any(tail.start() <= x.start < tail.end() for x in numbers):
                    w = tail.group("who")
                    out.append(RawFigure("killed", 1, 1, "exact", w, role_of(w), tail.start("who"), tail.end(), w, sentence,
                                         group + 5850 + len(out)))
            break
    for m in _INVERTED.finditer(s_text):  # "Also killed were the judge's brother and a passer-by."
        k = "killed" if m.group("kind").lower() in ("killed", "dead") else "injured"
        if any(f.kind == k for f in out):
            continue
        lst = re.split(r"\s+(?:who|when|as|while|in|at|on|after|during)\s+", m.group("list"))[0].strip(" ,")
        l0 = start + m.start("list")
        if any(l0 <= x.start < l0 + len(lst) for x in numbers):
            continue
        n = _count_singulars(lst) if re.search(r"\sand\s", lst) else (1 if _singular_item(lst.split(",")[0]) else None)
        if n:
            out.append(RawFigure(k, n, n, "exact", lst, role_of(lst), l0, l0 + len(lst), lst, sentence, group + 5420 + len(out)))
    if not any(f.kind == "killed" for f in out):
        m = _BODY_FOUND.search(s_text)
        if m and not re.search(r"\b(?:where|whose|which)\s+$", s_text[max(0, m.start() - 10):m.start()], re.I):
            out.append(RawFigure("killed", 1, 1, "exact", m.group(0), "victim", start + m.start(), start + m.end(), m.group(0),
                                 sentence, group + 5450 + len(out), continues=True))
    if not any(f.kind == "killed" for f in out):
        for m in _ONE_WAS_KILLED.finditer(s_text):
            b, c0, subj = _clause_subject(s_text, m.start())
            s0 = start + b
            if not subj or _RELATIVE.search(subj) or any(s0 <= x.start < start + m.start() for x in numbers) \
                    or re.search(r"\bbombers?\b", subj, re.I) or _NOBODY.search(subj) or _AGO.match(s_text, m.end()):
                continue
            if m.group("died") and (_FEW_OR_MANY.search(subj) or _PLURAL_HEAD.search(subj.split()[-1].strip(".,"))):
                continue  # "many died", "the two men died": no count of one
            if c0 is not None and (c0.group(0).lower().startswith("since")
                                   or _TIME_BEFORE.search(s_text, 0, c0.start())):
                continue  # "three days after the judge was assassinated": an earlier act
            out.append(RawFigure("killed", 1, 1, "exact", subj, role_of(subj), s0, start + m.end(), subj, sentence,
                                 group + 5500 + len(out)))
            break
    for k, rx in (("injured", _ONE_WAS_HURT), ("abducted", _ONE_WAS_TAKEN)):
        if any(f.kind == k and f.role != "attacker" for f in out):
            continue  # (an attacker hurt is no victim's count: "the other was injured; the assailant was wounded")
        for m in rx.finditer(s_text):
            b, c0, subj = _clause_subject(s_text, m.start())
            s0 = start + b
            if not subj or _RELATIVE.search(subj) or any(s0 <= x.start < start + m.start() for x in numbers) \
                    or role_of(subj) == "attacker" or _NOBODY.search(subj) or _AGO.match(s_text, m.end()) \
                    or (k == "injured" and subj.lower() in _PRONOUNS_HURT) or _FEW_OR_MANY.search(subj) \
                    or _SUBJ_NOT_ONE.search(subj) \
                    or any(f.start <= s0 < f.end or s0 <= f.start < start + m.start() for f in out):
                continue
            if c0 is not None and (c0.group(0).lower().startswith("since") or _TIME_BEFORE.search(s_text, 0, c0.start())):
                continue
            out.append(RawFigure(k, 1, 1, "exact", subj, role_of(subj), s0, start + m.end(), subj, sentence,
                                 group + 5550 + len(out)))
            break
    if not any(f.kind == "injured" for f in out):
        for m in _ONE_HURT_ACTIVE.finditer(s_text):  # "a car bomb seriously injured Jozo Lukic, a Croat, ..."
            obj = m.group("obj")
            if not _LETTERS.search(obj):
                continue  # punctuation is nobody
            o0, o1 = start + m.start("obj"), start + m.end("obj")
            head = obj.split()[-1].lower().strip(".")
            if _PLURAL_HEAD.search(head) or _NOBODY.search(obj) or any(o0 <= x.start < o1 for x in numbers) \
                    or role_of(obj) == "attacker" or _SUBJ_NOT_ONE.search(obj) or _FEW_OR_MANY.search(obj) \
                    or any(f.start <= o0 < f.end or o0 <= f.start < o1 for f in out):
                continue
            out.append(RawFigure("injured", 1, 1, "exact", obj, role_of(obj), o0, o1, obj, sentence, group + 5660 + len(out)))
            break
    if not any(f.kind == "killed" for f in out):
        for m in _ONE_KILLED_ACTIVE.finditer(s_text):
            obj = m.group("obj")
            if not _LETTERS.search(obj):
                continue  # punctuation is nobody
            o0, o1 = start + m.start("obj"), start + m.end("obj")
            head = obj.split()[-1].lower().strip(".")
            if _PLURAL_HEAD.search(head) or _NOBODY.search(obj) or any(o0 <= x.start < o1 for x in numbers) \
                    or _AGO.match(s_text, m.end()) or role_of(obj) == "attacker" \
                    or _TRIAL_BEFORE.search(s_text, max(0, m.start() - 80), m.start()):
                continue
            out.append(RawFigure("killed", 1, 1, "exact", obj, role_of(obj), o0, o1, obj, sentence, group + 5600 + len(out)))
            names = _NAME_LIST.match(text, o1, end) if re.search(r"(?-i:[A-Z])[\w'’-]*$", obj) else None
            if names:  # "killing professors Ana Diaz, Luis Soto and Pedro Gil"
                n_more = len(re.findall(r",|\band\b", names.group(0)))
                out.append(RawFigure("killed", n_more, n_more, "exact", names.group(0), "victim", o1, names.end(),
                                     names.group(0), sentence, group + 5640 + len(out)))
                break
            ap = _APPOSITIVE.match(text, o1, end)  # "X, a deputy of the chamber, and his nephew"
            tail = _LIST_ITEM.match(text, ap.end() if ap else o1, end)
            if tail and tail.group(0).lstrip(", ").lower().startswith("and ") and not _PASSIVE_AFTER.match(text, tail.end()) \
                    and not any(tail.start() <= x.start < tail.end() for x in numbers):
                w = tail.group("who")
                out.append(RawFigure("killed", 1, 1, "exact", w, role_of(w), tail.start("who"), tail.end(), w, sentence,
                                     group + 5650 + len(out)))
            break
    for kinds_, rx in _NEGATED:
        for m in rx.finditer(s_text):
            for k in kinds_:
                if any(f.kind == k and f.negated for f in out):
                    continue
                out.append(RawFigure(k, 0, 0, "exact", None, "unknown", start + m.start(), start + m.end(),
                                     m.group(0), sentence, group + 2000 + len(out), negated=True))
    out.sort(key=lambda f: f.start)
    return out


# After an abduction, a later sentence tells the deaths without a count: "the men's bodies were found the
# next day", "police found the victim's body", "they were later executed".
_FOUND_DEAD = re.compile(
    r"\b(?P<n>bod(?:y|ies)|corpses?|remains)\b(?:\s+of\s+[^.;,]{1,50}?)?\s+(?:was|were|had been|have been)\s+(?:later\s+)?"
    r"(?:found|discovered|recovered|dumped)\b|"
    r"\bfound\s+(?:the\s+)?(?:[\w'’-]+['’]s?\s+)?(?:(?:bullet-riddled|decapitated|mutilated|headless|lifeless|dead)\s+)?"
    r"(?P<n2>bod(?:y|ies)|corpses?)\b|"
    r"\b(?P<pro>he|she|they|victims?|hostages?|captives?|men|women)\s+(?:was|were|had been|have been)\s+(?:later\s+|subsequently\s+)?"
    r"(?:found\s+(?:dead|murdered|slain|shot dead)|killed|executed|murdered|beheaded|shot dead)\b", re.I)


def deaths_of_the_abducted(text: str, start: int, end: int, sentence: int, abducted: int,
                           group_base: int = 0) -> RawFigure | None:
    """The deaths of people abducted earlier in the document, told without a count; ``abducted`` is how many
    were taken. None when the sentence tells no such thing."""
    m = _FOUND_DEAD.search(text, start, end)
    if m is None:
        return None
    word = (m.group("n") or m.group("n2") or m.group("pro")).lower()
    n = 1 if word in ("body", "corpse", "he", "she", "victim", "hostage", "captive") else abducted
    if not n:
        return None
    return RawFigure("killed", n, n, "exact", m.group(0), "victim", m.start(), m.end(), m.group(0), sentence,
                     group_base + 9000, continues=True)
