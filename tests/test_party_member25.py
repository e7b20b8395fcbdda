"""A party's name for one of its members, as a definite description ("the Ohio Republican", "the veteran
Democrat"), stands for the politician named just before (issue 14, no source:
knowledge/coref_descriptions.CorefDescriptions.party_member, data/coding/nouns.tsv `party-member`). Sentences written
for these tests."""
from __future__ import annotations

from coded_sentences import all_events_of, at, dump, events_of


def test_a_state_and_party_description_is_the_senator_named_before():
    evs = events_of("Speaking to reporters, Jane Holt, the chair of the Senate budget committee, said the plan was "
                    "flawed. The Ohio Republican has criticised Trump repeatedly.")
    got = at(evs, "criticised")
    assert got and got[0].source is not None and got[0].source.code == "USALEG", dump(evs)
    assert "coreference" in (got[0].source.why or ""), dump(evs)


def test_an_adjective_and_party_description_is_the_senator_named_before():
    evs = events_of("Mark Dunn, a senator from Oregon, spoke on Monday. The veteran Democrat condemned the decision.")
    got = at(evs, "condemned")
    assert got and got[0].source is not None and got[0].source.code == "USALEG", dump(evs)


def test_a_state_and_party_description_is_no_foreign_politician_named_before():
    evs = all_events_of("Angela Merkel said on Monday that talks would go on. The Ohio Republican has criticised the "
                        "plan repeatedly.")
    got = at(evs, "criticised")
    assert all(e.source is None or e.source.country != "DEU" for e in got), dump(evs)
