"""One side key and one reading of backers (coding/side_index.py): a people's forces coded under a state ("Syrian
Kurdish forces", SYRKURMIL) are a side of their own, never the state's, in foes.py and in the index's own checks;
"X backed Y" written apart is a backing only where the word is no clause's verb; the support words come from
data/coding/actor_country.tsv; gave_way.py and resisted.py read the side at a word with one helper (foes.py)."""
from __future__ import annotations

from coded_sentences import at, dump, events_of

from eventwire.model import Actor


def _index(nlp, text):
    from eventwire.coding.coder import Coder
    from eventwire.coding.side_index import SideIndex
    coder = Coder()
    sdoc = nlp(text)
    return SideIndex(coder, sdoc, coder.context(sdoc, "2019-03-11"))


def test_one_side_key_keeps_a_peoples_forces_apart_from_the_state():
    from eventwire.coding.foes import Foes
    from eventwire.coding.side_index import key
    kurds = Actor(code="SYRKURMIL", country="SYR", sector="MIL")
    army = Actor(code="SYRMIL", country="SYR", sector="MIL")
    assert key(army) == "SYR" and key(Actor(code="SYR", country="SYR")) == "SYR"
    assert key(kurds) == "SYRKURMIL"
    foes = Foes([], None)
    assert foes.key(kurds) == key(kurds) and foes.key(army) == key(army)


def test_the_states_troops_resisting_a_kurdish_assault_are_its_target():
    evs = events_of("Syrian troops defended the base against the Syrian Kurdish forces' attack on Tuesday.")
    got = at(evs, "attack")
    assert got and {(e.source.code, e.target and e.target.code) for e in got} == {("SYRKURMIL", "SYRMIL")}, dump(evs)
    assert all("resisted" in e.target.why for e in got), dump(evs)


def test_a_verb_backed_is_no_backing_of_the_next_side(nlp):
    index = _index(nlp, "Turkey backed the offensive against the YPG in northern Syria, officials said.")
    assert not any(a == "TUR" for a, _ in index.backers), index.backers


def test_backed_written_apart_before_a_noun_is_a_backing(nlp):
    index = _index(nlp, "Iranian backed Houthi rebels fired missiles at the airport on Monday.")
    assert ("IRN", "houthis") in index.backers, index.backers


def test_support_words_come_from_the_data(nlp):
    index = _index(nlp, "Iran-allied Houthi rebels attacked the base near the border.")
    assert ("IRN", "houthis") in index.backers, index.backers


def test_gave_way_and_resisted_share_one_side_reader():
    from eventwire.coding import foes, gave_way, resisted
    assert gave_way.armed_side_at is foes.armed_side_at and resisted.armed_side_at is foes.armed_side_at
    assert not hasattr(gave_way, "_side") and not hasattr(resisted, "_side")


def test_the_indexs_own_side_check_uses_the_one_key(nlp):
    from eventwire.coding.side_index import _own
    index = _index(nlp, "Syrian troops repelled the Kurdish forces' assault near the town.")
    kurds = Actor(code="SYRKURMIL", country="SYR", sector="MIL")
    army = Actor(code="SYRMIL", country="SYR", sector="MIL")
    assert not _own(army, kurds, index) and not _own(kurds, army, index)
    assert _own(Actor(code="SYRGOV", country="SYR", sector="GOV"), army, index)
