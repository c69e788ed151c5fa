"""Arguments of an event mention: who did it (perpetrator) and to whom (target).

Read from the actors the dictionary finds in the sentence and their place
around the trigger:

* active voice — the actor before the trigger acts, the one after suffers:
  "Taliban militants attacked a police checkpoint";
* passive voice — "were killed by Taliban militants": the ``by`` phrase acts,
  the subject suffers;
* blame — "suspected Boko Haram fighters", "was blamed on the TTP", "police
  blamed the BLA" give an *alleged* perpetrator;
* clashes — "clashes between X and Y": both sides, X first.

Responsibility claims across sentences ("The Taliban claimed responsibility")
are joined at the event level (:mod:`khabar.fuse.document`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.model import Actor, Span
from khabar.resolve.actors import ActorMatch, without_qualifiers

PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|got|is|are)\s+(?:\w+ly\s+|also\s+|reportedly\s+|allegedly\s+)*$", re.I)
_BY_AFTER = re.compile(r"^\s*(?:[\w:.'’]+,?\s+|,\s*|\([^()]{1,30}\)\s+){0,9}?(?:by|at the hands of)\s+(?:either\s+)?(?:the\s+|an?\s+(?:[\w-]+\s+)?(?:group|unit|band|cell|squad|team|"
                       r"commando|column|detachment|contingent)\s+of\s+(?:the\s+)?|"
                       r"an?\s+(?:[\w-]+\s+){0,2}(?:group|organi[sz]ation|movement|faction)\s+(?:called|calling (?:itself|themselves),?|known as|named)\s+(?:the\s+)?|"
                       r"(?:(?:masked|armed|heavily armed|suspected|alleged)\s+)?(?:members|militants|fighters|gunmen|cadres|paramilitaries|"
                       r"guerrillas|rebels|insurgents)\s+(?:of|from)\s+(?:the\s+)?|"
                       # "kidnapped by six members of a group calling itself the X"
                       r"(?:(?:two|three|four|five|six|seven|eight|several|some|\d{1,2})\s+)?(?:members|militants|gunmen)\s+of\s+an?\s+"
                       r"(?:[\w-]+\s+){0,2}(?:group|organi[sz]ation|movement|faction)\s+(?:called|calling (?:itself|themselves),?|"
                       r"known as|named)\s+(?:the\s+)?|"
                       # "killed by a sniper from the FARC"
                       r"an?\s+(?:sniper|gunman|bomber|assassin|militant|fighter|guerrilla|rebel)\s+(?:of|from)\s+(?:the\s+)?|"
                       # "by a member of the disbanded pacifist group the Continuing Struggle"
                       r"an?\s+member\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|movement)\s*,?\s+(?:the\s+)?)?"
                       # "by the Iranian-backed Hezbollah", "by the Pakistan-based LeT"
                       r"(?:[\w]+-(?:backed|based|linked|led|sponsored|supported|allied|affiliated|inspired|controlled)\s+)?"
                       r"(?:(?:about|some|around|nearly|at least|more than|over)\s+)?(?:(?:two|three|four|five|six|several|some|\d{1,3}|between\s+\d{1,3}\s+and\s+\d{1,3})\s+)?"
                       r"(?:(?:suspected|alleged|presumed)\s+)?"  # "by suspected fundamentalist X members"
                       r"(?:[\w-]+(?:an|ese|i|ist|ic)\s+|(?:muslim|christian|hindu|sikh|buddhist|jewish|communist|leftist|rightist)\s+)?"
                       # "by Tigrean rebels", "by Maoist guerrillas", "by the Muslim Abu Sayyaf Group"
                       r"(?:suspected\s+|unidentified\s+|unknown\s+|armed\s+|alleged\s+|presumed\s+|masked\s+|heavily\s+|illegal\s+|"
                       r"outlawed\s+|banned\s+)*$", re.I)
# "shot by a Loyalist Volunteer Forces (LVF) gunman": a named group's member (named groups only: "by a militant
# group calling itself X" is X)
_BY_A_NAMED = re.compile(r"^\s*(?:\w+,?\s+|,\s*){0,7}?by\s+(?:either\s+)?an?\s+$", re.I)
# "killed by members of the 27th Front of the", "by a group of rebels from the Oscar Calvo Front of the"
_BY_UNIT_OF = re.compile(r"^\s*(?:[\w()]+\s+){0,7}?(?:by|at the hands of)\s+(?:(?![\w'’-]{3,}ing\s|(?:to|that|which|who|but)\s)[\w'’-]+\s+){1,9}?(?:of|from|belonging to|with)\s+"
                         r"(?:the\s+)?$", re.I)
# "was kidnapped from his suite in the Summerland hotel on the beach of West Beirut by the Organization of the
# Oppressed on Earth": a named group's agency after a long run of places, with no verb or clause between
_BY_FAR = re.compile(r"^(?:\s+[\w'’.()-]+,?){0,20}?\s+by\s+(?:the\s+)?(?:(?:local|armed|suspected|alleged|rebel|resistance|"
                     r"heavily armed)\s+){0,2}$", re.I)
_NOT_AGENT_GAP = re.compile(r"\b(?:is|was|were|are|has|had|have|who|which|that|and|said|says|after|before|when|while|"
                            r"because|since|claimed|owned|run|led|controlled|held|used|stormed)\b", re.I)
# how far before a name its cue may start ("identified themselves as members of the radical Palestinian group called X")
_CUE_WINDOW = 90
_SUSPECT = re.compile(r"\b(?:(?:leaflets?|pamphlets?|flyers?|notes?|letters?) (?:[\w-]+ ){0,5}?(?:were|was) (?:from|signed by)|suspected of being|(?:suspected of|believed to|thought to|said to) belong(?:ing)? to|suspected|alleged|presumed|believed to be|thought to be|blamed on|blamed|blames?|"
                      r"suspect(?:s|ed)?(?: that)?|(?:the )?(?:initials|acronym|insignia),?(?: of)?|(?:found|discovered|saw|left|wrote|painted) the name(?: of)?|evidence (?:that|of)|(?:the )?involvement of(?: either)?|"
                      r"(?:may|might|could) (?:be|have been) (?:a |an )?(?:member|members|part) of|"
                      r"identified (?:\w+ ){0,4}?as (?:members? of )?(?:the )?|"
                      r"who (?:said|claimed) (?:they|he|she) represented|claim(?:ed|ing|s)? to represent|"
                      r"(?:caller|person|man|woman|voice|spokes(?:man|woman|person)|someone)s?\s+(?:\w+\s+){0,2}?representing"
                      r"(?: an? (?:[\w-]+ )?(?:group|organi[sz]ation) (?:called|named|known as)(?: the)?)?|"
                      # "after a phone warning came from a member of ETA", "a caller from ETA warned"
                      r"(?:(?:phone |telephone )?warning (?:call )?came from|(?:caller|call|message|warning) from)|"
                      r"(?:stating|saying|said) (?:that )?(?:he|they|she) (?:was|were) (?:with|from|a member of|members of)|(?:were |was )?(?:the )?victims? of|"
                      r"(?:incident|attack|kidnapping|bombing|ambush|raid|shooting) involving|"
                      r"implicat(?:ing|ed|es)(?: as)?|signed by|(?:bore|bearing) the (?:name|signature|inscription|initials|logo|emblem) of|"
                      # "an inscription bearing the letters 'FLNC'", "a five-pointed star, symbol of the RAF"
                      r"(?:bore|bearing|with|reading) the (?:letters|words|initials)|(?:the )?(?:symbol|emblem|logo|insignia|hallmarks?) of|"
                      # "two men with alleged ties to the PKK", "the explosives belonged to ETA"
                      r"(?:alleged|suspected|reported|purported|close) (?:ties|links|connections) (?:to|with)|"
                      r"(?:explosives?|bombs?|devices?|weapons?|arms|detonators?|grenades?)\s+(?:\w+\s+){0,2}(?:belonged|belonging|belong|belongs) to|"
                      r"(?:pamphlets|leaflets|flyers|slogans|graffiti|banners|posters|communiqu[eé]s?|inscriptions?|literature|propaganda|"
                      r"manifesto|letters?|notes?) "
                      r"(?:of|from|by|for|marking|reading|bearing|signed by|naming|praising|(?:(?:left|found|painted|sprayed|scrawled|written) (?:\w+ ){0,4}?)?(?:referenc(?:ed|ing)|mention(?:ed|ing)|prais(?:ed|ing)|nam(?:ed|ing)))|"
                      r"claim(?:ed|ing) (?:the|this) (?:act|attack|bombing|killing|operation) (?:for|on behalf of)|"
                      r"(?:they|who|he|the attackers|the assailants|the gunmen|the bombers|the abductors|the kidnappers|the hijackers|"
                      r"the perpetrators|the suspects|the culprits) (?:were|was|are) (?:all )?(?:members|militants|supporters|cadres) of|"
                      # "the suspects, all members of the GIA", "the kidnappers, from the SPLA"
                      r"(?:suspects|attackers|assailants|gunmen|bombers|perpetrators|kidnappers|abductors|hijackers),\s+"
                      r"(?:(?:all|both) )?(?:(?:members|militants|supporters|cadres) of|from)|"
                      r"(?:terrorists|militants|guerrillas|men),\s+(?:all|both) (?:members|militants|supporters|cadres) of|"
                      # "the device resembled other devices used by the RAF"
                      r"(?:resembl\w+|similar to)[^.;]{0,60}? (?:used|made|planted|employed) by|"
                      r"(?:believed|suspected|thought|alleged|said) to have (?:had )?(?:ties|links|connections) (?:to|with)|"
                      r"on behalf of|in the name of|identif(?:y|ies|ied) (?:itself|themselves|himself|herself)(?: and (?:his|her|their) (?:accomplices|companions))? as(?: being(?: from| with)?)?|called (?:itself|themselves)|"
                      r"involvement in|(?:with|having) (?:links|ties) (?:to|with)|suggest(?:s|ing)?|indicat(?:es|ing)|point(?:s|ing) to|"
                      r"(?:the )?(?:attacker|bomber|gunman|assailant|perpetrator|hijacker|kidnapper)s? (?:is|was|are|were) (?:a |an )?"
                      r"(?:members? of|from)|(?:the )?(?:militants|guerrillas|gunmen|attackers) (?:were|are) from|"
                      r"(?:the )?(?:bomber|attacker|gunman|assailant|perpetrator|hijacker|kidnapper),\s+an?(?:\s+member of(?:\s+the)?)?|"
                      r"(?:an? |the )?(?:area|region|zone|territory) (?:\w+ )?(?:controlled|dominated|held) by|"
                      r"history of|"
                      r"(?:the )?words,?|described as|(?:believed|thought|said to be) members of|(?:suspected|presumed) to be|"
                      r"(?:believed|thought|said|suspected|reported) to be (?:from|associated with|affiliated with|linked to|connected to)|"
                      r"participation (?:\w+ ){0,3}by|(?:most )?(?:likely|probable|possible) (?:perpetrators?|culprits?) (?:is|are|was|were)|"
                      # "the only militant group that targets civilians in the area is X"
                      r"the only (?:[\w-]+ ){0,3}(?:group|force|organi[sz]ation|faction)[^.;]{0,80}? (?:is|was|are)|"
                      r"(?:it is|it was|is|was) (?:widely )?(?:believed|thought|suspected) that|"
                      r"claims? of responsibility (?:by|from)|blaming|attribut(?:e|es|ing)(?: \w+){0,3} to|"
                      # "armed men who left leaflets identifying them as members of X"
                      r"(?:held |being held )?(?:as )?(?:a )?(?:prisoners?|hostages?|captives?) of|(?:had been|have been|were|was|being) held by|(?:was|were) (?:driven|parked|delivered) by(?: members of)?|(?:was|were) (?:planted|placed) by members of|identifying (?:them|themselves|him|himself|her|it|the \w+) as|identified (?:their|its|his) (?:group|organi[sz]ation) as|"
                      r"(?:reported|said|identified|known|claimed) (?:to be|as)(?: (?:a )?members? of)?|credited to|claimed by|"
                      r"accused|linked to|affiliated with|allegedly belonging to|attributed (?:\w+ ){0,3}to|fingered|"
                      # "this attack has been associated with Dev Sol"
                      r"(?:has been|have been|was|were|is|are) associated with|"
                      r"blam(?:e|es|ed|ing) (?:\w+ ){0,3}on|pinned (?:\w+ ){0,3}on|held (?:\w+ ){0,2}responsible|"
                      r"(?:the )?handiwork of|(?:the )?work of|campaign (?:\w+ ){0,2}by|claim(?:ing|ed|s)? to (?:belong to|be from|"
                      r"represent|be (?:a )?members? of|be)|warnings? from|with the name(?: of)?|(?:claimed|carried out|signed) in the name of|on behalf of|"
                      # "Pamphlets were found nearby claiming the act for Movimiento Peronista"
                      r"claiming (?:the|this) (?:act|attack|bombing|blast|explosion|action|operation) for|"
                      r"identified themselves (?:as|at)(?: members of)?|"
                      # "The men were heard to yell that they were the Revolutionary Army", "a warning call, issued by ETA"
                      r"(?:yell(?:ed)?|shout(?:ed)?|cr(?:y|ied)|announc(?:e|ed)|declar(?:e|ed)) that they were(?: members of)?|"
                      r"(?:warning|call|message|statement|communiqu[eé])s?,? (?:issued|made|sent|placed|signed) by|"
                      # "responsibility has been claimed by several groups, including the X", "in retaliation by X",
                      # "a group called X" after "belonged to", placards belonging to X, an organisation X controls
                      r"claimed by (?:[\w,]+ ){0,3}including|retaliation by|(?:said|saying|claimed|claiming) (?:that )?(?:they|he|she) belong(?:s|ed)? to|"
                      r"(?:placards?|banners?|flags?|posters?|slogans?|leaflets?|pamphlets?) belonging to|"
                      r"(?:organi[sz]ation|group|faction|cell) (?:controlled|run|directed|financed|funded|sponsored) by|"
                      r"the (?:two|three|four|five|six)(?: men| suspects| attackers| assailants)? (?:were|are) (?:all )?members of)"
                      r"\s+(?:(?:(?:the|a|an)\s+)?(?:(?:members?|supporters|sympathi[sz]ers|followers|"
                      r"militants|cadres|(?:military|armed) wing|a faction|a cell|a unit|(?:[\w-]+ )?(?:militia|wing|faction|cell|unit|branch|arm)) of (?:the )?|"
                      r"(?:militants|members|fighters|guerrillas|rebels|gunmen) from (?:the )?|"
                      # "attribute the attack to the 41st Front of the FARC"
                      r"(?:[\w'’-]+ ){1,3}(?:fronts?|columns?|battalions?|brigades?|blocs?|blocks?|company|command|squads?|"
                      r"detachments?|commandos?) of (?:the )?|"
                      r"part of (?:the )?|(?:this|that|the) (?:organi[sz]ation|group),\s+(?:the\s+)?|"
                      r"(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|movement|faction),?\s+(?:called\s+|"
                      r"calling (?:itself|themselves)\s+|known as\s+)?(?:the\s+)?)?(?:(?:clandestine|outlawed|banned|illegal|underground|"
                      # "affiliated with the leftist Sinhalese JVP", "symbol of the ultraleft Red Army Faction"
                      r"little-known|ultra-?left(?:ist)?|leftist|left-wing|rightist|right-wing|radical|extremist|marxist|maoist|"
                      r"separatist|militant|islamist|rival)\s+|"
                      # "the work of left-wing terrorists, the Turkish People's Liberation Army"
                      r"(?:terrorists|guerrillas|rebels|militants|extremists|separatists),\s+(?:the\s+)?)?){0,2}['\"‘“]?$", re.I)
# "claimed by the group led by Abu Musab al-Zarqawi, Tanzim Qa'idat ...": the name after its description
_CLAIMED_BY_DESCRIBED = re.compile(
    r"(?:(?:\b(?:claimed|carried out|kidnapped|abducted|killed|executed|beheaded|murdered|seized|taken|held|attacked|ambushed) by (?:the |a )?(?:[\w-]+ ){0,3}(?:group|organi[sz]ation|movement|faction|network)\b"
    r"[^.;:,]{0,80}|"
    # "The group responsible for the attack, the FLEC-R, ..."
    r"\b(?:group|organi[sz]ation|faction|movement) (?:responsible|behind (?:the|this|these) \w+)(?: for [^,.;]{0,40})?)"
    r",\s*(?:the\s+)?|"
    # "The attacker that most probably belong to Al-Qaeda"
    r"\b(?:attackers?|assailants?|gunm[ae]n|bombers?|perpetrators?|kidnappers|culprits|hijackers|guerrillas|militants|rebels|"
    r"terrorists)\b[^.;]{0,30}?\bbelong(?:s|ed|ing)? to\s+"
    # "the guerrillas belong to a PLO faction"
    r"(?:an?\s+(?:[\w-]+\s+)?(?:group|organi[sz]ation)\s+(?:called|named|known as)\s+(?:the\s+)?|the\s+|an?\s+)?|"
    # "Authorities attribute a dynamite attack on the pipeline near the town to the FARC"
    r"(?:\battribut(?:e|es|ed|ing)\b[^.;]{0,120}?\bto|\bblam(?:e|es|ed|ing)\b[^.;]{0,120}?\bon)\s+(?:the\s+)?"
    # "... to a leftist guerrilla group, possibly the Shining Path"
    r"(?:an?\s+(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|movement)\s*,?\s+(?:possibly|probably|likely|perhaps|most likely)\s+"
    r"(?:the\s+)?)?"
    # "... to the 41st Front of the FARC"
    r"(?:(?:[\w'’-]+\s+){1,4}(?:fronts?|columns?|battalions?|brigades?|blocs?|blocks?|company|command|squads?|networks?|cells?|"
    r"units?)\s+of\s+(?:the\s+)?)?)$",
    re.I)
# "it is unlikely that X is responsible", "police ruled out X": no blame
_NOT_BLAMED = re.compile(r"\b(?:unlikely|not|no evidence|doubt(?:ed|s|ful)?|denied|ruled out|rejected|dismissed)\b[^.;]{0,40}$", re.I)
_QUALIFIER_TAIL = re.compile(r"(?:[\w'’-]+[\s-]+)(?:linked|affiliated|backed|allied|aligned|inspired)\s+(?:group\s+)?$", re.I)
# "an alleged NPA fighter was killed by soldiers": the suspected member is the one harmed
_SUSPECT_HARMED = re.compile(r"\s+(?:fighters?|members?|militants?|rebels?|guerrillas?|commanders?|leaders?|cadres?)\s+(?:was|were)\s+"
                             r"(?:\w+ly\s+)?(?:killed|shot|wounded|injured|neutrali[sz]ed)\b", re.I)  # (not arrested: RAND codes their group)
_SIDE_SUSPECT = re.compile(r"\b(?:clash(?:ed|es)?|fought|fighting|battled?|battles|engaged|exchanged fire)\s+(?:with|against)\s+"
                           r"(?:the\s+)?(?:suspected|alleged|presumed)\s+$", re.I)
_OBJECT_SUSPECT = re.compile(r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|nabbed|apprehended|captured|held|killed|killing|shot dead|"
                             r"neutrali[sz]ed|rounded up)\s+(?:\w+\s+){0,3}(?:suspected|alleged)\s+$", re.I)
# "ETA was suspected", "the PKK is believed responsible": the cue after the name
_SUSPECT_AFTER = re.compile(r"['’\"”]?(?:/[\w-]+)?(?:\s+(?:organi[sz]ation|group|movement|front|command|commandos?|brigades?|members|"
                            r"militants|guerrillas|rebels|fighters|cadres|hit squad|squad|unit|cell|gang|team|sympathi[sz]ers|"
                            r"supporters|loyalists|followers|operatives|elements))?(?:\s*\))?"
                            # "Dev Sol or Turkish Kurdish sympathisers were suspected"
                            r"(?:\s+or\s+(?:[\w-]+\s+){1,4}?(?=(?:is|was|were|are)\s))?"
                            r"\s*(?:\([^)]{1,40}\)\s*)?(?:,\s*(?:who|which|an?|the|along with|together with|acting with|working with|in league with)\s[^,;.]{1,80},\s*)?(?:(?<=\))\s*,\s*)?(?:(?:is|was|were|are|has been|had been|have been)\s+(?:being\s+)?(?:widely\s+|also\s+|"
                            r"strongly\s+|heavily\s+|initially\s+|highly\s+|later\s+|subsequently\s+)?(?:suspected|believed (?:to be |to have been )?responsible|blamed|"
                            # "Members of X were later convicted"
                            r"convicted\b|found guilty\b|"
                            r"thought (?:to be )?responsible|held responsible|believed to be behind|suspected of|behind (?:the|this|these|both)\b|"
                            r"(?:probably |likely |presumed |presumably |directly |allegedly |reportedly |apparently |possibly )?(?:responsible\b|involved in))|"
                            # "officials believe the MRTA to have been responsible", "X may be responsible for"
                            r"to (?:have been|be) responsible|"
                            # where the group operates: "Al-Mahdi Army's stronghold in Sadr city is not far from the area",
                            # "an area of extensive Mahdi Army activity", "X is the most prominent militant group in the area"
                            r"['’]s\s+strong ?holds?\b|\s+(?:activity|presence|operates|is active)\b|"
                            r"\s+(?:is|was) the (?:most (?:prominent|active)|main|dominant) (?:[\w-]+ )?(?:group|force|organi[sz]ation)\b|"
                            # "M-19 had been written in the dust on a window"
                            r"\s*(?:had been|has been|was|were) (?:written|painted|sprayed|scrawled|daubed|inscribed)\b|"
                            # "Several Sendero Luminoso members were arrested in connection with the bombing", "the X group later
                            # admitted to holding the two men", "the ELN released him after holding him hostage"
                            r"\s+members? (?:were|was) arrested in connection with|(?:\s+group)?\s+(?:later\s+)?admitted\b|"
                            r"\s+released (?:him|her|them|the \w+) after holding|"
                            # "The Patriotic Union of Kurdistan released the two", "ETA has targeted transportation
                            # projects in the past"
                            r"\s+(?:later\s+)?(?:released|freed)\s+(?:the\s+)?(?:two|three|four|five|six|hostages?|captives?)\b|"
                            r"\s+(?:has|have) (?:\w+ )?(?:targeted|attacked|bombed)\b[^.;]{0,80}\bin the past\b|"
                            # "ammonal, a substance sometimes used by ETA, who the attack is being blamed on"
                            r",?\s*(?:who|whom|which) (?:the|this) (?:attack|bombing|blast|explosion|incident|killing) "
                            r"(?:is|was|has been) (?:being )?blamed on\b|"
                            # "four members of the FARC who are believed to be behind the attack were arrested"
                            r"\s*who (?:is|are|was|were) (?:believed|thought|suspected|said) to (?:be|have been) (?:behind|responsible)|"
                            # "a FARC planted roadside bomb", "an ETA-made device"
                            r"-?(?:planted|placed|laid|made)\s+(?:[\w-]+\s+){0,2}(?:bombs?|devices?|mines?|explosives?|IEDs?|charges?)|"
                            # "Al-Mahdi Army frequently operate in the area and is likely to be responsible for the attack"
                            r"[^.;]{0,60}?\band (?:is|are|was|were) (?:likely|probably|believed|thought|suspected) (?:to be |to have been )?responsible|"
                            # "Dev Sol suspected.", "the Mahdi Army is known to frequently attack security forces in the area"
                            r"suspected(?=\s*[.;,]|\s+(?:of|in)\b)|"
                            r"(?:is|are) known to (?:frequently |regularly |often |routinely |actively )?(?:attack|target|operate|carry out)\b|"
                            # "the Ansar al-Sunnah Army released a video showing the execution"
                            r"(?:(?:later|then|also)\s+)?(?:released|posted|issued|published|distributed|sent)\s+(?:a\s+|an\s+)?"
                            r"(?:video|statement|communiqu[eé]|tape|recording|photographs?)\b|"
                            # "ETA warned the authorities of the attack", "17 November had telephoned a warning"
                            r"(?:had )?(?:alerted|warned|notified|tipped off) (?:the )?(?:authorities|police)\b|gave (?:a |an |the )?(?:advance )?warning\b|(?:is|was|were|are) implicated\b|"
                            r"(?:is|was) the only (?:[\w-]+ ){0,3}(?:group|force|organi[sz]ation|faction)\b|(?:had )?(?:warned|telephoned|phoned|called)\s+(?:\w+\s+){0,3}?(?:a |the )?(?:warning|of the (?:attack|bomb|blast|"
                            r"explosion|device)|about the (?:attack|bomb|blast|explosion|device))|"
                            # "arrested members of the PKK and charged them with perpetrating this attack"
                            r"[^.;]{0,40}\b(?:charged|accused|convicted) (?:\w+ )?(?:with|of) (?:perpetrating|carrying out|committing|"
                            r"staging|planting|the (?:attack|bombing|killing|murder|kidnapping))|(?:however,?\s+)?(?:is|was|are|were) (?:considered|named as|regarded as|listed as|the) (?:a |the )?"
                            r"(?:prime |main |chief |possible |likely )?suspects?|(?:may|might|could) (?:have )?be(?:en)? responsible|"
                            # "the Revolutionary Struggle is behind the attack", "RIRA may be to blame"
                            r"(?:is|was|were|are) the (?:most )?(?:suspected|likely|probable|main|prime|chief) (?:perpetrators?|culprits?|attackers?|bombers?|"
                            r"gunmen|kidnappers|assailants|killers)\b|"
                            # "Revolutionary Struggle placed at least two phone calls after the attack to claim the blast"
                            r"\s+(?:placed|made) (?:\w+ ){0,3}(?:tele)?(?:phone )?calls?\b[^.;]{0,40}\bto claim\b|"
                            r"(?:is|was|were|are|may be|might be|could be|may have been|might have been|could have been) (?:probably |likely |also )?"
                            r"(?:behind|to blame)\b|(?:is|are|was|were) (?:believed|thought|suspected) to (?:be )?behind\b|"
                            # "the ALF boasted about the arson", "One of the IRA letter bombs was discovered"
                            r"\s*boasted\b|\s+(?:letter |car |parcel |pipe |time |nail |roadside )?bombs?\b)\b", re.I)
# "a device filled with ELN pamphlets", "FLNC slogans were painted": the group's own signature
_SIGNATURE_AFTER = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:(?:left|leaving|distributed|scattered|dropped|signed)\s+"
                              r"(?:\w+\s+){0,2})?(?:operation\b|markings|pamphlets?|leaflets?|flyers?|slogans?|graffiti|banners?|posters?|flags?|"
                              r"communiqu[eé]s?|inscriptions?|initials|symbols?|logos?|emblems?)\b", re.I)
# "conducted an airstrike", "detonated an IED": the noun is the act, and the verb's subject did it
_LIGHT_VERB = re.compile(r"\b(?:engaged in|became embroiled in|were involved in|was involved in|fought|conducted|carried out|launched|staged|mounted|executed|detonated|planted|fired|threw|planned|"
                         r"orchestrated|organi[sz]ed|masterminded|perpetrated|committed|ordered|led|set up|laid|prepared|attempted|failed in|"
                         r"hurled|set off|triggered|exploded|lobbed|placed|put|left|hid|sent|mailed|attached|used)\s+(?:an?|the|this|these|\d+|two|three|four|five|"
                         r"six|seven|eight|nine|ten|eleven|twelve|several|multiple|some|dozens of)\s+(?:[\w-]+\s+){0,2}$|"
                         # "members of the November 17th group placed bombs under the cars"
                         r"\b(?:planted|placed|laid|hurled|threw|set off|detonated|fired)\s+$|"
                         # "the FARC used rifles to shoot two officers"
                         r"\b(?:used|using)\s+(?:[\w-]+\s+){1,3}to\s+$",
                         re.I)
# "attacked a bus with a cylinder bomb": the weapon of the clause's verb, whose subject acted
_INSTRUMENT = re.compile(r"\b(?<!ed )(?:with|using|by means of)\s+(?!the\b|this\b|that\b|its\b|their\b)"
                         r"(?:(?:an?|\d+|two|three|four|five|several|some)\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# "planted by the ETA" anywhere in the sentence: the agent of a violent act
_AGENT_BY = re.compile(r"\b(?P<hedge>(?:supposedly|allegedly|reportedly|apparently|possibly|probably|presumably)\s+)?"
                       r"(?:planted|placed|carried out|perpetrated|committed|staged|set off|detonated|masterminded|mailed|posted|"
                       r"launched|fired|thrown|hurled|kidnapped|abducted|attacked|killed|shot|ambushed|bombed|"
                       r"torched|executed|murdered|assassinated|seized|hijacked|taken|blown up|destroyed|burned|burnt|"
                       r"(?:were|was|been) (?:later )?(?:released|freed)|"
                       r"set on fire|claimed|recruited|equipped|sent|trained|financed|directed|started|set|caused)"
                       r"(?:\s+(?:down|up|out|again|hostage|captive|deliberately|intentionally))?"
                       # "planted on a luggage rack in the bus by the LTTE": a place between the participle and its agent
                       r"(?:\s+(?:on|in|at|near|under|inside|outside|along|beside|behind)\s+(?:an?|the)\s+[\w'’ -]{1,50}?)?"
                       r",?\s+(?P<hedge2>(?:allegedly|reportedly|apparently|possibly|probably|"
                       r"presumably|supposedly)\s+)?by\s+(?:the\s+)?(?:(?:members?|militants|fighters|guerrillas|cadres|supporters|sympathi[sz]ers|followers|a unit|"
                       r"a cell|a commando) of\s+(?:the\s+)?|an?\s+(?:[\w-]+\s+){0,2}(?:group|organi[sz]ation|movement|faction)\s+"
                       r"(?:called|calling itself|known as|named)\s+(?:the\s+)?)?"
                       r"(?:[\w]+-(?:backed|based|controlled|linked|led|sponsored|supported)\s+)?$", re.I)
# "In a kidnapping incident at a plant, ...", "Using two bombs, ...": a phrase before the main clause
_INTRO_PHRASE = re.compile(r"\W*(?:using|with|in|during|after|following|armed with)\b[^,]*$", re.I)
_WHEN_CLAUSE = re.compile(r"\b(?:when|as)\s+(?P<hedge>(?:suspected|alleged|presumed)\s+)?"
                          r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+(?=members of))?"
                          r"(?:(?:members of|armed|heavily armed|(?:forces|fighters|militants|gunmen|rebels|insurgents)\s+"
                          r"(?:with|of|from|belonging to)(?:\s+the)?)\s+)?"
                          r"(?:the\s+)?", re.I)
_UNIT_NAME = re.compile(r"\b(?:Fronts?|Columns?|Company|Battalions?|Blocs?|Blocks?|Units?|Commandos?|Brigades?)$")
# a fight set off by the act the main clause tells: "..., triggering a gunfight", "sparking heavy fighting"
_CONSEQUENCE = re.compile(r",\s+(?:triggering|sparking|prompting|provoking|setting off|leading to|resulting in)\s+"
                          r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "a tea shop frequented by soldiers": the "by" of another verb than the act's
# (not "used by", "headed by": "those used by Sendero Luminoso", "a group headed by Abu Nidal" name the author)
# "regime forces' aircraft dropped", "the army's drones struck": a state's weapon, whose owner is the actor
_OWNED_WEAPON = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:aircraft|jets?|warplanes?|helicopters?|gunships?|drones?|artillery|"
                           r"tanks?|warships?|missiles?|rockets?)\b", re.I)
_OTHER_BY = re.compile(r"\b(?:frequented|owned|guarded|manned|visited|attended|patrolled|staffed|inhabited|rented|"
                       r"protected|escorted|reported|heard|witnessed|seen|filmed|recorded|described|confirmed|"
                       # "intercepted by police", "detained by police": who held the victims, not who did the act
                       r"intercepted|detained|arrested|held|caught|handed over)\s+by\s+(?:the\s+)?(?:local\s+)?$", re.I)
_AT_THE_ATTACKERS = re.compile(r"\s+(?:(?:back\s+)?(?:at|on|upon)\s+)?the\s+(?:fleeing\s+)?(?:attackers|assailants|gunmen|raiders|"
                               r"perpetrators|culprits|militants|insurgents)\b", re.I)
_PACT = re.compile(r"\b(?:sign\w*|agree\w*|accords?|treaty|deal|ceasefire|cease-fire|truce|pact)\b", re.I)
# "FAMa troops supported by Wagner Group fighters entered": the ally, with no commas around it
_SUPPORTED_BY = re.compile(r"\s+(?:supported|backed|accompanied|aided|assisted|reinforced)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}")
_ALLY_NO_COMMA = re.compile(r"(?:\s+(?:troops|forces|soldiers|fighters|militants|rebels|units|militiamen))?\s+(?:supported|backed|"
                            r"accompanied|aided|assisted|reinforced)\s+by\s+(?:the\s+)?")
_JOINED = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:and|as well as|together with)\s+(?:the\s+)?"
                     r"(?:(?:allied|renegade|rogue|dissident|breakaway|affiliated|local)\s+(?:[A-Z][\w'’-]+\s+)?)?")
_CLASH_WORD = re.compile(r"\b(?:clash(?:es|ed)?|gun ?battles?|fire ?fights?|shoot-?outs?|encounters?|fighting|fought|battled|exchange of fire|"
                         r"(?:exchanged|traded) (?:[\w-]+ ){0,4}?(?:fire|gunfire|shots))\b", re.I)
_BY_GROUP = re.compile(r"(?:\bby\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|movement|faction),?\s+"
                       r"(?:(?:that|which|who)\s+(?:identified|described|called)\s+(?:itself|themselves)(?:\s+as)?\s+|called\s+|"
                       r"calling\s+itself\s+|known\s+as\s+)?(?:the\s+)?|"
                       r"\b(?:raid|attack|ambush|assault|operation|kidnapping|bombing)(?:\s+[\w-]+){0,3}\s+by\s+(?:the\s+)?)$", re.I)
_CLASH_BETWEEN = re.compile(r"\b(?:between|pitting)\s+$", re.I)
_OF_PREP_MODIFIED = re.compile(r"\b(?:of|for|from|against|on|with|near|to|at|into)\s+(?:the|an?|his|her|their|its)\s+(?:[\w-]+\s+){1,2}$",
                               re.I)
_OF_PREP = re.compile(r"\b(?:of|for|from|against|on|with|near|to|as|at)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?$", re.I)
# "the Armed Communist League, a small guerrilla group, hijacked": an appositive between the name and the verb
_APPOSITIVE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:a|an|the|which is|who are)\s[^,;:()]{1,80},\s*"
                         r"(?:(?:\w+ly|also|then|later|reportedly|allegedly)\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|after|when|as|before)\b|\b(?:but|however|while|when)\b", re.I)
# the opening and the close of an aside about a named group: "X, the armed faction of [Y], fired", "X, which is
# affiliated with [Y], claimed"
_ASIDE_BEFORE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:the|a|an|which is|which was|who are|believed|thought|"
                           r"said|allegedly|reportedly)\b[^,;:()]{0,60}", re.I)
_ASIDE_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?!\.\s)[^,;:()]){0,60},")  # (within the sentence)
# an ally in an aside after the actor: "Mozambican forces, supported by Rwandan troops, retook", "the army,
# alongside Eritrean troops, took control": the actor is the one before it
# the verbs that name an ally after the actor ("troops backed by Wagner fighters")
_BACKED = r"supported|backed|aided|assisted|reinforced|accompanied"
_ALLY_BEFORE = re.compile(rf"\s*(?:\([^()]{{1,30}}\)\s*)?,\s*(?:(?:(?:{_BACKED}|"
                          r"joined|helped)\s+by|alongside|along with|together with|including|among them|in (?:coordination|cooperation|"
                          r"conjunction) with|with (?:the )?(?:support|help|backing|assistance) of)\b)[^,;:()]{0,70}", re.I)
_ALLY_INLINE = re.compile(rf"\s+(?:{_BACKED})\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}", re.I)
_SPEAKER_AFTER = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:said|says|told|reported|added|stated|announced|confirmed|"
                            r"noted|claimed)\b[^,;]{0,40}[.]?\s*$", re.I)
_FLEEING = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )\b(?:fleeing|escaping(?: from)?|evading|pursued by|chased by|hunted by|wanted by|sought by|"
                      r"(?:intercepted|detained|arrested|captured|caught|held|handed over|rescued) by)\s+"
                      r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
_OWNED_THING = re.compile(r"\s+(?:(?:road|construction|water|power|district|administrative|regional|local|office|storage|field|country)\s+){0,2}(?:buildings?|offices?|projects?|roads?|vehicles?|cars?|property|installations?|"
                          r"facilit(?:y|ies)|schools?|hospitals?|headquarters|compound|depot|warehouses?|banks?|complex|"
                          r"premises|plants?|sites?|camps?)\b")
# past tenses that do not end in -ed: "FARC rebels from the Mariscal Sucre blew up a pylon" (a verb, not a noun)
# what a device's victim does to it: "hit an IED", "stepped on a landmine", "drove over a mine"
_VICTIM_OF_DEVICE = re.compile(r"\b(?:hit|struck|ran (?:over|into)|stepped on|stepping on|trod on|treading on|drove (?:over|onto|into)|"
                               r"triggered)\s+(?:an?|the|two|three)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PAST_IN_EED = frozenset("agreed freed decreed guaranteed refereed".split())  # (not "greed", "need", "deed")
_IRREGULAR_PAST = frozenset("blew shot threw struck hit set stole tore took burnt slew fought overran".split())
_DRESS = re.compile(r"\s+(?:uniforms?|fatigues|clothes|clothing|attire|garb)\b", re.I)
# "gunmen with al-Shabaab", "rebels from the FARC", "guerrillas belonging to the ELN": the group names the generic noun
_GENERIC_OF_NAMED = re.compile(r"^\s+(?:with|of|from|belonging to|loyal to|linked to|affiliated (?:with|to)|fighting (?:for|with)|who (?:belong|belonged) to|"
                               r"who (?:are|were) (?:members|part) of|who (?:identified|described|called) themselves as(?: members of)?|"
                               r"calling (?:itself|themselves)|called|known as|identified as|"
                               r"who (?:said|claimed) (?:they|he) (?:were|was)(?: members of)?|who claimed to be(?: members of)?|"
                               # "three gunmen believed to belong to the ZAPU"
                               r"(?:who (?:are|were) )?(?:believed|thought|said|suspected) to (?:belong to|be members of|be from))\s+(?:the\s+)?"
                               r"(?:(?:[\w'’-]+\s+){1,5}(?:of|belonging to)\s+(?:the\s+)?)?$", re.I)
# "kidnapped by Tigrean rebels, possibly the TPLF": the group the writer guesses at
_GENERIC_MAYBE_NAMED = re.compile(r"^\s*,?\s*(?:possibly|probably|apparently|presumably|likely|believed to be|thought to be|"
                                  r"suspected to be|reportedly)\s+(?:members of\s+)?(?:the\s+)?$", re.I)
# "the Luis Carlos Cardenas Front of the ELN", "the 27th Front of the FARC": a named unit of the group
_UNIT_OF = re.compile(r"(?:[A-Z0-9][\w'’-]*)\s+(?:Fronts?|Columns?|Battalions?|Company|Command|Blocs?|Blocks?|Brigades?|Units?|"
                      r"Commandos?|Cells?|Squads?|Detachments?|Divisions?|Groups?)"
                      r"(?:,\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Blocs?|Blocks?|Columns?|Command|Divisions?),)?\s+of\s+(?:the\s+)?$")
# "policemen died", "two soldiers perished": the subject of a verb of dying is its victim
_DYING = frozenset({"died", "die", "dies", "perished"})

_CATEGORIES: list[tuple[str, re.Pattern[str]]] = [
    ("captives", re.compile(r"\b(?:captives?|hostages?|prisoners?|detainees?|abductees?|held captive)\b", re.I)),
    ("journalists", re.compile(r"\b(?:journalists?|reporters?|photographers?|cameram[ae]n)\b", re.I)),
    ("aid workers", re.compile(r"\b(?:aid workers?|humanitarian|health workers?|polio (?:workers?|vaccinators?)|vaccinators?|NGO workers?)\b", re.I)),
    ("police", re.compile(r"\b(?:police|policem[ae]n|policewom[ae]n|constables?|police officers?|cops?|levies|checkpoint|police station)\b", re.I)),
    ("security forces", re.compile(r"\b(?:soldiers?|troops?|army|military|security forces|security personnel|paramilitar\w*|jawans?|"
                                   r"frontier corps|rangers|convoy|checkpost|border guards?|militiam[ae]n|forces)\b", re.I)),
    ("government", re.compile(r"\b(?:officials?|government|ministers?|governor|mayor|lawmakers?|legislators?|MLA|MP|councill?ors?|"
                              r"politicians?|candidates?|election|polling)\b", re.I)),
    ("religious", re.compile(r"\b(?:mosques?|churches|church|temples?|shrines?|worshippers|clerics?|imams?|priests?|pilgrims?|monks?|madrassas?)\b", re.I)),
    ("education", re.compile(r"\b(?:schools?|students?|(?:school)?teachers?|pupils?|lecturers?|professors?|universit(?:y|ies)|college|schoolgirls?|schoolchildren)\b", re.I)),
    ("business", re.compile(r"\b(?:shops?|market|bazaar|businessm[ae]n|traders?|shopkeepers?|hotel|restaurant|bank|company|contractors?|"
                            r"factory|employees)\b", re.I)),
    ("infrastructure", re.compile(r"\b(?:bridge|towers?|pipeline|power (?:line|pylon|station)|railway|rail track|gas pipeline|dam)\b", re.I)),
    ("civilians", re.compile(r"\b(?:civilians?|people|villagers|passengers|residents|children|women|men|family|families|farmers?|"
                             r"worker|workers|labou?rers|man|woman|boy|girl|child|tribesm[ae]n|persons?|commuters)\b", re.I)),
]


_PARTY_PERSON = re.compile(r"\b(?:administrators?|officials?|members?|leaders?|supporters?|activists?|candidates?|chairm[ae]n|"
                           r"organi[sz]ers?|coordinators?|agents?|chiefs?|treasurers?|"
                           r"secretar(?:y|ies)|workers?|heads?|representatives?|spokesm[ae]n|councill?ors?|politicians?)\s+of\s+"
                           r"(?:the\s+)?(?:ruling\s+|opposition\s+|local\s+)?$", re.I)
_PARTY = re.compile(r"\b(?:Party|League|Congress)\b")
_PARTY_PERSON_AFTER = re.compile(r"\s+(?:(?:ward|local|district|municipal|regional|provincial|youth|branch)\s+){0,2}"
                                 r"(?:councill?ors?|mayors?|chairm[ae]n|chairpersons?|candidates?|politicians?|"
                                 r"lawmakers?|legislators?|MPs?|parliamentarians?)\b", re.I)


def target_category(text: str) -> str | None:
    for name, rx in _CATEGORIES:
        if rx.search(text):
            return name
    return None


@dataclass(slots=True)
class Arguments:
    perpetrator: Actor | None = None
    perpetrator_modality: str = "asserted"  # asserted | alleged | claimed
    target: Actor | None = None
    second_side: Actor | None = None  # for clashes


def to_actor(text: str, m: ActorMatch, field: str = "text") -> Actor:
    span = Span(m.start, m.end, text[m.start:m.end], field)
    e = m.entry
    return Actor(text=span.text, canonical=e.canonical, actor_type=e.actor_type, span=span, country=e.country,
                 category=target_category(span.text) or ({1: "security forces", 6: "protesters", 7: "civilians"}.get(e.actor_type)))


def read_arguments(text: str, s_start: int, s_end: int, trig_start: int, trig_end: int,
                   actors: list[ActorMatch]) -> Arguments:
    """Perpetrator and target of the trigger ``text[trig_start:trig_end]`` within one sentence."""
    if not actors:
        return Arguments()
    # "the al-Qaeda-linked Tanzim ...", "Fatah-linked Al Aqsa Martyrs Brigades": the second name is the actor
    actors = without_qualifiers(text, actors)
    args = _read_arguments(text, s_start, s_end, trig_start, trig_end, actors)
    for fallback in _FALLBACKS:  # no perpetrator by the trigger's own place: other places a sentence names one
        if args.perpetrator is not None:
            break
        found = fallback(text, s_start, s_end, trig_start, trig_end, actors)
        if found is not None:
            args.perpetrator = to_actor(text, found[0])
            args.perpetrator_modality = found[1]
    return args


_STATE_MODIFIERS = frozenset({"military", "army", "air force", "navy", "police", "government"})
_STRIKE_NOUN = re.compile(r"(?:drone |air ?)?(?:strikes?|raids?|airstrikes?|bombardments?|shelling)\b", re.I)


def _armed(a: ActorMatch) -> bool:
    return not a.entry.generic and a.entry.actor_type in (2, 3, 4)


# an actor right after a verb of the subject's, then more of its acts: "..., overpowered the police, freed 500 inmates
# and took control of the town"
_OBJECT_OF_VERB = re.compile(r"\b(?!(?:by|of|and|with|from|to|for|as)\b)[a-z]+(?:ed|ok|ew|ought|an|ot)\s+(?:the\s+|a\s+|an\s+|local\s+)?$")
_SERIES_AFTER = re.compile(r"[^.;]*?(?:,\s+[a-z]+ed\b|\s+and\s+[a-z]+(?:ed|ok)\b)")


def _main_clause_subject(text, s_start, s_end, trig_start, trig_end, actors):
    """"Using two pressure-cooker bombs, members of the CPN-M bombed ...": the main clause's subject."""
    comma = text.find(",", trig_end, s_end)
    if comma < 0 or not _INTRO_PHRASE.match(text, s_start, trig_start):
        return None
    for a in actors:
        if a.start > comma and _armed(a) \
                and re.match(r"\s*(?:\([^)]{1,30}\)\s*)?(?:\w+\s+){0,2}?(?:\w+ed|took|blew|threw|shot|set|hit|stole|held|"
                             r"burnt|overran|broke|led|fought)\b", text[a.end:s_end]) \
                and (not _OF_PREP.search(text[max(s_start, a.start - 20):a.start])
                     or re.search(r"\b(?:members|militants|fighters|cadres|guerrillas|rebels) of (?:the )?$",
                                  text[max(s_start, a.start - 30):a.start], re.I)):
            return a, "asserted"
    return None


