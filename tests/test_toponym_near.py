"""Local stories: a town read with the county and state names beside it (texts written for these tests)."""

from eventwire.knowledge.gazetteer import Candidate, km
from eventwire.knowledge.places import find_places
from eventwire.knowledge.toponym_near import TOWN_PAIR, near_names


def _place(places, text):
    hits = [p for p in places if p.text == text]
    assert hits, f"{text!r} not found among {[p.text for p in places]}"
    return hits[0]


class _M:
    def __init__(self, text):
        self.text = text


def _c(gid, lat, lon, feature="city", **kw):
    return Candidate(geonameid=gid, name=gid, lat=lat, lon=lon, country="USA", admin1="S", feature=feature, **kw)


def test_a_county_has_a_point_among_its_towns():
    from eventwire.knowledge.gazetteer import default_gazetteer

    travis = [c for c in default_gazetteer().lookup("Travis County") if c.admin1 == "Texas"]
    assert travis and travis[0].lat is not None
    assert km(travis[0].lat, travis[0].lon, 30.27, -97.74) < 60          # Austin, its seat


def test_near_names_counts_other_names_with_a_reading_beside_it():
    a, b = _M("Elmwood"), _M("Birch County")
    cands = {id(a): [_c("e1", 40.0, -90.0), _c("e2", 33.0, -84.0)],
             id(b): [_c("b1", 40.1, -90.1, "admin2"), _c("b2", 45.0, -70.0, "admin2")]}
    near = near_names([a, b], cands)
    assert near[("elmwood", "e1")] == 1 and near[("birch county", "b1")] == 1
    assert ("elmwood", "e2") not in near and ("birch county", "b2") not in near
    # two towns beside each other weigh less than a town in its county; the same name twice is no support
    c, d = _M("Elmwood"), _M("Oakdale")
    cands = {id(a): cands[id(a)], id(c): cands[id(a)], id(d): [_c("o1", 40.05, -89.95)]}
    assert near_names([a, c, d], cands)[("elmwood", "e1")] == TOWN_PAIR
    # alternate names and points far away give nothing
    cands = {id(a): [_c("e1", 40.0, -90.0)], id(d): [_c("o1", 40.0, -90.0, alt=True), _c("o2", 41.0, -90.0)]}
    assert near_names([a, d], cands) == {}


def test_a_town_read_with_its_county_not_its_bigger_namesake(nlp):
    alone = _place(find_places(nlp("Firefighters in Jacksonville put out a blaze at a warehouse.")), "Jacksonville")
    assert alone.admin1 == "Florida"
    places = find_places(nlp("Firefighters in Jacksonville put out a blaze at a warehouse. "
                             "Onslow County deputies closed the road for two hours."))
    assert _place(places, "Jacksonville").admin1 == "North Carolina"


def test_a_county_read_with_its_town_among_many_namesakes(nlp):
    assert _place(find_places(nlp("Both men were held at the Williamson County jail.")),
                  "Williamson County").admin1 != "Tennessee"
    places = find_places(nlp("Two men were arrested in Franklin after a break-in. "
                             "Both were held at the Williamson County jail."))
    assert _place(places, "Franklin").admin1 == "Tennessee"
    assert _place(places, "Williamson County").admin1 == "Tennessee"
    # a county name shared by eighteen states: its town's reading is found among all of them
    places = find_places(nlp("A library opened in Clarksville on Saturday. Montgomery County paid for half of it."))
    assert (_place(places, "Clarksville").admin1, _place(places, "Montgomery County").admin1) == \
        ("Tennessee", "Tennessee")


def test_a_state_abbreviation_without_the_comma_places_the_town(nlp):
    places = find_places(nlp("She moved from Athens Ga. to a farm near Paris Ky. in 1990."))
    assert _place(places, "Athens").admin1 == "Georgia"
    assert _place(places, "Paris").admin1 == "Kentucky"


def test_world_capitals_stay_themselves_though_their_namesakes_cluster(nlp):
    # the small towns named Paris, Moscow and Rome of one state neither lie together nor share a state here
    for text in ("Diplomats flew in from Paris, Moscow and Rome for the talks on Syria.",
                 "Envoys from Paris, Moscow and Rome met in Geneva on Tuesday."):
        got = {p.text: p.country for p in find_places(nlp(text))}
        assert (got["Paris"], got["Moscow"], got["Rome"]) == ("FRA", "RUS", "ITA"), text


def test_a_big_world_city_is_not_taken_for_its_small_namesake_because_that_country_is_named(nlp):
    text = ("The US and Russia have backed the talks, and Washington said its troops would leave. The UN envoy met "
            "the opposition in Geneva on Monday, while the suburbs of Damascus came under fire.")
    places = find_places(nlp(text))
    assert _place(places, "Geneva").country == "CHE"
    assert _place(places, "Damascus").country == "SYR"


def test_the_small_namesake_still_wins_with_its_state_beside_it(nlp):
    places = find_places(nlp("Police in Geneva, Illinois, arrested two men on Monday after a break-in at a hardware store."))
    assert _place(places, "Geneva").country == "USA"


def test_a_local_story_of_one_country_keeps_its_town(nlp):
    text = ("Geneva police arrested two men on Tuesday after a break-in on Main Street. The men, from Rochester, New "
            "York, were taken to the Ontario County jail.")
    g = _place(find_places(nlp(text)), "Geneva")
    assert g.country == "USA" and g.admin1 == "New York"
