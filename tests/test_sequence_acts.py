"""An act named as what follows or precedes another ("followed by a ground attack by X") is as done, announced or
supposed as the act it follows (issue 14, quotes: a threatened attack is no attack done; data/coding/roles.tsv
sequence-participle, coding/noun_clauses.py `_sequence_status`). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, exactly_at


events_of = events_on("2018-04-10")


def dump(evs):
    return [(e.trigger_text, e.cameo, e.modality, e.source and e.source.code) for e in evs]


def test_attack_following_an_announced_bombardment_is_announced():
    evs = events_of("“The moment the peacekeepers go, Ethiopia will open an artillery barrage followed by a ground attack "
                    "by allied militias,” the colonel warned.")
    e = exactly_at(evs, "attack")
    assert e and all(x.modality == "intent" and x.cameo.startswith("13") for x in e), dump(evs)


def test_assault_following_a_future_verb_is_announced():
    evs = events_of("The Syrian army will launch airstrikes on Idlib, followed by a ground assault by allied militias.")
    e = exactly_at(evs, "assault")
    assert e and all(x.modality == "intent" for x in e), dump(evs)


def test_assault_following_a_negated_act_is_not_coded():
    evs = events_of("Syrian jets will not bomb the town, followed by an assault by Iranian-backed militias.")
    assert not exactly_at(evs, "assault"), dump(evs)


def test_assault_following_a_done_act_is_done():
    evs = events_of("Syrian jets bombed the town on Monday, followed by a ground assault by Iranian-backed militias.")
    e = exactly_at(evs, "assault")
    assert e and e[0].modality == "asserted" and e[0].cameo.startswith("19"), dump(evs)