def _when_clause_agent(text, s_start, s_end, trig_start, trig_end, actors):
    """"Two engineers were killed when suspected MNLF militants ambushed a convoy": the subject of the clause after a
    passive trigger."""
    if not (PASSIVE_AUX.search(text, max(s_start, trig_start - 40), trig_start)
            or re.match(r"(?:was|were|been)\s", text[trig_start:trig_end], re.I)):
        return None
    for a in actors:
        if a.start < trig_end or not _armed(a):
            continue
        lead = _WHEN_CLAUSE.search(text, trig_end, a.start)
        if lead is not None and lead.end() == a.start and re.match(r"\s*(?:\w+\s+){0,2}?\w+ed\b", text[a.end:s_end]):
            return a, "alleged" if lead.group("hedge") else "asserted"
    return None


def _named_by_generic(text, s_start, s_end, trig_start, trig_end, actors):
    """"Four hijackers, who identified themselves as members of the PLF": the group a generic noun names."""
    for a, b in zip(actors, actors[1:], strict=False):
        if a.entry.generic and a.entry.actor_type in (2, 3) and _armed(b) and b.start - a.end <= 70 \
                and _GENERIC_OF_NAMED.match(re.sub(r"^,", "", text[a.end:b.start])):
            return b, "asserted"
    return None


