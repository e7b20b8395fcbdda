"""What a private person says another party did (issue 14, precision: "reported speech" taken as an act).

An act in the "that" clause of a verb of saying (non_events.tsv `saying`) whose speaker is private people ("a
resident", "the boy's parents", a person the story names with no office, party or group role:
coding/private_people.py; a name no actor list holds, given no office or body of its own: "Dilan, 44, said") is that
person's account, not an act the article asserts:

- an act in words, diplomacy or coercion (roots 01-16) whose doer is not private people: "the parents said the
  ministry had rejected every plea" (a private allegation against a party);
- an act of force (roots 17-20) told with no doer at all, a passive with no agent or an act noun with none, in
  what one person says: "she said an insurgency against the army went on in the hills", "he wrote to his sister
  he had been hurt by shrapnel" (one person's account of harm no one is named for; witnesses together reporting an
  attack stay: "villagers said chlorine gas was used"); a witness's account of who struck ("residents said Russian jets bombed the market")
  stays a report, as the main source news of fighting has.

A people's word ("the Rohingya say the junta denied them papers") is a community's, not a private account. A
speaker's account of what private people did stays with the everyday-life tests ("she said the family had written to
the camp's managers"), and what an official, a body or a state says stays a report ("the ministry said its jets
struck the depot"). Only the "that" clause itself and what is coordinated with or under it: not a relative clause
(a description of someone the account names: "he rejected the group, which had jailed him"), nor a time or
comparison clause ("she said they moved as the front retreated"). Claims (`claim` verbs: coding/nonevent.py
`foreign_claim`) and intentions a speaker imputes (`imputed`) are judged there.
"""
from __future__ import annotations

from typing import Optional

# the edges that carry an act up to the clause a verb of saying reports (no relcl, acl: descriptions)
CARRY = frozenset({"ccomp", "conj", "xcomp", "advcl", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass",
                   "auxpass", "aux", "agent"})
# the marks of a time or comparison clause: background to what is said, not its content
TIME_MARKS = frozenset({"since", "when", "after", "before", "until", "while", "once", "as", "whenever"})
FORCE_ROOTS = ("17", "18", "19", "20")
NEWS_SECTORS = frozenset({"MED"})
# the words of an office or a profession that speaks for a body ("the director of X", "co-chair of foreign relations")
OFFICE_WORDS = frozenset({"director", "chair", "co-chair", "analyst", "expert", "researcher", "professor", "fellow",
                          "lawyer", "manager", "coordinator", "co-ordinator", "founder", "officer"})


def saying_verb(tok):
    """The verb of saying whose "that" clause holds `tok` (through a ccomp edge), or None."""
    from eventwire.coding.nonevent import _is
    t = tok
    for _ in range(10):
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and t.i > head.i and _is("saying", head):
            return head
        if t.dep_ not in CARRY:
            return None
        if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in t.children):
            return None          # "she said they moved as the front retreated": a time, not what is said
        t = head
    return None


def speaker_of(verb):
    """The subject of a verb of saying ("the parents said": parents), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _office_described(tok) -> bool:
    """A speaker named with an office or a body ("X, the director of Amnesty International", "Y, co-chair of the trade
    committee"): not private, whatever sector the lists gave the person."""
    from eventwire.coding.context import ROLE_NOUNS
    return any(t.i != tok.i and (t.ent_type_ == "ORG" or t.lemma_.lower() in ROLE_NOUNS
                                 or t.lemma_.lower() in OFFICE_WORDS) for t in tok.subtree)


def _unlisted_person(tok) -> bool:
    """A person's name that resolves to no actor and that the story gives an age ("Dilan, 31, said"; "Mark Evans and
    Julie Rowe said", then "Rowe, 52, a teacher"): a private person (an official or a spokesman is named with a role
    that resolves, and is given no age)."""
    from eventwire.coding.private_people import aged_name
    if tok.pos_ != "PROPN":
        return False
    names = {t.text for t in [tok, *tok.conjuncts] if t.pos_ == "PROPN"}
    return any(t.text in names and aged_name(t) for t in tok.doc)


def told_by_private(coder, cl, code, sources, ctx, sent) -> Optional[str]:
    """Why the coder's act in clause `cl` is a private speaker's account (`private_account`), or None. The speaker
    is resolved only when the act would go, and silently: it is not noted as a mention of the sentence (the coder's
    own mentions are what later pronouns are linked to)."""
    said = saying_verb(cl.pred)
    speaker = speaker_of(said) if said is not None else None
    if speaker is None or _office_described(speaker) or speaker.ent_type_ == "NORP" or (speaker.pos_ == "PROPN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in speaker.children) and speaker.ent_type_ != "PERSON"):
        return None          # (a people's name, "the Rohingya say": a community's word, not one person's account)
    if code[:2] in FORCE_ROOTS and not _one_person(speaker):
        return None          # "villagers said chlorine gas was used": witnesses reporting an attack
    if private_account(cl, code, sources, [None], lambda a: a is None or _private_party_of(coder, a)) is None:
        return None
    speakers = _quietly(coder, speaker, ctx, sent)
    if any(a.sector in NEWS_SECTORS for a in speakers):
        return None          # "news agencies reported militiamen raising flags": the news, not a private account
    if not speakers and _unlisted_person(speaker):
        return private_account(cl, code, sources, [None], lambda a: a is None or _private_party_of(coder, a))
    return private_account(cl, code, sources, speakers, lambda a: _private_party_of(coder, a))


def _one_person(tok) -> bool:
    """A speaker who is one person ("he", "a local woman", "one of the families"), not witnesses together
    ("villagers", "residents", "they", "X and Y")."""
    if any(c.dep_ == "conj" for c in tok.children):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "i")
    return tok.tag_ in ("NN", "NNP") or tok.lower_ == "one"


def _private_party_of(coder, actor) -> bool:
    from eventwire.coding.nonevent import _private_party
    return _private_party(actor, coder.kb)


def _quietly(coder, tok, ctx, sent) -> list:
    """The actors of `tok`, not noted as the sentence's mentions (``Coref.unnoted``)."""
    if ctx.coref is None:
        return coder.actors_for(tok, ctx, sent, role="source")
    with ctx.coref.unnoted():
        return coder.actors_for(tok, ctx, sent, role="source")


def private_account(cl, code, sources, speakers, is_private) -> Optional[str]:
    """Why an act in what private speakers (`is_private` holds for each) say is no event; None when it stays."""
    if not speakers or not all(is_private(a) for a in speakers):
        return None
    if not sources:
        if cl.subj is not None and cl.subj.pos_ in ("PRON", "PROPN"):
            return None      # "he said he blamed ...": a doer the clause names, maybe the speaker (not a weapon:
            #                  "he said he had been hurt by shrapnel")
        return f"'{cl.pred.text}' with no doer in what private people say: their account, not an act asserted"
    if code[:2] in FORCE_ROOTS or all(is_private(s) for s in sources):
        return None          # a witness's account of who struck; private people's own doings
    if any(a is not None and s.code == a.code and (s.entity or None) == (a.entity or None)
           for s in sources for a in speakers):
        return None
    return f"'{cl.pred.text}' is what private people say another party did, not an act the article asserts"
