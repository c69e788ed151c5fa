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
