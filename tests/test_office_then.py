"""Issue 14, wrong source/target: a former official coded ELI (former elite) at the story date takes the office its
sentence says he held at the act (knowledge/office_then.py). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_sentences import dump, events_of

DATE = "2020-03-01"    # after the terms of the people named below


def side_codes(text, side="source", date=DATE):
    evs = events_of(text, date)
    return [getattr(e, side) and getattr(e, side).code for e in evs], dump(evs)


def test_the_as_phrase_of_the_act_gives_the_office():
    got, d = side_codes("Jacob Zuma resigned as president after a long standoff with his own party.")
    assert got == ["ZAFGOV"], d
    got, d = side_codes("As prime minister, David Cameron ordered air strikes against militants in Libya.")
    assert got == ["GBRGOV"], d


def test_a_then_title_on_the_person_gives_the_office():
    got, d = side_codes("Jacob Zuma, then president, criticised the court.")
    assert got == ["ZAFGOV"], d
    got, d = side_codes("The then-president Jacob Zuma criticised the court.")
    assert got == ["ZAFGOV"], d
    got, d = side_codes("The Libyan leader was received by Tony Blair, then prime minister, in Downing Street.")
    assert got == ["GBRGOV"], d


def test_a_leaders_name_on_a_government_noun_is_that_government():
    got, d = side_codes("The Cameron government imposed new sanctions on Iran.")
    assert got == ["GBRGOV"], d


def test_a_span_of_years_inside_one_term_gives_the_office():
    got, d = side_codes("Mubarak sent troops to fight alongside the allies in the 1990-91 Gulf war.")
    assert got and set(got) == {"EGYGOV"}, d
    got, d = side_codes("Washington gave military aid to Hosni Mubarak during the 1985-90 campaign against Islamist "
                        "militants.", side="target")
    assert got == ["EGYGOV"], d


def test_acts_after_leaving_office_stay_former_elite():
    # an `as` phrase that describes the object, not the doer
    got, d = side_codes("Jacob Zuma described the judge as a traitor on Monday.")
    assert got == ["ZAFELI"], d
    # the years of the person's own term, told in his phrase, do not date the act
    got, d = side_codes("David Cameron, prime minister from 2010 to 2016, criticised the plan on Monday.")
    assert got == ["GBRELI"], d
    # a title the lists do not give the person changes nothing
    got, d = side_codes("Jacob Zuma, then a general, criticised the court.")
    assert got == ["ZAFELI"], d


def test_a_title_that_is_the_possessor_in_a_proper_name_is_no_actor():
    # (knowledge/actor_phrases.py: a place's or a college's name, not the title holder)
    evs = events_of("Protesters marched past Queen's Park station in Glasgow on Sunday.")
    assert all(e.target is None or e.target.sector != "GOV" for e in evs), dump(evs)
    evs = events_of("Students occupied King's College in protest at the cuts.")
    assert all("GOV" not in (a.code or "") for e in evs for a in (e.source, e.target) if a), dump(evs)
    # the title holder's own guard or office stays the government
    got, d = side_codes("The King's Guard arrested two protesters in Riyadh.")
    assert got == ["SAUGOV"], d


def test_a_former_leader_of_the_opposition_takes_that_office():
    # (the lists give him no office of the former elite: coded with his country alone at the story date)
    got, d = side_codes("Iain Duncan Smith, then opposition leader, criticised the plan.")
    assert got == ["GBROPP"], d


def test_a_then_title_with_the_name_in_apposition_is_the_office_the_name_held():
    # (coding/apposed_name.py: the title is the mention; the name says which of his offices it was)
    got, d = side_codes("The then Conservative leader, Iain Duncan Smith, criticised the plan.")
    assert got == ["GBROPP"], d
    # a title the phrase says he has left stays former elite
    got, d = side_codes("The former prime minister, David Cameron, criticised the plan on Monday.")
    assert got == ["GBRELI"], d


def test_a_title_not_dated_to_the_act_keeps_its_own_sector():
    # ("leader" might be any of his offices; only a `then` title picks one of them)
    got, d = side_codes("The country's veteran leader, Jacob Zuma, criticised the court.")
    assert got == ["ZAFGOV"], d


def test_a_body_before_s_and_a_name_stays_the_body():
    # (only a person's title is read as part of a proper name; a body's school is still the body's)
    evs = events_of("Canadian instructors were deployed to the Kenya Army's School of Artillery near Nanyuki.")
    assert [e.target and e.target.code for e in evs if e.trigger_text == "deployed"] == ["KENMIL"], dump(evs)
