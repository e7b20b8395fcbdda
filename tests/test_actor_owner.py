"""Whose a sector-only actor is (knowledge/actor_owner.py; issue 14, item 3): a relative clause's antecedent state,
the story's own country for a legislature or a bare office, the story's earlier police; also police placed where the
act happened rather than where a visitor comes from, a people's body acted on, and the EU's bodies in the style that
keeps only the first word capitalised. Sentences written for these tests."""
from __future__ import annotations

from eventwire import code_text
from tests.coded_sentences import actor_named as _one, actors_in as _actors


def test_whose_gives_the_antecedent_country_to_a_coordinated_body():
    a = _one("Iran, whose advisers and militiamen are battling beside Assad's army, said it "
             "would honour the ceasefire.", "source", "militiamen")
    assert a.code == "IRNUAF"
    assert "relative clause about 'Iran'" in a.why


def test_its_in_a_relative_clause_about_a_country_named_as_a_place():
    a = _one("In Syria, where Kurdish units have advanced on Manbij, and in Iraq, where its military has now "
             "driven the militants from every major town, refugees have no place to go.", "source", "military")
    assert a.code == "IRQMIL"
    assert "'its' in a relative clause about 'Iraq'" in a.why


def test_whose_after_a_description_of_a_named_leader_is_the_leader_s():
    # (the description "the Iranian leader" is no mention of its own: the name it describes is the antecedent,
    # before the clause's own place, Iraq)
    a = _one("Tehran welcomed the move. Hassan Rouhani, the Iranian leader whose army fought in Iraq in 2016, "
             "praised the European decision.", "source", "army")
    assert a.code == "IRNMIL", (a.code, a.why)
    assert "relative clause about 'leader' -> Hassan Rouhani" in a.why


def test_whose_after_a_private_person_s_description_gives_no_state():
    a = _one("Ali Hassan, a shopkeeper whose sons were arrested by Turkish police in Izmir, spoke to reporters.",
             "target", "sons")
    assert "relative clause" not in (a.why or ""), (a.code, a.why)


def test_a_group_as_antecedent_gives_no_country():
    for a in _actors("Hezbollah, whose fighters have attacked the town of Qusair, said it would stay.", "source"):
        assert "relative clause" not in (a.why or ""), (a.code, a.why)   # (a group's fighters are no state's)


def test_two_countries_as_antecedent_give_none():
    for a in _actors("Russia and Turkey, whose defence ministers met in Moscow, agreed a ceasefire.", "source"):
        assert "relative clause" not in (a.why or ""), (a.code, a.why)


def test_european_parliament_in_house_style_is_the_eu():
    a = _one("The European parliament has called on member states to take in more refugees.", "source",
             "parliament")
    assert a.code == "IGOEUREEC"


_BRITAIN_STORY = ("British jets struck Isis positions near Raqqa and Deir ez-Zor in Syria on Tuesday, the Ministry of "
                  "Defence said. Theresa May said Britain would keep up the campaign against Isis in Syria, where "
                  "Russian and Syrian jets also fly. In October, parliament's defence committee criticised the "
                  "government for its secrecy. The foreign secretary refused to say how many fighters had been killed. "
                  "Boris Johnson said Britain and its allies would not stand by. Jeremy Corbyn said Labour would "
                  "oppose the strikes. The Syrian regime condemned the strikes in Aleppo and Idlib and Homs.")


def test_a_legislature_takes_the_country_the_story_s_actors_name_most():
    a = _one(_BRITAIN_STORY, "source", "parliament")
    assert a.code == "GBRLEG"
    assert "the country the story's actors name most" in a.why


def test_a_legislature_in_a_sentence_about_another_country_takes_none_from_the_story():
    story = _BRITAIN_STORY + " French and German officials said parliament condemned the strikes."
    found = [a for a in _actors(story, "source")
             if a.text and a.text.lower() == "parliament" and a.start > len(_BRITAIN_STORY)]
    assert found and all(a.code == "LEG" for a in found), [(a.code, a.why) for a in found]


def test_the_foreign_secretary_is_a_state_s_office_not_a_foreigner():
    from eventwire.knowledge.actor_owner import foreign_office
    from eventwire.nlp import load
    doc = load()("The foreign secretary met the foreign fighters' families, and foreign ministers met in Rome.")
    heads = {t.text: foreign_office(t) for t in doc if t.lower_ in ("secretary", "fighters", "ministers")}
    assert heads == {"secretary": True, "fighters": False, "ministers": False}


def test_a_people_s_body_acted_on_takes_its_clause_place():
    a = _one("The jihadists lost the town of Tabqa to Kurdish paramilitaries supported by Washington.",
             "target", "Kurdish")
    assert a.code == "SYRKURMIL"
    assert "clause's place 'Tabqa'" in a.why


def test_police_are_placed_where_the_act_happened_not_where_a_visitor_comes_from():
    a = _one("Sam Turner, 27, from Derby, Derbyshire, was holidaying in the resort of Kusadasi, western Turkey, "
             "when police officers raided the hotel he was staying in.", "source", "police")
    assert a.code == "TURCOP"


