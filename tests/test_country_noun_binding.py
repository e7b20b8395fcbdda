""""the country" as the object of a clause is not the country that is the subject of a clause above it (unless a
verb of saying lies between) where the sentence names another country as a place, nor another argument of its own verb (knowledge/coref_choice.py), on short stories
written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, exactly_at


events_of = events_on("2019-03-01")


def _target_of(text, trigger):
    evs = events_of(text)
    e = exactly_at(evs, trigger)
    assert e and e[0].target is not None, [(x.trigger_text, x.source, x.target) for x in evs]
    return e[0].target


def test_fighters_who_overran_the_country_are_not_in_the_subjects_country():
    t = _target_of("Tehran has funded militias for years. By arming Shia fighters in Iraq, Tehran has tried to drive "
                   "out the jihadists who overran much of the country in 2014.", "overran")
    assert t.country == "IRQ", t


def test_rebels_who_seized_the_country_under_a_wish_of_another_capital():
    t = _target_of("Saudi warplanes have bombed Houthi positions since 2015. Riyadh wants to defeat the rebels in "
                   "Yemen who seized most of the country four years ago.", "seized")
    assert t.country == "YEM", t


def test_with_no_other_place_named_the_subject_is_the_country():
    t = _target_of("For a decade Mali has been battling jihadists who attacked the country from desert bases.",
                   "attacked")
    assert t.country == "MLI", t


def test_a_verb_of_saying_lets_the_speaker_be_the_country():
    t = _target_of("Jordan has hosted more than half a million refugees. Jordan warned that armed groups were trying "
                   "to infiltrate the country from the north.", "trying to infiltrate")
    assert t.country == "JOR", t


def test_the_country_as_subject_keeps_its_governing_subject():
    evs = events_of("Kenya's interior minister said the country would expel the Somali ambassador over the raids.")
    e = exactly_at(evs, "expel")
    assert e and e[0].source is not None and e[0].source.country == "KEN", [(x.trigger_text, x.source) for x in evs]
