"""The reading pipeline for one document: normalise → segment → detect → read → resolve → fuse.

Resources (trigger lexicon, actor dictionary, gazetteer) load once into a
:class:`Reader`; :meth:`Reader.read` does no start-up work of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from khabar.detect.hazards import accidental, violence_claimed, violent_means
from khabar.detect.modality import is_aggregate, specificity, trigger_modality
from khabar.detect.triggers import TriggerLexicon, TriggerMatch, TriggerRule
from khabar.errors import InputError, ParameterError
from khabar.eval.schemes import (
    blade_named,
    gtd_attack_type_rules,
    rand_weapon_rules,
    rules_decide_attack_type,
    typing_rule_tokens,
)
from khabar.fuse.document import (
    SINCE_BEFORE,
    THE_ACT,
    TOLL_TRIGGER,
    SentenceReading,
    _best_place,
    build_events,
    document_flags,
)
from khabar.learn.features import document_tokens, event_features
from khabar.learn.linear import load_model
from khabar.learn.perpetrator import candidates, rank
from khabar.model import Actor, Document, Flag, Mention, Place, Sentence, Span, When
from khabar.ontology import BATTLES, EXPLOSIONS, PLOVER, VAC, WEAPON_FROM_RAND
from khabar.reading.arguments import (
    OPENING_PHRASE,
    PASSIVE_AUX,
    blamed_actor,
    pronoun_subject,
    read_arguments,
    subject_group,
    to_actor,
)
from khabar.reading.attribution import attribute
from khabar.reading.figures import deaths_of_the_abducted, read_figures
from khabar.resolve.actors import GENERIC, ActorDictionary
from khabar.resolve.gazetteer import PHRASE_END, Gazetteer, Toponym, capitals, norm
from khabar.resources import read_table
from khabar.text.dates import TIME_AFTER, find_dates, parse_published
from khabar.text.language import require_english
from khabar.text.normalise import fold
from khabar.text.numbers import find_numbers
from khabar.text.sentences import split_sentences

_TITLE_END = re.compile(r"[.!?]['\"”’)]*\s*$")
# "QUETTA, Pakistan (AP) —", "KABUL (Reuters) -", "MAIDUGURI, Nigeria, March 3 (Reuters) -": where the report was filed
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_DATELINE = re.compile(r"\s*[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][\w.' -]{1,40}){0,2}\s*(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s")


# a wire dateline that names only a country ("ARGENTINA.  The embassy ...", "FEDERAL REPUBLIC OF GERMANY.  A bomb")
_COUNTRY_DATELINE = re.compile(r"\s*([A-Z][A-Z'’&-]+(?:[ ,]+[A-Z][A-Z'’&()-]*){0,4})\.\s")
# a country's name before its people: "Two Burundi peacekeepers were wounded" (in Somalia)
_NATIONALS = re.compile(r"\s+(?:peacekeepers?|troops|soldiers|nationals|citizens|diplomats?|tourists?|pilgrims|"
                        r"contingent|battalion)\b", re.I)
# a person's name, not a place: "US President George W. Bush", "Prime Minister Imran Khan" (a title or a middle
# initial right before the name)
_PERSON_BEFORE = re.compile(r"(?:\b(?-i:President|Prime Minister|Minister|Senator|Governor|Mayor|Sheikh|Pope|King|Queen|"
                            r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(?:[A-Z][a-z]+\s+){1,2}(?:[A-Z]\.\s+)?|"
                            r"\b[A-Z][a-z]+\s+[A-Z]\.\s+)$")
_A_TOTAL = re.compile(r"\ba total of\b", re.I)
_SERIES_BEFORE = re.compile(r"\bone of (?:at least |more than |several |many |(?:a|the) (?:series|wave|string) of |\w+ )?"
                            r"(?:[\w-]+ ){0,3}?(?:attacks|bombings|blasts|explosions|incidents|raids|strikes|assaults|shootings|"
                            r"killings|ambushes)\b|\b(?:series|wave|string|spate) of (?:[\w-]+ ){0,2}(?:attacks|bombings|blasts|"
                            r"explosions)\b|"
                            # ("Seven bombs targeting Algerian police exploded across the countryside")
                            r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple) (?:[\w-]+ ){0,2}?"
                            r"(?:bombs|attacks|bombings|blasts|explosions|IEDs) (?:[\w-]+ ){0,5}?(?:exploded|went off|struck|"
                            r"took place|occurred)\b", re.I)
def _series_total(folded: str, s) -> bool:
    """A sentence's "a total of", after the text told of a series ("This was one of several mortar attacks in Baghdad
    on this day. A total of three people were killed"): the series' tally, not one act's toll."""
    return bool(_A_TOTAL.search(folded, s.start, s.end)) and bool(_SERIES_BEFORE.search(folded, max(0, s.start - 400), s.start))


# the start of a clause, where its subject begins: "On 9 January 2005, the ...", "PRETORIA, South Africa — ..."
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:]\s+|,\s+|\s[—–-]{1,2}\s+|\n)(?:the\s+)?$", re.I)
# a country people come from: "an officer from the United Arab Emirates serving with a Gulf force", "tourists from Germany"
_PEOPLE_FROM = re.compile(r"\b(?:officers?|soldiers?|troops|peacekeepers?|tourists?|workers?|nationals?|citizens?|engineers?|"
                          r"journalists?|volunteers?|pilgrims?|students?|diplomats?|migrants?|refugees?|visitors?|"
                          r"contractors?|experts?|doctors?|nurses?|missionar(?:y|ies)|priests?|nuns?)\s+from\s+(?:the\s+)?$", re.I)
# a place name used as a modifier: "the New York State Governor", "Kabul-based", "Pakistan embassy"
_ATTRIBUTIVE = re.compile(r"(?:-|\s+)(?:owned|based|registered|flagged|state governor|governor|embassy|embassies|consulate|"
                          r"consul|chancery|ambassador|airlines?|airways|time|community|communities|tribes?|tribesm[ae]n|"
                          r"clans?|ethnic group)\b", re.I)  # (and "10 pm Moscow time", "the Kuki community")


# what puts a name where a place goes: a locative preposition ("in", "near the"), "the outskirts of"
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|from|into|to|towards?|across|around|between|through|along|via|"
                       r"(?:outskirts|north|south|east|west|northeast|northwest|southeast|southwest|centre|center|part|parts|"
                       r"province|city|town|village|district|area|region|state|suburb|capital|settlement|kibbutz|moshav|camp|"
                       r"neighbou?rhood|municipality|township|hamlet|locality|outpost|control) of|"
                       r"(?:captured|retook|recaptured|liberated|overran|entered))\s+(?:the\s+)?"
                       r"(?:(?:[A-Z][\w'’.-]*|de|del|la|al|el)\s+){0,2}$")


_HINT_AFTER = re.compile(r"\s+(?:province|district|governorate|region|department|state|county|city|town|village|"
                         r"area|locality|neighbou?rhood|camp|settlement|suburb|quarter|municipality|tehsil|agency)\b", re.I)


@lru_cache(maxsize=1)
def _country_words() -> tuple[re.Pattern, dict[str, str]]:
    """The names that tie a text to a country without naming a place (``country_words.tsv``): one pattern."""
    words = {phrase: iso for phrase, iso in read_table("country_words.tsv")}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    firsts = re.escape("".join(sorted({w[0] for w in words})))
    return re.compile(rf"\b(?=[{firsts}])(?:{alternation})(?![\w-])"), words


# what stands in a country's seat of government: embassies, the ambassador's residence, the parliament building,
# a ministry's building, the presidential palace, Baghdad's Green Zone, "the capital" ("the Chilean capital"; not
# "the capital of Helmand province")
_SEAT_CUE = re.compile(r"\b(?:[Ee]mbass(?:y|ies)|[Aa]mbassador|[Cc]hancery|[Pp]arliament (?:building|compound|chamber)|"
                       r"[Pp]arliament['’]s|[Pp]residential [Pp]alace|Green Zone|International Zone|"
                       r"[Mm]inistry['’]?s? (?:building|headquarters|compound)|the (?:[A-Z][a-z]+ )?capital\b(?! of))")


# a quarter called a part of the capital: "Sadr City, a predominately Shiite area of the capital"
_QUARTER_OF_CAPITAL = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}(?:district|suburb|neighbou?rhood|quarter|section|area)\s+"
                                 r"(?:of|in)\s+the\s+capital\b(?!\s+of)")


# "These leftist groups are suspected": the groups the sentence before named
_THESE_GROUPS = re.compile(r"\b(?:these|those|the)\s+(?:[\w-]+\s+)?(?:groups|organi[sz]ations)\s+(?:are|were|have been|had been)\s+"
                           r"(?:\w+\s+)?(?:suspected|believed|blamed|responsible)\b", re.I)
# "the rebels", "Upon finding none on board, the rebels": a generic subject that refers back to the group before
_OPENING_THE = re.compile(r"\W*" + OPENING_PHRASE + r"(?:the|these|those)\s+", re.I)
# a road named by the towns at its ends: "the Kirkuk-Tikrit road", "the Pattani-Hat Yai highway"
_ROUTE = re.compile(r"\b([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)[-–]([A-Z][\w'’]+(?: [A-Z][\w'’]+)?) (?:highway|road|motorway|"
                    r"expressway|freeway|railway|rail line|railroad)\b")


def _town_place(entry, span: Span) -> Place:
    """A town of the gazetteer as an event's place, with the evidence that puts the event there."""
    return Place(name=entry.name, country=entry.country, iso=entry.iso, admin1=entry.admin1, admin1_iso=entry.admin1_iso,
                 admin2=entry.admin2, lat=entry.lat, lon=entry.lon, precision=1, span=span, geonameid=entry.geonameid)


def _capital(gaz: Gazetteer, iso: str):
    """The gazetteer's entry for a country's seat of government: the largest place of that name there."""
    name = capitals().get(iso)
    entries = [e for e in gaz.lookup(name) if e.iso == iso and e.kind == "place"] if name else []
    return max(entries, key=lambda e: e.population) if entries else None


# "Israeli territory", "Lebanese soil", "the Israeli kibbutz of Kfar Sa'ad": the country of a nationality word, named
# as a place (the settlement's own name, when the gazetteer knows it, is the more precise place)
_NATIONAL_GROUND = re.compile(r"\b(?:([A-Z][a-z]+) (?:territory|soil|airspace)|(?:the|an?) ([A-Z][a-z]+) (?:border )?"
                              r"(?:kibbutz|moshav|town|city|village|settlement|community|port))\b")


_KIND_OF_AFTER = re.compile(r"\s+(?:town|city|village|settlement|kibbutz|moshav|neighbou?rhood|suburb|district) of\s+[A-Z]")


def _bare(text: str, t: Toponym, prev: Toponym | None, nxt: Toponym | None) -> bool:
    """A village-sized place named with nothing that makes it one: no locative before it, no province or
    town word after it, no chain of places around it ("Kellog Brown and Root", "the house of Home
    Minister")."""
    if t.entry.kind == "place" and capitals().get(t.entry.iso) == t.entry.name \
            and re.search(r"\b(?:against|with)\s+$", text[max(0, t.start - 10):t.start]):
        return True  # "Kosovo's fight against Belgrade", "talks with Kabul": the government the capital stands for
    if t.entry.kind != "place" or t.entry.population >= 100_000:
        return False
    if _KIND_OF_AFTER.match(text, t.end):
        return True  # "the Negev town of Sederot": the region a place is named by, not the place
    if _LOCATIVE.search(text, max(0, t.start - 60), t.start) or _HINT_AFTER.match(text, t.end):
        return False
    if prev is not None and re.fullmatch(r"\s*,\s*", text[prev.end:t.start]):
        return False
    return not (nxt is not None and re.fullmatch(r"\s*[,(]\s*", text[t.end:nxt.start]))