def test_its_after_another_country_in_the_clause_is_not_the_antecedent_s():
    a = _one("Unlike Joe Biden, who used a speech to condemn Russia and its president in harsh terms, the general "
             "kept quiet.", "target", "president")
    assert a.code == "RUSGOV", a.why



def test_a_people_named_by_a_demonym_is_no_state():
    a = _one("The footage was shot by foreigners, among them a cell of three Britons who tortured their captives "
             "and killed several on film.", "target", "captives")
    assert a.country is None, a.why


def test_the_president_in_a_story_about_one_country_is_its_president():
    text = ("Donald Trump said on Tuesday that the United States would pull its troops out of Syria. The White House "
            "said Washington had won in Raqqa, Manbij and Deir ez-Zor. Mike Pompeo said the US would stay in the "
            "region. US officials said the decision was final. The senator Bob Smith said he was due to meet the "
            "president, but the talks were called off at short notice.")
    a = _one(text, "target", "president")
    assert a.code == "USAGOV", a.why
    # (the country the story's actors name most, or the US told as a subject before it; never the senator's chamber)
    assert "Bob Smith" not in a.why and "LEG" not in a.code, a.why


_POLICE_STORY = ("Sam Turner, 27, from Derby, Derbyshire, was holidaying in the resort of Kusadasi, western Turkey, "
                 "when police officers raided the hotel he was staying in. His mother said he had travelled to "
                 "Syria in 2015 and fought with Kurdish groups in Raqqa and Kobani before coming home to Britain. "
                 "She said the family had pleaded with the British government and the Foreign Office for help. "
                 "\"Around 15 armed police encircled us and pushed us into the villa,\" his girlfriend said.")


def test_police_take_the_country_of_the_story_s_earlier_police():
    found = [a for a in _actors(_POLICE_STORY, "source") if a.sector == "COP"]
    assert [a.code for a in found] == ["TURCOP", "TURCOP"], [(a.code, a.why) for a in found]
    assert "the story's earlier COP" in found[1].why


def test_police_of_two_countries_before_give_none():
    text = ("British police arrested a man at Manchester airport on Monday. Turkish police detained his brother in "
            "Istanbul a week later. Police raided a house on Friday.")
    last = [a for a in _actors(text, "source") if a.sector == "COP"][-1]
    assert last.text == "Police" and last.country is None, (last.code, last.why)


def test_courts_do_not_take_the_story_s_earlier_courts():
    text = ("A Syrian court sentenced ten protesters in Damascus on Monday. Courts in Norway, Austria and the "
            "Netherlands are investigating several Syrian officers.")
    # (bare27: courts "in" a list of countries are one court of each, never the story's earlier Syrian courts)
    srcs = sorted(a.code for a in _actors(text, "source") if a.code != "SYRJUD" or a.text != "Syrian court")
    assert srcs == ["AUTJUD", "NLDJUD", "NORJUD"], srcs


def test_whose_after_two_countries_gives_each_its_own_body():
    srcs = {a.code for a in _actors("Egypt and Jordan, whose foreign ministers held talks in Cairo on Tuesday, "
                                    "agreed to reopen the border crossing.", "source")}
    assert {"EGYGOV", "JORGOV"} <= srcs and "GOV" not in srcs, srcs


def test_whose_after_two_countries_in_another_order_of_words():
    res = code_text("Iraq and Iran, whose oil ministers signed a pipeline accord last year, want the project "
                    "finished.", date="2022-04-11")
    signed = [e for e in res.events if e.trigger_text == "signed"]
    assert {e.source.code for e in signed if e.source} == {"IRQGOV", "IRNGOV"}, [(e.source, e.target) for e in signed]


def test_whose_after_a_two_word_country_keeps_its_whole_name():
    res = code_text("Sudan and South Sudan, whose presidents met in Khartoum last month, have agreed to reopen the "
                    "oil pipeline.", date="2022-04-11")
    met = [(e.source.code, e.target.code if e.target else None) for e in res.events if e.trigger_text == "met"]
    assert ("SDNGOV", "SSD") in met and ("SSDGOV", "SDN") in met, met
    assert all(t is None or t[:3] != s[:3] for s, t in met), met      # (no country meets itself)


def test_an_international_office_of_one_state_is_no_foreigner():
    from eventwire.knowledge.actor_owner import foreign_office
    from eventwire.nlp import load
    doc = load()("Their overseas development minister and the international aid secretary met international "
                 "observers and foreign affairs ministers.")
    heads = {t.text: foreign_office(t) for t in doc if t.lower_ in ("minister", "secretary", "observers", "ministers")}
    assert heads == {"minister": True, "secretary": True, "observers": False, "ministers": False}


def test_an_international_trade_minister_takes_the_country_of_the_sentence():
    a = _one("The charity was angered by remarks by Graham Lowe, the international trade minister, about arms "
             "sales to Britain's allies in the Gulf.", "source", "minister")
    assert a.code == "GBRGOV", (a.code, a.why)
