"""People the actor lists do not know, acted on (issue 14: victims, captives and people arrested as targets with their
country): a plural description before a list of names is each name's ("two Dutch fighters, X and Y"), a later
surname of such a person is a person for the senses of a verb ("captured Vos": an arrest, 173), a former soldier is
a private person, and "he" can stand for a soldier named by a description. Stories written for these tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-03-01")


def at(evs, trigger):
    e = [x for x in evs if x.trigger_text == trigger]
    assert e, [(x.trigger_text, x.cameo, x.target) for x in evs]
    return e


def test_a_plural_description_before_a_list_of_names_is_each_ones_and_their_surnames_follow():
    evs = events_of("Two Dutch jihadists, Karel Voskamp and Pieter Haanstra, were seen in Raqqa last year. "
                    "Kurdish fighters captured Haanstra near the border on Monday.")
    e = at(evs, "captured")[0]
    assert e.target is not None and e.target.code == "NLDINS", e.target
    assert e.cameo == "173", (e.cameo, e.pattern)       # a person captured is detained, not a battle


def test_a_dash_list_after_a_counted_description():
    evs = events_of("The cell included two other Belgian men \u2013 Tom Maes and Jonas Vermeulen. "
                    "Turkish police arrested Vermeulen in Istanbul.")
    e = at(evs, "arrested")[0]
    assert e.target is not None and e.target.code == "BELCVL", e.target


def test_a_singular_description_is_not_shared_by_the_next_name():
    evs = events_of("The Kurdish commander Rashid Omar and Ali Hassan met in Qamishli. Turkish forces killed Hassan.")
    e = at(evs, "killed")[0]
    assert e.target is None or e.target.country is None, e.target


def test_a_former_soldier_is_a_private_person_and_he_stands_for_him():
    evs = events_of("A former Danish army soldier was imprisoned in Iran last week after he was convicted of helping "
                    "a Kurdish militia.")
    jail = at(evs, "imprisoned")[0]
    assert jail.target is not None and jail.target.code == "DNKCVL", jail.target
    conv = at(evs, "convicted")[0]
    assert conv.target is not None and conv.target.code == "DNKCVL", conv.target


def test_a_former_minister_is_an_elite_and_a_former_government_is_not_touched():
    evs = events_of("Police arrested a former Lebanese minister in Beirut.")
    e = at(evs, "arrested")[0]
    assert e.target is not None and e.target.code == "LBNELI", e.target


def test_the_leads_description_is_the_protagonist_named_with_an_age():
    evs = events_of("A former Danish soldier was given a six-year prison term by an Iranian court on Monday for "
                    "helping a Kurdish militia. Lars Jensen, 27, was sentenced in Tabriz. Iranian police had arrested "
                    "Jensen near the border in July.")
    e = at(evs, "arrested")[0]
    assert e.target is not None and e.target.code == "DNKCVL", e.target


def test_a_name_apposed_to_another_description_does_not_take_the_leads():
    evs = events_of("A British man was killed in Raqqa on Sunday, his family said. His mother, Ann Holt, 54, said he "
                    "was a hero. Police arrested Holt in Leeds.")
    e = at(evs, "arrested")[0]
    assert e.target is None or e.target.code != "GBRCVL" or "British man" not in (e.target.why or ""), e.target


def test_a_plural_demonym_read_as_the_first_names_word_is_each_names():
    evs = events_of("Britons Samir Haddou and Adam Rourke were captured in January. Kurdish fighters captured Rourke "
                    "near the river.")
    e = [x for x in at(evs, "captured") if x.target is not None and x.target.text == "Rourke"]
    assert e and e[0].target.code == "GBRCVL", [(x.target, x.cameo) for x in at(evs, "captured")]