def _agent_anywhere(text, s_start, s_end, trig_start, trig_end, actors):
    """"An explosive device, supposedly planted by ETA, was found": the agent of a violent participle anywhere;
    "... by the left-wing group Dev Sol", "taken in a raid last Thursday by the TPLF"."""
    for a in actors:
        if not _armed(a):
            continue
        if _DURING_ITS.search(text, max(s_start, a.start - 12), a.start) and _ITS_RAID.match(text, a.end):
            return a, "asserted"  # "kidnapped during FARC raids of three hamlets"
        m = _AGENT_BY.search(text, max(s_start, a.start - 60), a.start)
        if m is not None and m.end() == a.start:
            return a, "alleged" if m.group("hedge") or m.group("hedge2") else "asserted"
        m = _BY_GROUP.search(text, max(s_start, a.start - 70), a.start)
        if m is not None and m.end() == a.start:
            return a, "asserted"
    return None


def _holding_trigger(text, s_start, s_end, trig_start, trig_end, actors):
    """"A Hamas suicide bomber", "a Turkish drone": the trigger inside a named group's or a state's own phrase."""
    for a in actors:
        if a.start < trig_start and trig_end <= a.end and (_armed(a) or a.entry.actor_type in (1, 8) and not a.entry.generic):
            return a, "asserted"
    return None


