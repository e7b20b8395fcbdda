"""Targets stage: a refusal or objection told by a noun, aimed through the act it refuses or objects to (issue 14).

Two constructions where the noun of disapproval or rejection (CAMEO roots 11, 12) names no party of its own:

- a refusal noun with the act refused as its infinitive ("Lima's refusal to stop arming the rebels",
  "Arce's refusal to back Mesa's call"): the party the refused act is aimed at, read from that act's object as the
  fallback targets read any object (its author, owner, or the party an act noun there is directed at), or the
  object itself when it names a person or organisation ("her refusal to meet the envoy");
- an objection hung with "over"/"despite"/"in spite of" on another act ("a Peruvian resolution, adopted over Chilean
  objections", "the plan was approved despite Bolivian opposition"): the objection is to what that act carried, so
  the author of its patient (the resolution's, the plan's), else the act's own doer ("the minister pressed ahead
  despite objections from the unions").

Never the source's own side. Which nouns count is data: data/coding/objected_acts.tsv (kind<TAB>word). Asked by
coding/target_chain.py when no slot or fallback named a target.
"""
from __future__ import annotations

from eventwire.coding.same_party import other_parties
from eventwire.coding.tables import kind_sets
from eventwire.doc_index import to_infinitive

_KINDS = kind_sets("objected_acts.tsv")
_REFUSALS = _KINDS.get("refusal-noun", frozenset())
_OBJECTIONS = _KINDS.get("objection-noun", frozenset())
_DESPITE = _KINDS.get("despite-prep", frozenset())
_NAMED = ("PERSON", "ORG", "NORP")
_PLACES = ("GPE", "LOC", "FAC")


def _refused_act(noun):
    """The infinitive verb that tells the act a refusal noun refuses ("refusal to back ..."), or None."""
    for c in noun.children:
        if c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ in ("VERB", "AUX") and c.i > noun.i \
                and to_infinitive(c):
            return c
    return None


def _despite_head(noun):
    """The act an objection noun is hung on by "over"/"despite"/"in spite of" (the verb), or None."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return None
    word = prep.lower_
    if word == "of" and prep.head.lower_ == "spite" and prep.head.head.dep_ == "prep":
        prep, word = prep.head.head, "in spite of"
    if word not in _DESPITE or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _patients(verb) -> list:
    """What the act `verb` carried: its passive subject, the noun a participle hangs on, or its object."""
    out = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        out.append(verb.head)
    return [t for t in out if t.pos_ in ("NOUN", "PROPN")]


def _found(coder, tok, code, sources, ctx, sent, head_ok, named_only=True) -> list:
    """The actors the fallback reading of `tok` names (coder._directed_at), not the source's; the head itself only
    when `head_ok`, and then, where `named_only`, only a named person, organisation or people or a common noun
    ("the Bolivian president"), never a place ("refusal to leave Syria" is no act on Syria's state)."""
    for t, how, role in coder._directed_at(tok, code, head_ok):
        if t.i == tok.i and not (head_ok and (tok.ent_type_ in _NAMED or not named_only
                                              or tok.pos_ == "NOUN" and tok.ent_type_ not in _PLACES)):
            continue
        got = [a for a in other_parties(coder, t, sources, ctx, sent, role) if a.code
               and not any(a.country and a.country == s.country and t.pos_ == "PRON" for s in sources)]
        if got:
            return got
    return []


def objected_act(coder, cl, code: str, sources: list, ctx, sent):
    """([actors], how) for the party a refusal or objection noun with no target is aimed at through the act it
    refuses or objects to (module doc), or None."""
    if cl.kind != "noun" or code[:2] not in ("11", "12") or not sources:
        return None
    noun = cl.pred
    lemma = noun.lemma_.lower()
    if lemma in _REFUSALS and (act := _refused_act(noun)) is not None:
        obj = next((c for c in act.children if c.dep_ == "dobj"), None)
        if obj is not None and (got := _found(coder, obj, code, sources, ctx, sent, head_ok=True)):
            return got, f"the party of '{act.text} {obj.text}', the act refused"
        return None
    if lemma in _OBJECTIONS and not any(c.dep_ == "prep" and c.lower_ in ("to", "against", "of", "over")
                                        for c in noun.children) \
            and (verb := _despite_head(noun)) is not None:
        for pat in _patients(verb):
            if got := _found(coder, pat, code, sources, ctx, sent, head_ok=False):
                return got, f"author of '{pat.text}', which '{verb.text}' carried over the {noun.text}"
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is not None and (got := _found(coder, doer, code, sources, ctx, sent, head_ok=True,
                                                            named_only=False)):
            return got, f"'{doer.text}', who '{verb.text}' over the {noun.text}"
    return None

