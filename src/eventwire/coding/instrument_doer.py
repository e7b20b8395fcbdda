"""The doer of an act named as what another act was done with (issue 14, wrong source).

"Rebel factions responded with a barrage of shelling targeting the city": the shelling is the rebels', the subject
of the active verb of acts ("responded", "retaliated", "struck") whose "with" phrase names it; the weapon word before
the act noun ("artillery shelling", "rocket fire") says what kind of act it was, not who did it. Asked by
coding/resolve.py where an act noun that names no doer of its own is the subject of an act ("... shelling targeting
X").
"""
from __future__ import annotations


def instrument_doer(h, ev, is_act_verb, is_act_noun=lambda t: False):
    """The token of the subject of the active verb whose "with" phrase holds the act noun `ev` (through its quantity
    noun `h`: "a barrage of shelling"), or None. `is_act_verb(verb)`: whether the lexicon codes the verb as an act
    (not "woke up with shelling nearby"). Not a passive ("the town was hit with shelling"), nor a verb with no
    subject of its own, nor one whose subject is itself an act ("the offensive entered its second week, with
    airstrikes pounding villages": a circumstance, whose doer coding/implied_doers.py reads)."""
    from eventwire.coding.clause_args import subject_of
    from eventwire.coding.clause_record import role_words
    for n in (h, ev):
        if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ != "with":
            continue
        verb = n.head.head
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
                or not (verb.lemma_.lower() in role_words().get("with-act-verb", frozenset()) or is_act_verb(verb)):
            return None
        subj, _ = subject_of(verb)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in ("who", "which", "that") \
                or is_act_noun(subj):
            return None
        return subj
    return None
