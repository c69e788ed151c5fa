"""Attribution: who says what a sentence reports.

Cues: "according to (a statement from) X", "X said", "said X", "X told
Reuters", "X claimed", "in a statement, X said", "X's spokesman said",
"a spokesman for X said"; anaphora ("the group said", "it added", "he said")
take the last named source; a quotation opened and not closed carries its
source over the following sentences until it closes.

Each sentence gets a :class:`Source` or ``None`` (the reporter's own voice).
The claimant *type* of a source is decided from the words of the source
(state, local official, medical, witness, UN/NGO, media) here, and becomes
``perpetrator`` later when the source is the event's perpetrator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.model import Sentence, Span
from khabar.resolve.actors import OF_GAP, WING_OF_BEFORE, ActorDictionary, ActorMatch, without_qualifiers
from khabar.resolve.gazetteer import TITLES, Gazetteer

_SAY = (r"said|says|say|told|tells|claimed|claims|claim|stated|states|confirmed|confirms|reported|reports|announced|"
        r"announces|added|adds|alleged|alleges|insisted|insists|asserted|maintained|noted|explained|declared|"
        r"tweeted|wrote|posted|quoted|put the (?:toll|number|figure)|counted|estimated|estimates")

_ACCORDING = re.compile(
    r"\b(?:according to|as per|citing|quoting|in a statement (?:from|by|issued by)|a statement (?:from|by|issued by))\s+"
    r"(?P<src>[^,;.\"“”]{2,120}?)(?=\s*(?:[,;.\"“”]|$|\bwho\b|\bwhich\b|\bthat\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))",
    re.IGNORECASE,
)
_SAY_VERB = re.compile(rf"\b(?:(?:also|later|earlier|separately|previously|had|has|have|was|were|is|then|further)\s+)*"
                       rf"(?:{_SAY})\b", re.IGNORECASE)
_JOINT = re.compile(r"(?:\band|,?\s*as well as|,?\s*along with|together with)\s+(?:the\s+)?$", re.IGNORECASE)
_NP_STOP = re.compile(r"[;:\"“”—–(]|,\s*(?=(?:and|but|while|who|which|that)\b)|\b(?:and|but|that|who|which|(?<!known )as|because|after|"
                      r"when|while|if|since)\s", re.IGNORECASE)
_NP_WORD = re.compile(r"^[\w'’.&/-]+$")
_APPOSITION = re.compile(r"(?:a|an|which is|who are|formerly|previously|also known as|once)\s+[a-zA-Z]|the\s+(?:[a-z][\w-]*\s+){0,3}(?:group|organi[sz]ation|faction|"
                         r"movement|wing|front|arm|offshoot|branch|splinter)\b")
_BRACKETS_ONLY = re.compile(r"\s*(?:\([^()]{1,30}\)\s*|\[[^\[\]]{1,40}\]\s*)?")


def _np_before(sentence: str, verb_start: int) -> tuple[int, str] | None:
    """The noun phrase right before a reporting verb: at most ten words, cut at the clause's start."""
    left = sentence[max(0, verb_start - 120):verb_start]
    base = verb_start - len(left)
    # "The Alex Boncayao Brigade (ABB) claimed ...": an abbreviation in brackets is part of the name
    left = re.sub(r"\((?:[^()\s]{1,12}|[A-Z][^()]{1,30})\)|\[[A-Z][^\[\]]{1,40}\]", lambda m: " " * len(m.group()), left)
    cut = 0
    for m in _NP_STOP.finditer(left):
        cut = m.end()
    seg = left[cut:]
    parts = [p for p in re.split(r",\s*", seg) if p.strip()]
    if not parts:
        return None
    raw = parts[-1].strip()
    # "The Red Hand Defenders, a front for the UDA, claimed": the name before its appositive
    if len(parts) >= 2 and _APPOSITION.match(raw) and parts[-2].strip()[:1].isupper() \
            and not re.search(r"\b(?:wing|arm|branch) of\b", raw) and (
            re.search(r",\s*$", seg) or re.search(r"\b(?:group|organi[sz]ation|movement|faction|front|wing|cell|outfit)\s*$", raw)):
        # ("The JDL, a U.S.-based Zionist group claimed": the appositive's comma left out; but "X, the militant
        # wing of the PIJ, claimed" names the group in the appositive)
        raw = parts[-2].strip()
    np = re.sub(r"\s{2,}", " ", raw)
    words = np.split()
    if not words or len(words) > 10 or not all(_NP_WORD.match(w.strip(",")) for w in words):
        return None
    at = left.rfind(raw)
    # the phrase as written, with its bracketed abbreviation ("The Alex Boncayo Brigade (ABB)")
    written = re.sub(r"\s{2,}", " ", sentence[base + at:verb_start].strip())
    if written != np and re.fullmatch(re.escape(np) + r"\s*\([^()]{1,30}\)", written):
        np = written
    return base + at, np


