"""Clusters of reports written for the fusion tests, in the style of wire and newspaper copy.

Each report is (cluster, outlet, published, headline, text). Reports of one cluster describe one
real-world event; clusters that look alike (same city on consecutive days, same group in two provinces
on one day) are different events.
"""

REPORTS = [
    # A: one suicide bombing, reported at town and province level, "on Tuesday" and "March 5", tolls rising,
    #    a hospital, the police and the perpetrator's own inflated claim
    ("A", "Dawn", "2024-03-05T11:00:00Z", "Suicide blast kills nine in Quetta",
     "QUETTA: A suicide bomber blew himself up near a police checkpoint on Sariab Road in Quetta on Tuesday, "
     "killing nine people, police said."),
    ("A", "Reuters", "2024-03-05T16:00:00Z", "Suicide bomber kills 14 in southwest Pakistan",
     "At least 14 people were killed when a suicide bomber struck a police checkpoint in Quetta, the capital of "
     "Balochistan province, on Tuesday, hospital officials said. Tehrik-i-Taliban Pakistan claimed responsibility."),
    ("A", "AFP", "2024-03-06T09:00:00Z", "Quetta bombing toll rises to 16",
     "The death toll from the suicide bombing at a police checkpoint in Quetta on March 5 rose to 16, a hospital "
     "official said on Wednesday. Tehrik-i-Taliban Pakistan said in a statement that its fighter had killed 30 "
     "policemen."),
    # B: a different bombing in the same city the next day
    ("B", "Dawn", "2024-03-07T08:00:00Z", "Market blast in Quetta",
     "QUETTA: A bomb planted on a motorcycle exploded in a crowded market in Quetta on March 6, killing four "
     "people and wounding 20, police said."),
    # C: Boko Haram raids Gwoza (Borno) on Saturday, two reports ...
    ("C", "Premium Times", "2024-03-10T10:00:00Z", "Boko Haram kills 12 in Gwoza",
     "Boko Haram fighters attacked the town of Gwoza in Borno State on Saturday, killing 12 villagers, residents "
     "said."),
    ("C", "AFP", "2024-03-10T15:00:00Z", "Jihadists kill 15 in northeast Nigeria",
     "Jihadists killed at least 15 people in an attack on Gwoza in Borno State, northeast Nigeria, on Saturday, a "
     "local official told AFP."),
    # D: ... and, the same day, a village in Adamawa: the same group, another province, another event
    ("D", "Premium Times", "2024-03-10T12:00:00Z", "Seven killed in Adamawa attack",
     "Boko Haram fighters attacked a village near Madagali in Adamawa State on Saturday, killing seven people, "
     "police said."),
    # E: an attack in Kabul reported by two outlets with different wording and the same toll
    ("E", "TOLOnews", "2024-03-12T07:00:00Z", "Gunmen kill three in Kabul",
     "Unknown gunmen opened fire on a minibus in the Dasht-e-Barchi area of Kabul on Monday evening, killing "
     "three passengers, police said."),
    # F: one roadside bombing, at province level in one report and district level in the other
    ("F", "Pajhwok", "2024-03-15T06:00:00Z", "Roadside bomb kills four soldiers in Helmand",
     "A roadside bomb killed four soldiers in Helmand province on Thursday, the provincial governor's spokesman "
     "said."),
    ("F", "AP", "2024-03-15T12:00:00Z", "Afghan soldiers killed by roadside bomb",
     "Four Afghan soldiers were killed on March 14 when a roadside bomb struck their vehicle in Nad Ali district "
     "of Helmand province, officials said."),
    ("E", "Reuters", "2024-03-12T10:00:00Z", "Three killed in Kabul shooting",
     "Three people were shot dead when gunmen attacked a minibus in western Kabul on Monday, an interior ministry "
     "spokesman said."),
]
