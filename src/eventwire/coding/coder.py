"""The event coder: clauses + lexicon + actors -> events.

For every sentence, each verb (and each event noun that has a governor able to give it a source) is matched against
the lexicon; its subject and target phrases are resolved to actors (known names, demonym + sector noun, capitals for
governments, pronouns and role nouns linked to earlier actors). Coordinated actors give one event each. Negated and
hypothetical clauses give no event; intentions ("will keep up support for", "pledged to send aid") are coded as the
matching 03x (cooperative) or 13x (threat) code; reporting verbs ("said", "noted") are not events. Every event
carries its trigger span, sentence, the lexicon entry id, the clause rule and a confidence.

Per clause, code_sentence runs the steps in order, each in its own module: the gate that keeps only acts
(clause_gate.py), how the act is told and the code that gives (act_reading.py), the sources (resolve.py and the
implied doers), the targets (target_chain.py: the pattern's slot, then each fallback), who acts on whom when
parties are named together (reciprocal.py), then the rows (event_rows.py). The coder's own helpers are mixins, one
module each: predicates (which words are acts), agency (who can act), roles (the target slot), resolve (actors from
phrases), place_held (the state that holds a place acted on), speech_acts (demands reported as what another must
do); word tables and DocContext are in context.py, whose names other modules import from here too.
"""
from __future__ import annotations

import time
from typing import Optional

from eventwire.coding.co_doers import drop_co_doers
from eventwire.coding.self_blame import self_blame
from eventwire.coding.home_critics import home_critics
from eventwire.coding.promised_for import promised_for
from eventwire.coding.covered_parties import covered_parties
from eventwire.coding.judged_people import judged_person
from eventwire.coding.tables import word_kind_sets
from eventwire.coding.adversary_claims import adversary_claim, alleged_act
from eventwire.coding.act_args import hidden_doer_why
from eventwire.coding.backed_hostility import backed_hostility
from eventwire.coding.helped_aid import helped_aid
from eventwire.coding.saving_force import saving_force
from eventwire.coding.case_apposed import instance_named
from eventwire.coding.disputed_claims import disputed_claims
from eventwire.coding.speech_venue import speech_venues
from eventwire.coding.guessed_minds import guessed_minds
from eventwire.coding.justified_acts import justified_acts
from eventwire.coding.blame_finding import blame_findings, refile_findings
from eventwire.coding.acts import one_event_per_act
from eventwire.coding.agency import Agency
from eventwire.coding.copular_other import copular_other
from eventwire.coding.clauses import INTENT_HEADS, SUPPORT_WORDS
from eventwire.coding.document_stance import stance_entry
from eventwire.coding.clause_gate import not_an_act
from eventwire.coding.context import story_countries  # noqa: F401  (re-exported: pipeline.py)
from eventwire.coding.context import (COUNTRY_NOUNS, GROUP_NOUNS, IGO_NOUNS, ROLE_NOUNS,  # noqa: F401  (re-exported)
                                      _coding_table, dateline_span, junk_spans, supporter_tokens)  # noqa: F401
from eventwire.coding.context import (DocContext, DocTimeout, load_attack_cues, load_non_agents, modal_code,
                                      occurrence_verbs, _sector_only)
