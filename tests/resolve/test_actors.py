"""The actor dictionary: aliases, abbreviations, composition of demonym and force, name comparison."""

import pytest

from khabar.resolve.actors import ActorDictionary, normalise_name


@pytest.fixture(scope="module")
def actors():
    return ActorDictionary.load()


def found(actors, text):
    return [(m.text, m.entry.canonical, m.entry.actor_type) for m in actors.find(text)]


@pytest.mark.parametrize("text, canonical, actor_type", [
    ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan (TTP)", 2),
    ("the TTP said", "Tehrik-i-Taliban Pakistan (TTP)", 2),
    ("the Pakistani Taliban", "Tehrik-i-Taliban Pakistan (TTP)", 2),
    ("the BLA claimed", "Baloch Liberation Army", 2),
    ("ISWAP fighters", "Islamic State West Africa Province (ISWAP)", 2),
    ("al-Shabab militants", "Al-Shabaab", 2),
    ("the Houthis", "Houthis", 2),
    ("Islamic State militants", "Islamic State of Iraq and the Levant (ISIL)", 2),
    ("FARC guerrillas", "Revolutionary Armed Forces of Colombia (FARC)", 2),
    ("Sendero Luminoso", "Shining Path (SL)", 2),
    ("unidentified gunmen", "Unidentified Armed Group", 3),
    ("protesters", "Protesters", 6),
    ("a mob", "Rioters", 5),
    ("villagers", "Civilians", 7),
    ("Nigerian troops", "Military Forces of Nigeria", 1),
    ("Kenyan soldiers", "Military Forces of Kenya", 1),
    ("Israeli police", "Police Forces of Israel", 1),
    ("the Afghan National Army", "Military Forces of Afghanistan", 1),
    ("CRPF jawans", "Central Reserve Police Force", 1),
    ("AMISOM troops", "African Union Mission in Somalia", 8),
])
def test_find(actors, text, canonical, actor_type):
    hits = [h for h in found(actors, text) if h[1] == canonical]
    assert hits and hits[0][2] == actor_type, found(actors, text)


def test_longest_match_wins(actors):
    assert found(actors, "Islamic State West Africa Province")[0][1] == "Islamic State West Africa Province (ISWAP)"


def test_abbreviations_keep_their_case(actors):
    assert found(actors, "the bla bla of it") == []
    assert not any(c == "Baloch Liberation Army" for _, c, _ in found(actors, "Bla"))


def test_abbreviations_that_are_words_in_capital_text(actors):
    caps = "REBELS ATTACKED THE TOWN BUT SO FAR THE PLAN OF THE ARMY HAS HELD, THE SPOKESMAN SAID ON TUESDAY."
    assert [c for _, c, _ in found(actors, caps) if "Chad" in c or "Namibia" in c or "Rebel Armed" in c] == []
    # a unit after a number is the unit, in any case
    assert not any("Kabataang" in c for _, c, _ in found(actors, "The bomb went off 15 KM south of the town."))
    # written in ordinary case, the abbreviation is the group
    assert any("Chad" in c for _, c, _ in found(actors, "FACT rebels attacked an army post near the border."))


def test_named_group_absorbs_generic_noun(actors):
    (m,) = actors.find("Al-Shabaab militants attacked")[:1]
    assert m.text == "Al-Shabaab militants" and m.entry.canonical == "Al-Shabaab"


def test_offsets(actors):
    text = "On Monday, Boko Haram fighters abducted 30 farmers."
    for m in actors.find(text):
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("a, b, same", [
    ("TTP", "Tehrik-i-Taliban Pakistan (TTP)", True),
    ("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan (TTP)", True),
    ("Taliban", "Tehrik-i-Taliban Pakistan (TTP)", False),
    ("ISIS", "Islamic State of Iraq and the Levant (ISIL)", True),
    ("Khorasan Chapter of the Islamic State", "Islamic State of Iraq and the Levant (ISIL)", False),
    ("Hamas", "Hamas (Islamic Resistance Movement)", True),
    ("Popular Front for the Liberation of Palestine (PFL", "PFLP", True),
    ("FARC", "ELN", False),
    ("Black Revolutionary Assault Team", "black revolutionary assault team", True),
])
def test_same_actor(actors, a, b, same):
    assert actors.same_actor(a, b) is same


def test_normalise_name():
    assert normalise_name("The Lord’s Resistance Army!") == "lord s resistance army"


def test_a_canonical_name_with_its_abbreviation_in_brackets_matches_without_it():
    from khabar.resolve.actors import ActorDictionary
    from khabar.text.normalise import fold

    a = ActorDictionary.load()
    text = "Members of the Communist Party of Nepal-Maoists attacked a post."
    found = [(m.text, m.entry.canonical) for m in a.find(fold(text))]
    assert ("Communist Party of Nepal-Maoists", "Communist Party of Nepal-Maoists (CPN-M)") in found
    # a bracketed word that is not an abbreviation ("Ansar al-Sharia (Yemen)") does not become a name
    assert not [m for m in a.find(fold("Yemen said on Monday")) if m.entry.canonical.startswith("Ansar")]
