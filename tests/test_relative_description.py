"""A relative or spouse apposed to a name, with a nationality written before the noun ("Her Belgian husband, X,",
"X, his Chilean wife,"), describes the person: a private person of that country (CVL), and later surnames and
pronouns follow (knowledge/actor_persons.relative_description, knowledge/people.py). Stories written for these
tests."""
from __future__ import annotations

from coded_sentences import events_on


events_of = events_on("2019-03-01")


def side_at(evs, trigger, side="source"):
    e = [x for x in evs if x.trigger_text == trigger]
    assert e, [(x.trigger_text, x.source, x.target) for x in evs]
    return getattr(e[0], side)


def test_a_spouse_with_a_nationality_before_the_name_gives_the_surname_its_country():
    evs = events_of("Her Belgian husband, Karim Vandamme, 31, said on Monday that he wanted to return home. Speaking to "
                    "reporters, Vandamme said he rejected Isis.")
    s = side_at(evs, "rejected")
    assert s is not None and s.code == "BELCVL", s
    assert s.name == "Karim Vandamme", s


def test_a_wife_described_in_the_same_way_is_carried_to_her_surname():
    evs = events_of("His Swedish wife, Linnea Berg, told the court she had never supported the group. Berg later "
                    "accused the guards of beating her.")
    s = side_at(evs, "accused")
    assert s is not None and s.code == "SWECVL", s


def test_a_son_described_by_nationality_is_carried_to_a_pronoun():
    evs = events_of("Their Moroccan son, Younes Amrani, left for Syria in 2015. He later attacked a checkpoint near "
                    "the river.")
    s = side_at(evs, "attacked")
    assert s is not None and s.country == "MAR", s


def test_a_relative_with_no_nationality_of_its_own_gives_no_country():
    evs = events_of("Her brother, Samir Haddou, was questioned last week. Haddou criticised the prosecutors for the "
                    "raid on his flat.")
    s = side_at(evs, "criticised")
    assert s is None or not s.country, s


def test_a_title_restating_a_nationality_description_gives_the_name_that_country():
    evs = events_of("Ankara has held a US citizen, the pastor Daniel Reeve, for two years. Reeve appealed to "
                    "Washington for help.")
    s = side_at(evs, "appealed")
    assert s is not None and s.code == "USAREL", s          # a pastor: the clergy sector, of the described country


def test_a_title_with_a_sector_keeps_its_sector_and_takes_the_descriptions_country():
    evs = events_of("Relations soured over the long detention of a Canadian citizen, the teacher Mark Dolan. Dolan "
                    "later criticised the Iranian judiciary.")
    s = side_at(evs, "criticised")
    assert s is not None and s.code == "CANEDU", s


def test_a_national_restated_by_a_title_is_carried_to_her_surname():
    evs = events_of("Tehran's jailing of a French national, the researcher Claire Voss, angered Paris. Voss thanked "
                    "the French government after her release.")
    s = side_at(evs, "thanked")
    assert s is not None and s.country == "FRA", s
