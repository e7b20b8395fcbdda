"""Arguments the parser hangs on another word of the sentence (issue 14, no target).

The object coordinated verbs share: "Turkey armed and supported the rebels", "Moscow shunned or impeded any UN
involvement", "funded, trained and supported the Houthis". The parser hangs the object on the last verb only; the
verbs before it, with no object of their own, act on the same one (right-node raising). Only when nothing but commas,
the conjunction and adverbs stand between the verbs: a first verb with a particle, preposition, complement or
clause of its own has its own frame ("withdrew from the town and handed over the base" shares nothing), and so does
a later verb with a subject or auxiliary of its own ("attacked and they retreated", "fled and were killed").

The party another clause of the sentence names (`clause_targets`): the one a forced yield gives way to
(coding/coerced.py: "forcing Hadi to resign"), and the subject a ", backed by X" participle describes although the
parser hung it on the clause's object ("troops shell the valley, backed by Chadian allies"), and the subject of the
verb that answers a demand or suffers an assault named by a noun ("France is not responding to Trump's demands",
"the group lost its heartland to an assault by Iraqi troops": coding/act_args.py `answering_party`).

    obj = shared_object(cl.pred)      # in the coder, when the pattern's object slot is empty
    found = clause_targets(coder, cl, code, sources, ctx, sent)    # after the coder's fallbacks: (actors, how)
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


def captive_state(tok) -> bool:
    """Whether `tok` is the state a captor holds someone in, read by the parser as the object of "held"/"holding"
    ("held hostage and killed three teachers", "holding captive and beheading the hostages"; roles.tsv
    `captive-state`): no object of its own, so the verb shares the next verb's."""
    from eventwire.coding.clause_record import role_words
    return tok is not None and tok.dep_ in ("dobj", "oprd", "acomp") and tok.head.lemma_.lower() in ("hold", "keep") \
        and tok.lemma_.lower() in role_words().get("captive-state", frozenset()) and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)


def shared_object(verb):
    """The object head the verb shares with the verbs coordinated right after it, or None (module doc)."""
    if verb.pos_ != "VERB" or any(c.dep_ in _OWN_FRAME and c.i > verb.i and not captive_state(c) for c in verb.children):
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
            or any(t.i not in chain_i and not captive_state(t)
                   and (t.dep_ not in _BETWEEN or t.head.i not in chain_i | {verb.i}) for t in between) \
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
    object ("army units keep shelling the district, supported by Russian jets": the units were supported, not
    the district), or None. Only for a participle after a comma with its own "by" agent; the coder asks only when the
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


def clause_targets(coder, cl, code: str, sources, ctx, sent):
    """(targets, how) for the party another clause of the sentence names (module doc), or None."""
    from eventwire.coding.act_args import answering_party
    from eventwire.coding.coerced import coercer
    found = None
    if code[:2] == "08" and (forcer := coercer(coder, cl)) is not None:
        found = forcer, f"'{forcer.text}', who forced it by '{cl.pred.head.text}'"
    elif code[:2] in ("05", "06", "07") and (backed := backed_subject(cl)) is not None:
        found = backed, f"'{backed.text}', the subject of '{backed.head.text}' that ', {cl.pred.text}' describes"
    elif (answered := answering_party(cl, code)) is not None:
        verb = answered.head.head if answered.dep_ == "pobj" else answered.head    # (a passive's "by" phrase)
        noun = cl.pred.head if cl.kind == "verb" else cl.pred    # (a light verb's participle on the noun)
        found = answered, (f"'{answered.text}', who lost ground to the '{noun.text}' ('{verb.text}')"
                           if code[:2] in ("18", "19", "20") else
                           f"'{answered.text}', the one answering the '{noun.text}' ('{verb.text}')")
    if found is None:
        return None
    targets = [t for t in coder.actors_for(found[0], ctx, sent, role="target")
               if not any(t.code == s.code for s in sources)]
    return (targets, found[1]) if targets else None
