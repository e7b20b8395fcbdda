"""Harm told "since" a side's act of force began (issue 14 item 2, no source): "About 40 people have been wounded in
the town since a barrage of regime shelling began on Sunday", "More than 200 civilians have been killed since Russian
air strikes began", "Dozens have been wounded since Turkey launched its offensive". The toll is of the campaign that
began then; its doer did it.

    found = since_doers(coder, sdoc, e, acts, ctx)    # asked by coding/doers.py for an act of force with no doer
                                                      # whose own clause names no act or weapon

The event: an act of force (roots 18-20) told as done with a target and no doer (coding/doers.py asks), whose verb (or
the verb it is joined to, for "530 have died and 2,500 have been wounded since ...") has a "since" phrase or clause:

- a "since" phrase whose noun, or the noun of its "of" phrase up to two steps ("since the start of the Russian
  bombardment", "since a barrage of regime rocket fire"), is an act of force or a campaign noun;
- a "since" clause whose verb is an `onset-verb` of roles.tsv (began, started, launched, intensified...): its subject
  or object when an act of force ("since Russian air strikes began", "since Turkey launched its offensive"), and the
  verb itself (the event coded at it: "launched", or "began" coded for its act-noun subject).

Its doer is, in this order, the doer of the event coded in its sentence at that act's word (or at the onset verb),
else the one the act noun's own phrase names (possessor, "by" phrase, name or nationality modifier, or a sector word
before it that names an actor), or by what a campaign noun is "of" ("a barrage of regime rocket fire"). Never
fighting between sides (a `mutual` noun of attack_cues.tsv: "since the war began" is everyone's), never an act told
again from another sentence (a bare "since the offensive" names no doer), never the victims themselves nor their own
side ("50 Turkish soldiers have died since Turkey launched its offensive" were not killed by Turkey; a state's
forces and an insurgency of its country are foes: `_own_side`), never a doer in another quotation. The source's
`why` begins "implicit agent: the doer of the '<act>' it was done since".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_record import role_words

SINCE = "since"
OF_STEPS = 2
MOD_DEPS = ("compound", "amod", "nmod")
STATE = frozenset({"MIL", "GOV", "COP", "SPY", "JUD"})
SIDES = STATE | frozenset({"REB", "INS", "UAF", "SEP"})


def _onset_verbs() -> frozenset:
    return role_words().get("onset-verb", frozenset())


def _of_chain(o) -> list:
    """Noun `o` and the nouns of its "of" phrases, up to OF_STEPS steps ("the start of a barrage of regime fire")."""
    chain = [o]
    for _ in range(OF_STEPS):
        inner = next((g for k in chain[-1].children if k.dep_ == "prep" and k.lower_ == "of"
                      for g in k.children if g.dep_ == "pobj"), None)
        if inner is None:
            break
        chain.append(inner)
    return chain


def since_acts(t, force, mutual) -> list:
    """(act token, is a noun) for the acts of force the "since" phrase or clause of trigger `t` names (module doc):
    `force(tok)` says whether a noun is an act of force or a weapon, `mutual` are the words of fighting between sides."""
    heads = [t]
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
        heads.append(t.head)           # ("530 have died and 2,500 wounded since ...": the phrase hung on either verb)
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == SINCE:
                for o in (g for g in c.children if g.dep_ == "pobj"):
                    nouns = _of_chain(o)
                    nouns += [k for n in nouns for k in n.children if k.dep_ == "conj"]
                    if any(n.lemma_.lower() in mutual for n in nouns):
                        break          # ("since the war began", "since clashes erupted"): no one side's act
                    out += [(n, True) for n in nouns if n.pos_ == "NOUN" and force(n)]
            elif c.dep_ == "advcl" and c.lemma_.lower() in _onset_verbs() \
                    and any(m.dep_ == "mark" and m.lower_ == SINCE for m in c.children):
                args = [a for a in c.children if a.dep_ in ("nsubj", "dobj")]
                nouns = [n for a in args for n in _of_chain(a)]
                nouns += [k for n in nouns for k in n.children if k.dep_ == "conj"]
                if any(n.lemma_.lower() in mutual for n in nouns):
                    continue
                acts = [(n, True) for n in nouns if n.pos_ == "NOUN" and force(n)]
                if acts or any(a.dep_ == "nsubj" and a.pos_ in ("PROPN", "NOUN") for a in args):
                    out += [(c, False)] + acts
    return out


def _modifier_doer(n):
    """The first word before act noun `n` in its modifiers that may name its doer ("regime rocket fire"), or None."""
    return [c for c in n.children if c.dep_ in MOD_DEPS and c.i < n.i and c.pos_ in ("NOUN", "PROPN", "ADJ")]


def _own_side(doers, e) -> list:
    """The doers that are not of the victims' own side: the same state's organs (STATE: "Ethiopian soldiers killed
    since Ethiopia launched its offensive"), the same non-state side, or the same named body. A state's forces and an
    insurgency of the same country are foes ("soldiers killed since the jihadists launched their offensive")."""
    t = e.target
    if t is None:
        return list(doers)

    def kind(a):
        return "state" if (a.sector or "GOV") in STATE or a.kind == "country" else a.sector

    return [d for d in doers if d is not None and not (d.entity and d.entity == t.entity)
            and not (t.country and d.country == t.country and (t.sector or "") in SIDES and kind(d) == kind(t))]


def _placed(a, n, e, ctx):
    """Actor `a` the act noun `n`'s phrase names, a sector with no country given the one the article places it in
    ("regime rocket fire" in a story of Syria's war: SYRGOV), as the coder places the doers of its own clauses."""
    from eventwire.knowledge.actor_country import place_actor, sector_only
    if not sector_only(a):
        return a
    a = replace(a)
    place_actor(a, [e.target] if e.target is not None else [], n, n.sent, ctx, source_side=True, cameo=e.cameo or "")
    return a


def since_doers(coder, sdoc, e, acts: dict, ctx, usable) -> list:
    """[(doer, why)] for act of force `e` with no doer told since an act of force began (module doc), or []."""
    from eventwire.coding.noun_args import noun_agent
    from eventwire.knowledge.coref_quotes import quote_index
    t = sdoc[e.trigger_token]
    mutual = coder.attack_cues.get("mutual", frozenset())
    campaign = coder.attack_cues.get("campaign", frozenset())

    def force(tok) -> bool:
        if tok.lemma_.lower() in campaign:
            return True
        return coder._violent_agent(tok) or coder._projectile(tok)

    named = since_acts(t, force, mutual)
    if not named:
        return []
    quote = quote_index(ctx)
    here = quote(e.trigger_start)
    coded = [x for xs in acts.get(e.sentence, {}).values() for x in xs if x is not e and quote(x.trigger_start) == here]
    for n, is_noun in named:
        # 1. the event coded at the act's word, at the onset verb, or at the verb the act noun is the object of
        verb = n.head.i if n.dep_ == "dobj" else None
        found = [x for x in coded if x.trigger_token in (n.i, verb) or n.i in (x.act_tokens or ())]
        doers = usable(_own_side([x.source for x in found], e), e)
        if doers:
            return [(d, f"the doer of the '{n.text}' it was done since, coded in its sentence ('{d.text}')")
                    for d in doers]
        if not is_noun:
            continue
        # 2. the doer the act noun's own phrase names
        # (and of what a campaign noun is "of": "a barrage of regime rocket fire", "a campaign of Russian strikes")
        for tok in [w for m in _of_chain(n) for w in [noun_agent(m)] + _modifier_doer(m)]:
            if tok is None:
                continue
            doers = usable(_own_side([_placed(a, n, e, ctx) for a in coder.actors_for(tok, ctx, t.sent, role="source")
                                      if a is not None], e), e)
            doers = [d for d in doers if d.kind not in ("place", "capital") and (d.country or d.entity or d.sector)]
            if doers:
                return [(d, f"the doer of the '{n.text}' it was done since, named in its phrase ('{d.text}')")
                        for d in doers]
    return []
