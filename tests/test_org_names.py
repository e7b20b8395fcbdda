"""An organisation the actor lists do not know, whose proper name carries a country, is that country's body of the
sector its closing word or an inner word gives (issue 14; knowledge/org_names.py, data/coding/org_names.tsv).
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on

from eventwire.knowledge.actors import default_kb


events_of = events_on("2022-03-09")


def dump(evs):
    return [(e.cameo, e.trigger_text, e.source and (e.source.code, e.source.text),
             e.target and (e.target.code, e.target.text)) for e in evs]


def resolve(text):
    return default_kb().resolve_phrase(text, 0, "2022-03-09", ())


def test_a_commission_named_with_a_country_is_its_government_body():
    evs = events_of("The Malawi Revenue Commission fined three Chinese companies on Tuesday.")
    got = [e for e in evs if e.cameo.startswith("11")]
    assert got and got[0].source is not None, dump(evs)
    assert got[0].source.code == "MWIGOV" and got[0].source.text == "Malawi Revenue Commission", dump(evs)
    assert "org_names.tsv" in got[0].source.why


def test_an_inner_word_gives_the_sector_of_a_congress():
    evs = events_of("The Malawi Labour Congress condemned the district governors on Friday.")
    got = [e for e in evs if e.cameo.startswith("1")]
    assert got and got[0].source is not None and got[0].source.code == "MWILAB", dump(evs)
    assert got[0].source.text == "Malawi Labour Congress", dump(evs)


def test_officials_of_the_named_body_are_the_body_s():
    evs = events_of("Police arrested officials of the Nepal Bar Association on Monday.")
    got = [e for e in evs if e.cameo.startswith("17")]
    assert got and got[0].target is not None, dump(evs)
    assert got[0].target.code == "NPLNGO" and got[0].target.text == "Nepal Bar Association", dump(evs)


def test_a_state_body_s_head_wins_over_an_inner_word():
    a = resolve("the Peruvian Health Commission")
    assert a is not None and a.code == "PERGOV", a


def test_a_civil_association_without_a_cue_is_an_ngo():
    a = resolve("the Tanzanian Wildlife Society")
    assert a is not None and a.code == "TZANGO" and a.text == "Tanzanian Wildlife Society", a


def test_a_sport_body_is_no_new_actor():
    a = resolve("the Ghana Football Association")
    assert a is None or a.sector is None, a


def test_a_head_that_names_no_sector_alone_is_left_as_it_was():
    a = resolve("the Bolivian Federation of Neighbourhoods")
    assert a is None or a.sector is None, a


def test_a_name_before_another_noun_is_no_head():
    # "the Kenya Airways pilots": the pilots, not the company
    a = resolve("the Sudanese Medical Association's spokesman")
    assert a is None or a.text != "Sudanese Medical Association", a


def test_two_countries_in_one_name_name_no_one_country_s_body():
    a = resolve("the Kenya Uganda Trade Commission")
    assert a is None or not (a.text or "").endswith("Commission"), a


def test_known_sector_terms_are_read_as_before():
    a = resolve("the Tanzania Ports Authority")
    assert a is not None and a.code == "TZAGOV" and "org_names" not in a.why, a


def test_a_state_news_agency_is_the_press():
    a = resolve("the Malawi News Agency")
    assert a is not None and a.code == "MWIMED", a


def test_a_us_state_s_name_is_no_country():
    a = resolve("the Georgia Dental Association")
    assert a is None or a.country != "GEO", a


def test_a_demonym_and_a_head_alone_are_no_name():
    a = resolve("the Peruvian Society")
    assert a is None or "org_names" not in (a.why or ""), a


def test_a_short_form_the_story_defines_is_that_body_later():
    evs = events_of("The Malawi Teachers Federation (MTEF) said on Monday it would strike. "
                    "The MTEF later condemned the finance ministry over unpaid salaries.")
    got = [e for e in evs if e.trigger_text == "condemned"]
    assert got and got[0].source is not None and got[0].source.code == "MWIEDU", dump(evs)
    assert "short form the story gives" in got[0].source.why, dump(evs)


def test_the_story_s_own_short_form_wins_over_the_lists_letters():
    # the lists give "MLC" to a Congolese party; this story defines it for a Malawian labour body
    evs = events_of("The Malawi Labour Congress (MLC) said on Monday it would strike. "
                    "The MLC later condemned the finance ministry over unpaid salaries.")
    got = [e for e in evs if e.trigger_text == "condemned"]
    assert got and got[0].source is not None and got[0].source.code == "MWILAB", dump(evs)


def test_without_the_definition_the_lists_letters_stand():
    evs = events_of("The MLC condemned the Congolese government on Monday.")
    got = [e for e in evs if e.trigger_text == "condemned"]
    assert got and got[0].source is not None and got[0].source.code != "MWILAB", dump(evs)


def test_the_closing_word_alone_later_is_the_body_named_before():
    evs = events_of("The Malawi Revenue Commission opened an inquiry into timber exports. "
                    "On Friday the commission fined three Chinese timber exporters.")
    got = [e for e in evs if e.trigger_text == "fined"]
    assert got and got[0].source is not None and got[0].source.code == "MWIGOV", dump(evs)
    assert "named before" in got[0].source.why, dump(evs)


def test_the_closing_word_alone_after_a_body_the_lists_know_is_not_the_earlier_one():
    evs = events_of("The Malawi Revenue Commission opened an inquiry. The European Commission said it would help. "
                    "On Friday the commission fined three Chinese timber exporters.")
    got = [e for e in evs if e.trigger_text == "fined"]
    assert not got or got[0].source is None or got[0].source.code != "MWIGOV", dump(evs)


def test_a_company_described_by_its_trade_is_a_business_of_its_country():
    # (data/actors/sectors.tsv: "<trade> giant"; "giant" alone is no sector)
    evs = events_of("Indian regulators fined the South Korean tech giant Samsung on Monday.")
    got = [e for e in evs if e.cameo.startswith("11")]
    assert got and got[0].target is not None and got[0].target.code == "KORBUS", dump(evs)
    a = resolve("the Asian giant China")
    assert a is not None and a.code == "CHN", a
