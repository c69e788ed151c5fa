"""Acts told in words the first trigger table missed; bare plurals that tell something that happened."""

from __future__ import annotations

import pytest

import khabar


@pytest.mark.parametrize("text, sub", [
    ("Rebels set off bombs in front of two car dealerships in Bilbao on Monday.", "Remote explosive/landmine/IED"),
    ("Militants threw pipe-bombs at a sugar factory in Sarlahi on Monday.", "Remote explosive/landmine/IED"),
    ("Militants opened-fire on a tourist train south of Cairo on Monday.", "Attack"),
    ("Two petrol-filled bottles were thrown at the embassy in Rome on Monday.", "Attack"),
    # units named for the assaults they mount are no assault of their own; fire exchanged in the passive is a fight
    ("Small-arms fire was exchanged between army assault units and rebels near the dam on Monday.", "Armed clash"),
    ("An attempt was made on the life of the mayor of Grozny on Monday.", "Attack"),
    ("Weapons were fired into the walls of a house in Tarsus on Monday.", "Attack"),
    ("Two agents were found with their throats slit in a shop in Hebron on Monday.", "Attack"),
    ("Separatists took over the consulate in Munich on Monday, holding 21 hostages.", "Abduction/forced disappearance"),
    # acts in words the table had missed
    ("Two aid workers were seized by gunmen near the border on Monday.", "Abduction/forced disappearance"),
    ("Rebels are holding four engineers and a driver in the hills, the company said on Monday.",
     "Abduction/forced disappearance"),
    ("Three journalists were seized in the old city on Monday.", "Abduction/forced disappearance"),
    ("Gunmen took over the home of a bank manager and held his family hostage on Monday.", "Abduction/forced disappearance"),
    ("Activists stormed an office and held six members of the staff hostage on Monday.", "Abduction/forced disappearance"),
    ("Guerrillas set three trucks from a haulage company on fire on Monday.", "Looting/property destruction"),
    ("A group claimed responsibility for setting a diplomat's car on fire on Monday.", "Looting/property destruction"),
    ("Guerrillas rocketed the embassy compound on Monday.", "Shelling/artillery/missile attack"),
    ("A rocket was launched from the strip at a kibbutz on Monday.", "Shelling/artillery/missile attack"),
    ("Rebels were responsible for blowing up a section of the oil pipeline on Monday.", "Remote explosive/landmine/IED"),
    ("A group claimed the machinegunning of a parked car on Monday.", "Attack"),
    ("Loyalists are suspected of firing shots at a man's flat on Monday.", "Attack"),
    ("A trader was strangled in a hotel room in the capital on Monday.", "Attack"),
    ("Armed men raided the offices of a news agency in the capital on Monday.", "Attack"),
    ("Gunmen fired machine guns at a consulate in the town on Monday.", "Attack"),
    ("Two men fired an automatic weapon from a passing car at a consulate on Monday.", "Attack"),
    ("Unknown men fired several shells at the Italian consulate in the city on Monday.", "Shelling/artillery/missile attack"),
    ("The Al-Nasr Brigades targeted the town of Sderot with a rocket on Monday.", "Shelling/artillery/missile attack"),
    # destruction of places of worship and homes
    ("Extremists destroyed two shrines in the old city on Monday.", "Looting/property destruction"),
    ("Bombers destroyed an empty house in the village on Monday.", "Looting/property destruction"),
    # fires set, lit, started, and what they are set with
    ("A man set the second and third floors of the town hall building on fire on Monday.", "Looting/property destruction"),
    ("Arsonists lit the district administration office in the town on fire early on Monday.", "Looting/property destruction"),
    ("Masked youths forced their way into a bus and ordered the passengers off before lighting it on fire on Monday.",
     "Looting/property destruction"),
    ("A cash machine was lit on fire in the old town on Monday.", "Looting/property destruction"),
    ("A church hall was destroyed in a fire apparently set by arsonists on Monday.", "Looting/property destruction"),
    ("A small fire was started by a bottle of flammable liquid left at the party office on Monday.",
     "Looting/property destruction"),
    ("Youths doused flammable liquid over five buses in a depot on Monday.", "Looting/property destruction"),
    ("Several bank branches were targeted by petrol bombers on Monday.", "Looting/property destruction"),
    # explosives named otherwise
    ("A cargo ship was sunk by two limpet mines in the harbour on Monday.", "Remote explosive/landmine/IED"),
    ("The brigades claimed the launch of a single rocket at the town on Monday.", "Shelling/artillery/missile attack"),
    ("A man rammed his car into a group of teenagers at a bus stop on Monday.", "Attack"),
    ("Rebels destroyed the drinking water project in the district on Monday.", "Looting/property destruction"),
    ("The councillor was taken from his home and killed on Monday.", "Abduction/forced disappearance"),
    ("There was a booby trap aimed at a police officer's car on Monday.", "Remote explosive/landmine/IED"),
    ("Saboteurs blasted a key pipeline outside the port on Monday.", "Remote explosive/landmine/IED"),
    ("Guerrillas damaged a pipeline carrying crude oil to the refinery on Monday.", "Looting/property destruction"),
    # poison and germs
    ("Two postal workers were diagnosed with anthrax after handling a letter on Monday.", "Chemical weapon"),
    ("Delegates at a congress were made ill by food poisoned with a rat poison on Monday.", "Chemical weapon"),
    ("The embassy was struck by twelve slugs fired from a passing car on Monday.", "Attack"),
    # bodies found
    ("Police found three bodies, all blindfolded, in a field near the town on Monday.", "Attack"),
    ("The body of councilman Jose Perez, a farmer, was found outside the village on Monday.", "Attack"),
    # hostages
    ("A gunman held the son of the ambassador as a hostage for two hours on Monday.", "Abduction/forced disappearance"),
    ("Two hostages were seized when rebels stopped a convoy on Monday.", "Abduction/forced disappearance"),
    ("A nun was released after being held for nine hours by contras on Monday.", "Abduction/forced disappearance"),
    ("A quarter-pound of TNT was found on the driveway of the embassy on Monday.", "Disrupted weapons use"),
    ("Eight settlers stoned him while he harvested olives on Monday.", "Attack"),
    # an aside about a series or about the actor does not make the act background
    ("A councillor was murdered in the province on Monday, the fourth such killing in the past four months.", "Attack"),
    ("The Al-Nasr Brigades, often linked to Fatah, claimed responsibility for launching two rockets at the town on "
     "Monday.", "Shelling/artillery/missile attack"),
    # told in yet more words
    ("Members of a league damaged the offices of a trading company in the city on Monday.", "Looting/property destruction"),
    ("Fire was set at the cultural centre in the city on Monday.", "Looting/property destruction"),
    ("Two fires were set at the consulate on Monday.", "Looting/property destruction"),
    ("Fire destroyed the chancery of the High Commission on Monday.", "Looting/property destruction"),
    ("Youths started a fire at the transformer station on Monday.", "Looting/property destruction"),
    ("A bus was completely burnt out by arsonists on Monday.", "Looting/property destruction"),
    ("Guerrillas hit and destroyed a tanker transporting oil on Monday.", "Looting/property destruction"),
    ("Rebels downed a utility tower near the town on Monday.", "Looting/property destruction"),
    ("Three men fired several machine gun bursts at the consulate on Monday.", "Attack"),
    ("Assailants fired 7.65-caliber weapons at the residence of the ambassador on Monday.", "Attack"),
    ("Guerrillas raked the embassy with bullets from automatic weapons on Monday.", "Attack"),
    ("An attache was dragged from his car and beaten on Monday.", "Attack"),
    ("Members of the front took over a section of the embassy on Monday.", "Attack"),
    ("Rebels fired a bazooka at the embassy on Monday.", "Remote explosive/landmine/IED"),
    ("A homemade device damaged the shutters of the post office on Monday.", "Remote explosive/landmine/IED"),
    ("Youths threw a crude device packed with nails into the home of a family on Monday.", "Remote explosive/landmine/IED"),
    ("An assailant threw an incendiary device at the TV offices on Monday.", "Looting/property destruction"),  # fire
    ("A passenger train struck a mine near the town on Monday.", "Remote explosive/landmine/IED"),
    ("A cargo plane was hit by a surface-to-air missile near the airport on Monday.", "Shelling/artillery/missile attack"),
    ("A shell targeted the convoy of the cleric as it entered the city on Monday.", "Shelling/artillery/missile attack"),
    ("A rocket fell on the syndicate building in the city centre on Monday.", "Shelling/artillery/missile attack"),
    ("A ricin-laced letter was sent to the ministry on Monday.", "Chemical weapon"),
    ("Kidnappers seized the mayor of the town on Monday.", "Abduction/forced disappearance"),
    ("Militants placed bombs under the cars of four diplomats on Monday.", "Remote explosive/landmine/IED"),
    ("Police found a car loaded with high explosives near the consulate on Monday.", "Disrupted weapons use"),
    ("Police disposed of a suspicious package left at the door of the company on Monday.", "Disrupted weapons use"),
    # and in still more
    ("Members of the group seized Japan's consul general in the city on Monday.", "Abduction/forced disappearance"),
    ("A member of the league held two French diplomats at gunpoint in their embassy on Monday.",
     "Abduction/forced disappearance"),
    ("The ferry was boarded by armed members of a rebel group on Monday.", "Abduction/forced disappearance"),
    ("Rebels seized a French aircraft and its crew in the northern town on Monday.", "Abduction/forced disappearance"),
    ("A fire completely destroyed the cultural centre on Monday.", "Looting/property destruction"),
    ("Members of the league smashed windows of the airline's office on Monday.", "Looting/property destruction"),
    ("Commandos damaged the Trans-Arabian Pipeline near the border on Monday.", "Looting/property destruction"),
    ("Masked raiders destroyed a U.S.-owned oil storage tank on Monday.", "Looting/property destruction"),
    ("Flammable liquid was sprinkled on the poles of a telephone installation on Monday.", "Looting/property destruction"),
    ("Paramilitaries raided the town and destroyed the mayor's office on Monday.", "Looting/property destruction"),
    ("Settlers destroyed eighty olive trees near the village on Monday.", "Looting/property destruction"),
    ("Rifle shots hit the mission building on Monday.", "Attack"),
    ("Twelve gunmen burst into the office apartment of a reporter on Monday.", "Attack"),
    ("Eight members of the group invaded the embassy on Monday.", "Attack"),
    ("There was a long barrage of fire on the neighbourhood on Monday.", "Attack"),
    ("A group claimed credit for firing a bazooka round into the embassy on Monday.", "Remote explosive/landmine/IED"),
    ("A device was planted at the home of a correspondent on Monday.", "Remote explosive/landmine/IED"),
    ("A homemade device caused heavy damage to the bank branch on Monday.", "Remote explosive/landmine/IED"),
    ("Rebels are alleged to have poisoned the water supply of the town on Monday.", "Chemical weapon"),
    # a town named before its noun, a named accord, an arrival of foreign forces, a camp "near", a crowd that stones
    ("Rebel fighters captured Tamu town after overrunning the last police post on Monday.",
     "Non-state actor overtakes territory"),
    ("The government and the rebels signed the Comprehensive Peace Accord in Nairobi on Monday.", "Agreement"),
    ("Two clans signed a reconciliation agreement in Beledweyne on Monday.", "Agreement"),
    ("About 300 foreign police officers of the support mission arrived in Port-au-Prince on Monday.",
     "Change to group/activity"),
    ("Militants set up a camp near the river crossing outside Mocimboa on Monday.", "Headquarters or base established"),
    ("Residents stoned and burned two suspected thieves in the market on Monday.", "Mob violence"),
    ("Three gunmen hijacked a bus carrying pilgrims near Quetta on Monday.", "Abduction/forced disappearance"),
    ("Army officers went on state television on Monday to say they had taken power and dissolved parliament.", "Other"),
    ("The army chief announced a military takeover on Monday.", "Other"),
    ("Prosecutors said on Monday that searchers found 14 clandestine graves on a farm outside the city.", "Other"),
    ("The militia named its deputy, a former schoolteacher, as its new leader on Monday.", "Change to group/activity"),
    ("Peacekeepers handed their Gao base over to the national army on Monday.", "Non-violent transfer of territory"),
    ("Gunmen seized more than 200 schoolgirls from a boarding school in Kebbi on Monday.",
     "Abduction/forced disappearance"),
    ("Government troops retook the centre of Sirte on Monday after weeks of fighting.", "Government regains territory"),
    ("Militants seized a gas plant near the border and held dozens of workers captive on Monday.",
     "Abduction/forced disappearance"),
])
def test_acts_are_read(text, sub):
    doc = khabar.read(text, published="2024-03-06")
    assert doc.events and doc.events[0].sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Bombings are frequent in the region.",
    "Pipe bombs are a common tactic of the group.",
])
def test_background_plurals_are_not_events(text):
    assert not khabar.read(text, published="2024-03-06").events


