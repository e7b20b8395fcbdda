"""Targets reached through an act noun (issue 14): the party a campaign or offensive is aimed at, and the author of a
decision or move the story named before (coding/act_args.py: aimed_parties, story_doer; coding/roles.py).

Every sentence here was written for these tests."""
from __future__ import annotations

from coded_sentences import events_on, sides_at, targets_at


events_of = events_on("2020-06-01", checked=False)


dyads, targets = sides_at, targets_at


# --- an act of force done with a campaign: the party the campaign is aimed at ---------------------------------------

def test_against_phrase_hung_on_the_campaign_owner_is_the_target():
    # the parser hangs "against the Houthis" on "coalition", the campaign's owner, not its target
    evs = events_of("The militia has spearheaded the offensive of the Arab coalition against the Houthis in Yemen.")
    got = targets(evs, "spearheaded")
    assert got and all(t is not None and "YEM" in t and "REB" in t for t in got), dyads(evs, "spearheaded")


def test_purpose_of_the_campaign_names_the_target():
    evs = events_of("Kurdish fighters spearheaded a French-backed campaign to oust al-Shabaab from Kismayo.")
    assert any(t is not None and t.startswith("SOM") for t in targets(evs, "spearheaded")), dyads(evs, "spearheaded")


def test_purpose_the_parser_hangs_on_the_verb():
    evs = events_of("Ethiopian forces launched an offensive to oust al-Shabaab from its strongholds.")
    assert any(t is not None and t.startswith("SOM") for t in targets(evs, "launched")), dyads(evs, "launched")


def test_a_participle_targeting_after_the_campaign_names_the_target():
    evs = events_of("Ankara is preparing to launch a wide offensive targeting Kurdish militias east of the Euphrates.")
    assert any(t is not None and "KUR" in t for t in targets(evs, "launch")), dyads(evs, "launch")


def test_a_participle_aimed_at_after_the_offensive_names_the_target():
    evs = events_of("The Pakistani army launched an offensive aimed at the Taliban in the tribal areas.")
    assert any(t is not None and "INS" in t for t in targets(evs, "launched")), dyads(evs, "launched")


def test_a_threatened_offensive_targeting_a_militia_names_it():
    evs = events_of("Turkey has threatened a new offensive targeting the YPG in northern Syria.")
    got = targets(evs, "threatened")
    assert got and all(t is not None and t.startswith("SYR") for t in got), dyads(evs, "threatened")


def test_a_participle_of_no_aim_after_the_campaign_names_no_target():
    evs = events_of("The Kenyan army launched a campaign involving Somali police in the north.")
    assert targets(evs, "launched") <= {None}, dyads(evs, "launched")


def test_a_purpose_that_is_no_act_of_force_names_no_target():
    evs = events_of("The Kenyan army launched a campaign to protect civilians in the north.")
    assert targets(evs, "launched") <= {None}, dyads(evs, "launched")


def test_plural_campaigns_aimed_at_someone_are_acts_not_a_party():
    evs = events_of("Ethiopian rebels led campaigns against the army in Tigray.")
    assert all(t is None or not t.endswith("PTY") for t in targets(evs, "led")), dyads(evs, "led")


def test_the_owner_of_a_campaign_the_actor_spearheads_is_no_target():
    evs = events_of("The militia spearheaded the coalition's campaign.")
    assert targets(evs, "spearheaded") <= {None}, dyads(evs, "spearheaded")


def test_the_doer_of_an_assault_that_is_repelled_stays_the_target():
    evs = events_of("Kenyan troops repelled an assault by al-Shabaab.")
    assert any(t is not None and t.startswith("SOM") for t in targets(evs, "repelled")), dyads(evs, "repelled")


# --- a response to a definite act noun: the author the story named before ------------------------------------------

def test_criticised_the_decision_targets_its_earlier_author():
    evs = events_of("Germany's decision to close its borders angered its neighbours. "
                    "Austrian ministers criticised the decision.")
    assert any(t is not None and t.startswith("DEU") for t in targets(evs, "criticised")), dyads(evs, "criticised")


def test_rejected_the_demands_targets_their_earlier_author():
    evs = events_of("Iran's demands were read out on state television. The Saudi king rejected the demands.")
    assert any(t is not None and t.startswith("IRN") for t in targets(evs, "rejected")), dyads(evs, "rejected")


def test_the_responders_own_act_is_no_target():
    evs = events_of("Germany's decision to close its borders angered its neighbours. Berlin defended the decision.")
    assert all(t is None or not t.startswith("DEU") for t in targets(evs, "defended")), dyads(evs, "defended")


def test_an_author_named_only_by_a_pronoun_is_not_looked_up():
    evs = events_of("The president explained his decision on Monday. Austrian ministers criticised the decision.")
    assert targets(evs, "criticised") <= {None}, dyads(evs, "criticised")


def test_an_author_named_long_before_is_not_taken():
    filler = " ".join(f"Rain fell on the coast on day {i}." for i in range(15))
    evs = events_of("Germany's decision to close its borders angered its neighbours. " + filler +
                    " Austrian ministers criticised the decision.")
    assert targets(evs, "criticised") <= {None}, dyads(evs, "criticised")


# --- parties named by an apposition or by a clause in a response's phrase ------------------------------------------

def test_the_name_after_a_relational_object_is_the_addressee():
    evs = events_of("The Kurds implored their sponsor, the United States, to protect them.")
    assert any(t is not None and t.startswith("USA") for t in targets(evs, "implored")), dyads(evs, "implored")


def test_objection_to_a_clause_targets_its_subject():
    evs = events_of("The conference was postponed over Turkish objections to Moscow inviting Kurdish parties.")
    assert any(t is not None and t.startswith("RUS") for t in targets(evs, "objections")), dyads(evs, "objections")


def test_a_group_noun_is_no_act_with_an_author():
    evs = events_of("The American alliance with the Kurds was announced in May. "
                    "Rebel factions that join the alliance get a monthly stipend.")
    assert all(t is None or not t.startswith("USA") for t in targets(evs, "join")), dyads(evs, "join")
