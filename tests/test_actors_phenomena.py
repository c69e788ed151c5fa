"""Who did it: one reading phenomenon per case, in sentences written by us (invented groups and places
where the dictionary does not matter, well-known groups where it does)."""

from __future__ import annotations

import pytest

import khabar
from khabar.pipeline import Reader
from khabar.resolve.actors import ActorDictionary

PUB = "2024-03-06"
# the rules' reading: these cases are its grammar (the perpetrator ranker over it is tested and measured on its
# own, tests/learn/test_perpetrator_ranker.py and the held-apart split)
_RULES = Reader(learned=False)


def perp(text):
    doc = _RULES.read(text, published=PUB)
    assert doc.events, text
    p = doc.events[0].perpetrator
    return p.canonical if p is not None else None


def same(a, b):
    return a is not None and ActorDictionary.load().same_actor(a, b)


PERPETRATOR = [
    # a name with its abbreviation in brackets, then a generic noun: one actor
    ("Communist Party of Nepal-Maoist (CPN-M) rebels set off explosives at a village office in the district.",
     "Communist Party of Nepal-Maoists (CPN-M)"),
    # a generic noun linked to a named group
    ("Gunmen with al-Shabaab shot and killed a district judge in the town centre.", "Al-Shabaab"),
    # "to have been responsible", "may be responsible" after the name
    ("Officials believe the MRTA to have been responsible for an explosion at a church in the town.",
     "Tupac Amaru Revolutionary Movement (MRTA)"),
    ("A bomb damaged a bank branch overnight. Police said ETA was probably responsible for the blast.",
     "Basque Fatherland and Freedom (ETA)"),
    # "the military wing of X" is X, not a state army
    ("Two rockets were fired at a settlement. The attack was claimed by the military wing of the Popular Front for "
     "the Liberation of Palestine.", "Popular Front for the Liberation of Palestine (PFLP)"),
    # a claim whose claimant's name holds "and" and an abbreviation
    ("A car bomb exploded outside a courthouse, wounding two guards. The Basque Fatherland and Freedom (ETA) "
     "claimed responsibility for the bombing in a call to a newspaper.", "Basque Fatherland and Freedom (ETA)"),
    # "in Iraq" is part of the claimant's name, not where it spoke
    ("A roadside bomb wounded two policemen south of the capital. The Islamic Army in Iraq claimed responsibility.",
     "Islamic Army in Iraq"),
    # a claim after "... were killed when ...": the victims are no perpetrator
    ("Twelve people were killed when suicide bombers attacked two party offices in the city. Ansar al-Sunnah has "
     "claimed responsibility.", "Ansar al-Sunnah"),
    # an appositive between the name and its verb or claim
    ("The Red Hand Defenders, a small loyalist group, shot and wounded a taxi driver in the north of the city.",
     "Red Hand Defenders"),
    ("A man was shot dead at his door. The Red Hand Defenders, a cover name used by loyalists, claimed the attack.",
     "Red Hand Defenders"),
    # a unit of a group after "by"
    ("A farmer was kidnapped by members of the 12th Front of the Revolutionary Armed Forces of Colombia (FARC).",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    ("A village chief was abducted and killed by a firing squad of New People's Army (NPA) members.",
     "New People's Army (NPA)"),
    # blame in a later sentence, in the present progressive or with "attribute"
    ("A car bomb exploded outside a bank, killing four people. Authorities are blaming the ELN for the explosion.",
     "National Liberation Army of Colombia (ELN)"),
    # a group's leaflets at the scene
    ("A small device filled with ELN pamphlets exploded outside a bank in the town.",
     "National Liberation Army of Colombia (ELN)"),
    # civilians before the verb are not its subject
    ("Rebels travelling as passengers stopped a bus and set it on fire. Authorities blamed the Communist Party of "
     "Nepal-Maoist (CPN-M) for the attack.", "Communist Party of Nepal-Maoists (CPN-M)"),
    # a generic noun after "by", then its group; a number before the group's members
    ("The mayor was shot several times by rebels from the Communist Party of Nepal-Maoists (CPN-M).",
     "Communist Party of Nepal-Maoists (CPN-M)"),
    ("A diplomat was shot and killed by two November 17 (17N) members on a motorcycle.",
     "November 17 Revolutionary Organization (N17RO)"),
    # a named unit of a group as the subject
    ("The Rio Verde Front of the National Liberation Army (ELN) destroyed eight pylons near the town.",
     "National Liberation Army of Colombia (ELN)"),
    ("Guerrillas from the 40th Front of the Revolutionary Armed Forces of Colombia (FARC) used grenades to attack a "
     "police post. Two policemen died.", "Revolutionary Armed Forces of Colombia (FARC)"),
    # "placed a bomb": the noun is the act, the verb's subject did it
    ("The November 17 Revolutionary Organization placed a bomb which injured two diplomats.",
     "November 17 Revolutionary Organization (N17RO)"),
    # a name with no organisation head word, after a naming cue
    ("A gas-canister bomb damaged an office in the city. The attack was claimed by Winter's Grandchildren.",
     "Winter's Grandchildren"),
    ("A group calling itself the 'Midnight Gas Lanterns' claimed responsibility for a bomb that damaged a car outside a bank.",
     "Midnight Gas Lanterns"),
    # an abbreviation followed by its full name in brackets
    ("Twelve MILF (Moro Islamic Liberation Front) fighters attacked houses in a village.",
     "Moro Islamic Liberation Front (MILF)"),
    # "is behind", "may be to blame"; "individuals of X"
    ("A bank branch was bombed overnight. Authorities believe the Revolutionary Struggle is behind the attack.",
     "Revolutionary Struggle"),
    ("Several individuals of ETA set fire to a lorry near the border.", "Basque Fatherland and Freedom (ETA)"),
    # an armed wing's own name
    ("Mortar shells were fired at a border post. The Izz al-Din al-Qassam Brigades claimed the attack.",
     "Hamas (Islamic Resistance Movement)"),
    # the weapon of the clause's verb: "attacked X with a bomb"
    ("The National Liberation Army (ELN) attacked a police post with a gas-cylinder bomb near the river.",
     "National Liberation Army of Colombia (ELN)"),
    # units of a group, a number word before the bombs
    ("The northern and southern units of the ELN planted nine bombs at power stations in the valley.",
     "National Liberation Army of Colombia (ELN)"),
    ("A group of Communist Party of Nepal-Maoist (CPN-M) cadres looted a bank in the district headquarters.",
     "Communist Party of Nepal-Maoists (CPN-M)"),
    # a brigade named as an organisation's ("the Fatah-linked X Brigades") is coded as the organisation; a name
    # that only qualifies a group of another kind stays a qualifier
    ("A settler was shot dead on a road near the village. The Fatah-linked Al Aqsa Martyrs Brigades claimed the "
     "shooting, citing revenge for a raid.", "al-Fatah"),
    ("Gunmen from the al-Qaeda-linked Abu Sayyaf Group shot a teacher in Jolo.", "Abu Sayyaf Group (ASG)"),
    # the agent in a trigger that ends in "by"
    ("A relay station near the dam was blown up by ELN guerrillas.", "National Liberation Army of Colombia (ELN)"),
    # a generic noun, then the group the writer guesses at
    ("Two engineers were kidnapped by armed rebels, possibly the New People's Army (NPA).", "New People's Army (NPA)"),
    # the agent of a violent participle away from the trigger
    ("A bomb, one of several allegedly planted by the Basque Fatherland and Freedom (ETA), was found under a bridge.",
     "Basque Fatherland and Freedom (ETA)"),
    # the group's initials at the scene; "is probably responsible" without "for"
    ("A device exploded at a tax office overnight. Police found the initials FLNC painted on a wall nearby.",
     "Corsican National Liberation Front (FLNC)"),
    ("A pipe bomb exploded at a bank entrance. The FBI says the FALN is probably responsible.",
     "Armed Forces of National Liberation (FALN)"),
    # "took responsibility", misspelt "responsibilty"; a statement on a group's website
    ("A rocket was fired at a kibbutz from the north of the strip. Palestine Islamic Jihad took responsibility.",
     "Palestine Islamic Jihad (PIJ)"),
    ("Mortar rounds hit a settlement. A statement on the website of the armed wing of Hamas claimed responsibilty "
     "for the attack.", "Hamas (Islamic Resistance Movement)"),
    # blame "the attack on" X; "is considered a suspect"; "was directly involved"
    ("A bomb wounded six people at a rally. Authorities blame the attack on the LTTE.",
     "Liberation Tigers of Tamil Eelam (LTTE)"),
    ("A fire bomb exploded outside a theatre. The Jewish Defense League is considered a suspect.",
     "Jewish Defense League (JDL)"),
    # the other spelling of a name; a head word after a shorter alias
    ("A pipe bomb exploded near a pub. The Ulster Defense Association (UDA) is being blamed.",
     "Ulster Defence Association (UDA)"),
    ("A bomb went off under a diplomat's car. The November 17 Organization was believed responsible.",
     "November 17 Revolutionary Organization (N17RO)"),
    # a claim by a group described before its name
    ("A suicide car bomb killed nine policemen at a checkpoint. The attack was claimed by the group led by a "
     "Jordanian militant, Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn.", "Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn"),
    # "the attack" refers back to an arson; a named group over a generic noun of the same event
    ("A warehouse of the embassy was set on fire by extremists. The GIA is suspected of responsibility for the attack.",
     "Armed Islamic Group (GIA)"),
    # a misspelt name with its known abbreviation; an appositive with "formerly"
    ("The Alex Boncayo Brigade (ABB) claimed responsibility for a grenade attack on a bank in Manila.",
     "Alex Boncayao Brigade (ABB)"),
    ("A car bomb wounded five policemen. The Islamic State of Iraq, formerly the Mujahideen Shura Council, claimed "
     "responsibility for the attack.", "Islamic State of Iraq"),
    # a wing named with its group acts for the group
    ("Gunmen kidnapped a police chief south of the city. The kidnapping was claimed by the Jenin Martyrs' Brigades, "
     "a wing of the Popular Resistance Committees.", "Popular Resistance Committees"),
    # a joint claim: the first claimant
    ("Militants attacked a border post, killing six guards. The Armed Islamic Group (GIA) and the Tunisian Islamic "
     "Front (FIT) claimed responsibility.", "Armed Islamic Group (GIA)"),
    # the owner of the car is not the subject of "blew up"
    ("A bomb attached to an American soldier's car blew up in Frankfurt. The attack was claimed by the Revolutionary "
     "Cells.", "Revolutionary Cells"),
    # a generic name, then the group it comes from
    ("Maoist rebels from the Communist Party of Nepal-Maoists (CPN-M) hurled bombs at a bus near the district "
     "headquarters.", "Communist Party of Nepal-Maoists (CPN-M)"),
    ("A judge was shot dead by two men on a motorcycle. The men were implicated as members of the ELN.",
     "National Liberation Army of Colombia (ELN)"),
    # "authorities suspect X"; the group named after "the group responsible for the attack,"
    ("A doctor was kidnapped as he left a clinic. Authorities suspect FARC guerrillas who had threatened his family.",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    ("Two engineers were kidnapped near the coast. The group responsible for the kidnapping, the Front for the "
     "Liberation of the Enclave of Cabinda (FLEC), demanded a ransom.", "Front for the Liberation of the Enclave of Cabinda"),
    # a date in brackets between the verb and its agent
    ("The mayor was kidnapped and later released (3 May) by ELN guerrillas.", "National Liberation Army of Colombia (ELN)"),
    # the group's own warning call
    ("A bomb exploded outside a tax office, wounding a guard. ETA warned the police of the attack an hour before.",
     "Basque Fatherland and Freedom (ETA)"),
    # a named group's activists; "planned the attack", "orchestrated an ambush"
    ("ETA activists hurled petrol bombs into two car showrooms in the city.", "Basque Fatherland and Freedom (ETA)"),
    ("A grenade wounded nine people at a market. A police official said the LTTE planned the attack.",
     "Liberation Tigers of Tamil Eelam (LTTE)"),
    ("The FARC orchestrated an ambush of a police patrol near the river.", "Revolutionary Armed Forces of Colombia (FARC)"),
    # "a contingent of X"; "gunmen who belong to X"
    ("A contingent of the Shining Path killed a village mayor in the highlands.", "Shining Path (SL)"),
    ("Gunmen who belong to the New People's Army opened fire on a police post, killing one officer.",
     "New People's Army (NPA)"),
    # names that begin with their head word, known under another order of words or unknown
    ("The Front for the National Liberation of Corsica (FNLC) bombed a fuel depot near the port.",
     "Corsican National Liberation Front (FLNC)"),
    ("A German engineer was kidnapped from his hotel by the Organization of the Oppressed on Earth.", "Hizballah"),
    ("A bomb damaged a bank in the capital. The Movement for the Liberation of the Northern Hills claimed "
     "responsibility.", "Movement for the Liberation of the Northern Hills"),
    # "attribute <a long phrase> to X"; a group's video
    ("Authorities attribute a dynamite attack on an oil pipeline near the border town to the ELN.",
     "National Liberation Army of Colombia (ELN)"),
    ("Two drivers were kidnapped near the airport. The Islamic Army in Iraq later released a video showing the two men.",
     "Islamic Army in Iraq"),
    # a hedged agent described as "a group calling itself X"
    ("A village school was set on fire, reportedly by a group calling itself the Mountain Liberation Front.",
     "Mountain Liberation Front"),
    ("Two engineers were kidnapped by an armed group calling itself the Green Brigade Command.", "Green Brigade Command"),
    # the other side of a clash; a group that says it did the act
    ("A policeman died in a clash with Shining Path members in the highlands.", "Shining Path (SL)"),
    ("A bomb damaged a ferry in the harbour. Hours later, the Red Star Front said it had planted the bomb.",
     "Red Star Front"),
    # blame in a sentence about the arrest of the attackers
    ("Gunmen shot dead a diplomat outside his home. The two gunmen, who were arrested, were reported to be members "
     "of the Abu Nidal Organization.", "Abu Nidal Organization (ANO)"),
    # the main clause's subject after an opening phrase; a pronoun for the group the last sentence opened with
    ("Using two pipe bombs, members of the ELN destroyed a bridge near the border.",
     "National Liberation Army of Colombia (ELN)"),
    ("Moro Islamic Liberation Front (MILF) fighters entered the town before dawn. They shot and killed two traders at "
     "the market.", "Moro Islamic Liberation Front (MILF)"),
    # a group's former name in brackets is no second actor
    ("Militants from Al-Qaeda in the Islamic Maghreb (formerly the Salafist Group for Call and Combat) detonated a "
     "bomb at a police station.", "Al-Qaida in the Islamic Maghreb (AQIM)"),
    # a generic noun that names its group later in the sentence
    ("A ferry was seized off the coast by four hijackers who identified themselves as members of the Palestine "
     "Liberation Front (PLF).", "Palestine Liberation Front (PLF)"),
    # a name with "and" that a claim cue would cut
    ("A group calling themselves Black and Red Brigades claimed responsibility for setting a car on fire.",
     "Black and Red Brigades"),
    # "the attacker, who probably belonged to X"; "X operates in the area and is likely to be responsible"
    ("A bomber blew himself up at a checkpoint. The attacker, who probably belonged to Ansar al-Sunnah, was killed.",
     "Ansar al-Sunnah"),
    ("A roadside bomb wounded three children. Al-Shabaab operates in the area and is likely to be responsible.",
     "Al-Shabaab"),
    # pamphlets of a group's militia; victims of a group; an incident involving a group
    ("Two bombs exploded at a consulate. Police found pamphlets from the urban militia of the ELN.",
     "National Liberation Army of Colombia (ELN)"),
    ("Two hikers were found dead in the highlands. Authorities believe they were victims of Shining Path guerrillas.",
     "Shining Path (SL)"),
    ("Two engineers were taken hostage in a kidnapping incident involving the ELN near the border.",
     "National Liberation Army of Colombia (ELN)"),
    # a claim after a qualifier; a joint claim; an appositive whose closing comma is left out
    ("Gunmen shelled a government compound. The attack was claimed by the al-Qaeda linked group Ansar al-Sunnah.",
     "Ansar al-Sunnah"),
    ("A car bomb exploded at an air base. The RAF and Action Directe claimed joint responsibility.",
     "Red Army Faction (RAF)"),
    ("Experts defused a letter bomb sent to an embassy. The JDL, a small Zionist group claimed responsibility.",
     "Jewish Defense League (JDL)"),
    # the agent of the clause after a passive trigger
    ("Two engineers were killed when suspected Moro National Liberation Front militants ambushed their convoy.",
     "Moro National Liberation Front (MNLF)"),
    # the trigger inside a named group's phrase; a group's wing firing "a total of five rockets"
    ("A Hamas suicide bomber blew up a bus at a crowded junction.", "Hamas (Islamic Resistance Movement)"),
    ("The Al Quds Brigades, the military wing of Islamic Jihad, fired a volley of five rockets at Sderot.",
     "Palestine Islamic Jihad (PIJ)"),
    # ... but a wing the dictionary knows as a group of its own stays itself unless its name is a unit's
    # ("Brigade"), and a group named in an aside about the actor ("which is affiliated with") is no suspect
    ("Militants from Al-Aqsa Martyrs Brigade, the armed faction of Fatah, fired a rocket at Sderot.", "al-Fatah"),
    ("The al-Aqsa brigades of Fatah claimed the launch of a single rocket at a town.", "al-Fatah"),
    ("The Al-Aqsa Martyrs Brigade, which is affiliated with Fatah, fired a rocket at the town.", "Al-Aqsa Martyrs Brigade"),
    ("An organizer was shot dead in front of his store. The assassins are believed to be associated with the New "
     "People's Army (NPA), the armed wing of the Communist Party of the Philippines.", "New People's Army (NPA)"),
    ("Two guards were shot dead near the barrier. An initial claim of responsibility by the Hilltop Martyrs' Brigades, "
     "a faction associated with al-Fatah, took credit for the attack.", "al-Fatah"),  # (a wing the dictionary lacks)
    # the name found at the scene; a suspect named with a translation in brackets and a comma; "the rebels" after
    # an opening phrase and through the subject's first verb is the group of the sentence before
    ("A device detonated in a village, damaging a house. Police found the name Corsican National Liberation Front "
     "(FLNC) written at the scene of the attack.", "Corsican National Liberation Front (FLNC)"),
    ("Nerve gas was released on three trains. A sect called Aum Shinri Kyo (Supreme Truth), is suspected of releasing "
     "the gas.", "Aum Shinrikyo"),
    ("New People's Army (NPA) members stopped a bus to search for soldiers. Upon finding none on board, the rebels "
     "released the passengers and set fire to the vehicle.", "New People's Army (NPA)"),
    # several groups listed as claimants or suspects: the first listed ("including", "between ... groups:", "These
    # groups are suspected" after a list); two names joined by "and the" are two groups
    ("Two bombs exploded at a church. Workers had been threatened by FARC, ELN, and the Jaime Bateman Front. These "
     "leftist groups are suspected of carrying out the bombing.", "Revolutionary Armed Forces of Colombia (FARC)"),
    ("Arsonists burned twenty schools. Police believe that the attack may have been coordinated between three "
     "separatist groups: the Pattani United Liberation Organization (PULO); the Barisan Revolusi Nasional (BRN); and the "
     "Mujahideen.", "Pattani United Liberation Organization (PULO)"),
    ("A bomb ripped through an airline office. Several groups claimed responsibility, including the Scottish National "
     "Liberation Army and the Angry Brigades.", "Scottish National Liberation Army"),
    ("Two groups- White Legion and the People's Revolutionary Militias- claimed an arson attack against the Congress.",
     "White Legion"),
    ("Gunmen shot dead an editor. The attack was claimed by the Mujahideen Council, an alliance of several groups "
     "including the Islamic Army in Iraq and the Victorious Army Group.", "Mujahideen Council"),
    # a group's abbreviation with its name spelled out in brackets is one group, the first of two named together;
    # "identified their group as"
    ("Members of the ALN (National Liberation Alliance) and VPR (Vanguardia Popular Revolucionaria) kidnapped the "
     "Swiss ambassador in Rio de Janeiro.", "National Liberation Action (ALN) (Brazil)"),
    ("Three journalists were kidnapped near their hotel. The kidnappers later identified their group as the Muadh Ibn "
     "Jabal Brigade.", "Muadh Ibn Jabal Brigade"),
    # more ways of blaming: "blames the rival X", "X, acting with ..., was believed responsible", "held prisoner of
    # X", "the work of left-wing terrorists, the X", "the truck was driven by members of X"; "Youth" heads a name
    ("An office of the League was bombed. The League blames the rival Bangladesh Nationalist Party.",
     "Bangladesh Nationalist Party"),
    ("The speaker was assassinated in Cairo. The Abu Nidal Organization, acting with local extremists, was believed "
     "responsible.", "Abu Nidal Organization (ANO)"),
    ("An American teacher is believed being held prisoner of the Popular Movement for the Liberation of Angola.",
     "Popular Movement for the Liberation of Angola"),
    ("Two gunmen shot down a sergeant. The attack was presumably the work of left-wing terrorists, the Turkish People's "
     "Liberation Army.", "Turkish People's Liberation Army (TPLA)"),
    ("A truck bomb was driven into the bank, killing 96 people. The truck was driven by members of the Liberation Tigers "
     "of Tamil Eelam.", "Liberation Tigers of Tamil Eelam (LTTE)"),
    ("An explosion took place outside a police warehouse. According to the Red Cross, the Revolutionary Youth of "
     "Ecuador are responsible for the attack.", "Revolutionary Youth of Ecuador"),
    # a name in quotes before "group"; "X was behind the blast"; "planted by members of X"
    ("Arsonists destroyed the consul's car. The 'Anti-Olympic Flame' group claimed responsibility for the attack.",
     "Anti-Olympic Flame"),
    ("A bomb exploded at a bank. Police said ETA was behind the blast.", "Basque Fatherland and Freedom (ETA)"),
    ("A time bomb was found at the residence. The envoy said he believed the bomb was planted by members of the "
     "religious group Ananda Marga.", "Ananda Marga"),
    # "a group calling themselves, X"; "a call claiming the attack for X"; "X gutted ... in their latest assault"
    ("Three buildings were attacked with explosives by a group calling themselves, Freedom for Mumia Abu Jamal, to "
     "protest the sentence.", "Freedom for Mumia Abu Jamal"),
    ("The press secretary was wounded as he entered his home. Police received an anonymous call claiming the attack "
     "for the Armenian Secret Army Organization.", "Armenian Secret Army for the Liberation of Armenia"),
    ("Tupac Amaru guerrillas gutted three restaurants in Lima in their latest assault against American targets.",
     "Tupac Amaru Revolutionary Movement (MRTA)"),
    # a person named with modifiers after "of" is no subject: "burst into the home of a village official and killed"
    ("Members of the New People's Army (NPA) burst into the home of a village official and killed him.",
     "New People's Army (NPA)"),
    # an abbreviation that begins a group's name is written in capitals: "IS militants", not "is affiliated"
    ("IS militants attacked a checkpoint near the city.", "Islamic State of Iraq and the Levant (ISIL)"),
    # graffiti marking a group; leaflets for a group; "police blame this organisation, the X"
    ("Arsonists set fire to a warehouse near the port. Graffiti marking the ETA was left on the wall.",
     "Basque Fatherland and Freedom (ETA)"),
    ("A bomb containing leaflets for the New People's Army exploded outside a radio station.", "New People's Army (NPA)"),
    ("A device exploded at a trade fair. Police blame this organization, the Revolutionary Struggle, for the attack.",
     "Revolutionary Struggle"),
    # a relative clause between the name and its cue
    ("Two truck bombs killed three people. The GSPC, which recently joined al-Qaeda, is believed to be responsible.",
     "Salafist Group for Call and Combat (GSPC)"),
    # a claim made for a group; "they were members of X"; "recruited by X"
    ("A diplomat was ambushed in the city. Callers later claimed the attack for Omega 7.", "Anti-Castro Cubans"),
    ("Two men died when their bomb exploded early. It was found that they were members of the ELN.",
     "National Liberation Army of Colombia (ELN)"),
    ("A man who attacked workers at a plant was arrested. Officials said he was recruited by Fatah in Damascus.",
     "al-Fatah"),
    # callers who said they represented a group; evidence that a group did it; "an X operation"
    ("A fire destroyed a restaurant. The attack was claimed by callers who said they represented the Jewish Defense "
     "League.", "Jewish Defense League (JDL)"),
    ("A grenade hit a barracks. Authorities say there is evidence that the ETA carried out the attack.",
     "Basque Fatherland and Freedom (ETA)"),
    ("A bomb was thrown into an official's house. Three men were arrested and admitted that it was an Al Fatah "
     "operation.", "al-Fatah"),
    # "by the left-wing group X", "by a group that identified itself as X", "in a raid last Thursday by X"
    ("Bomb attacks were carried out against three banks in the capital by the left-wing group Dev Sol.", "Dev Sol"),
    ("An embassy was attacked with rockets by a group that identified itself as the Secret Armenian Army.",
     "Armenian Secret Army for the Liberation of Armenia"),
    ("Ten relief workers were kidnapped. They were taken in a raid last Thursday by the Tigray People's Liberation "
     "Front.", "Tigray Peoples Liberation Front (TPLF)"),
    # attempts on a life; "the guerrillas" after a sentence opened by their group
    ("The LTTE made two attempts on the life of a Muslim leader near Batticaloa.",
     "Liberation Tigers of Tamil Eelam (LTTE)"),
    ("Fifteen hooded members of the Shining Path entered a research station. The guerrillas executed three "
     "engineers.", "Shining Path (SL)"),
    # a group and its descriptive noun; a joint claim written "joint-responsibility"; a wing set off by dashes
    ("PKK separatists fired rockets at a police station in the town.", "Kurdish Workers Party (PKK)"),
    ("A rocket hit a field near Sderot. The Popular Resistance Committees and Palestine Islamic Jihad claimed "
     "joint-responsibility.",
     "Popular Resistance Committees"),
    ("A device exploded near a settlement. The Al Quds Brigades-the military wing of Hamas- claimed responsibility.",
     "Hamas (Islamic Resistance Movement)"),
    # a group before its unit; the first of two groups named together; a longer name around a known one
    ("The National Liberation Army (ELN) Guerreros del Sindagua Front kidnapped three politicians.",
     "National Liberation Army of Colombia (ELN)"),
    ("Members of the ELN and the FARC kidnapped a diplomat in the capital.", "National Liberation Army of Colombia (ELN)"),
    ("The Popular Army of National Liberation claimed responsibility for a grenade attack on a bank.",
     "Popular Army of National Liberation"),
    # the claim's subject however far the phrase runs: a caller representing a group, a long appositive
    ("A bomb exploded at a parliament building. The news agency said that a caller representing a group called the "
     "Ninth of June Organization had claimed responsibility.", "Ninth of June Organization"),
    ("The Ninth of June Organization, an Armenian group named after the day of an arrest in Geneva, claimed "
     "responsibility for a bomb at an airline office.", "Ninth of June Organization"),
    ("The Red Brigades for the Construction of the Fighting Communist Party (BR-PCC) claimed responsibility for the "
     "killing of an adviser.", "Red Brigades"),
    ("Two settlers were stabbed to death. Police shot the attacker. The al-Quds Squads, the militant wing of the "
     "Palestinian Islamic Jihad (PIJ), claimed the attack.", "Palestine Islamic Jihad (PIJ)"),
    # a group's letter with the bomb; kidnappers who belonged to an organisation called X; "taken again by X"
    ("A letter bomb exploded at a detention centre. A letter from the New People's Army was found with the bomb.",
     "New People's Army (NPA)"),
    ("Four armed men kidnapped an ambassador. The kidnappers belonged to an organization called the Front for the "
     "Liberation of the Somali Coast.", "Front for the Liberation of the Somali Coast"),
    ("Two relief workers were kidnapped and released. They were taken again by Hezbollah in the south.", "Hizballah"),
    # "X suspected." as a headline-style clause; "X is known to frequently attack ..."; a long bracket before a claim
    ("Firebombs were thrown at an airline office. ETA suspected.", "Basque Fatherland and Freedom (ETA)"),
    ("A roadside bomb wounded five policemen. The Mahdi Army is known to frequently attack security forces in the area.",
     "al-Mahdi Army"),
    ("Gunmen killed three drivers. Tawhid and Jihad (later known under another name in the region) claimed "
     "responsibility.", "Tawhid and Jihad"),
    # "This was one of three related attacks ..." is this attack, so blame after it still reaches it
    ("Assailants attacked a security post in Dehzak, Farah, Afghanistan. This was one of three coordinated attacks "
     "in Farah on the same day. Four assailants were killed. No group claimed responsibility; however, sources "
     "attributed the attacks to the Taliban.", "Taliban"),
    ("Assailants opened fire at a police station in Limbe, Cameroon. No group claimed responsibility; however, "
     "sources suspected the involvement of separatists.", "Separatists"),
    ("Assailants attacked a security post in the district. Sources said the vehicles used in the assault had "
     "Taliban markings.", "Taliban"),
    # blame of "the attack" several sentences on, in the paragraph of the report's first event
    ("Assailants raided a village near the border. One guard was killed and a child was abducted. The assailants "
     "also looted shops. The outcome of the abduction is unknown. No group claimed responsibility for the incident; "
     "however, sources attributed the attack to Boko Haram.", "Boko Haram"),
    ("A soldier shot dead two colleagues at a base. Sources suspected that the assailant may be a member of the "
     "Taliban.", "Taliban"),
    ("Assailants attacked a police officer in the town. Sources suspected the involvement of either the Taliban or "
     "the Haqqani Network.", "Taliban"),
    ("A suicide bomber attacked a police headquarters. The Algeria Province of the Islamic State and AQIM issued "
     "competing claims of responsibility.", "Algeria Province of the Islamic State"),
    # an adjective of creed before the agent; a parenthetical phrase between the verb and "by"
    ("Six preachers were abducted by the Muslim Abu Sayyaf Group (ASG).", "Abu Sayyaf Group (ASG)"),
    ("A consul was kidnapped, along with a British businessman, by members of the ELF.", "Eritrean Liberation Front (ELF)"),
    # the name after a description of the group that acted ("by the group loyal to X, NAME")
    ("A trader was kidnapped and killed by the group loyal to Abu Musab al-Zarqawi, Tanzim Qa'idat al-Jihad fi "
     "Bilad al-Rafidayn.", "Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn"),
    ("Two drivers were kidnapped by a group calling themselves the Islamic Army in Iraq.", "Islamic Army in Iraq"),
    # a sponsor before the name ("the Iranian-backed Hezbollah")
    ("Three soldiers were killed in an ambush near the border by the Iranian-backed Hezbollah.", "Hizballah"),
    # letters and symbols of a group left at the scene
    ("Two holiday homes were damaged by bombs. An inscription bearing the letters 'FLNC' was found at the scene.",
     "Corsican National Liberation Front (FLNC)"),
    ("Attackers threw firebombs at an office. They also painted a five-pointed star, symbol of the Red Army "
     "Faction, on a wall.", "Red Army Faction (RAF)"),
    # the arrested have alleged ties to a group
    ("A bomb exploded outside a cafe. Two men were arrested in connection with the attack and have alleged ties "
     "to the Kurdish Workers' Party (PKK).", "Kurdish Workers Party (PKK)"),
    # a unit named between the blame and its group
    ("A bridge was destroyed overnight. Authorities attribute the attack to the 41st Front of the Revolutionary "
     "Armed Forces of Colombia (FARC).", "Revolutionary Armed Forces of Colombia (FARC)"),
    # "put an explosive device": the subject placed the bomb, whatever the police did with it afterwards
    ("The Revolutionary Armed Forces of Colombia (FARC), 37th front, put an explosive device at the offices of a "
     "power company. Police agents deactivated the device before it exploded.",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    # a named group's member after "by a"; "by either X or Y" is X
    ("A taxi driver was shot and killed by a Loyalist Volunteer Forces (LVF) gunman.", "Loyalist Volunteer Forces (LVF)"),
    ("An officer was wounded when his helicopter was fired on by either Sendero Luminoso members or drug traffickers.",
     "Shining Path (SL)"),
    # but "by a militant group calling itself X" is X, not the generic "militant group"
    ("Three drivers were kidnapped by a militant group calling itself the Al-Fursan Brigades.", "Al-Fursan Brigades"),
    # claims in a group's name, claims of responsibility by a group, leaflets naming the attackers
    ("One person was killed in an explosion at a travel agency. Later a man claimed responsibility in the name of the "
     "Armenian Secret Army for the Liberation of Armenia (ASALA).", "Armenian Secret Army for the Liberation of Armenia"),
    ("The homes of three attaches were raided by armed men who left leaflets identifying them as members of the "
     "Peronist Armed Forces (FAP).", "Fuerzas Armadas Peronistas (FAP)"),
    # a faction or offshoot named with its group acts for the group
    ("A truck driver was kidnapped by a group calling itself the Khalid Bin-al-Walid Corps, an offshoot of the "
     "Islamic Army in Iraq.", "Islamic Army in Iraq"),
    # a uniform is a disguise, not an actor
    ("National Liberation Army (ELN) guerrillas in police uniforms set up false roadblocks and abducted a senator.",
     "National Liberation Army of Colombia (ELN)"),
    # "attempted to abduct"; a name with its abbreviation after a slash
    ("Members of the Kurdistan Workers' Party/People's Congress of Kurdistan (PKK/KONGRA-GEL) entered the village "
     "and attempted to abduct a farmer.", "Kurdish Workers Party (PKK)"),
    ("Two men trying to plant a bomb at a consulate were killed when it exploded early. It was determined that they "
     "were members of the 19 April Movement (M-19).", "M-19 (Movement of April 19)"),
    # "a total of five rockets" counts rockets, not attacks: one event, by the group
    ("The Al Quds Brigades, the military wing of Islamic Jihad, fired a total of five rockets at two settlements.",
     "Palestine Islamic Jihad (PIJ)"),
    # a group's bomb named by its planter
    ("A FARC planted roadside bomb went off near a group of people outside the town, killing two.",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    ("An engineer was killed when guerrillas suspected of belonging to the New People's Army (NPA) fired on a "
     "helicopter.", "New People's Army (NPA)"),
    # a longer way between the act and its agent
    ("Twenty tourists were abducted and taken to a camp in nearby mountains by National Liberation Army (ELN) "
     "rebels.", "National Liberation Army of Colombia (ELN)"),
    # the group alerted the authorities before the blast; an investigation into a group's participation
    ("A small bomb exploded on a beach, lightly injuring two women. ETA alerted the authorities before the blast.",
     "Basque Fatherland and Freedom (ETA)"),
    ("A car bomb went off in front of a club, killing five. The investigation is focusing on participation in this "
     "incident by the Japanese Red Army.", "Japanese Red Army (JRA)"),
    # a group's name after the cue that names it ("named", "called", "calling itself The ...", "claimed by the
    # anarchist group, X")
    ("The embassy was firebombed. An anarchist group named Black Ilija claimed responsibility for the attack.",
     "Black Ilija"),
    ("A bomb exploded at a bank. A group called Revolutionary Nuclei claimed responsibility.", "Revolutionary Nuclei"),
    ("A liberation movement calling itself The Sword of Islam claimed responsibility for bombing a substation.",
     "Sword of Islam"),
    ("A noise bomb exploded under a pylon. The attack was claimed by the anarchist group, Day of the Young Combatant "
     "who said it was a protest.", "Day of the Young Combatant"),
    # a name that runs on through "in", "with", "against" and a number with a letter
    ("An expert was killed trying to dismantle a car bomb. An opposition movement calling itself Islamic Resistance in "
     "Syria claimed responsibility for planting the bomb.", "Islamic Resistance in Syria"),
    ("A group calling themselves Solidarity with 17N claimed responsibility for setting a car on fire in Ekali.",
     "Solidarity with 17N"),
    # aliases: abbreviations and the adjective of a group's name
    ("Five members of the TPLA kidnapped four servicemen near the capital.", "Turkish People's Liberation Army (TPLA)"),
    ("Two churches were bombed by suspected CGSB members.", "Simon Bolivar Guerrilla Coordinating Board (CGSB)"),
    ("About forty bombs exploded in the city. Montonero slogans and banners were left at many of the bombings.",
     "Montoneros (Argentina)"),
    # a country owning the name, a base before it: not part of the name
    ("A man who said he belonged to Colombia's Popular Workers Front took four people hostage in a bank.",
     "Popular Workers Front"),
    ("The offices were bombed. Local authorities believe the Algiers-based Canary Islands Independence Movement "
     "carried out the attack.", "Canary Islands Independence Movement"),
    # "separatists calling themselves X" is X, not the description
    ("Three tourists were kidnapped near the lake by separatists calling themselves Al-Faran.", "Al-Faran"),
    # a shared abbreviation read in its country ("the TPLF" in Turkey is the Turkish front, not Tigray's)
    ("Members of the TPLF kidnapped the consul general in Istanbul, Turkey.", "People's Liberation Party-Front of Turkey (THKP-C)"),
    # suspicion: "X or Y were suspected", a name set off by commas, slash-joined names, "it is believed that",
    # "the most likely perpetrator is", "the only militant force that operates in the area", "X was implicated"
    ("Extremists attacked three banks in the city. Dev Sol or other sympathisers were suspected.",
     "Revolutionary People's Liberation Party-Front (DHKP-C)"),
    ("A bomb damaged the offices. The Catalonian separatist movement, Terra Lliure, is suspected.", "Terra Lliure"),
    ("Three bombs exploded in the capital. Alpha-66/CORU members are suspected.", "Anti-Castro Cubans"),
    ("A councillor was shot and killed. It is believed that a unit of the Self-Defense Forces of Colombia (AUC) was "
     "responsible.", "Self-Defense Forces of Colombia (AUC)"),
    ("A bomb exploded near a bank. The most likely perpetrator is Al-Qaeda.", "Al Qaeda"),
    ("Three policemen were killed in the explosion. Al-Mahdi Army is the only militant force that operates against "
     "government forces in the area.", "al-Mahdi Army"),
    ("A bomb exploded at a resort. ETA warned the authorities before the blast.", "Basque Fatherland and Freedom (ETA)"),
    ("The Popular Liberation Army (EPL) attempted an attack on a government building in the city.",
     "Popular Liberation Army (EPL)"),
    # a generic agent who said what group they were from ("who said they were X": the pattern wanted a second space)
    ("A jet was hijacked by four armed men who said they were Tupamaros.", "Tupamaros (Uruguay)"),
    ("Two drivers were kidnapped by gunmen who claimed to be members of the Islamic Army in Iraq.",
     "Islamic Army in Iraq"),
    # a time between the act and its agent; a sponsor controlling the group
    ("Five soldiers were killed in an ambush at 5:30am in occupied southern Lebanon by the Iranian-backed Hezbollah.",
     "Hizballah"),
    ("A rocket attack on the embassy was believed to be perpetrated by the Syrian-controlled Abu Nidal group.",
     "Abu Nidal Organization (ANO)"),
    # the attackers described after the act
    ("A car bomb exploded outside the police station. Authorities blame this attack that injured at least sixty "
     "people on the Revolutionary Armed Forces of Colombia (FARC).", "Revolutionary Armed Forces of Colombia (FARC)"),
    ("A bishop was killed in the explosion. The suspects, all members of the GIA, were killed by security forces "
     "a month later.", "Armed Islamic Group (GIA)"),
    ("A businessman was kidnapped in the capital. The abductors were members of the ERP.",
     "Ejercito Revolucionaria del Pueblo (ERP) (Argentina)"),
    ("Missionaries were taken hostage. The kidnappers, from the Sudan People's Liberation Army (SPLA) accused them "
     "of spying.", "Sudan People's Liberation Army (SPLA)"),
    ("A bomb exploded at the offices. The homemade device resembled other devices used by the RAF.",
     "Red Army Faction (RAF)"),
    # people held or captured by a named group: an abduction, the group its agent
    ("A British correspondent was captured by the Tigre People's Liberation Front near the border.",
     "Tigray Peoples Liberation Front (TPLF)"),
    ("Two nuns were held by the Sudan People's Liberation Army and forced to walk many miles.",
     "Sudan People's Liberation Army (SPLA)"),
    ("A journalist and a driver were stopped and held by Revolutionary Armed Forces of Colombia (FARC) guerrillas for "
     "several hours.", "Revolutionary Armed Forces of Colombia (FARC)"),
    # property attacks: burning cars, damaging vehicles
    ("The Revolutionary People's Struggle (ELA) took responsibility for burning three cars of foreign missions.",
     "Revolutionary People's Struggle (ELA)"),
    ("The Earth Liberation Front (ELF) is presumed responsible for damaging construction vehicles at a building site.",
     "Earth Liberation Front (ELF)"),
    # "rebels fighting for X" are X's (and "fighting for" is no clash)
    ("Rebels fighting for the New People's Army ambushed a police officer on a road near the town.",
     "New People's Army (NPA)"),
    # suspects described after their arrest; a sponsor's adjective after "suspected"
    ("A bomb exploded downtown. Four members of the FARC who are believed to be behind the attack were arrested.",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    ("A researcher was shot dead by suspected fundamentalist Ugandan Christian Democratic Army members.",
     "Uganda Democratic Christian Army (UDCA)"),
    # a defused bomb and who planted it, or who claim to belong to the group that did
    ("Police defused a bomb at the municipality building which was believed to be planted by Communist Party of "
     "Nepal-Maoists.", "Communist Party of Nepal-Maoists (CPN-M)"),
    ("Police defused a 30-kilo explosive hidden in a van stolen by three men who claim to be Basque Fatherland and "
     "Freedom (ETA) members.", "Basque Fatherland and Freedom (ETA)"),
    # a warning from the group; a banner with its name; "heavily suspected"; a caller claiming to be a member
    ("Two bombs exploded in resorts. The blasts came after a warning from the Basque Fatherland and Freedom (ETA) "
     "that devices had been planted.", "Basque Fatherland and Freedom (ETA)"),
    ("A bomb shattered the windows. Authorities found a banner with the name Islamic Great East Raiders Front "
     "(IBDA-C) written on it.", "Islamic Great East Raiders Front (IBDA-C)"),
    ("A guard was injured by a bomb blast at the station. The People's National Congress (PNC) are heavily suspected "
     "of perpetrating the violence.", "People's National Congress (PNC)"),
    ("A bomb exploded at an office. An anonymous caller claiming to be a member of the clandestine Popular "
     "Liberation Forces took credit for the attack.", "Popular Liberation Forces"),
    # unknown groups: a name set off by commas after "group"; a cause in the name ("National Front for the
    # Liberation of X", whose first word alone would make a state body); "Militias"; names that begin with "Group"
    ("The anarchic group, Arsonists of Conscience, claimed responsibility for setting an embassy car on fire.",
     "Arsonists of Conscience"),
    ("A woman was kidnapped in the city by a previously unknown group, Abu Bakr al-Siddiq Fundamentalist Brigades.",
     "Abu Bakr al-Siddiq Fundamentalist Brigades"),
    ("A consular official was found murdered. An envelope found on his body was signed by the National Front for "
     "the Liberation of Kurdistan.", "National Front for the Liberation of Kurdistan"),
    ("An explosion at a restaurant was attributed to the People's Revolutionary Militias who had left pamphlets.",
     "People's Revolutionary Militias"),
    ("Three cars were set on fire. The anarchist Group of Nighttime Sabotage claimed credit for the attack.",
     "Group of Nighttime Sabotage"),
    # a group's name written at the scene, a described member, suspects believed members, "to be from / associated
    # with", "masked members of", "all members of"
    ("A bomb damaged a house. Painted on the house were the words, Black September.", "Black September"),
    ("A guard pulled a package from under the car just before it exploded. M-19 had been written in the dust on a "
     "window.", "M-19 (Movement of April 19)"),
    ("A bomb exploded at a checkpoint. The woman was described as a member of the Kurdish Workers Party.",
     "Kurdish Workers Party (PKK)"),
    ("A bomb exploded in the office. Police suspect the First of October Anti-Fascist Resistance Group (GRAPO) of "
     "being involved.", "First of October Antifascist Resistance Group (GRAPO)"),
    ("Two men were shot dead. All three men arrested are believed members of the Free Aceh Movement.",
     "Free Aceh Movement (GAM)"),
    ("A man was killed by masked members of the Fatah-linked Al-Aqsa Martyrs Brigade in a village.", "al-Fatah"),
    ("Gunmen suspected to be from the Liberation Tigers of Tamil Eelam (LTTE) killed a civilian and a police officer.",
     "Liberation Tigers of Tamil Eelam (LTTE)"),
    ("A bus was attacked. Two of the terrorists, all members of Al Fatah, were captured.", "al-Fatah"),
    # a group's former name after a comma is the same group, not the claimant
    ("Two roadside bombs detonated, killing seven. The Islamic State of Iraq, formerly known as the Mujahideen Shura "
     "Council, claimed responsibility for the attack.", "Islamic State of Iraq"),
    ("A bomb exploded in a market. The Islamic State of Iraq, formerly the Mujahideen Shura Council, claimed "
     "responsibility.", "Islamic State of Iraq"),
    # a claim by several groups in the sentence of the act is the first claimant's, not the verb's nearest subject
    ("Two rockets were fired at a town. The Al-Aqsa Martyrs Brigade, the Martyr Abu-Ali Mustafa Brigades, and the "
     "National Resistance Brigades claimed responsibility for firing two rockets.", "Al-Aqsa Martyrs Brigade"),
    # where the group holds or works: an area it controls, its stronghold, its activity there (alleged, as the
    # terrorism databases code it)
    ("Two ambassadors were kidnapped. Their burnt-out car was found in an area controlled by the Armed Islamic Group "
     "(GIA).", "Armed Islamic Group (GIA)"),
    ("A bomb exploded at a power plant. The area is known to have extensive Mahdi Army activity.", "al-Mahdi Army"),
    ("Two roadside bombs wounded three policemen. Al-Mahdi Army's stronghold is not far from the area.",
     "al-Mahdi Army"),
    # a unit its group owns ("Fatah's Al-Aqsa Martyrs Brigades") acts for the group
    ("Fatah's Al-Aqsa Martyrs Brigades claimed the attack on a bus.", "al-Fatah"),
    # the act an attack avenges is another act: "the attack" after it still refers to the report's own
    ("Two rockets were fired at a town. No damage was reported. The attack comes as retaliation for the shooting of "
     "three youths by Israel Defense Forces (IDF) troops. The attack was claimed by the military wing of the Popular "
     "Resistance Committees.", "Popular Resistance Committees"),
    # a defusal written actively ("deactivated ... explosive devices") and the group blamed for the bomb
    ("Colombian forces deactivated forty kg of explosive devices attached to a boat on the river. The National "
     "Liberation Army (ELN) is being blamed.", "Military Forces of Colombia"),
    # claims and marks of a group: "claimed by several groups, including X", "X boasted about", "X letter bombs",
    # "a X slogan", "X may have been behind", "saying they belonged to a group called X", "placards belonging to X",
    # "in retaliation by X", "an X hit squad was believed responsible"
    ("A bomb exploded at a bank. Responsibility has been claimed by several groups, including the Revolutionary "
     "Struggle.", "Revolutionary Struggle"),
    ("A car was destroyed by two incendiary devices. The Animal Liberation Front (ALF) boasted about the arson.",
     "Animal Liberation Front (ALF)"),
    ("One of the IRA letter bombs was discovered at an embassy.", "Provisional Irish Republican Army (PIRA)"),
    ("A policeman was killed by the terrorists. A Montonero slogan was painted on the outside wall of the offices.",
     "Montoneros (Argentina)"),
    ("A bus exploded and ten tourists were injured. Hamas may have been behind the attack.",
     "Hamas (Islamic Resistance Movement)"),
    ("A bomb exploded at a bar. A man telephoned the press saying they belonged to a group called Omega 7.",
     "Anti-Castro Cubans"),
    ("A van was set on fire by a member of the disbanded pacifist group the Continuing Struggle.", "Continuing Struggle"),
    ("A bomb exploded. This incident could be in retaliation by the Popular Liberation Army (EPL) for the arrests.",
     "Popular Liberation Army (EPL)"),
    ("An NPA hit squad was believed responsible for the assassination of a mayor.", "New People's Army (NPA)"),
    # a unit's front between the members and their group; "the three were members of X"; "gutted"
    ("Heavily armed members of the Teofilo Forero Mobile Column of the 14th front of the Revolutionary Armed Forces "
     "of Colombia (FARC) stormed into the town and opened fire on a police station.",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    ("Three men tried to bomb a consulate. The three were members of the Cuban Nationalist Movement.",
     "Anti-Castro Cubans"),
    ("Tupac Amaru guerrillas gutted three restaurants in the capital.", "Tupac Amaru Revolutionary Movement (MRTA)"),
    # found in RAND records of the third quarter, checked on the fourth: the main clause after an opening phrase
    # with an irregular verb, "rebels from X", identification and links, the bomber described, arrests of members,
    # admissions and releases by the kidnappers
    ("In a large-scale kidnapping incident, Abu Sayyaf Group (ASG) rebels took more than thirty hostages from a "
     "village.", "Abu Sayyaf Group (ASG)"),
    ("Hundreds of Maoist rebels from the Communist Party of Nepal-Maoists (CPN-M) stormed the telephone tower.",
     "Communist Party of Nepal-Maoists (CPN-M)"),
    ("A bomb damaged the home. The Corsican National Liberation Front (FLNC) was inscribed on a nearby wall.",
     "Corsican National Liberation Front (FLNC)"),
    ("Two men were shot dead. The perpetrators are from the East Turkestan Liberation Organization.",
     "East Turkestan Liberation Organization"),
    ("A bomb killed two children. The nature of the attack strongly suggests Al-Qaeda.", "Al Qaeda"),
    # a conviction told after the act, and leaflets that say whose it was
    ("A bomb exploded in a night market, killing six. Members of Abu Sayyaf were later convicted.", "Abu Sayyaf Group (ASG)"),
    ("Dozens of small bombs went off across the province. Leaflets left at the scenes were from the ELN.",
     "National Liberation Army of Colombia (ELN)"),
    ("A bomb exploded in the city. It is likely that the attacker is a member of Al-Qaeda.", "Al Qaeda"),
    ("A car bomb exploded. The bomber, a member of the FARC, was apprehended soon after.",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    ("Rockets were fired at a town. The militants were from Islamic Jihad.", "Palestine Islamic Jihad (PIJ)"),
    ("A group associated with the Salafist Group for Call and Combat (GSPC) exploded a homemade bomb near a police "
     "station.", "Salafist Group for Call and Combat (GSPC)"),
    ("A bomb exploded at a station. Several Sendero Luminoso members were arrested in connection with the bombing.",
     "Shining Path (SL)"),
    ("Two journalists were kidnapped. The Islamic Army in Iraq group later admitted to holding the two men.",
     "Islamic Army in Iraq"),
    ("A tourist was kidnapped on a bus. The National Liberation Army (ELN) released him after holding him hostage "
     "for five months.", "National Liberation Army of Colombia (ELN)"),
    ("Five sailors were attacked by between 8 and 30 New People's Army (NPA) gunmen while hiking.",
     "New People's Army (NPA)"),
    ("ASALA failed in an assassination attempt against a local representative.",
     "Armenian Secret Army for the Liberation of Armenia"),
    # the party's name written without "of"
    ("Forty pupils were kidnapped from a school by the Communist Party Nepal-Maoists.",
     "Communist Party of Nepal-Maoists (CPN-M)"),
    # a passive agent after a long run of places, with no verb between
    ("A banker was abducted from his room on the top floor of a hotel near the port of the old city by the "
     "Organization of the Oppressed on Earth.", "Hizballah"),
    # the agent of a participle is a group's supporters
    ("A car was wrecked by a bomb that had been planted by supporters of the Red Army Faction.", "Red Army Faction (RAF)"),
    # an adverb before "responsible"
    ("A bomb went off at a post office. The African National Congress (ANC) was reportedly responsible.",
     "African National Congress (South Africa)"),
    # a political adjective between the cue and the name
    ("Gunmen shot a judge outside the court. The gunmen are believed to be affiliated with the leftist Red Brigades.",
     "Red Brigades"),
    # the group the attackers belong to, named by its abbreviation with an article
    ("Guerrillas attacked a border village. The guerrillas belong to a PLO faction based abroad.",
     "Palestine Liberation Organization (PLO)"),
    # a country after the claimant's name
    ("A car bomb went off near a barracks. The group Arab Liberation Front, Lebanon claimed responsibility.",
     "Arab Liberation Front (Palestine)"),
    # a name written in full in another way, with the known abbreviation in brackets
    ("A gunman shot two guards at a checkpoint. The Popular Front for Liberation of Palestine (PFLP) claimed responsibility.",
     "Popular Front for the Liberation of Palestine (PFLP)"),
    ("A pylon was blown up. The Simon Bolivar National Guerrilla Coordinating Board (CGSB) claimed responsibility.",
     "Simon Bolivar Guerrilla Coordinating Board (CGSB)"),
    ("A bomb went off at a school. Teachers said the attackers are suspected to be members of the Pattani United "
     "Liberation Organization (PULO).", "Pattani United Liberation Organization (PULO)"),
    ("A grenade was thrown into a shop. The Patani United Liberation Organization claimed responsibility.",
     "Pattani United Liberation Organization (PULO)"),
    ("A bomb was set off at an airline office. A group called Mojahedine-e Khalq claimed responsibility.",
     "Mujahideen-I-Khalq (MK)"),
    # a cue further from the name than a short window ("identified themselves as members of the radical ... called X")
    ("A consul was shot dead. The gunmen identified themselves as members of the radical Palestinian group called "
     "Black June.", "Abu Nidal Organization (ANO)"),
    ("A judge was shot dead. He identified himself and his accomplices as members of the Red Brigades.", "Red Brigades"),
    # "X, who ..., however, are the main suspects"
    ("A bomb went off near a bridge. ELN guerrillas, who may have come from the hills, however, are the main suspects.",
     "National Liberation Army of Colombia (ELN)"),
    # a warning given is the group's own
    ("A bomb exploded at a tax office. The Revolutionary People's Struggle (ELA) gave a warning before the blast.",
     "Revolutionary People's Struggle (ELA)"),
    ("A bomb exploded at a bank. No group has claimed responsibility, but Al-Sa'iqa was suspected.", "As-Sa'iqa"),
    # a booby-trapped car
    ("The NPA booby-trapped the jeep of a mayor in the province.", "New People's Army (NPA)"),
    # a generic noun the group is believed to own
    ("Three gunmen believed to belong to the Zimbabwe African People's Union killed two farmers near the mission.",
     "Zimbabwe African People's Union (ZAPU)"),
    # "by a group of about 30 X members"
    ("A holiday village was blown up by a group of about 30 Corsican National Liberation Front (FLNC) members.",
     "Corsican National Liberation Front (FLNC)"),
    ("A bomb went off in an olive grove. The local press fingered the Salafist Group for Call and Combat (GSPC).",
     "Salafist Group for Call and Combat (GSPC)"),
    ("A bomb damaged a travel agency. Police said the attack has been associated with Dev Sol.", "Dev Sol"),
    ("A bomb exploded outside a bank. The Islamic Jihad in Palestine was suspected.", "Palestine Islamic Jihad (PIJ)"),
    # an appositive between the name and "was suspected"
    ("A bomb exploded near a church. The Tigray People's Liberation Front, a regional autonomy group active against "
     "the central government, was suspected.", "Tigray Peoples Liberation Front (TPLF)"),
    # a warning or a call from the group (the cue had wanted two spaces after "representing")
    ("A bomb exploded at a petrol station. An anonymous caller representing the Basque Fatherland and Freedom (ETA) "
     "warned of the device.", "Basque Fatherland and Freedom (ETA)"),
    ("Police defused a bomb at a post office after a phone warning came from a member of the Basque Fatherland and "
     "Freedom (ETA).", "Basque Fatherland and Freedom (ETA)"),
    ("A bomb exploded outside a bank. A caller from the Basque Fatherland and Freedom (ETA) had warned of it.",
     "Basque Fatherland and Freedom (ETA)"),
    ("A bomb exploded in a market. No group has claimed responsibility, but the MILF are highly suspected of being "
     "responsible.", "Moro Islamic Liberation Front (MILF)"),
    ("A bomb exploded in a market. The Revolutionary Armed Forces of Colombia (FARC) are the suspected perpetrators.",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    ("A bomb exploded at a bank. Revolutionary Struggle placed at least two phone calls after the attack to claim the "
     "blast.", "Revolutionary Struggle"),
    ("A bomb exploded in a market. Runda Kumpalan Kecil (RKK), along with local militant support, is suspected.",
     "Runda Kumpalan Kecil (RKK)"),
    # a dashed appositive between the claimant and its claim
    ("Gunmen shot dead two settlers. The military wing of Hamas -- the Izz al-Din al-Qassam Brigades -- claimed the "
     "attack.", "Hamas (Islamic Resistance Movement)"),
    # a unit "of" its parent claims for the parent
    ("A rocket hit a house in Sderot. The al-Quds Brigades of the Popular Front for the Liberation of Palestine (PFLP) "
     "claimed it fired the rocket.", "Popular Front for the Liberation of Palestine (PFLP)"),
    # a translation in square brackets between a claimant and its claim
    ("A car bomb killed nine people at a checkpoint. The Soldiers of the Prophet's Companions [Jund al-Sahaba] claimed "
     "responsibility for the attack.", "Soldiers of the Prophet's Companions"),
    # a claimant that telephoned the claim, and a second claim in a sentence whose first has no named subject
    ("A bomb went off in an office block. A member of the Revolutionary People's Liberation Party-Front (DHKP-C) "
     "called a news agency and claimed responsibility.", "Revolutionary People's Liberation Party-Front (DHKP-C)"),
    ("A bomb went off on a bus. The group that claimed credit for last month's bombing of a consulate, the Abu Nidal "
     "Organization (ANO), also claimed responsibility for this bombing.", "Abu Nidal Organization (ANO)"),
    ("The Al-Aqsa Martyrs Brigade and the Abu Ali Mustafa Brigades, the armed wing of the Popular Front for the "
     "Liberation of Palestine (PFLP), claimed responsibility for firing two rockets at a town.", "Al-Aqsa Martyrs Brigade"),
    # a claim in a group's name, and a generic noun whose own name for itself follows
    ("A bomb destroyed a laboratory. The bomb was claimed in the name of the Sons of the Southern Hills.",
     "Sons of the Southern Hills"),
    ("Terrorists, calling themselves the Committee Against the Summit, set off a bomb at a hotel.",
     "Committee Against the Summit"),
    # names no table lists, by their cue: "suspect that the X may be responsible", "the Peruvian group X (ABBR)",
    # "the X group bombed", "a group called al-X"; the owner in "believe that X's village" is no group
    ("A bomb exploded at the offices of a deputy. The police suspect that the Torches of Dawn may be responsible for "
     "the attack.", "Torches of Dawn"),
    ("A letter bomb exploded at an embassy. The Peruvian group Comando Nacionalista Andino (CNA) issued a communique.",
     "Comando Nacionalista Andino (CNA)"),
    ("The Silver Lantern group bombed a branch of a cosmetics firm in Paris.", "Silver Lantern"),
    ("A bomb exploded at a hotel. An ethnic Somali group called al-Ittihaad al-Islami claimed responsibility.",
     "al-Ittihaad al-Islami"),
    ("A bomb exploded at a market. Investigators believe the attack was perpetrated by the Muslim Separatist group, "
     "Moro Islamic Liberation Front (MILF).", "Moro Islamic Liberation Front (MILF)"),
    # a dash-joined subtitle of the claimant's name; a flag with the group's symbol; militants "from" a group blamed
    ("The Red Brigades- Urban Warfare for the Construction of the Fighting Front, claimed responsibility for placing a "
     "bomb at an office.", "Red Brigades"),
    ("A bomb went off near an embassy in Lima. A flag with the Shining Path symbol was found at the scene.",
     "Shining Path (SL)"),
    ("A bomb was found in a restaurant. The device was blamed on militants from the Moro Islamic Liberation Front.",
     "Moro Islamic Liberation Front (MILF)"),
    # "shot when five members of X entered", "X released the two", "X has targeted ... in the past"
    ("An executive was shot when five members of the 23rd of September Communist League forcibly entered the plant.",
     "23rd of September Communist League"),
    ("Guerrillas kidnapped two engineers of a company. The Patriotic Union of Kurdistan released the two in September.",
     "Patriotic Union of Kurdistan (PUK)"),
    ("A bomb exploded at a construction camp near the city. ETA has targeted transportation projects in the past in "
     "this region.", "Basque Fatherland and Freedom (ETA)"),
    # an act named after "since the" is a time, not an event of its own: the blame in its sentence is the attack's
    ("A diplomat was shot in the chest in an attack near the capital. The attackers are believed to be members of the "
     "Islamic Renewal Movement, a group which seeks to undermine tourism since the peace agreement last October.",
     "Islamic Renewal Movement"),
    # "the attack" in a blame sentence after a defusal told last is the attack, not the defusal
    ("The barracks was the target of an attack with a grenade launcher. Police defused the fourth grenade. "
     "Authorities state that there is evidence that ETA carried out the attack.", "Basque Fatherland and Freedom (ETA)"),
    # pamphlets "claiming the act for X"; "X is believed to behind" (a slip of the pen); armed men "identified as
    # X"; "forces with X"; an abbreviation in another language (the RZ); the attackers described, then named with
    # the same noun as the subject of a later sentence
    ("Two Molotov cocktails exploded outside an embassy. Pamphlets were found nearby claiming the act for Movimiento "
     "Peronista.", "Movimiento Peronista"),
    ("A bomb exploded at a train station. ETA is believed to behind this attack.", "Basque Fatherland and Freedom (ETA)"),
    ("A faction of Ijaw militants identified as Iduwini Youths kidnapped sixteen workers from a contractor.",
     "Iduwini Youths"),
    ("Nine policemen were killed when forces with the Mujahideen Youth Movement (MYM) attacked a police station.",
     "Al-Shabaab"),
    ("No group claimed the attack on the offices, but it is believed to be the work of the RZ (local revolutionary "
     "cells).", "Revolutionary Cells"),
    ("Leftist guerrillas attacked a chapel with automatic weapons fire, killing five. Shining Path guerrillas accused "
     "the survivors of being servants of imperialism.", "Shining Path (SL)"),
    # a group's own account of its act ("announced that it had downed", "claimed it launched", "accepting
    # responsibility" after its communiqué); hostages "were released by" their captors; "the most likely perpetrators"
    ("The National Union for the Total Independence of Angola (UNITA) an anti-government organization, announced "
     "that it had downed a helicopter of an oil firm in the province.", "National Union for the Total Independence of Angola (UNITA)"),
    ("On 31 December, the Hamas-affiliated Izz al-Din al-Qassam Brigades claimed it launched three rockets at a town.",
     "Hamas (Islamic Resistance Movement)"),
    ("The Revolutionary Armed Forces of Colombia (FARC) released an internet communique on 26 February accepting "
     "responsibility for a car bomb attack against a radio station.", "Revolutionary Armed Forces of Colombia (FARC)"),
    ("Three missionaries were kidnapped in the south. Two of them were released by the Sudan People's Liberation Army "
     "(SPLA) a month later.", "Sudan People's Liberation Army (SPLA)"),
    ("A crude device was thrown at a house. Note: The Loyalist Volunteer Forces (LVF) are the most likely perpetrators, "
     "according to the police.", "Loyalist Volunteer Forces (LVF)"),
    # a past tense without -ed after a name ("the Mariscal Sucre blew up"); a date is no group named after one; a
    # unit "brigades of" its parent in lower case
    ("FARC rebels from the Mariscal Sucre blew up an electricity pylon in the municipality.",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    ("On 17 November the al-Quds Brigades of Palestinian Islamic Jihad claimed it launched eight rockets at a town.",
     "Palestine Islamic Jihad (PIJ)"),
    ("On 2 January the al-Nasir Salah al-Din brigades of the Popular Front for the Liberation of Palestine claimed it "
     "fired two rockets towards a kibbutz.", "Popular Front for the Liberation of Palestine (PFLP)"),
    ("The offices were attacked by terrorists who fired two rockets. The caller claimed to be from November 17.",
     "November 17 Revolutionary Organization (N17RO)"),
    # a clause about the target with "often" makes the act no habit; a missing space after a bracket ends a sentence
    ("Insurgents with the Mujahideen Youth Movement claimed credit for attacking a hotel, which often houses officials.",
     "Al-Shabaab"),
    ("A teacher was killed at the entrance of the school by four members of the United Self Defense Forces of Colombia "
     "(AUC).Note: He is the eighth teacher who has been assassinated this year.", "United Self Defense Forces of Colombia (AUC)"),
    # a passive claim names its agent, not the act before the verb; a victim left dead is no subject
    ("A suicide car bomber rocked a base in the capital. The attack left one soldier dead along with the suicide "
     "bomber himself. The attack was later claimed by the Mujahideen Youth Movement.", "Al-Shabaab"),
    # names after explicit cues, whatever their first word ("known as the New ...", "calling itself ' Group ...'"),
    # after "unit called", "activists calling itself", "on behalf of a group calling themselves"; a name headed
    # by "Brigades of" with an Arabic particle; a claimant with two bracketed names before its claim
    ("A bomb exploded at an office. An anarchist group known as the New Revolutionary Alternative claimed "
     "responsibility for the act.", "New Revolutionary Alternative"),
    ("Unknown perpetrators tried to set fire to a gate. A group calling itself ' Group Revolutionary Reconstruction' "
     "claimed responsibility for the attack.", "Group Revolutionary Reconstruction"),
    ("Members of a self-styled commando unit called Alejo Calatayu claimed responsibility for detonating a small "
     "explosive device at a house.", "Alejo Calatayu"),
    ("A group of right-wing activists calling itself Actiefront Nationaal, claimed responsibility for bombing an "
     "office.", "Actiefront Nationaal"),
    ("Arsonists set fire to a van. An unidentified man claimed responsibility on behalf of a group calling themselves "
     "Communists Liberation Faction.", "Communists Liberation Faction"),
    ("Gunmen shot dead two sisters in central Basra. The Brigades of Imam al-Hussein, a Shiite militia, claimed the "
     "attack in a call to a news agency.", "Brigades of Imam al-Hussein"),
    ("A bomb was found on an overpass. A group called the Indigenous People's Federal Army (IPFA) (also known as the "
     "Indigenous Federal State Army (IFSA)) claimed responsibility.", "Indigenous People's Federal Army (IPFA)"),
    ("The Earth Liberation Front claimed responsibility for setting an office of a lumber company in Glendale, "
     "Oregon, on fire.", "Earth Liberation Front (ELF)"),
    ("Armed members of the Liberation Tigers of Tamil Eelam (LTTE) injured two children when they attacked a camp.",
     "Liberation Tigers of Tamil Eelam (LTTE)"),
    # an agent after the place of a participle; a claimant's abbreviation in brackets before its claim; "the
    # suspected bombers"; a unit of a group after a run of words; "held by"; "six members of a group calling itself X"
    ("A bomb exploded in a bus. The bomb was suspected to have been planted on a luggage rack in the bus by the "
     "Liberation Tigers of Tamil Eelam (LTTE).", "Liberation Tigers of Tamil Eelam (LTTE)"),
    ("A bomb exploded at an office. A militant group based in the plains - the Jantantrik Terai Mukti Morcha Jwala "
     "Singh (JTMM-J) claimed responsibility for the attack.", "Janatantrik Terai Mukti Morcha (JTMM)"),
    ("A bomb exploded at an office, injuring one person. The Communist Party of Nepal-Maoists (CPN-M) are the "
     "suspected bombers in all of the attacks.", "Communist Party of Nepal-Maoists (CPN-M)"),
    ("The mayor was kidnapped on his way to his office by the 13th Front of the Revolutionary Armed Forces of "
     "Colombia (FARC).", "Revolutionary Armed Forces of Colombia (FARC)"),
    ("Gunmen kidnapped a reporter in Baqubah. The two were released in April. A newspaper reported that they had been "
     "held by Ansar al-Sunnah.", "Ansar al-Sunnah"),
    ("An attache was kidnapped by six members of a group calling itself the United Anti-Reelection Command, a leftist "
     "group.", "United Anti-Reelection Command"),
    # a state word that names what the state owns is no subject; a name read by its shape that runs past a slash
    # into a known group's; militiamen "with" a group
    ("The Ethiopian People's Revolutionary Army raided a government road construction project and abducted two "
     "engineers.", "Ethiopian People's Revolutionary Party (EPRP)"),
    ("The mayor was taken from his home and killed by members of the illegal Turkish Communist Party/Marxist Leninist "
     "Turkish Worker Peasant Liberation Army (TKPML-TIKKO).", "Turkish Communist Party/Marxist (TKP-ML)"),
    ("Militiamen with al-Shabaab attacked a police post. The attack left four dead.", "Al-Shabaab"),
    # joint claimants listed with their parents or appositives: the first (its parent when it is a unit "of" one);
    # "the military wing of X, Y Brigades" is X's
    ("The al-Aqsa Martyrs' Brigades of Fatah, the al-Nasir Salah al-Din Brigades of the Popular Resistance "
     "Committees, and the Abu Ali-Mustafa Brigades of the Popular Front for the Liberation of Palestine claimed "
     "responsibility for launching mortar shells into a town.", "al-Fatah"),
    ("The Al-Aqsa Martyrs Brigade; the Al-Quds Brigades, the armed wing of Palestine Islamic Jihad (PIJ); and the "
     "Abu-Ali Mustafa Brigades, the armed wing of the PFLP, claimed joint responsibility for firing rockets on a town.",
     "Al-Aqsa Martyrs Brigade"),
    ("The Al-Aqsa Martyrs Brigade and the Al-Quds Brigades, the armed wing of Palestine Islamic Jihad (PIJ), claimed "
     "joint responsibility for firing two rockets on a town.", "Al-Aqsa Martyrs Brigade"),
    ("The military wing of al-Fatah, al-Aqsa Martyrs Brigades, claimed responsibility for opening fire on settlers "
     "near the fence.", "al-Fatah"),
    # an adjective before a group's name; "the X-linked group, Y"; a name's head noun is not part of it
    ("Shots were fired at a bank. Police said the attacks were coordinated by the Maoist Sendero Luminoso (Shining "
     "Path) terrorist group.", "Shining Path (SL)"),
    ("Five nationals were kidnapped in the capital. The kidnapping was claimed by the al-Qaeda linked group, Tanzim "
     "Qa'idat al-Jihad fi Bilad al-Rafidayn.", "Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn"),
    ("A grenade was tossed into an embassy compound. The Venceremos organization claimed responsibility.",
     "Venceremos"),
    # more ways a text names the attackers: a claim "on behalf of" a name, a name with a digit ("M-5"), the shout of
    # the attackers, a warning call issued by a group, "who the attack is being blamed on", a name headed by "Army",
    # "Union" or "Soldiers of"; a clothing word makes no subject ("disguised in Colombian military uniform")
    ("A device exploded under a truck. A caller claimed responsibility for the attack on behalf of the 'Night Owls.'",
     "Night Owls"),
    ("A bomb exploded outside a bank. A new group calling itself M-7 claimed responsibility for the blast.", "M-7"),
    ("A group of masked men attacked a dormitory. The men were heard to yell that they were the Red Dawn Army.",
     "Red Dawn Army"),
    ("A device detonated in the car park of the airport. A warning call, issued by ETA gave authorities time to "
     "evacuate the premises.", "Basque Fatherland and Freedom (ETA)"),
    ("A device detonated near a pylon. It was made of ammonal, a substance sometimes used by ETA, who the attack is "
     "being blamed on.", "Basque Fatherland and Freedom (ETA)"),
    ("Three men hijacked a flight to the capital. They claimed to be members of the Union of Peaceful Citizens of the "
     "South.", "Union of Peaceful Citizens of the South"),
    ("Three drivers were kidnapped and killed. The Army of the Followers of the Faith claimed responsibility.",
     "Army of the Followers of the Faith"),
    ("FARC rebels disguised in Colombian military uniform shot at a police patrol in Tame.",
     "Revolutionary Armed Forces of Colombia (FARC)"),
    ("New People's Army (NPA) rebels burned a telecom tower in the province. The attack was in retaliation for unpaid "
     "taxes.", "New People's Army (NPA)"),
    # the subject of "used X to shoot"
    ("The New People's Army (NPA) used rifles to shoot two guards at a mine.", "New People's Army (NPA)"),
    # "linked X to the blasts"; two groups one of which "could be responsible"
    ("Bombs exploded at a church. Officials later linked the Abu Sayyaf Group to the two blasts.",
     "Abu Sayyaf Group (ASG)"),
    ("A priest was abducted. Both the Abu Sayyaf Group (ASG) and the MILF operate in the area and either could be "
     "responsible for the kidnapping.", "Abu Sayyaf Group (ASG)"),
    # an attempt is an act, and its subject its perpetrator
    ("The National Liberation Army (ELN) attempted to blow up a bridge near Saravena on Monday.",
     "National Liberation Army of Colombia (ELN)"),
    # the agent after a bracketed division, a unit of the group; the group whose raids they were
    ("Two teachers were killed in El Tarra (Norte de Santander) by the Eastern Command of the National Liberation "
     "Army (ELN).", "National Liberation Army of Colombia (ELN)"),
    ("Nine council members were kidnapped during National Liberation Army (ELN) raids on three hamlets.",
     "National Liberation Army of Colombia (ELN)"),
    # blamed on a described group, "possibly" the named one; on a unit the group calls a network
    ("A grenade exploded near a court in Lima. Police attribute the blast to a leftist group, possibly the Shining "
     "Path.", "Shining Path (SL)"),
    ("A bomb damaged a bank in Cali. Police attributed the attack to the Manuel Cepeda Urban Network of the "
     "National Liberation Army (ELN).", "National Liberation Army of Colombia (ELN)"),
    # a defused bomb and the group suspected of the attempt told next
    ("Police defused a bomb on a railway near Omagh. Officers suspect the Real IRA of the attempted attack.",
     "Real Irish Republican Army (RIRA)"),
    # letter bombs intercepted, and who mailed them
    ("Postal workers intercepted letter bombs addressed to two judges. The letters were mailed by Black September.",
     "Black September"),
    ("A farmer was tortured to death by the Jagrata Muslim Janata Bangladesh (JMJB) near Rajshahi.",
     "Jagrata Muslim Janata Bangladesh (JMJB)"),
    # names no table lists, after "claiming to be members of" and "identified itself as" (with "and" inside)
    ("A bomb was found at a consulate in Turin. Callers claiming to be members of the Nuclei Rossi Proletari said "
     "they had placed it.", "Nuclei Rossi Proletari"),
    ("Two bombs exploded at bank offices in Amman. The group claiming the bombings identified itself as the Arab "
     "Revolutionary and Popular Committee.", "Arab Revolutionary and Popular Committee"),
    # the group whose sympathisers were responsible
    ("A grenade was thrown into a church in Garissa on Sunday. Police said al-Shabaab sympathisers were responsible.",
     "Al-Shabaab"),
    # a riot claimed by a group: the group
    ("Thirty youths threw stones and petrol bombs at a company's offices in Lyon. A group called the Sons of the "
     "Intifada Front claimed responsibility for the attack.", "Sons of the Intifada Front"),
]


@pytest.mark.parametrize(("text", "gold"), PERPETRATOR)
def test_perpetrator(text, gold):
    got = perp(text)
    assert same(got, gold), (got, gold)


def test_a_known_name_with_an_of_tail_is_another_group():
    d = ActorDictionary.load()
    found = d.find("Members of the People's Liberation Army of Kurdistan (ARGK) opened fire on village guards.")
    assert [m.entry.canonical for m in found if not m.entry.generic] == ["People's Liberation Army of Kurdistan (ARGK)"]


def test_unknown_group_keeps_its_abbreviation():
    got = perp("The Free Highland Guerilla Army (FHGA) threw a bomb at a bank in the capital.")
    assert got is not None and "(FHGA)" in got


@pytest.mark.parametrize(("a", "b"), [("Tupac Katari Guerilla Army", "Tupac Katari Guerrilla Army (EGTK)"),
                                      # a word in the singular or the plural
                                      ("Overthrown Anarchists Faction", "Overthrown Anarchist Faction"),
                                      ("Front for Defender of Islam (FPI)", "Front for Defenders of Islam"),
                                      # a slip of a letter or two in one long word; the little words left out
                                      ("Jemaah Islamiyah", "Jemmah Islamiyah"), ("Liberation Batallion", "Liberation Battalion"),
                                      ("Justice Commandos for Armenian Genocide", "Justice Commandos for the Armenian Genocide"),
                                      ("Secret Organization of Zero", "Secret Organization Zero"),
                                      ("People's Fighter Group", "People Fighter Group"),
                                      ("Jewish Defense League", "Jewish Defence League"),
                                      # translations, word orders and former names of one group
                                      ("Justice Commandos of Armenian Genocide", "JCAG"),
                                      ("15 May Organization", "May 15 Organization for the Liberation of Palestine"),
                                      ("Cinchonero Popular Liberation Front", "Cinchoneros Popular Liberation Movement"),
                                      ("2 June Movement", "2nd of June Movement"),
                                      ("People's Strugglers", "Mujahedin-e Khalq"),
                                      ("PDFLP", "Democratic Front for the Liberation of Palestine"),
                                      ("Secret Army for the Liberation of Armenia", "ASALA"),
                                      ("Nationalist Youth Organization", "Kabataang Makabayan"),
                                      ("Morazanist Patriotic Front", "Patriotic Morazanista Front (FPM)"),
                                      ("Mozambican National Resistance", "RENAMO"),
                                      ("Warriors of the 16th of June Movement", "June 16 Organization"),
                                      ("Turkish People's Liberation Front (TPLF)(THKP-C)", "THKP-C"),
                                      ("al-Qaeda Organization in the Islamic Maghreb", "AQIM"),
                                      ("Lebanese Armed Revolutionary Factions", "LARF"),
                                      # a gold name cut at 50 characters against any name of the group
                                      ("May 15 Organization for the Liberation of Palestin", "15 May Organization")])
def test_spelling_variants_are_one_name(a, b):
    assert ActorDictionary.load().same_actor(a, b)


@pytest.mark.parametrize(("a", "b"), [("Red Brigades", "Red Army Faction (RAF)"), ("Taliban", "Tehrik-i-Taliban Pakistan (TTP)"),
                                      ("People's Liberation Front", "People's Liberation Forces (FPL)"),
                                      ("Moro Liberation Front", "Moro National Liberation Front (MNLF)"),
                                      ("Popular Resistance Committees", "Popular Front for the Liberation of Palestine (PFLP)")])
def test_different_groups_stay_apart(a, b):
    assert not ActorDictionary.load().same_actor(a, b)


@pytest.mark.parametrize("text", [
    "A bomb exploded outside a bank in the city centre, injuring three people.",
    "Two policemen died when a bomb exploded under their patrol car.",
    # the group an unknown association was formed to support is not suspected with it
    "Two helicopters were attacked. The Black Bloc association, formed to support the Red Army Faction, is believed "
    "responsible for the attack.",
    # the owner in "believe that X's village", a country or a single word after "suspect that"
    "A bomb destroyed a house in a village. It is believed that Al-Karimi's village was attacked because he spoke out.",
    "A truck bomb exploded near a ministry. The government suspects that Iran is responsible.",
    # "an effort by Arafat to regain the support of PLO hard-liners": no unit "of" a group
    "Guerrillas were killed in a shootout. It was speculated that the attack was part of an effort by Arafat to regain "
    "the support of PLO hard-liners.",
])
def test_no_perpetrator_invented(text):
    assert perp(text) is None


@pytest.mark.parametrize("text", [
    # militants named with the same noun as the attackers' but as victims are not the attackers; an organization
    # "identified as" a name is no armed group
    "Palestinian militants fired three mortars at a settlement. The attacks were sparked by the Israeli killing of "
    "several Hamas militants.",
    "Unidentified assailants threw a bomb at the office of a local organization, identified as ADAMS, in the city.",
])
def test_described_attackers_stay_unnamed(text):
    assert perp(text) == "Unidentified Armed Group"


def test_a_place_ending_the_claimant_phrase_is_no_group():
    doc = khabar.read("Rockets were fired at two embassies. Anonymous callers in London and Paris claimed responsibility "
                      "for the attacks.", published="1986-05-14")
    assert doc.events and all(e.perpetrator is None or e.perpetrator.canonical not in ("Paris", "London")
                              for e in doc.events)


@pytest.mark.parametrize("text", [
    "Rebels shelled the homes of four deputies. However, MP Dhaqane claimed that his car was destroyed.",
    "Three journalists were kidnapped. A businessman, Omar Hayssam, was arrested. Hayssam had claimed to have made "
    "contact with the kidnappers.",
])
def test_a_person_who_claims_something_is_no_group(text):
    doc = khabar.read(text, published=PUB)
    assert all(e.perpetrator is None or e.perpetrator.canonical not in ("MP Dhaqane", "Hayssam") for e in doc.events)


def test_is_affiliated_is_no_is_affiliated_group():
    found = ActorDictionary.load().find("Gunmen shot dead a guard who is affiliated with a militia group.")
    assert [m.entry.canonical for m in found] == ["Unidentified Armed Group"]


def test_a_description_of_callers_is_no_group_name():
    assert perp("A bomb damaged a travel agency overnight. Callers to newspapers later claimed the bombing.") is None


def test_a_country_after_a_comma_is_no_group_name():
    got = perp("A car exploded near the air base. The group Red Dawn Front, Lebanon claimed responsibility.")
    assert got != "Lebanon"


def test_blame_before_the_act():
    doc = khabar.read("Authorities blame FARC guerrillas for the destruction of a pylon near Cali on Monday. "
                      "The explosion left the city without power.", published="2024-03-06")
    ev = doc.events[0]
    assert ev.perpetrator is not None and "FARC" in ev.perpetrator.canonical and ev.perpetrator_modality == "alleged"


def test_blame_in_a_sentence_that_is_no_event():
    doc = khabar.read("A bomb exploded outside a bank in Bilbao on Monday, injuring two people. Police say ETA may "
                      "be responsible for the blast.", published="2024-03-06")
    ev = doc.events[0]
    assert ev.perpetrator is not None and "ETA" in ev.perpetrator.canonical and ev.perpetrator_modality == "alleged"


def test_blame_for_an_earlier_event_is_not_carried_back():
    doc = khabar.read("Police blamed ETA for a bombing in Bilbao last year. On Monday gunmen shot dead a "
                      "councillor in Madrid.", published="2024-03-06")
    ev = [e for e in doc.events if e.sub_event_type == "Attack"][0]
    assert ev.perpetrator is None or "ETA" not in (ev.perpetrator.canonical or "")


@pytest.mark.parametrize(("text", "gold"), [
    ("Maoist rebels set off a bomb at a police post near Pokhara, Nepal, killing two policemen.",
     "Communist Party of Nepal-Maoists (CPN-M)"),
    ("Maoist rebels set off a bomb at a police post in Chhattisgarh, India, killing two policemen.",
     "Communist Party of India (Maoist)"),
    ("Suspected Maoists kidnapped eighteen Nepali Congress workers.", "Communist Party of Nepal-Maoists (CPN-M)"),
    ("LEBANON.  A car bomb exploded outside an embassy annex. Islamic Jihad claimed responsibility.", "Hizballah"),
    ("Militants fired a rocket from Gaza at Sderot, Israel. Islamic Jihad claimed responsibility.",
     "Palestine Islamic Jihad (PIJ)"),
    ("UNITED STATES.  A bomb exploded at an airline office in Miami. The Cuban National Liberation Front (FLNC) "
     "claimed responsibility.", "Anti-Castro Cubans"),
])
def test_a_name_groups_share_is_read_in_the_texts_country(text, gold):
    got = perp(text)
    assert same(got, gold), (got, gold)


def test_the_subject_of_a_passive_trigger_is_no_perpetrator():
    got = perp("An American soldier was held eight days by Palestinian guerrillas in the hills.")
    assert got is None or "United States" not in got


@pytest.mark.parametrize(("a", "b"), [("Tigre People's Liberation Front", "Tigray Peoples Liberation Front (TPLF)"),
                                      ("PKK/KADEK", "Kurdish Workers Party (PKK)"),
                                      ("El-Gama'a el-Islamiya", "al-Gama'at al-Islamiyya (IG)"),
                                      ("anti-Castro exile group", "Anti-Castro Cubans")])
def test_other_names_of_known_groups(a, b):
    assert ActorDictionary.load().same_actor(a, b)


@pytest.mark.parametrize(("text", "gold"), [
    ("Assailants attacked a checkpoint near the town. Sources attributed the attack to separatists.", "Separatists"),
    ("Gunmen opened fire on a bus. Police suspect that Muslim extremists were responsible.", "Muslim extremists"),
    ("Neo-Nazis attacked a hostel for migrants in the town.", "Right-wing extremists"),
])
def test_a_group_named_by_what_it_is(text, gold):
    assert perp(text) == gold


def test_a_named_organisation_goes_before_a_description():
    got = perp("Islamic extremists set fire to a warehouse of the embassy. The GIA is suspected of responsibility for "
               "the attack.")
    assert same(got, "Armed Islamic Group (GIA)"), got


def test_a_series_sentence_keeps_the_events_own_place():
    doc = khabar.read("Assailants attacked a security post in Dehzak, Farah, Afghanistan. This was one of three "
                      "coordinated attacks in Farah on the same day.", published="2024-03-06")
    assert len([e for e in doc.events if e.sub_event_type in ("Attack", "Armed clash")]) == 1
    assert doc.events[0].place is not None and doc.events[0].place.name != "Farah"


@pytest.mark.parametrize(("text", "gold"), [
    ("Assailants raided a mine and abducted 15 miners. Hizb-I-Islami claimed responsibility for the incident. Sources "
     "also attributed the attack to the Taliban.", "Hizb-I-Islami"),
    ("Assailants attacked a checkpoint. The Taliban claimed responsibility for the attack; however, sources also "
     "attributed the attack to the Khorasan Chapter of the Islamic State.", "Taliban"),
])
def test_a_groups_own_claim_goes_before_others_suspicion(text, gold):
    assert same(perp(text), gold)


def test_a_discourse_word_is_no_claimant():
    got = perp("Gunmen shot a police chief. However, the group claimed that it had killed him.")
    assert got != "However"


def test_a_name_inside_a_participle_clause_is_not_the_suspect():
    # "formed to support the Red Army Faction, is believed responsible": the subject is the association
    assert perp("The Black Bloc association, formed to support the Red Army Faction, is believed responsible for an "
                "attack on two helicopters.") != "Red Army Faction (RAF)"


def test_a_state_body_is_no_unknown_group():
    assert perp("Gunmen killed two soldiers of the National Army near the border.") in (None, "Unidentified Armed Group")


def test_prisoners_named_as_members_are_not_the_attackers():
    assert perp("An airliner was hijacked. The hijackers demanded the release of four guerrillas, members of the FSLN, "
                "who were being held.") != "Sandinista National Liberation Front (FSLN)"


@pytest.mark.parametrize(("text", "name"), [
    # a generic name one country's entry also lists with its country stays generic elsewhere
    ("Government forces killed two rebels near the town.", "Security forces"),
    ("A pipe bomb was thrown into a house. Loyalist paramilitaries are being blamed.", None),
])
def test_generic_names_are_not_one_countrys(text, name):
    found = [m.entry for m in ActorDictionary.load().find(text)]
    assert "Military Forces of Yemen" not in [e.canonical for e in found]
    assert "United Self Defense Forces of Colombia (AUC)" not in [e.canonical for e in found]
    if name:
        assert name in [e.canonical for e in found]


def test_a_victims_party_is_not_the_attacker():
    assert perp("A cleric, who also belonged to the Iraqi Islamic Party, was shot and killed by unknown attackers.") \
        != "Iraqi Islamic Party"


def test_a_groups_name_around_a_generic_one_is_the_group():
    # "Armed Forces" inside a group's name is not the state's army; the former name in brackets is the same group
    assert perp("The Sardinian Revolutionary Armed Forces (formerly the Sardinian Revolutionary Armed Front) claimed "
                "responsibility for attacking a ferry office.") == "Sardinian Revolutionary Armed Forces"
    assert perp("The Lebanese Armed Forces shelled a camp, killing three.") == "Military Forces of Lebanon"


def test_a_shared_name_written_without_its_country_is_any_of_its_groups():
    d = ActorDictionary.load()
    assert d.same_actor("People's Revolutionary Army (ERP) (El Salvador)", "People's Revolutionary Army (ERP)")
    assert d.same_actor("Ejercito Revolucionaria del Pueblo (ERP) (Argentina)", "People's Revolutionary Army (ERP)")
    # a country's own group stays that country's
    assert not d.same_actor("People's Revolutionary Army (ERP) (El Salvador)",
                            "Ejercito Revolucionaria del Pueblo (ERP) (Argentina)")


def test_speculation_about_where_a_group_is_active_is_no_blame():
    got = perp("Gunmen fired at a helicopter over the hills, where the Revolutionary Armed Forces of Colombia (FARC) "
               "are known to be active.")
    assert not same(got, "Revolutionary Armed Forces of Colombia (FARC)"), got


def test_background_amid_clashes_is_not_the_act_claimed():
    text = ("Two rockets were fired at a farm near the border. No one was hurt. The attack comes amid clashes between "
            "settlers and villagers in the area. The attack was claimed by the military wing of Hamas.")
    doc = khabar.read(text, published=PUB)
    assert len(doc.events) == 1
    assert same(doc.events[0].perpetrator.canonical, "Hamas (Islamic Resistance Movement)")


@pytest.mark.parametrize("text", [
    "Members of the Communist Party of Nepal-Maoists (CPN-M) hacked a shopkeeper to death in the market.",
    "Rebels captured a Portuguese aid worker and his wife near the border.",
    "Members of the group seized a yacht off the coast and took eight people captive.",
])
def test_violent_acts_with_a_victim_between(text):
    assert khabar.read(text, published=PUB).events, text


def test_hacking_a_website_is_no_violence():
    assert not khabar.read("Hackers hacked the ministry website overnight.", published=PUB).events


@pytest.mark.parametrize(("text", "gold"), [
    # "Islamic Jihad" outside Israel and Palestine is Hizballah's Islamic Jihad Organization; in Israel, the PIJ
    ("A bomb exploded in a department store in Paris. Islamic Jihad claimed responsibility.", "Hizballah"),
    ("A mine exploded under a freighter off Port Said, Egypt. Islamic Jihad claimed responsibility.", "Hizballah"),
    ("Two rockets were fired at Sderot. Islamic Jihad claimed responsibility.", "Palestine Islamic Jihad (PIJ)"),
    ("A bomb exploded at a checkpoint near Jenin. Islamic Jihad claimed responsibility.",
     "Palestine Islamic Jihad (PIJ)"),
])
def test_islamic_jihad_by_country(text, gold):
    assert perp(text) == gold


@pytest.mark.parametrize(("text", "name"), [
    ("A group calling itself the Al-Bara bin Malek Brigades kidnapped six drivers.", "Al-Bara bin Malek Brigades"),
    ("Six pilgrims were kidnapped near the town by the Saad bin Abi Waqas Brigades.", "Saad bin Abi Waqas Brigades"),
])
def test_unknown_names_keep_their_lowercase_particles(text, name):
    assert perp(text) == name


def test_a_victim_representing_a_party_is_not_its_attacker():
    got = perp("Militants killed a member of the provincial council representing the Islamic Party.")
    assert got is None or "Islamic Party" not in got


def test_fatahs_tanzim_and_where_a_group_actively_attacks():
    assert perp("A settler was shot near the settlement. The gunman was identified as a member of the Tanzim, an offshoot "
                "of the al-Fatah movement.") == "al-Fatah"
    assert perp("Gunmen ambushed a police patrol near the village, wounding three policemen. Al-Qaeda is known to actively "
                "target security forces in the area.") == "Al Qaeda"


def test_the_wounded_before_a_clause_are_no_perpetrator():
    doc = khabar.read("Two Awakening Council members and four civilians were wounded when an improvised explosive device "
                      "exploded in the Mansour area of Baghdad.", published=PUB)
    assert doc.events and doc.events[0].perpetrator is None


@pytest.mark.parametrize(("text", "gold"), [
    # groups from public knowledge the dictionary lacked
    ("A bomb damaged a clinic in Birmingham. The Army of God claimed responsibility for the attack.", "Army of God"),
    ("An FIS bomb went off outside the offices of two airlines.", "Islamic Salvation Front (FIS)"),
    ("Rebels of the Armed Forces Revolutionary Council (AFRC) abducted two aid workers near the capital.",
     "Armed Forces Revolutionary Council (AFRC)"),
    ("The group holding the hostages was identified as Jaish al-Mujahideen.", "Jaish al-Mujahideen (Iraq)"),
    ("A suspected Tamil Tiger suicide fighter blew himself up in the district, killing two members of a rival group.",
     "Liberation Tigers of Tamil Eelam (LTTE)"),
    ("Bombs went off at two offices in the capital. PROCUP claimed responsibility.",
     "Revolutionary Workers Clandestine Union of the People (PROCUP)"),
    ("A river boat was fired upon. The fundamentalist group al-Gama'a al-Islamiya is suspected to be responsible.",
     "al-Gama'at al-Islamiyya (IG)"),
    ("A man was shot near the wall. A news site reported that it received an anonymous call claiming responsibility "
     "from the National Resistance Brigades, the military wing of the DFLP.",
     "Democratic Front for the Liberation of Palestine (DFLP)"),
])
def test_groups_added_to_the_dictionary(text, gold):
    assert perp(text) == gold


def test_a_group_that_tried_is_coded_though_the_state_thwarted_it():
    from khabar.eval.run import Scorer, primary_event
    from khabar.pipeline import default_reader
    doc = khabar.read("The Popular Liberation Army (EPL) attempted an attack on a town hall in Ocana but was thwarted "
                      "by authorities who intercepted the rebels' car.", published=PUB)
    ev = primary_event(doc)
    assert ev.sub_event_type == "Disrupted weapons use"
    assert Scorer(default_reader())._perp_named(ev, non_state=True) == "Popular Liberation Army (EPL)"
    # a party whose office was the target of a defused bomb is no perpetrator
    doc = khabar.read("Authorities defused a bomb left outside the offices of the Justice and Development Party in "
                      "Istanbul.", published=PUB)
    assert Scorer(default_reader())._perp_named(primary_event(doc), non_state=True) is None
