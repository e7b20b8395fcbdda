"""The event coder: clauses + lexicon + actors -> events.

For every sentence, each verb (and each event noun that has a governor able to give it a source) is matched against
the lexicon; its subject and target phrases are resolved to actors (known names, demonym + sector noun, capitals for
governments, pronouns and role nouns linked to earlier actors). Coordinated actors give one event each. Negated and
hypothetical clauses give no event; intentions ("will keep up support for", "pledged to send aid") are coded as the
matching 03x (cooperative) or 13x (threat) code; reporting verbs ("said", "noted") are not events. Every event
carries its trigger span, sentence, the lexicon entry id, the clause rule and a confidence.

The stages are mixins, one module each: predicates (which words are acts), agency (who can act), roles (the target
slot), resolve (actors from phrases), place_held (the state that holds a place acted on), speech_acts (demands reported
as what another must do); word tables and DocContext are in context.py, whose names other modules import
from here too.
"""
from __future__ import annotations

import time

from dataclasses import replace
from typing import Optional

from eventwire.coding.act_args import hidden_doer_why
from eventwire.coding.acts import one_event_per_act
from eventwire.coding.agency import Agency
from eventwire.coding.clause_record import NOT_RECIPROCAL_WORDS
from eventwire.coding.clause_args import copular_other
from eventwire.coding.clauses import Clause, INTENT_HEADS, NOT_RECIPROCAL_CODES, SUPPORT_WORDS, preps_of, subject_of
from eventwire.coding.document_stance import stance_entry
from eventwire.coding.clause_gate import not_an_act
from eventwire.coding.forecasts import scheduled_statement
from eventwire.coding.context import story_countries  # noqa: F401  (re-exported: pipeline.py)
from eventwire.coding.context import (PLACE_HEADS, PLACE_TARGET_ROOTS, POSTED_CODES, DocTimeout, agent_codes, _coding_table, COUNTRY_NOUNS, CROWD_NOUNS, dateline_span,
                                      DocContext, FIGURATIVE_NOUNS, GENERIC_HARM, GROUP_NOUNS, IGO_NOUNS, junk_spans,
                                      load_attack_cues, load_non_agents, modal_code, modality_codes, noun_classes,
                                      OBJECT_PRONOUNS, occurrence_verbs, RECIPROCAL_ROOTS, ROLE_NOUNS,
                                      _sector_only, supporter_tokens)
from eventwire.coding.implied_doers import implied_doer
from eventwire.coding.inserted_speech import inserted_speaker
from eventwire.coding.joining import joins_as_member
from eventwire.coding.force_codes import not_intended, weapon_mention, wmd_code
from eventwire.coding.acts import fold_means_and_intentions
from eventwire.coding.held_ground import held_ground_target
from eventwire.coding.held_memory import remembered_holder_target
from eventwire.coding.ousted import ousted_target
from eventwire.coding.captors import note_captors, remembered_captor, repeated_captor
from eventwire.coding.claim_author import claim_author
from eventwire.coding.put_to import party_targets, proposal_body
from eventwire.coding.release_holder import release_holder
from eventwire.coding.partners import fight_partner
from eventwire.coding.place_held import PlaceHeld, sentence_ground_country, taken_where
from eventwire.coding.place_targets import place_target
from eventwire.coding.held_party import held_party
from eventwire.coding.people_patients import people_patient
from eventwire.coding.raised_object import clause_targets, shared_object
from eventwire.coding.topic_owner import topic_owner
from eventwire.coding.place_anaphora import there_slots
from eventwire.coding import media, nonevent
from eventwire.coding.accused import told_content
from eventwire.coding.told_speaker import words_as_doer
from eventwire.coding.predicates import Predicates
from eventwire.coding.reciprocal import accompanying, co_possessor, content_object, one_word_for_two, reciprocal_pairs, verbal_fight, with_ally
from eventwire.coding.resolve import ActorResolution
from eventwire.coding.roles import Roles, victim_words
from eventwire.coding.speech_acts import SpeechActs
from eventwire.knowledge import actor_country, implicit_agents
from eventwire.knowledge.coref_bound import bound_to
from eventwire.knowledge.nationality import bond_targets, holder_state
from eventwire.model import Actor, Event


def _distinct_parties(s: Actor, t: Actor) -> bool:
    """Whether a source and a target with one code are two parties, not one acting on itself: two different known
    actors ("Sunak sacked Braverman"); or a known group and a sector-only side of its country that names no one ("Syrian
    rebels resent the YPG"), or a known person or group and a ministry named as a seat of power ("Hunt was working with
    DfID"). Not a known person and a bare sector of the same state ("Assad praised the government")."""
    if s.entity and t.entity:
        return s.entity != t.entity
    named, other = (s, t) if s.entity else (t, s) if t.entity else (None, None)
    if named is None:
        return False
    if (other.why or "").startswith("seat of power "):
        return True
    return named.kind != "person" and other.kind in ("sector", "country") and other.sector is not None


