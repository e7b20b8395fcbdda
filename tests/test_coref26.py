"""The one person a long stretch of a story follows (knowledge/coref_topic.py), on stories written for these tests: a
"he"/"she" after a gap of more than a few sentences (asides, figures, a quote from an organisation) stands for the one
person of that sex named as a subject in the last ten sentences, when the person's sex is told and no one else, named
or described by a person noun ("a driver", "his brother"), could be it."""
from __future__ import annotations

from coded_sentences import dump, events_of, sides_at

_MINISTER = ("Karim Haddad, Jordan's interior minister, arrived in Damascus on Monday for talks on the border. "
             "Haddad said he expected the crossing at Nassib to reopen within weeks. "
             "Trade through the crossing fell sharply after 2015. "
             "Lorries carrying fruit and vegetables now wait for days at the frontier. "
             "“The queues are longer than ever,” a haulage firm said. "
             "Prices in Amman markets have doubled since the spring. "
             "Exports of phosphate were also hit. ")


def test_he_after_a_long_aside_is_the_one_man_the_story_follows():
    evs = events_of(_MINISTER + "He later met Syria's foreign minister, Faisal Mekdad.")
    assert sides_at(evs, "met") == {("JORGOV", "SYRGOV")}, dump(evs)


def test_a_person_noun_between_could_be_he():
    # "a lorry driver" is a man no list names: "he" may be him, so no actor is chosen from far back
    evs = events_of(_MINISTER.replace("a haulage firm said", "a lorry driver said")
                    + "He later met Syria's foreign minister, Faisal Mekdad.")
    assert ("JORGOV", "SYRGOV") not in sides_at(evs, "met"), dump(evs)


def test_two_men_named_in_the_stretch_leave_he_open():
    text = _MINISTER.replace("Exports of phosphate were also hit. ",
                             "Exports of phosphate were also hit, Samir Khoury of the Lebanese customs office said "
                             "he feared. ")
    evs = events_of(text + "Prices rose again in May. Fuel ran short in Irbid. "
                           "He later met Syria's foreign minister, Faisal Mekdad.")
    assert ("JORGOV", "SYRGOV") not in sides_at(evs, "met"), dump(evs)


def test_she_is_not_the_one_man_named_before():
    evs = events_of(_MINISTER + "She later met Syria's foreign minister, Faisal Mekdad.")
    assert ("JORGOV", "SYRGOV") not in sides_at(evs, "met"), dump(evs)


def test_a_woman_whose_story_goes_on_past_a_quote_and_figures():
    text = ("Amina Yusuf, a Kenyan aid worker, travelled to Mogadishu in March to run a clinic for displaced families. "
            "She said she had seen nothing like the hunger in the camps. "
            "Aid agencies say more than two million people need food. "
            "The rains have failed for four seasons in a row. "
            "“The next harvest will decide whether children live,” the World Food Programme said. "
            "Prices of sorghum tripled in a year. "
            "Last week she was detained by al-Shabaab fighters near Afgoye.")
    evs = events_of(text)
    assert sides_at(evs, "detained") == {("SOMINS", "KENNGO")}, dump(evs)


_SCHOOL = ("Boko Haram stormed a boarding school in Dapchi in February and took 110 girls. "
           "Parents gathered at the gates for days. "
           "The school had no fence and no guards. "
           "“We begged for soldiers to be sent,” one parent said. "
           "Enrolment across the state has fallen by a third. ")


def test_the_militants_after_a_long_aside_are_the_one_armed_group_named():
    evs = events_of(_SCHOOL + "Last month the militants freed 76 of the girls.")
    assert {s for s, _ in sides_at(evs, "freed")} == {"NGAINS"}, dump(evs)
    src = next(e.source for e in evs if "freed" in e.trigger_text)
    assert "the one body of that sector" in src.why, src.why


def test_the_militants_are_open_when_another_armed_body_was_named_between():
    evs = events_of(_SCHOOL.replace("Enrolment across the state has fallen by a third. ",
                                    "Islamic State West Africa Province denied any part in the raid. ")
                    + "Last month the militants freed 76 of the girls.")
    assert "NGAINS" not in {s for s, _ in sides_at(evs, "freed")} or \
        "the one body of that sector" not in next(e.source for e in evs if "freed" in e.trigger_text).why, dump(evs)


def test_a_capitalised_word_opening_a_sentence_is_no_rival_to_the_woman_followed():
    evs = events_of("Ana Ferreira, Brazil's environment minister, flew to Lima on Sunday for a summit on the Amazon. "
                    "She said she hoped to sign a pact on logging. Deforestation rose by a fifth last year. "
                    "Satellite images show new roads deep in the forest. "
                    "“The next decade will decide the fate of the basin,” a WWF report said. "
                    "Timber exports from the region doubled in 2022. Gold mining also spread along the rivers. "
                    "On Tuesday she criticised Peru for failing to police the border.")
    assert sides_at(evs, "criticised") == {("BRAGOV", "PER")}, dump(evs)


def test_a_description_that_says_more_than_its_noun_is_not_the_one_body():
    evs = events_of(_SCHOOL + "Last month the Islamist militants freed 76 of the girls.")
    src = next((e.source for e in evs if "freed" in e.trigger_text), None)
    assert src is None or "the one body of that sector" not in (src.why or ""), dump(evs)
