"""Event location, a last resort (knowledge/home_place.py): an act whose sentence names no place for it takes the
place its own people are of ("residents of X", "X villagers", a country owning the one the act was done to). Texts
written for these tests."""

from parsed_places import place_of


def test_residents_of_a_town_act_where_they_live(nlp):
    text = ("Angered by the murder of a schoolteacher, residents of Tulkarm seized two suspects on Saturday and "
            "handed them over to officers.")
    assert place_of(nlp, text, "seized") == "Tulkarm"


def test_residents_of_a_resort_named_by_its_kind(nlp):
    text = "About 400 inhabitants of the Tunisian resort of Hammamet marched on Tuesday against the closure of hotels."
    assert place_of(nlp, text, "marched") == "Hammamet"


def test_a_province_named_before_its_villagers(nlp):
    text = "Hundreds of angry Kunar villagers protested on Friday after a night raid left four farmers dead."
    assert place_of(nlp, text, "protested") == "Kunar"


def test_a_country_owning_the_one_shot(nlp):
    text = "Two weeks after the embassy siege, Peru's deputy interior minister was shot and badly wounded."
    assert place_of(nlp, text, "shot") == "Peru"


def test_a_country_owning_the_speaker_is_no_place(nlp):
    # (what a country's minister says tells nothing of where he said it)
    text = "Two weeks after the embassy siege, Peru's deputy interior minister condemned the kidnappings."
    assert place_of(nlp, text, "condemned") is None


def test_a_place_of_the_act_itself_comes_first(nlp):
    text = "Residents of Tulkarm protested outside the parliament in Jerusalem on Sunday over the killing."
    assert place_of(nlp, text, "protested") == "Jerusalem"


def test_the_people_of_a_place_the_act_was_aimed_at_are_no_doers(nlp):
    # (the place of the people an appeal was made for: where they live is not where the appeal was made)
    text = "The aid agency urged donors to help the people of Tawergha after the floods."
    assert place_of(nlp, text, "urged") is None


def test_a_country_owning_a_plan_is_no_place(nlp):
    # (a country's things may be anywhere: only the person an act was done to is at home)
    text = "The two governments denounced Turkey's plan for a buffer zone on Monday."
    assert place_of(nlp, text, "denounced") is None


def test_villages_surrounding_a_town_are_beside_it(nlp):
    text = "After the ambush, militiamen patrolled the villages surrounding Baidoa, searching for the gunmen."
    assert place_of(nlp, text, "patrolled") == "Baidoa"


def test_hills_overlooking_a_town_are_beside_it(nlp):
    text = "Government troops shelled the hills overlooking Homs throughout the night."
    assert place_of(nlp, text, "shelled") == "Homs"
