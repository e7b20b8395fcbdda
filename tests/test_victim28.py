"""Who a person or group is, read from the story's own description of them (issue 14, wrong target / no source,
session 28): a description that says the armed group a person joined, or is a member of, outranks the nationality
or occupation of that description for every later mention (knowledge/people.actor_persons.member_actor,
knowledge/actor_persons.described_member, predicate_descriptor; "a recruiter for G", "X, the Isis executioner"); people
or forces "who joined" an armed group are its
members (actor_persons.member_of, joined=True); "mujahideen" are insurgents (data/actors/sectors.tsv)."""
from coded_sentences import at, dump, events_of


def _target(text, word):
    evs = at(events_of(text), word)
    assert evs and evs[0].target is not None, dump(events_of(text))
    return evs[0].target


def test_member_by_relative_clause_on_description():
    t = _target("Lena Marsh, a British woman who joined Islamic State in 2014, left London with her two sons. "
                "Officials said on Tuesday that Marsh was killed in a drone strike near Deir ez-Zor in June.", "killed")
    assert t.code == "IMGINSISI", (t.code, t.why)
    assert "joined" in t.why


def test_member_by_relative_clause_outranks_occupation():
    t = _target("Anna Berg, a Swedish nurse who joined Islamic State in 2015, was killed in an airstrike in Baghuz.",
                "killed")
    assert t.code == "IMGINSISI", (t.code, t.why)


def test_description_without_membership_keeps_nationality():
    t = _target("Lena Marsh, a British nurse who treated wounded fighters in Raqqa, was arrested by Turkish police "
                "on Monday.", "arrested")
    assert t.code == "GBRHLH", (t.code, t.why)


def test_state_office_is_not_outranked():
    t = _target("Jo Hart, a British police officer who joined Islamic State, was arrested in Turkey.", "arrested")
    assert t.code == "GBRCOP", (t.code, t.why)


def test_plural_copula_describes_each_name():
    t = _target("Omar Kell and Sami Rauf are members of Islamic State, officials said. Kell and Rauf were captured "
                "by Kurdish forces in January.", "captured")
    assert t.code == "IMGINSISI", (t.code, t.why)


def test_apposed_list_and_cell_apposition():
    t = _target("The two gunmen, Pieter Vos and Daan Bakker, are the last members of the Uncles, a Dutch Isis cell "
                "that kidnapped aid workers. Vos and Bakker were detained by Iraqi troops last week.", "detained")
    assert t.code == "IMGINSISI", (t.code, t.why)


def test_singular_member_of_cell_with_apposition():
    t = _target("Omar Kell was a member of the Cousins, an Isis cell that held western hostages. Kell was captured "
                "by Kurdish forces in January.", "captured")
    assert t.code == "IMGINSISI", (t.code, t.why)


def test_fighters_who_joined_a_group_counted():
    t = _target("Iraqi troops have detained a total of 300 foreign fighters who joined Islamic State in the last "
                "year.", "detained")
    assert t.code == "IMGINSISI", (t.code, t.why)


def test_people_who_joined_a_crowd_stay_civilians():
    t = _target("Kurdish police arrested 40 men who had joined the crowd outside the court.", "arrested")
    assert t.code.endswith("CVL"), (t.code, t.why)


def test_mujahideen_are_insurgents_not_the_state():
    t = _target("In the 1980s Washington armed the Afghan mujahideen against the Soviet army.", "armed")
    assert t.code == "AFGINS", (t.code, t.why)


def test_recruiter_for_a_group_in_the_description():
    t = _target("Nora Hale, a British recruiter for Islamic State, posted videos online. Hale was killed in a US drone "
                "strike in June.", "killed")
    assert t.code == "IMGINSISI", (t.code, t.why)


def test_definite_group_descriptor_after_the_name():
    t = _target("Mark Dunn, the Isis executioner from London, boasted online. Dunn was killed by an American drone "
                "in 2015.", "killed")
    assert t.code == "IMGINSISI", (t.code, t.why)


def test_predicate_propagandist():
    t = _target("Nora Hale was a prolific Isis propagandist. Hale was killed in a US drone strike in June.", "killed")
    assert t.code == "IMGINSISI", (t.code, t.why)
