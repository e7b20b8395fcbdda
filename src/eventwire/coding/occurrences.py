"""Acts told by an occurrence verb (data/coding/occurrence_verbs.tsv): an event noun coded at the verb it is the
subject or phrase of ("clashes erupted in the city", "the raid left 20 dead", "seven died in an attack"), and a
victim verb joined to an act of force coded in the sentence ("five people died when a car bomb exploded"). A mixin
of Predicates (coding/predicates.py), split from it along that stage.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.mover_nouns import noun_mover
from eventwire.coding.clauses import (Clause, NEG_SUBJECTS, _climb_modality, apply_status, between_parties,
                                      noun_clause, preps_of, subject_of, unwrap_quantity)
from eventwire.coding.context import (MEASURE_ENTS, MEASURE_WORDS, OWN_SOURCE_RULES, PARTITIVES, VICTIM_PREPS,
                                      WRAPPER_NOUNS)
from eventwire.coding.noun_senses import doer_args
from eventwire.coding.predicate_checks import named_as


class Occurrences:
    """Mixin of Predicates: acts an occurrence verb tells (event noun as its subject or phrase, victim verbs)."""

    def _victims_of_coded_acts(self, sent, out) -> list:
        """ "five people died when a car bomb exploded", "was shot by a sniper and later died", "killed nine and
        six others sustained wounds": a victim verb (data/coding/occurrence_verbs.tsv) with no event noun of its own,
        coordinated with or joined by when/after/as/while to an act of force coded in the sentence, suffers that act;
        the act is coded again at the victim verb (its place and time), its victims the verb's subject."""
        acts = {}
        for cl, entry in out:
            if entry.cameo[:2] in ("18", "19", "20") and not cl.negated and not cl.hypothetical:
                acts.setdefault(cl.anchor_token.i, (cl, entry))
        if not acts:
            return []
        coded = {cl.anchor_token.i for cl, _ in out}
        found = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.i in coded:
                continue
            rows = self.occurrence.get((tok.lemma_.lower(), None)) or []
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if not any(kind == "victim" and (objs is None or (dobj is not None and dobj.lemma_.lower() in objs))
                       and (comps is None or any((t.lemma_.lower() in comps or t.lower_ in comps) and t.i > tok.i
                                                 for t in tok.subtree))
                       for objs, comps, kind in rows):
                continue                        # ("came under fire" suffers an act; "came to power" does not)
            if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("before", "until", "till")
                                           for m in tok.children):
                continue                        # "entered Syria before we came ...": not what the act did
            cause = None
            if tok.dep_ in ("conj", "advcl") and tok.head.i in acts and not any(
                    t.dep_ == "cc" and t.lower_ in ("but", "yet") for t in sent.doc[tok.head.i + 1: tok.i]):
                cause = acts[tok.head.i]        # "was shot and later died", "killed nine, while six sustained wounds"
            else:
                # (the clause may hang on a coordinated victim verb: "five died and 20 were wounded when ...")
                for c in [x for v in [tok] + list(tok.conjuncts) for x in v.children]:
                    if c.dep_ == "advcl" and c.i in acts and any(m.dep_ in ("mark", "advmod") and m.lower_ in
                                                                  ("when", "after", "as") for m in c.children):
                        cause = acts[c.i]       # "28 people died when their bus hit a landmine"
                        break
            if cause is None:
                continue
            cl, entry = cause
            # the victim verb's own subject; a coordinated verb without one shares the patient of a passive act
            # ("he was shot and later died": he), never the agent ("... by gunmen and died")
            victim = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if victim is None and tok.dep_ == "conj" and cl.passive:
                victim = cl.obj
            if victim is None or victim.lower_ in ("who", "that", "which") or victim.lower_ in NEG_SUBJECTS \
                    or any(c.dep_ == "det" and c.lower_ == "no" for c in victim.children):
                continue                        # "no one died when ..."
            negated, hyp, intent, intent_head, reported, refused = _climb_modality(tok)
            if negated or hyp:
                continue
            new = replace(cl, anchor=tok, obj=victim, passive=False, intent=intent, intent_head=intent_head,
                          reported=reported, refused=refused,
                          rule=f"'{tok.lemma_.lower()}' suffered the act at '{cl.anchor_token.text}' "
                               f"({entry.id}); '{victim.text}' suffered it")
            found.append((new, entry))
        return found


    def _occurrence_clause(self, verb):
        """(clause, entry) for an event noun coded at an occurrence verb ("clashes erupted in the city",
        "the raid left 20 dead", "seven died in an attack"), or None. The clause's anchor is the verb."""
        prt = next((c for c in verb.children if c.dep_ == "prt"
                    or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in ("off", "out", "up"))), None)
        rows = self.occurrence.get((verb.lemma_.lower(), prt.lower_ if prt is not None else None))
        if not rows:
            return None
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if dobj is not None and (dobj.ent_type_ in MEASURE_ENTS or dobj.like_num or dobj.lemma_.lower() in MEASURE_WORDS):
            dobj = None               # "occurred hundreds of metres away", "began two hours later"
        subj_tok, subj_rule = subject_of(verb)
        if subj_tok is not None and subj_tok.lower_ in PARTITIVES:
            of = next((c for c in subj_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if inner is not None:
                subj_tok = inner      # "most of the clashes occurred near ..."
        for objs, comps, kind in sorted(rows, key=lambda r: (r[0] is None) + (r[1] is None)):   # most specific first
            if objs is not None and (dobj is None or dobj.lemma_.lower() not in objs):
                continue
            if objs is None and kind == "occur" and (dobj is not None or any(c.dep_ in ("xcomp", "ccomp", "attr", "acomp")
                                                                           for c in verb.children)):
                continue              # "began talks", "continued to fight": the verb's own object is the act
            if comps is not None and not any((t.lemma_.lower() in comps or t.lower_ in comps) and t.i > verb.i
                                             for t in verb.subtree):
                continue
            victim = None
            if kind == "victim":
                noun = None
                # "50 people died and dozens were injured in clashes": the phrase may hang on a coordinated verb
                # ("sustained wounds in the attack", "lost their lives in a raid": or on the constrained object)
                heads = [verb] + [v for v in verb.conjuncts if v.pos_ == "VERB"] + ([dobj] if objs is not None else [])
                for c in [x for v in heads for x in v.children]:
                    if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS:
                        p = next((x for x in c.children if x.dep_ == "pobj"), None)
                        if p is None or p.lower_ == "what":
                            p = named_as(c) or p
                        if p is not None and self.event_noun(unwrap_quantity(p)):
                            noun = unwrap_quantity(p)
                            break
                victim = subj_tok
            else:
                if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ") and verb.head.pos_ == "NOUN":
                    subj_tok, subj_rule = verb.head, "nsubj"     # "a raid by gunmen ... left 22 dead", misread
                if subj_tok is None or subj_rule.startswith("object control") or subj_tok.dep_ in ("nsubjpass",):
                    continue
                noun = unwrap_quantity(subj_tok)
                victim = dobj if kind == "result" else None
            if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "LAW"):
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                continue              # "no clashes took place"
            name = self.event_noun(noun)
            if name is None and noun.lemma_.lower() in WRAPPER_NOUNS and self.lex.is_event_noun(noun.lemma_.lower()):
                name = noun.lemma_.lower()           # "the offensive began"
            if name is None or self._hazard(noun):
                continue              # "a fire broke out", "a gas explosion occurred": accidents
            preps = preps_of(noun)
            if kind != "victim":
                for p, o in preps_of(verb).items():
                    if p in ("between", "among", "on", "against", "by") and o.ent_type_ not in ("DATE", "TIME"):
                        preps.setdefault(p, o)       # "clashes erupted on Friday between police and ..."
            mods = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
            args = doer_args(self, noun)
            entries = self.lex.match_compound(name, mods, frozenset(preps), args) if name == noun.lemma_.lower() \
                else self.lex.match_noun(name, frozenset(preps), args)
            if not entries:
                continue
            if kind == "victim" and entries[0].cameo[:2] not in ("14", "15", "17", "18", "19", "20"):
                continue              # "came under criticism from X" is no harm done to the subject
            cl = noun_clause(noun, self.light)
            if cl is not None and cl.light_verb is not None and cl.light_verb.i != verb.i:
                continue              # "ordered a withdrawal that was to continue": coded by its light verb
            if cl is not None and cl.subj_rule not in OWN_SOURCE_RULES and cl.light_verb is not None \
                    and cl.light_verb.i == verb.i and (own := noun_clause(noun, frozenset())) is not None \
                    and own.subj_rule in OWN_SOURCE_RULES:
                # "the Turkish incursion into Afrin began": the noun is the subject of the light verb it is coded at,
                # not its object; its own doer (actor modifier, possessor, "by" phrase) stays
                own.preps = dict(own.preps)
                for p, o in preps.items():
                    own.preps.setdefault(p, o)
                cl = own
            if cl is None or cl.subj_rule not in OWN_SOURCE_RULES:
                cl = Clause(pred=noun, kind="noun", lemma=name, preps=preps)
                parties = between_parties(preps)
                by = preps.get("by")
                if parties is not None:
                    cl.subj, other, cl.subj_rule = parties
                    if other is not None:
                        cl.preps = dict(preps, **{"with": other})
                elif by is not None:
                    cl.subj, cl.subj_rule = by, "'by' phrase"
                elif kind != "victim" and (mover := noun_mover(noun)) is not None:
                    # "the withdrawal of US troops began": the troops withdraw (coding/mover_nouns.py)
                    cl.subj, cl.subj_rule = mover, "'of' phrase of a noun of moving"
                    cl.preps = {p: o for p, o in preps.items() if p != "of"}
            cl.lemma = name
            if self._unacted_state(replace(cl, light_verb=None)):
                continue              # "after the Syrian war erupted": a state began, no party acted on another
            cl.anchor = verb
            cl.light_verb = None
            cl.negated, cl.hypothetical, cl.intent, cl.intent_head, cl.reported, cl.refused = _climb_modality(verb)
            apply_status(cl, verb)
            if victim is not None and victim.i != noun.i:
                cl.obj = victim
            what = {"occur": "as subject of", "result": "as subject of", "victim": "in a phrase of"}[kind]
            cl.rule = f"event noun '{name}' {what} '{verb.lemma_.lower()}{' ' + prt.lower_ if prt is not None else ''}' " \
                      f"(coded at the verb)" + (f"; '{victim.text}' suffered it" if cl.obj is not None else "")
            return cl, entries[0]
        return None