def test_a_police_raid_with_arrests_stays_an_arrest():
    doc = khabar.read("Police raided a house in the old town on Monday and arrested three men.", published="2024-03-06")
    assert doc.events and doc.events[0].sub_event_type == "Arrests"


def test_an_earlier_act_is_not_merged_into_the_act_reported():
    doc = khabar.read("Gunmen strafed the embassy with machine-gun fire on Monday. The same embassy was the target of a "
                      "bombing last December.", published="2024-03-06")
    assert doc.events[0].sub_event_type == "Attack"
    assert len(doc.events) == 2


def test_a_group_named_after_its_weapon_is_no_act():
    assert khabar.read("The Arsonists of Conscience issued a statement on Monday.", published="2024-03-06").events == []


@pytest.mark.parametrize("text", [
    "An unknown man destroyed the house of the town's mayor on Monday. No one was hurt in the blast.",
    "A bomb went off at a family home on Monday. The device destroyed the first floor of the home.",
])
def test_the_damage_an_attack_did_is_the_same_event(text):
    assert len(khabar.read(text, published="2024-03-06").events) == 1


def test_a_tally_over_a_period_is_still_an_aggregate():
    doc = khabar.read("Rebels have murdered 40 councillors in the province in the past four months.",
                      published="2024-03-06")
    assert doc.events == []


def test_an_earlier_killing_of_one_of_the_victims_is_no_tally():
    doc = khabar.read("The widow and mother of a policeman killed last year were murdered in their home by gunmen on "
                      "Monday.", published="2024-03-06")
    assert doc.events
