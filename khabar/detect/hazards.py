"""Deaths and damage that no one inflicted: disasters, accidents, disease.

ACLED, UCDP and the CASE 2021 shared task code political violence only; an
earthquake that "killed 2,000 people", a bus that "plunged into a gorge,
killing 18", a factory fire, a gas-cylinder blast or a cholera outbreak are
NATURAL_DISASTER or MAN_MADE_DISASTER in CASE 2021 and nothing in ACLED.  The
trigger table reads "killed", "dead", "explosion", "destroyed 200 houses"
wherever they stand, so a sentence that names such a cause and no means or
agent of violence is no event.

A sentence that names both ("the bus plunged into a ravine after rebels opened
fire on it", "a fire broke out after the bomb went off") stays violent.
"""

from __future__ import annotations

import re

# "an explosion at a chemical plant", "a blaze at a textile factory": an industrial accident (one alternative of both
# expressions below, ending in its "|")
_PLANT_ACCIDENT = (r"(?:explosions?|blasts?|fire|blaze) (?:at|(?:ripped|tore) through) (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:chemical|petrochemical|"
                   r"industrial|fertili[sz]er|fireworks|pharmaceutical|textile|garment|steel) (?:storage )?(?:plant|factory|facility|"
                   r"warehouse|complex|works|mill)|")

# what killed, hurt or destroyed: a natural hazard, an accident, a disease
HAZARD = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|(?:flash )?floods?|flooding|floodwaters?|landslides?|landslips?|"
    r"mudslides?|avalanches?|cyclones?|hurricanes?|typhoons?|tornado(?:e)?s?|(?:a |the |tropical |severe |winter |snow |"
    r"dust |sand |rain ?|heavy |violent |powerful )storm|storms|thunderstorms?|struck by lightning|hit by lightning|"
    r"lightning (?:strikes?|struck|bolts?|killed)|heat ?waves?|heatstroke|cold (?:waves?|snaps?)|tsunamis?|"
    r"volcan(?:o|oes|ic)|(?:column|cloud|plume)s? of (?:volcanic )?ash|ash (?:column|cloud|plume)s?|spew\w* (?:hot |thick |volcanic )*ash|lava|pyroclastic|wildfires?|bush ?fires?|forest fires?|(?:monsoon|heavy|torrential) rains?|"
    r"downpours?|blizzards?|droughts?|famine|drown(?:ed|ing|ings)|capsiz(?:ed|es|ing)|shipwrecks?|"
    r"(?:road|traffic|car|bus|truck|lorry|train|rail|railway|plane|air|helicopter|boat|ferry|mine|mining|industrial|"
    r"workplace|construction) (?:accidents?|crash(?:es)?|collisions?|disasters?|mishaps?|tragedy)|"
    r"accidents?|crash(?:ed|es)? (?:into|on|near|in|at|shortly|soon|after|while|during)|collided|colliding|collision|head-on|"
    r"derail(?:ed|ment|ments)|left the rails|overturned (?:fuel |oil |gas |petrol )?tankers?|(?:hit|killed|run over|struck|mowed down) by a (?:speeding |passing )?(?:bus|truck|lorry|car|vehicle|minibus)|(?:struck|hit) by (?:a |another )?(?:goods |freight |passenger )?train|plunged (?:into|off|down)|overturned(?! (?:[\w-]+ ){0,2}(?:cars|vehicles|buses|trucks|police (?:cars|vehicles)))|skidded|"
    r"fell (?:into|off|from) (?:a |the )?(?:deep )?(?:gorge|ravine|river|canal|gully|cliff|bridge|valley)|"
    r"stampedes?|(?:building|bridge|roof|wall|mine|dam|structure|stadium|house|factory|hospital|school|"
    r"temple|church|mosque|tower)s? (?:has |had |have )?collapse[ds]?|(?:building|block|tower) (?:housing|containing|with) (?:[\w-]+ ){1,3}?collapsed|collapsed (?:into|onto|under|on top)|collapse of (?:a |the |an )?(?:[\w-]+ )?"
    r"(?:building|bridge|roof|wall|mine|dam|structure)|short[ -]circuits?|"
    + _PLANT_ACCIDENT +
    r"(?:fuel|oil|gas|petrol) (?:depot|storage|terminal)s? (?:explosion|blast|fire)|(?:explosion|blast|fire) at (?:a |an |the )?(?:[\w-]+ )?(?:fuel|oil|gas|petrol) (?:depot|storage|terminal)|(?:gas cylinder|cylinder|boiler|transformer|firecrackers?|fireworks?|reactor|furnace|methane|coal dust) (?:leaks?|"
    r"explosions?|blasts?|exploded|fires?|factory|factories|unit|warehouse)|gas (?:leaks?|explosions?)|"
    r"(?<!of )(?:fires?|blazes?|explosions?|blasts?) (?:broke out|engulfed|swept|ripped|tore|gutted)(?= (?:through|across|a|an|the))|"
    r"(?<!of )(?:fire|blaze) (?:that |which )?(?:broke out|erupted|started) (?:at|in|during) (?:a|an|the)\b|pyrotechnics?|ammonium nitrate|firedamp|"
    # "the Rana Plaza building, which housed several garment factories, collapsed"
    r"(?:building|bridge|roof|dam|tower|block|complex|factory|mall|hotel|warehouse|stand|apartments?)(?:,[^.;,]{1,80},)? "
    r"(?:collapsed|came down|caved in)|"
    r"(?:coal )?mine (?:explosion|blast|disaster|collapse)|(?:a|the) (?:[\w-]+ ){0,2}(?:fire|blaze) (?:at|in|on) (?:a|an|the)\b|caught fire|electrocut\w+|"
    r"(?:outbreaks?|eruptions?)(?! of (?:violence|fighting|hostilities|war|clashes|unrest|protests?|riots?))|epidemics?|"
    r"(?:pandemics?|cholera|dengue|covid-19|covid(?!-19)|coronavirus|ebola|measles|malaria)(?! (?:rules|restrictions|lockdowns?|measures|"
    r"regulations|protocols|guidelines|curbs|vaccines?|vaccinations?|curfews?|laws?))|food poisoning|"
    r"(?:spurious|toxic|poisonous|illicit|bootleg|tainted|adulterated|methanol-laced) (?:liquor|alcohol|hooch)|hooch|"
    r"snake ?bites?|(?:elephants?|tigers?|leopards?|bears?|crocodiles?|sharks?|dogs?|lions?) (?:attacks?|trampled|"
    r"mauled)|heart attacks?|cardiac arrest|natural causes)\b",
    re.IGNORECASE,
)