from eventwire.coding.act_reading import act_reading
from eventwire.coding.event_rows import add_rows, unattributed_kept
from eventwire.coding.implied_doers import implied_doer
from eventwire.coding.protest_crowd import protest_crowd
from eventwire.coding.target_chain import find_targets
from eventwire.coding.joining import joins_as_member
from eventwire.coding.force_codes import weapon_mention
from eventwire.coding.acts import fold_means_and_intentions
from eventwire.coding.captors import note_captors, owned_captives, remembered_captor, repeated_captor
from eventwire.coding.repatriated import receiving_states
from eventwire.coding.tried import accused_on_trial
from eventwire.coding.place_held import PlaceHeld
from eventwire.coding.avenged import note_acts
from eventwire.coding.among_themselves import among_themselves
from eventwire.coding import media, mentioned_acts, nonevent, private_report
from eventwire.coding.told_speaker import words_as_doer
from eventwire.coding.scene_places import scene_capital
from eventwire.coding.predicates import Predicates
from eventwire.coding.reciprocal import accompanying, co_possessor, content_object, reciprocal_pairs, verbal_fight
from eventwire.coding.resolve import ActorResolution
from eventwire.coding.roles import Roles
from eventwire.coding.speech_acts import SpeechActs
from eventwire.coding.speaker_forces import own_forces_speaker
from eventwire.coding.told_conjunct import teller_of_conjunct
from eventwire.coding.relative_name import apposed_name, relative_name
from eventwire.knowledge import actor_country, backed_home, implicit_agents
from eventwire.knowledge.nationality import holder_state
from eventwire.model import Event


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
        kinds = word_kind_sets("non_agents.tsv")
        self.hazard_verbs = kinds.get("hazard-verb", frozenset())
        self.incident_nouns = kinds.get("incident", frozenset())
        self.obstacles = kinds.get("obstacle", frozenset())
        self.vehicles = kinds.get("vehicle", frozenset())
        # "explode", "burst", "catch": accidents when their subject is a thing that blows up or burns ("a fuel tanker")
        self.burst_verbs = kinds.get("burst", frozenset())
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
        mentions = [m for m in self.kb.find(text, date, story=True)
                    if m.start is not None and not ctx.in_junk(m.start, m.end)]
        mentions.sort(key=lambda a: a.start)
        from eventwire.knowledge.story_acronyms import acronym_mentions
        from eventwire.knowledge.org_names import defined_org_names
        named = defined_org_names(lambda p, at: self.kb.resolve_phrase(p, at, date, ()), text)
        # "the SNC" after "Syrian Negotiations Commission"; "the MLC" after "the Malawi Labour Congress (MLC)"
        ctx.mentions = acronym_mentions(text, mentions, [m for m in named if not ctx.in_junk(m.start, m.end)])
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
                if sent_i == 0:
                    raise DocTimeout(f"coding stopped at sentence {sent_i}")
                # past the time limit: the sentences coded so far keep their events (pipeline: a partial record)
                ctx.stopped_at = (sent_i, sum(1 for _ in doc.sents))
                break
            # (a sentence of nothing but white space: no token that is not a space; Span.text would join them all)
            if ctx.in_junk(sent.start_char, sent.end_char) or all(t.is_space for t in sent):
                continue
            found = self.code_sentence(sent, sent_i, ctx)
            note_captors(found, sent_i, ctx)      # (who took whom: coding/captors.py)
            note_acts(found, sent_i, ctx)         # (who harmed whom: coding/avenged.py)
            events.extend(found)
            ctx.coref.remember(sent, sent_i)
        return events


    def code_sentence(self, sent, sent_i: int, ctx: DocContext) -> list[Event]:
        events = []
        force_purpose_of: set[int] = set()
        findings: dict[int, set] = {}     # a finder's verb -> the parties its finding blames (coding/blame_finding.py)
        self.sense_ctx = ctx      # (a pronoun subject's kind from coreference: coding/senses.py)
        for cl, entry in self.clauses(sent):
            entry = stance_entry(cl, entry) or entry      # "issued a letter critical of X": 111 at X
            if (charged := alleged_act(self, cl, entry, ctx, sent, sent_i)) is not None:
                events.extend(charged)
                continue          # "Tehran alleged that Riyadh had attacked a tanker": 112 (adversary_claims.py)
            if not_an_act(self, cl, entry, ctx, force_purpose_of):
                continue          # irrealis, unasserted, figures, names, scenes, aims (coding/clause_gate.py)
            if not cl.negated and (rep := self.blamed_by(cl, entry)) is not None:
                blamed = self._blame(cl, entry, rep, sent, sent_i, ctx)
                findings.setdefault(rep.i, set()).update(e.target.start for e in blamed)
                events.extend(blamed)
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
            read = act_reading(self, cl, entry, code, rule, refusal)      # (coding/act_reading.py)
            if read is None:
                continue
            code, modality, rule, info = read
            sources = self.actors_for(cl.subj, ctx, sent, role="source",
                                      coordinate=not cl.subj_rule.startswith("first party"))
            sources = words_as_doer(cl, code, hidden_doer_why(cl.subj_rule, sources))   # (act_args, told_speaker)
            sources, how = scene_capital(cl, code, sources)    # "the Lisbon summit": where (coding/scene_places.py)
            rule += how
            if not sources and (implied := implied_doer(self, cl, code, modality, ctx, sent)) is not None:
                sources, how = implied   # a weapon's owner, an act's announcer (coding/implied_doers.py)
                rule += how
            if not sources and (crowd := protest_crowd(self, cl, code, ctx)) is not None:
                sources, rule = crowd[0], rule + crowd[1]   # "700 marched through Hamburg" (coding/protest_crowd.py)
            if not sources and (teller := teller_of_conjunct(cl, code)) is not None \
                    and (said := self.actors_for(teller, ctx, sent, role="source")):
                sources = said   # "X said the situation was dire and called on ...": X called (coding/told_conjunct.py)
                rule += f"; doer: the subject of '{teller.head.lower_}', the parser hung the verb in what was said"
            if sources and (name := apposed_name(cl)) is not None \
                    and (named := self.actors_for(name, ctx, sent, role="source")):
                sources = named  # "Trump's defense secretary, James Mattis, who resigned": Mattis (relative_name.py)
                rule += f"; doer: '{name.text}', the name apposed to the noun before the relative pronoun"
            if not sources and (name := relative_name(cl)) is not None \
                    and (named := self.actors_for(name, ctx, sent, role="source")):
                sources = named  # "a buffer between X and Niger - which has threatened": Niger (coding/relative_name.py)
                rule += f"; doer: '{name.text}', the name before the relative pronoun"
            if (unarmed := nonevent.private_pronoun_doer(cl, code, sources,
                                                                  lambda t: self._sector_of(t, ctx))) is not None:
                if ctx.coref is not None and ctx.coref.quote_at(cl.subj.idx) >= 0:
                    continue      # '"they kill everyone," a resident said': an accusation whose doer is not known
                sources = []      # "They seemed to be killing anyone outdoors" after "people": not the people
                rule += f"; {unarmed}"
            if not sources and cl.subj is not None and (other := copular_other(
                    cl.subj, relative=cl.subj_rule.startswith("relative clause subject"), pred=cl.pred)) is not None \
                    and (same := self.actors_for(other[0], ctx, sent, role="source")):
                sources = same   # "Russia was the country that protected him", "the first to condemn it was Macron"
                rule += f"; doer: the {other[1]}"
            if (modality == "intent" or (cl.intent and (code[:2] in ("03", "13") or modality == "refused"))) \
                    and self._prediction(cl, sources, ctx, sent, told_only=modality == "refused"):
                continue          # "the Kurds said Turkey would attack Afrin": their prediction, not Turkey's intent
                #                   (also a promise or threat, 03/13: "Paris said Beirut will provide guarantees", and
                #                   a refusal: "the minister said the rebels will never lay down their arms")
            if modality == "intent" and cl.intent_head is None and not sources and not cl.passive \
                    and cl.subj is not None and cl.subj.pos_ == "NOUN":
                continue          # "its looming loss will seal the group's demise", "this turn of events will force":
                # what a thing that names no actor will do is a prediction, not anyone's intention
            if (own := own_forces_speaker(self, cl, modality, sources, ctx, sent)) is not None:
                sources, rule = own[0], rule + own[1]   # "said his troops would retake": his (coding/speaker_forces.py)
            if (co := co_possessor(cl)) is not None and (more := self.actors_for(co, ctx, sent, role="source")):
                sources = more + [s for s in sources if all(s.code != m.code for m in more)]
                rule += f"; '{co.text}' possesses it too ('{co.text} and {cl.subj.text}'s {cl.pred.text}')"
            if (co := accompanying(cl, entry, code)) is not None and (more := self.actors_for(co, ctx, sent, role="source")):
                sources = sources + [m for m in more if all(s.code != m.code for s in sources)]
                rule += f"; '{co.text}' acts with it ('along with')"    # (coding/reciprocal.py)
            cl, code, info, rule, targets, tgt_tok, fallback = find_targets(
                self, cl, entry, code, info, rule, sources, ctx, sent)      # (coding/target_chain.py)
            targets, how = drop_co_doers(targets, sources, fallback)        # (coding/co_doers.py)
            rule += how
            if (blamed := self_blame(self, cl, code, ctx, sent)) is not None:
                sources, targets, how = blamed      # "X have only themselves to blame" (coding/self_blame.py)
                rule += how
            reciprocal_obj = content_object(self, cl, entry)     # (coding/reciprocal.py)
            if (verbal := verbal_fight(self, cl, code, sources, targets)) is not None and self.ontology.cameo(verbal):
                code, info = verbal, self.ontology.cameo(verbal)
                rule += f"; named people who bear no arms '{cl.pred.lemma_}' in words -> {verbal}"
            # (who acts on whom when parties are named together: coding/reciprocal.py)
            pairs, how = reciprocal_pairs(self, cl, entry, code, sources, targets, reciprocal_obj, ctx, sent)
            rule += how
            if not pairs:
                pairs, how = among_themselves(cl, sources, targets, ctx)   # "the factions accused each other"
                rule += how
            if targets and all(_sector_only(t) for t in targets):
                # "extradited two suspects to Uzbekistan", "shared intelligence ... with their Belgian counterparts"
                for alt, _ in self._fallback_targets(cl, tgt_tok, entry.cameo, with_object=False):
                    named = [a for a in self.actors_for(alt, ctx, sent, role="fallback") if not _sector_only(a)]
                    if named:
                        targets, fallback = named, True
                        rule += f"; named actor in '{alt.head.lower_ if alt.dep_ == 'pobj' else alt.dep_}' preferred"
                        break
            if (not targets or all(_sector_only(t) for t in targets)) \
                    and (inst := instance_named(tgt_tok if tgt_tok is not None else cl.obj)) is not None \
                    and (named := [a for a in self.actors_for(inst, ctx, sent, role="target") if not _sector_only(a)]):
                targets = named   # "to support a group, in this case the Kurds" (coding/case_apposed.py)
                rule += f"; target: '{inst.text}', the one the aside after '{(tgt_tok or cl.obj).text}' names"
            if sources and all(self._private(a, code, targets) or self._private(a, entry.cameo, targets) for a in sources):
                continue          # "Britons travelled to Syria", "refugees arriving in Europe": everyday life
            if joins_as_member(self, cl, sources, targets):
                continue          # "she joined the YPG", "fought alongside Kurdish forces": membership (joining.py)
            if (charged := adversary_claim(self, cl, code, modality, sources, targets, ctx, sent, sent_i)) is not None:
                events.extend(charged)
                continue          # "the envoy claims the UK is flouting the law": 112 (adversary_claims.py)
            claimed_by = nonevent.claimant(cl)
            if claimed_by is not None and nonevent.foreign_claim(
                    sources, self.actors_for(claimed_by, ctx, sent, role="source")):
                continue          # "Lavrov claimed the attack was staged": a claim about others, not asserted
            imputed_by = nonevent.imputer(cl, self.reporting) if claimed_by is None and modality == "intent" else None
            if imputed_by is not None and nonevent.imputed(
                    imputed_by, sources, self.actors_for(imputed_by, ctx, sent, role="source")):
                continue          # "'the army wants to force civilians out,' the militia said": the militia's account
            if private_report.told_by_private(self, cl, code, sources, ctx, sent):
                continue          # "the parents said the ministry refused": a private account (coding/private_report.py)
            if nonevent.everyday(cl, code, sources, targets, base=entry.cameo, kb=self.kb) \
                    or mentioned_acts.lodging(code, sources):
                continue          # "interviewed by the Guardian", "she travelled to Syria": journalism, a journey;
                # "a housing firm sheltered the family": lodging, not asylum
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
                if (charged := accused_on_trial(cl)) is not None:     # "awaiting trial accused of ..." (tried.py)
                    targets = self.actors_for(charged[1], ctx, sent, role="target")   # (not the trial's "author")
                    agent = implicit_agents.implicit_agent("115", "trial", charged[0], sent, ctx, targets)
                    rule = rule.replace(f"; target: author of '{charged[0].lemma_.lower()}'", "") \
                        + f"; the charge of the one tried ('{charged[1].text}') at the '{charged[0].text}'"
                if (owner := owned_captives(cl, code)) is not None \
                        and (held_by := self.actors_for(owner, ctx, sent, role="source")):
                    sources = held_by       # "two of al-Shabaab's hostages were freed" (coding/captors.py)
                    targets = [t for t in targets if all(t.code != h.code for h in held_by)]
                    rule += f"; doer: '{owner.text}', whose captives they were"
                elif (home := receiving_states(self, cl, entry.lemma, sources, targets, ctx, sent)) is not None:
                    sources, targets, pairs, how = home     # "repatriated to Kazakhstan" (coding/repatriated.py)
                    rule += how
                elif (agent is None or not agent.country) and (found := repeated_captor(
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
            if not targets and (covered := covered_parties(self, (tgt_tok, cl.obj), code, sources, ctx,
                                                           sent)) is not None:
                targets, rule = covered[0], rule + f"; target: {covered[1]}"   # "a ban covering X" (covered_parties.py)
            if not targets and (promised := promised_for(self, cl, code, sources, ctx, sent)) is not None:
                targets, rule = promised[0], rule + f"; target: {promised[1]}"   # "pledged to rebuild X for Y"
            # (the one backed does not take its backer's country: "rebels backed by Turkey")
            actor_country.fill_countries(sources, targets, cl.anchor_token, sent, ctx, code, entry.lemma,
                                         backed=cl.pred.lemma_.lower() in SUPPORT_WORDS)
            targets, how = judged_person(cl, code, sources, targets, tgt_tok, ctx)   # (coding/judged_people.py)
            rule += how
            if (charged := adversary_claim(self, cl, code, modality, sources, targets, ctx, sent, sent_i,
                                           saying=True)) is not None:
                events.extend(charged)
                continue          # "the SDF says Turkey is flouting the truce": an accusation (adversary_claims.py)
            if (critics := home_critics(cl, code, sources, targets)) is not None:
                sources, how = critics    # "Critics rebuked the chancellor": DEUOPP (coding/home_critics.py)
                rule += f"; doer: {how}"
            if cl.pred.lemma_.lower() in SUPPORT_WORDS:     # (not its own army: knowledge/backed_home.py)
                targets = backed_home.backers_own_left(sources, targets)
            if modality in ("asserted", "reported") and (got := holder_state(
                    sources, targets, cl.anchor_token, ctx, code, entry.lemma, cl)):     # "had her citizenship revoked"
                sources, rule = got, rule + "; implicit agent (the state whose nationality it is)"
            if (read := media.sides(cl, code, sources, targets,
                                    lambda t: ctx.mentions_from(t.left_edge.idx, t.right_edge.idx))) is None:
                continue          # "spoke with CNN", "an interview with the BBC": journalism
            sources, targets, how = read
            rule += how
            if not sources and not targets and not unattributed_kept(self, cl, code, info, events, sent_i, ctx):
                continue          # no actor at all (coding/event_rows.py)
            add_rows(self, cl, entry, code, info, rule, modality, sources, targets, pairs, fallback,
                     events, sent, sent_i, ctx)                             # (coding/event_rows.py)
        events = fold_means_and_intentions(
            one_event_per_act(events, sent.doc, ctx.text, self.attack_cues.get("harm", frozenset())), sent.doc, force_purpose_of)
        found = blame_findings(self, sent, sent_i, ctx)   # "the inquiry found X was behind it" (blame_finding.py)
        for e in found:
            findings.setdefault(e.trigger_token, set()).update((e.target.start, e.target.code))
        events = refile_findings(events + found, findings)     # "agreed X was behind it": the 112, no 010 beside it
        events = backed_hostility(self, events, sent.doc)     # "backed X's overthrow": hostility to X
        events = helped_aid(self, events, sent, ctx)          # "Qatar helped them train fighters": Qatar's aid to them
        events = saving_force(self, events, sent, ctx)        # "entered Syria, ensuring Assad's survival": 074 to Assad
        events = justified_acts(self, events, sent.doc)       # "justified a crackdown on X": the crackdown
        events = disputed_claims(self, events, sent.doc, ctx)   # "rejected X's claim that Y ...": 110
        events = speech_venues(self, events, sent.doc, ctx)     # "in a speech to parliament, X said Y ..."
        return self._dedupe(guessed_minds(self, events, sent.doc, ctx))   # "'Y probably fears ...,' X said" 


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
