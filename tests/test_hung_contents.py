"""Issue 14, no target: the act's directed phrase that the parser hung inside a relative clause saying what the act
took in ("an assault that included tanks and artillery on the base"; coding/hung_preps.py, roles.tsv
`containing-verb`), and a gift's recipient in a second "to" phrase hung on a clause inside what is given
(coding/hung_recipient.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_sentences import at, dump, events_of


@pytest.mark.parametrize("text, word, target", [
    ("Ethiopian troops began a joint assault that included tanks and artillery on the Tigrayan rebels' "
     "headquarters in Mekelle.", "began", "ETHREB"),
    ("Sudanese forces launched an offensive which involved hundreds of troops against the rebel stronghold in "
     "Kordofan.", "launched", "SDNREB"),
])
def test_a_directed_phrase_inside_what_the_act_took_in_is_the_acts(text, word, target):
    evs = at(events_of(text), word)
    assert evs and evs[0].target is not None and evs[0].target.code == target, dump(evs)


def test_a_relative_clause_that_acts_keeps_its_own_phrase():
    # "that drove the herders into Kenyan camps": the relative clause's own act, not what the offensive took in;
    # its "into" phrase is no target of the offensive
    evs = events_of("The Somali army launched an offensive that drove the herders into Kenyan refugee camps.")
    assert not [e for e in at(evs, "launched") if e.target is not None], dump(evs)


# coding/hung_recipient.py: a second "to" phrase the parser hung on a clause inside what is given is the gift's
def test_a_second_to_phrase_on_a_clause_of_the_gift_names_its_recipient():
    evs = events_of("Kenyan police returned 30 statues that date back to 1920 to Ethiopia on Monday.")
    back = at(evs, "returned")
    assert back and back[0].target is not None and back[0].target.code == "ETH", dump(evs)


def test_the_one_to_phrase_of_a_clause_of_the_gift_is_its_own():
    # "that had been flown to Lima": where the crates went before, not to whom they were returned
    evs = events_of("The Chilean ministry returned the crates that had been flown to Lima.")
    assert not [e for e in at(evs, "returned") if e.target is not None and e.target.country == "PER"], dump(evs)