_IN_CONTROL = re.compile(r"(?:now\s+|firmly\s+)?in\s+(?:full\s+)?control\b", re.I)
_BY_IN_TRIGGER = re.compile(r"\b(?:by|from|(?:fell|fallen|falls)\s+to|(?:deployment|redeployment|arrival)\s+of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _agent_in_trigger(text, s_start, s_end, trig_start, trig_end, actors):
    """"a student was picked up by security forces", "the town fell to M23 rebels": the agent the trigger's own words
    name."""
    for a in actors:
        if trig_start < a.start < trig_end and _BY_IN_TRIGGER.search(text, trig_start, a.start) \
                and (a.entry.actor_type in (1, 2, 3, 4, 8) and not a.entry.generic or a.entry.actor_type == 1):
            return a, "asserted"
    return None


_DURING_ITS = re.compile(r"\b(?:during|in)\s+(?:an?\s+|the\s+)?$", re.I)
_ITS_RAID = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:rebels?\s+|guerrillas?\s+|militants?\s+)?(?:raids?|attacks?|offensive|assaults?|"
                       r"ambush(?:es)?|incursions?)\b", re.I)
# the opening of a clause whose subject acts: the sentence's start (after "On 4 May 2024,"), or a clause opener
_CLAUSE_OPENING = re.compile(r"(?:^\W*(?:(?:on|in|at|during|late on|early on|overnight on|around|shortly after)\b[^,]{0,40},\s*)?"
                             r"|\b(?P<opener>when|after|as|while|before)\s+)(?:the\s+)?$", re.I)
