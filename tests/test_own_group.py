"""Issue 14 (no source): "his group", "her movement" after a person of a named or non-state armed group are that
group (coding/own_group.py); a part of it ("his group's affiliate") acts as the group; a private person's or a
state's "group" is not resolved that way.

Every sentence here was written for these tests."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_his_group_after_the_groups_leader():
    evs = at(events_of("Ahmed Diriye, the al-Shabaab leader, said his group had attacked the Kenyan base."), "attacked")
    assert evs and all(e.source is not None and e.source.code == "SOMINS" for e in evs), dump(evs)


def test_his_organisation_after_a_described_leader():
    evs = at(events_of("The al-Shabaab leader said his organisation had attacked the Kenyan base."), "attacked")
    assert evs and all(e.source is not None and e.source.code == "SOMINS" for e in evs), dump(evs)


def test_the_affiliate_of_his_group_acts_as_the_group():
    evs = at(events_of("The al-Shabaab leader, Ahmed Diriye, praised the towns seized in Kenya by his group's "
                       "affiliate there."), "seized")
    assert evs and all(e.source is not None and e.source.code == "SOMINS" for e in evs), dump(evs)


def test_a_private_persons_group_is_no_armed_group():
    evs = events_of("Maria Lopez, a Spanish aid worker, said her group had shelled the Kenyan base.")
    assert all(e.source is None or not e.source.code.endswith(("INS", "REB", "UAF")) for e in at(evs, "shelled")), \
        dump(evs)


def test_a_listed_leaders_group_is_the_one_his_role_names_not_his_country():
    # the leader is Egyptian; the group his role names is al-Qaeda, with no country of its own
    evs = at(events_of("Ayman al-Zawahiri praised the towns seized in Mali by his group's affiliate there.",
                       date="2019-01-05"), "seized")
    assert evs and all(e.source is not None and e.source.code == "IMGINSAQD" for e in evs), dump(evs)