# a means or agent of violence: with one of these the sentence may well tell of an attack
_VIOLENT = re.compile(
    r"\b(?:gunm[ae]n|gunfire|gunshots?|guns?|shot|shots|shooting|shoot|fired (?:at|on|upon|into)|opened fire|"
    r"rifles?|bullets?|militants?|rebels?|insurgents?|terrorists?|terrorism|guerrillas?|jihadists?|attackers?|"
    r"assailants?|gangs?|gangsters?|bandits?|kidnapp\w+|abduct\w+|hostages?|bombs?|bombers?|bombing|bombed|IEDs?|"
    r"grenades?|explosives?|landmines?|land mines?|mine blast|rockets?|missiles?|shell(?:s|ed|ing)|mortars?|"
    r"artillery|blew up|blown up|blowing up|detonat\w+|dynamit\w+|planted|explosive devices?|air ?strikes?|airstrikes?|air raids?|drone strikes?|shot down|downed|arson\w*|arsonists?|"
    r"set (?:on )?fire|set ablaze|torch(?:ed|ing)|petrol bombs?|molotov|"
    r"(?<!no indication of )(?<!no sign of )(?<!no evidence of )(?<!ruled out )sabotag\w+|"
    r"(?<!heart )(?<!elephant )(?<!tiger )(?<!leopard )(?<!bear )(?<!crocodile )(?<!shark )(?<!dog )(?<!lion )"
    r"attack(?:s|ed|ing|ers?)?|assault\w*|ambush\w*|massacre\w*|murder\w*|assassinat\w*|lynch\w*|mobs?|rioters?|"
    r"riots?|protesters?|demonstrators?|clash\w*|stabb\w+|hacked|behead\w*|executed|tortur\w*|raped|"
    r"deliberate\w*|raids?|commandos?|cadres?|chased|projectiles?|wars?|nuclear|exchange of fire|exchanged fire|"
    r"encounters?|blown apart|blew apart|intentional\w*|hijack\w*|cyanide|arsenic|contaminat\w+|firefights?|gun ?battles?|fighting|combat|(?:traded|trading|exchanged|exchanging) (?:gun)?fire|"
    r"(?:set|sets|setting|start|starts|started|starting|light|lit|lighting) (?:a |an |the )?(?:[\w-]+ ){0,2}"
    r"(?:fires?|blaze)|on fire|(?:police|troops|soldiers|forces) (?:fired|opened|shot|beat))\b",
    re.IGNORECASE,
)