# what may stand between a clause's subject and its verb: allies listed, its men or its aircraft
_SUBJECT_TAIL = re.compile(r"(?:'s?)?(?:\s*,?\s+(?:and|or)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?|\s*,\s*[A-Z][\w-]*"
                           r"|\s+(?:troops|soldiers|fighters|militiamen|militants|units|jets|aircraft|warplanes|drones|"
                           r"helicopters?|gunships?|forces|artillery|personnel|men|members|combatants))*"
                           r"\s+(?:(?:also|reportedly|allegedly|then|later)\s+)?(?P<verb>attacked|ambushed|raided|stormed|"
                           r"bombed|shelled|struck|dropped|fired|launched|overran|seized|captured|took\s+control|"
                           r"(?:re-?)?entered|abducted|kidnapped|killed|burned|torched|opened\s+fire)\b")
# what ends the subject's clause between its verb and a trigger: a comma or stop, a clause opener, a relative pronoun
_ANOTHER_CLAUSE = re.compile(r"[,.;:]|\b(?:as|when|while|after|before|because|who|which|but|however)\b", re.I)


def _clause_subject(text, s_start, s_end, trig_start, trig_end, actors):
    """"On 11 April 2023, Myanmar military jets and a helicopter gunship attacked a crowd", "MNDAA, TNLA and AA
    fighters took control of": the named subject opening the trigger's clause, before its violent verb."""
    for a in actors:
        if a.start >= trig_end or a.entry.generic or a.entry.actor_type not in (1, 2, 3, 4):
            continue
        opening = _CLAUSE_OPENING.search(text[s_start:a.start])  # (a slice: "^" is the sentence's start)
        if opening is None or a.entry.actor_type == 1 and opening.group("opener"):
            continue  # (a state's forces in an "as"/"when" clause answer the act: "when Israeli aircraft launched")
        m = _SUBJECT_TAIL.match(text, a.end, s_end)
        if m is None or trig_start - m.end() > 80 or _ANOTHER_CLAUSE.search(text, m.end(), trig_start) \
                or any(m.end() <= b.start < trig_start for b in actors):
            continue  # the trigger the verb or in its clause ("dropped a munition containing sarin"), not another's
        if a.entry.actor_type == 1 and m.start("verb") <= trig_start < m.end("verb"):
            continue  # (a state's own verb the rules did not read is often its answer to the act)
        return a, "asserted"
    return None


