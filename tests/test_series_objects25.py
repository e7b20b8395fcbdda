"""A verb of a series the parser hung on the object of the first verb ("took the port, sold[acl] fuel to Kenya and
began ..."): its own object and recipient are no owner of that object, and its subject is the series' subject
(issue 14: coding/misparses.series_read_as_participle, in_series_verb). Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of

TEXT = "Al-Shabaab grew rich. It commandeered farms, sold charcoal to Nairobi and Kampala and started levying taxes."


def test_the_recipient_of_the_next_verb_is_not_the_target_of_the_seizure():
    evs = events_of(TEXT)
    got = at(evs, "commandeered")
    assert got and got[0].source is not None and got[0].source.code.endswith("INS"), dump(evs)
    assert all(e.target is None or e.target.country != "KEN" for e in got), dump(evs)


def test_the_series_verb_read_as_a_modifier_takes_the_series_subject():
    evs = events_of(TEXT)
    sold = at(evs, "sold")
    assert sold and all(e.source is not None and e.source.code.endswith("INS") for e in sold), dump(evs)
    assert {e.target.country for e in sold if e.target} == {"KEN", "UGA"}, dump(evs)


def test_a_passive_participle_on_the_object_still_names_its_owner():
    evs = events_of("Kenyan troops shelled bases held by al-Shabaab near the border.")
    got = at(evs, "shelled")
    assert got and got[0].target is not None and got[0].target.code.endswith("INS"), dump(evs)