def split_headline(text: str) -> tuple[str | None, Span | None]:
    """The first line is a headline when it is short, ends without a full stop and more text follows."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    nl = stripped.find("\n")
    if nl <= 0:
        return None, None
    first = stripped[:nl].rstrip()
    rest = stripped[nl:].strip()
    if not rest or len(first) > 250 or len(first.split()) > 30 or _TITLE_END.search(first) or len(first.split()) < 2:
        return None, None
    return first, Span(lead, lead + len(first), first, "text")


# "sources attributed the attack to X": blame of an act told before, in a sentence that mentions it again
# "The SOHR said 31 civilians were killed and blamed Russian jets": a toll's sentence that blames someone
_BLAMED_IN_TOLL = re.compile(r"\b(?:and|while|but)\s+(?:[\w-]+\s+)?(?:blamed|blaming)\b", re.I)
_BLAME_OF_THE_ACT = re.compile(rf"\b(?:attribut\w+|blam\w+|suspect\w*|claim\w*) (?:\w+ ){{0,2}}?{THE_ACT}", re.I)


def _no_act(folded: str, s: Sentence, t: TriggerMatch) -> bool:
    """A trigger word that tells no act here: a count of the act told before ("... fired at protesters. The health
    ministry reported 61 killed"), a diplomatic note ("the foreign ministry lodged a formal protest with Beijing")."""
    if s.index > 0 and _COUNTED_PARTICIPLE.fullmatch(t.text) \
            and _REPORTED_NUM_BEFORE.search(folded, max(s.start, t.start - 70), t.start):
        return True
    if t.rule.family == "explosion" and _DISPLAYED.search(folded, max(s.start, t.start - 50), t.start):
        return True  # "held a military parade, rolling out its largest ballistic missile": a weapon shown, not fired
    return t.rule.family == "protest" and t.text.lower().startswith("protest") \
        and (_LODGED.search(folded, max(s.start, t.start - 50), t.start) is not None
             or _SUMMONED_TO.search(folded, max(s.start, t.start - 100), t.start) is not None)  # "summoned the envoy to protest"


_ACCUSED_OF = re.compile(r"\b(?<!were )(?<!was )(?<!and )(?<!been )(?<!is )(?<!are )(?<!being )"
                         r"(?:accused|suspected|convicted|charged|jailed|wanted|sought)\s+(?:of|for|with|over)\s+"
                         r"(?:(?:involvement|complicity|a\s+role|taking\s+part|participation)\s+in\s+)?"
                         # "suspected of helping plan the Paris attacks"
                         r"(?:(?:helping\s+(?:to\s+)?)?(?:plan(?:ning)?|organi[sz](?:e|ing)|carry(?:ing)?\s+out|prepar(?:e|ing))\s+)?"
                         r"(?:the\s+|a\s+|an\s+)?"
                         r"(?:[\w-]+\s+){0,2}$|\bon\s+suspicion\s+of\s+(?:[\w-]+\s+){0,2}$|"
                         # "arrested 12 suspects in connection with the Westgate mall attack": an act known by its
                         # name (not "in connection with the bombing of the embassy", "with this attack": the act told)
                         r"\bin\s+connection\s+with\s+(?:the|last\s+\w+['’]s)\s+(?-i:[A-Z])[\w'’-]+\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_ETHNIC_BEFORE = re.compile(r"\b(?:ethnic|ethnically)\s+$", re.I)
_SUMMONED_TO = re.compile(r"\bsummon(?:ed|s|ing)\b[^.;]{0,80}?\bto\s+$|"
                          # "recalled its ambassador from Paris in protest at remarks": a state's protest
                          r"\b(?:recall(?:ed|s|ing)|expell?(?:ed|s|ing)|withdr[ae]w)\s+(?:its|their|the)\s+(?:ambassador|envoy|"
                          r"diplomats?)\b[^.;]{0,80}?\bin\s+$", re.I)
_DISPLAYED = re.compile(r"\b(?:roll(?:ed|ing) out|display(?:ed|ing)|showcas(?:ed|ing)|parad(?:ed|ing)|unveil(?:ed|ing)|"
                        r"exhibit(?:ed|ing))\s+(?:[\w'’-]+\s+){0,5}$", re.I)
_AND_STATES = re.compile(r"\s+and\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:government|governments|forces|troops|army|military|authorities|regime)\b")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")  # between two actors named as a pair
_LODGED = re.compile(r"\b(?:lodged|lodging|lodge|filed|registered|delivered|issued|sent|made)\s+(?:a\s+|an\s+)?"
                     r"(?:(?:formal|strong|diplomatic|official|written|strongly[- ]worded|stern)\s+)*$", re.I)
# arms a raid or an arrest recovers (document.py's _WEAPON_NOUN reads the devices a defusal told before)
_SEIZED_ARMS = re.compile(r"(?:hand[ -])?grenades?|bombs?|explosives?|(?:land)?mines?|ieds?|rockets?|mortars?(?: shells?| rounds?)?|"
                          r"detonators?|explosive devices?|improvised explosive devices?", re.I)
_SEIZED_BEFORE = re.compile(r"\b(?:recover(?:ed|ing|y of)|seiz(?:ed|ing|ure of)|confiscat(?:ed|ing|ion of)|"
                            r"possession of|caches? of|hauls? of|stockpiles? of)\s+(?:[\w,-]+\s+){0,4}$", re.I)
_COUNTED_PARTICIPLE = re.compile(r"killed|dead|injured|wounded|hurt|deaths|fatalities", re.I)
# "The health ministry reported 61 killed": a count someone gives, before the participle it counts
_REPORTED_NUM_BEFORE = re.compile(r"\b(?:reported|said|confirmed|counted|recorded|registered|documented|announced|listed|gave|"
                                  r"put)\s+(?:that\s+)?(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|up\s+to)\s+)?"
                                  r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
                                  r"hundreds)\s+"
                                  r"(?:(?:people|persons|civilians|protesters|demonstrators|soldiers|others)\s+)?"
                                  r"(?:(?:were|had\s+been|have\s+been)\s+)?$", re.I)
_GUNFIRE = re.compile(r"(?:heavy |intense |sporadic |automatic |small[- ]arms |machine-?gun )?(?:gun)?fire|gunshots?|shots|"
                      r"shooting|(?:automatic )?weapons fire", re.I)
_WITH_MANNER = re.compile(r"\bwith\s+(?:(?:heavy|intense|sporadic|sustained|automatic|small-arms|small arms|live|"
                          r"indiscriminate)\s+){0,2}$", re.I)


def _parse_published(published: str | dt.date | None) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published  # type: ignore[return-value]
    try:
        return parse_published(published)
    except ValueError as exc:
        raise ParameterError(f"invalid publication date {published!r}: expected YYYY-MM-DD ({exc})",
                             source="--published") from None


def _to_place(t: Toponym, field: str = "text") -> Place:
    e = t.entry
    return Place(name=e.name if e.kind != "place" or not t.text else t.text, country=e.country, iso=e.iso,
                 admin1=e.admin1 if e.kind != "country" else None, admin1_iso=e.admin1_iso,
                 admin2=e.admin2, lat=e.lat, lon=e.lon, precision=t.precision,
                 span=Span(t.start, t.end, t.text, field), geonameid=e.geonameid)


class Reader:
    """Reads documents with resources loaded once."""

    def __init__(self, learned: bool = True) -> None:
        """``learned=False`` reads with rules only (the learned models' own training input)."""
        self.triggers = TriggerLexicon.load()
        self.actors = ActorDictionary.load()
        self.gazetteer = Gazetteer.load()
        _country_words()
        self.learned = learned
        self.attack_model = load_model("attack_type") if learned else None
        self.weapon_model = load_model("weapon") if learned else None
        self.perpetrator_model = load_model("perpetrator") if learned else None

    # -- one document ---------------------------------------------------------------------------
    def read(self, text: str, headline: str | None = None, published: str | dt.date | None = None,
             url: str | None = None, outlet: str | None = None, *, source: str = "<text>",
             detect_headline: bool = True, check_language: bool = True) -> Document:
        if not isinstance(text, str):
            raise InputError("expected text (str)", source=source)
        if not text.strip():
            raise InputError("empty input", source=source)
        pub = _parse_published(published)
        if check_language:
            require_english(text, source)
        headline_span = None
        if headline is None and detect_headline:
            headline, headline_span = split_headline(text)
        elif headline is not None:
            headline_span = Span(0, len(headline), headline, "headline")
        doc = Document(text=text, headline=headline, headline_span=headline_span,
                       published=pub.isoformat() if pub else None, url=url, outlet=outlet)
        folded = fold(text)
        sentences = split_sentences(text)
        if headline_span is not None and headline_span.field == "text":
            sentences = [s for s in sentences if s.start >= headline_span.end]
            sentences = [Sentence(i, s.start, s.end, s.text, s.paragraph) for i, s in enumerate(sentences)]
        doc.sentences = sentences
        body_start = headline_span.end if headline_span is not None and headline_span.field == "text" else 0

        actor_matches = self.actors.find(folded, body_start)
        cdl = _COUNTRY_DATELINE.match(text, body_start)
        dateline_country = self.gazetteer.country(cdl.group(1)) if cdl else None
        hints = _actor_countries(actor_matches)
        pattern, words = _country_words()
        country_words = [(m.start(), m.end(), words[m.group(0)]) for m in pattern.finditer(text, body_start)]
        for _s, _e, iso in country_words:  # "a Civil Guard officer", "an Orange Hall": weaker evidence
            hints[iso] = min(hints.get(iso, 0.0) + 1.0, 2.0)
        geo_text = _bracket_chains(text)
        for a in actor_matches:  # "Military Forces of Pakistan (2018-) conducted airstrikes in Barmal district
            # (Paktika)": the country in a state's forces' name is whose forces they are, not where they struck
            if a.entry.actor_type == 1 and not a.entry.generic and _OF_A_STATE.search(a.text):
                geo_text = geo_text[:a.start] + " " * (a.end - a.start) + geo_text[a.end:]
        toponyms = self.gazetteer.geoparse(geo_text, focus=dateline_country.iso if dateline_country else None,
                                           hints=hints)
        named = [(a.start, a.end) for a in actor_matches if not a.entry.generic]
        toponyms = [t for t in toponyms if t.start >= body_start
                    and not any(a0 <= t.start and t.end <= a1 and (a0, a1) != (t.start, t.end)
                                and not (t.end == a1 and text[max(a0, t.start - 4):t.start] == " in ")  # "the X Party in Kut"
                                for a0, a1 in named)]
        isos = {t.entry.iso for t in toponyms if not any((a0, a1) == (t.start, t.end) for a0, a1 in named)}
        toponyms = [t for t in toponyms if not (isos and t.entry.iso not in isos and any(
            (a0, a1) == (t.start, t.end) for a0, a1 in named))]  # "Fano claimed ...": the militia, not Italy's Fano
        toponyms = [t for t in toponyms if not _ATTRIBUTIVE.match(text, t.end)
                    and not (t.entry.kind == "country" and _NATIONALS.match(text, t.end))
                    and not (t.entry.kind == "country" and _PEOPLE_FROM.search(text, max(0, t.start - 40), t.start))
                    and not _PERSON_BEFORE.search(text, max(0, t.start - 50), t.start)
                    and not (t.entry.kind == "country" and self._paired_with_a_state(text, t.end))]
        for m in _NATIONAL_GROUND.finditer(text, body_start):  # "exploded in Israeli territory"
            hit = self.actors.demonyms.get(m.group(1) or m.group(2))
            entry = self.gazetteer.countries.get(hit[0]) if hit is not None else None
            if entry is not None:
                toponyms.append(Toponym(m.start(), m.end(), m.group(0), entry, 5, 1))
                toponyms.sort(key=lambda t: t.start)
        toponyms = _drop_notes_quarters(text, toponyms)
        toponyms = _drop_quoted_names(text, toponyms)
        if dateline_country is not None:
            # "ARGENTINA.  A bomb exploded ...": the country is the report's; places elsewhere are
            # where the victims, owners or visitors came from
            toponyms = [t for t in toponyms if t.entry.iso == dateline_country.iso]
        # the country the text is about decides between groups that share a name ("Maoists" in Nepal)
        text_country = None  # only a text that names a group several groups share needs its country
        if self.actors.needs_country(actor_matches):
            # the places and the country words ("Nepali Congress activist ... at Gobindapur") vote, places first on ties
            isos = [t.entry.iso for t in toponyms if t.entry.iso] + self.actors.country_words_in(text)
            text_country = dateline_country.iso if dateline_country is not None else max(isos, key=isos.count) if isos else None
            actor_matches = self.actors.in_country(actor_matches, text_country)
        sources = attribute(text, sentences, self.actors, country=text_country)

        readings: list[SentenceReading] = []
        responsibility = []
        blame: list = []
        anchor: dt.date | None = None
        ai = ti = 0
        hazard_text = False  # the first harm the text tells of was a disaster's, an accident's or a disease's
        told_harm = False  # a sentence before told of an event
        abducted, killed_told = 0, False  # for deaths of the abducted told later without a count
        prev_group = None  # the named group the last sentence was about, for "They ..."
        prev_actors: list = []  # the actors the last sentence named, for "These groups ..."
        for s, src in zip(sentences, sources, strict=True):
            while ai < len(actor_matches) and actor_matches[ai].end <= s.start:
                ai += 1
            s_actors = []
            j = ai
            while j < len(actor_matches) and actor_matches[j].start < s.end:
                s_actors.append(actor_matches[j])
                j += 1
            while ti < len(toponyms) and toponyms[ti].end <= s.start:
                ti += 1
            s_places, bare = [], []
            j = ti
            dateline = _DATELINE.match(text, s.start) if s.index == 0 or text[s.start - 1:s.start] == "\n" else None
            while j < len(toponyms) and toponyms[j].start < s.end:
                if (dateline is None or toponyms[j].start >= dateline.end()) \
                        and (cdl is None or dateline_country is None or toponyms[j].start >= cdl.end()):
                    s_places.append(_to_place(toponyms[j]))
                    bare.append(_bare(text, toponyms[j], toponyms[j - 1] if j else None,
                                      toponyms[j + 1] if j + 1 < len(toponyms) else None))
                j += 1
            if any(bare) and not all(bare):  # "Kellog Brown and Root ... in Tikrit": the place a preposition names
                s_places = [p for _b, p in sorted(zip(bare, s_places, strict=True), key=lambda bp: bp[0])]
            numbers = find_numbers(folded, s.start, s.end)
            figures = read_figures(folded, s.start, s.end, s.index, numbers, group_base=s.index * 10000)
            if abducted and not killed_told and not any(f.kind == "killed" for f in figures):
                dead = deaths_of_the_abducted(folded, s.start, s.end, s.index, abducted, group_base=s.index * 10000)
                if dead is not None:
                    figures.append(dead)
            for f in figures:
                if f.kind == "abducted" and not f.negated and not f.subset:
                    abducted += f.low or 0
                elif f.kind == "killed" and not f.negated:
                    killed_told = True
            dates = find_dates(folded, pub, s.start, s.end, anchor=anchor)
            when = None
            for d in dates:
                if d.value is not None and (pub is None or d.value <= (pub + dt.timedelta(days=1)).isoformat()):
                    when = When(value=d.value, precision=d.precision, raw=text[d.start:d.end],
                                span=Span(d.start, d.end, text[d.start:d.end]), end=d.end_value)
                    if d.precision == 1 and anchor is None:
                        anchor = dt.date.fromisoformat(d.value)
                    break
            reading = SentenceReading(s, src, figures, _landmarks_last(text, s_places), when)
            reading.mention = m = self._mention(text, folded, s, s_actors, figures)
            if m is not None and figures and (later := _EARLIER_ACT_AFTER.search(folded, m.trigger.end, s.end)) is not None:
                # "burned three school buildings, a day after they shot dead a teacher": the earlier act's toll is
                # not this one's
                reading.figures = figures = [f for f in figures if f.start < later.start()]
            if m is not None and figures and (before := _EARLIER_OPENING.search(folded, s.start, m.trigger.start)) is not None:
                # "a day after a fire at the nightclub killed 59 people, angry residents threw stones": the earlier
                # act's toll, told before this one, is not this one's
                reading.figures = figures = [f for f in figures if not before.start() <= f.start < before.end()]
            if m is not None and m.family == "protest" and figures and (
                    rel := _RELATIVE_TOLL.search(folded, m.trigger.end, s.end)) is not None:
                # "rallied to demand accountability for the canopy collapse that killed 15 people": the grievance's
                # dead, not the rally's
                reading.figures = figures = [f for f in figures if f.start < rel.start()]
            if not hazard_text and not told_harm and accidental(folded, s.start, s.end) and not violence_claimed(folded):
                # "An earthquake struck ...": what the text tells of first is a disaster (and no claim, arson or
                # sabotage anywhere makes it someone's doing, whatever burned)
                hazard_text = True
            if m is not None and hazard_text and not violent_means(folded, s.start, s.end) and m.family not in ("protest", "riot"):
                # (a crowd protesting after a disaster is a protest: "rallied ... following a deadly accident")
                # "An earthquake killed 2,000 people", and then "The death toll rose to 2,100": no one's act.  Told
                # after an attack ("three were hurt when the roof collapsed"), such harm is the attack's
                reading.mention = m = None
                reading.figures = figures = []
            if m is not None and prev_group is not None and (
                    m.perpetrator is None and pronoun_subject(folded, s.start, m.trigger.start)
                    or m.perpetrator is not None and m.perpetrator.canonical == "Unidentified Armed Group"
                    and _OPENING_THE.fullmatch(folded, s.start, m.perpetrator.span.start)):
                m.perpetrator = prev_group  # "MILF fighters fired in the town. They shot and killed two civilians."
            prev_group = (m.perpetrator if m is not None and m.perpetrator is not None and m.perpetrator.actor_type in (2, 3, 4)
                          and m.perpetrator.canonical not in GENERIC else None) \
                or _fix_span(text, subject_group(folded, s.start, s_actors)) or (prev_group if not s_actors else None)
            told_harm = told_harm or m is not None
            if reading.mention is None and figures and (is_aggregate(s.text) or _series_total(folded, s)):
                reading.figures = []  # "more than 2,500 people have perished since January 2004": a background tally
            readings.append(reading)
            if src is not None and src.responsibility:
                responsibility.append((s.index, src))
            # blame in a sentence that is no event of its own ("police say ETA may be responsible for the blast")
            if s_actors and (reading.mention is None or reading.mention.specificity != "specific" or reading.mention.modality
                             in ("negated", "threatened", "future", "hypothetical") or reading.mention.family in ("arrest", "disrupted")
                             or _BLAME_OF_THE_ACT.search(s.text) or _BLAMED_IN_TOLL.search(s.text) or SINCE_BEFORE.search(
                                 folded, max(s.start, reading.mention.trigger.start - 40), reading.mention.trigger.start)):
                # (and in arrests: "the assailants, who were arrested, were reported to be members of X")
                blamed = blamed_actor(folded, s.start, s.end, s_actors)
                if blamed is not None:
                    blame.append((s.index, _fix_span(text, blamed)))
            elif not s_actors and prev_actors and _THESE_GROUPS.search(s.text):
                # "... threatened by FARC, ELN and the Jaime Bateman Front. These leftist groups are suspected": the
                # first group the sentence before named
                first_named = next((a for a in prev_actors if not a.entry.generic and a.entry.actor_type in (2, 3, 4)), None)
                if first_named is not None:
                    blame.append((s.index, _fix_span(text, to_actor(folded, first_named))))
            prev_actors = s_actors

        doc_place = self._document_place(toponyms)
        if doc_place is None and dateline_country is not None and cdl is not None:
            # "LUXEMBOURG.  Two bottles were thrown at the embassy": the dateline's country, though its name is
            # also a city's
            doc_place = _to_place(Toponym(cdl.start(1), cdl.end(1), cdl.group(1), dateline_country, 5, 1))
        first_told = readings[0] if readings and readings[0].when is not None and readings[0].when.precision == 1 \
            and readings[0].when.span is not None and readings[0].when.span.start - readings[0].sentence.start < 40 else None
        if first_told is not None and not any(r.mention is not None and r.when is not None for r in readings):
            # "Around 21 December 2024, men in plain clothes seized a cartoonist ... His family said his whereabouts
            # were unknown": the day a note opens with is its event's when no sentence with an act gives one (not a
            # day told later: "The hostages were released on November 24")
            for r in readings:
                if r.mention is not None and r.sentence.index > first_told.sentence.index:
                    r.when = first_told.when
                    break
        events, _non_events = build_events(text, readings, responsibility, doc_place, outlet, self._actor_in, blame)
        _place_from_context(text, events, readings, doc_place)
        if headline and headline_span is not None:
            htrig = self.triggers.find(fold(headline))
            if htrig:
                hspan = headline_span
                for ev in events[:1]:
                    ev.evidence.insert(0, Span(hspan.start + htrig[0].start, hspan.start + htrig[0].end,
                                               htrig[0].text, hspan.field))
        doc.events = events
        doc.mentions = [m for r in readings if r.mention for m in [r.mention]]
        doc.flags = document_flags(events, headline, headline_span)
        unplaced = [ev for ev in events if ev.place is None]
        if unplaced:
            self._infer_country(doc, text, actor_matches, body_start, country_words)
        self._place_in_slot(events, text, readings, toponyms, actor_matches)
        _named_for_generic(events, text, folded, actor_matches)
        if unplaced:
            self._place_on_route(doc, text, readings, unplaced)
        self._seat_of_government(doc, text, readings)
        _mark_shared_totals(doc)
        self._type_attacks(doc)
        doc.groups = candidates(actor_matches)
        if self.perpetrator_model is not None:
            rank(doc, self.perpetrator_model)  # after the typing models, which were trained on the rules' perpetrator
        return doc

    def _type_attacks(self, doc: Document) -> None:
        """Attack type and weapon class of each violent event, by the learned models over the rules' reading."""
        if self.attack_model is None and self.weapon_model is None:
            return
        shared = None
        for ev in doc.events:
            if not violent(ev):
                continue
            if shared is None:
                shared = document_tokens(doc)
            rule_attack = gtd_attack_type_rules(ev, doc)
            rule_weapon = rand_weapon_rules(ev, doc)
            feats = event_features(doc, ev, typing_rule_tokens(ev, doc, rule_attack, rule_weapon), doc_tokens=shared)
            if self.weapon_model is not None:
                label = self.weapon_model.predict(feats)[0]
                if rule_weapon == "Remote-detonated explosive" and label == "Explosives" \
                        or rule_weapon == "Knives & sharp objects" and label == "Firearms" and blade_named(doc.text) \
                        or rule_weapon is not None and rule_weapon not in self.weapon_model.labels:
                    label = rule_weapon  # the text says how the bomb went off, or names blades and no gun (the model's
                    # base rate does not), or a class too rare in training for the model to know
                ev.weapon = WEAPON_FROM_RAND.get(label)
            if self.attack_model is not None:
                p, label = max(zip(self.attack_model.proba(feats), self.attack_model.labels, strict=True))
                if p < ATTACK_CONFIDENCE or (label == "Bombing/Explosion"
                                             and ev.weapon not in (None, "explosives", "remote_explosive")) \
                        or rule_attack is not None and rule_attack not in self.attack_model.labels:
                    # unsure, a bombing without explosives, or a type too rare in training for the model to know
                    # (hijackings): the rules' reading of the attack type
                    label = rule_attack or label
                if rules_decide_attack_type(ev, doc, rule_attack):
                    label = rule_attack  # said plainly in the text: whatever the model's base rate
                ev.attack_type = label

    def _mention(self, text: str, folded: str, s: Sentence, s_actors, figures) -> Mention | None:
        trigs = self.triggers.find(folded, s.start, s.end)
        trigs = [t for t in trigs if not _no_act(folded, s, t)]
        if len(trigs) > 1:
            # "arrested 2 suspected militants ..., recovering pistols and grenades": weapons seized, no attack with them
            trigs = [t for t in trigs if not (t.rule.family == "explosion" and _SEIZED_ARMS.fullmatch(t.text)
                                              and _SEIZED_BEFORE.search(folded, max(s.start, t.start - 60), t.start))] or trigs
        if trigs and s_actors:  # "the Libyan Islamic Fighting Group", "the Proletarian Fighting Cells": a name, no act
            trigs = [t for t in trigs if not any(a.start <= t.start and t.end < a.end and not a.entry.generic
                                                 and a.entry.actor_type in (2, 3, 4) for a in s_actors)]
            # (a member noun that ends the match is the act's: "an Islamic State Khorasan suicide bomber")
        label = _TYPE_LABEL.match(text, s.start)
        label_rule = None
        if label is not None:
            # "Sexual violence: On 14 June, RSF fighters raped ...": ACLED's label before the note is the type; the
            # note's own words tell the act and who did it ("Change to group/activity: the gang's leader announced
            # ...": with no other word of an act, the label is the trigger)
            label_rule = _LABEL_RULES[_LABEL_KEY.get(label.group(1).lower(), label.group(1).lower())]
            trigs = [t for t in trigs if t.start >= label.end()] or [
                TriggerMatch(label.start(1), label.end(1), folded[label.start(1):label.end(1)], label_rule)]
        if not trigs:
            return None
        if s.index == 0 and len(trigs) > 1:
            title = _INLINE_TITLE.match(text, s.start, min(s.end, s.start + 90))
            if title is not None and any(t.start >= title.end() for t in trigs):
                # "Garissa University College attack – al-Shabaab gunmen stormed the campus": the name the event goes
                # by, then what happened
                trigs = [t for t in trigs if t.start >= title.end()]
        scored: list[tuple[int, TriggerMatch, str, str]] = []
        said = folded[s.start:s.end]
        series_total = _series_total(folded, s)  # (once a sentence, not once a trigger)
        for t in trigs:
            rel = t.start - s.start
            mod = trigger_modality(said, rel)
            spec = specificity(said, rel, t.text, t.rule.noun, bool(figures))
            if spec == "specific" and series_total:
                spec = "aggregate"  # "This was one of several mortar attacks in Baghdad on this day. A total of three
                # people were killed": the day's tally, not this act's toll
            rank = t.rule.priority + (100 if mod == "asserted" else 0) + (200 if spec == "specific" else 0)
            scored.append((rank, t, mod, spec))
        if len(scored) > 1:
            # "SAF and RSF clashed in Omdurman, with heavy gunfire reported by residents": the manner of the act told
            # before, not another act
            manner = [x for x in scored if any(y[1].start < x[1].start for y in scored) and _GUNFIRE.fullmatch(x[1].text)
                      and _WITH_MANNER.search(folded, max(s.start, x[1].start - 30), x[1].start)]
            if len(manner) < len(scored):
                scored = [x for x in scored if x not in manner]
        # "a mob beat two men accused of child abduction", "arrested a man suspected of kidnapping": what the victim or
        # the arrested is accused of is no act of this report's, when the sentence tells another
        scored = _unless_told_in_passing(scored, folded, s.start, _ACCUSED_OF, 60)
        # "marched ... to mark the anniversary of the 1976 military coup", "On 6 December, the anniversary of the police
        # killing of a teenager, youths hurled petrol bombs": what is remembered is no act of the day
        scored = _unless_told_in_passing(scored, folded, s.start, _ANNIVERSARY_OF, 50)
        families = {t.rule.family for _, t, _, _ in scored}
        if "protest" in families and len(families) > 1:
            # "held a sit-in against the killing of two youths": the killing is the grievance, the protest the event
            scored = _without_background(scored, folded, s.start, {"protest"}, _GRIEVANCE, 60)
            families = {t.rule.family for _, t, _, _ in scored}
        if families & _ACTS_TOLD_WITH_BACKGROUND and len(families) > 1:
            # "rallied to demand accountability for the canopy collapse that killed 15", "handed over their base to
            # the army of the junta that seized power in July", "signed a peace agreement committing to end reprisal
            # attacks": what a relative clause or the agreement tells of is background
            told = [x[1].start for x in scored if x[1].rule.family in _ACTS_TOLD_WITH_BACKGROUND - {"other"}
                    and x[2] == "asserted" and x[3] == "specific" and not x[1].text.endswith("ing")]
            # (the act told first, by a verb: not "a group protesting X claimed a hotel fire that killed 30")
            scored = [x for x in scored if x[1].rule.family in _ACTS_TOLD_WITH_BACKGROUND - {"other"} or not (
                any(t0 < x[1].start for t0 in told)
                and _RELATIVE_OR_ENDED.search(folded, max(s.start, x[1].start - 40), x[1].start))]
            families = {t.rule.family for _, t, _, _ in scored}
        if families & _ACTS_AFTER_CAUSES and len(families) > 1:
            # "imposed a curfew following deadly protests", "captured the town after days of fighting": the curfew,
            # the capture is the act, what came before its cause (not so an arrest: "was arrested after throwing a
            # firebomb" tells the attack)
            scored = _without_background(scored, folded, s.start, _ACTS_AFTER_CAUSES, _CAUSE, 50)
            families = {t.rule.family for _, t, _, _ in scored}
            if families & {"territory", "other"} and len(families) > 1:
                # "established a new camp ... after their former bases were overrun", "hoisted the flag over the
                # palace, months after the insurgents declared a caliphate there": what came before is the cause of
                # the act told first, not the act
                first = min(x[1].start for x in scored)  # (never dropped: only later triggers are)
                scored = [x for x in scored if x[1].start == first or x[1].rule.family not in ("territory", "other")
                          or not _CAUSE.search(folded, max(s.start, x[1].start - 50), x[1].start)]
                families = {t.rule.family for _, t, _, _ in scored}
        if len(scored) > 1:
            # "youths angered by the police shooting of a teenager burned cars": the shooting is their grievance,
            # the burning the act
            # (a crowd's own verb after its grievance is its act: "demonstrators angered by the election results set
            # fire to the ruling party's offices")
            kept = [x for x in scored if _CROWD_VERB.match(x[1].text)
                    or not _MOTIVE.search(folded, max(s.start, x[1].start - 140), x[1].start)]
            # "hours after a police officer shot dead a teenager", "regime forces, backed by Russian airstrikes,
            # regained control": an earlier act, an ally's support
            kept = _without_background(kept, folded, s.start, set(), _EARLIER_OR_SUPPORT, 70) if kept else kept
            if kept:
                scored = kept
                families = {t.rule.family for _, t, _, _ in scored}
        if "protest" in families and "arrest" in families and any(
                x[1].rule.family == "protest" and x[2] == "asserted" and x[3] == "specific"
                and not _AHEAD_OF.search(folded, max(s.start, x[1].start - 40), x[1].start)
                and not _AMID_OR_CALLED.search(folded, max(s.start, x[1].start - 40), x[1].start) for x in scored):
            # arrests at a protest: a protest with intervention (not "arrested 15 activists ahead of a planned rally")
            scored = [x for x in scored if x[1].rule.family != "arrest"] + [x for x in scored if x[1].rule.family == "arrest"]
            scored = [(x[0] + (1000 if x[1].rule.family == "protest" else 0), *x[1:]) for x in scored]
        elif "riot" in families and "explosion" not in families and any(
                x[1].rule.family == "riot" and _DEMONSTRATORS_RIOT.fullmatch(x[1].text) for x in scored):
            # "Riot police fired rubber bullets at stone-throwing youths": the shots answer a riot
            told = any(x[3] == "specific" and x[2] == "asserted" for x in scored)
            # ("Rioters attacked the broadcaster's offices": the bare plural names who acted; the verb tells the act)
            scored = [(x[0] + 1000, x[1], x[2], "specific" if told else x[3]) if x[1].rule.family == "riot" else x
                      for x in scored]
        scored.sort(key=lambda x: (-x[0], x[1].start))
        if scored[0][1].rule.family == "disrupted" and any(
                x[1].rule.family == "explosion" and x[1].start < scored[0][1].start and x[2] == "asserted" and x[3] == "specific"
                for x in scored) and _WENT_OFF.search(folded, s.start, scored[0][1].start):
            # "a bomb exploded near a market, and police later defused a second device": the explosion is the event
            scored.sort(key=lambda x: (x[1].rule.family != "explosion", -x[0], x[1].start))
        if scored[0][1].rule.family == "attack" and scored[0][1].rule.mode is None \
                and _INJURED_ONLY.fullmatch(scored[0][1].text) and any(
                x[1].rule.family == "protest" and x[2] == "asserted" and x[3] == "specific" for x in scored):
            # "protesters ... were dispersed by riot police using water cannon; 20 people were injured": the
            # injured of a protest are no attack of their own
            scored.sort(key=lambda x: (x[1].rule.family != "protest", -x[0], x[1].start))
        _, main, mod, spec = scored[0]
        modes = [t.rule.mode for _, t, _, _ in scored if t.rule.mode]
        mode = main.rule.mode or (modes[0] if modes else None)
        sub = main.rule.sub_event_type
        family = main.rule.family
        if label_rule is not None:
            sub, family = label_rule.sub_event_type, label_rule.family  # the label's type, the words' act
        if "suicide" in modes and main.rule.family == "explosion":  # "a suicide bomber ... the blast"
            mode, sub = "suicide", "Suicide bomb"
        # the trigger for arguments: the first violent verb trigger of the best family
        motive = _MOTIVE_START.search(folded, s.start, main.start)
        if motive is not None:
            # "youths angered by the police shooting of a teenager burned cars": the police are in the grievance,
            # not the act
            s_actors = [a for a in s_actors if not motive.start() < a.start < main.start]
        earlier = _EARLIER_OPENING.search(folded, s.start, main.start)
        if earlier is not None:
            # "hours after former prime minister Imran Khan was arrested, PTI supporters stormed ...": who is in the
            # earlier act is not who acts now
            s_actors = [a for a in s_actors if not earlier.start() < a.start < earlier.end()]
        args = read_arguments(folded, s.start, s.end, main.start, main.end, s_actors)
        lead = _first_verb_of_the_act(scored, main, folded, s.start, args.perpetrator is None)
        if lead is not None:
            first_args = read_arguments(folded, s.start, s.end, lead.start, lead.end, s_actors)
            if first_args.perpetrator is not None:
                args = first_args
        if family == "change" and (args.perpetrator is None or args.perpetrator.canonical in GENERIC):
            # "armed factions announced the dissolution of Hayat Tahrir al-Sham": the group dissolved changes
            group = next((a for a in s_actors if not a.entry.generic and a.entry.actor_type in (2, 3, 4)
                          and _DISSOLUTION_OF.search(folded, max(s.start, a.start - 40), a.start)), None)
            if group is not None:
                args.perpetrator = to_actor(folded, group)
        if family == "arrest" and (args.perpetrator is None or args.perpetrator.actor_type != 1):
            # "police detained 20 journalists ... over alleged links with the PKK": who arrests is the state before the verb
            state = next((a for a in reversed(s_actors) if a.end <= main.start and a.entry.actor_type == 1
                          and a.entry.canonical != "Government"), None)
            if state is not None and not PASSIVE_AUX.search(folded, max(s.start, main.start - 30), main.start):
                if args.perpetrator is not None and args.perpetrator.actor_type in (2, 3, 4):
                    args.target = args.perpetrator  # the group whose members are held (RAND's perpetrator)
                args.perpetrator, args.perpetrator_modality = to_actor(folded, state), "asserted"
        if family == "arrest" and args.perpetrator is not None and args.perpetrator.actor_type == 1 \
                and args.perpetrator.canonical != "Police":
            # "Police and army jointly arrested": the police, named first of the pair, make the arrest
            police = next((a for a in s_actors if a.entry.canonical == "Police" and a.end <= args.perpetrator.span.start
                           and _AND_THE.fullmatch(folded, a.end, args.perpetrator.span.start)), None)
            if police is not None:
                args.perpetrator = to_actor(folded, police)
        if main.rule.family == "agreement" and args.perpetrator is None:
            # "a ceasefire between the Government of Colombia and the ELN came into effect": the parties in the order
            # named
            pair = next(((a, b) for a, b in zip(s_actors, s_actors[1:], strict=False)
                         if re.search(r"\bbetween\s+(?:the\s+)?$", folded[max(s.start, a.start - 12):a.start], re.I)
                         and _AND_THE.fullmatch(folded, a.end, b.start)), None)
            if pair is not None:
                args.perpetrator, args.target = to_actor(folded, pair[0]), to_actor(folded, pair[1])
        if main.rule.family == "agreement" and (args.perpetrator is None or args.perpetrator.canonical in GENERIC):
            # "Ethiopia's government and the TPLF agreed to a cessation of hostilities", "the Government of Sudan and
            # the SPLM/A signed the Comprehensive Peace Agreement": the parties, as the subject, in the order named
            pair = next(((a, b) for a, b in zip(s_actors, s_actors[1:], strict=False)
                         if b.end <= main.start and not a.entry.generic and not b.entry.generic
                         and _CLAUSE_OPENING.search(folded, max(s.start, a.start - 60), a.start)
                         and _AND_THE.fullmatch(folded, a.end, b.start)), None)
            if pair is not None:
                args.perpetrator, args.target = to_actor(folded, pair[0]), to_actor(folded, pair[1])
        if main.rule.family == "agreement" and (head := _HEAD_OF_GOVERNMENT.match(
                folded, label.end() if label is not None else s.start)) is not None and (
                args.perpetrator is None or args.perpetrator.span.start > head.start(1)):
            # "President Filipe Nyusi and RENAMO leader Ossufo Momade signed an accord": the parties in the order
            # named, the first its government
            args.perpetrator = Actor(text[head.start(1):head.end(1)], "Government", 1,
                                     Span(head.start(1), head.end(1), text[head.start(1):head.end(1)]), None, "government")
        if args.perpetrator is not None and args.perpetrator.actor_type == 1 and TOLL_TRIGGER.fullmatch(main.text):
            args.perpetrator = None  # "local officials put the death toll at 100": who counts, not who killed
        if args.perpetrator is not None and args.perpetrator.span.end <= main.start \
                and (rep := _REPORTED_NUM_BEFORE.search(folded, args.perpetrator.span.end, main.start)) is not None \
                and re.fullmatch(r"\s+(?:\w+\s+)?", folded[args.perpetrator.span.end:rep.start()]):
            args.perpetrator = None  # "The health ministry reported 61 killed": who counts, not who killed
        if args.perpetrator is None or args.perpetrator_modality == "alleged" and args.perpetrator.actor_type in (2, 3, 4):
            # "An Israeli airstrike hit a building", "a Turkish drone struck": the state whose weapon the trigger is
            host = next((a for a in s_actors if a.start <= main.start < a.end and a.entry.actor_type == 1
                         and (not a.entry.generic or a.entry.canonical == "Security forces")), None)
            # (and "a military jet bombed": the state's forces, unnamed; whose, the place tells)
            if host is not None:
                if args.perpetrator is not None and args.target is None:
                    args.target = args.perpetrator  # "Turkish drones struck suspected PKK positions": what they struck
                args.perpetrator, args.perpetrator_modality = to_actor(folded, host), "asserted"
        if main.rule.family == "disrupted" and args.target is None:
            # "The EPL attempted an attack ... but was thwarted by authorities": whose weapons were disrupted
            group = next((a for a in s_actors if not a.entry.generic and a.entry.actor_type in (2, 3, 4)
                          and a.end <= main.start and _WHO_ATTEMPTED.match(folded, a.end)), None)
            if group is not None:
                args.target = to_actor(folded, group)
        m = Mention(trigger=Span(main.start, main.end, text[main.start:main.end]), sentence=s.index,
                    event_type="", sub_event_type=sub, plover=PLOVER[sub], mode=mode, specificity=spec, modality=mod,
                    perpetrator=_fix_span(text, args.perpetrator), perpetrator_modality=args.perpetrator_modality,
                    target=_fix_span(text, args.target), family=family,
                    priority=label_rule.priority if label_rule is not None else
                    main.rule.priority + (10 if sub == "Suicide bomb" and main.rule.sub_event_type != sub else 0))
        return m

    def _actor_in(self, phrase: str):
        """The actor a noun phrase names ("Pakistani army captives" → the Pakistani army), named before generic."""
        found = self.actors.find(phrase)
        named = [m.entry for m in found if not m.entry.generic]
        return named[0] if named else (found[0].entry if found else None)

    def _paired_with_a_state(self, text: str, end: int) -> bool:
        """"both Ethiopia and Somalia's transitional government have been combating ...": a country named beside
        another country's government or forces is a party, like them, not a place."""
        m = _AND_STATES.match(text, end)
        return m is not None and self.gazetteer.country(m.group(1)) is not None

    def _infer_country(self, doc: Document, text: str, actor_matches, body_start: int,
                       country_words: list[tuple[int, int, str]] = ()) -> None:
        """The country of events the text places nowhere, from the national actors and nationality words it
        names ("Israeli police found ...", "an Iranian reformist daily", "FARC guerrillas blew up ...") and the
        national institutions of ``country_words.tsv`` ("a Civil Guard officer", "a State Duma deputy"): the
        country named most often, the first on a tie. Marked by a ``place_inferred`` flag with its evidence."""
        votes: Counter[str] = Counter()
        first: dict[str, Span] = {}
        for a in actor_matches:
            if a.entry.country and not a.entry.generic:
                votes[a.entry.country] += 1
                first.setdefault(a.entry.country, Span(a.start, a.end, text[a.start:a.end], "text"))
            elif not a.entry.generic and not a.entry.country:
                # "the Bangladesh Rural Advancement Committee": a body named after its country
                for w in _CAPITALISED_WORD.finditer(text, a.start, a.end):
                    c = self.gazetteer.country(w.group(0)) if len(w.group(0)) > 3 else None
                    if c is not None:
                        votes[c.iso] += 1
                        first.setdefault(c.iso, Span(w.start(), w.end(), w.group(0), "text"))
                        break
        for m in _CAPITALISED_WORD.finditer(text, body_start):
            hit = self.actors.demonyms.get(m.group(0))
            if hit is not None and not _ETHNIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                # (not "ethnic Albanians": a people, wherever they live, Kosovo or Macedonia)
                votes[hit[0]] += 1
                first.setdefault(hit[0], Span(m.start(), m.end(), m.group(0), "text"))
        for s0, s1, iso in country_words:  # "the Ertzaintza", "a Civil Guard officer", "the State Duma"
            votes[iso] += 1
            first.setdefault(iso, Span(s0, s1, text[s0:s1], "text"))
        if not votes:
            return
        best = max(votes.values())
        iso = min((k for k, v in votes.items() if v == best), key=lambda k: first[k].start)
        entry = self.gazetteer.country(iso)
        if entry is None:
            return
        span = first[iso]
        place = Place(name=entry.name, country=entry.country, iso=iso, admin1=None, admin1_iso=None, admin2=None,
                      lat=entry.lat, lon=entry.lon, precision=5, span=span, geonameid=entry.geonameid)
        for i, ev in enumerate(doc.events):
            if ev.place is None:
                ev.place = place
                doc.flags.append(Flag("place_inferred", f"event {i + 1}: no place named; country {entry.name} "
                                      f"inferred from '{span.text}'", [span]))

    def _place_on_route(self, doc: Document, text: str, readings: list[SentenceReading], unplaced: list) -> None:
        """An event placed nowhere that happened on a road named by its ends ("along the Alexandroupolis-Komotini
        highway", "a checkpoint on the Kirkuk-Tikrit road"): coded at the first town, the nearest the text gives,
        marked by a ``place_route`` flag. (Only as a last resort: where the text names another place, that place.)"""
        by_index = {r.sentence.index: r for r in readings}
        unplaced_ids = {id(ev) for ev in unplaced}
        for i, ev in enumerate(doc.events):
            if id(ev) not in unplaced_ids or ev.place is not None and ev.place.precision < 5:
                continue  # (an event the text placed, or one a later reading placed finer than its country)
            for k in sorted({m.sentence for m in ev.mentions}):
                r = by_index.get(k)
                m = _ROUTE.search(text, r.sentence.start, r.sentence.end) if r is not None else None
                if m is None:
                    continue
                ends = [[e for e in self.gazetteer.lookup(n) if e.kind == "place"] or
                        [e for e in [self.gazetteer.tolerant(n, None)] if e is not None and e.kind == "place"]
                        for n in (m.group(1), m.group(2))]
                pairs = [(a, b) for a in ends[0] for b in ends[1] if a.iso == b.iso]  # both ends in one country
                if not pairs:
                    continue
                a, _b = max(pairs, key=lambda ab: ab[0].population + ab[1].population)
                span = Span(m.start(1), m.end(1), m.group(1), "text")
                ev.place = _town_place(a, span)
                doc.flags.append(Flag("place_route", f"event {i + 1}: on the road '{m.group(0)}'; coded at its first "
                                      f"town, {a.name}", [Span(m.start(), m.end(), m.group(0), "text")]))
                break

    def _place_in_slot(self, events, text: str, readings: list[SentenceReading], toponyms: list[Toponym],
                       actor_matches) -> None:
        """An event placed no finer than a country or province, whose sentences (or a sentence of its stretch
        that says where it happened) put a name the gazetteer lacks where a place goes ("bodies were found in
        Yandare", "the mayor of Tanouna", "The incident took place in Yarubiya"): that name is the place, read
        tolerantly against the country's places ("Baranquilla" is Barranquilla, "Mahmoudiya" Al Mahmudiyah),
        else kept as written, without coordinates (precision 2)."""
        # (a group's name that runs on to where it is, "the Legitimate Defense Group in Zemmouri", leaves the town)
        taken = [(t.start, t.end) for t in toponyms] + [
            (a.start, k if (k := text.rfind(" in ", a.start, a.end)) > 0 else a.end) for a in actor_matches]
        by_index = {r.sentence.index: r for r in readings}
        gaz = self.gazetteer
        firsts, mention_sentences = _event_sentences(events)
        for ev in events:
            p = ev.place
            landmark = p is not None and p.precision <= 3 and \
                _REFERENCE_BEFORE.search(text, max(0, p.span.start - 50), p.span.start) is not None
            if landmark:  # "in Rashad, a small town south of Kirkuk": a town in Kirkuk's province
                p = Place(name=p.admin1 or p.country or p.name, country=p.country, iso=p.iso, admin1=p.admin1,
                          admin1_iso=p.admin1_iso, admin2=None, lat=None, lon=None, precision=4 if p.admin1 else 5,
                          span=p.span)
            if p is not None and (p.precision < 4 or not p.iso):
                continue
            own = sorted({m.sentence for m in ev.mentions})
            stop = min([f for f in firsts if f > own[0]] or [len(readings)])
            # and the sentences of its stretch that say where it happened ("The incident took place in Yarubiya.")
            told = [i for i in range(own[0] + 1, stop) if i not in mention_sentences and i in by_index
                    and _WHERE_IT_HAPPENED.search(by_index[i].sentence.text)]
            for i in own + told:
                r = by_index.get(i)
                if r is None:
                    continue
                found = None
                for m in _PLACE_SLOT.finditer(text, r.sentence.start, r.sentence.end):
                    name = _slot_name(m.group(1), gaz)
                    if not name:
                        continue
                    s0 = m.start(1) + m.group(1).find(name)
                    rest = text[s0 + len(name):m.end(1)].strip()
                    end = m.end(1) if rest and gaz.country(rest) is not None else s0 + len(name)  # "Filfayl Iraq"
                    if any(a < s0 + len(name) and s0 < b for a, b in taken) or not PHRASE_END.match(text, end) \
                            or _NOTES_QUARTER.match(text, s0 + len(name)):
                        continue  # "the Divensa radio station": a name that qualifies a noun is no town (nor the
                        # quarter a note names before the place it codes: "in Nyalenda, Kisumu (Kisumu Central, Kisumu)")
                    e = gaz.tolerant(name, p.iso if p is not None else None)
                    if e is not None and p is not None and p.precision == 4 and e.admin1 != p.admin1:
                        e = None
                    if e is None and gaz.index.get(norm(name)):
                        continue  # a place known elsewhere, not where this event is
                    span = Span(s0, s0 + len(name), name)
                    if e is not None:
                        found = Place(name=name if e.kind == "place" else e.name, country=e.country, iso=e.iso,
                                      admin1=e.admin1,
                                      admin1_iso=e.admin1_iso, admin2=e.admin2, lat=e.lat, lon=e.lon,
                                      precision={"admin1": 4, "admin2": 3}.get(e.kind, 1), span=span,
                                      geonameid=e.geonameid)
                        if p is not None and found.precision >= p.precision:
                            found = None
                            continue
                    elif p is not None:
                        found = Place(name=name, country=p.country, iso=p.iso, admin1=p.admin1 if p.precision == 4 else None,
                                      admin1_iso=p.admin1_iso if p.precision == 4 else None, admin2=None, lat=None,
                                      lon=None, precision=2, span=span)
                    else:  # the text names no country: the town as written, in no country (or in the country of
                        # a town its sentence names: "the village of Sidi Mansour, near the coastal town of Saidia")
                        near = next((t.entry for t in toponyms if r.sentence.start <= t.start < r.sentence.end
                                     and t.entry.iso and t.entry.kind != "country"), None)
                        found = Place(name=name, country=near.country if near else None, iso=near.iso if near else None,
                                      admin1=None, admin1_iso=None, admin2=None,
                                      lat=None, lon=None, precision=2, span=span)
                    break
                if found is not None:
                    ev.place = found
                    break

    def _seat_of_government(self, doc: Document, text: str, readings: list[SentenceReading]) -> None:
        """An event placed only in a country whose sentences name an embassy, a parliament building, a
        presidential palace or "the capital" ("LEBANON.  Mortar rounds hit the French embassy compound"):
        the country's seat of government (``capitals.tsv``), marked by a ``place_capital`` flag."""
        by_index = {r.sentence.index: r for r in readings}
        for i, ev in enumerate(doc.events):
            p = ev.place
            quarter = _QUARTER_OF_CAPITAL.match(text, p.span.end) if p is not None and p.precision <= 3 and p.iso \
                and p.span.field == "text" else None
            entry = _capital(self.gazetteer, p.iso) if quarter is not None else None
            if entry is not None:  # "Sadr City, a predominately Shiite area of the capital": the city is the place
                span = Span(quarter.start(), quarter.end(), quarter.group(0), "text")
                ev.place = _town_place(entry, span)
                doc.flags.append(Flag("place_capital", f"event {i + 1}: '{p.name}' is a part of the capital, "
                                      f"{entry.name}", [p.span, span]))
                continue
            if p is None or p.precision != 5 or not p.iso:
                continue
            cue = None
            for k in sorted({m.sentence for m in ev.mentions}):
                r = by_index.get(k)
                cue = _SEAT_CUE.search(text, r.sentence.start, r.sentence.end) if r is not None else None
                if cue is not None:
                    break
            entry = _capital(self.gazetteer, p.iso) if cue is not None else None
            if entry is None:
                continue
            span = Span(cue.start(), cue.end(), cue.group(0), "text")
            ev.place = _town_place(entry, span)
            doc.flags.append(Flag("place_capital", f"event {i + 1}: placed in {p.name} only; '{cue.group(0)}' "
                                  f"puts it in the capital, {entry.name}", [span]))

    def _document_place(self, toponyms: list[Toponym]) -> Place | None:
        """The document's focus: its most mentioned admin1, else its most mentioned country."""
        if not toponyms:
            return None
        admin1 = Counter((t.entry.iso, t.entry.admin1) for t in toponyms if t.entry.admin1)
        if admin1:
            (iso, a1), _ = admin1.most_common(1)[0]
            cand = [t for t in toponyms if t.entry.kind == "admin1" and t.entry.admin1 == a1 and t.entry.iso == iso]
            if cand:
                return _to_place(cand[0])
        countries = Counter(t.entry.iso for t in toponyms)
        iso, _ = countries.most_common(1)[0]
        cand = [t for t in toponyms if t.entry.kind == "country" and t.entry.iso == iso]
        if cand:
            return _to_place(cand[0])
        return None


# a place named as a landmark to measure from: "30 km south of Baghdad", "a town east of Kirkuk"
_REFERENCE_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|km|kms|kilom\w*|"
                               r"miles)\s+(?:away\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:city|town) of\s+)?$|"
                               r"[\w'’],\s+(?:an?\s+(?:small\s+|tiny\s+)?(?:village|town|suburb|hamlet|locality|resort)\s+)?"
                               r"(?:just\s+|close\s+to\s+|not\s+far\s+from\s+)?(?:near|outside(?:\s+of)?)\s+(?:the\s+)?(?:(?:city|town) of\s+)?$",
                               re.I)
# (and after a town's name: "in Fanar, near Ankara", "Sidi Hamed, a village near Meftah", "X, outside of Athens")
# a province or territory as the landmark: "landed in Israeli territory north of the Gaza Strip" (not "in the north of")
_OUTSIDE_OF = re.compile(r"(?<!the )\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$", re.I)


# where a shot or a rocket came from: "fired from Beit Jala at Gilo", "from the vicinity of Tulkarm"
_AIMED_AT = re.compile(r"\b(?:at|against|on|toward|towards|into)\s+(?:the\s+)?$", re.I)
_ORIGIN_BEFORE = re.compile(r"\b(?:from|bound for|heading for)\s+(?:(?:inside|within)\s+)?(?:the\s+)?"
                            r"(?:(?:vicinity|direction|area|outskirts) of\s+(?:the\s+)?)?(?:(?:north|south|east|west|central)\w*\s+)?$",
                            re.I)

_HIJACK = re.compile(r"\bhijack", re.I)
_TOOK_OFF = re.compile(r"\b(?:took off|taking off|takeoff|take-off|departure|departed|departing|leaving|left|flight)\s+from\s+(?:the\s+)?"
                       r"(?:[\w'’-]+\s+){0,2}?$", re.I)
_FLOWN_TO = re.compile(r"\b(?:land(?:ed|ing)?|diverted(?:\s+it)?|flown|flew|fly|redirected(?:\s+it)?|rerouted(?:\s+it)?)\s+"
                       r"(?:in|at|to)\s+(?:the\s+)?$|\band\s+$", re.I)
# after the place a projectile came from, where it went: "fired from X into Israel", "... and exploded in Y"
_LANDED = re.compile(r"\b(?:into|toward|towards|at|on|landed|exploded|struck|hit|fell|crashed|impacted)\b")
_ROUTE_AFTER = re.compile(r"(?:['’]s\s+[\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:neighbou?rhood|area|district))?\s+(?:to|and)\s(?=(?:the\s+)?[A-Z])")


# the town an office is of ("the mayor of La Victoria", "the police chief of Sharqat"), and a locative before a town
_OFFICE_OF = re.compile(r"\b(?:mayor|governor|police chief|chief of police|police commander|commander|councill?or|"
                        r"priest|bishop|imam|mufti|judge|prosecutor|deputy|representative|head|chairman|director|"
                        r"headmaster|principal)\s+of\s+(?:the\s+)?(?:(?:town|city|village|municipality|district|province)\s+of\s+)?$", re.I)
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:town|city|village) of\s+)?$")
_CODED_BRACKET = re.compile(r"\s*\((?-i:[A-Z])[^()]{0,80},\s*(?-i:[A-Z])[^()]{0,40}\)")
# where people fled to: no place of the act ("At least 5 fighters were killed, and residents fled towards Rutshuru")
_FLED_TO = re.compile(r"\b(?:fled|fleeing|flee|escaped|took refuge|taking refuge|sought refuge|seeking refuge)\s+"
                      r"(?:(?:their\s+homes|the\s+area|the\s+fighting)\s+)?(?:to|towards|toward|into|in)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def _landmarks_last(text: str, places: list[Place]) -> list[Place]:
    """A town named as a landmark ("a village 30 km south of Baghdad", "Fakhmaya, a town east of Baghdad")
    or as where the fire came from ("shots were fired from X at Y") is where the event was only when the
    sentence names no other place: it goes last; so does the town of a victim's office ("the mayor of X")
    when the sentence puts the act in another ("... shot dead in Y")."""
    origin = [p for p in places if p.precision <= 4 and _ORIGIN_BEFORE.search(text, max(0, p.span.start - 50), p.span.start)
              and not _ROUTE_AFTER.match(text, p.span.end)]  # "a train from Cairo to Luxor": the route's start
    if origin and len(origin) < len(places) and (
            _LANDED.search(text, origin[0].span.end, places[-1].span.end + 1)
            or any(p not in origin and _AIMED_AT.search(text, max(0, p.span.start - 20), p.span.start) for p in places)):
        # "rockets fired from the Gaza Strip landed in Israeli territory", "two rockets against Israel from the Gaza
        # Strip": where they landed or were aimed at, though less precise
        places = [p for p in places if p not in origin]
    places = [p for p in places if not _FLED_TO.search(text, max(0, p.span.start - 40), p.span.start)]
    office = [p for p in places if _OFFICE_OF.search(text, max(0, p.span.start - 40), p.span.start)]
    if office and any(p not in office and _AT_PLACE.search(text, max(0, p.span.start - 12), p.span.start) for p in places):
        # "The police chief of Sharqat ... was shot dead by gunmen in Mosul": the office's town is the victim's
        places = [p for p in places if p not in office] + office
    if _HIJACK.search(text):
        # a hijacking is where it began ("took off from Karachi ... forced it to land in Kabul": GTD codes Karachi);
        # where the plane was flown to goes last
        origin = [p for p in origin if not _TOOK_OFF.search(text, max(0, p.span.start - 40), p.span.start)]
        origin += [p for p in places if _FLOWN_TO.search(text, max(0, p.span.start - 40), p.span.start)]
    # a town in what moved the actors ("rioters angered by the death of a driver run over in Jakarta set fire to the
    # parliament in Makassar"), when a place follows it
    motive = []
    for p in places:
        mh = _MOTIVE_HEAD.search(text, max(0, p.span.start - 100), p.span.start)
        if mh is not None and not any(mh.start() < q.span.start < p.span.start for q in places) \
                and any(q.span.start > p.span.end or q.span.end < mh.start() for q in places):
            motive.append(p)  # (the first place after the cue: the next ones are where the act was)
    if motive and len(motive) < len(places):
        places = [p for p in places if p not in motive]  # (not even as a less precise fallback: "central Belgrade")
    outside = [p for p in places if p.precision == 4 and _OUTSIDE_OF.search(text, max(0, p.span.start - 30), p.span.start)]
    if outside and len(outside) < len(places):
        places = [p for p in places if p not in outside]  # north of a province is outside it: not even a fallback
    ref = [p for p in places if (p.precision <= 3 and _REFERENCE_BEFORE.search(text, max(0, p.span.start - 50), p.span.start))
           or p in origin]
    places = [p for p in places if p not in ref] + ref if ref else places
    coded = [p for p in places if p.precision <= 3 and _CODED_BRACKET.match(text, p.span.end)]
    if coded and len(coded) < len(places):
        # "near the Arc de Triomphe in Paris (Paris, Ile-de-France)", "outside St Thomas' Hospital in London (Greater
        # London, England)", "north of Boni (Douentza, Mopti)": the town an ACLED note places in its bracket is the
        # event's, before any landmark
        places = coded + [p for p in places if p not in coded]
    if coded and (between := _BETWEEN_AND.search(text, max(0, coded[0].span.start - 80), coded[0].span.start)):
        # "on the road between Kibumba and Rugari (Nyiragongo, Nord-Kivu)": the first town, unless the bracket names
        # the second ("between Apatzingan and Aguililla (Aguililla, Michoacan)")
        bracket = _CODED_BRACKET.match(text, coded[0].span.end)
        first = next((p for p in places if p.span.start == between.start("a")), None)
        if first is not None and norm(bracket.group(0).strip(" (").split(",")[0]) != norm(coded[0].name):
            places = [first] + [p for p in places if p is not first]
    return places


_BETWEEN_AND = re.compile(r"\bbetween\s+(?P<a>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+and\s+$", re.I)


# where a place name goes: "in X", "near the town of X", "the mayor of X"
_PLACE_SLOT = re.compile(r"\b(?:in|at|near|outside|(?:town|village|city|municipality|settlement|mayor) of)\s+"
                         r"(?:the\s+(?:(?:town|village|city|municipality|settlement) of\s+)?)?"
                         r"((?:(?:al|el|an|ad|as|ar|at|az)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|an|ad|as|ar|at|az)-[A-Z][\w'’-]+|"
                         r"[A-Z][\w'’-]+|de|del|di|da|do|dos|du|la|le|el|al)){0,3})")


def _slot_name(raw: str, gaz: Gazetteer) -> str | None:
    """The place name at the start of a capitalised run, up to a word that names no place ("Yandare",
    not "Hurriyet Media Towers": a run with a stop word in it is an institution, not a town)."""
    words = raw.split()
    while words and (words[-1].lower() in ("de", "del", "di", "da", "do", "dos", "du", "la", "le", "el", "al")
                     or len(words) > 1 and gaz.country(words[-1]) is not None):
        words.pop()  # (and a country after the name: "near Filfayl Iraq")
    if len(words) > 1 and words[0].lower() in ("kibbutz", "moshav", "moshava"):
        words = words[1:]  # "Kibbutz Yad Mordechai" is Yad Mordechai
    if not words or any((norm(w.rstrip("'’s")) in gaz.stopwords and not (k == 0 and len(words) > 1 and w.lower() in _NAME_PREFIXES))
                        or w.lower() in _NOT_A_TOWN for k, w in enumerate(words)):
        return None  # (a place name may start with a word that alone is none: "Abu Gharid", "Ban Libe", "Khan Bani Sa'd")
    name = " ".join(words)
    name = re.sub(r"['’]s$", "", name)
    if len(name) < 4 or name.isupper() or norm(name) in gaz.demonyms:
        return None
    return name


# words that start many Arabic, Thai and Hebrew place names but are no place alone
_NAME_PREFIXES = {"abu", "ban", "khan", "al", "el", "beit", "bayt", "kfar", "kafr", "tel", "tal", "tall", "ain", "ein", "wadi",
                  "jabal", "jebel", "deir", "dayr", "sidi", "bir", "umm", "ras", "nahr", "moo", "kampung", "kampong"}
_NOT_A_TOWN = {"embassy", "consulate", "hotel", "office", "offices", "headquarters", "company", "bank", "center", "centre",
               "building", "restaurant", "club", "academy", "institute", "ministry", "agency", "airlines", "airways",
               "square", "park", "stadium", "plaza", "palace", "tower", "towers", "house", "hall", "prison", "base",
               "barracks", "cinema", "theatre", "theater", "store", "shop", "factory", "plant", "refinery", "port",
               "harbour", "harbor", "station", "avenue", "boulevard", "lane", "church", "cathedral", "synagogue",
               "shrine", "chapel", "embassy's", "newspaper", "magazine", "radio", "television", "tv", "inc", "ltd",
               "corporation", "corp", "company's", "party", "gate", "checkpoint", "crossing", "junction", "district",
               "province", "region", "county", "department", "state", "governorate", "valley", "mountains", "river",
               # languages: "shouted in Arabic"
               "arabic", "english", "french", "spanish", "basque", "hebrew", "kurdish", "turkish", "russian", "urdu",
               "pashto", "dari", "persian", "farsi", "catalan", "german", "italian", "portuguese", "greek", "hindi"}


# "The attack occurred in X", "The incident took place near X": a sentence that says where the event was
_WHERE_IT_HAPPENED = re.compile(r"\b(?:occurred|occured|took place|happened|was carried out|were carried out|"
                                r"was perpetrated|was staged|unfolded)\b", re.I)


def _event_sentences(events) -> tuple[list[int], set[int]]:
    """The first sentence of each event, and every sentence that tells one of them."""
    return [min(m.sentence for m in ev.mentions) for ev in events], {m.sentence for ev in events for m in ev.mentions}


_GENERIC_HEADS = ("guerrillas", "rebels", "militants", "gunmen", "insurgents", "fighters", "terrorists", "separatists")


def _named_for_generic(events, text: str, folded: str, actor_matches) -> None:
    """An act whose actor is only described ("leftist guerrillas attacked a chapel") takes the one armed group the
    text names with the same noun ("Shining Path guerrillas accused the survivors"): the same people, named."""
    for ev in events:
        p = ev.perpetrator
        if p is None or p.canonical is None or not p.canonical.lower().startswith("unidentified"):
            continue
        head = p.text.split()[-1].lower() if p.text.split() else ""
        if head not in _GENERIC_HEADS:
            continue
        named = {a.entry.canonical: a for a in actor_matches if not a.entry.generic and a.entry.actor_type in (2, 3, 4)
                 and (re.match(rf"\s+{head}\b", folded[a.end:a.end + len(head) + 3], re.I) or a.text.lower().endswith(" " + head))
                 # the subject of its sentence ("Shining Path guerrillas accused the survivors"), not a victim or an
                 # object ("the Israeli killing of several Hamas militants")
                 and re.search(r"(?:^|[.!?]\s+|\n)\W*(?:[Tt]he\s+)?$", folded[max(0, a.start - 12):a.start])
                 and not _DENIAL_NEAR.search(folded, max(0, a.start - 60), a.end + 60)}
        if len(named) == 1:
            a = next(iter(named.values()))
            ev.perpetrator = _fix_span(text, to_actor(folded, a))


_DENIAL_NEAR = re.compile(r"\b(?:denied|denies|deny|rejected|ruled out|not involved|no involvement)\b", re.I)


def _place_from_context(text: str, events, readings: list[SentenceReading], doc_place: Place | None) -> None:
    """An event whose own sentences name no town takes one from the sentences around it: first a later
    sentence that says where it happened ("The attack occurred in X") before the next event, then the
    nearest earlier sentence that names a place (the lead often names it: "A rocket was fired at X. The
    attack killed two"), then any later sentence of its stretch.  Only a place finer than the event's own
    and inside it (same country, same province) replaces it; a stated place also replaces the town of a victim's
    office ("the councilor of Yumbo ... was shot. The murder occurred in downtown Cali")."""
    if not events:
        return
    firsts, mention_sentences = _event_sentences(events)
    by_index = {r.sentence.index: r for r in readings}
    n = len(readings)
    for k, ev in enumerate(events):
        own = ev.place if ev.place is not doc_place else None
        stated = _stated_place(ev, k, firsts, by_index, n)
        office = own is not None and own.span is not None and own.span.field == "text" \
            and _OFFICE_OF.search(text, max(0, own.span.start - 40), own.span.start) is not None
        if stated is not None and (own is None or own.precision > 3 or own.iso != stated.iso or office):
            # "... from Amman to Baghdad. The attack occurred near Ramadi": the text says where, in so many words
            ev.place = stated
            continue
        if own is not None and own.precision <= 3:
            continue
        first = firsts[k]
        last = max(m.sentence for m in ev.mentions)
        stop = min([f for f in firsts if f > last] or [n])
        start = max([max(m.sentence for m in e.mentions) + 1 for e, f in zip(events, firsts, strict=True) if f < first]
                    or [0])
        # (a sentence between two of its own mentions is of its stretch: "A bomb hit a police car. The car was in
        # Kirkuk. No casualties were associated with the attack.")
        later = [by_index[i] for i in range(first + 1, stop) if i in by_index and i not in mention_sentences]
        earlier = [by_index[i] for i in range(first - 1, start - 1, -1) if i in by_index and i not in mention_sentences]
        groups = [[r for r in later if _WHERE_IT_HAPPENED.search(r.sentence.text)], earlier, later]
        for group in groups:
            cand = next((_best_place(r.places) for r in group if r.places), None)
            if cand is None or cand.precision > 3:
                continue
            base = own or ev.place
            if base is not None and (base.iso != cand.iso or (base.admin1 and base.admin1 != cand.admin1)):
                continue
            ev.place = cand
            break
        else:
            # "A car bomb was discovered and defused. The dynamite ... had been left under a car in Porto-Vecchio.": the
            # next sentence tells the same device as an act of its own, and says where
            nxt = events[k + 1] if k + 1 < len(events) else None
            if nxt is not None and nxt.place is not None and nxt.place.precision <= 3 and firsts[k + 1] == last + 1 \
                    and _same_device(ev, nxt) and by_index.get(firsts[k + 1]) is not None \
                    and by_index[firsts[k + 1]].sentence.paragraph == by_index[last].sentence.paragraph:
                base = own or ev.place
                if base is None or (base.iso == nxt.place.iso and (not base.admin1 or base.admin1 == nxt.place.admin1)):
                    ev.place = nxt.place


def _same_device(a, b) -> bool:
    """Two events that may be one bomb told twice: a defusal and a blast, or two of the same type."""
    kinds = {a.sub_event_type, b.sub_event_type}
    return a.event_type == b.event_type or "Disrupted weapons use" in kinds and b.event_type == "Explosions/Remote violence"


# "the attack occurred near X", "The explosion took place at one of the entrances ... in X"
_OCCURRED_AT = re.compile(r"\b(?:occurred|occured|took place|happened)\s+(?:[\w'’-]+\s+){0,2}?(?:in|at|near|outside)\s+"
                          r"(?:the\s+(?:(?:town|village|city|municipality|area|district|province) of\s+)?)?"
                          r"(?:(?:downtown|central|northern|southern|eastern|western)\s+)?", re.I)


def _stated_place(ev, k: int, firsts: list[int], by_index: dict, n: int) -> Place | None:
    """The place a sentence of the event's stretch states it happened at, right after the verb."""
    first = firsts[k]
    stop = min([f for f in firsts if f > first] or [n])
    for i in range(first, stop):
        r = by_index.get(i)
        if r is None or not r.places:
            continue
        for m in _OCCURRED_AT.finditer(r.sentence.text):
            at = r.sentence.start + m.end()
            hit = next((p for p in r.places if at <= p.span.start <= at + 3 and p.precision <= 3), None)
            if hit is not None:
                return hit
    return None


def _actor_countries(actor_matches) -> dict[str, float]:
    """Countries the named armed groups of a text belong to (FARC, Hamas, ETA): evidence of where it happens."""
    out: dict[str, float] = {}
    for _name, iso in {(a.entry.canonical, a.entry.country) for a in actor_matches
                           if a.entry.country and not a.entry.generic and a.entry.actor_type in (2, 3, 4)}:
        out[iso] = out.get(iso, 0.0) + 1.5
    return out


ATTACK_CONFIDENCE = 0.5  # below this the attack-type model defers to the rules
# a name for the event before a dash, as lists of incidents open: "Beslan school siege – ", "Army Public School attack — "
_INLINE_TITLE = re.compile(r"[^.;:–—]{3,80}?\s[–—]\s")
_OF_A_STATE = re.compile(r"^(?:Military|Police) Forces of |^Government of ")  # as ACLED names them
_AMID_OR_CALLED = re.compile(r"\b(?:amid(?:st)?|called for|calling for|calls for|plans? for|planned|following|after|over|violating|"
                             r"covered|covering|reported on|filmed|photographed|led|organi[sz]ed|"  # ("a journalist who covered
                             # the demonstrations", "the former mayor, who led last month's sit-in")
                             r"(?:for|of)\s+(?:organi[sz]ing|taking\s+part\s+in|participating\s+in|joining))\s+"
                             r"(?:an?\s+|the\s+|last\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)  # "amid protests in Nukus, police detained a journalist who had called for a rally",
# "arrested a journalist ... following anti-government protests", "on charges of repeatedly violating protest rules"
_AHEAD_OF = re.compile(r"\b(?:ahead of|before|to prevent|to stop|to foil)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
def _first_verb_of_the_act(scored, main: TriggerMatch, folded: str, s_start: int, no_agent: bool) -> TriggerMatch | None:
    """An earlier trigger of the sentence whose subject is the act's agent: "SAF troops attacked RSF positions ... and
    fighting continued", "soldiers pushed the insurgents out of Mulele and raised the national flag", "IS fighters
    fired rockets loaded with a mustard agent", "forces began shelling ... with artillery and drones", "Members of the
    Red Brigades ambushed the car of former Prime Minister Aldo Moro ..., killing ... and abducting Moro" (the main
    clause's subject acts in the participles after it). ``no_agent``: the main trigger's own reading named none."""
    override = main.rule.family in ("territory", "battle") or _INSTRUMENT_PHRASE.match(main.text) is not None \
        or main.rule.family == "abduction" and re.search(r"\b(?:him|her|them)\b", main.text) is not None  # ("men forced
    # an official off a bus and drove him away": the first verb's subject)
    participle = _PARTICIPLE.match(main.text) is not None and _AFTER_CLAUSE.search(folded, s_start, main.start) is not None
    if not (override or participle or no_agent):
        return None
    return next((t for _, t, _, _ in sorted(scored, key=lambda x: x[1].start) if t.start < main.start and (
        participle and not _PARTICIPLE.match(t.text)
        or t.rule.family == main.rule.family and (override or main.rule.mode == "chemical")
        or main.rule.family == "battle" and main.rule.noun
        and t.rule.family == "attack" and (_ATTACK_VERB.fullmatch(t.text) or no_agent))), None)


def _without_background(scored, folded: str, s_start: int, keep: set[str], rx: re.Pattern[str], window: int):
    """A sentence's scored triggers without those that ``rx``, matched in the ``window`` characters before them, marks
    as the background of another act (a grievance, a cause); triggers of the families ``keep`` stay."""
    return [x for x in scored if x[1].rule.family in keep or not rx.search(folded, max(s_start, x[1].start - window), x[1].start)]


def _unless_told_in_passing(scored, folded: str, s_start: int, rx: re.Pattern[str], window: int):
    """A sentence's scored triggers without those that ``rx``, matched in the ``window`` characters before them, tells of
    in passing (an accusation, an anniversary), unless that is all of them."""
    if len(scored) < 2:
        return scored
    return [x for x in scored if not rx.search(folded, max(s_start, x[1].start - window), x[1].start)] or scored


_ACTS_AFTER_CAUSES = {"change", "territory", "property", "base", "agreement", "other"}
_ACTS_TOLD_WITH_BACKGROUND = {"protest", "agreement", "territory", "change", "other"}
# (with a time between: "which had by then killed", "that has so far left")
_BY_THEN = r"(?:(?:by\s+then|so\s+far|since\s+then|to\s+date|by\s+that\s+time|\w+ly)\s+)?"
_RELATIVE_OR_ENDED = re.compile(rf"\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?{_BY_THEN}$|"
                                r"\b(?:to end|ending|end|to halt|halt|to stop|stop|cease|to renounce|renounce|since|held since)\s+"
                                r"(?:the\s+|all\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # "ending a week of fighting"
# a group that tried: "The EPL attempted an attack ... but was thwarted", "FARC rebels who planned to bomb"
_WHO_ATTEMPTED = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:rebels|guerrillas|militants|members|fighters|cadres)\s+)?(?:who\s+|which\s+)?"
                            r"(?:had\s+)?(?:attempted|tried|planned|plotted|intended|was preparing|were preparing|was planning|"
                            r"were planning)\b", re.IGNORECASE)
# a cause told after the act: "imposed a curfew following deadly protests", "seized the town after heavy fighting"
# (and its toll: "shook hands after weeks of fighting that killed dozens")
_CAUSE = re.compile(r"\b(?:following|after|amid|in the wake of|in response to|in reaction to)\s+(?:the\s+|a\s+|an\s+|recent\s+|"
                    r"last\s+\w+'s\s+)?(?:[\w'-]+\s+){0,3}(?:(?:that|which)\s+(?:had\s+)?)?$", re.IGNORECASE)
# what moved a crowd to act: "angered by the police shooting of", "sparked by the killing of"
_MOVED = r"angered|enraged|incensed|outraged|infuriated|sparked|triggered|prompted"  # what moved a crowd, or a protest
_MOTIVE = re.compile(rf"\b(?:{_MOVED}|provoked|fuelled|fueled|anger|outrage|fury)\s+"
                     r"(?:by|over|at)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w'-]+\s+){0,18}$", re.IGNORECASE)
_WENT_OFF = re.compile(r"\b(?:exploded|went off|blew up|detonated|blast (?:hit|struck|killed|wounded|injured))\b", re.IGNORECASE)
_CROWD_VERB = re.compile(r"(?:set (?:fire|ablaze|on fire)|torched|burned|burnt|stormed|smashed|looted|ransacked|vandali[sz]ed|"
                         r"pelted|threw|hurled|clashed|attacked)\b", re.IGNORECASE)
_EARLIER_OR_SUPPORT = re.compile(r"(?:\b(?:hours|days|a day|two days|weeks|a week|months)\s+after\s+"
                                 r"(?:[\w'-]+\s+){0,6}|,\s*(?:backed|supported|aided|covered)\s+by\s+(?:[\w'-]+\s+){0,2}|"
                                 # "a crowd gathered in Southport after the fatal stabbing of three girls, attacked a mosque"
                                 r"\b(?:gathered|assembled|massed|took\s+to\s+the\s+streets)\s+(?:[\w'’,()-]+\s+){0,8}?after\s+"
                                 r"(?:the\s+|a\s+)?(?:fatal\s+|deadly\s+)?)$",
                                 re.IGNORECASE)
_MOTIVE_START = re.compile(rf"\b(?:{_MOVED})\s+(?:by|over)\b", re.IGNORECASE)
_MOTIVE_HEAD = re.compile(rf"\b(?:(?:{_MOVED})\s+(?:by|over)|"
                          rf"{TIME_AFTER}|in\s+solidarity\s+with)\b[^.;]*$", re.IGNORECASE)
_EARLIER_ACT_AFTER = re.compile(rf",?\s+(?:{TIME_AFTER}\s+(?:a|an|the|they|he|she|"
                                r"it|(?:[\w'-]+\s+){1,4}?(?:had|was|were))|(?:which|that)\s+(?:was|were|had been)\s+(?:sparked|triggered|"
                                r"prompted)\s+by)\b", re.IGNORECASE)
_EARLIER_OPENING = re.compile(rf"\b{TIME_AFTER}\b[^,.;]{{0,120}},", re.IGNORECASE)
# what a protest is against: "against the killing of", "to condemn the attack on", "over the arrest of"
_GRIEVANCE = re.compile(r"\bvigil\b[^.;]{0,60}?\bfor\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}(?:woman|man|girl|boy|child|teenager|student|"
                        r"journalist|activist|worker|officer|victims?)\s+$|"  # ("a vigil ... for a woman killed in London")
                        r"\b(?:against|over|protesting|to protest|to condemn|condemning|denouncing|justice for|"
                        r"following|in the wake of|in response to|to denounce|"
                        r"(?:to demand|demanding|calling for|to call for) (?:justice|accountability|answers) for|"
                        r"in protest (?:against|at|over|of)|mourning|for the release of|to honou?r|honou?ring|to commemorate|"
                        r"commemorating|to remember|remembering|in memory of|to mourn|(?:to )?pay(?:ing)? tribute to)\s+"
                        r"(?:the\s+|a\s+|an\s+|recent\s+|"
                        r"alleged\s+|last\s+\w+'s\s+|their\s+|his\s+|her\s+)?(?:\d{1,2}\s+[a-z]+\s+(?:\d{4}\s+)?)?(?:[\w'-]+\s+){0,2}$|"
                        # "demanding safer roads after two pupils were killed by a speeding bus"
                        r"\bafter\s+(?:[\w'-]+\s+){1,3}(?:were|was|had\s+been)\s+$",
                        re.IGNORECASE)  # (and "over the 8 January 2023 riots": a dated act before)
# riot triggers that name demonstrators' violence (not "vandalized", "rampage", which armed men do too)
_DEMONSTRATORS_RIOT = re.compile(r"riot(?:s|ed|ing|ers)?|stone[ -](?:pelting|throwing|throwers)|pelted (?:stones|with stones)|"
                                 r"hurled stones|threw stones|(?:throwing|hurling) stones", re.IGNORECASE)
_VIOLENT = {BATTLES, EXPLOSIONS, VAC, "Mob violence", "Violent demonstration", "Disrupted weapons use",
            "Looting/property destruction"}


# A total given for several linked incidents: "Six assailants were killed across the three raids",
# "... in the four attacks"; the count may come from "This was one of three related attacks".
_SMALL = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_INCIDENTS = r"(?:related |coordinated |separate |simultaneous |linked |similar |twin )?(?:attacks|assaults|raids|clashes|incidents|bombings|blasts|explosions|ambushes|strikes)"
_SHARED = re.compile(rf"\b(?:across|in|during) (?:the |all |all the |these |those )?(?:(?P<n>\w+) )?(?:of the )?{_INCIDENTS}\b|"
                     rf"\b(?:across|in) both\b", re.I)
_ONE_OF = re.compile(rf"\bone of (?:at least |the )?(?P<n>\w+) {_INCIDENTS}\b", re.I)


def _count_word(w: str | None) -> int | None:
    if not w:
        return None
    w = w.lower()
    return int(w) if w.isdigit() and 1 < int(w) < 100 else _SMALL.get(w)


def _mark_shared_totals(doc: Document) -> None:
    one_of = _ONE_OF.search(doc.text)
    n_doc = _count_word(one_of.group("n")) if one_of else None
    for ev in doc.events:
        for f in ev.figures:
            sent = next((s for s in doc.sentences if s.start <= f.span.start < s.end), None)
            if sent is None:
                continue
            for m in _SHARED.finditer(doc.text, sent.start, sent.end):
                if m.group(0).lower().endswith("both"):
                    n = 2
                elif m.group("n"):
                    n = _count_word(m.group("n"))
                    if n is None and m.group("n")[:1].isupper():
                        continue  # "in the Kabul attacks": a place, not a count
                else:
                    n = None
                n = n or (n_doc if m.group(0).lower().startswith("across") or one_of else None)
                if n and n > 1:
                    f.shared_by = n
                    f.shared_span = Span(m.start(), m.end(), m.group(0))
                    break


# "Boni (Hombori, Douentza, Mopti)": a place with its divisions in brackets, as ACLED notes write it, is a
# written hierarchy; the gazetteer reads it as "Boni, Hombori, Douentza, Mopti" (same length, same offsets)
_BRACKET_CHAIN = re.compile(r"(?<=[A-Za-z]) \(((?:[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3})(?:, [A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}){0,4})\)")


_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)
_RELATIVE_TOLL = re.compile(rf"\b(?:that|which)\s+(?:had\s+|has\s+)?{_BY_THEN}(?:killed|left|claimed the lives of|took the lives of)\b|"
                            # "stood in silence to honour the 15 people killed in the collapse": the dead it mourns
                            r"\b(?:to\s+honou?r|honou?ring|to\s+commemorate|commemorating|to\s+remember|in\s+memory\s+of|"
                            r"to\s+mourn|mourning|(?:to\s+)?pay(?:ing)?\s+tribute\s+to)\b", re.I)
