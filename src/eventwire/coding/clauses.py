"""Clauses from the dependency parse: each event predicate with its subject, object and prepositions.

A *predicate* is a verb (or an event noun under a light verb, a preposition or an actor
possessor). For each one the clause stage finds, from spaCy's parse:

- the subject head (nsubj; for passives the agent "by X"; inherited through coordination,
  control ("to retake" under "congratulated Iraq" takes Iraq), relative clauses and participles),
- the object head (dobj; for passives the passive subject),
- prepositional objects by preposition (on the verb and on its object: "express gratitude to X"),
- the particle ("keep up"),
- modality: negated, hypothetical, intent (will / pledged to), reported (under a reporting verb).

Nothing here knows about CAMEO: the coder (coding/coder.py) matches a Clause against the lexicon.

This module builds the clause of a verb (`verb_clause`) and of a verb the parser misread (`misread_verb_clause`);
the stage's other parts are coding/clause_record.py (the Clause record and word classes), coding/clause_args.py
(subjects, objects, control, passives), coding/clause_modality.py (modality flags) and coding/noun_clauses.py
(event-noun clauses). Every name the stage had here is still importable from this module.
"""
from __future__ import annotations

from eventwire.coding.unrealised import contrasted_agent, denied_agent

from typing import Optional

# the rest of the stage, re-exported: other modules, tests and benchmarks import these names from here
from eventwire.coding import modality as assertion
from eventwire.coding.keepers import keeper_agent
from eventwire.coding.held_captive import captive_state
from eventwire.coding.hung_preps import as_adjective, name_hung, time_hung
from eventwire.coding.money_amounts import money_amount
from eventwire.coding.misparses import ASSERTING_RAISERS, participle_read_as_past, plural_noun_verb_subject
from eventwire.coding.reciprocal import mutual_patient
from eventwire.coding.portions import portion_head
from eventwire.coding.stranded import stranded_prep
from eventwire.coding.for_subject import for_clause_subject
from eventwire.coding.passive_agents import SHARED_AGENT, captor_agent, fired_agent, misattached_agent, shared_passive_agent, stacked_agent
from eventwire.coding.noun_args import hyphen_leader
from eventwire.coding.refused_bids import asked_party
from eventwire.coding.clause_args import (between_parties, noun_agent, noun_preps, object_of, misread_harm_passive,
    place_hung_preps, preps_of, raised_participle_subject, stance_participle, subject_of)
from eventwire.coding.clause_modality import _climb_modality, mistaken_report, modality
from eventwire.coding.clause_status import apply_status
from eventwire.coding.clause_record import (relative_host, BOUND_PRONOUNS, DEMANDING_HEADS, DEMANDING_SPEECH,
    FUTURE_AUX, HYPOTHETICAL_AUX, INTENT_HEADS, NEG_SUBJECTS, NEG_WORDS, FIRE_CLAUSE_VERBS, FIGHT_NOUNS,
    OBLIGATION_AUX, OWN_OBJECT_CODES, PARTITIVE_NOUNS, PASSIVE_SUBJ_DEPS, RELATIONAL_NOUNS, RELATIVE_PRONOUNS,
    SUBJ_DEPS, SUPPORT_NOUNS, SUPPORT_WORDS, TALKS_WORDS, Clause, role_words, _child, verb_key)
from eventwire.coding.noun_clauses import noun_clause, spanned_act, unwrap_quantity


def fight_party(act):
    """The party a fight noun is with: "an encounter with the police", "an exchange of fire with troops"."""
    w = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if w is None:
        of = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        fire = _child(of, {"pobj"}) if of is not None else None
        w = next((c for c in fire.children if c.dep_ == "prep" and c.lower_ == "with"), None) if fire is not None else None
    party = _child(w, {"pobj"}) if w is not None else None
    return party if party is not None and party.pos_ in ("NOUN", "PROPN") else None


