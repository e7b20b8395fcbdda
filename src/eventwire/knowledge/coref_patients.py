"""Coreference by role: the object pronoun of an act done to people ("deport them", "released them", "charged him")
stands for the earlier patients of such an act, the people taken, held or moved, not for the doer who took them
("Kenyan police arrested two Somali men. The minister promised to deport them": the men, not the police). The verbs
are the `patient-act` rows of data/coding/coref.tsv. Used by ``CorefChoice._choose`` (coref_choice.py)."""
from __future__ import annotations

from typing import Optional

PATIENT = 1.5        # won by the patient of an earlier act done to people, for the object pronoun of such an act
DOER = 1.0           # lost by the doer of that earlier act (its subject or passive agent)
PATIENT_KINDS = frozenset({"people", "person"})
NOT_MEMBERS = frozenset({"group", "party", "organisation", "organization", "force", "agency", "government", "country"})


def _verb_class(v, words) -> str:
    """The coref.tsv class of a verb's lemma, also of a phrasal verb ("round up", "hand over": lemma and particle)."""
    lemma = v.lemma_.lower()
    prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    if prt is not None and words.get(f"{lemma} {prt}", ("", None))[0] == "patient-act":
        return "patient-act"
    return words.get(lemma, ("", None))[0]


def pronoun_act(h, hdep: str, hhead, words) -> Optional[object]:
    """The verb of an act done to people whose object the pronoun `h` is ("promised to deport them": deport), or None."""
    if h.pos_ != "PRON" or hdep not in ("dobj", "dative") or hhead is None or hhead.pos_ not in ("VERB", "AUX"):
        return None
    return hhead if _verb_class(hhead, words) == "patient-act" else None


def patient_verb(tok, words) -> Optional[object]:
    """The verb of an act done to people whose patient `tok` is: its object ("arrested two Somali men", "rounded up
    dozens of refugees", through conjuncts and appositions) or its passive subject ("the men were detained"); None
    when `tok` is no such patient."""
    x = _people_head(tok)
    while x.dep_ in ("conj", "appos") and x.head is not x:
        x = x.head
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        x = x.head.head               # "dozens of refugees", "some of the men": the quantity's place
        while x.dep_ in ("conj", "appos") and x.head is not x:
            x = x.head
    for c in x.children:          # "fighters that we captured", "the men detained in Kano": the act its clause tells
        if c.dep_ == "acl" and c.tag_ == "VBN" and _verb_class(c, words) == "patient-act" \
                and not any(g.dep_ in ("dobj", "nsubjpass") for g in c.children):
            return c
        if c.dep_ == "relcl" and _verb_class(c, words) == "patient-act" and any(
                g.dep_ in ("dobj", "nsubjpass") and g.lower_ in ("that", "who", "whom", "which") for g in c.children):
            return c
    if x.dep_ not in ("dobj", "nsubjpass"):
        return None
    v = x.head
    if v.pos_ not in ("VERB", "AUX") or _verb_class(v, words) != "patient-act":
        return None
    return v


def doer_of(tok, verbs: set) -> bool:
    """Whether `tok` is the subject or passive agent of one of the verbs (indices) `verbs`."""
    x = tok
    while x.dep_ in ("conj", "appos") and x.head is not x:
        x = x.head
    if x.dep_ == "nsubj":
        v = x.head
    elif x.dep_ == "pobj" and x.head.dep_ == "agent":
        v = x.head.head
    else:
        return False
    # (a verb coordinated with the act shares its subject: "seized and detained them")
    return v.i in verbs or any(c.dep_ == "conj" and c.i in verbs for c in v.children)


def _people_head(tok):
    """The noun a name modifies ("Isis fighters": fighters), else the token itself."""
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return tok.head
    return tok


def people_mention(m, person_nouns) -> bool:
    """A mention of people: persons, or a body named by a plural noun for persons ("800 Isis fighters")."""
    if m.kind in PATIENT_KINDS:
        return True
    x = _people_head(m.token) if m.token is not None else None
    # (a body's plural common noun names its members: "fighters", "militants", "soldiers"; not "the groups")
    return x is not None and x.tag_ == "NNS" and x.pos_ == "NOUN" and m.kind in ("org", "body") \
        and (x.lemma_.lower() in person_nouns or x.lemma_.lower() not in NOT_MEMBERS)


def earlier_patients(cands, pv, sent_i: int, words, person_nouns) -> set:
    """The verbs (indices) of earlier acts done to people whose patients are among the candidates `cands`, for the
    object pronoun of the act `pv`."""
    out = set()
    for m in cands:
        if people_mention(m, person_nouns) and m.token is not None and m.sent <= sent_i:
            v = patient_verb(m.token, words)
            if v is not None and v.i != pv.i:
                out.add(v.i)
    return out
