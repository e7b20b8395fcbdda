"""Acts done by or to people the actor lists do not know, who the sentence names all the same (issue 14, items 2 and
3; issue 15, the event's place): the people who protest (coding/protest_crowd.py), victims "found murdered"
(coding/misparses.py, raised_participle_subject) and "another" or "other" people named by a word for people
(coding/victim_roles.py). Their country is the clause's place. Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text
from coded_sentences import root_dyads


dyads = root_dyads


def test_people_who_protest_are_a_civilian_party_of_the_place():
    assert ("14", "FRACVL", None) in dyads("Up to 30,000 retirees demonstrated in central Lyon on Friday to defend their pensions.")
    assert ("14", "DEUCVL", None) in dyads("More than 1,200 marched along the river in Leipzig to oppose the new motorway.")
    assert ("14", "ESPCVL", None) in dyads("Dockers at the port of Bilbao have demonstrated in recent days against the reform.")
    assert ("14", "RUSCVL", None) in [(c, s, None) for c, s, _ in
                                      dyads("Thousands of Ossetians demonstrated in the town of Beslan on Sunday.")]


def test_what_protests_is_people_not_a_thing_or_a_pronoun():
    # a pronoun with no antecedent stays no one; a crowd of things is no party
    assert dyads("They marched through Hamburg on Saturday.") == []
    assert all(s is None or not s.endswith("CVL") for _, s, _ in dyads("The rally marched through Hamburg on Saturday."))
    # a verb that names protest only sometimes, a family, a single thing
    assert all(s is None or not s.endswith("CVL") for _, s, _ in
               dyads("Two of Maria's four cousins have gathered in her flat in Hamburg to support her father."))
    assert all(s is None or not s.endswith("CVL") for _, s, _ in
               dyads("A burnt-out delivery lorry blocked one gate of the camp near Raqqa."))


def test_a_march_with_no_place_and_no_cause_is_a_walk():
    # "march" is also a plain walk: a protest only where its clause names a place or a cause
    assert dyads("About 400 hikers marched up the ridge before dawn.") == []
    assert ("14", "CVL", None) in dyads("Hundreds of bakers marched against the new flour tax.")
    assert ("14", "NLDCVL", None) in dyads("About 900 bakers marched through Utrecht against the new flour tax.")


def test_a_victim_found_murdered_is_the_one_murdered():
    got = code_text("A 34-year-old carpenter, Suresh Patil, was found murdered at his house in Secunderabad on Monday.").events
    hit = [e for e in got if e.trigger_text.startswith("murdered")]
    assert hit and hit[0].target is not None and hit[0].target.code == "INDCVL" and hit[0].modality == "asserted"
    # still a report after "feared"
    feared = [e for e in code_text("Forty villagers were feared killed in Borno on Monday.").events
              if "killed" in e.trigger_text]
    assert feared and feared[0].modality == "reported"


def test_another_couple_and_other_teenagers_are_people():
    assert ("19", None, "THACVL") in dyads("Another elderly Jain couple was shot on their farm outside Pattani on Friday.")
    assert any(t == "USACVL" for _, _, t in dyads("Two other teenagers were stabbed outside a cinema in the Bronx on Sunday."))
    # "another friend of X" says who he was to someone, not that he was a civilian
    got = code_text("Another friend of Karimov, Anvar Tashev, was killed by a US drone in Yemen in 2014.").events
    assert all(e.target is None or e.target.code != "YEMCVL" for e in got)
    # "others" alone are more of the ones named before, not a party of their own
    assert all(t != "TURCVL" for _, _, t in dyads("Two others were captured on Sunday with explosives in Adana."))


def test_a_force_an_explosion_went_off_near_is_its_target():
    got = code_text("A roadside bomb exploded near a passing British patrol in southern Basra on Monday.").events
    assert any(e.cameo[:2] == "18" and e.target is not None and e.target.code == "GBR" for e in got)
    assert any(e.cameo[:2] == "18" and e.target is not None and e.target.code == "PAKMIL"
               for e in code_text("A mine went off near an army convoy in Waziristan on Sunday.").events)
    # a border or a market names no party attacked
    assert not any(e.target is not None for e in code_text("A bomb exploded near a market in Kirkuk.").events
                   if e.cameo[:2] == "18")


def test_herdsmen_are_herders():
    assert ("19", "NGAAGR", None) in dyads("Herdsmen raided three villages in Benue state on Monday.")
