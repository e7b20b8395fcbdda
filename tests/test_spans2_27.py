"""Actor-span misses for issue 14, session 27 (spans2_27): sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def _one(evs, word):
    got = at(evs, word)
    assert len(got) == 1, dump(evs)
    return got[0]


# --- hospitality frames: a meal hosted or given for a guest (043), a meal had with someone (040) -------------------

def test_lunch_had_with_a_leader_is_a_meeting():
    evs = events_of("German Chancellor Olaf Scholz had lunch with French President Emmanuel Macron in Paris on Friday.")
    e = _one(evs, "had")
    assert e.cameo == "040" and e.source.country == "DEU" and e.target is not None and e.target.country == "FRA", \
        dump(evs)


def test_banquet_hosted_for_a_guest_is_hosting():
    evs = events_of("Saudi King Salman hosted a state banquet for Chinese President Xi Jinping in Riyadh on Thursday.")
    e = _one(evs, "hosted")
    assert e.cameo == "043" and e.source.country == "SAU" and e.target is not None and e.target.country == "CHN", \
        dump(evs)


def test_dinner_given_for_a_guest_is_hosting():
    evs = events_of("The Qatari emir gave a dinner for Turkish President Recep Tayyip Erdogan in Doha.")
    e = _one(evs, "gave")
    assert e.cameo == "043" and e.target is not None and e.target.country == "TUR", dump(evs)


def test_dined_with_is_a_meeting():
    evs = events_of("Japanese Prime Minister Fumio Kishida dined with US President Joe Biden at the White House.")
    e = _one(evs, "dined")
    assert e.cameo == "040" and e.source.country == "JPN" and e.target is not None and e.target.country == "USA", \
        dump(evs)


def test_a_festival_hosted_is_still_no_event():
    evs = events_of("The city will host a music festival in June, the mayor said on Monday.")
    assert not at(evs, "host"), dump(evs)


# --- national agencies are actor knowledge (countries.tsv seats) ----------------------------------------------------

def test_immigration_agency_acronym_is_us_police():
    evs = events_of("ICE deported 40 Guatemalan nationals on Tuesday.")
    e = _one(evs, "deported")
    assert e.source is not None and e.source.code == "USACOP", dump(evs)


def test_federal_foreign_office_is_germany_not_britain():
    evs = events_of("The Federal Foreign Office condemned the attack on the Israeli embassy in Berlin.")
    e = _one(evs, "condemned")
    assert e.source is not None and e.source.country == "DEU", dump(evs)


def test_mounted_police_acronym_is_canadian_police():
    evs = events_of("The RCMP arrested two men in Toronto on Monday.")
    e = _one(evs, "arrested")
    assert e.source is not None and e.source.code == "CANCOP", dump(evs)


def test_security_intelligence_acronym_is_australian():
    evs = events_of("ASIO warned that foreign agents were targeting Australian universities.")
    e = _one(evs, "warned")
    assert e.source is not None and e.source.code == "AUSSPY", dump(evs)


# --- a country's name or possessive right before its own seat of power: the seat (knowledge/country_seat.py) -------

def test_country_possessive_before_its_security_service_is_the_service():
    evs = events_of("Russia's FSB detained a Ukrainian man in Crimea on Sunday.")
    e = _one(evs, "detained")
    assert e.source is not None and e.source.code == "RUSSPY" and "FSB" in e.source.text, dump(evs)


def test_country_name_before_its_foreign_ministry_is_the_government():
    evs = events_of("The US State Department condemned the attack on the embassy.")
    e = _one(evs, "condemned")
    assert e.source is not None and e.source.code == "USAGOV", dump(evs)


def test_country_name_before_its_environment_agency_is_the_government():
    evs = events_of("The US Environmental Protection Agency sued the company on Monday.")
    e = _one(evs, "sued")
    assert e.source is not None and e.source.code == "USAGOV" and "Agency" in e.source.text, dump(evs)
