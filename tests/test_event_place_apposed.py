"""Event location: a province or country named in the apposition of a town only situates that town
(knowledge/place_apposed.py); a town and its province are one ground for
incidents (knowledge/place_within.py). Texts written for these tests."""

from parsed_places import place_of, token_of


_at, _place = token_of, place_of


def test_a_coast_named_after_the_town_situates_it(nlp):
    text = ("Separatists bombed the old hall used by the ruling party for its 1990 congress in Aberdeen, on the "
            "east coast of Scotland, wounding nine delegates.")
    assert _place(nlp, text, "bombed") == "Aberdeen"


def test_a_province_in_the_towns_apposition_situates_it(nlp):
    text = ("Twelve people were killed in a truck bomb attack on Sunday that wrecked a row of shops in Ramadi, "
            "Iraq's sixth largest city and capital of Anbar province.")
    assert _place(nlp, text, "killed") == "Ramadi"


def test_a_town_on_a_coast_is_the_place_of_both_verbs(nlp):
    text = ("Militants burned a school built by a charity for refugees at a camp in Dover, on the south east coast "
            "of England, injuring two guards.")
    assert _place(nlp, text, "burned") == "Dover"
    assert _place(nlp, text, "injuring") == "Dover"


def test_a_place_of_another_country_after_the_town_is_no_apposition(nlp):
    text = "Troops shot a smuggler in Zakho, on the road to Turkey, on Monday."
    assert _place(nlp, text, "shot") == "Zakho"


def test_a_town_and_its_province_are_one_ground_for_incidents():
    from eventwire.model import Place
    from eventwire.knowledge.place_within import one_ground
    town = Place("Saraqib", 0, 7, name="Saraqib", lat=35.86, lon=36.8, country="SYR", geonameid="1",
                 feature="city", admin1="Idlib")
    province = Place("Idlib province", 20, 34, name="Idlib", lat=35.8, lon=36.6, country="SYR", geonameid="2",
                     feature="admin1", admin1="Idlib")
    other = Place("Hama province", 40, 53, name="Hama", lat=35.1, lon=36.7, country="SYR", geonameid="3",
                  feature="admin1", admin1="Hama")
    unknown = Place("Tal Jabbar", 60, 70)
    assert one_ground(town, province) and one_ground(province, town)
    assert not one_ground(town, other)
    assert not one_ground(unknown, province)