_PARTICIPLE = re.compile(r"\w+ing\b", re.I)
_AFTER_CLAUSE = re.compile(r"(?:,|\band)\s+(?:[\w'’-]+\s+){0,10}$", re.I)
_INSTRUMENT_PHRASE = re.compile(r"(?:with|using)\b", re.I)
_ATTACK_VERB = re.compile(r"(?:attacked|ambushed|raided|assaulted|stormed)", re.I)

_LABELS = {  # ACLED's labels before a note, as triggers of the highest priority of their type
    "sexual violence": ("sexual", "Sexual violence", None), "property destruction": ("property", "Looting/property destruction", None),
    "looting": ("property", "Looting/property destruction", None), "agreement": ("agreement", "Agreement", None),
    "arrests": ("arrest", "Arrests", None), "weapons seizure": ("disrupted", "Disrupted weapons use", None),
    "disrupted weapons use": ("disrupted", "Disrupted weapons use", None),
    "non-violent transfer of territory": ("territory", "Non-violent transfer of territory", None),
    "headquarters or base established": ("base", "Headquarters or base established", None),
    "change to group/activity": ("change", "Change to group/activity", None),
    "abduction": ("abduction", "Abduction/forced disappearance", "abduction"),
}
_LABEL_KEY = {"arrest": "arrests", "looting/property destruction": "property destruction"}
_LABEL_RULES = {k: TriggerRule(f, sub, mode, 99, False) for k, (f, sub, mode) in _LABELS.items()}
_TYPE_LABEL = re.compile(r"\W*(" + "|".join(sorted((re.escape(k) for k in [*_LABELS, *_LABEL_KEY]), key=len, reverse=True))
                         + r")\s*:\s*", re.IGNORECASE)