def clause_doer(verb):
    """(subject, rule) of a "when"/"after"/"as" clause of a passive with no agent whose verb is an act of fire or
    force ("four were killed when the police opened fire"), or (None, "")."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.pos_ != "VERB" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as")
                                                            and m.i < c.i for m in c.children):
            continue
        lemma = c.lemma_.lower()
        d = c.doc
        if c.i >= 2 and d[c.i - 1].text in ("-", "\u2010") and not d[c.i - 1].whitespace_ and not d[c.i - 2].whitespace_:
            lemma = d[c.i - 2].lower_ + "-" + lemma      # "lathi-charged"
        if lemma not in FIRE_CLAUSE_VERBS or any(x.dep_ == "auxpass" for x in c.children):
            continue
        if lemma == "open" and not any(x.dep_ == "dobj" and x.lower_ == "fire" for x in c.children):
            continue
        s = _child(c, {"nsubj"})
        if s is not None and s.pos_ in ("NOUN", "PROPN"):
            return s, f"subject of the '{c.lower_}' clause it happened in"
    return None, ""


def _antecedent(obj, verb):
    """The noun a relative pronoun that is the object, or the subject of a passive with a "by" agent, of a relative
    clause stands for, or None. (An agentless passive relative clause mostly describes its noun's state: "the
    station, which was closed", "prisoners who have been moved"; its pronoun is left as it is.)"""
    if obj is not None and (obj.dep_ == "dobj" or any(c.dep_ == "agent" for c in verb.children)):
        return relative_host(obj, verb)
    return None


def contact_gap(obj, verb) -> bool:
    """Whether `obj`, the object the parser gave a relative clause with its own subject and no relative word, is the
    main clause's ("as the mortar crew he was commanding swept the roads": the crew is what he commands, "the roads"
    what the crew swept); the antecedent fills the object gap unless a stranded preposition holds it ("the knife she cut
    the bread with")."""
    return verb.dep_ == "relcl" and obj.dep_ == "dobj" and obj.head.i == verb.i and verb.head.pos_ == "NOUN" \
        and verb.head.ent_type_ not in ("DATE", "TIME") \
        and verb.head.lemma_.lower() not in role_words().get("adjunct-antecedent", frozenset()) \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in verb.subtree if c.i < verb.i) \
        and not any(c.dep_ == "prep" and not any(x.dep_ == "pobj" for x in c.children) for c in verb.children)


def object_lemma(obj, verb) -> str | None:
    """The lemma the lexicon's object words test: the object's own, or, for a relative pronoun, its antecedent's
    ("hostages who were captured" are hostages; "the resolution, which was approved" a resolution)."""
    if obj is None:
        return None
    kept = next((c for c in verb.children if c.dep_ == "dobj"), None) if obj.dep_ == "nsubjpass" else captive_state(verb)
    if kept is not None:
        return kept.lemma_.lower()   # a passive's kept object names what was given or withheld: "were denied access"
    if contact_gap(obj, verb):
        return verb.head.lemma_.lower()
    if money_amount(obj):
        return "money"               # "gave £20m to", "donated $2bn" (coding/money_amounts.py)
    # (a portion stands for what it is a portion of: "struck down most of the policy", coding/portions.py)
    return portion_head(_antecedent(obj, verb) or obj).lemma_.lower()