_SAID_SRC = re.compile(
    rf"[,\"”]\s*(?:{_SAY})\s+(?P<src>(?:a |an |the )?[^,;.\"“”]{{2,100}}?)(?=\s*(?:[,;.\"“”]|$))",
    re.IGNORECASE,
)
_IN_STATEMENT = re.compile(r"\b(?:in a statement|in a (?:press )?release|on (?:its|their) (?:telegram|twitter|x|website)|"
                           r"in a (?:video|audio) (?:message|statement)|in an? (?:email|message)|told (?:reporters|the media))\b",
                           re.IGNORECASE)
_CLAIM_RESP = re.compile(r"\b(?:(?:claimed|claims|claiming|accepted|accepting|took|taking|owned|admitted|admitting|assumed|assuming) (?:the )?(?:full |joint[- ]|sole )?(?:re?s?p?s?onsib\w*|credit)|"
                         r"issued (?:competing |rival |separate )?claims? (?:of|for) responsibility|claims? of responsibility(?= from\b)|"
                         # "a caller who claimed to represent the Proletarian Combatant Groups warned of the device"
                         r"claim(?:ed|ing|s) to (?:represent|be from|speak for|speak on behalf of)(?= (?:the )?[A-Z])|"
                         # "El Poder Cubano said it had planted the mine": the group's own act in its own words
                         r"(?:said|says|stated|announced|declared|claimed) (?:that )?(?:it|they|its (?:fighters|members|militants|men)) (?:had |have |has )?"
                         r"(?:planted|carried out|set off|detonated|attacked|killed|kidnapped|abducted|bombed|fired|launched|staged|downed|"
                         r"shot down|blew up|destroyed|seized|captured|"
                         r"executed|shot|ambushed|hijacked|was responsible|were responsible)\b|"
                         r"(?:was|were|is|are) responsible\b|claimed (?:the|that|it had|to have)\b)", re.IGNORECASE)
_STATEMENT_OF = re.compile(r"\b(?:statement|communiqu[eé]|message|video|website|posting|leaflet|letter|caller|call|"
                           r"spokes(?:man|woman|person))\b[^.;]{0,60}?\b(?:of|from|by|for)\s+(?:the\s+)?"
                           r"(?:(?:military|armed) wing of\s+(?:the\s+)?)?", re.IGNORECASE)
# a brigade's head word: the unit that names its parent organisation ("al-Aqsa Martyrs' Brigades of Fatah")
_BRIGADE_WORD = re.compile(r"\b(?:brigades?|battalions?|units|squads?)\b", re.I)
_UNIT_HEAD = re.compile(r"\b(?:Brigades?|Battalions?|Fronts?|Columns?|Wings?|Units?|Squads?|Cells?|Commandos?|brigades|battalions)"
                        r"\s*(?:\([^)]*\))?$")
