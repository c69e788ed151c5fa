"""Acts told in words the first trigger table missed; bare plurals that tell something that happened."""

from __future__ import annotations

import pytest

import khabar


@pytest.mark.parametrize("text, sub", [
    ("Rebels set off bombs in front of two car dealerships in Bilbao on Monday.", "Remote explosive/landmine/IED"),
    ("Militants threw pipe-bombs at a sugar factory in Sarlahi on Monday.", "Remote explosive/landmine/IED"),
    ("Militants opened-fire on a tourist train south of Cairo on Monday.", "Attack"),
    ("Two petrol-filled bottles were thrown at the embassy in Rome on Monday.", "Attack"),
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