_DISSOLUTION_OF = re.compile(r"\b(?:dissolution|disbanding|disbandment|dissolving|merger)\s+of\s+(?:the\s+)?$", re.I)
_HEAD_OF_GOVERNMENT = re.compile(r"\W*(?:(?:on|in|around|between)\b[^,]{0,40},\s*)?(?:the\s+)?(?:(?:interim|acting|transitional|"
                                 r"caretaker|new|newly elected)\s+)?((?-i:President|Prime Minister)\s+of\s+(?:the\s+)?"
                                 r"(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2}(?=\s+and\b)|(?-i:President|Prime Minister|"
                                 r"Premier|Chancellor)\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z]|(?:al|el|ad|as|ar|ash|at)-[A-Z])[\w'’.-]+){0,3})"
                                 r"\s+and\b", re.I)
_INJURED_ONLY = re.compile(r"injur(?:ed|ing)|wound(?:ed|ing)")


_NOTES_QUARTER = re.compile(r", (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2} \((?-i:[A-Z])")


_QUOTED_NAME = re.compile(r"(?<![\w'’])['‘\"“]((?-i:[A-Z])[\w.-]*(?:[ -][\w.-]+){1,8})['’\"”](?![\w'’])")


def _drop_quoted_names(text: str, toponyms: list) -> list:
    """"as part of the 'Third Taking of Lima' mobilisation, ... protested in Juliaca": a place in a quoted name (a
    campaign's, an operation's) is not where the act was, when a place outside the quotes is named."""
    if "'" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return toponyms
    quoted = [(m.start(1), m.end(1)) for m in _QUOTED_NAME.finditer(text)]
    if not quoted:
        return toponyms
    inside = [t for t in toponyms if any(a <= t.start and t.end <= b for a, b in quoted)]
    return [t for t in toponyms if t not in inside] if inside and len(inside) < len(toponyms) else toponyms