_NAME_GOES_ON = re.compile(r"(?:\s+(?:for|of|the|and|de|del|la)|\s+[A-Z][\w'’-]*)+\s+")
# between a group's name and its claim: a bracket, an appositive closed by a comma, an auxiliary
_CLAIM_SUBJECT = re.compile(r"\)?\s*(?:[-–—]{1,2}\s*(?:[A-Z][^,;:()]{1,90},\s*)?)?(?:\((?:[^()]|\([^()]{1,30}\)){1,120}\)\s*(?:,\s*(?=also\b))?|\[[^\[\]]{1,60}\]\s*)?"
                            r"(?:(?:,\s*|(?<=\))\s+)(?:an?|the|which|who)\s[^;:()]{1,140}?,\s*)?"
                            # "The FARC released an internet communiqué on 26 February accepting responsibility"
                            r"(?:(?:released|issued|published|sent|posted|faxed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:statement|"
                            r"communiqu[eé]|video|message|letter)\s+(?:on\s+[^,;.]{1,25}?\s+)?)?"
                            r"(?:(?:had|has|have|also|later|quickly|officially|then)\s+)*"
                            # "a member of the X called the Anatolia news agency and claimed responsibility"
                            r"(?:(?:tele)?(?:phoned|called|contacted|rang)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?and\s+)?", re.IGNORECASE)
_PASSIVE_CLAIM = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:(?:\w+ly|later|also|then|first|initially|quickly)\s+)*"
                            r"claimed\s+(?:\w+\s+)?by\s+(?:the\s+)?", re.I)
_NO_CLAIM = re.compile(r"^\W*(?:no|none|nobody|no one|neither|not)\b", re.IGNORECASE)
# "X was responsible", "X took responsibility for": the group's own act, said of it or by it
_SAY_RESP = re.compile(r"\b(?:(?:was|were|is|are) responsible\b|issued (?:competing |rival |separate )?claims? (?:of|for) responsibility|(?:took|accepted|assumed|admitted|owned|claimed) (?:the )?(?:full |joint[- ]|sole )?"
                       r"(?:re?s?p?s?onsib\w*|credit)\b)", re.IGNORECASE)
_LEADING_DATELINE = re.compile(r"^[A-Z][A-Z .,'’()-]*[A-Z)]\.\s+(?=[A-Z])")  # "KUWAIT.  The group ..."
_MEMBERS_OF = re.compile(r"^(?:(?:some |several |two |three |\w+ )?(?:members|militants|cadres|supporters|activists|"
                         r"a unit|a cell|a commando) of\s+)", re.I)
_DESCRIPTOR = re.compile(r"^(?:the|a|an)?\s*(?:(?:(?:previously |little-known |unknown |obscure |new |self-styled |so-called )?"
                         r"(?:left-wing|right-wing|leftist|rightist|extremist|militant|terrorist|guerrilla|rebel|separatist|"
                         r"islamist|islamic|palestinian|armenian|kurdish|basque|marxist|maoist|anarchist|radical|urban|"
                         r"revolutionary|nationalist)\s+)*(?:group|organi[sz]ation|faction|movement|cell|outfit|militia)\s*,?\s*"
                         r"(?:(?:calling|called|naming) (?:itself|themselves)\s+(?:the\s+)?|(?:called|named|known as)\s+(?:the\s+)?)?)?",
                         re.IGNORECASE)