def verb_clause(verb, is_event_noun=None) -> Clause:
    """The clause of a verb. `is_event_noun(token)` (the lexicon's) lets a passive with no "by" phrase take the doer
    of the act it happened in ("were killed in police firing", "died in a Taliban attack")."""
    subj, subj_rule = subject_of(verb)
    obj, passive = object_of(verb)
    stance = stance_participle(verb)
    if stance is not None:
        # "Jordan is opposed to the offensive": Jordan opposes it (no passive); "was engaged in": no patient of its own
        subj, obj, subj_rule = stance
        passive = False
    if obj is None and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        passive = True          # "the fighters had surrendered or been killed": no agent shared with "surrendered"
    if obj is None and verb.dep_ == "xcomp" and "(subject control)" in subj_rule \
            and any(c.dep_ == "auxpass" for c in verb.children) \
            and any(c.dep_ == "nsubj" for c in verb.head.children):
        # (a control verb with its own active subject; not a raising passive or a subjectless verb: "was mistakenly
        # thought to be killed" is a belief, left as it was)
        obj, passive = subj, True    # "the group began being pushed back": the controller is the patient, not the doer
    if (hurt := misread_harm_passive(verb)) is not None:
        obj, passive, subj, subj_rule = hurt, True, None, ""    # "the first woman killed fighting alongside the Kurds"
    raised = raised_participle_subject(verb) if obj is None else None
    if raised is not None:
        # "40 villagers were feared killed": the villagers were killed (reported); no agent is named
        obj, passive, subj, subj_rule = raised, True, None, ""
        by = _child(verb.head, {"agent"})
        agent = _child(by, {"pobj"}) if by is not None else None
        if agent is not None:
            subj, subj_rule = agent, "passive agent"     # "were feared killed ... by gunmen"
    prt = _child(verb, {"prt"})
    if prt is None and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "dead":
        prt = verb.doc[verb.i + 1]       # "shot dead": the parser reads "dead" as the object's adjective
    if prt is None and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in ("back", "away") \
            and verb.doc[verb.i + 1].dep_ == "advmod" and verb.doc[verb.i + 1].head.i == verb.i:
        prt = verb.doc[verb.i + 1]       # "hit back at comments", "marched away": the parser reads it as an adverb
    if prt is None and obj is not None and not passive:
        prt = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "home" and c.i > obj.i), None)
        # "bring the troops home": the parser reads "home" as an adverb of the verb
    split = None
    if prt is None:
        # "drove Isis out of Raqqa", "was forced out of the town": the parser reads the particle as a preposition with
        # no object of its own, heading the "of"/"from" phrase that names the place left
        split = next((c for c in verb.children if c.dep_ == "prep" and c.pos_ in ("ADP", "ADV") and c.i > verb.i
                      and _child(c, {"pobj", "pcomp"}) is None
                      and any(g.dep_ == "prep" and g.lower_ in ("of", "from") and _child(g, {"pobj"}) is not None
                              for g in c.children)), None)
        prt = split
    held = obj if (obj is not None and not passive) else None
    whole = portion_head(held)
    # ("halted much of its aid to the opposition": a portion's noun lends its phrases, as its sense, coding/portions.py)
    preps = preps_of(verb, held, whole if whole is not held else None)
    if split is not None:
        inner = next(g for g in split.children if g.dep_ == "prep" and g.lower_ in ("of", "from")
                     and _child(g, {"pobj"}) is not None)
        preps = dict(preps)
        preps.setdefault(inner.lower_, _child(inner, {"pobj"}))   # (the place it was driven out of)
    if (strand := stranded_prep(verb)) is not None and strand[0] not in preps:
        # "the forces who we fought alongside": the noun is the left preposition's object (coding/stranded.py)
        preps = {**preps, strand[0]: strand[1]}
        if obj is not None and not passive and (obj.i == strand[1].i or obj.lower_ in RELATIVE_PRONOUNS):
            obj = None
    if "for" not in preps and (addressee := for_clause_subject(verb)) is not None:
        preps = {**preps, "for": addressee}   # "called for[mark] Uganda to free X" as "for[prep] Uganda" (for_subject.py)
    preps = place_hung_preps(preps)      # ("fought in Kandahar against the Taliban": coding/clause_args.py)
    preps = name_hung(verb, obj, time_hung(preps))   # ("at any moment against X", "– codenamed X – on Y": hung_preps.py)
    if obj is not None and not passive:
        preps = as_adjective(verb, obj, preps)   # ("described the move as provocative": hung_preps.py)
    fired_weapon = None
    if passive:
        agent = _child(verb, {"agent"})
        denied = denied_agent(agent)
        if denied:
            subj, subj_rule = None, ""          # "shelled not by the army": the text names no doer (unrealised.py)
        elif agent is not None:
            agent = contrasted_agent(agent)     # "not by the army but by the militia" (coding/unrealised.py)
            a = _child(agent, {"pobj"})
            if a is not None:
                subj, subj_rule = stacked_agent(a) or a, "passive agent"   # (or the name after "the rival, ...")
                if (fired := fired_agent(verb, a)) is not None:
                    subj, subj_rule = fired   # "hit by a mortar round, fired by the rebels" (coding/passive_agents.py)
                    fired_weapon = a          # (what struck: its code still says how)
        elif subj is not None and (subj_rule == "nsubj" or subj_rule.startswith("nsubj (shared by coordination)")
                                   or "(subject control)" in subj_rule or subj_rule.startswith(("relative clause subject", "passive subject", "object control"))):
            # "50 died and dozens were injured": the dead did not injure them; "police said two officers had been
            # wounded": nor did the police; "the officer, who was taken hostage": nor the officer (a passive's
            # controller or relative head is its patient's side, never its agent)
            subj, subj_rule = None, ""
        if verb.dep_ == "acl" and (verb.tag_ == "VBN" or participle_read_as_past(verb)) and subj_rule != "passive agent":
            subj, subj_rule = None, ""
        if subj is None and agent is None and (shared := shared_passive_agent(verb)) is not None:
            subj, subj_rule = shared, SHARED_AGENT     # "a militia trained and funded by Iran": Iran trained it too
        if subj is None and not denied and (hung := misattached_agent(verb, is_event_noun)) is not None:
            subj, subj_rule = hung        # "conducted without any penalty by Libyan militias" (coding/passive_agents.py)
        if subj is None and (captor := captor_agent(verb)) is not None:
            subj, subj_rule = captor      # "are held in camps, having been captured by the army"
        if subj is None and (keeper := keeper_agent(verb)) is not None:
            subj, subj_rule = keeper      # "are held in Kurdish-run camps" (coding/keepers.py)
        if subj is None and (asked := asked_party(verb)) is not None:
            subj, subj_rule = asked       # "calls for US support were rebuffed" (coding/refused_bids.py)
        if subj is None and is_event_noun is not None:
            for p in ("in", "during", "amid", "under"):
                held = preps.get(p)
                act = spanned_act(held)   # ("killed in ten days of a bombing campaign by X": the campaign)
                if act is None:
                    # "in [Kenyan police] firing[pcomp]": a gerund whose subject the parser found
                    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == p), None)
                    ger = _child(prep, {"pcomp"}) if prep is not None else None
                    doer = _child(ger, {"nsubj"}) if ger is not None and ger.tag_ == "VBG" and is_event_noun(ger) else None
                    if doer is not None:
                        subj, subj_rule = doer, f"doer of the '{ger.lower_}' it happened in"
                        break
                    continue
                nxt = act.doc[act.i + 1] if act.i + 1 < len(act.doc) else None
                if act.pos_ in ("NOUN", "PROPN") and nxt is not None and nxt.tag_ == "VBG" and nxt.head.i in (act.i, verb.i) \
                        and is_event_noun(nxt) and not any(c.dep_ == "det" for c in act.children):
                    # "killed in police firing", "wounded in Israeli shelling": the parser took the modifier for the head
                    subj, subj_rule = act, f"doer of the '{nxt.lower_}' it happened in"
                    break
                if act.tag_ == "VBG" and is_event_noun(act):
                    by = next((c for c in act.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
                    doer = _child(by, {"pobj"}) if by is not None else None
                    if doer is not None:              # "killed in firing by the CRPF"
                        subj, subj_rule = doer, f"doer of the '{act.lower_}' it happened in"
                        break
                if act.pos_ == "NOUN" and act.lemma_.lower() in FIGHT_NOUNS and not is_event_noun(act):
                    other = fight_party(act)            # "killed in an exchange of fire with the army"
                    if other is not None:
                        subj, subj_rule = other, f"the other side of the '{act.lemma_.lower()}' it happened in"
                        break
                if act.pos_ != "NOUN" or not is_event_noun(act):
                    continue
                doer = noun_agent(act) or next((c for c in act.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                                                and c.i == act.i - 1), None) \
                    or (noun_agent(held) if held is not act else None)   # ("the EU's latest round of sanctions")
                if doer is None and hyphen_leader(act) is not None:
                    doer = act        # "killed in a Saudi-led airstrike": the act, read with its modifiers, names it
                if doer is not None:
                    subj, subj_rule = doer, f"doer of the '{act.lemma_.lower()}' it happened in"
                elif act.lemma_.lower() in FIGHT_NOUNS:
                    # "killed in an encounter with the police": the other side of the fight did it
                    other = fight_party(act)
                    if other is not None:
                        subj, subj_rule = other, f"the other side of the '{act.lemma_.lower()}' it happened in"
                break
        if subj is None:
            doer, how = clause_doer(verb)
            if doer is not None:
                subj, subj_rule = doer, how
    parties = between_parties(preps) if subj is None and (not passive or mutual_patient(verb, obj)) else None
    if parties is not None:
        # "fighting between the army and rebels continued": the first party, towards the others (and back)
        subj, other, subj_rule = parties
        if other is not None:
            preps = dict(preps)
            preps["with"] = other
    negated, hyp, intent, intent_head, reported, refused = _climb_modality(verb)
    if raised is not None:
        n2, h2, f2 = modality(verb.head)
        n2 = n2 or mistaken_report(verb.head)      # ("was wrongly reported killed": untrue)
        negated, hyp, intent = negated or n2, hyp or h2, intent or f2
        reported = reported or verb.head.lemma_.lower() not in ASSERTING_RAISERS
    own_subj = _child(verb, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)
    if own_subj is not None and (own_subj.lower_ in NEG_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no"
                                                                       for c in own_subj.children)):
        negated = True                   # "nobody was hurt", "no civilians were killed"
    elif own_subj is None and verb.dep_ == "xcomp" and subj is not None and "control" in subj_rule and (
            subj.lower_ in NEG_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)):
        # "no country has offered to repatriate them", "nobody attempted to protect" (not a participle: "no food has
        # got through to the town, leaving families dependent on traders" tells what the lack of food did)
        negated = True
    if obj is not None and not passive and (any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children) or (
            obj.tag_ == "NN" and obj.lemma_.lower() in assertion.words().get(("N", "scant"), frozenset())
            and any(c.dep_ == "amod" and c.lower_ == "little" and c.i < obj.i for c in obj.children)
            and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children))):
        # "held no talks with", "launched no attacks", "showed little interest in" (a `scant` mass noun of
        # complements.tsv: not "killed little children")
        negated = True
    demand_by = None
    if verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children) \
            and verb.head.lemma_.lower() in DEMANDING_SPEECH:
        demand_by = verb.head
    cl = Clause(pred=verb, kind="verb", demand_by=demand_by, lemma=verb.lemma_.lower(), subj=subj, obj=obj, preps=preps,
                particle=prt.lower_ if prt is not None else None,
                obj_lemma=object_lemma(obj, verb),
                passive=passive, negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head,
                reported=reported, refused=refused, subj_rule=subj_rule, rule="verb clause" + (" (passive)" if passive else ""))
    if fired_weapon is not None:
        cl.weapon = fired_weapon
    return apply_status(cl, verb)


