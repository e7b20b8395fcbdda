"""A definite "the terrorist organisation" points back to the one armed group named just before it, even when the
story names that group only once (issue 14, session 27: knowledge/story_group.py)."""
from __future__ import annotations

from coded_sentences import at, dump, events_of


def test_terrorist_organisation_named_in_the_sentence_before():
    evs = events_of("Kurdish-led forces are besieging the last pocket of territory held by Islamic State. The Kurdish "
                    "commander said his units had advanced deep into areas controlled by the terrorist organisation.")
    adv = at(evs, "advanced")
    assert adv and adv[0].target is not None and adv[0].target.code == "IMGINSISI", dump(evs)
    assert "sentence just before" in adv[0].target.why


def test_group_named_far_before_is_not_taken():
    evs = events_of("Islamic State was driven from Mosul in 2017. The city has been rebuilt since then, and its markets "
                    "are busy again. Schools reopened in the autumn. Traders say business is slowly recovering. "
                    "Last week soldiers raided a house used by the terrorist organisation.")
    raid = at(evs, "raided")
    assert raid and all(e.target is None or e.target.code != "IMGINSISI" for e in raid), dump(evs)


def test_group_named_just_before_in_a_story_naming_two():
    evs = events_of("Hayat Tahrir al-Sham controls much of Idlib province. The province is home to three million "
                    "people. Aid agencies warn of a looming crisis there. In the east, Kurdish-led forces are besieging "
                    "the last pocket of territory held by Islamic State. The Kurdish commander said his units had "
                    "advanced deep into areas controlled by the terrorist organisation.")
    adv = at(evs, "advanced")
    assert adv and adv[0].target is not None and adv[0].target.code == "IMGINSISI", dump(evs)


def test_two_groups_just_before_none_taken():
    evs = events_of("Hayat Tahrir al-Sham controls much of Idlib province. In the east, Kurdish-led forces are "
                    "besieging the last pocket of territory held by Islamic State. The Kurdish commander said his "
                    "units had advanced deep into areas controlled by the terrorist organisation.")
    adv = at(evs, "advanced")
    assert adv and all(e.target is None or e.target.entity is None for e in adv), dump(evs)
