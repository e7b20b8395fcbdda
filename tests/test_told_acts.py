"""Precision (issue 14): acts that are only told -- the content of an accusation noun or of "alleged that" at any
depth (coding/accused.py), the second V-ing of an accusation that the parser coordinates with the accusing verb, the
content of a bare claim noun ("claims they funded ..."), another's act that someone wishes to see, what a negated
verb of telling leaves open ("did not say whether ... would"), and a party's
"claims to have V-ed" (its own account: kept, with modality "reported", not "asserted"). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from coded_sentences import events_of, at


@pytest.mark.parametrize("text, word", [
    # a second V-ing of the accusation, read by the parser as a conjunct of the accusing verb
    ("Washington accused Iran of supplying missiles to the Houthis, and arming militias in Iraq.", "arming"),
    ("Syrian opposition groups accused the Russian air force of targeting hospitals in Idlib, and killing dozens "
     "of patients.", "killing"),
    ("The Libyan coastguard was blamed for detaining the migrants at sea, and beating several of them.", "beating"),
    # the content of a claim noun with no "that"
    ("Activists repeated their claims the army executed eleven prisoners near Hama.", "executed"),
    ("The ministry dismissed allegations Ugandan soldiers had looted the villages.", "looted"),
    # the clause of an accusation noun, with "that" or without, read as a complement or as a relative clause
    ("Kenya has raised accusations that Somali forces intend to seize the border town.", "seize"),
    ("The mayor resigned after allegations he had assaulted two protesters during the march.", "assaulted"),
    ("Tehran's accusation that Israeli agents assassinated the scientist was repeated on state television.",
     "assassinated"),
    # an act deep inside what is alleged ("alleges that X were responsible for ordering ...")
    ("Ankara alleges that senior Greek officers were responsible for ordering the pushback of migrants.", "ordering"),
    ("Kyiv alleged that Russian commanders were behind the decision to shell the maternity hospital.", "shell"),
    # another's act that someone wishes to see (coding/modality.py: SEEING_WISHED)
    ("Opposition leaders said they wanted to see Nato bomb the regime's airfields.", "bomb"),
    ("Many Kurds would like to see Washington punish Ankara for the offensive.", "punish"),
    ("Protesters in Caracas hope to see the army arrest the president.", "arrest"),
    # what a negated verb of telling leaves open ("did not say how ... would"): a question, not an act
    ("The ministry did not explain how the detainees would be protected from reprisals by the militia.", "protected"),
    ("The Pentagon has not disclosed whether American troops would be deployed to Niger.", "deployed"),
    ("Nigeria did not reveal how its soldiers would rescue the kidnapped girls.", "rescue"),
    # an inverted "nor" negates its verb, and so what a verb of telling it negates leaves open
    ("Nor did the ministry explain how displaced families would be sheltered.", "sheltered"),
    ("Nor has Ankara said whether the prisoners would be released.", "released"),
    ("Nor did the police arrest any of the organisers.", "arrest"),
    ("The army did not fire on the crowd, nor did it arrest the organisers.", "arrest"),
])
def test_told_content_is_no_act(text, word):
    evs = events_of(text)
    assert not at(evs, word), [(e.cameo, e.trigger_text, e.rule) for e in evs]


def test_accusation_noun_keeps_the_accused():
    """The content is no event, but it still names whom the accusation is aimed at (coding/answered.py)."""
    evs = events_of("Tehran's accusation that Israeli agents assassinated the scientist was repeated on state "
                    "television.")
    hits = [e for e in at(evs, "accusation") if e.cameo.startswith("11")]
    assert hits and hits[0].target is not None and hits[0].target.country == "ISR", \
        [(e.cameo, e.trigger_text, e.target, e.rule) for e in evs]


@pytest.mark.parametrize("text, word", [
    ("Turkey claims to have captured three villages from the Kurdish militia.", "captured"),
    ("The Kurdish militia claimed to have shot down two Turkish drones over Afrin.", "shot"),
    ("Russia's defence ministry claims to be bombing only terrorist positions around Idlib.", "bombing"),
])
def test_own_claim_is_reported(text, word):
    hits = at(events_of(text), word)
    assert hits and all(e.modality == "reported" for e in hits), [(e.cameo, e.modality, e.rule) for e in hits]


@pytest.mark.parametrize("text, word, root", [
    # the accusation itself stays, and so does a real second act of a participle clause
    ("Erdogan condemned the raid, accusing Israel of provocation and threatening to recall Turkey's ambassador.",
     "recall", "13"),
    ("Egypt accused Qatar of funding militants in Libya, and expelled its ambassador.", "expelled", "1"),
    # a neutral report of a done act stays
    ("Syrian troops executed eleven prisoners near Hama last month, the UN said.", "executed", "18"),
    ("Baghdad agreed on Monday to withdraw two army brigades from Sinjar.", "withdraw", "03"),
    ("Gunmen shot three shopkeepers over accusations that they had supplied the army with food.", "shot", "19"),
    ("Police alleged that the man, who was arrested in Leeds on Friday, had been planning to join Isis.", "arrested",
     "17"),
    ("Residents watched Russian jets bomb the market.", "bomb", "19"),
    ("Reporters went to see Turkish troops shell the village from the hilltop.", "shell", "19"),
    ("Militants neither freed the hostages nor released the bodies, and the army stormed the compound.", "stormed",
     "19"),
    ("The charges she faced were dropped after the officers who detained her admitted lying.", "detained", "17"),
])
def test_done_acts_stay(text, word, root):
    evs = events_of(text)
    hits = at(evs, word)
    assert hits and any(e.cameo.startswith(root) for e in hits), [(e.cameo, e.trigger_text, e.rule) for e in evs]