# verb forms the tagger reads as nouns in headlines and terse wire copy ("Croat police shot at a car")
NOUN_AS_VERB = {"shot": "shoot"}
# verbs of striking the tagger reads as nouns before a coordinated verb ("a rocket hit[NN] and destroyed a school");
# the coder takes them only when the noun before them is a weapon
IMPACT_NOUN_AS_VERB = {"hit": "hit", "hits": "hit"}
BE_FORMS = {"is", "are", "was", "were", "been", "be", "being", "'re", "'s"}


def _neg_between(doc, start: int, end: int) -> bool:
    return any(t.lower_ in NEG_WORDS for t in doc[max(start, 0):end])


def _headline_verb(tok) -> bool:
    """A present-tense verb the tagger took for a noun after a plural subject, at the end of a clause
    ("... 2,500 militiamen patrol", "A total of 19 ships patrol")."""
    doc = tok.doc
    if tok.i == 0 or tok.dep_ not in ("conj", "pobj", "appos", "ROOT", "compound"):
        return False
    if tok.dep_ == "compound" and not (tok.head.i == tok.i + 1 and tok.head.tag_ in ("NNS", "NNPS")):
        return False                     # "soldiers patrol[compound] streets", "militants detonate[compound] bombs"
    prev = doc[tok.i - 1]
    if not (prev.tag_ in ("NNS", "NNPS") or prev.lower_.endswith("men")) or prev.pos_ != "NOUN" \
            or not prev.whitespace_ or prev.i < tok.sent.start:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.dep_ == "compound":
        return True
    return nxt is None or nxt.i >= tok.sent.end or nxt.pos_ in ("PUNCT", "ADP")


