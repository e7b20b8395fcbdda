"""Event location: "outside of X" and "inside of X" place the event as "outside X" and "inside X" do (the word
before "of" is the place's preposition, event_clause._governing_prep), where the bare "of" would only name what
something belongs to; "took to the streets of X", "took to X's streets": the town is where the crowd acted
(event_attach._crowd_ground). Texts written for these tests."""

from tests.parsed_places import place_of as _place


def test_outside_of_a_town_locates_the_shooting(nlp):
    assert _place(nlp, "A gunman shot dead a police officer outside of Kandy on Tuesday.", "shot") == "Kandy"


def test_inside_of_a_town_locates_the_raid(nlp):
    text = "Soldiers raided several houses inside of Jaffna on Monday, a military spokesman said."
    assert _place(nlp, text, "raided") == "Jaffna"


def test_outside_of_in_the_participle_of_the_act(nlp):
    text = "Rebels ambushed an army convoy on Sunday, killing four soldiers outside of Gulu."
    assert _place(nlp, text, "killing") == "Gulu"


def test_the_reporter_s_town_still_does_not_locate_the_act(nlp):
    text = "Police in Colombo said a gunman shot a trader outside of Kandy."
    assert _place(nlp, text, "shot") == "Kandy"


def test_took_to_the_streets_of_a_town_is_where_the_crowd_protested(nlp):
    text = "Thousands of teachers took to the streets of Nairobi on Monday to protest against pay cuts."
    assert _place(nlp, text, "took") == "Nairobi"


def test_took_to_a_town_s_streets(nlp):
    text = "Thousands of people took to Lusaka's streets on Friday to demand the president's resignation."
    assert _place(nlp, text, "took") == "Lusaka"


def test_streets_the_crowd_did_not_go_out_onto_do_not_count(nlp):
    # the streets of Mombasa are what the farmers complained about, not where they went: the "in" place wins
    text = "Farmers in Kisumu took their complaints about the streets of Mombasa to the governor on Tuesday."
    assert _place(nlp, text, "took") == "Kisumu"
