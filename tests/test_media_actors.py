"""News outlets as actors (issue 14): data/actors/media.tsv and coding/media.py. Acts on an outlet target it with its
own country's MED code; journalism ("told X", "an interview with X", "according to X") makes no event and no
target; a state outlet's statement is its government's. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.coding import media
from eventwire.knowledge.actors import ActorKB
from coded_sentences import at, events_on


events_of = events_on("2021-05-04")


def show(evs):
    return [(e.cameo, e.trigger_text, e.source and e.source.code, e.target and e.target.code, e.rule) for e in evs]


def test_outlets_load_with_country_and_state():
    kb = ActorKB.load()
    hits = {a.entity: a for a in kb.find("Xinhua, Haaretz and the Wall Street Journal", "2021-05-04")}
    assert hits["xinhua"].code == "CHNMED" and hits["haaretz"].code == "ISRMED" and hits["wsj"].code == "USAMED"
    assert media.outlets()["xinhua"] is True and media.outlets()["haaretz"] is False
    # names that are also common words or places are listed only in a form that cannot be mistaken
    assert not [a for a in kb.find("Fars province and the times ahead; the Sudan People's Liberation Army and a UN "
                                   "Observer Mission", "2021-05-04") if media.is_outlet(a)]


@pytest.mark.parametrize("text, word, root, target", [
    ("The Hungarian prime minister denounced the Washington Post on Friday.", "denounced", "11", "USAMED"),
    ("The Bahraini government banned Al Jazeera from broadcasting from Manama.", "banned", "17", "QATMED"),
    ("Belarus expelled a Reuters correspondent last year.", "expelled", "16", "GBRMED"),
    ("The senator sued the Daily Mail over the story.", "sued", "11", "GBRMED"),
    ("Cairo police detained two Al Jazeera producers at the airport.", "detained", "17", "QATMED"),
])
def test_act_on_outlet_targets_its_country_media(text, word, root, target):
    hits = at(events_of(text), word)
    assert hits and hits[0].cameo.startswith(root) and hits[0].target and hits[0].target.code == target, show(hits)


@pytest.mark.parametrize("text", [
    "The Peruvian interior minister told the Financial Times that his government would not negotiate with miners.",
    "In a statement to Reuters, a Chilean army spokesman said the talks had failed.",
    "Speaking to CNN, the Kenyan foreign minister condemned the attack on the embassy.",
    "According to the BBC, Ugandan troops shelled rebel positions near the border.",
])
def test_journalism_gives_no_outlet_actor(text):
    evs = events_of(text)
    assert not [e for e in evs for a in (e.source, e.target) if media.is_outlet(a)], show(evs)
    # and the outlet's country is no country of the sentence's other actors
    assert not [e for e in evs for a in (e.source, e.target) if a is not None and a.country in ("GBR", "USA")], \
        show(evs)


def test_interview_with_outlet_keeps_the_statement_without_target():
    evs = events_of("The Bolivian president said in an interview with Al Jazeera that Chile had stolen the sea.")
    hits = [e for e in evs if e.target is not None and e.target.code == "QATMED"]
    assert not hits, show(evs)


def test_consultation_with_outlet_is_no_event():
    evs = events_of("The Nigerian defence minister met with Sky News reporters in Abuja.")
    assert not [e for e in evs if e.cameo.startswith("04")], show(evs)


def test_state_outlet_speaks_for_its_government():
    hits = at(events_of("Xinhua condemned the Lithuanian decision to open a Taiwanese office."), "condemned")
    assert hits and hits[0].source.code == "CHNGOV" and "state outlet" in hits[0].source.why, show(hits)
    # an independent outlet's own criticism stays the outlet's
    hits = at(events_of("Haaretz criticised the Israeli government over the new settlement plan."), "criticised")
    assert hits and hits[0].source.code == "ISRMED", show(hits)


def test_quoted_source_is_the_doer_not_the_outlet():
    evs = events_of("Tass quoted a defence ministry official as accusing Poland of provocations.")
    hits = at(evs, "accusing")
    assert hits and hits[0].source.text != "Tass" and hits[0].source.country == "RUS", show(hits)
    assert hits[0].target.code.startswith("POL"), show(hits)


def test_state_body_in_a_state_outlets_report_takes_its_country():
    hits = at(events_of("The state news agency Irna said the army had shot down a drone near the border."), "shot")
    assert hits and hits[0].source.code == "IRNMIL", show(hits)


def test_outlet_does_no_force():
    evs = events_of('Reuters reported "Armed youths allied to the Malian governor killed nine people on Sunday when they '
                    'opened fire on traders in a Bamako market that backs his rival, two witnesses said."')
    assert not [e for e in evs if e.source is not None and media.is_outlet(e.source)], show(evs)