def _ing_lemma(form: str, is_event_verb) -> Optional[str]:
    """The event verb an "-ing" form the tagger took for an adjective stands for ("patrolling" -> patrol,
    "shelling" -> shell, "storming" -> storm, "capturing" -> capture), or None."""
    stem = form[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""):
        if cand and is_event_verb(cand):
            return cand
    return None


def _phrase_modifier(tok) -> bool:
    """Whether a participle hung on a noun as a modifier sits inside that noun's phrase: a determiner or possessive
    opens the phrase (the noun's own, that of the noun it is a compound of, or the first word of the noun's whole
    phrase: "a dozen besieged towns"), and only modifiers come between it and the participle: adjectives, adverbs,
    numbers, or a counting noun. A subject before a misread verb is no modifier ("the Russian forces[compound]
    captured[amod] towns", "a scooter[NN] opened[amod] fire" stay clauses)."""
    doc = tok.doc
    nouns = [tok.head] + ([tok.head.head] if tok.head.dep_ == "compound" else [])
    openers = [c for n in nouns for c in n.children if c.dep_ in ("det", "poss") and c.i < tok.i]
    first = nouns[-1].left_edge
    if first.i < tok.i and first.tag_ in ("DT", "PRP$") and tok.tag_ != "VBD":   # ("the American public opposed[VBD]")
        openers.append(first)
    return any(all(t.pos_ in ("ADV", "ADJ", "NUM") or _counting_noun(t) for t in doc[c.i + 1: tok.i]) for c in openers)