_ACCIDENTAL_AGENT = re.compile(r"\b(?:pyrotechnics?|fireworks?|firecrackers?|sparks?|short[ -]circuits?|candles?|"
                               r"lightning|faulty wiring)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_BLAST = re.compile(r"\b(?:explosions?|blasts?|exploded|explodes?|explosive)\b", re.IGNORECASE)
_ACCIDENTAL_BLAST = re.compile(
    r"\b(?:gas cylinders?|cylinders?|boilers?|transformers?|firecrackers?|fireworks?|reactors?|furnaces?|methane|"
    r"coal dust|coal mines?|collier(?:y|ies)|firedamp|ammonium nitrate|pyrotechnics?|overturned (?:fuel |oil |gas |petrol )?tankers?|"
    # "a fire broke out at an ammunition depot, causing a series of explosions": the fire set off what was stored
    r"(?:fire|blaze) (?:that |which )?(?:broke out|erupted|started) (?:at|in) (?:a|an|the) (?:[\w-]+ ){0,2}?"
    r"(?:ammunition|arms|munitions?|weapons|explosives?) (?:depot|dump|store|warehouse|storage)s?|"
    r"(?:exploded|explosion|blast|burst into flames) (?:after|when|as) (?:it |they )?(?:collid\w+|overturn\w+|crash\w+|skidd\w+|"
    r"fell|caught fire)|(?:overturned|collided|crashed|skidded)(?: with (?:[\w-]+ ){0,2}[\w-]+)? and (?:exploded|caught fire|burst into flames)|"
    # "an explosion at a chemical plant": an industrial accident unless the text says who set it
    + _PLANT_ACCIDENT +
    r"(?:fuel|oil|gas|petrol) (?:depot|storage|terminal)s?|"
    r"gas (?:leaks?|explosions?|pipes?|lines?|mains?|tanks?)|pressure cookers? (?:exploded|burst))\b",
    re.IGNORECASE)


def violent_means(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` names a means or agent of violence (a blast counts unless the sentence says
    what blew up by accident: a gas cylinder, a boiler, fireworks)."""
    end = len(text) if end is None else end
    for m in _VIOLENT.finditer(text, start, end):
        if not _ACCIDENTAL_AGENT.search(text, max(start, m.start() - 40), m.start()):
            return True  # (not "pyrotechnics set the ceiling on fire")
    return _BLAST.search(text, start, end) is not None and _ACCIDENTAL_BLAST.search(text, start, end) is None


# every HAZARD alternative holds one of these (lower case): a plain substring test rules most sentences out before
# the expression runs
_HAZARD_STEMS = (
    "quake", "tremor", "shock", "disaster", "mishap", "tragedy", "flood", "slide", "slip", "avalanche", "cyclone", "hurricane", "typhoon", "tornado", "storm",
    "lightning", "heat", "cold", "tsunami", "volcan", "fire", "rain", "downpour", "blizzard", "drought", "famine",
    "drown", "capsiz", "shipwreck", "accident", "crash", "collision", "collide", "head-on", "derail", "plunged",
    "overturned", "skidded", "fell ", "stampede", "collapse", "came down", "caved in", "circuit", "cylinder", "boiler", "transformer",
    "cracker", "firework", "reactor", "furnace", "methane", "coal dust", "gas ", "blaze", "electrocut", "outbreak",
    "eruption", "epidemic", "pandemic", "cholera", "dengue", "covid", "coronavirus", "ebola", "measles", "malaria",
    "poisoning", "liquor", "alcohol", "hooch", "snake", "elephant", "tiger", "leopard", "bear", "crocodile", "shark",
    "dog", "lion", "cardiac", "natural causes", "heart attack", " ash", "lava", "pyroclastic", "pyrotechnic", "ammonium",
    "firedamp", " mine ", " tore ", "collision", "colliding", "depot", "terminal", "spew", " plant", "factory", "facility",
    "works", " mill", "the rails", " train", "by a speeding", "by a passing", "by a bus", "by a truck", "by a lorry",
    "by a car", "by a vehicle", "by a minibus",
)


def accidental(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` tells of harm by a disaster, an accident or a disease, and of no violence."""
    end = len(text) if end is None else end
    low = text[start:end].lower()
    if not any(stem in low for stem in _HAZARD_STEMS):
        return False
    return HAZARD.search(text, start, end) is not None and not violent_means(text, start, end)


# anywhere in a text, these make its fire, crash or collapse someone's act: "An electrical fire was initially blamed
# but Turkish Islamic Jihad later claimed responsibility"
_CLAIMED_OR_SET = re.compile(
    r"\b(?:(?:claimed|claiming|claims?|took|accepted|admitted) (?:of )?(?:responsibility|credit)|"
    r"claims? of responsibility|claimed by|perpetrators?|arson\w*|terroris[tm]s?|incendiary|firebomb\w*|"
    r"(?<!no indication of )(?<!no sign of )(?<!no evidence of )(?<!ruled out )sabotag\w+|"
    r"deliberate(?:ly)?|intentional(?:ly)?|flammable liquids?|accelerants?|(?:was|were|had been) set\b|"
    r"(?:started|set|lit) by (?!(?:a|an|the) (?:short|spark|electrical|faulty|candle|cigarette|lightning|gas)))\b",
    re.IGNORECASE)


def violence_claimed(text: str) -> bool:
    """Whether a text says anywhere that its harm was someone's doing (a claim, arson, terrorism, sabotage)."""
    return _CLAIMED_OR_SET.search(text) is not None

