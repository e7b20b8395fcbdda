"""Event location: a verb joined to the trigger by "and" that tells another act keeps its own place
(knowledge/event_conj.py), and a campaign launched to take ground is fought on that ground
(knowledge/event_span.purpose_acts). Texts written for these tests."""

from eventwire.knowledge.event_conj import other_acts
from parsed_places import place_of, token_of


_at, _place = token_of, place_of


def test_a_joined_verb_after_the_triggers_own_object_keeps_its_place(nlp):
    text = "Rebels attacked army posts in Kidal and later seized the town of Gao."
    assert _place(nlp, text, "attacked") == "Kidal"
    assert _place(nlp, text, "seized") == "Gao"


def test_a_joined_verb_with_its_own_subject_keeps_its_place(nlp):
    text = ("Police officers in the port city of Mombasa shot a suspect on Friday, and soldiers arrested two men "
            "in Garissa a week later.")
    assert _place(nlp, text, "shot") == "Mombasa"
    assert _place(nlp, text, "arrested") == "Garissa"


def test_a_joined_verb_sharing_the_object_shares_the_place(nlp):
    text = "Gunmen ambushed and killed two policemen in the market town of Garissa on Sunday."
    assert _place(nlp, text, "ambushed") == "Garissa"


def test_a_campaign_is_fought_where_its_purpose_takes_ground(nlp):
    text = ("On Tuesday in the Idlib countryside, rebel factions launched a fresh offensive to recapture the "
            "village of Kafr Nabl from government troops.")
    assert _place(nlp, text, "launched") == "Kafr Nabl"


def test_a_purpose_that_takes_no_ground_leaves_the_campaigns_place(nlp):
    text = "Government troops launched an offensive in the Idlib countryside to punish the rebels of Kafr Nabl."
    assert _place(nlp, text, "launched") == "Idlib"


def test_a_passive_that_leaves_out_its_auxiliary_tells_the_same_act(nlp):
    doc = nlp("Seven guards were killed and 22 wounded during a raid on a checkpoint near Tikrit.")
    trig = _at(doc, "killed")
    assert other_acts(trig) == frozenset()
    assert _place(nlp, doc.text, "killed") == "Tikrit"