_FALLBACKS = (_holding_trigger, _agent_in_trigger, _main_clause_subject, _when_clause_agent, _named_by_generic, _agent_anywhere,
              _clause_subject)


def _read_arguments(text: str, s_start: int, s_end: int, trig_start: int, trig_end: int,
                    actors: list[ActorMatch]) -> Arguments:
    args = Arguments()
    if _CONSEQUENCE.search(text, max(s_start, trig_start - 60), trig_start):
        # "X attacked Y ..., triggering a gunfight", "sparking heavy fighting": the sides are the main clause's, its
        # subject first
        sides = [a for a in actors if s_start <= a.start and a.end <= trig_start and a.entry.actor_type in (1, 2, 3, 4, 8)
                 and not _OF_PREP.search(text[max(s_start, a.start - 20):a.start])]
        if sides:
            args.perpetrator = to_actor(text, sides[0])
            other = next((a for a in sides[1:] if a.entry.canonical != sides[0].entry.canonical), None)
            if other is not None:
                args.target = args.second_side = to_actor(text, other)
            return args
    # clause around the trigger
    left_text = text[s_start:trig_start]
    breaks = list(_CLAUSE_BREAK.finditer(left_text))
    clause_start = s_start + breaks[-1].end() if breaks else s_start
    before = [a for a in actors if clause_start <= a.start and a.end <= trig_start]
    # (not the speaker of a trailing attribution: "... shooting dead 12 men, the interior ministry said")
    after = [a for a in actors if a.start >= trig_end and not _SPEAKER_AFTER.match(text, a.end, s_end)]
    passive = bool(PASSIVE_AUX.search(text[max(s_start, trig_start - 40):trig_start])
                   or re.match(r"(?:was|were|been|being|is|are)\s", text[trig_start:trig_end], re.I)) \
        and not _IN_CONTROL.match(text, trig_start, trig_end)  # ("troops are now in control of": no passive)

    # "Al-Aqsa Martyrs Brigade, the armed faction of Fatah, fired", "X, which is affiliated with Fatah, fired": a
    # group named in an aside about the group before it is that group's parent or ally, not the actor
    aside = {id(a) for a in actors if any(
        _armed(b) and b.end <= a.start and _ASIDE_BEFORE.fullmatch(text, b.end, a.start) for b in actors)
        and _ASIDE_AFTER.match(text, a.end, s_end)}
    aside |= {id(a) for a in actors if any(
        b.entry.actor_type in (1, 2, 3, 4, 8) and b.end <= a.start and _ALLY_BEFORE.fullmatch(text, b.end, a.start)
        for b in actors) and _ASIDE_AFTER.match(text, a.end, s_end)}
    # "Malian troops backed by Russian Wagner fighters entered Kidal": the ally named inline after the actor
    aside |= {id(a) for a in actors if any(
        b.entry.actor_type in (1, 2, 3, 4, 8) and b.end <= a.start and _ALLY_INLINE.fullmatch(text, b.end, a.start)
        for b in actors)}
    # "Two ASG gunmen fleeing a police pursuit forced their way into a house": who they flee is no subject
    aside |= {id(a) for a in actors if any(b.end <= a.start for b in actors)
              and _FLEEING.search(text, max(s_start, a.start - 40), a.start)}
    # suspicion / blame anywhere in the sentence: an alleged perpetrator
    first = _first_listed(text, s_start, s_end, actors)
    if first is not None:
        args.perpetrator, args.perpetrator_modality = to_actor(text, first), "alleged"
    for a in actors if first is None else ():
        if id(a) in aside:
            continue
        pre = text[max(s_start, a.start - _CUE_WINDOW - 20):a.start]
        pre = _QUALIFIER_TAIL.sub("", pre)[-_CUE_WINDOW:]  # "claimed by the al-Qaeda linked group X"
        if _OBJECT_SUSPECT.search(pre) or _SIDE_SUSPECT.search(pre) or _SUSPECT_HARMED.match(text, a.end, s_end):
            continue  # "arrested three suspected Al-Shabaab members": suspects held, not perpetrators (nor the other
            # side of a fight: "militiamen clashed with suspected JNIM militants")
        if a.entry.actor_type != 7 and not a.entry.generic and _blame_cue(text, s_start, s_end, a, pre):
            args.perpetrator = to_actor(text, a)
            args.perpetrator_modality = "alleged"
            break

    # "by X" after the trigger: passive agent
    by_in_trigger = text[trig_start:trig_end].lower().endswith(" by")  # "was blown up by"
    for a in after:
        gap = (" by" if by_in_trigger else "") + text[trig_end:a.start]
        if _OTHER_BY.search(gap):
            continue
        if len(gap) <= 75 and _BY_AFTER.match(gap) or (
                len(gap) <= 110 and not a.entry.generic and a.entry.actor_type in (2, 3, 4)
                and (_BY_UNIT_OF.match(gap) or _BY_A_NAMED.match(gap))) or (
                passive and len(gap) <= 140 and _armed(a) and _BY_FAR.match(gap) and not _NOT_AGENT_GAP.search(gap)):
            if a.entry.generic or a.entry.category == "descriptive":  # "by rebels from the CPN-M": the group
                nxt = next((b for b in after if b.start >= a.end), None)
                if nxt is not None and not nxt.entry.generic and nxt.entry.actor_type in (2, 3, 4) \
                        and _GENERIC_OF_NAMED.match(text[a.end:nxt.start]):
                    a = nxt
                elif nxt is not None and not nxt.entry.generic and nxt.entry.actor_type in (2, 3, 4) \
                        and _GENERIC_MAYBE_NAMED.match(text[a.end:nxt.start]) and args.perpetrator is None:
                    args.perpetrator, args.perpetrator_modality = to_actor(text, nxt), "alleged"
            if args.perpetrator is None or args.perpetrator.span.start != a.start:
                args.perpetrator = args.perpetrator or to_actor(text, a)
            if before:
                args.target = to_actor(text, before[-1])
            return args

    # "fighting broke out when Fano militiamen attacked army positions": the clause tells who started it
    if _CLASH_WORD.search(text, trig_start, trig_end):
        for i, a in enumerate(after):
            opening = _CLAUSE_OPENING.search(text, max(trig_end, a.start - 30), a.start)
            if opening is not None and opening.group("opener") and _armed(a) and _SUBJECT_TAIL.match(text, a.end, s_end):
                args.perpetrator = to_actor(text, a)
                nxt = next((b for b in after[i + 1:] if b.entry.actor_type in (1, 2, 3, 4, 8)), None)
                if nxt is not None:
                    args.target = args.second_side = to_actor(text, nxt)
                return args

    # clashes between X and Y
    for a in before + after:
        if _CLASH_BETWEEN.search(text[max(s_start, a.start - 12):a.start]):
            others = [b for b in actors if b.start > a.end and b.start - a.end < 60]
            if args.perpetrator is None:
                args.perpetrator = to_actor(text, a)
            if others:
                args.target = to_actor(text, others[0])
                args.second_side = args.target
            return args

    # "a clash with Shining Path members", "a gun battle with the NPA": the named group is the other side
    if args.perpetrator is None and _CLASH_WORD.search(text[trig_start:trig_end]):
        for a in after:
            if a.start - trig_end <= 40 and re.match(r"^\s+(?:with|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", text[trig_end:a.start], re.I) \
                    and not a.entry.generic and a.entry.actor_type in (2, 3, 4):
                args.perpetrator = to_actor(text, a)
                if before:
                    args.target = args.second_side = to_actor(text, before[-1])
                return args

    if passive:
        if before and args.target is None:
            args.target = to_actor(text, before[-1])
        return args

    # a nominal trigger inside a noun phrase ("responded to the executions") has no subject of its own
    np_before = re.search(r"\b(?:the|a|an|its|their|this|these|those|such)\s+(?:[\w-]+\s+){0,2}$",
                          text[max(s_start, trig_start - 30):trig_start], re.I)
    trig_word = text[trig_start:trig_end].split()[0].lower() if text[trig_start:trig_end].split() else ""
    trig_upper = text[trig_start:trig_end].split()[0].isupper() if trig_word else False  # "an IED": no past tense
    instrument = bool(_INSTRUMENT.search(text[max(s_start, trig_start - 45):trig_start])) \
        and not re.search(r"\b(?:was|were|been|being|is|are)\b", text[clause_start:trig_start], re.I)
    if instrument:  # "X attacked a police post with a bomb": the verb's object is not its subject
        before = [a for a in before if not re.search(r"\b\w+ed\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$",
                                                     text[max(s_start, a.start - 30):a.start], re.I)]
    if np_before and not _LIGHT_VERB.search(text[max(s_start, trig_start - 45):trig_start]) and not instrument \
            and not re.search(r"\b(?:and|or|then)\s", np_before.group(0), re.I) \
            and not (trig_word.endswith("ed") and (not trig_word.endswith("eed") or trig_word in _PAST_IN_EED) and not trig_upper) \
            and trig_word not in _IRREGULAR_PAST:
        # ("the army attacked": a verb after its subject, not a noun in a phrase)
        # ... unless a named group modifies it: "an ETA bomb", "a Taliban ambush", "the LTTE attack"; or the phrase is
        # the subject's own: "Tupac Amaru guerrillas gutted three outlets in their latest assault"
        owner = next((a for a in before if _armed(a) and a.start - clause_start <= 8), None)
        if owner is not None and args.perpetrator is None and re.match(r"(?:their|its)\b", np_before.group(0), re.I):
            args.perpetrator = to_actor(text, owner)
        last = before[-1] if before else None
        if _VICTIM_OF_DEVICE.search(text, max(s_start, trig_start - 40), trig_start):
            # "a MINUSMA convoy hit an IED", "a patrol stepped on a landmine": the one before is what it struck
            if last is not None and args.target is None:
                args.target = to_actor(text, last)
            return args
        if (last is not None and args.perpetrator is None
                and (not last.entry.generic or last.entry.actor_type == 1 and last.text.lower() in _STATE_MODIFIERS
                     and _STRIKE_NOUN.match(text, trig_start, trig_end) is not None)
                and last.entry.actor_type in (1, 2, 3, 4, 8)
                and trig_start - last.end <= 2 and not text[last.end:trig_start].strip(" -")):
            # (and the state's forces by a word: "a military drone strike", "an army air strike")
            # ("an ETA bomb", "a Nigerian Army drone", "Israeli air strikes": a state's weapon names its forces)
            args.perpetrator = to_actor(text, last)
        if after and args.target is None and re.match(r"^\s+(?:of|on|against)\s+(?:the\s+)?$", text[trig_end:after[0].start], re.I):
            args.target = to_actor(text, after[0])
        return args

    # active voice: subject before, object after
    if trig_word in _DYING:
        if before and args.target is None:
            args.target = to_actor(text, before[-1])
        return args
    subj = None
    armed_before = [a for a in before if a.entry.actor_type in (2, 3, 4) and not a.entry.generic]
    for a in reversed(before):
        if id(a) in aside:
            continue
        if a.entry.actor_type == 7 and any(b.entry.actor_type in (2, 3, 4) and b.start < a.start for b in before):
            continue  # "FARC forced passengers from a bus and set it on fire": civilians are the object
        pre = text[max(s_start, a.start - 20):a.start]
        if a.entry.actor_type in (1, 8) and _OBJECT_OF_VERB.search(pre) and _SERIES_AFTER.match(text, a.end, trig_start) \
                and any(b.entry.actor_type in (2, 3, 4) and b.end <= a.start for b in before):
            continue  # "gang members stormed the town, overpowered the police, freed inmates and took control": the
            # police are an object in the gang's series of acts
        if a.entry.actor_type not in (2, 3, 4) and _OF_PREP_MODIFIED.search(text, max(s_start, a.start - 40), a.start):
            continue  # "burst into the home of a village official ... and killed him": the official is no subject
        if _OF_PREP.search(pre) and not re.search(r"\b(?:members?|militants|fighters|cadres|gunmen|activists|brigades?|wings?|"
                                                  r"factions?|cells?|units?|squads?|commandos?|individuals|elements|supporters|"
                                                  r"sympathi[sz]ers|guerrillas|rebels|group|band|gangs?|team|columns?|contingent|detachment|platoon|fronts?|blocs?|"
                                                  r"battalions?|commands?|compan(?:y|ies)|dozens|hundreds|scores|thousands|tens) (?:of|from) (?:the )?$|"
                                                  r"\b(?:fighting (?:for|with)|loyal to|belonging to|affiliated (?:with|to)|linked to|associated with) (?:the )?$",
                                                  text[max(s_start, a.start - 30):a.start], re.I) \
                and not _UNIT_OF.search(text[max(s_start, a.start - 45):a.start]):
            continue
        if a.entry.actor_type not in (2, 3, 4) and re.match(r"['’]s?\s", text[a.end:a.end + 3]) \
                and not _OWNED_WEAPON.match(text, a.end):
            continue  # "an American soldier's car blew up": the owner, not the subject
        if re.match(r"\s+(?:dead|injured|wounded)\b", text[a.end:a.end + 10]) and re.search(
                r"\b(?:left|leaving|leaves)\s+(?:[\w-]+\s+){0,3}$", text[max(s_start, a.start - 40):a.start], re.I):
            continue  # "the attack left one Burundian soldier dead along with the suicide bomber": a victim
        if a.entry.actor_type == 1 and (re.match(r"\s+custody\b", text[a.end:a.end + 12], re.I)
                                        or re.search(r"\b(?:stations?|posts?|checkpoints?|lines)$", a.text, re.I)
                                        or re.match(r"\s+(?:post|station|checkpoint|barracks|outpost)s?\b", text[a.end:a.end + 14],
                                                    re.I)):
            continue  # "seized 13 suspected gang members from police custody", "raided a police station": a place
        if _DRESS.match(text, a.end):
            continue  # "rebels disguised in Colombian military uniform shot": clothing, not the subject
        if a.entry.actor_type in (1, 8) and _OWNED_THING.match(text, a.end):
            continue  # "raided a government road construction project and abducted": what the state owns
        subj = a
        break
    if subj is not None and subj.entry.actor_type == 7:
        subj = None  # "people", "villagers" before the verb are not who attacked ("people were killed when ...")
    if subj is None or subj.entry.generic:
        appo = next((a for a in armed_before if _APPOSITIVE.fullmatch(text, a.end, trig_start)), None)
        if appo is not None:
            subj = appo
    if subj is not None and (subj.entry.actor_type in (2, 3) or subj.entry.generic and re.search(
            r"\b(?:forces|fighters|troops|units)$", subj.text, re.I)):
        # "forces with the Mujahideen Youth Movement attacked", "gunmen from al-Shabaab", "Maoist rebels from the Communist Party of Nepal-Maoists": the group named after
        nxt = next((b for b in before if b.start >= subj.end), None)
        if nxt is not None and not nxt.entry.generic and nxt.entry.actor_type in (2, 3, 4) \
                and _GENERIC_OF_NAMED.match(text[subj.end:nxt.start]):
            subj = nxt
    # "X and Y clashed": two sides; "X and Y battled Z", "X and Y clashed with Z": one side, then the other
    two_sided = bool(_CLASH_WORD.search(text[trig_start:trig_end])) and not (
        after and after[0].start - trig_end <= 40 and not after[0].entry.actor_type == 7)
    if subj is not None and subj.entry.generic and not two_sided:
        prev = next((b for b in reversed(before) if b.end <= subj.start), None)
        if prev is not None and not prev.entry.generic and re.fullmatch(r"\)?\]? ", text[prev.end:subj.start]):
            # "Wagner Group fighters"; "the [Farabundo Marti National Liberation Front (FMLN)] guerrillas": an editor's
            # gloss of the name in brackets
            subj, prev = prev, next((b for b in reversed(before) if b.end <= prev.start), None)
    if subj is not None and not two_sided:
        # "some 10,000 soldiers and police officers set up a cordon": a joint subject, the side named first
        prev = next((b for b in reversed(before) if b.end <= subj.start), None)
        if prev is not None and prev.entry.actor_type in (1, 2, 3, 4, 8) and id(prev) not in aside \
                and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[prev.end:subj.start], re.I):
            subj = prev
    if subj is not None and two_sided:
        # "Taliban militants and ANA soldiers fought": two sides, the first named first
        first = next((b for b in before if b.end <= subj.start and not b.entry.generic and b.entry.actor_type in (1, 2, 3, 4, 8)
                      and re.search(r"\sand\s", text[b.end:subj.start])
                      and not re.search(r"[;:.]|,\s+(?:but|while|after|when)\b", text[b.end:subj.start])), None)
        if first is not None and first.entry.canonical != subj.entry.canonical:
            subj = first
    if subj is not None and not two_sided:
        ally = next((b for b in reversed(before) if b.end <= subj.start and not b.entry.generic
                     and _ALLY_NO_COMMA.fullmatch(text, b.end, subj.start)), None)
        if ally is not None:
            subj = ally  # "FAMa troops supported by Wagner Group fighters entered", "Mozambican forces supported by
            # Rwandan troops recaptured": the side its ally supports
    if subj is not None and subj.entry.generic and not two_sided:
        prev = next((b for b in reversed(before) if b.end <= subj.start), None)
        if prev is not None and not prev.entry.generic and prev.entry.actor_type in (1, 2, 3, 4, 8) \
                and (_JOINED.fullmatch(text, prev.end, subj.start) or _SUPPORTED_BY.fullmatch(text, prev.end, subj.start)):
            subj = prev  # "the Sudanese Armed Forces and allied fighters regained control": the named side
    if subj is not None and subj.entry.actor_type in (1, 8) and not subj.entry.generic:
        prev = next((b for b in reversed(before) if b.end <= subj.start), None)
        if prev is not None and prev.entry.actor_type in (1, 8) and not prev.entry.generic \
                and _JOINED.fullmatch(text, prev.end, subj.start) and not two_sided:
            subj = prev  # "Mozambican and Rwandan forces retook", "US and UK forces struck": the first named
    if subj is not None and _armed(subj) and not two_sided:
        prev = next((b for b in reversed(before) if b.end <= subj.start), None)
        if prev is not None and not prev.entry.generic and prev.entry.actor_type in (1, 8) \
                and _JOINED.fullmatch(text, prev.end, subj.start):
            subj = prev  # "SAF and allied Sudan Shield Forces regained control": the state, then the militia it leads
    while subj is not None and _armed(subj) and not two_sided:
        # "the ELN Guerreros del Sindagua Front kidnapped": the group before its unit; "the ALN and the VPR
        # kidnapped": the first of the groups named together
        prev = next((b for b in reversed(before) if b.end <= subj.start), None)
        if prev is not None and not prev.entry.generic and prev.entry.actor_type in (1, 8) \
                and _PACT.search(text, trig_start, trig_end) and _JOINED.fullmatch(text, prev.end, subj.start):
            subj = prev  # "the Government of the Philippines and the MILF signed": the parties in the order named
            break
        if prev is None or not _armed(prev) or not (
                _UNIT_NAME.search(subj.text) and re.fullmatch(r"\s*(?:(?:[A-Z][\w'’-]*|del|de|la|of|the)\s+){0,3}",
                                                              text[prev.end:subj.start])
                or _JOINED.fullmatch(text, prev.end, subj.start)):
            break
        subj = prev
    if subj is not None and subj.entry.actor_type in (1, 8) and _AT_THE_ATTACKERS.match(text, trig_end):
        subj = None  # "US helicopters fired at the attackers": the state answering the act, not its author
    if subj is not None and args.perpetrator is None:
        args.perpetrator = to_actor(text, subj)
        # "X and Y clashed": the second before the trigger is the other side
        others = [b for b in before if b is not subj and b.entry.canonical != subj.entry.canonical]
        if others and re.search(r"\bclash|fought|exchange", text[trig_start:trig_end], re.I):
            args.target = to_actor(text, others[-1])
    if after and args.target is None:
        obj = after[0]
        if obj.start - trig_end <= 60:
            args.target = to_actor(text, obj)
            if _PARTY_PERSON.search(text, max(trig_end, obj.start - 40), obj.start) and _PARTY.search(obj.text) \
                    or obj.entry.actor_type in (2, 3) and not obj.entry.generic and _PARTY_PERSON_AFTER.match(text, obj.end):
                # "shot dead a local administrator of the Prosperity Party", "an ANC ward councillor": a party's
                # official, a civilian
                args.target.actor_type, args.target.category = 7, "government"
    if args.perpetrator is None and subj is None:
        # "Members of the CPN-M destroyed a bridge, after they detonated two bombs": the sentence's subject
        first = next((a for a in actors if a.end <= trig_start and a.entry.actor_type in (2, 3, 4) and not a.entry.generic
                      and not _OF_PREP.search(text[max(s_start, a.start - 20):a.start])
                      or (a.end <= trig_start and re.search(r"\b(?:members?|militants|fighters|cadres) of (?:the )?$",
                                                             text[max(s_start, a.start - 25):a.start], re.I))), None)
        verb = re.match(r"^\s*(?:[\w'’()-]+\s+){0,8}?(\w+ed)\b", text[first.end:trig_start]) if first is not None else None
        if verb is not None and not re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$",
                                              text[first.end:first.end + verb.start(1)], re.I):
            # (not a passive verb: "Two Sahwa members and four civilians were wounded when an IED exploded")
            args.perpetrator = to_actor(text, first)
    return args


