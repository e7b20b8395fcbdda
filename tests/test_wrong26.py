"""The party of the clause or the story an act's doer or target is (issue 14, wrong source / wrong target, session 26).
Sentences written for these tests; each construction has a negative test where the plain reading stays."""
from __future__ import annotations

from coded_sentences import at, dump, events_on


events_of = events_on("2018-03-14")


# -- a person's name the parser hung on the place of a role noun's phrase is the role noun's, and a "by" on a
#    passive's "as" phrase is its agent: "he" in the next sentence is that person (coref_mentions._role)

_ENVOY = ("The rebel negotiator, Omar Khalil, told reporters in Geneva on Monday that he wanted the president "
          "removed. The demand was described as \"reckless\" by Turkey's ambassador to the UN in New York, Feridun "
          "Sinirlioglu. He urged the council to act.")


def test_he_after_an_envoy_named_by_a_passive_as_phrase_is_the_envoy():
    evs = events_of(_ENVOY)
    urged = at(evs, "urged")
    assert urged and urged[0].source is not None and urged[0].source.country == "TUR", dump(evs)


def test_he_after_a_place_with_no_role_noun_stays_the_earlier_subject():
    evs = events_of("The rebel negotiator, Omar Khalil, told reporters in Geneva on Monday that he wanted the "
                    "president removed. He urged the council to act.")
    urged = at(evs, "urged")
    assert urged and (urged[0].source is None or urged[0].source.country != "TUR"), dump(evs)


# -- a possessive in the "for" phrase of a verb, or of one coordinated with it, stands for that verb's object
#    ("called the diplomats and begged for their help": coref_choice)

def test_their_help_after_calling_the_diplomats_is_the_diplomats():
    evs = events_of("The militants held the town for two years. Hall officially called British diplomats from "
                    "prison earlier this year and begged for their help to escape ill-treatment by the guards.")
    begged = at(evs, "begged")
    assert begged and begged[0].target is not None and begged[0].target.code == "GBRGOV", dump(evs)


def test_their_help_with_no_object_before_it_stays_the_scored_choice():
    evs = events_of("British diplomats visited the prison in March. Hall begged for their help to escape.")
    begged = at(evs, "begged")
    assert begged and begged[0].target is not None and begged[0].target.country == "GBR", dump(evs)


# -- "these two ... after they were arrested": a number subject of the clause above is what "they" stands for, so no
#    actor named in the agent phrase (coref_choice._unknown_governor)

def test_they_after_these_two_is_not_the_agent_of_the_clause_above():
    evs = events_of("The official said the militia had no interest in foreign fighters. \"These two were identified "
                    "by the coalition forces after they were arrested.\"")
    for e in at(evs, "arrested"):
        assert e.target is None or "coalition" not in (e.target.text or ""), dump(evs)


# -- "X's secretary, Name, who ...": the apposed name does it, not the owner of the noun (relative_name.apposed_name)

def test_who_after_an_apposed_name_is_that_person():
    evs = events_of("The envoy's resignation follows that of Trump's defense secretary, James Mattis, who announced "
                    "his departure this week.")
    dep = at(evs, "departure")
    assert dep and dep[0].source is not None and "Mattis" in (dep[0].source.text or ""), dump(evs)


def test_who_on_a_noun_with_no_apposed_name_stays_the_nouns():
    evs = events_of("The protesters, who blocked the main road on Monday, were dispersed by police.")
    assert [e for e in at(evs, "blocked") if e.source is not None and e.source.text == "protesters"], dump(evs)


# -- "a Jordan-based, US-run room": the country it is based in is no owner where another country in the phrase runs it
#    (actor_phrases, seats); "Russian backed forces" written apart is a backer, as "Russian-backed" is (actor_where)

def test_based_in_one_country_run_by_another_is_the_runners():
    evs = events_of("In January, a Jordan-based, US-run military operations room that had supplied weapons to two "
                    "rebel groups was closed.")
    sup = at(evs, "supplied")
    assert sup and sup[0].source is not None and sup[0].source.country == "USA", dump(evs)


def test_based_in_a_country_alone_stays_that_countrys():
    evs = events_of("Australia-based human rights activists staged a protest outside the embassy against the regime.")
    assert [e for e in at(evs, "staged") if e.source is not None and e.source.country == "AUS"], dump(evs)


def test_demonym_apart_from_backed_is_the_backer():
    evs = events_of("Iranian backed militias attacked the base on Sunday.")
    assert all(e.source is None or e.source.country != "IRN" for e in at(evs, "attacked")), dump(evs)


def test_demonym_subject_of_backed_stays_the_doer():
    evs = events_of("The Russian backed the proposal at the council on Monday.")
    assert [e for e in at(evs, "backed") if e.source is not None and e.source.country == "RUS"], dump(evs)


def test_demonym_apart_from_armed_stays_the_forces_own():
    evs = events_of("Russian armed forces entered Syria in 2015 and have been there ever since.")
    assert [e for e in at(evs, "entered") if e.source is not None and e.source.country == "RUS"], dump(evs)
