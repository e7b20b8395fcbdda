"""Which root an act of force keeps, whatever the verb: the weapon it is done with, and an aim that is itself force.

* The weapon names the root: an assault or a fight (roots 18, 19) done with, by or in a chemical or biological
  weapon ("suffocated by the chemical attack", "killed with sarin", "launched a chemical attack on the town") is the
  use of unconventional mass violence (2041). The weapons are the `wmd` words of data/lexicon/argument_kinds.tsv,
  as the noun itself or one of its modifiers ("chemical", "sarin", "poison gas").
* An act of force tried or aimed at by an act of force is force: "airstrikes to oust the fighters" (the purpose of a
  done offensive), "jets are attempting to drive the rebels out" (an attempt being made) are fighting (the act's own
  code), not a threat (13x) -- the offensive or the attempt is the act. An aim still to come ("will launch an
  offensive to take the town", "plans to try to seize") stays an intention.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import CONTROL_HEADS, FUTURE_AUX, HYPOTHETICAL_AUX, INTENT_HEADS

FORCE_ROOTS = frozenset({"18", "19", "20"})
_TO_COME = FUTURE_AUX | HYPOTHETICAL_AUX
# heads that say an act was tried, not announced ("attempted to storm", "are trying to oust")
_ATTEMPT_HEADS = frozenset(CONTROL_HEADS & INTENT_HEADS)


def _words(tok) -> list[str]:
    """The noun's lemma, then its pre-modifiers alone and joined with their own modifiers ("poison gas" ->
    gas, poison-gas)."""
    out = [tok.lemma_.lower()]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            chain = sorted((t for t in c.subtree if t.dep_ in ("compound", "amod", "nmod") or t is c),
                           key=lambda t: t.i)
            out.append(c.lemma_.lower())
            out.append(c.lower_)
            if len(chain) > 1:
                out.append("-".join(t.lemma_.lower() for t in chain))
                out.append("-".join(t.lemma_.lower() for t in chain) + "-" + tok.lemma_.lower())
    return out


def wmd_code(lex, cl, code: str) -> Optional[tuple[str, str]]:
    """(2041, the weapon noun) when an act of force of roots 18/19 is done with a chemical or biological weapon."""
    if code[:2] not in ("18", "19"):
        return None
    toks = [cl.subj, cl.weapon] + [cl.preps.get(p) for p in ("with", "by", "in", "using")]
    if not cl.passive:
        toks.append(cl.obj)
    for tok in toks:
        if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        for w in _words(tok):
            if "wmd" in lex.word_kinds(w):
                return "2041", tok.text
    return None


def _to_come(head) -> bool:
    """Whether a governing verb tells an act still to come (will/would/could, or the complement of "plan to")."""
    t = head
    for _ in range(4):
        if any(c.dep_ in ("aux", "neg") and c.lower_ in _TO_COME for c in t.children):
            return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in INTENT_HEADS - CONTROL_HEADS:
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head is t:
            return False
        t = t.head
    return False


def force_aim(coder, cl, code: str) -> Optional[str]:
    """Why an act of force announced as an aim is coded as the act: the purpose of a done act of force (the
    governor Predicates._purpose_governor finds), or an attempt being made; None when it stays an intention."""
    head = cl.intent_head
    if code[:2] not in FORCE_ROOTS or head is None or cl.negated or cl.hypothetical:
        return None
    lemma = head.lemma_.lower()
    if head.pos_ not in ("VERB", "AUX") or _to_come(head):
        return None
    if lemma in _ATTEMPT_HEADS:
        return f"an attempt being made ('{head.text}'): the act of force is done"
    gov = coder._purpose_governor(cl.pred, cl)
    if gov is not None and gov.i == head.i:
        return f"the aim of a done act of force ('{head.text}'): force"
    return None