def proper_group_name(source: str) -> str | None:
    """A group's own name in a source phrase ("the leftist group GRAPO" → "GRAPO"), if it looks like one."""
    name = _DESCRIPTOR.sub("", _MEMBERS_OF.sub("", _LEADING_DATELINE.sub("", source.strip()))).strip(" ,")
    words = name.split()
    if not words or len(words) > 9 or not words[0][:1].isupper() or _NO_CLAIM.match(name) or words[0].lower() in (
            "some", "several", "it", "he", "she", "they", "this", "that", "sources", "reports", "one", "two", "many",
            "however", "meanwhile", "also", "later", "earlier", "instead", "moreover", "furthermore", "additionally",
            "separately", "then", "but", "and", "yet", "still"):
        return None
    caps = sum(1 for w in words if w[:1].isupper() or w.isupper())
    if caps < max(1, len(words) - 2) or classify(name) not in ("unknown",):
        return None
    if any(w == w.lower() and w.strip("'’\"“”,.()") not in _NAME_FUNCTION_WORDS for w in words):
        return None  # "Callers to newspapers": a description, not a name
    if name in ActorDictionary.load().country_words:
        return None  # "The group Arab Liberation Front, Lebanon claimed": a country, not the group
    if words[0].lower().rstrip(".") in _PERSON_TITLES:
        return None  # "MP Dhaqane claimed that his car was destroyed": a person
    if len(words) <= 3 and any(e.kind in ("country", "admin1") or e.population >= 100_000
                               for e in Gazetteer.load().lookup(name)):
        return None  # "callers in London and Paris claimed": the end of a place, not a group
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ers|ors|ists|men|ants|ents|ives)", name):
        return None  # "Callers later claimed the attack": a common noun opening the sentence
    if len(words) > 1 and words[-1] in ("group", "organization", "organisation", "movement", "faction"):
        name = " ".join(words[:-1])  # "The Venceremos organization claimed": the name without its head noun
    return name


_PERSON_TITLES = TITLES | {"mp", "governor", "gov", "mayor", "lord", "sir", "chief", "deputy", "spokesman"}
_NAME_FUNCTION_WORDS = frozenset("of the for and de del la el al in to y e du des le les da do dos das fi wal bin ibn on against "
                                 "& organization organisation group movement front command commando brigade brigades cell cells".split())
_ANAPHOR = re.compile(r"^(?:he|she|it|they|the group|the statement|the militants|the rebels|the spokesman|the official|"
                      r"the spokesperson|the organi[sz]ation|the outfit|the insurgents)$", re.IGNORECASE)

# Claimant types by the words of the source (first match wins).
_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("un_ngo", re.compile(r"\b(?:UN|U\.N\.|United Nations|UNAMA|OCHA|UNICEF|UNHCR|WHO|World Health|Red Cross|Red Crescent|"
                          r"ICRC|MSF|Doctors Without Borders|M[eé]decins Sans Fronti[eè]res|Amnesty|Human Rights Watch|HRW|"
                          r"HRCP|rights (?:group|groups|organi[sz]ation|commission|monitor|activists?)|observatory|monitor(?:s|ing group)?|"
                          r"NGO|charity|aid (?:group|agency|workers)|Airwars|ACLED|IOM|WFP|Save the Children)\b", re.I)),
    ("medical", re.compile(r"\b(?:hospital|hospitals|doctors?|medics?|paramedics?|physicians?|health (?:officials?|workers?|ministry|department)|"
                           r"ministry of health|medical (?:sources?|officials?|staff|superintendent)|morgue|ambulance|rescue (?:officials?|workers?|services?|1122)|"
                           r"Edhi|nurses?|surgeon)\b", re.I)),
    ("witness", re.compile(r"\b(?:witness(?:es)?|eyewitness(?:es)?|residents?|villagers|survivors?|locals|local people|relatives|"
                           r"family members|bystanders|neighbou?rs|shopkeepers?|a (?:local )?man|a woman|passengers)\b", re.I)),
    ("local_official", re.compile(r"\b(?:local (?:officials?|authorities|government|administration|police chief|leaders?)|"
                                  r"district (?:officials?|police|administration|commissioner|chief|governor|magistrate)|"
                                  r"provincial (?:officials?|government|governor|police chief|spokes\w+|council)|governor|mayor|"
                                  r"deputy commissioner|assistant commissioner|superintendent of police|SP|SSP|DPO|DIG|village (?:head|chief|elder)s?|"
                                  r"tribal elders?|council(?:lor|or)s?|district head|county (?:officials?|commissioner)|local chief|"
                                  r"police chief|station house officer|SHO)\b", re.I)),
    ("state", re.compile(r"\b(?:army|military|armed forces|ISPR|Inter-Services Public Relations|defen[cs]e (?:ministry|department|forces|officials?)|"
                         r"ministry|minister|government|govt|police|security (?:forces|officials?|sources?|agencies)|officials?|authorities|"
                         r"spokes(?:man|woman|person) (?:for|of) the (?:army|military|government|police|ministry)|president|prime minister|"
                         r"interior|home department|state (?:media|television|TV|news agency)|IDF|Pentagon|Kremlin|junta|"
                         r"presidency|cabinet|troops|forces|commander|general|colonel|major|brigadier|CRPF|BSF|Frontier Corps|FC)\b", re.I)),
    ("media_own", re.compile(r"\b(?:Reuters|AFP|Agence France-Presse|AP|Associated Press|BBC|Al Jazeera|CNN|Xinhua|Dawn|"
                             r"newspaper|media|reports?|correspondents?|reporters?|journalists?|television|TV|news agency|agency|"
                             r"the (?:Times|Post|Express|Tribune|Hindu|Guardian))\b", re.I)),
]

