"""A state's envoy to an international body named with the state before the body ("the Chinese UN
ambassador") acts for the state, not the body (knowledge/actor_phrases.py; roles.tsv posted-envoy). Sentences
written for these tests."""
from __future__ import annotations

from coded_sentences import events_of


def test_state_envoy_to_a_body_is_the_states():
    for text, state in [("The Chinese UN ambassador criticised the new sanctions on Pyongyang.", "CHN"),
                        ("A Turkish Nato representative condemned the arms embargo on Ankara.", "TUR"),
                        ("Britain's UN ambassador, Karen Holt, denounced the shelling of Idlib.", "GBR")]:
        evs = events_of(text)
        assert evs and all(e.source is not None and e.source.code.startswith(state) for e in evs[:1]), \
            [(e.trigger_text, e.source and e.source.code) for e in evs]


def test_the_bodys_own_envoy_stays_the_body():
    evs = events_of("The UN envoy urged both sides to stop the fighting around Hodeidah.")
    e = [x for x in evs if x.trigger_text == "urged"]
    assert e and e[0].source is not None and e[0].source.code.startswith("IGOUNO"), \
        [(x.trigger_text, x.source and x.source.code) for x in evs]
