"""Event location: places that name who acted, what a protest was about or where a participant is based are not
where the event happened (texts written for these tests)."""

from eventwire.knowledge.places import find_places, event_location


def _where(nlp, text, verb):
    doc = nlp(text)
    i = [t.i for t in doc if t.text == verb][0]
    loc = event_location(doc, i, find_places(doc))
    return loc.text if loc is not None else None


def test_country_naming_the_attacker_is_not_the_place(nlp):
    assert _where(nlp, "Two militants were killed in a U.S. airstrike on Monday.", "killed") is None
    # a town in the same position still locates it
    assert _where(nlp, "Rebels were killed in an airstrike in Aleppo.", "killed") == "Aleppo"


def test_country_owning_an_embassy_is_not_the_place(nlp):
    assert _where(nlp, "Canada's embassy in the Kenyan capital was bombed on Friday.", "bombed") is None


def test_what_a_protest_was_about_is_not_where_it_was(nlp):
    text = "Several thousand people marched across central Lyon on Sunday to protest against the dam across the Ebro."
    assert _where(nlp, text, "marched") == "Lyon"
    assert _where(nlp, text, "protest") == "Lyon"
    deep = ("Two thousand people demonstrated here on Friday against the signing of a trade pact due to take place "
            "next week in the margins of a summit on security in eastern Europe.")
    assert _where(nlp, deep, "demonstrated") is None


def test_where_a_participant_is_based_is_not_the_place(nlp):
    assert _where(nlp, "The border is patrolled by Belgian troops which have their bases in Germany.",
                  "patrolled") is None
    assert _where(nlp, "The mines were detonated by an engineer battalion based in the town of Tulcea.",
                  "detonated") is None


def test_ground_taken_beats_the_country_of_the_war(nlp):
    text = "Mostar was captured by Serb troops in July 1995, in some of the worst fighting of " \
           "Bosnia's war."
    assert _where(nlp, text, "captured") == "Mostar"
    assert _where(nlp, "Two aid workers were captured by gunmen in Sudan.", "captured") == "Sudan"


def test_where_troops_acted_on_are_based_is_the_place(nlp):
    # the based-in rule is for the doer only: troops withdrawn from, or attacked where they are based
    assert _where(nlp, "Washington decided to withdraw the troops stationed in Kuwait.", "withdraw") == "Kuwait"


def test_a_country_before_an_incursion_is_its_ground(nlp):
    assert _where(nlp, "Four soldiers were killed in the Syria incursion last year.", "killed") == "Syria"


def test_the_ground_of_an_invasion_locates_what_happened_during_it(nlp):
    text = "The general was captured during the 2003 American invasion of Iraq and flown to Kuwait."
    assert _where(nlp, text, "captured") == "Iraq"
    assert _where(nlp, "Crowds protested against the bombing of Belgrade on Sunday.", "protested") is None


def test_the_place_an_expulsion_drove_people_out_of_is_where_it_was(nlp):
    # the particle the parser read as a preposition heads the "of"/"from" phrase of the place left
    assert _where(nlp, "Peshmerga fighters drove the militants out of Sinjar in November.", "drove") == "Sinjar"
    assert _where(nlp, "The rebels were pushed out of Homs after a long siege.", "pushed") == "Homs"
    assert _where(nlp, "Insurgents were driven out of the town of Tal Afar.", "driven") == "Tal Afar"
    # a name describing something else left is no place ("out of the Paris climate accord")
    assert _where(nlp, "The president decided to pull out of the Paris climate accord.", "pull") is None
    # a person's home town after "of" is still no place of the act
    assert _where(nlp, "Police questioned a man of Homs on Friday.", "questioned") is None


def test_a_place_a_bare_direction_measures_from_is_not_where_it_happened(nlp):
    # the parser makes "south" a second object of "In"; "just east of" hangs on the main verb
    assert _where(nlp, "In Kut, south of Baghdad, gunmen killed two policemen at a checkpoint.", "killed") == "Kut"
    assert _where(nlp, "On Sunday, soldiers shot and wounded three men while hunting for a deserter in rural "
                       "Castlemaine, just north of Bendigo.", "shot") == "Castlemaine"
    # "the south of Iraq" is a part of Iraq, not a measure
    assert _where(nlp, "Gunmen attacked a convoy in the south of Iraq on Monday.", "attacked") == "Iraq"


def test_of_two_known_towns_named_as_a_part_of_the_other_the_smaller_is_where(nlp):
    # "the X neighborhood of Y": whichever the gazetteer knows as the far larger town holds the other
    assert _where(nlp, "A teacher was shot dead as he drove through the Istanbul district of Esenyurt.",
                  "shot") == "Esenyurt"


def test_the_country_of_a_patrol_or_convoy_is_whose_not_where(nlp):
    assert _where(nlp, "A bomb went off near a U.S. patrol on Tuesday morning.", "went") is None
    assert _where(nlp, "A mine exploded under an Italian convoy outside Herat on Tuesday.", "exploded") == "Herat"