_PRONOUNS = re.compile(r"^(?:he|she|it|they|we|i|you|this|that|there|which|who)$", re.IGNORECASE)
_TRAILING_TIME = re.compile(r"\s+(?:on|late|early|this|last|in|at)\s+.*$", re.IGNORECASE)


@dataclass(slots=True)
class Source:
    text: str
    canonical: str | None
    claimant_type: str
    span: Span  # the attribution cue with its source
    actor_type: int | None = None  # ACLED type when the source is a known actor
    responsibility: bool = False  # the sentence claims responsibility for an act
    actor_span: Span | None = None  # where the actor's name is, inside the source


def classify(source: str) -> str:
    for name, rx in _TYPES:
        if rx.search(source):
            return name
    return "unknown"


def _trim(src: str) -> str:
    src = src.strip(" ,;:\"“”'’-—–")
    src = _TRAILING_TIME.sub("", src) if len(src.split()) > 3 else src
    return src.strip()


def _make_source(text: str, s_abs: int, src: str, cue_start: int, cue_end: int, actors: ActorDictionary,
                 country: str | None = None) -> Source | None:
    whole = src.strip(" ,;:\"“”'’-—–")
    src = _trim(src)
    if len(src) < len(whole) and any(not m.entry.generic and m.end > len(src) for m in actors.find(whole)):
        src = whole  # "the Islamic Army in Iraq": "in Iraq" is part of the name, not a time or place of saying
    if not src or _PRONOUNS.match(src) or len(src) > 120:
        return None
    found = without_qualifiers(src, actors.in_country(actors.find(src), country))
    canonical = None
    actor_type = None
    actor_at: tuple[int, int] | None = None
    for m in found:
        if not m.entry.generic:
            canonical, actor_type = m.entry.canonical, m.entry.actor_type
            actor_at = (m.start, m.end)
            break
    ctype = classify(src)
    if canonical and actor_type in (2, 3, 4) and ctype in ("unknown", "media_own", "state"):
        ctype = "armed_group"
    if canonical is None and found:
        canonical, actor_type = found[0].entry.canonical, found[0].entry.actor_type
    span = Span(s_abs + cue_start, s_abs + cue_end, text[s_abs + cue_start:s_abs + cue_end])
    actor_span = None
    if actor_at is not None:
        at = text.find(src, span.start, span.end + 1)
        if at >= 0:
            a0, a1 = at + actor_at[0], at + actor_at[1]
            actor_span = Span(a0, a1, text[a0:a1])
    return Source(src, canonical, ctype, span, actor_type, actor_span=actor_span)


