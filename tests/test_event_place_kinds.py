"""Event location by place kind: which of two places named together is where the event happened, when one is a
region, a river or a named bridge and the other a town (texts written for these tests)."""

from eventwire.knowledge.places import find_places, event_location


def _where(nlp, text, verb):
    doc = nlp(text)
    i = [t.i for t in doc if t.text == verb][0]
    loc = event_location(doc, i, find_places(doc))
    return loc.text if loc is not None else None


def test_a_region_named_before_region_is_the_region_not_the_town_of_the_of_phrase(nlp):
    assert _where(nlp, "Army units opened a fresh push in the Qalamoun region of Damascus overnight, shelling "
                       "hillside farms.", "opened") == "Qalamoun"
    assert _where(nlp, "Government artillery shelled the Wadi Barada valley of rural Damascus for a third day.",
                  "shelled") == "Wadi Barada"
    # a town before the noun is not the suburb or village: the of-phrase names it
    assert _where(nlp, "A gunman shot a teacher in the Lahore suburb of Shadman on Tuesday.", "shot") == "Shadman"
    assert _where(nlp, "Militants killed three people in the Niger village of Abadam.", "killed") == "Abadam"


def test_an_of_phrase_that_calls_itself_a_district_contains_the_town(nlp):
    assert _where(nlp, "Rebels burned a police post at Tikapur city of Kailali district last night.",
                  "burned") == "Tikapur"


def test_a_river_named_with_a_town_is_placed_in_the_town(nlp):
    assert _where(nlp, "Gunmen opened fire near the Nile River in Khartoum, police said.", "opened") == "Khartoum"
    assert _where(nlp, "A parked car exploded beside the Euphrates River in Raqqa on Monday, wounding four.",
                  "exploded") == "Raqqa"
    # alone, the river is the place
    assert _where(nlp, "Police boats patrolled the Tigris River on Sunday.", "patrolled") == "Tigris River"


def test_a_region_name_given_to_a_bridge_or_road_gives_way_to_the_town(nlp):
    assert _where(nlp, "Rebels set off a bomb on Bagmati bridge in central Kathmandu, injuring two.",
                  "set") == "Kathmandu"
    assert _where(nlp, "Students blocked traffic on the Gandaki bridge in Pokhara on Monday.", "blocked") == "Pokhara"
    # the province itself, named as a province, is the place
    assert _where(nlp, "Police patrolled Bagmati province on Sunday.", "patrolled") == "Bagmati"


def test_a_province_beside_another_is_not_narrowed_by_it(nlp):
    assert _where(nlp, "Two aid workers were seized in the province of Kunar, adjacent to Nangarhar.",
                  "seized") != "Nangarhar"


def test_a_town_named_on_its_prison_is_placed_before_the_country(nlp):
    assert _where(nlp, "An inmate was shot dead by guards while trying to flee the Danli prison in southern Honduras.",
                  "shot") == "Danli"


def test_a_region_described_as_a_suburb_of_a_town_stays_the_place(nlp):
    assert _where(nlp, "Rocket fire wounded nine children on Sunday in Ghouta, an opposition-run suburb east "
                       "of Damascus.", "wounded") == "Ghouta"
