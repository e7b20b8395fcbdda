"""The object two coordinated verbs share (issue 14, no target): "Turkey armed and supported the rebels", "Moscow
shunned or impeded any UN involvement". The parser hangs the object on the last verb only; the first verb, with no
object of its own, acts on the same one (right-node raising).

    obj = shared_object(cl.pred)      # in the coder, when the pattern's object slot is empty

Only when nothing but a comma, the conjunction and adverbs stand between the two verbs ("armed and supported",
"condemned, and rejected", "either shunned or impeded"): a first verb with a particle, preposition, complement or
clause of its own has its own frame ("withdrew from the town and handed over the base" shares nothing), and so does
a second verb with a subject of its own ("attacked and they retreated") or a passive ("fled and were killed").
"""
from __future__ import annotations

from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS, SUBJ_DEPS

_CONJUNCTIONS = frozenset({"and", "or"})
_OWN_FRAME = frozenset({"dobj", "prt", "prep", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd", "agent",
                        "auxpass", "nsubjpass"})
_BETWEEN = frozenset({"cc", "punct", "advmod", "preconj"})


def _conjuncts(verb) -> list:
    """The verbs coordinated with `verb` after it, in order ("armed, trained and supported": trained, supported)."""
    out, todo = [], [verb]
    while todo and len(out) < 6:
        v = todo.pop()
        for c in v.children:
            # (a list the parser read as a comma and an adverbial clause: "funded, trained and supported X" with
            # "trained" an advcl that has the "and" of the list)
            listed = v is verb and c.dep_ == "advcl" and c.i == verb.i + 2 and verb.doc[verb.i + 1].text == "," \
                and any(x.dep_ == "cc" for x in c.children) and any(x.dep_ == "conj" for x in c.children) \
                and not any(x.dep_ in ("mark", "advmod") and x.i < c.i for x in c.children)
            if (c.dep_ == "conj" or listed) and c.i > verb.i and c.pos_ == "VERB":
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def shared_object(verb):
    """The object head the verb shares with the verbs coordinated right after it, or None (module doc)."""
    if verb.pos_ != "VERB" or any(c.dep_ in _OWN_FRAME and c.i > verb.i for c in verb.children):
        return None
    chain = _conjuncts(verb)
    # (up to the first verb with an object: "train and advise local forces and provide support")
    ends = [k for k, v in enumerate(chain) if any(c.dep_ == "dobj" and c.i > v.i for c in v.children)]
    if not ends:
        return None
    chain = chain[:ends[0] + 1]
    if any(v.tag_ == "VBG" != verb.tag_ or not v.tag_.startswith("VB") for v in chain):
        return None
    last = chain[-1]
    chain_i = {v.i for v in chain}
    between = verb.doc[verb.i + 1: last.i]
    if not any(t.dep_ == "cc" and t.lower_ in _CONJUNCTIONS for t in between) \
            or any(t.i not in chain_i and (t.dep_ not in _BETWEEN or t.head.i not in chain_i | {verb.i})
                   for t in between) \
            or any(t.lower_ not in _CONJUNCTIONS and t.text != "," for t in between if t.dep_ in ("cc", "punct")):
        return None
    if any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or c.dep_ in ("auxpass", "aux") for v in chain for c in v.children):
        return None
    if any(c.dep_ in _OWN_FRAME for v in chain[:-1] for c in v.children if c.i > v.i):
        return None
    obj = next((c for c in last.children if c.dep_ == "dobj" and c.i > last.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.lower_ in ("that", "which", "what", "who"):
        return None
    return obj


def backed_subject(cl):
    """The subject of the clause a ", backed by X" participle describes when the parser hung it on that clause's
    object ("government forces continue to pound the area, backed by Iranian allies": the forces were backed, not
    the area), or None. Only for a participle after a comma with its own "by" agent; the coder asks only when the
    object names no actor."""
    v = cl.pred
    if cl.kind != "verb" or v.dep_ != "acl" or v.tag_ != "VBN" or v.i < 2 or v.doc[v.i - 1].text != "," \
            or v.head.i > v.i or not any(c.dep_ == "agent" for c in v.children):
        return None
    noun = v.head
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif noun.dep_ != "dobj":
        return None
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    from eventwire.coding.clause_args import subject_of     # (clause_args imports the clause stage's records)
    subj, _ = subject_of(gov)
    if subj is None or subj.i > noun.i or subj.lower_ in ("who", "which", "that"):
        return None
    return subj