def _source_in(text: str, sent: Sentence, actors: ActorDictionary, country: str | None = None) -> Source | None:
    dl = _LEADING_DATELINE.match(sent.text)
    if dl:  # "UNITED STATES.  Members of X claimed credit": the dateline is nobody's voice
        k = dl.end()
        sent = Sentence(sent.index, sent.start + k, sent.end, sent.text[k:], sent.paragraph)
    s = sent.text
    found = _source_by_cue(text, sent, actors, country)
    if found is not None and found.actor_type in (2, 3, 4):
        return found
    passive = _PASSIVE_CLAIM.search(s) if "claimed" in s else None
    if passive is not None and (found is None or found.actor_type not in (2, 3, 4)):
        # "The attack was later claimed by the Mujahideen Youth Movement": the agent, not the act before the verb
        agent = _group_at(s, passive.end(), 3, actors, country)
        if agent is not None:
            return _group_source(text, sent, agent, agent.end)
    claims = list(_CLAIM_RESP.finditer(s))
    if not claims:
        return found
    for claim in claims:
        if claim.group(0).lower().endswith(("represent", "be from", "speak for", "speak on behalf of")):
            agent = _group_at(s, claim.end(), 6, actors, country)
            if agent is not None:
                return _group_source(text, sent, agent, agent.end)
            continue
        after = re.match(r"\s+(?:for\s+(?:the|this)\s+\w+\s+)?(?:from|by|on behalf of)\s+(?:the\s+|an?\s+(?:group|organi[sz]ation|"
                         r"faction|movement|cell)\s+(?:called|calling itself|named|known as),?\s+)?", s[claim.end():])
        if after is not None:
            # "an anonymous call claiming responsibility from the National Resistance Brigades": the group after
            agent = _group_at(s, claim.end(), after.end(), actors, country)  # (the cue "a group called" in view)
            if agent is not None:
                return _group_source(text, sent, agent, agent.end)
        # "The same group that claimed credit for the bombing in Buenos Aires, Ansar Allah, also claimed
        # responsibility": each claim in turn, the first whose subject is a named group
        got = _claim_subject(text, sent, s, claim, found, actors, country)
        if got is not None:
            return got
    return found


def _group_at(s: str, at: int, slack: int, actors: ActorDictionary, country: str | None) -> ActorMatch | None:
    """The named armed group that opens at ``at`` (up to ``slack`` characters on): the agent after "claimed by"."""
    return next((a for a in actors.in_country(actors.find(s, at, min(len(s), at + 80)), country)
                 if a.start - at <= slack and not a.entry.generic and a.entry.actor_type in (2, 3, 4)), None)


def _claim_subject(text: str, sent: Sentence, s: str, claim: re.Match, found: Source | None, actors: ActorDictionary,
                   country: str | None) -> Source | None:
    named = [a for a in actors.in_country(actors.find(s, 0, claim.start()), country)
             if not a.entry.generic and a.entry.actor_type in (2, 3, 4)]
    if found is None or found.canonical is None:
        # "a statement on the website of the military wing of Hamas claimed responsibility": the group behind it;
        # "Ynet reported that it received an anonymous call claiming responsibility from the X": the caller's group
        for a in named:
            statement = _STATEMENT_OF.search(s, 0, a.start)
            if statement is not None and statement.end() == a.start:
                return _group_source(text, sent, a, claim.end())
    if claim.group(0)[:1].lower() in "ca":
        # "the news agency said a caller representing the X had claimed responsibility", "X, a group named after
        # ..., claimed responsibility": the named group that is the claim's subject, however far the phrase runs
        for k, a in enumerate(named):
            if (_CLAIM_SUBJECT.fullmatch(s, a.end, claim.start()) or _country_after(s, a.end, claim.start(), actors)) and (
                    found is None or found.canonical is None or sent.start + a.start >= found.span.end):
                while k and _NAME_GOES_ON.fullmatch(s, named[k - 1].end, a.start) and not (
                        _UNIT_HEAD.search(named[k - 1].text) and OF_GAP.fullmatch(s, named[k - 1].end, a.start)):
                    # "the Red Brigades for the Construction of the Fighting Communist Party (BR-PCC)" is one name;
                    # "the al-Aqsa Brigades of Fatah" is Fatah's unit, and Fatah claims
                    k -= 1
                    a = named[k]
                first = _first_joint(s, named, k)
                return _group_source(text, sent, first if first is not None else a, claim.end())
    return None


