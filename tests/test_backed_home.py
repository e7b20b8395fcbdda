"""The one an act of support is done to keeps its own country, never its backer's (issue 14; coding/context.py
supporter_tokens for a relative clause of backing, knowledge/backed_home.py for a backed force in a sentence that
names several countries). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of

LIBYA = "Libya's civil war has dragged on for eight years. Fighting continued around Tripoli and Benghazi on Monday. "
SOMALIA = ("Somalia's civil war has dragged on for decades. Fighting continued around Mogadishu and Kismayo on "
           "Monday. ")


def test_the_subject_of_a_relative_clause_of_backing_is_the_backer_not_the_antecedent_s_country():
    evs = events_of(LIBYA + "The pact was a disaster for an opposition that Egypt backed.")
    backed = at(evs, "backed")
    assert len(backed) == 1 and backed[0].source.code == "EGY" and backed[0].target.code == "LBYOPP", dump(evs)


def test_a_relative_clause_whose_subject_is_the_antecedent_still_backs_its_object():
    evs = events_of(LIBYA + "The deal was a blow to a militia that backed Egypt in the east.")
    backed = at(evs, "backed")
    assert len(backed) == 1 and backed[0].target.code == "EGY", dump(evs)


def test_forces_backed_from_abroad_take_the_story_s_country_the_sentence_names_as_a_place():
    evs = events_of(SOMALIA + "The army opened a front in Baidoa, which lies near the Kenyan border and has no link "
                              "to forces backed by Washington.")
    backed = at(evs, "backed")
    assert len(backed) == 1 and backed[0].source.country == "USA" and backed[0].target.code == "SOMMIL", dump(evs)


def test_forces_backed_by_the_story_s_own_country_take_no_country_from_the_story():
    evs = events_of("Kenya's parliament met in Nairobi on Monday. Kenyan officials spoke in Mombasa and Kisumu. The "
                    "army opened a front in Garissa, which lies near the Somali border and has no link to forces "
                    "backed by Nairobi.")
    backed = at(evs, "backed")
    assert len(backed) == 1 and backed[0].target.code == "MIL", dump(evs)


def test_forces_backed_by_an_unplaced_government_take_no_country_from_the_story():
    evs = events_of(SOMALIA + "The army opened a front in Baidoa, which lies near the Kenyan border and has no link "
                              "to forces backed by Somalia's government.")
    backed = at(evs, "backed")
    assert len(backed) == 1 and backed[0].target.code == "MIL", dump(evs)


def test_a_conflict_between_two_states_is_no_internal_conflict_of_either():
    evs = events_of("Analysts say the Russian-American conflict has cooled. Rebel commanders said on Monday that they "
                    "had seized the airport.")
    seized = at(evs, "seized")
    assert len(seized) == 1 and seized[0].source.code == "REB", dump(evs)


def test_a_state_backing_a_list_backs_only_the_others_not_its_own_army():
    evs = events_of("Ruto announced a combined push by the Kenyan army and Somali militias backed by Nairobi.")
    backed = at(evs, "backed")
    assert [e.target.code for e in backed] == ["SOMUAF"], dump(evs)