# a phrase that may open a sentence before its subject: "Upon finding none on board, the rebels ..."
OPENING_PHRASE = r"(?:(?:upon|after|on|before|when|having)\b[^,;:]{0,60},\s*)?"
# (after an opening phrase, and through a first verb of the subject's: "the rebels released the passengers and set
# fire to the bus")
_PRONOUN_SUBJECT = re.compile(r"\W*" + OPENING_PHRASE +
                              r"(?:they|he|she|the group|the guerrillas|the rebels|the militants|the insurgents)\s+"
                              r"(?:(?:then|later|also|subsequently|reportedly|allegedly)\s+)?(?:(?:had|have|has)\s+)?"
                              r"(?:[a-z]+ed\s+(?:[\w'’-]+\s+){0,5}?and\s+(?:then\s+)?)?$", re.I)


def pronoun_subject(text: str, s_start: int, trig_start: int) -> bool:
    """Is the trigger's subject a pronoun at the start of its sentence ("They shot and killed two civilians")?"""
    return bool(_PRONOUN_SUBJECT.fullmatch(text, s_start, trig_start))


def subject_group(text: str, s_start: int, actors: list[ActorMatch]) -> Actor | None:
    """The named armed group a sentence opens with ("MILF fighters discharged firearms ..."), for a pronoun after it."""
    for a in actors:
        if a.entry.generic or a.entry.actor_type not in (2, 3, 4):
            continue
        lead = text[s_start:a.start]
        if re.fullmatch(r"\W*(?:[A-Z]+[.\s]+)?(?:(?:before|after|on|in|at|during)\b[^,]{0,40},\s*)?(?:the\s+|a\s+|an\s+)?"
                        r"(?:(?:\w+\s+){0,3}?(?:members|militants|fighters|cadres|guerrillas|rebels|unit|cell|commando|contingent)\s+"
                        r"of\s+(?:the\s+)?)?", lead, re.I):
            return to_actor(text, a)
        break
    return None