def _first_joint(s: str, named: list[ActorMatch], k: int) -> ActorMatch | None:
    """"The al-Aqsa Brigades of Fatah, the al-Nasir Brigades of the PRC, and the Abu Ali Mustafa Brigades of the PFLP
    claimed": the first of the joint claimants listed before ``named[k]`` (a unit's parent named after it with "of")."""
    p0 = named[k].start
    if k and OF_GAP.fullmatch(s, named[k - 1].end, p0) and _UNIT_HEAD.search(named[k - 1].text):
        p0 = named[k - 1].start
    conj = _JOINT.search(s, 0, p0)
    if conj is None:
        return None
    stops = r"[.:]" if s[:conj.start()].rstrip().endswith(";") else r"[.;:]"
    firsts = [i for i, a in enumerate(named) if a.end <= conj.start() and a.entry.actor_type in (2, 3, 4)
              and not re.search(stops, s[a.end:conj.start()])]
    if not firsts or conj.start() - named[firsts[0]].end > 150 or _SAY_VERB.search(s, named[firsts[0]].end, conj.start()):
        return None
    i = firsts[0]
    if i + 1 < len(named) and OF_GAP.fullmatch(s, named[i].end, named[i + 1].start) and _BRIGADE_WORD.search(named[i].text):
        return ActorMatch(named[i].start, named[i + 1].end, s[named[i].start:named[i + 1].end], named[i + 1].entry)
    return named[i]


def _country_after(s: str, start: int, end: int, actors: ActorDictionary) -> bool:
    """"The group Arab Liberation Front, Lebanon claimed": the country a group's name carries, between it and its claim."""
    m = _COMMA_NAME.fullmatch(s, start, end)
    return m is not None and m.group(1) in actors.country_words


_COMMA_NAME = re.compile(r",\s*([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s*,?\s*")


def _group_source(text: str, sent: Sentence, a: ActorMatch, cue_end: int) -> Source:
    """A named armed group speaking in its own name, from its name to the end of its claim (offsets in the sentence)."""
    s0, a1, c1 = sent.start + a.start, sent.start + a.end, sent.start + cue_end
    return Source(text[s0:a1], a.entry.canonical, "armed_group", Span(s0, c1, text[s0:c1]), a.entry.actor_type,
                  actor_span=Span(s0, a1, text[s0:a1]))