def _counting_noun(t) -> bool:
    """A singular noun that counts ("a dozen", "a score": the parser hangs the "a" on it), not a noun with a verb
    after it ("a scooter[NN] opened fire": the noun is the verb's doer)."""
    return t.tag_ == "NN" and any(c.dep_ == "quantmod" for c in t.children)


def misread_verb_clause(tok, is_event_verb) -> Optional[Clause]:
    """A clause for a verb the parser misread, or None:

    - a progressive or finite verb parsed as an adjective of its own object ("troops are patrolling[amod]
      crowded markets", "Russian forces on Friday captured[amod] Shali", "Obama captured[amod] states"): the
      subject is the last subject (or root) noun before the verb, the object the noun it was attached to;
    - a verb tagged as a noun at the root of a short clause ("Hundreds of soldiers patrol[NN]", "Croat police
      shot[NN] at a car", "Policemen patrol[NN] in coastal areas"): its subject is its nsubj, or a plural
      compound before it.
    `is_event_verb(lemma)` says whether the lexicon knows the verb.
    """
    doc = tok.doc
    sent = tok.sent
    ing_adj = tok.tag_ == "JJ" and tok.lower_.endswith("ing")     # "troops are patrolling[JJ] streets"
    if tok.dep_ == "amod" and (tok.tag_ in ("VBD", "VBN", "VBG") or ing_adj) and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.i > tok.i and tok.i > sent.start:
        lemma = _ing_lemma(tok.lower_, is_event_verb) if ing_adj else tok.lemma_.lower()
        if lemma is None or not is_event_verb(lemma):
            return None
        if tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010", "\u2011", "\u2013", "\u2014") \
                and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
            return None                  # "the US–backed Kurds", "Iran-commanded militias": a compound modifier
        prev = doc[tok.i - 1]
        before = doc[tok.i - 2] if tok.i - 2 >= sent.start else None
        progressive = (tok.tag_ == "VBG" or ing_adj) and (prev.lower_ in BE_FORMS or (
            prev.pos_ == "ADV" and before is not None and before.lower_ in BE_FORMS))   # "are now patrolling farms"
        finite = tok.tag_ == "VBD" or (tok.tag_ == "VBN" and prev.pos_ in ("NOUN", "PROPN")
                                       and prev.dep_ not in ("compound", "amod"))
        if tok.tag_ in ("VBD", "VBN") and not finite:
            # "Mutebutsi, captured towns", 'The aircraft "bombed installations"' (the parser found no verb at all),
            # "militias murdered and tortured supporters" (coordinated with a finite verb)
            finite = (prev.is_punct and prev.lower_ in (",", '"', "“") and sent.root.pos_ in ("NOUN", "PROPN")) \
                or (prev.lower_ == "and" and before is not None and before.tag_ == "VBD" and before.pos_ == "VERB")
        if not (progressive or finite):
            return None                  # "the captured soldiers", "13 captured nobles", "poorly patrolled coasts"
        if _phrase_modifier(tok):
            return None                  # "the erstwhile besieged enclave", "its recently captured town": a modifier
        cands = [t for t in sent if t.i < tok.i and t.pos_ in ("NOUN", "PROPN", "PRON")
                 and t.dep_ in ("nsubj", "ROOT") and t.i not in {x.i for x in tok.head.subtree}]
        if not cands:
            cands = [t for t in sent if t.i < tok.i and t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ == "nsubj"]
        if not cands:
            return None
        subj = cands[-1]
        obj = tok.head
        rule = "verb misread as an adjective of its object"
    elif tok.pos_ == "NOUN" and (tok.lower_ in NOUN_AS_VERB or tok.lower_ in IMPACT_NOUN_AS_VERB) and tok.i + 2 < sent.end \
            and doc[tok.i + 1].lower_ == "and" \
            and doc[tok.i + 2].dep_ == "conj" and doc[tok.i + 2].tag_ in ("VBD", "VBN") \
            and any(c.dep_ == "compound" and c.i == tok.i - 1 for c in tok.children):
        # "a gunman shot[NN] and killed a trader", "a rabbi shot[NN] and killed by militants": the verb's subject (or,
        # with a 'by' agent, its victim) is the noun the parser hung on it as a compound
        lemma = NOUN_AS_VERB.get(tok.lower_) or IMPACT_NOUN_AS_VERB[tok.lower_]
        if not is_event_verb(lemma):
            return None
        noun = doc[tok.i - 1]
        conj = doc[tok.i + 2]
        agent = next((c for c in conj.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            subj, obj = by, noun
        elif conj.tag_ == "VBD":
            subj, obj = noun, next((c for c in conj.children if c.dep_ == "dobj"), None)
        else:
            return None
        preps = preps_of(tok, conj, obj)
        return Clause(pred=tok, kind="verb", lemma=lemma, subj=subj, obj=obj, preps=preps, passive=subj is by,
                      obj_lemma=obj.lemma_.lower() if obj is not None else None,
                      negated=_neg_between(doc, noun.i, tok.i), subj_rule="noun before it",
                      rule="verb misread as a noun before a coordinated verb")
    elif tok.pos_ == "NOUN" and tok.lower_ in NOUN_AS_VERB and tok.dep_ == "dobj" and tok.head.tag_ == "VBG" \
            and tok.head.dep_ == "acl" and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.i < tok.head.i \
            and not any(c.dep_ in ("poss", "amod", "nummod") for c in tok.children) \
            and (not any(c.dep_ == "det" for c in tok.children) or any(c.dep_ == "compound" for c in tok.children)) \
            and any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children):
        # (a determiner counts only as the compound's: "riding a motorbike shot[NN]", not "fired a shot at")
        # "two insurgents riding motorcycles shot[NN] at them": the participle's object swallowed the verb; the one
        # who shot is the noun the participle modifies
        lemma = NOUN_AS_VERB[tok.lower_]
        if not is_event_verb(lemma):
            return None
        subj = tok.head.head
        obj = None
        rule = "verb misread as the object of a participle"
    elif tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS") and (tok.dep_ == "ROOT" or _headline_verb(tok)):
        lemma = NOUN_AS_VERB.get(tok.lower_, tok.lemma_.lower())
        if not is_event_verb(lemma):
            return None
        headline = _headline_verb(tok)
        spoken = plural_noun_verb_subject(tok)    # "the group's propaganda talks[NNS] of a quiet phase"
        if spoken is not None:
            return Clause(pred=tok, kind="verb", lemma=lemma, subj=spoken, obj=None, preps=preps_of(tok),
                          subj_rule="possessor or noun before it", rule="verb misread as a plural noun")
        if not headline and any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children):
            return None                  # "a patrol", "the march", "their shots"
        # (after a plural noun the parser hangs that noun's own modifiers on the verb: "2,500 allied militiamen patrol")
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and headline:
            subj = doc[tok.i - 1]        # "Israeli troops and 2,500 militiamen patrol"
        if subj is None:
            comp = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.tag_ in ("NNS", "NNPS")
                    or (c.dep_ == "compound" and c.i == tok.i - 1 and c.lower_.endswith("men"))]
            subj = comp[0] if comp else None
        if subj is None:
            return None
        obj = tok.head if tok.dep_ == "compound" else next((c for c in tok.children if c.dep_ == "dobj"), None)
        rule = "verb misread as a noun"
    else:
        return None
    preps = preps_of(tok, obj)
    negated = _neg_between(doc, subj.i + 1, tok.i) or any(c.dep_ == "neg" for c in tok.children)
    hyp = any(t.lower_ in HYPOTHETICAL_AUX for t in doc[subj.i + 1: tok.i])
    intent = any(t.lower_ in FUTURE_AUX for t in doc[subj.i + 1: tok.i])
    return Clause(pred=tok, kind="verb", lemma=lemma, subj=subj, obj=obj, preps=preps,
                  obj_lemma=obj.lemma_.lower() if obj is not None else None, negated=negated, hypothetical=hyp,
                  intent=intent, subj_rule="nearest subject before it", rule=rule)
