"""Who does a verb whose clause does not name its doer (issue 14, "wrong source"): a subject shared through
coordination, control or a clause above must not reach a verb that has a subject of its own, a passive, or a
verb the parser coordinated by mistake (coding/clause_args.py). Sentences written for these tests."""
from __future__ import annotations

from eventwire.coding.clause_args import misread_conjunct, object_of, subject_of
from eventwire.nlp import load
from coded_sentences import events_on


events_of = events_on("2022-04-11")


def dump(evs):
    return [(e.cameo, e.trigger_text, e.source and e.source.code, e.target and e.target.code) for e in evs]


def token(doc, word):
    return next(t for t in doc if t.text == word)


def test_participle_coordinated_with_a_passive_is_passive_too():
    # "were later identified and detained": the smugglers were detained; they did not detain anyone
    evs = events_of("Several smugglers had crossed the border from Sudan, and were later identified and detained at "
                    "a checkpoint.")
    detained = [e for e in evs if e.trigger_text.startswith("detained")]
    assert detained, dump(evs)
    assert all(e.source is None or e.source.sector != "CRM" for e in detained), dump(evs)
    assert any(e.target is not None and e.target.text == "smugglers" for e in detained), dump(evs)


def test_passive_auxiliary_of_its_own_makes_the_shared_subject_the_patient():
    # "met the governor but were offered no compensation": the farmers were offered it
    evs = events_of("The farmers met the governor on Monday but were offered no compensation.")
    offered = [e for e in evs if e.trigger_text == "offered"]
    assert offered and all(e.source is None for e in offered), dump(evs)
    assert offered[0].target is not None and offered[0].target.text == "farmers", dump(evs)


def test_subject_the_parser_coordinated_with_an_object_does_the_later_verb():
    # the parser reads "the charges and a team" as one object and "arrived" as the ministry's second verb
    evs = events_of("The ministry has repeatedly denied the charges and a team of inspectors from the IAEA arrived "
                    "in Tehran to investigate.")
    arrived = [e for e in evs if e.trigger_text == "arrived"]
    assert arrived and arrived[0].source is not None and arrived[0].source.code.startswith("IGO"), dump(evs)
    assert all(e.source is None or e.source.text != "ministry" for e in evs if e.trigger_text != "denied"), dump(evs)


def test_passive_with_a_subject_of_its_own_takes_no_doer_from_the_clause_above():
    # "officers were given access" names no giver; the police source only told of it
    evs = events_of("The two men were arrested in March, and British officers were given access to them, a police "
                    "source told reporters.")
    access = [e for e in evs if "access" in e.trigger_text]
    assert access and all(e.source is None for e in access), dump(evs)
    doc = load()("Dozens of villagers have been killed in the shelling, the monitor says.")
    assert subject_of(token(doc, "killed")) == (None, "")


def test_adverbial_clause_of_a_passive_is_done_by_its_subject_not_its_agent():
    doc = load()("Fatima was stripped of her citizenship by the minister after fleeing to Syria.")
    subj, rule = subject_of(token(doc, "fleeing"))
    assert subj is not None and subj.text == "Fatima" and rule.startswith("passive subject")


def test_reduced_relative_read_as_a_conjunct_has_no_subject():
    # a participle right after a noun, with no "and" or comma before it, modifies that noun
    doc = load()("Nairobi and Kampala are talking about moving and trying dozens of suspected militants from "
                 "camps in Somalia, with Kenyan officials asking for a big payment to take in members of the militia captured "
                 "during a decade of fighting.")
    captured = token(doc, "captured")
    if captured.dep_ != "conj":
        return                           # (another parse: nothing for this mechanism to do)
    assert misread_conjunct(captured) is not None and misread_conjunct(captured)[0] == "patient"
    assert subject_of(captured)[0] is None
    patient, passive = object_of(captured)
    assert passive and patient is not None and patient.i < captured.i


def test_subject_the_parser_hung_on_a_place_does_its_own_verb():
    # "at the border and a court in Nairobi": the parser coordinates the court with the border, and "charged" with
    # "arrested"; the court charged him
    evs = events_of("Ali Hassan was arrested at the border and a court in Nairobi charged him with smuggling.")
    charged = [e for e in evs if e.trigger_text == "charged"]
    assert charged and charged[0].source is not None and charged[0].source.sector == "JUD", dump(evs)


def test_jihadis_named_by_kind_are_the_jihadist_group_named_before():
    evs = events_of("The collapse of the Islamic State's caliphate is near. The jihadis committed many crimes in Syria "
                    "and Iraq.")
    committed = [e for e in evs if e.trigger_text == "committed"]
    assert committed and committed[0].source is not None and committed[0].source.code == "IMGINSISI", dump(evs)
