"""Captives of a custody named by a noun (issue 14; coding/held_in.py): "X are in Kurdish custody" holds X.
Sentences written for these tests."""
from __future__ import annotations

from coded_sentences import dump, events_on


events_of = events_on("2021-06-14")


def custody(evs):
    return [e for e in evs if e.cameo.startswith("173") and "custody" in e.trigger_text]


def test_the_subject_of_a_raised_to_be_in_custody_is_held():
    evs = events_of("At least six Belgian boys, many of whom grew up in Raqqa, are thought to be in "
                    "Kurdish custody.")
    got = custody(evs)
    assert got and got[0].target is not None and got[0].target.country == "BEL", dump(evs)
    assert "the ones held in the 'custody'" in got[0].rule and got[0].target.why.startswith("the ones held")


def test_fighters_in_custody_are_held():
    evs = events_of("An official said 400 foreign Isis fighters were now held in Kurdish custody.")
    got = custody(evs)
    assert got and got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)


def test_captives_the_coder_cannot_name_leave_no_target():
    evs = events_of("The pair remain in Kurdish custody.")
    got = custody(evs)
    assert got and got[0].target is None, dump(evs)


def test_a_passive_participle_clause_was_done_to_the_subject_it_hangs_on():
    evs = events_of("Some 300 Isis fighters are now kept at a camp near Hasakah, having been captured by the Syrian "
                    "Democratic Forces.")
    got = [e for e in evs if "captured" in e.trigger_text]
    assert got and got[0].target is not None and got[0].target.code == "IMGINSISI", dump(evs)
    # the coder's clause reading (clause_args: a passive with no subject takes its patient from the clause it
    # hangs on) or, when it finds nothing, the held_in stage fills it
    # (a captured person is detained, 173, whose row takes the patient as its target: the clause reading gives it)
    assert ("the subject of the clause 'captured' hangs on" in got[0].rule
            or "target from 'nsubjpass'" in got[0].rule or got[0].cameo == "173"), got[0].rule


def test_a_passive_participle_clause_on_an_unnamed_subject_keeps_no_target():
    evs = events_of("The convoy reached Hama on Monday, having been attacked by Isis near Salamiyah.")
    got = [e for e in evs if "attacked" in e.trigger_text]
    assert got and got[0].target is None, dump(evs)
