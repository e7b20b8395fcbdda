"""An act reported through an inserted clause of saying is the speaker's report, not the writer's assertion
(issue 14, quotes: the speaker is the source of what is said): "The army, he said, had shelled the village", "..., the
ministry said, as ...", and an attempt told under a verb of saying (coding/inserted_speech.py, the coder's modality).
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, exactly_at


events_of = events_on("2018-04-10")


def dump(evs):
    return [(e.trigger_text, e.modality, e.source and e.source.code, e.target and e.target.code) for e in evs]


def test_clause_of_saying_inserted_between_subject_and_verb():
    evs = events_of("Iran, the minister said, had shelled Kurdish villages in northern Iraq.")
    e = exactly_at(evs, "shelled")
    assert e and e[0].modality == "reported", dump(evs)
    assert e[0].source is not None and e[0].source.code.startswith("IRN"), dump(evs)


def test_clause_of_saying_inserted_after_the_act():
    evs = events_of("Syrian troops had also deployed in the border town, Moscow said, as talks with Ankara resumed.")
    e = exactly_at(evs, "deployed")
    assert e and e[0].modality == "reported", dump(evs)


def test_clause_of_saying_before_a_quotation():
    evs = events_of("Iran, they said, “has made a habit of targeting our allies in the Gulf”.")
    e = exactly_at(evs, "targeting")
    assert e and e[0].modality == "reported", dump(evs)


def test_attempt_told_in_a_quote_is_reported():
    evs = events_of("“Our troops are trying to force the militants to surrender,” the commander said.")
    e = [x for x in evs if x.cameo.startswith("17")]
    assert e and all(x.modality == "reported" for x in e), dump(evs)


def test_an_act_the_writer_tells_stays_asserted():
    evs = events_of("Turkish troops shelled the village on Monday and the ministry said nothing.")
    e = exactly_at(evs, "shelled")
    assert e and e[0].modality == "asserted", dump(evs)
    evs = events_of("The army, which had shelled the village, said it was ready for talks.")
    e = exactly_at(evs, "shelled")
    assert e and e[0].modality == "asserted", dump(evs)


def test_act_told_according_to_someone_or_reportedly_is_reported():
    for text in ("Syrian jets bombed the market on Monday, according to the monitoring group.",
                 "According to the ministry, Syrian jets bombed the market on Monday.",
                 "Syrian jets reportedly bombed the market on Monday."):
        evs = events_of(text)
        e = exactly_at(evs, "bombed")
        assert e and e[0].modality == "reported", (text, dump(evs))


def test_according_to_a_plan_tells_nothing_and_the_teller_own_statement_stands():
    evs = events_of("According to the plan, Turkish troops withdrew from the village on Monday.")
    e = exactly_at(evs, "withdrew")
    assert e and e[0].modality == "asserted", dump(evs)
    evs = events_of("According to UN statements last week, aid convoys were blocked in three towns.")
    e = exactly_at(evs, "statements")
    assert not e or e[0].modality == "asserted", dump(evs)


def test_responsibility_another_is_said_to_bear_is_the_speaker_accusing():
    # the speaker is the source: "X said Y bears responsibility" is X accusing Y (112), not Y acknowledging (015)
    for text in ("The Dutch foreign minister said Belgrade \u201cbears the blame in the end for the killing\u201d "
                 "of farmers in Kosovo.",
                 "Belgrade bears responsibility for the shelling of the villages, the Dutch foreign minister said."):
        evs = events_of(text)
        assert not [e for e in evs if e.cameo == "015"], dump(evs)
        assert [e for e in evs if e.cameo == "112" and e.source.code.startswith("NLD")
                and e.target is not None and e.target.code.startswith("SRB")], dump(evs)


def test_responsibility_the_speaker_owns_stays_an_acknowledgment():
    evs = events_of("The Serbian government said it bears responsibility for the shelling of the villages.")
    assert [e for e in evs if e.cameo == "015"], dump(evs)
