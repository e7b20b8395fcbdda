"""Issue 14, wrong source: private people who fight bear arms (coding/combatants.py); a listed person the story names
with an office coded by it (knowledge/people_offices.py); a former official coded at the date of the act the text
dates (knowledge/role_then.py). Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text


def sources(text, root, date="2019-03-01"):
    return [e.source and e.source.code for e in code_text(text, date=date).events if e.cameo.startswith(root)]


def test_a_private_person_who_fights_is_an_irregular_of_that_country():
    assert sources("A Canadian nurse who joined the Kurdish militia fought Isis near Deir ez-Zor for eight "
                   "months.", "19") == ["CANUAF"]
    assert "AUSUAF" in sources("Two Australians were killed fighting against Islamic State in Raqqa last year.", "19")
    assert sources("An American student battled Islamic State fighters alongside the YPG in northern Syria.",
                   "19") == ["USAUAF"]


def test_non_combatants_and_other_acts_keep_the_civilian_code():
    # the families criticise as civilians; the men they lost are the ones who fought (coding/misparses.py)
    evs = code_text("The families of two Danish men killed fighting Isis have criticised the government.",
                    date="2019-03-01").events
    assert [e.source.code for e in evs if e.cameo.startswith("11")] == ["DNKCVL"]
    fought = [e.source for e in evs if e.cameo.startswith("19") and e.source is not None and e.source.country == "DNK"]
    assert [s.code for s in fought] == ["DNKUAF"] and "families" not in fought[0].text
    assert "CVL" in sources("Local civilians fought back against the militants who stormed the village on "
                            "Tuesday.", "19")
    got = [t for e in code_text("A Dutch teacher was detained by Turkish police near the border.",
                                date="2019-03-01").events for t in [e.target and e.target.code]]
    assert "NLDEDU" in got or "NLDCVL" in got


def test_a_listed_person_named_with_an_international_office_acts_for_the_body():
    text = ("Federica Mogherini, the EU's foreign policy chief, condemned the attack on the convoy. Mogherini later "
            "urged Ankara to show restraint.")
    assert all(s == "IGOEUREEC" for s in sources(text, "", date="2019-02-12"))
    for text in ("Nato chief Jens Stoltenberg praised Turkey for its role in the alliance.",
                 "Jens Stoltenberg, Nato's top civilian official, praised Turkey for its role in the alliance."):
        assert sources(text, "05", date="2019-02-12") == ["IGOWSTNAT"], text


def test_then_office_gives_the_government_and_former_stays_elite():
    text = ("In a speech in Brussels, Jim Mattis, then the US defence secretary, warned Moscow about its support for "
            "Assad. Mattis also criticised Iran.")
    got = sources(text, "", date="2019-02-12")
    assert len(got) >= 2 and all(s == "USAGOV" for s in got), got
    assert sources("Tony Blair, the former prime minister, criticised the government's plan on Monday.", "11",
                   date="2019-02-12") == ["GBRELI"]


def test_an_act_dated_in_office_is_coded_with_the_office():
    assert sources("Back in 2010, Barack Obama imposed new sanctions on Tehran over its nuclear programme.",
                   "16") == ["USAGOV"]
    assert sources("In March 2004 Tony Blair met Muammar Gaddafi in a tent outside Tripoli.", "04") == ["GBRGOV"]
    # the story's own date, or no date of the act's own: the former elite code stands
    assert sources("Obama criticised the president's plan to withdraw the troops.", "11") == ["USAELI"]


def test_a_pronoun_under_a_clause_whose_subject_is_its_owners_thing_is_the_owner():
    # "its involvement grew when it sent troops": "it" is the one whose involvement it is, not the involvement
    assert sources("Turkey has long opposed the Kurdish militia. Its involvement deepened in 2016, when "
                   "it sent troops to fight Isis.", "15") == ["TUR"]
    assert sources("Iran has backed Assad since 2011. Its role grew in 2015, when it deployed advisers to help the "
                   "Syrian army.", "07") == ["IRN"]
    assert "SYRREB" in sources("The rebels had held the valley for years. Their grip weakened last spring, when "
                               "they withdrew fighters to defend Idlib.", "08")


def test_a_possessive_that_is_not_the_pronoun_s_own_leaves_it_alone():
    # "my cousin ... it had been freed": the cousin's is no owner "it" can stand for; the city stays unnamed
    assert sources("Isis held the city for three years. After my cousin phoned to say it had been freed, he wept "
                   "for an hour.", "08") == []
    assert sources("Canada welcomed the family. He said his experiences in Canada are different from those in "
                   "Lebanon, where they were interrogated at roadblocks.", "09") == []
