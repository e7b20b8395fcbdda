"""Partners in fighting (issue 14): "alongside X", "together with X", "along with X", "side by side with X" hung on a
verb of fighting names a side that fights WITH the subject, never the one fought.

`fight_partner` is called once by Coder.code_sentence, where it picks the act's target token:
- with an "against" party named ("fought along with Iranian militias against Isis"), that party is the target;
- with an object ("battled Isis alongside US forces"), the object stays the target;
- with neither ("fought together with Kurdish forces", "battled alongside Syrian troops"), a verb of fighting
  (roles.tsv `partner-fight`) is fighting together: military cooperation (CAMEO 062, as the lexicon codes "fight
  alongside"), whose target is the partner; another act ("died alongside his sons") keeps its code, with no target.
The partner's phrase is dropped from the clause's phrases, so that no later fallback reads it as the enemy.
A bare "with" is left to the lexicon and coding/reciprocal.with_ally ("fought with X" is as often against X); a
"with" is a partner only under a partner adverb (data/coding/roles.tsv `partner-adverb`: together, along, jointly,
side by side); `partner-prep` words (alongside) name a partner themselves. Not for a partner phrase on the subject
("Iraqi forces, along with Iranian militias, fought Isis": a co-agent, read by the subject's rules).
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_record import role_words

FIGHT_TOGETHER_CODE = "062"


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def partner_of(verb):
    """(preposition token, partner token) of a partner phrase on a verb, or None."""
    words = role_words()
    preps = words.get("partner-prep", frozenset())
    adverbs = words.get("partner-adverb", frozenset())
    kids = list(verb.children)
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in preps and (p := _pobj(c)) is not None:
            return c, p
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "with" and (p := _pobj(c)) is not None:
            # "together with X", "along with X" (the adverb on the verb just before "with", or on "with" itself)
            if any(x.dep_ == "advmod" and x.lower_ in adverbs for x in c.children) or any(
                    x.dep_ in ("advmod", "npadvmod") and x.lower_ in adverbs and x.i < c.i
                    and all(t.dep_ in ("advmod", "npadvmod", "prep", "pobj") for t in verb.doc[x.i:c.i]) for x in kids):
                return c, p
        if c.dep_ == "advmod" and c.lower_ in adverbs:
            # ("fought along with X": the parser may hang "with" on the adverb)
            w = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "with"), None)
            if w is not None and (p := _pobj(w)) is not None:
                return w, p
        if c.dep_ == "prep" and c.lower_ == "by" and (inner := _pobj(c)) is not None and inner.lower_ in adverbs:
            # "side by side with X": the parser hangs "with" under "by side"
            w = next((x for x in inner.children if x.dep_ == "prep" and x.lower_ == "with"), None)
            if w is not None and (p := _pobj(w)) is not None:
                return w, p
    return None


def fight_partner(cl, entry, code: str, tgt_tok):
    """(target token, clause, code, rule note) for a verb of fighting with a partner phrase (module doc), or None."""
    if cl.kind != "verb" or code[:2] != "19" or code != entry.cameo:
        return None
    found = partner_of(cl.pred)
    if found is None:
        return None
    prep, partner = found
    cl = replace(cl, preps={p: o for p, o in cl.preps.items() if o.i != partner.i})
    # (the parser may hang the "against" phrase on the partner: "fought along with militias against Isis")
    against = cl.preps.get("against") or next(
        (_pobj(c) for c in partner.children if c.dep_ == "prep" and c.lower_ == "against" and _pobj(c) is not None), None)
    if against is not None:
        return against, cl, code, f"'{prep.text}' names a partner, 'against' the target"
    if tgt_tok is not None and tgt_tok.i != partner.i and not tgt_tok.is_ancestor(partner):
        return tgt_tok, cl, code, f"'{prep.text}' names a partner, not the target"
    if cl.obj is not None or cl.passive:
        return None
    if cl.pred.lemma_.lower() not in role_words().get("partner-fight", frozenset()):
        # ("died alongside his sons": no fighting together; the partner is no target either)
        return None, cl, code, f"'{prep.text}' names a partner, not the target"
    return partner, cl, FIGHT_TOGETHER_CODE, \
        f"fought together with the partner '{prep.text}' names: military cooperation -> {FIGHT_TOGETHER_CODE}"
