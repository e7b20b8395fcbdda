"""Uses of an act's word that tell no act anyone did (asked by coding/clause_gate.py `not_an_act`), each from the
words of data/coding/non_events.tsv:

* `felt_effect`: a verb of swaying someone's feelings or duty (`sway`: reassure, oblige, encourage) whose subject
  is a thing, a party's presence, conduct, decision or deployment (`cause` nouns, `abstract` ones of
  data/lexicon/argument_kinds.tsv, event nouns), or a bare "this"/"that", tells an effect on how others feel, not a
  statement or a demand: "the American presence has reassured its allies", "Iranian conduct is obliging Europe to
  respond" ("the minister reassured Jordan", "Washington encouraged the talks" stay).
* `maxim`: a present-tense clause under "when"/"whenever" whose main clause is in the present too, or that main
  clause, tells what happens whenever it happens, a general rule, not an act: "When we bargain with kidnappers,
  they grow bolder" ("when the envoy arrives, she will meet", "when they attacked, we fled" stay); so is a present
  act done to "you", anyone, by others: '"They push you to study here," a refugee said' ("they pushed you", and
  the speaker's own '"We back you," the minister told them', stay).
* `idle_stand`: "stood by" with no one after it ("stood by as the town fell": did nothing) or with a thing after it
  ("stood by his remarks", "stands by the report": keeps to one's own words) is no endorsement of anyone ("stood by
  its ally" stays).
* `norm_content`: the "that" clause of a copula with a `norm` adjective ("it is essential that the ministry
  investigate the firm") is a norm or a wish, not an act done.
* `deliberated_plan`: the "to V" of a `plan` noun someone is only working on, drafting or weighing (`deliberating`
  verbs: "officials had been drafting plans to deploy troops") is an option inside a government, neither done nor
  announced ("announced plans to deploy", "plans to deploy", stay intentions).
* `supposed_sequel`: a participle hung on a clause with "would", "could", "might" or "may" is what that supposed
  act would bring about: "an offensive would cut the road, displacing thousands" ("the offensive cut the road,
  displacing thousands" stays, and so does what a party says it would do: "Ankara said it would withdraw, handing
  the town to Damascus", an intention).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import aux_words
from eventwire.coding.nonevent import _is

WHEN_MARKS = frozenset({"when", "whenever"})
SUPPOSING = aux_words("supposing")     # (data/coding/auxiliaries.tsv)


def _present(verb) -> bool:
    """A simple present: "they advance", "wars are won", "we do not bargain" (no will, no perfect, no past)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBP", "VBZ"):
        return not auxes
    if verb.tag_ == "VBN":
        return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBP", "VBZ")
    if verb.tag_ == "VB":
        return len(auxes) == 1 and auxes[0].lemma_.lower() == "do" and auxes[0].tag_ in ("VBP", "VBZ")
    return False


def _when_clause(verb) -> bool:
    """A present-tense "when"/"whenever" clause hung on a present-tense main clause."""
    if verb.dep_ != "advcl" or not _present(verb) or not _present(verb.head):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS and c.i < verb.i for c in verb.children)


def maxim(cl) -> Optional[str]:
    if cl.kind != "verb" or not _present(cl.pred):
        return None          # (the verb itself in the present: "when night falls, X is hampered, and jets have attacked")
    verb = cl.pred
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if _when_clause(verb):
        return f"'{verb.text}' in a present 'when' clause under a present main clause: a general rule, not an act"
    if _present(verb) and any(_when_clause(c) for c in verb.children if c.dep_ == "advcl"):
        return f"'{verb.text}' after a present 'when' clause: what happens whenever it happens, a general rule, not an act"
    if any(c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in cl.pred.children) \
            and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in cl.pred.children):
        # ('"We back you," the minister told the strikers': the speaker's own act towards the one addressed, stays)
        return f"'{cl.pred.text} you' in the present: what is done to anyone, a general remark, not an act"
    return None