def _source_by_cue(text: str, sent: Sentence, actors: ActorDictionary, country: str | None) -> Source | None:
    s = sent.text
    best: Source | None = None
    for m in _ACCORDING.finditer(s):
        src = m.group("src").strip()
        if m.group(0)[:1].lower() in "cq" and not src[:1].isupper() and classify(src) == "unknown":
            continue  # "citing retaliation for ...": a reason, not a source
        best = _make_source(text, sent.start, m.group("src"), m.start(), m.end(), actors, country)
        if best:
            return best
    for m in _SAID_SRC.finditer(s):
        src = m.group("src")
        head = re.sub(r"^(?:a|an|the)\s+", "", src.strip(), flags=re.I)
        if not head or not (head[0].isupper() or classify(src) != "unknown") or re.match(
                r"(?:that|responsibility|credit|on|in|at|it|he|she|they|to|this|there)\b", head, re.I):
            continue
        best = _make_source(text, sent.start, src, m.start(), m.end(), actors, country)
        if best:
            return best
    named = None
    for m in list(_SAY_VERB.finditer(s)) + list(_SAY_RESP.finditer(s)):
        found = _np_before(s, m.start())
        if found is None:
            continue
        at, src = found
        if named is None:
            named = [a for a in actors.in_country(actors.find(s), country) if not a.entry.generic]
        # a known name the phrase cuts ("Basque Fatherland and Freedom (ETA) claimed"): the whole name
        longer = next((a for a in named if a.start < at <= a.end and _BRACKETS_ONLY.fullmatch(s, a.end, m.start())), None)
        if longer is not None:
            at, src = longer.start, s[longer.start:m.start()].strip()
        # "The GIA and the FIT claimed responsibility": the first of the joint claimants
        conj = _JOINT.search(s, 0, at)
        if conj is None:
            # "A and B, the armed wing of C, claimed": the appositive is B's, and A and B claim jointly
            owner = next((a for a in reversed(named) if a.end <= at
                          and re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?[,;]\s*", s[a.end:at])), None)
            conj = _JOINT.search(s, 0, owner.start) if owner is not None else None
        if conj is not None:
            # (a list whose items are set off by semicolons keeps its appositives: "A; B, the armed wing of C; and D")
            stops = r"[.:]" if s[:conj.start()].rstrip().endswith(";") else r"[.;:]"
            firsts = [a for a in named if a.end <= conj.start() and a.entry.actor_type in (2, 3, 4)
                      and not re.search(stops, s[a.end:conj.start()])]
            if firsts and conj.start() - firsts[0].end <= 150 and not _SAY_VERB.search(s, firsts[0].end, conj.start()):
                at, src = firsts[0].start, s[firsts[0].start:conj.start()]
        if _ANAPHOR.match(src.strip()):
            return Source(src.strip(), None, "anaphor", Span(sent.start + at, sent.start + m.end(),
                                                               text[sent.start + at:sent.start + m.end()]))
        best = _make_source(text, sent.start, src, at, m.end(), actors, country)
        if best and longer is not None and longer.start == at and not longer.entry.generic \
                and best.canonical != longer.entry.canonical:
            # the name as the whole sentence reads it ("a group calling themselves Black and Red Brigades")
            best.canonical, best.actor_type = longer.entry.canonical, longer.entry.actor_type
            if longer.entry.actor_type in (2, 3, 4) and best.claimant_type in ("unknown", "media_own", "state"):
                best.claimant_type = "armed_group"
            best.actor_span = Span(sent.start + longer.start, sent.start + longer.end,
                                   text[sent.start + longer.start:sent.start + longer.end])
        if best and best.canonical:
            # "The military wing of al-Fatah, al-Aqsa Martyrs Brigades, claimed": the brigade is the organisation's
            parent = next((a for a in named if a.end <= at and WING_OF_BEFORE.search(s, max(0, a.start - 40), a.start)
                           and re.fullmatch(r"\s*,\s*(?:the\s+)?", s[a.end:at]) and a.entry.actor_type in (2, 3)), None)
            if parent is not None and _BRIGADE_WORD.search(src):
                best.canonical, best.actor_type = parent.entry.canonical, parent.entry.actor_type
        if best:
            return best
    return None



def attribute(text: str, sentences: list[Sentence], actors: ActorDictionary, country: str | None = None) -> list[Source | None]:
    """The source of each sentence (``None``: the reporter's own voice)."""
    out: list[Source | None] = []
    last: Source | None = None
    open_quote: Source | None = None
    last_quoted: tuple[Source, int] | None = None
    for sent in sentences:
        src = _source_in(text, sent, actors, country)
        if src is not None and src.claimant_type == "anaphor":
            src = Source(last.text, last.canonical, last.claimant_type, src.span, last.actor_type) if last else None
        if src is None and _IN_STATEMENT.search(sent.text) and last is not None:
            src = last
        if src is None and open_quote is not None:
            src = open_quote
        # a new quotation right after a quoted, attributed sentence continues the same speaker
        if (src is None and last_quoted is not None and sent.text.lstrip()[:1] in "\"“"
                and sent.paragraph == last_quoted[1]):
            src = last_quoted[0]
        if src is not None and _CLAIM_RESP.search(sent.text) and not _NO_CLAIM.match(src.text):
            src.responsibility = True
        out.append(src)
        if src is not None:
            last = src
        last_quoted = (src, sent.paragraph) if src is not None and any(q in sent.text for q in "\"“”") else None
        # a quotation left open carries its source into the next sentences
        balance = sent.text.count("“") - sent.text.count("”")
        straight_odd = sent.text.count('"') % 2 == 1
        if open_quote is None:
            if src is not None and (balance > 0 or straight_odd):
                open_quote = src
        elif balance < 0 or straight_odd:
            open_quote = None
    return out
