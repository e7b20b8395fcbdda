"""The known place inside a longer name (knowledge/toponym_parts.py), a town's bodies named after it, and a town's
name beside another place's old name (texts written for these tests)."""

from eventwire.knowledge.places import find_places


def _covering(places, start, end):
    return [p for p in places if p.start < end and start < p.end]


def _at(nlp, text, name):
    doc = nlp(text)
    i = text.index(name)
    return _covering(find_places(doc), i, i + len(name))


def test_a_compass_part_of_a_state_is_resolved_as_the_state(nlp):
    text = "Floods closed dozens of roads across Northeast Georgia on Tuesday, officials in Atlanta said."
    hits = [p for p in _at(nlp, text, "Georgia") if p.lat is not None]
    assert hits, "the state inside 'Northeast Georgia' was not resolved"
    assert hits[0].country == "USA" and hits[0].feature == "admin1"
    assert hits[0].text.endswith("Georgia")     # the mention keeps its own words


def test_a_compass_part_of_a_country_stays_a_place_of_its_own(nlp):
    # "South Vietnam" was a state of its own: not resolved as Vietnam
    text = "The old men remembered the long war in South Vietnam and the years that followed it."
    assert not any(p.name == "Vietnam" for p in _at(nlp, text, "South Vietnam"))
    text = "Floods hit South Asia and parts of Northeast Georgia this week, officials in Atlanta said."
    assert not any(p.name == "Asia" for p in _at(nlp, text, "South Asia"))


def test_a_county_jail_is_placed_in_its_county(nlp):
    text = "The suspect was booked into the Henderson County Jail in Athens, Texas, on Friday night."
    hits = [p for p in _at(nlp, text, "Henderson County") if p.lat is not None]
    assert hits and hits[0].country == "USA" and hits[0].admin1 == "Texas"


def test_a_street_named_after_a_city_is_not_that_city(nlp):
    text = "Firefighters were called to a house on Memphis Street in Alexandria, Louisiana, late on Sunday."
    assert not any(p.name == "Memphis" for p in _at(nlp, text, "Memphis"))


def test_a_town_police_department_names_the_town(nlp):
    text = ("The Ocala Police Department arrested two teenagers on Monday after a break-in at a store on "
            "Main Street, a spokesman said.")
    hits = [p for p in _at(nlp, text, "Ocala") if p.lat is not None]
    assert hits and hits[0].country == "USA"


def test_a_site_named_after_a_person_holds_no_place(nlp):
    from eventwire.knowledge.gazetteer import default_gazetteer
    from eventwire.knowledge.toponym_parts import inner_place
    doc = nlp("They met at George Washington High School and at the Gainesville City Hall.")
    gaz = default_gazetteer()
    assert inner_place(doc, 3, 7, gaz) is None            # "George Washington High School": a person's name
    assert inner_place(doc, 10, 13, gaz) == (10, 11)      # "Gainesville City Hall": the town


def test_a_town_body_taken_for_a_person_keeps_the_town_name_a_place(nlp):
    # "Alexandria Police Spokeswoman" may be read as a person: its first word is still the town elsewhere
    text = ("When Alexandria police arrived, the house was empty. Alexandria Police Spokeswoman Jane Roe said the "
            "investigation in Alexandria, Virginia, would take weeks.")
    doc = nlp(text)
    places = find_places(doc)
    first = _covering(places, 5, 15)
    assert first and first[0].lat is not None and first[0].admin1 == "Virginia"


def test_a_town_name_beats_another_places_old_name(nlp):
    # "Berea" is an old name of Aleppo; towns of 15,000 people go by it
    text = "Berea police are searching for a man who robbed a pharmacy on Friday, the department said."
    hits = [p for p in _at(nlp, text, "Berea") if p.lat is not None]
    assert hits and hits[0].country == "USA"


def test_a_town_named_again_in_an_officials_title_is_the_town(nlp):
    text = ("Heavy rain flooded three streets in Huntsville, Texas, on Monday. Huntsville Fire Chief Ann Poe said "
            "no one was hurt.")
    i = text.index("Huntsville Fire")
    hits = [p for p in _covering(find_places(nlp(text)), i, i + 10) if p.lat is not None]
    assert hits and hits[0].admin1 == "Texas"


def test_a_legislators_home_town_is_a_place(nlp):
    text = "The bill was filed by Rep. Jane Roe, R-Pineville, and passed the House on Tuesday."
    hits = [p for p in _at(nlp, text, "Pineville") if p.lat is not None]
    assert hits and hits[0].country == "USA"


def test_a_states_people_name_is_a_demonym_of_the_state(nlp):
    text = "Thousands of Nebraskans lined up to vote early on Tuesday."
    hits = _at(nlp, text, "Nebraskans")
    assert hits and hits[0].name == "Nebraska" and hits[0].demonym     # a people, never an event's place


def test_a_school_named_after_a_town_is_not_where_its_student_was_charged(nlp):
    text = "Deniz, a history undergraduate at the University of Leeds, was charged in Istanbul on Tuesday with spreading propaganda."
    assert not any(p.name == "Leeds" for p in find_places(nlp(text)))
