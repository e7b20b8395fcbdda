"""A state body "our" owns in a letter or an opinion piece is of the writer's own country when the writer's words say
which that is, never from a quotation (knowledge/writer_country.py). Sentences written for eventwire."""
from __future__ import annotations

from tests.coded_sentences import at, dump, events_of


def _sources(evs, word):
    return [e.source.code for e in at(evs, word) if e.source is not None]


def test_our_government_in_a_letter_that_speaks_as_one_country():
    evs = events_of("The committee's report on Yemen makes grim reading. Yet our government openly supports Saudi "
                    "Arabia and sells it fighter jets. Britain should be leading the calls for a ceasefire; our "
                    "silence makes us complicit. Jane Doe Norwich", date="2018-09-12")
    # ("supports ... and sells it fighter jets": the support is the help told beside it, one 07x event:
    # coding/conjoined_acts.py)
    assert _sources(evs, "sells") == ["GBRGOV"], dump(evs)
    assert set(_sources(evs, "supports")) <= {"GBRGOV"}, dump(evs)


def test_the_writers_description_of_themself_gives_the_country():
    evs = events_of("I am a teacher and a proud Lebanese woman. I grew up in Tripoli. Our leaders condemned the "
                    "airstrikes only after weeks of silence.", date="2018-09-12")
    assert _sources(evs, "condemned") == ["LBNGOV"], dump(evs)


def test_our_in_a_quotation_or_a_letter_that_names_no_country_is_left_alone():
    evs = events_of('The minister said: "Our government condemns the attack on the convoy." Turkey sent troops to '
                    "the border.", date="2018-09-12")
    assert not any(c.startswith("TUR") for c in _sources(evs, "condemns")), dump(evs)
    evs = events_of("Our government has condemned the attack on the convoy. It is time to act.", date="2018-09-12")
    assert _sources(evs, "condemned") in (["GOV"], []), dump(evs)
