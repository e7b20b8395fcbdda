"""A person named with an office that says no country ("the defence secretary", "a senator") holds it for the country
the story's actors name most, here and wherever the story names the person again (issue 14, no source;
knowledge/people_home.py, asked by knowledge/people.py). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_of


def _first(evs, trigger):
    got = [e for e in evs if e.trigger_text.startswith(trigger)]
    assert got, dump(evs)
    return got[0]


def test_a_later_surname_of_a_bare_office_holder_is_the_story_s_country_s():
    evs = events_of("Britain will send two warships to the Gulf, London said. Ama Boateng, the defence secretary, "
                    "told MPs the ships would leave in May. Boateng accused Tehran of threatening shipping.")
    e = _first(evs, "accused")
    assert e.source is not None and e.source.code == "GBRGOV", dump(evs)
    assert "the story's actors name most" in e.source.why


def test_no_story_country_leaves_the_office_holder_empty():
    # (two countries named as often: the story has no country of its own, and the office says none)
    evs = events_of("Peru and Chile signed a fishing pact, Lima and Santiago said. Ines Varga, the defence secretary, "
                    "praised the pact. Varga accused smugglers of stealing fuel.")
    e = _first(evs, "accused")
    assert e.source is None or not e.source.code.startswith(("PER", "CHL")), dump(evs)


def test_an_office_holder_in_a_sentence_about_another_country_is_not_placed_at_home():
    # (the sentence that names the person names another country only: the office may be that country's)
    evs = events_of("Britain will send two warships to the Gulf, London said. In Ghana, Kofi Mensah, the defence "
                    "secretary, welcomed the plan. Mensah accused pirates of attacking tankers.")
    e = _first(evs, "accused")
    assert e.source is None or not e.source.code.startswith("GBR"), dump(evs)


def test_the_chair_of_a_chamber_is_a_legislator_of_the_story_s_country():
    # ("chair" is a person's role noun, data/coding/nouns.tsv; a legislature sits at home)
    evs = events_of("The White House said on Monday that US troops would stay in Iraq. Washington has 2,500 soldiers "
                    "there. Speaking to reporters, Tom Harlan, the chair of the Senate armed services committee, said "
                    "the plan had failed. Harlan also criticised the Pentagon for its plan.")
    e = _first(evs, "criticised")
    assert e.source is not None and e.source.code == "USALEG", dump(evs)
