"""The shared helpers the review26 folds made (each replaces copies that modules wrote out): doc_index.to_infinitive,
same_party.is_source(apart=...) and other_parties, doers.own_forces, place_within.place_key, taken_target.with_target
and disk_cache; on sentences and actors written for these tests."""
from __future__ import annotations

from eventwire.coding.doers import own_forces
from eventwire.coding.same_party import is_source, other_parties
from eventwire.coding.taken_target import with_target
from eventwire.disk_cache import read_pickle, write_pickle
from eventwire.doc_index import to_infinitive
from eventwire.knowledge.place_within import place_key
from eventwire.model import Actor, Event, Place


def test_to_infinitive_reads_to_plus_verb_only(nlp):
    doc = nlp("The ministry decided to close the border crossing, and the governor closed the port.")
    close = next(t for t in doc if t.lower_ == "close")
    closed = next(t for t in doc if t.lower_ == "closed")
    assert to_infinitive(close)
    assert not to_infinitive(closed)
    assert not to_infinitive(next(t for t in doc if t.lower_ == "decided"))


def test_is_source_apart_keeps_two_people_of_one_code_apart_only_when_asked():
    a = Actor(code="FRAGOV", entity="p-one", kind="person", start=0)
    b = Actor(code="FRAGOV", entity="p-two", kind="person", start=30)
    assert not is_source(a, [b])                 # two ministers of one government: two parties
    assert is_source(a, [b], apart=False)        # the older fallbacks' test: one code is one side
    assert is_source(Actor(code="DEU", start=5), [Actor(code="FRA", start=5)], apart=False)    # the same mention


class _Coder:
    def __init__(self, found):
        self.found, self.roles = found, []

    def actors_for(self, tok, ctx, sent, role="target"):
        self.roles.append(role)
        return list(self.found)


def test_other_parties_drops_the_source_and_passes_the_role():
    src = Actor(code="EGY", start=0)
    coder = _Coder([Actor(code="EGY", start=40), Actor(code="SDN", start=50)])
    assert [a.code for a in other_parties(coder, None, [src], None, None)] == ["SDN"]
    other_parties(coder, None, [src], None, None, "fallback")
    assert coder.roles == ["target", "fallback"]


def test_own_forces_is_a_states_forces_against_its_own():
    army = Actor(code="NGAMIL", country="NGA", sector="MIL")
    police = Actor(code="NGACOP", country="NGA", sector="COP")
    rebels = Actor(code="NGAREB", country="NGA", sector="REB")
    civilians = Actor(code="NGACVL", country="NGA", sector="CVL")
    assert own_forces(army, police)
    assert own_forces(Actor(code="NGA", country="NGA"), police)      # a bare state counts as its government
    assert not own_forces(army, civilians)
    assert not own_forces(civilians, police)
    assert own_forces(rebels, police)
    assert not own_forces(army, None)


def test_place_key_leaves_out_the_features_asked():
    town = Place(text="Kano", start=0, end=4, name="Kano", geonameid="2335204", feature="city")
    country = Place(text="Nigeria", start=0, end=7, name="Nigeria", feature="country")
    demonym = Place(text="Nigerian", start=0, end=8, name="Nigeria", feature="country", demonym=True)
    unnamed = Place(text="Some Village", start=0, end=12)
    assert place_key(town) == "2335204" and place_key(unnamed) == "some village"
    assert place_key(country) == "nigeria" and place_key(country, ("country",)) is None
    assert place_key(Place(text="x", start=0, end=1, name="Sahel", feature="region"), ("country", "region")) is None
    assert place_key(demonym) == "nigeria" and place_key(demonym, demonym=True) is None
    assert place_key(None) is None


def test_with_target_says_why_in_the_actor_and_the_rule():
    e = Event(source=Actor(code="TUR"), target=None, cameo="111", rule="verb clause")
    got = with_target(e, Actor(code="SYR", why="name"), "the doer of the act it answers")
    assert got.target.code == "SYR"
    assert got.target.why == "the doer of the act it answers; name"
    assert got.rule == "verb clause; target: the doer of the act it answers"
    assert e.target is None and got.counts is not e.counts


def test_disk_cache_writes_whole_and_keeps_the_newest(tmp_path):
    import os
    for n in range(4):
        p = tmp_path / f"things-1-{n}.pkl"
        write_pickle(p, {"n": n}, keep=2)
        os.utime(p, (1000 + n, 1000 + n))
    assert read_pickle(tmp_path / "things-1-3.pkl", dict) == {"n": 3}
    assert read_pickle(tmp_path / "things-1-3.pkl", list) is None
    assert read_pickle(tmp_path / "missing.pkl", dict) is None
    assert sorted(p.name for p in tmp_path.glob("things-*.pkl")) == ["things-1-2.pkl", "things-1-3.pkl"]
    assert not list(tmp_path.glob("*.tmp*"))
