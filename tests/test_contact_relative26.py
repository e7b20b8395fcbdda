"""A relative clause with no relative word that the parser read as a second subject of its verb: the nearer subject
is the doer, the noun before it the object the clause leaves out (issue 14, no target, session 27:
coding/contact_relative.py)."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_gapped_object_of_vowed_infinitive_is_the_noun_before():
    evs = events_of("The Kurdish militia Ankara has vowed to crush holds the town.")
    got = at(evs, "crush")
    assert got and got[0].source is not None and got[0].source.code.startswith("TUR"), dump(evs)
    assert got[0].target is not None and "KUR" in got[0].target.code, dump(evs)


def test_gapped_object_with_particle_verb():
    evs = events_of("Analysts say the Islamist militants the Nigerian army has vowed to wipe out are regrouping in the "
                    "hills.")
    got = at(evs, "wipe out")
    assert got and got[0].source is not None and got[0].source.code == "NGAMIL", dump(evs)
    assert got[0].target is not None and got[0].target.text == "militants", dump(evs)


def test_orphaned_main_verb_belongs_to_the_antecedent():
    evs = events_of("Analysts say the Islamist militants the Nigerian army has vowed to wipe out are attacking "
                    "villages in the hills.")
    got = at(evs, "attacking")
    assert got and got[0].source is not None and got[0].source.code == "NGAINS", dump(evs)
    got = at(evs, "wipe out")
    assert got and got[0].source is not None and got[0].source.code == "NGAMIL", dump(evs)


def test_sentence_verb_read_as_a_second_thing_said():
    evs = events_of("Analysts say the Islamist militants the Nigerian army has vowed to wipe out are hiding in the "
                    "hills.")
    got = at(evs, "wipe out")
    assert got and got[0].source is not None and got[0].source.code == "NGAMIL", dump(evs)
    assert got[0].target is not None and got[0].target.text == "militants", dump(evs)


def test_name_after_agency_noun_is_not_a_relative_clause():
    evs = events_of("The news agency Reuters reported heavy shelling of the town by the army.")
    assert not any(e.target is not None and e.target.text == "agency" for e in evs), dump(evs)


def test_clause_read_as_the_subject_of_the_main_verb():
    evs = events_of("The Kurdish militia Ankara has vowed to crush still holds the border town.")
    got = at(evs, "crush")
    assert got and got[0].source is not None and got[0].source.code.startswith("TUR"), dump(evs)
    assert got[0].target is not None and "KUR" in got[0].target.code, dump(evs)