def _drop_notes_quarters(text: str, toponyms: list) -> list:
    """"in Nasr City, Cairo (Cairo)", "Nyalenda, Kisumu (Kisumu Central, Kisumu)": a note names the quarter, then the
    place with its divisions in brackets, which is the place the event is coded at."""
    if " (" not in text:
        return toponyms
    drop = set()
    for k in range(len(toponyms) - 1):
        t, city = toponyms[k], toponyms[k + 1]
        if t.entry.kind == "place" and city.entry.kind != "country" and t.entry.iso == city.entry.iso \
                and text[t.end:city.start] == ", " and text.startswith(" (", city.end) \
                and text[city.end + 2:city.end + 3].isupper():
            drop.add(k)
    return [t for k, t in enumerate(toponyms) if k not in drop] if drop else toponyms


def _bracket_chains(text: str) -> str:
    if "(" not in text:
        return text
    return _BRACKET_CHAIN.sub(lambda m: ", " + m.group(1) + " ", text)


def violent(ev) -> bool:
    """Events that have an attack type and a weapon: violence, and attempts at it."""
    return ev is not None and (ev.event_type in _VIOLENT or ev.sub_event_type in _VIOLENT)


def _fix_span(text: str, actor):
    """Actor spans were read on the folded text: give them the original characters."""
    if actor is None:
        return None
    sp = actor.span
    actor.span = Span(sp.start, sp.end, text[sp.start:sp.end], sp.field)
    actor.text = actor.span.text
    return actor


@lru_cache(maxsize=1)
def default_reader() -> Reader:
    return Reader()


def read(text: str, headline: str | None = None, published: str | dt.date | None = None, url: str | None = None,
         outlet: str | None = None) -> Document:
    """Read one article: events with actors, places, dates and every figure with its claimant."""
    return default_reader().read(text, headline=headline, published=published, url=url, outlet=outlet)
