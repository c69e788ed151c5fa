"""The ontology: ACLED event types and sub-types, PLOVER categories, modes,
actor types, claimant types, figure kinds and precisions.

Sources: ACLED Codebook (2023) for event types, sub-event types and the
interaction codes; PLOVER (Halterman et al., 2023) for event categories.
"""

from __future__ import annotations

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# ACLED: 6 event types, 25 sub-event types.
SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": BATTLES,
    "Government regains territory": BATTLES,
    "Non-state actor overtakes territory": BATTLES,
    "Chemical weapon": EXPLOSIONS,
    "Air/drone strike": EXPLOSIONS,
    "Suicide bomb": EXPLOSIONS,
    "Shelling/artillery/missile attack": EXPLOSIONS,
    "Remote explosive/landmine/IED": EXPLOSIONS,
    "Grenade": EXPLOSIONS,
    "Sexual violence": VAC,
    "Attack": VAC,
    "Abduction/forced disappearance": VAC,
    "Peaceful protest": PROTESTS,
    "Protest with intervention": PROTESTS,
    "Excessive force against protesters": PROTESTS,
    "Violent demonstration": RIOTS,
    "Mob violence": RIOTS,
    "Agreement": STRATEGIC,
    "Arrests": STRATEGIC,
    "Change to group/activity": STRATEGIC,
    "Disrupted weapons use": STRATEGIC,
    "Headquarters or base established": STRATEGIC,
    "Looting/property destruction": STRATEGIC,
    "Non-violent transfer of territory": STRATEGIC,
    "Other": STRATEGIC,
}
EVENT_TYPES = (BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS, STRATEGIC)

# PLOVER category for each ACLED sub-event type (PLOVER's event classes).
PLOVER: dict[str, str] = {
    "Armed clash": "FIGHT",
    "Government regains territory": "FIGHT",
    "Non-state actor overtakes territory": "FIGHT",
    "Chemical weapon": "FIGHT",
    "Air/drone strike": "FIGHT",
    "Suicide bomb": "ASSAULT",
    "Shelling/artillery/missile attack": "FIGHT",
    "Remote explosive/landmine/IED": "ASSAULT",
    "Grenade": "ASSAULT",
    "Sexual violence": "ASSAULT",
    "Attack": "ASSAULT",
    "Abduction/forced disappearance": "ASSAULT",
    "Peaceful protest": "PROTEST",
    "Protest with intervention": "PROTEST",
    "Excessive force against protesters": "COERCE",
    "Violent demonstration": "PROTEST",
    "Mob violence": "ASSAULT",
    "Agreement": "AGREE",
    "Arrests": "COERCE",
    "Change to group/activity": "CHANGE_POLICY",
    "Disrupted weapons use": "COERCE",
    "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "ASSAULT",
    "Non-violent transfer of territory": "CONCEDE",
    "Other": "OTHER",
}

MODES = (
    "firearms", "explosives", "ied", "vehicle_bomb", "suicide", "air_strike", "drone_strike",
    "shelling", "grenade", "arson", "melee", "abduction", "hijacking", "hostage_taking",
    "chemical", "execution", "other",
)

ACTOR_TYPES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}

CLAIMANT_TYPES = ("perpetrator", "state", "local_official", "medical", "witness", "un_ngo", "media_own", "unknown")

FIGURE_KINDS = ("killed", "injured", "abducted", "held_captive", "arrested", "rescued", "missing", "displaced")

QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "vague")

MODALITIES = ("asserted", "claimed", "alleged", "denied", "threatened", "future", "hypothetical", "negated")

SPECIFICITIES = ("specific", "aggregate", "generic")

PLACE_PRECISION = {1: "exact place", 2: "near/part of district", 3: "admin2", 4: "admin1", 5: "country"}
DATE_PRECISION = {0: "unknown", 1: "day", 2: "week", 3: "month", 4: "year"}


def event_type_of(sub_event_type: str) -> str:
    """The ACLED event type of a sub-event type."""
    return SUB_EVENT_TYPES[sub_event_type]

# Attack types of the GTD Codebook (START, 2021), the terrorism field's standard: what kind of attack an
# event was, independent of ACLED's sub-event type (an assassination by bomb is a "Suicide bomb" there).
ATTACK_TYPES = (
    "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault",
)
# Weapon classes (RAND Database of Worldwide Terrorism Incidents; GTD's weapon types are coarser).
WEAPON_FROM_RAND: dict[str, str] = {
    "Explosives": "explosives",
    "Remote-detonated explosive": "remote_explosive",
    "Firearms": "firearms",
    "Fire or Firebomb": "incendiary",
    "Knives & sharp objects": "melee",
    "Chemical Agent": "chemical",
    "Biological Agent": "biological",
    "Other": "other",
}
RAND_FROM_WEAPON: dict[str, str] = {v: k for k, v in WEAPON_FROM_RAND.items()}
WEAPONS = tuple(WEAPON_FROM_RAND.values())
