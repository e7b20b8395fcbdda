"""The passive subject of a clause after a fronted place phrase with an appositive ("In the Gedo region, scene of
the 2011 famine, 40 civilians were killed ..."): the parser reads the appositive as a second passive subject; the
victims are the one nearest the verb (coding/clause_args.passive_subject), so an act of force told by a noun in the
clause keeps them as its target (issue 14). Sentences written for these tests."""
from __future__ import annotations

from eventwire.coding.clause_args import object_of
from eventwire.nlp import load
from coded_sentences import dump, events_on


events = events_on("2021-05-04")


def token(doc, word):
    return next(t for t in doc if t.text == word)


def test_victims_after_a_fronted_place_with_an_appositive_are_the_strikes_target():
    evs = [e for e in events("In the Gedo region, scene of the 2011 famine, at least 40 civilians were killed in "
                             "Kenyan and Ethiopian air strikes last week.") if e.cameo[:2] in ("18", "19", "20")]
    assert evs, dump(evs)
    assert all(e.target is not None and e.target.text == "civilians" and e.target.code == "SOMCVL" for e in evs), \
        dump(evs)


def test_the_passive_subject_is_the_one_after_the_fronted_phrase_and_its_appositive():
    doc = load()("In the Gedo region, scene of the 2011 famine, at least 40 civilians were killed last week.")
    obj, passive = object_of(token(doc, "killed"))
    assert passive and obj.text == "civilians", (obj, [(t.text, t.dep_) for t in doc])


def test_a_subject_that_opens_the_clause_keeps_its_own_appositive_aside():
    # no fronted phrase: "The council, in theory its guardian, ..." keeps the council as the one discredited
    doc = load()("The peace council, in principle the ultimate guardian and judge of the parties' conduct, has been "
                 "severely weakened.")
    verb = token(doc, "weakened")
    assert sum(c.dep_ == "nsubjpass" for c in verb.children) == 2     # (the parse this guards against)
    obj, passive = object_of(verb)
    assert passive and obj.text == "council", (obj, [(t.text, t.dep_, t.head.text) for t in doc])
