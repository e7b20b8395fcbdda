"""Acts named only as the object of a call, an arrangement, a duty or an unmet promise (issue 14, precision):
read by coding/modality.py `status` beside its other governors; the words are in data/coding/complements.tsv.

- "for X to V", an infinitive with its own subject brought in by "for", says what is called for, waited for or
  made possible, not what was done: "called for a UN mission to be deployed", "calls are growing for the militants
  to be returned", "paved the way for the rebels to leave", also as the parser splits it ("will be sent for the
  leaders - A, B and C - to sign", "to allow time for a truce to be agreed") (`called_for`; "it took three
  days for the convoy to arrive" tells a time taken and stays);
- what an arrangement would allow or require, where the allowing is itself not asserted: "a deal to allow Ankara to
  send troops", "the accord would permit Russia to deploy police", "a victory would open a road, allowing the rebels
  to attack" (`allowed`: a `request` verb that is itself a "to V", carries a modal or is a participle hung on a
  clause with one; "the court allowed the police to arrest him" stays, as modality.py reads it);
- what is let happen: "refused to let her fight", "let the convoy enter" (`let_do`: a bare infinitive with a
  subject of its own under a `request` verb);
- a duty given: "has been tasked with clearing the border", "was entrusted with guarding the palace" (`duty`: the
  "with V-ing" phrase of a `duty` verb);
- what is missing: "with no US officials there to press Riyadh" (`lacking`: a "to V" on a noun "no" negates);
- an intention not kept: "its failure to meet its pledge of clearing the militants from the valley", "failed to honour its
  pledge to withdraw", "did not keep its promise to release the prisoners", "breached the 2015 accord to pull back
  its artillery" (`unmet`: the `intent` noun that governs the act is the object of a `keep` verb that a `failing`
  word governs or that is negated, or of a `broken` verb).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import aux_words
from eventwire.doc_index import per_token, to_infinitive

MODALS = aux_words("modal")     # (data/coding/auxiliaries.tsv)
DURATION_HEADS = frozenset({"take"})      # "it took three days for the convoy to arrive": a time taken


def _has(pos, kind, lemma):
    from eventwire.coding.modality import _has as has
    return has(pos, kind, lemma)


def _own_subject(tok) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def called_for(tok, head, dep) -> Optional[str]:
    """ "for X to V" (see the module doc): why, or None."""
    if dep not in ("advcl", "ccomp", "acl", "xcomp", "relcl") or not to_infinitive(tok):
        return None
    if not (_own_subject(tok) and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)) \
            and not _split_for(tok, head, dep):
        return None
    if head.lemma_.lower() in DURATION_HEADS:
        return None
    return f"'{head.text} ... for ... to {tok.text}': what is called for or made possible, not an act done"


def _split_for(tok, head, dep) -> bool:
    """ "for X to V" the parser split: "for X" hung on the verb above and "to V" on it ("will be sent for the three
    leaders - A, B and C - to sign": coding/misparses.py), or "to V" hung on X, the object of "for" ("to allow
    time for a truce to be agreed", "room for the rebels to regroup")."""
    from eventwire.coding.misparses import for_to_subject
    if dep in ("advcl", "xcomp") and for_to_subject(tok, head) is not None:
        return True
    grand = head.head
    if dep != "acl" or head.dep_ != "pobj" or grand.lower_ != "for" or grand.dep_ != "prep" or tok.i < head.i:
        return False
    if grand.head.lemma_.lower() in DURATION_HEADS or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if any(c.dep_ == "auxpass" for c in tok.children):
        return True                      # what the noun is to undergo: "time for a truce to be agreed"
    # the noun as the infinitive's subject ("room for the rebels to regroup"), not a noun whose own "to V" it is
    # ("criticised for his decision to revoke", "for its refusal to extradite")
    from eventwire.coding.modality import _noun_kind
    return _noun_kind(head, verbal=True) is None and not any(c.dep_ == "poss" for c in head.children)


def allowed(tok, head, dep) -> Optional[str]:
    """What a `request` verb that is itself not asserted would allow (see the module doc): why, or None."""
    if dep not in ("ccomp", "xcomp") or not to_infinitive(tok) or not _own_subject(tok):
        return None
    if not (head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")) or not _has("V", "request", head.lemma_.lower()):
        return None
    if not (to_infinitive(head) or _modal(head) or _modal_participle(head)):
        return None
    return f"what '{head.text}' would allow or require, not an act done"


def _modal(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _modal_participle(verb) -> bool:
    """ "a victory would open a corridor, allowing them to attack": a participle hung on a clause with a modal."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or any(c.dep_ == "nsubj" for c in verb.children):
        return False
    gov = verb.head
    while gov.dep_ == "conj" and gov.head.i != gov.i and not _modal(gov):
        gov = gov.head
    return _modal(gov)


def let_do(tok, head, dep) -> Optional[str]:
    """ "refused to let her fight", "let the convoy enter": the bare infinitive with a subject of its own that a
    `request` verb governs is what is allowed or made to happen, not an act told (the allowing is coded): why, or
    None."""
    if dep != "ccomp" or tok.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children) \
            or not _own_subject(tok):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in ("'s", "us") for c in tok.children):
        return None          # "Let's not forget what they did", "let us remember": an exhortation, not a permission
    if not (head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")) or not _has("V", "request", head.lemma_.lower()):
        return None
    return f"'{head.text} ... {tok.text}': what is allowed or asked for, not an act done"


def duty(tok, head, dep) -> Optional[str]:
    """ "tasked with clearing": why, or None."""
    if dep != "pcomp" or head.lower_ != "with" or tok.tag_ != "VBG":
        return None
    gov = head.head
    if not gov.tag_.startswith("VB") or not _has("V", "duty", gov.lemma_.lower()):
        return None
    return f"'{gov.text} with {tok.text}': a duty given, not an act done"


def unmet(noun) -> Optional[str]:
    """Why an act an `intent` noun governs was not done because the intention was not kept (see the module doc), or
    None."""
    keep = noun.head
    if noun.dep_ == "dobj" and _has("V", "broken", keep.lemma_.lower()):
        return f"'{keep.text} ... {noun.text}': an intention broken, not an act done"
    if noun.dep_ == "pobj" and keep.dep_ == "prep" and keep.head.tag_.startswith("VB") \
            and _has("V", "broken", keep.head.lemma_.lower()):
        # "reneged on its pledge to rebuild", "reneged on millions in pledges to fund": the intention in a phrase of
        # a breaking verb
        return f"'{keep.head.text} {keep.text} ... {noun.text}': an intention broken, not an act done"
    if noun.dep_ != "dobj" or not _has("V", "keep", keep.lemma_.lower()):
        return None
    if any(c.dep_ == "neg" for c in keep.children):
        return f"'not {keep.text} ... {noun.text}': an intention not kept, not an act done"
    up = keep.head
    if keep.dep_ in ("xcomp", "acl", "ccomp") and to_infinitive(keep) and up.i != keep.i \
            and (_has("V", "failing", up.lemma_.lower()) or _has("N", "failing", up.lemma_.lower())):
        return f"'{up.text} to {keep.text} ... {noun.text}': an intention not kept, not an act done"
    return None


def lacking(tok, head, dep) -> Optional[str]:
    """ "with no US officials there to press Riyadh", "no officers on hand to urge calm": a "to V" on a noun that "no"
    negates names what is missing, not an act done (why), or None."""
    if dep not in ("acl", "relcl", "advcl") or not to_infinitive(tok) or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return None
    return f"'no {head.text} ... to {tok.text}': what is missing, not an act done"


@per_token("eventwire.embedded")
def embedded(tok, head, dep) -> Optional[str]:
    """The first of called_for, allowed, duty, lacking (and coding/conjectures.py: what is guessed or feared, a
    kind of people under a norm) that holds for `tok` under `head` by `dep`."""
    from eventwire.coding.conjectures import conjectured
    return called_for(tok, head, dep) or allowed(tok, head, dep) or let_do(tok, head, dep) or duty(tok, head, dep) \
        or lacking(tok, head, dep) or conjectured(tok, head, dep)