def _blame_cue(text: str, s_start: int, s_end: int, a: ActorMatch, pre: str) -> bool:
    """Does the sentence blame or suspect ``a`` (``pre``: the words before it), and not deny it?"""
    if _NOT_BLAMED.search(text, max(s_start, a.start - 45), a.start):
        return False
    # "The Catalonian separatist movement, Terra Lliure, is suspected": a name set off by commas
    after = a.end + 1 if text.startswith(",", a.end) and re.search(r",\s*$", pre) else a.end
    return bool(_SUSPECT.search(pre) or _SUSPECT_AFTER.match(text, after, s_end)
                or _LINKED_BEFORE.search(pre) and _TO_THE_ACT.match(text, a.end, s_end)
                or _CLAIMED_BY_DESCRIBED.search(text, max(s_start, a.start - 130), a.start)
                or a.entry.actor_type in (2, 3, 4) and _SIGNATURE_AFTER.match(text, a.end, s_end))


# "media outlets later linked the Abu Sayyaf Group to the two blasts"
_LINKED_BEFORE = re.compile(r"\b(?:linked|tied|connected)\s+(?:the\s+)?$", re.I)
_TO_THE_ACT = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?to\s+(?:the|this|these|both|that)\s+(?:[\w-]+\s+){0,2}(?:attacks?|blasts?|bombings?|"
                         r"explosions?|killings?|incidents?|kidnappings?|murders?|assassinations?|shootings?|ambush(?:es)?|"
                         r"abductions?|raids?)\b", re.I)
# "Both the ASG and the MILF operate in the area and either could be responsible": the first of the groups named
_EITHER = re.compile(r"\b(?:either|any) (?:(?:one )?of (?:them|the (?:two|three) groups?)|group)?\s*(?:could|may|might|would) "
                     r"(?:be|have been) (?:responsible|behind|to blame)\b", re.I)
# "Several groups claimed responsibility, including X and Y", "coordinated between three groups: X; Y; and Z": the
# groups named after it, of which the first is coded
_GROUPS_NAMED = re.compile(r"\b(?:several|multiple|various|two|three|four|five|each of (?:the )?(?:two|three|four|five))\s+"
                           r"(?:[\w-]+\s+)?(?:groups|organi[sz]ations)\b[^.;]{0,60}?(?:including|between|:)", re.I)


def _first_listed(text: str, s_start: int, s_end: int, actors: list[ActorMatch]) -> ActorMatch | None:
    """The first of the groups a sentence lists as claimants or suspects ("Several groups claimed responsibility,
    including X and Y")."""
    if _EITHER.search(text, s_start, s_end):
        return next((a for a in actors if s_start <= a.start < s_end and _armed(a)), None)
    listed = _GROUPS_NAMED.search(text, s_start, s_end)
    if listed is None or not re.search(r"\b(?:claim|suspect|blam|believ|responsib|coordinat|behind)",
                                       text[s_start:listed.end()], re.I):
        return None
    if any(a.end <= listed.start() and _armed(a) for a in actors):
        return None  # "claimed by the Mujahideen Council, an alliance of several groups including ...": its members
    return next((a for a in actors if a.start >= listed.end() - 12 and _armed(a)), None)


# a state's forces blamed for a strike, a shelling or a raid by name: "attributed the strike to Turkish forces"
_STATE_BLAMED = re.compile(r"\b(?:attribut(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:strikes?|air ?strikes?|airstrikes?|drone strikes?|shelling|bombardment|bombing|attack|raid|"
                           r"explosion|blast)\s+(?:to|on)\s+(?:the\s+)?$|"
                           # "... and blamed Russian jets", "blaming the paramilitary Rapid Support Forces"
                           r"\b(?:blamed|blaming|blames)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]+\s+)?$", re.I)


def blamed_actor(text: str, s_start: int, s_end: int, actors: list[ActorMatch]) -> Actor | None:
    """A named group a sentence blames or suspects ("sources attributed the incident to the Taliban"), or the agent
    of a violent participle there ("he was recruited by Fatah")."""
    first = _first_listed(text, s_start, s_end, actors)
    if first is not None:
        return to_actor(text, first)
    for a in actors:
        if a.entry.actor_type == 1 and not a.entry.generic \
                and _STATE_BLAMED.search(text, max(s_start, a.start - 70), a.start):
            return to_actor(text, a)  # "Kurdish media attributed the strike to Turkish forces"
        if a.entry.generic or a.entry.actor_type not in (2, 3, 4, 8) or _SUSPECT_HARMED.match(text, a.end, s_end):
            continue
        if _blame_cue(text, s_start, s_end, a, text[max(s_start, a.start - _CUE_WINDOW):a.start]) or (
                a.entry.actor_type in (2, 3, 4) and _agent_anywhere(text, s_start, s_end, a.start, a.start, [a])
                and not _NOT_BLAMED.search(text, max(s_start, a.start - 45), a.start)):
            return to_actor(text, a)
    return None
