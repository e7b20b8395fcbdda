"""Precision (issue 14, "reported speech" and "not an event"): what a speaker foretells of another party is the
speaker's forecast, not that party's intention, threat or refusal (coding/forecasts.py, roles.py `_prediction`):
a speaker who speaks for no party (an analyst, a professor, a former official: data/coding/outside_voices.tsv), a
refusal foretold by the other side, a consequence with a clause for its subject, a free hand given and what a policy
means (complements.tsv), a habit told with "will often", the later items of a list of infinitives the parser
hung apart from the first ("it was necessary to halt X, end Y": coding/misparses.py `listed_infinitive`), "X is on
offer" and "the focus was on X" (coding/noun_clauses.py `_state_of_another`). An announced force that is only
raised is no threat (data/coding/modality_codes.tsv), and private people's sympathy
is everyday life (data/coding/private_acts.tsv). The parties' own announcements stay. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from coded_sentences import all_events_of, at, dump


@pytest.mark.parametrize("text, word", [
    # a quotation whose speaker speaks for no party
    ("\u201cOnce the peacekeepers pull out, Serbia will immediately launch an assault on the enclave. Hundreds will "
     "die,\u201d said Mark Ellison, a former senior foreign ministry adviser.", "launch"),
    ("\u201cThe Taliban will storm the valley as soon as the last American convoy leaves,\u201d said Priya Nair, a "
     "professor of security studies in Delhi.", "storm"),
    # a verb of saying whose subject speaks for no party
    ("Lars Holm, an analyst at the Nordic Institute, said Russia would attack the port within days.", "attack"),
])
def test_outside_voice_forecast_is_no_threat(text, word):
    evs = at(all_events_of(text), word)
    assert not [e for e in evs if e.cameo.startswith("13")], dump(evs)


@pytest.mark.parametrize("text, word", [
    ("\u201cWe say the French army will not protect you,\u201d the Malian president told the militias.", "protect"),
    ("The Malian president said the French army will not protect the militias.", "protect"),
])
def test_refusal_foretold_by_another_side_is_no_refusal(text, word):
    evs = at(all_events_of(text), word)
    assert not [e for e in evs if e.cameo.startswith("12")], dump(evs)


def test_habit_told_with_will_is_no_intention():
    evs = at(all_events_of("Unofficially, as a courtesy, the Greek authorities will often inform us."), "inform")
    assert not evs, dump(evs)


def test_later_items_of_a_listed_rule_are_no_acts():
    text = ("It was necessary to halt the massacres of the Hazara, end the Taliban's rule over Kabul, and address the "
            "threat at source.")
    evs = at(all_events_of(text), "end")
    assert not evs, dump(evs)


@pytest.mark.parametrize("text, word", [
    ("Nothing better than Museveni is on offer in Uganda.", "offer"),
    ("The Kenyan government's focus was on intelligence that the detainee could share on al-Shabaab.", "intelligence"),
])
def test_state_of_another_on_a_noun_is_no_act(text, word):
    evs = at(all_events_of(text), word)
    assert not evs, dump(evs)


@pytest.mark.parametrize("text, word", [
    ("It means taking out Russian air bases in Syria if they are used to bomb the rebels.", "taking"),
    ("The Kenyan army meant to attack the camps before dawn.", "attack"),
])
def test_what_a_policy_means_is_no_act(text, word):
    evs = at(all_events_of(text), word)
    assert not evs, dump(evs)


def test_free_hand_is_no_act():
    text = "The American withdrawal will leave the Serbs with a free hand to attack their old foe the Bosniaks."
    evs = at(all_events_of(text), "attack")
    assert not evs, dump(evs)


def test_consequence_with_a_clause_for_subject_is_no_intention():
    text = "Cutting the French presence in Mali will undo that progress, encourage our enemies and make Europe less safe."
    evs = at(all_events_of(text), "encourage")
    assert not evs, dump(evs)


@pytest.mark.parametrize("text, word", [
    ("The Kenyan defence ministry announced it would raise a coastal force from the local militias.", "raise"),
    ("Paris said it would recruit a new army from the local militias.", "recruit"),
])
def test_force_to_be_raised_is_no_threat(text, word):
    evs = at(all_events_of(text), word)
    assert not evs, dump(evs)


@pytest.mark.parametrize("text, word", [
    ("Most of the people in the villages are praying for peace.", "praying"),
    ("Villagers gathered in the square to mourn the murdered teacher.", "mourn"),
])
def test_private_sympathy_is_everyday_life(text, word):
    evs = at(all_events_of(text), word)
    assert not evs, dump(evs)


@pytest.mark.parametrize("text, word, root", [
    # a side's own speaker, in a quotation and under a verb of saying
    ("\u201cOur forces will strike the rebels in Idlib,\u201d the Syrian commander said.", "strike", "13"),
    ("The Russian defence minister said Russia would attack the port within days.", "attack", "13"),
    # a refusal the party announces itself, also on a condition and under a verb of saying with no subject
    ("The Malian junta said it would not attend the talks in Algiers.", "attend", "12"),
    ("The Tamil Tigers will not free the sailors unless Colombo frees the Tamil detainees.", "free", "12"),
    ("The Nigerian senate sent an ultimatum to the oil firms, warning that senators will not approve the new licences "
     "this year if the spills are not cleaned up by March.", "approve", "12"),
    # "on N" states of the doer's own
    ("Thousands of Nigerian doctors went on strike on Monday.", "strike", "14"),
    ("The Chinese premier is on a visit to Pakistan.", "visit", "04"),
    # troops to be sent to a country remain a threat of force
    ("The Pentagon said it would send troops to Niger.", "send", "13"),
    # a pledge with "always" is no habit
    ("\u201cWe will always stand by Armenia,\u201d the Russian foreign minister said.", "stand", "03"),
    # a list of infinitives of an act done keeps its later items
    ("The army moved to secure the border, disarm the militias and arrest the smugglers.", "arrest", "17"),
    # sympathy a government expresses
    ("The Malian president sent his condolences to the relatives of the dead peacekeepers.", "sent", "01"),
])
def test_own_announcements_stay(text, word, root):
    evs = at(all_events_of(text), word)
    assert any(e.cameo.startswith(root) for e in evs), dump(evs)
