"""Doers the sentence names on another word than the subject (issue 14, no source), asked by the coder for a clause
with no source of its own:

    found = implied_doer(coder, cl, code, modality, ctx, sent)     # ([actors], rule text) or None

1. A weapon sent in the passive ("Israeli missiles were thought to have been fired", "two Russian bombs were dropped
   on the market", "a salvo of Hezbollah rockets was launched at the town"): a `firing` verb of attack_cues.tsv
   (fire, launch, drop, lob...) whose passive subject is a projectile or weapon (attack_cues.tsv `projectile`,
   `weapon`; agent_nouns.tsv) and that has no "by" agent was sent by the weapon's owner, named by its possessor, a
   nationality or country modifier or a group's name before it. A state's weapon is its armed forces' (MIL); a named
   group's is the group's. The weapon is never the doer, nor the owner a target. Not a weapon another made or sold
   ("Iranian-made drones", "missiles supplied by Iran": a `supplier` word of roles.tsv on the weapon), nor a
   hyphened modifier of its kind ("US-made", "Soviet-era").
2. An act announced by its doer in the passive ("The Kremlin announced that Taliban envoys would be invited to
   talks", "Trump said cruise missiles would be launched against Syria"): a passive with no "by" agent whose clause
   is the complement of an `announcing-verb` of roles.tsv (announce, declare, say...) was done by the one who announces it,
   where that one is a state body, an international body or a named armed group (not a person with no office, a
   monitor, a charity or the press: they tell of others' acts), the act is no custody (the implicit agents of arrests
   are knowledge/implicit_agents.py's) and no act of force told as done (a side tells the toll of others' force too;
   its own future force is its threat), and what it was done to is no party of the announcer's own country ("the
   Foreign Office said it had been kept in the dark": someone else kept it there) nor a thing a possessive pronoun
   owns ("my views are informed"). Not where the passive names what did it in any "by" phrase, where the verb of announcing
   describes a noun ("weapons it said were intended for an attack"), where its subject is a pronoun, nor where what
   it says is quoted and the verb is not ('"billions were wasted on that wall," the senator said': a quote is
   as often a complaint of others' acts as an announcement). A pronoun that says it in a relative clause opened on a
   statement ("the president's tweet in which he said missiles would be fired") stands for the statement's author
   (coding/said_in.py).
3. A weapon or act of force with no owner that does an act of force, in a sentence that names a campaign
   (attack_cues.tsv `campaign`: offensive, operation, campaign...) whose doer its phrase names ("Ankara's offensive
   entered its second week, with airstrikes pounding villages"): that doer, where every campaign's doer the sentence
   names is of one side (a state's: its armed forces); not fighting between sides (a `mutual` noun: "the clashes
   that followed Turkey's incursion").
4. People kept captive in the passive with no agent "in" a place the article says a named armed group holds
   (coding/held_memory.py: "the hostages are still kept in Jilib" after "Jilib, al-Shabaab's last stronghold"): a
   `captive-verb` of roles.tsv (hold, keep, imprison, detain...), coded as custody (173, 181), was done by that
   holder. Not a state holder (an arrest where a state rules is its police's: knowledge/implicit_agents.py), nor a
   past holder, nor a place named with two holders.
5. Forces sent in the passive ("hundreds of US troops were deployed to Syria", "British special forces were
   dispatched to Iraq", "the German jets were moved to Jordan"): an act of force posture (CAMEO root 15) of a
   `deploy-verb` of roles.tsv (not recruiting: "forces recruited for the cause") with no "by"
   agent whose passive subject is an armed force or weapon its own phrase gives one owner (a state's forces, MIL, or a
   named armed group) was done by that owner: a state moves its own forces. Not a force another backs, made or sold
   ("Turkish-backed fighters", roles.tsv `supplier`), nor one of several owners.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.context import agent_codes
from eventwire.coding.force_codes import FORCE_ROOTS
from eventwire.coding.said_in import venue_author

OWNER_DEPS = ("poss", "amod", "compound", "nmod")
NO_ANNOUNCER = frozenset({"MED", "NGO", "CVL", "HLH", "EDU", "BUS", "LAB", "REL", "REF", "ELI", "JUD"})
ARMED_GROUP = frozenset({"REB", "INS", "UAF", "SEP", "MIL"})


def implied_doer(coder, cl, code: str, modality: str, ctx, sent) -> Optional[tuple]:
    """([actors], rule text) for a clause with no source whose doer the sentence names on another word, or None."""
    if cl.kind != "verb":
        return None
    if cl.subj is not None:
        return campaign_doer(coder, cl, code, ctx, sent)
    if not cl.passive:
        return None
    return fired_weapon_doer(coder, cl, ctx, sent) or announced_doer(coder, cl, code, modality, ctx, sent) \
        or captive_holder(coder, cl, code, ctx) or deployed_force_doer(coder, cl, code, ctx, sent)


POSTURE = "15"


def deployed_force_doer(coder, cl, code: str, ctx, sent) -> Optional[tuple]:
    """5 of the module doc: the owner of forces sent or moved in the passive."""
    from eventwire.coding.noun_clauses import unwrap_quantity
    if code[:2] != POSTURE or cl.obj is None \
            or cl.pred.lemma_.lower() not in role_words().get("deploy-verb", frozenset()):
        return None                    # (not "forces recruited for the cause": recruited by someone else)
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in cl.pred.children):
        return None                    # "deployed by ...": its own agent
    force = unwrap_quantity(cl.obj)
    if force.pos_ not in ("NOUN", "PROPN"):
        return None
    mods = [c for c in force.children if c.dep_ in OWNER_DEPS and c.i < force.i]
    if any(_supplied(m) for m in mods) or any(c.lemma_.lower() in role_words().get("supplier", ())
                                              for c in force.children):
        return None                    # ("Turkish-backed fighters were sent to Afrin": not Turkey's own forces)
    restore = _quiet(ctx)
    found = [a for a in coder.actors_for(force, ctx, sent, role="source") if a is not None and a.code]
    armed = [a for a in found if (a.country and a.sector == "MIL" and not a.entity)
             or (a.entity and a.sector in ARMED_GROUP)]
    if len(armed) != 1 or len(found) != 1:
        restore()
        return None                    # no armed owner, or several: whose forces moved is not plain
    a = armed[0]
    how = f"the owner of the '{force.text}' {cl.pred.text}"
    return [replace(a, why=(a.why or "") + f"; {how}")], f"; doer: {how} (implied)"


def captive_holder(coder, cl, code: str, ctx) -> Optional[tuple]:
    """4 of the module doc: the named armed group that holds the place where people are kept captive."""
    from eventwire.coding.context import STATE_SECTORS
    from eventwire.coding.held_memory import _keys, _places_of, holders
    if code[:3] not in ("173", "181") or cl.pred.lemma_.lower() not in role_words().get("captive-verb", frozenset()):
        return None
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in cl.pred.children):
        return None                    # "held by ...": its own agent (passive_agents.py)
    slot = next((g for c in cl.pred.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj"), None)
    if slot is None:
        return None
    memory = holders(coder, ctx, cl.pred.doc)
    if not memory:
        return None
    for p in _places_of(ctx, slot, memory):
        got = next((memory[k] for k in _keys(getattr(p, "stands_for", None) or p) if k in memory), None)
        if got is None or got[3]:
            continue                   # (no holder named, or one that held it once: "Raqqa, Isis's former capital")
        holder, cue = got[0], got[1]
        if holder.sector in STATE_SECTORS and not holder.entity or holder.kind == "country" \
                or not (holder.entity or holder.sector in ARMED_GROUP):
            return None                # a state's ground: its police or army (knowledge/implicit_agents.py)
        how = f"the holder of '{p.text}' ('{cue}'), where they are kept"
        return [replace(holder, why=(holder.why or "") + f"; {how}")], f"; doer: {how} (implied)"
    return None


def campaign_doer(coder, cl, code: str, ctx, sent) -> Optional[tuple]:
    """3 of the module doc: the doer of the one campaign its sentence names, for a weapon with no owner that acts."""
    from eventwire.coding.noun_args import noun_agent
    from eventwire.coding.noun_clauses import unwrap_quantity
    if code[:2] not in FORCE_ROOTS:
        return None
    weapon = unwrap_quantity(cl.subj)
    if weapon.pos_ != "NOUN" or not (_weapon(coder, weapon) or coder._violent_agent(weapon)):
        return None
    if weapon.lemma_.lower() in coder.attack_cues.get("mutual", frozenset()):
        return None                    # "the clashes that followed Turkey's incursion": both sides' fighting
    if noun_agent(weapon) is not None or any(c.dep_ in OWNER_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in
                                                                    ("NORP", "GPE", "ORG")) for c in weapon.children):
        return None                    # its own owner named, resolved or not
    campaign = coder.attack_cues.get("campaign", frozenset())
    nouns = [t for t in sent if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.lemma_.lower() in campaign
             and t.i != weapon.i]
    nouns += [c for t in nouns for c in t.conjuncts if c not in nouns]     # ("the Russian offensive and the rebel ...")
    if not any(noun_agent(t) is not None for t in nouns):
        return None
    restore = _quiet(ctx)
    # (each campaign's side: its doer, or what its own phrase names, "the rebel counter-offensive")
    sides = [a for t in nouns for a in coder.actors_for(noun_agent(t) or t, ctx, sent, role="source")
             if a is not None and a.code and (a.country or a.entity or a.sector in ARMED_GROUP)]
    found = [a for a in sides if a.country or a.entity]
    if not found or len({a.entity or a.country or a.code for a in sides}) != 1:
        restore()
        return None                    # no campaign's doer, or two sides' campaigns
    a = next((x for x in found if x.sector == "MIL"), found[0])
    if not a.entity and a.sector != "MIL":
        a = replace(a, code=a.country + "MIL", sector="MIL")    # a state's campaign of force: its armed forces
    how = f"the doer of the campaign its sentence names, for the '{weapon.text}'"
    return [replace(a, why=(a.why or "") + f"; {how}")], f"; doer: {how} (implied)"


def _weapon(coder, tok) -> bool:
    from eventwire.coding.noun_clauses import unwrap_quantity
    tok = unwrap_quantity(tok)
    if coder._projectile(tok):
        return True
    lemma = tok.lemma_.lower()
    return lemma in coder.attack_cues.get("weapon", frozenset()) or lemma in agent_codes()


def _supplied(tok) -> bool:
    """Whether a modifier of a weapon names who made or sold it, not who used it ("Iranian-made", "US-supplied")."""
    words = role_words().get("supplier", frozenset())
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    if nxt is not None and nxt.text in ("-", "–") and after is not None:
        return True                    # "Iranian-made", "US-supplied", "Soviet-era": a modifier of the weapon's kind
    if any(c.lemma_.lower() in words for c in tok.children):
        return True
    return tok.head.lemma_.lower() in words and tok.head.i > tok.i


def fired_weapon_doer(coder, cl, ctx, sent) -> Optional[tuple]:
    """1 of the module doc: the owner of a weapon sent in the passive."""
    from eventwire.coding.noun_clauses import unwrap_quantity
    if cl.pred.lemma_.lower() not in coder.attack_cues.get("firing", frozenset()) or cl.obj is None:
        return None
    if any(c.dep_ == "agent" for c in cl.pred.children):
        return None                    # "fired by ...": its own agent (passive_agents.py)
    weapon = unwrap_quantity(cl.obj)
    if weapon.pos_ in ("NUM", "PRON", "ADJ") or weapon.like_num or not _weapon(coder, weapon):
        # "two of the Houthis' missiles", "a salvo of Hezbollah rockets"
        weapon = next((g for c in weapon.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), weapon)
    if weapon.pos_ not in ("NOUN", "PROPN") or not _weapon(coder, weapon):
        return None
    mods = [c for c in weapon.children if c.dep_ in OWNER_DEPS and c.i < weapon.i]
    if not mods or any(_supplied(m) for m in mods) or any(c.lemma_.lower() in role_words().get("supplier", ())
                                                        for c in weapon.children):
        return None
    if not any(m.dep_ == "poss" or m.pos_ == "PROPN" or m.ent_type_ in ("NORP", "GPE", "ORG") for m in mods):
        return None                    # "the heavy shells", "mortar rounds": no owner named
    restore = _quiet(ctx)
    found = [a for a in coder.actors_for(weapon, ctx, sent, role="source") if a is not None and a.code]
    found = [a for a in found if a.country or a.entity]
    if not found:
        restore()
        return None
    out = []
    for a in found:
        if a.sector is None and not a.entity and a.country:
            a = replace(a, code=a.country + "MIL", sector="MIL")      # a state's weapon: its armed forces
        out.append(replace(a, why=(a.why or "") + f"; the owner of the '{weapon.text}' {cl.pred.text}"))
    return out, f"; doer: the owner of the '{weapon.text}' {cl.pred.text} (implied)"


def _quiet(ctx):
    """A snapshot of the mentions coreference keeps, and a function that puts it back: an announcer looked at and
    not taken is no mention a later pronoun may take ("women say they were coerced")."""
    coref = getattr(ctx, "coref", None)
    heads, other = getattr(coref, "heads", None), getattr(coref, "other_heads", None)
    if heads is None or other is None:
        return lambda: None
    kept_heads, kept_other = dict(heads), list(other)

    def restore():
        heads.clear()
        heads.update(kept_heads)
        other[:] = kept_other
    return restore


def _announcer(coder, verb, ctx, sent, author=None) -> Optional[list]:
    subj = author if author is not None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None                    # (a pronoun's announcer is as sure as its antecedent only)
    found = [a for a in coder.actors_for(subj, ctx, sent, role="source") if a is not None and a.code]
    if not found:
        return None
    for a in found:
        if a.sector in NO_ANNOUNCER or not (a.country or a.entity):
            return None
        if a.kind == "person" and a.sector is None:
            return None                # a person with no office tells of what others did
        if a.sector is None and a.kind not in ("country", "capital") and not a.code.startswith("IGO") \
                and not (a.entity and any(a.code[3:].startswith(s) for s in ARMED_GROUP)):
            return None
    return found


def announced_doer(coder, cl, code: str, modality: str, ctx, sent) -> Optional[tuple]:
    """2 of the module doc: the announcer of an act told in the passive."""
    if code[:3] == "173" or (code[:2] in FORCE_ROOTS and modality != "intent"):
        return None
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in cl.pred.children):
        return None                    # "informed by four decades of immersion": what did it is named
    if cl.obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in cl.obj.children):
        return None                    # "my views are informed", "its budget was cut": a thing of someone's own
    verb = cl.pred
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":
        return None
    head = verb.head
    if head.lemma_.lower() not in role_words().get("announcing-verb", frozenset()):
        return None
    venue = venue_author(head)         # "the president's tweet in which he said ...": the tweet's author (said_in.py)
    if head.dep_ in ("relcl", "acl") and venue is None:
        return None                    # ("weapons it said were intended for an attack": what describes a noun)
    coref = getattr(ctx, "coref", None)
    if coref is not None and coref.quote_at(head.idx) != coref.quote_at(cl.pred.idx):
        return None                    # '"billions were wasted on that wall," the senator said': what one quotes
                                       # is often a complaint of others' acts; an announcement is told
    if any(c.dep_ == "neg" for c in head.children):
        return None
    restore = _quiet(ctx)
    found = _announcer(coder, head, ctx, sent, venue[0] if venue else None)
    if not found:
        restore()
        return None
    if cl.obj is not None:
        done_to = [a for a in coder.actors_for(cl.obj, ctx, sent, role="target") if a is not None and a.code]
        own = {a.country for a in found if a.country} | {a.entity for a in found if a.entity}
        if any(a.country in own or (a.entity and a.entity in own) for a in done_to) \
                or any(a.code == b.code for a in done_to for b in found):
            restore()
            return None                # "the ministry said it was not told in advance": done to its own
    said = f"who '{head.text}' it" + (f" (the author of the '{venue[1].text}' it was said in)" if venue else "")
    out = [replace(a, why=(a.why or "") + f"; {said}") for a in found]
    return out, f"; doer: the one who '{head.text}' it (implied)"