def _thing(tok, lex, sector_of) -> bool:
    if tok.pos_ == "PRON":
        return tok.lower_ in ("this", "that") and tok.dep_.startswith("nsubj")
    if tok.pos_ != "NOUN" or sector_of(tok) is not None:
        return False
    return _is("cause", tok) or "abstract" in lex.word_kinds(tok.lemma_.lower()) or lex.is_event_noun(tok.lemma_.lower())


def _shared_subject(verb):
    """The subject a coordinated verb shares with the first: "the presence alarmed Paris and reassured Rome"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def felt_effect(cl, lex, sector_of) -> Optional[str]:
    if cl.kind != "verb" or cl.passive or not _is("sway", cl.pred):
        return None
    subj = cl.subj if cl.subj is not None else _shared_subject(cl.pred)
    if subj is None:
        return None
    if subj.lower_ in ("that", "which") and cl.pred.dep_ in ("relcl", "acl"):
        subj = cl.pred.head          # "a presence that reassures its allies": the relative's noun
    if not _thing(subj, lex, sector_of):
        return None
    return f"'{subj.text} {cl.pred.text}': a thing sways how others feel or what they must do, an effect, not an act"


def idle_stand(cl, lex, sector_of) -> Optional[str]:
    if cl.kind != "verb" or cl.pred.lemma_.lower() != "stand":
        return None
    by = next((c for c in cl.pred.children if c.lower_ == "by" and c.dep_ in ("prt", "prep", "advmod")), None)
    if by is None:
        return None
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    if obj is None:
        return f"'{cl.pred.text} by' with no one after it: stood aside, did nothing, no act"
    if obj.pos_ == "NOUN" and sector_of(obj) is None \
            and (_is("kept-word", obj) or "abstract" in lex.word_kinds(obj.lemma_.lower())):
        return f"'{cl.pred.text} by {obj.text}': keeps to its own words or course, no endorsement of anyone"
    return None


def norm_content(cl) -> Optional[str]:
    if cl.kind != "verb":
        return None
    verb = cl.pred
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    cop = verb.head
    adj = next((c for c in cop.children if c.dep_ == "acomp" and _is("norm", c)), None)
    if adj is None or cop.lemma_.lower() != "be":
        return None
    return f"'{verb.text}' in what is '{adj.text}' to do: a norm or a wish, not an act done"


def deliberated_plan(cl) -> Optional[str]:
    if cl.kind != "verb" or cl.pred.dep_ != "acl" or not _is("plan", cl.pred.head):
        return None
    plan = cl.pred.head
    verb = plan.head.head if plan.dep_ == "pobj" else plan.head
    if plan.dep_ not in ("dobj", "pobj") or not _is("deliberating", verb):
        return None
    return f"'{verb.text} ... {plan.text} to {cl.pred.text}': a plan only weighed or drafted, neither done nor announced"


def supposed_sequel(cl, sector_of) -> Optional[str]:
    if cl.kind != "verb" or cl.pred.tag_ != "VBG" or cl.pred.dep_ != "advcl" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in cl.pred.children):
        return None
    gov = cl.pred.head
    while gov.dep_ == "conj" and gov.head.i != gov.i and not _supposing(gov):
        gov = gov.head
    if not _supposing(gov):
        return None
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if _modals(gov) <= {"would", "'d"} and subj is not None and not (subj.pos_ == "NOUN" and sector_of(subj) is None):
        return None          # "Turkey said it would withdraw, handing the town to Damascus": an intention told
    return f"'{gov.text} ..., {cl.pred.text}': what a supposed act would bring about, no act done"


def _modals(verb) -> set:
    return {c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in SUPPOSING}


def _supposing(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in SUPPOSING for c in verb.children)


def unacted(cl, lex, sector_of) -> Optional[str]:
    """Why the clause tells no act anyone did (see the module's docstring), or None."""
    return maxim(cl) or felt_effect(cl, lex, sector_of) or idle_stand(cl, lex, sector_of) or norm_content(cl) \
        or deliberated_plan(cl) or supposed_sequel(cl, sector_of)
