"""The article's one index of sides (coding/side_index.py): who backs whom, and whose polity a "caliphate" or
"emirate" is. An act of force done to the polity noun takes the side it stands for (its own phrase's owner, the one
armed side of no state its sentence names, else the article's one owner); never the doer's own side or its backer;
a backer is never a side's foe (coding/foes.py)."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


def _targets(evs, word):
    return {e.target.code if e.target else None for e in at(evs, word)}


@pytest.mark.parametrize("text, word, want", [
    ("Boko Haram once ruled a swath of the north-east, and on Tuesday the Nigerian army said it had crushed the "
     "self-declared caliphate.", "crushed", "NGAINS"),
    ("Six years ago Islamic State was feared across the region, and now Iraqi troops have defeated the caliphate.",
     "defeated", "IMGINSISI"),
])
def test_polity_noun_takes_the_one_group_its_sentence_names(text, word, want):
    evs = events_of(text)
    got = at(evs, word)
    assert got and _targets(evs, word) == {want}, dump(evs)
    assert all("the polity of" in e.target.why for e in got), dump(evs)


def test_polity_noun_takes_the_owner_the_article_names():
    evs = events_of("Islamic State's caliphate once stretched from Aleppo to Diyala. Its fighters now hold a handful "
                    "of farms near the river. On Saturday Kurdish-led forces overran the caliphate.")
    got = at(evs, "overran")
    assert got and _targets(evs, "overran") == {"IMGINSISI"}, dump(evs)
    assert all("sentence 0" in e.target.why for e in got), dump(evs)


def test_polity_noun_of_the_doers_own_side_takes_none():
    evs = events_of("Islamic State fighters attacked the caliphate's old border posts on Friday, a monitor said.")
    got = at(evs, "attacked")
    assert got and all(e.target is None or e.target.code != "IMGINSISI" for e in got), dump(evs)


def test_polity_noun_with_two_groups_in_its_sentence_takes_none():
    evs = events_of("Al-Qaida and Islamic State both recruited in the camps, and on Monday Iraqi jets bombed the "
                    "caliphate again.")
    got = at(evs, "bombed")
    assert got and all(e.target is None for e in got), dump(evs)


def test_the_index_reads_backers_both_ways(nlp):
    from eventwire.coding.coder import Coder
    from eventwire.coding.side_index import SideIndex
    text = ("The US-backed Syrian Democratic Forces took the town on Sunday. The Free Syrian Army, backed by Turkey, shelled "
            "Kurdish positions nearby.")
    coder = Coder()
    sdoc = nlp(text)
    ctx = coder.context(sdoc, "2019-03-11")
    index = SideIndex(coder, sdoc, ctx)
    assert index.backs("USA", "sdf") and index.backs("sdf", "USA"), index.backers
    assert any(a == "TUR" for a, _ in index.backers), index.backers
    assert not index.backs("USA", "TUR"), index.backers


@pytest.mark.parametrize("text, word, doer, want", [
    ("Afghan commandos defended the base against the Taliban assault for three days.", "assault", "AFGINS", "AFG"),
    ("Kenyan troops who defended the camp against the al-Shabaab attack said four gunmen were killed.", "attack",
     "SOMINS", "KENMIL"),
])
def test_an_assault_resisted_is_aimed_at_the_resister(text, word, doer, want):
    evs = events_of(text)
    got = at(evs, word)
    assert got and {(e.source.code if e.source else None, e.target.code if e.target else None) for e in got} \
        == {(doer, want)}, dump(evs)
    assert all("resisted" in e.target.why for e in got), dump(evs)


def test_a_resister_of_no_side_gives_no_target():
    evs = events_of("The minister defended the budget against the opposition's attack in parliament.")
    got = at(evs, "attack")
    assert got and all(e.target is None for e in got), dump(evs)


def test_polity_noun_is_never_a_rebel_armys_named_beside_it():
    evs = events_of("Kurdish-led forces have defeated the caliphate in its last village, the YPG said on Saturday.")
    got = at(evs, "defeated")
    assert got and all(e.target is None or e.target.code != "SYRREB" for e in got), dump(evs)