class Coder(Predicates, Agency, Roles, ActorResolution, PlaceHeld, SpeechActs):
    def __init__(self, lexicon=None, kb=None):
        if lexicon is None:
            from eventwire.coding.lexicon import default_lexicon
            lexicon = default_lexicon()
        if kb is None:
            from eventwire.knowledge.actors import default_kb
            kb = default_kb()
        from eventwire import ontology
        self.lex = lexicon
        self.kb = kb
        self.ontology = ontology
        self.non_agents, self.accident_verbs = load_non_agents()
        self.attack_cues = load_attack_cues()
        self.occurrence = occurrence_verbs()
        self.occurrence_lemmas = frozenset(k[0] for k in self.occurrence)
        # "erupt", "strike", "hit": accident verbs only when their own subject is a hazard
        self.hazard_verbs = frozenset(lemma.lower() for lemma, kind, *_ in _coding_table("non_agents.tsv")
                                      if kind == "hazard-verb")
        self.incident_nouns = frozenset(lemma.lower() for lemma, kind, *_ in _coding_table("non_agents.tsv")
                                        if kind == "incident")
        self.obstacles = frozenset(lemma.lower() for lemma, kind, *_ in _coding_table("non_agents.tsv")
                                   if kind == "obstacle")
        self.vehicles = frozenset(lemma.lower() for lemma, kind, *_ in _coding_table("non_agents.tsv")
                                  if kind == "vehicle")
        # "explode", "burst", "catch": accidents when their subject is a thing that blows up or burns ("a fuel tanker")
        self.burst_verbs = frozenset(lemma.lower() for lemma, kind, *_ in _coding_table("non_agents.tsv")
                                     if kind == "burst")
        self._sector_cache: dict = {}
        self.reporting = frozenset(getattr(lexicon, "reporting_verbs", ()) or ())
        self.light = frozenset(getattr(lexicon, "light_verbs", ()) or ())
        self.light_lemmas = frozenset(v.split()[0] for v in self.light) | frozenset(INTENT_HEADS)


    # ------------------------------------------------------------------ document
    def context(self, doc, date: Optional[str], original_text: Optional[str] = None) -> DocContext:
        """Per-document state. `original_text`: the document's own text when spaCy was given a
        copy with the dateline marked off (same offsets; see pipeline.parse_text)."""
        from eventwire.nlp import index_conjuncts, index_sentences
        index_sentences(doc)                 # (Token.sent, Span.sent: from the sentences listed once)
        index_conjuncts(doc)                 # (Token.conjuncts: each chain listed once)
        text = original_text if original_text is not None else doc.text
        ctx = DocContext(text=text, date=date, junk=junk_spans(text))
        mentions = [m for m in self.kb.find(text, date) if m.start is not None and not ctx.in_junk(m.start, m.end)]
        mentions.sort(key=lambda a: a.start)
        from eventwire.knowledge.story_acronyms import acronym_mentions
        ctx.mentions = acronym_mentions(text, mentions)     # "the SNC" after "Syrian Negotiations Commission"
        story_countries(ctx)
        ctx.disaster_story = self._disaster_story(doc)
        from eventwire.knowledge.coref import Coref
        ctx.coref = Coref(doc, ctx, self)
        return ctx


    def code(self, doc, date: Optional[str] = None, ctx: Optional[DocContext] = None) -> list[Event]:
        ctx = ctx or self.context(doc, date)
        ctx.coref.index_people()             # (now that the places are known: "X, from Portsmouth")
        events: list[Event] = []
        for sent_i, sent in enumerate(doc.sents):
            if time.perf_counter() > ctx.deadline:
                raise DocTimeout(f"coding stopped at sentence {sent_i}")
            # (a sentence of nothing but white space: no token that is not a space; Span.text would join them all)
            if ctx.in_junk(sent.start_char, sent.end_char) or all(t.is_space for t in sent):
                continue
            found = self.code_sentence(sent, sent_i, ctx)
            note_captors(found, sent_i, ctx)      # (who took whom: coding/captors.py)
            events.extend(found)
            ctx.coref.remember(sent, sent_i)
        return events


    def code_sentence(self, sent, sent_i: int, ctx: DocContext) -> list[Event]:
        events = []
        force_purpose_of: set[int] = set()
        self.sense_ctx = ctx      # (a pronoun subject's kind from coreference: coding/senses.py)
        for cl, entry in self.clauses(sent):
            entry = stance_entry(cl, entry) or entry      # "issued a letter critical of X": 111 at X
            if not_an_act(self, cl, entry, ctx, force_purpose_of):
                continue          # irrealis, unasserted, figures, names, scenes, aims (coding/clause_gate.py)
            if not cl.negated and (rep := self.blamed_by(cl, entry)) is not None:
                events.extend(self._blame(cl, entry, rep, sent, sent_i, ctx))
                continue          # "Paris said Moscow bears responsibility": Paris accuses (112), no 015 by Moscow
            if cl.demand_by is not None and not cl.negated:
                events.extend(self._demand(cl, entry, sent, sent_i, ctx))
                continue
            refusal = None
            if cl.negated and cl.refused and not cl.hypothetical:
                refusal = modal_code("refusal", entry.cameo, entry.id)
            if (cl.negated and refusal is None) or cl.hypothetical:
                continue
            if self._natural_cause(cl, entry):
                continue          # "an earthquake killed 300", "killed in the floods", "injured when a bus overturned"
            if ctx.disaster_story and self._agentless_harm(cl, entry, sent):
                continue          # "20 people were killed and 300 injured" in a story about an earthquake
            code = entry.cameo
            if weapon_mention(cl, code):
                continue          # "chemical weapons experts": a modifier of another noun, no use of the weapons
            rule = cl.rule
            if ctx.disaster_story and self._disaster_measure(cl, code, sent):
                continue          # "declared a state of emergency after the floods", "cordoned off the site"
            posture = self._posture_in_disaster(cl, sent) if ctx.disaster_story and code[:2] == "15" else None
            if posture == "relief":
                # "troops were deployed to evacuate residents" after a cyclone: relief work, not a show of force
                code = "073"
                rule += f"; relief work in a disaster story ('{entry.id}' is no show of force) -> 073"
            elif posture == "none" and self._target_token(cl, entry) is None:
                continue          # "the government sent troops to clear the pass" after avalanches: no show of force
            modality = "asserted"
            if refusal is not None:
                code, modality = refusal, "refused"
                rule += f"; refusal ('{entry.id}' negated) -> {refusal}"
            elif cl.intent and not code.startswith("03") and not code.startswith("13") \
                    and (aim := not_intended(self, cl, code)) is not None:
                # "airstrikes to oust the fighters", "attempting to storm", "we will be forced to release them"
                if aim[0] is None:
                    continue
                code, modality = aim[0], aim[1]
                rule += f"; {aim[2]}"
            elif cl.intent and not code.startswith("03") and not code.startswith("13"):
                intent_code = modal_code("intent", code, entry.id if code == entry.cameo else None)
                if intent_code is None or scheduled_statement(cl, code):
                    continue      # an announced statement/demand is not coded as such
                code, modality = intent_code, "intent"
                rule += f"; intention ({'via ' + cl.intent_head.lemma_ if cl.intent_head is not None else 'future'}) -> {intent_code}" \
                    + (f" ('{entry.id}': a publication announced is a statement)" if intent_code[:2] == "01" else "")
            elif cl.reported:
                modality = "reported"
            if modality == "asserted" and code in GENERIC_HARM:
                by = cl.subj if cl.subj is not None and self._agent_code(cl.subj) else cl.weapon
                if by is None and entry.prep != "with" and cl.preps.get("with") is not None \
                        and cl.preps["with"].pos_ == "NOUN":
                    by = cl.preps["with"]   # the instrument: "shelled the town with mortars", "attacked it with drones"
                specific = self._agent_code(by) if by is not None else None
                if specific:
                    rule += f"; agent '{by.text}' -> {specific}"
                    code = specific
            if modality == "asserted" and (cl.reported or inserted_speaker(
                    next(t for t in (cl.anchor, cl.light_verb, cl.pred) if t is not None), self.reporting) is not None):
                modality = "reported"   # "the US, he said, had stabbed Turkey"; an attempt or a purpose told under a
                #                         verb of saying ("'our forces are trying to force them,' Bali said")
            wmd = wmd_code(self.lex, cl, code, cl.obj if entry.object and not cl.passive else None) \
                if modality in ("asserted", "reported") else None
            if wmd is not None:
                code = wmd[0]
                rule += f"; weapon '{wmd[1]}' -> {code}"    # "suffocated by the chemical attack"
            info = self.ontology.cameo(code)
            if info is None:
                continue
            sources = self.actors_for(cl.subj, ctx, sent, role="source",
                                      coordinate=not cl.subj_rule.startswith("first party"))
            sources = words_as_doer(cl, code, hidden_doer_why(cl.subj_rule, sources))   # (act_args, told_speaker)
            if not sources and (implied := implied_doer(self, cl, code, modality, ctx, sent)) is not None:
                sources, how = implied   # a weapon's owner, an act's announcer (coding/implied_doers.py)
                rule += how
            if (unarmed := nonevent.private_pronoun_doer(cl, code, sources)) is not None:
                if ctx.coref is not None and ctx.coref.quote_at(cl.subj.idx) >= 0:
                    continue      # '"they kill everyone," a resident said': an accusation whose doer is not known
                sources = []      # "They seemed to be killing anyone outdoors" after "people": not the people
                rule += f"; {unarmed}"
            if not sources and cl.subj is not None and (other := copular_other(
                    cl.subj, relative=cl.subj_rule.startswith("relative clause subject"), pred=cl.pred)) is not None \
                    and (same := self.actors_for(other[0], ctx, sent, role="source")):
                sources = same   # "Russia was the country that protected him", "the first to condemn it was Macron"
                rule += f"; doer: the {other[1]}"
            if modality == "intent" and self._prediction(cl, sources, ctx, sent):
                continue          # "the Kurds said Turkey would attack Afrin": their prediction, not Turkey's intent
            if modality == "intent" and cl.intent_head is None and not sources and not cl.passive \
                    and cl.subj is not None and cl.subj.pos_ == "NOUN":
                continue          # "its looming loss will seal the group's demise", "this turn of events will force":
                # what a thing that names no actor will do is a prediction, not anyone's intention
            if (co := co_possessor(cl)) is not None and (more := self.actors_for(co, ctx, sent, role="source")):
                sources = more + [s for s in sources if all(s.code != m.code for m in more)]
                rule += f"; '{co.text}' possesses it too ('{co.text} and {cl.subj.text}'s {cl.pred.text}')"
            if (co := accompanying(cl, entry, code)) is not None and (more := self.actors_for(co, ctx, sent, role="source")):
                sources = sources + [m for m in more if all(s.code != m.code for s in sources)]
                rule += f"; '{co.text}' acts with it ('along with')"    # (coding/reciprocal.py)
            tgt_tok = self._target_token(cl, entry)
            if (ally := with_ally(cl, entry)) is not None:
                tgt_tok = ally     # (and the ally is no party the act is directed at, in any fallback)
                cl = replace(cl, preps={p: o for p, o in cl.preps.items() if p != "with"})
                rule += f"; 'with' names an ally, 'against' the target"
            elif (partnered := fight_partner(cl, entry, code, tgt_tok)) is not None:
                # "fought together with Kurdish forces", "along with X against Isis": a partner, not the enemy
                # (coding/partners.py)
                tgt_tok, cl, code, note = partnered
                info = self.ontology.cameo(code) or info
                rule += f"; {note}"
            raised = None
            if tgt_tok is None and entry.target == "dobj" and cl.kind == "verb" and cl.obj is None and not cl.passive:
                tgt_tok = raised = shared_object(cl.pred)   # "armed and supported the rebels" (raised_object.py)
            targets = []
            if (held := bond_targets(self, tgt_tok, cl, ctx, sent)) is not None:   # "revoked her British citizenship"
                tgt_tok, targets, how = held; rule += f"; target: {how}"
            if not targets and (found := release_holder(self, cl, code, sources, tgt_tok, ctx, sent)) is not None:
                targets, how = found; rule += f"; target: {how}"   # "appealed for his release" (release_holder.py)
            if tgt_tok is not None and tgt_tok.pos_ == "NOUN" and self._is_event_noun(tgt_tok):
                # the slot names an act ("condemned the Israeli attack on Gaza", "demanded the withdrawal of Serbian
                # forces", "lifted the ban on the UK"): the party that act gives, before any name inside it
                for tok, how, role in self._directed_at(tgt_tok, entry.cameo, head_ok=False):
                    targets = [t for t in self.actors_for(tok, ctx, sent, role=role)
                               if not any(t.code == s.code or (t.start is not None and t.start == s.start) for s in sources)]
                    if targets:
                        if how:
                            rule += f"; target: {how}"
                        break
            if tgt_tok is not None and not targets:
                targets = self.actors_for(tgt_tok, ctx, sent, role="target")
                # (why: a participle coordinated with one on the noun, "fighters armed and paid by X", also: its own
                # clause; not the first one's, "a campaign led by the SDF and supported by the US" was the SDF's)
                part = cl.pred.head if cl.pred.dep_ == "conj" and cl.pred.head.dep_ == "acl" else cl.pred
                if part.dep_ == "acl" and tgt_tok.i == part.head.i:
                    # "talks brokered by Turkey and the UN": the noun's phrase holds the participle's own clause,
                    # whose agents are not its patient
                    lo, hi = cl.pred.left_edge.idx, cl.pred.right_edge.idx + len(cl.pred.right_edge)
                    targets = [t for t in targets if t.start is None or not lo <= t.start < hi]
            if targets and tgt_tok is not None and tgt_tok.lower_ in OBJECT_PRONOUNS \
                    and any("coreference" in (a.why or "") and any(a.code == s.code for s in sources) for a in targets):
                # "called Morrison to congratulate him": an object pronoun is never its own clause's subject; in a
                # purpose clause it is the governing verb's object
                bound = self._binding_object(cl)
                if bound is not None:
                    alt = self.actors_for(bound, ctx, sent, role="target")
                    if alt:
                        targets = [replace(a, text=tgt_tok.text, start=tgt_tok.idx, end=tgt_tok.idx + len(tgt_tok.text),
                                           why=(a.why or "") + f"; '{tgt_tok.text}' is '{bound.text}', the object of "
                                                               f"'{bound.head.text}' (binding)") for a in alt]
            if raised is not None and targets:
                rule += f"; target: '{raised.text}', the object it shares with '{raised.head.text}'"
            patient, shared = tgt_tok, None
            if cl.passive and cl.obj is not None and tgt_tok is not None and cl.obj.i < tgt_tok.i:
                patient = cl.obj  # (a passive's subject before its slot: "Rice was shot at his home")
            if not targets and code[:2] in ("17", "18", "19", "20") and entry.target == "dobj" \
                    and (shared := self._shared_patient(cl)) is not None:
                # "several women got caught up in the fighting and were killed": the patient of the first verb
                patient = shared
                targets = self.actors_for(shared, ctx, sent, role="target")
                if targets:
                    rule += f"; target: '{shared.text}', the patient shared with '{cl.pred.head.text}'"
            victims = not targets and patient is not None and cl.kind == "verb" and code[:2] in ("17", "18", "19", "20")
            bare = patient is not None and (patient.like_num or patient.pos_ == "NUM")
            if victims and not bare:
                # "five masons were killed", "McCoy was shot": the people it was done to
                targets = self._victims(patient, cl, entry.lemma, ctx, sent, passive=shared is not None)
                if targets:
                    rule += f"; target: the people '{cl.pred.text}' was done to"
            fallback = False
            if not targets and (found := proposal_body(self, cl, entry.cameo, sources, ctx, sent)) is not None:
                targets, how = found     # "a resolution at the council", before its topic "on X" (put_to.py)
                rule += f"; target: {how}"
            if not targets:
                # the pattern's target slot names no actor ("congratulated Iraq on its success",
                # "invaded the country"): take the actor the object or a prepositional phrase names, or the one an act
                # named there is directed at ("called for sanctions on Iran"), or, for a response, its author
                # ("denied the accusations by Japan"); never a theme, topic or place that merely contains a name
                # (by the act the pattern names, not the intention or refusal it is coded as)
                for alt, head_ok in self._fallback_targets(cl, tgt_tok, entry.cameo):
                    for tok, how, role in self._directed_at(alt, entry.cameo, head_ok):
                        # (never the source itself: "an attack by Isis on ..." read as a whole names Isis)
                        targets = [t for t in self.actors_for(tok, ctx, sent, role=role)
                                   if not any(t.code == s.code or (t.start is not None and t.start == s.start) for s in sources)]
                        if tok.i == alt.i and how.startswith("author of") and told_content(tok):
                            # "Riyadh denied claims that its jets had bombed a bus": the denier's own side (or a
                            # party of no known country) named in what is denied is not who claimed it
                            targets = [t for t in targets if (t.country or t.entity) and not any(
                                t.country and t.country == s.country for s in sources)]
                        if targets:
                            fallback = True
                            rule += f"; target from '{alt.dep_}' fallback" + (f" ({how})" if how else "")
                            break
                    if targets:
                        break
            if not targets and (found := self._story_author(tgt_tok if tgt_tok is not None or cl.kind != "verb"
                                                            else cl.obj, entry.cameo, sources, ctx, sent)) is not None:
                targets, how = found     # "criticized the decision" after "Trump's decision": its author (roles.py)
                rule += f"; target: {how}"
            if not targets and (found := topic_owner(self, cl, code, tgt_tok, sources, ctx, sent)) is not None:
                targets, how = found; rule += f"; target: {how}"  # "criticised Ankara's plan" (topic_owner.py)
            if not targets and (found := clause_targets(self, cl, code, sources, ctx, sent)) is not None:
                targets, how = found     # "forcing Hadi to resign", "pound the area, backed by X" (raised_object.py)
                rule += f"; target: {how}"
            if not targets and (found := held_party(self, cl, code, sources, ctx, sent)) is not None:
                targets, how = found     # "searched his house", "the Britons in Kurdish custody" (held_party.py)
                rule += f"; target: {how}"
            if not targets and victims and bare:
                # "at least 40 were killed", after the fallbacks ("an attack on Kenyan police killed four": those it
                # was aimed at)
                targets = self._victims(patient, cl, entry.lemma, ctx, sent, passive=shared is not None)
                if targets:
                    rule += f"; target: the people '{cl.pred.text}' was done to"
            if not targets and (found := people_patient(self, cl, code, patient, sources, ctx, sent)) is not None:
                targets, how = found; rule += f"; target: {how}"   # "met informants" (coding/people_patients.py)
            if not targets and (found := party_targets(self, cl, entry, code, sources, ctx, sent)) is not None:
                targets, told = found    # the party hosted, addressed, negotiated with, holding the actor or bound
                rule += told             # by a pact (put_to.py)
            if not targets and (found := claim_author(self, cl, code, sources, tgt_tok, ctx, sent)) is not None:
                targets, how = found     # "declared that ..., but the claim was disputed" (claim_author.py)
                rule += f"; target: {how}"
            if not targets and (found := held_ground_target(self, cl, code, sources, tgt_tok, ctx, sent)) is not None:
                # ground whose holder the text names ("bombed areas held by the SDF"), before the state it lies in
                # (coding/held_ground.py)
                targets = [found[0]]
                rule += f"; target: {found[1]}"
            if not targets and (found := ousted_target(self, cl, code, sources, ctx, sent)) is not None:
                targets = [found[0]]     # the side ground was taken or freed from (coding/ousted.py)
                rule += f"; target: {found[1]}"
            if not targets and (found := remembered_holder_target(self, cl, code, sources, tgt_tok, ctx, sent)):
                targets = [found[0]]     # the holder the article names of the place acted on (coding/held_memory.py)
                rule += f"; target: {found[1]}"
            conquest = cl.kind == "verb" and cl.pred.lemma_.lower() in victim_words().get("conquest-verb", ())
            # (an aid convoy entering a town: the place's state, as for an act of force; data/coding/victims.tsv)
            entering = cl.kind == "verb" and cl.pred.lemma_.lower() in victim_words().get("entry-verb", ())
            if not targets and (code[:2] in PLACE_TARGET_ROOTS or conquest or entering) and cl.kind == "verb" \
                    and cl.obj is not None:
                taken = cl.obj
                if conquest and taken.lemma_.lower() in victim_words().get("hold-noun", ()):
                    # "took control of villages in Idlib": the ground is the "of" phrase
                    # (or the verb's, where the parser hung it there)
                    taken = next((g for c in taken.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for g in c.children if g.dep_ == "pobj"), cl.preps.get("of") or taken)
                held = self._place_held(taken, sources, ctx, taken_where(cl) if conquest else None)
                if held is None and conquest:
                    # ("in northern Mali, ... the land occupied by the jihadists": coding/place_held.py)
                    held = sentence_ground_country(taken, sources, ctx, sent)
                if held is not None:
                    targets = [held]
                    rule += f"; target: the country of the place acted on ('{held.text}')"
            posted = entry.cameo.startswith(POSTED_CODES)
            if not targets and (entry.cameo[:2] in PLACE_TARGET_ROOTS or posted) \
                    and sources and all(s.country or s.entity for s in sources):
                # a move of force into, onto or on to a named place, done or threatened ("Turkey's incursion into
                # Afrin", "launched an offensive into Afrin", "carried out airstrikes on Raqqa", "will extend the
                # incursion to Manbij", "threatened to attack Manbij"), or forces sent or posted there ("sent troops
                # into Afrin", "peacekeepers in South Sudan"): the state that holds it, when the doer's own side is
                # known (not the regime's own ground, nor a joint "Russian-Syrian attack on Idlib": a country the
                # act's own modifiers name is on the doer's side)
                sides = list(sources) + ([Actor(code=p.country, country=p.country) for p in
                                          ctx.places_in(cl.pred.left_edge.idx, cl.pred.idx) if p.country]
                                         if cl.kind == "noun" else [])
                directed = ("into", "to", "in") if posted else ("into", "on", "upon", "against", "to")
                # (and those of the light verb the act is the object of: "extend the incursion to Manbij")
                lv = preps_of(cl.light_verb) if cl.light_verb is not None and cl.kind == "noun" else {}
                slots = [cl.preps[p] for p in directed if p in cl.preps] + [lv[p] for p in directed if p in lv]
                if posted:
                    slots += there_slots(ctx, [cl.pred])     # "deployed troops there"
                if code[:2] not in PLACE_TARGET_ROOTS and not posted and cl.kind == "verb" and cl.obj is not None:
                    slots.insert(0, cl.obj)    # an act of force on a place, threatened ("threatened to attack Manbij")
                if tgt_tok is not None and tgt_tok.dep_ == "pobj" and tgt_tok.head.lower_ in directed:
                    slots.append(tgt_tok)      # the pattern's slot on the act's noun ("began its assault on Raqqa")
                for slot in slots:
                    held = self._place_held(slot, sides, ctx)
                    if held is not None:
                        targets = [held]
                        how = f"went {slot.head.lower_}" if slot.dep_ == "pobj" else "is done to"
                        rule += f"; target: the country of the place the act {how} ('{held.text}')"
                        break
            if not targets and (found := place_target(self, cl, entry, code, sources, tgt_tok, ctx, sent)) is not None:
                # an act of force named by a noun or done "in" a place, a curfew on an area, a withdrawal from or a
                # ceasefire in a place, ground held by a named side (coding/place_targets.py)
                targets = [found[0]]
                rule += f"; target: {found[1]}"
            reciprocal_obj = content_object(self, cl, entry)     # (coding/reciprocal.py)
            if (verbal := verbal_fight(self, cl, code, sources, targets)) is not None and self.ontology.cameo(verbal):
                code, info = verbal, self.ontology.cameo(verbal)
                rule += f"; named people who bear no arms '{cl.pred.lemma_}' in words -> {verbal}"
            # (who acts on whom when parties are named together: coding/reciprocal.py)
            pairs, how = reciprocal_pairs(self, cl, entry, code, sources, targets, reciprocal_obj, ctx, sent)
            rule += how
            if targets and all(_sector_only(t) for t in targets):
                # "extradited two suspects to Uzbekistan", "shared intelligence ... with their Belgian counterparts"
                for alt, _ in self._fallback_targets(cl, tgt_tok, entry.cameo, with_object=False):
                    named = [a for a in self.actors_for(alt, ctx, sent, role="fallback") if not _sector_only(a)]
                    if named:
                        targets, fallback = named, True
                        rule += f"; named actor in '{alt.head.lower_ if alt.dep_ == 'pobj' else alt.dep_}' preferred"
                        break
            if sources and all(self._private(a, code, targets) or self._private(a, entry.cameo, targets) for a in sources):
                continue          # "Britons travelled to Syria", "refugees arriving in Europe": everyday life
            if joins_as_member(self, cl, sources, targets):
                continue          # "she joined the YPG", "fought alongside Kurdish forces": membership (joining.py)
            claimed_by = nonevent.claimant(cl)
            if claimed_by is not None and nonevent.foreign_claim(
                    sources, self.actors_for(claimed_by, ctx, sent, role="source")):
                continue          # "Lavrov claimed the attack was staged": a claim about others, not asserted
            imputed_by = nonevent.imputer(cl, self.reporting) if claimed_by is None and modality == "intent" else None
            if imputed_by is not None and nonevent.imputed(
                    imputed_by, sources, self.actors_for(imputed_by, ctx, sent, role="source")):
                continue          # "'the army wants to force civilians out,' the militia said": the militia's account
            if nonevent.everyday(cl, code, sources, targets, base=entry.cameo):
                continue          # "interviewed by the Guardian", "she travelled to Syria": journalism, a journey
            if cl.subj is not None and cl.subj.text == "I" and cl.subj.tag_ == "PRP" and ctx.coref is not None \
                    and ctx.coref.quote_at(cl.subj.idx) < 0 and not self._speaker_named(cl.subj):
                continue          # "I asked Ahmed", "I met with refugees": the writer's own reporting, outside quotes
            if not sources and cl.subj is None and (cl.passive or cl.kind == "noun") and modality in ("asserted", "reported"):
                # "three journalists were arrested in Cairo", "the arrest of three journalists": the state where it
                # happened did it (an infinitive or participle with no subject has its doer in the clause above)
                patient = next((c for c in cl.pred.children if c.dep_ == "nsubjpass"), None) if cl.kind == "verb" else \
                    next((g for c in cl.pred.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None)
                agent = implicit_agents.implicit_agent(code, entry.lemma, cl.anchor_token, sent, ctx, targets, patient)
                if (agent is None or not agent.country) and (found := repeated_captor(
                        code, entry.lemma, cl.anchor_token, events, sent_i, ctx)) is not None:
                    sources, how = found      # "his fiancee was also arrested" after "Turkish police arrested him"
                    rule += how
                elif agent is not None:
                    sources = [agent]
                    rule += "; implicit agent"
                elif (found := remembered_captor(code, entry.lemma, targets, events, sent_i, ctx, cl.pred)) is not None:
                    sources, how = found      # "he was later released" after "kidnapped by X" (coding/captors.py)
                    rule += how
            if nonevent.estimated(cl, sources):
                continue          # "they estimate that 300 villagers were killed": a figure, no act with a doer
            # (the one backed does not take its backer's country: "rebels backed by Turkey")
            actor_country.fill_countries(sources, targets, cl.anchor_token, sent, ctx, code, entry.lemma,
                                         backed=cl.pred.lemma_.lower() in SUPPORT_WORDS)
            if modality in ("asserted", "reported") and (got := holder_state(
                    sources, targets, cl.anchor_token, ctx, code, entry.lemma, cl)):     # "had her citizenship revoked"
                sources, rule = got, rule + "; implicit agent (the state whose nationality it is)"
            if (read := media.sides(cl, code, sources, targets,
                                    lambda t: ctx.mentions_from(t.left_edge.idx, t.right_edge.idx))) is None:
                continue          # "spoke with CNN", "an interview with the BBC": journalism
            sources, targets, how = read
            rule += how
            wants_target = entry.target != "none"
            if not sources and not targets:
                # no actor at all: only violence and protest, and only as the sentence's main act or with a toll; such an
                # act is no event of the output (issue 14: a researcher counts every row), the pipeline keeps it
                # aside in Result.unattributed
                if int(info.quad_class or 0) < 4 and not code.startswith("14"):
                    continue
                if cl.anchor is not None and cl.pred.lemma_.lower() in FIGURATIVE_NOUNS and not ctx.has_count(sent_i):
                    continue      # "a fight broke out in the stands", "a war of words erupted" (no toll, no actor)
                anchor = cl.anchor_token
                # (", killing the official" after an attack coded in its governing clause is that attack's toll)
                # (or one the parser hung on that act's object: "invaded three villages, killing ...")
                governors = {anchor.head.i} if anchor.dep_ == "advcl" else \
                    {a.i for a in anchor.ancestors} if anchor.dep_ == "acl" and "participle after" in cl.subj_rule else set()
                toll_of_act = code[:2] in ("18", "19", "20") and anchor.tag_ == "VBG" \
                    and any(getattr(e, "trigger_token", None) in governors and (e.quad_class or 0) == 4
                            for e in events)
                # ("the millions who have marched through the streets": a crowd that protested, in a relative clause)
                crowd_protest = code[:2] == "14" and anchor.dep_ == "relcl" and cl.subj is not None \
                    and cl.subj.i == anchor.head.i and (cl.subj.lemma_.lower() in CROWD_NOUNS or cl.subj.like_num) \
                    and self._tensed(anchor)
                if self._clause_depth(anchor) > 0 and not ctx.has_count(sent_i) and not toll_of_act and not crowd_protest \
                        and not (code[:2] in ("17", "18", "19", "20") and self._tensed(anchor)):
                    continue
            start, end = cl.trigger_span
            depth = self._clause_depth(cl.anchor_token)
            base = 0.5
            for s, t in (pairs or [(s, t) for s in (sources or [None]) for t in (targets or [None])]):
                if s is not None and t is not None:
                    if ("coreference" in (t.why or "") and (t.text or "").lower() in OBJECT_PRONOUNS
                            and ((s.entity and s.entity == t.entity) or s.code == t.code)) \
                            or (s.start is not None and s.start == t.start and cl.rule.startswith("verb misread")):
                        # "Hezbollah had captured them": a plain object pronoun is not the subject itself;
                        # in a misread verb ("militants detonate[NN] bombs") the subject inside the object phrase is none
                        if any(e.trigger_start == start and e.source is s for e in events):
                            continue
                        t = None
                    elif s.start is not None and s.start == t.start and len(targets) == 1 and cl.passive \
                            and int(code[:2]) >= 14:
                        # "the sites targeted by the air force": the target phrase, read with its participle,
                        # named the agent; an act of protest or force stands, with no target ("the claims made by
                        # the government" is no accusation)
                        t = None
                    elif (s.entity and s.entity == t.entity) or (s.start is not None and s.start == t.start
                                                                  and not one_word_for_two(pairs, s, t)) or \
                            (s.code == t.code and (s.text or "").lower() == (t.text or "").lower()) \
                            or bound_to(t, s):
                        continue          # (also "women are freeing themselves": done to oneself, no dyad)
                    if t is not None and s.code == t.code and not _distinct_parties(s, t):
                        # two different actors with one code ("herders" and "farmers", both AGR):
                        # keep the act, but not a self-directed dyad (two different known actors, "Sunak sacked
                        # Braverman", are two parties of one government: the dyad stands)
                        if any(e.trigger_start == start and e.source is s and e.target is None for e in events):
                            continue
                        t = None
                conf = base
                conf += 0.2 if s is not None and s.code else 0.0
                conf += (0.2 if t is not None and t.code else 0.0) if wants_target else 0.15
                conf += 0.05 if (entry.object or entry.prep not in (None, "-", "")) else 0.0
                conf -= 0.06 * depth       # the sentence's main act beats one in a relative or adverbial clause
                conf -= 0.08 if code.startswith("01") else 0.0   # a bare statement is rarely the story
                conf -= 0.05 if modality == "reported" else 0.0
                conf -= 0.05 if cl.kind == "noun" and cl.light_verb is None and cl.anchor is None else 0.0
                conf -= 0.05 if fallback else 0.0
                events.append(Event(
                    source=s, target=t, cameo=code, plover_type=info.plover_type, plover_mode=info.plover_mode,
                    goldstein=info.goldstein, quad_class=info.quad_class, sentence=sent_i,
                    trigger_text=ctx.text[start:end], trigger_start=start, trigger_end=end,
                    confidence=max(0.05, min(conf, 0.99)), pattern=entry.id,
                    rule=f"{rule}; subject by {cl.subj_rule or 'none'}", modality=modality,
                    sentence_text=ctx.text[sent.start_char:sent.end_char].strip()))
                events[-1].trigger_token = cl.anchor_token.i
                events[-1].act_tokens = tuple({cl.anchor_token.i, cl.pred.i}
                                              | ({cl.light_verb.i} if cl.light_verb is not None else set()))
                if cl.purpose and not cl.intent and cl.governor is not None:
                    events[-1].purpose_of = cl.governor.i
                if modality == "intent" and cl.intent_head is not None:
                    events[-1].intent_of = cl.intent_head.i
        return self._dedupe(fold_means_and_intentions(
            one_event_per_act(events, sent.doc, ctx.text, self.attack_cues.get("harm", frozenset())), sent.doc, force_purpose_of))


    @staticmethod
    def _dedupe(events: list[Event]) -> list[Event]:
        """One event per trigger and dyad: the same words never give two events with the same source and target
        (two readings of one predicate keep the more confident)."""
        seen = {}
        for e in events:
            key = (e.source.code if e.source else None, e.target.code if e.target else None, e.trigger_start)
            if key not in seen or seen[key].confidence < e.confidence:
                seen[key] = e
        return [e for e in events if seen.get((e.source.code if e.source else None, e.target.code if e.target else None,
                                               e.trigger_start)) is e]
