"""The one pipeline: Documents in, Results out.

    code_batch(documents) -> list[Result]

serves the CLI, `--workers N` (a process pool of the same function), the Python API
(`eventwire.code_text`) and the Spark runner. Stages, in order, for each document:

    ingest checks -> spaCy parse (nlp.pipe, batched) -> story date -> counts -> places -> actors + clauses -> events
    (sector-only actors take the country of their place; an act with no actor at all is set aside) -> event locations,
    event dates -> Result

A document that cannot be coded gets status "skipped" or "failed" with a reason; no exception
leaves this module for one bad document.
"""
from __future__ import annotations

import functools
import logging
import time
import traceback
from typing import Optional, Sequence

from eventwire.coding.context import DocTimeout
from eventwire.read_text import NameCase, parse_text, requote
from eventwire.coding.doers import borrow_doers
from eventwire.coding.where_doers import where_doers
from eventwire.coding.ousted_doers import ousted_doers
from eventwire.coding.incidents import link_incidents
from eventwire.coding.place_anaphora import word_location
from eventwire.coding.retold import fold_mentions
from eventwire.coding.retold_words import fold_told_again
from eventwire.coding.ranked_retold import fold_ranked
from eventwire.coding.said_once import fold_sayings
from eventwire.coding.death_retold import fold_deaths
from eventwire.coding.retold_doers import retold_doers
from eventwire.coding.victim_doers import victim_doers
from eventwire.coding.own_assault import own_assault_doers
from eventwire.coding.backing_force import assault_backers_foe
from eventwire.knowledge.victim_country import victims_apart
from eventwire.knowledge.homecoming import brought_home
from eventwire.knowledge.home_dissent import curbed_at_home
from eventwire.knowledge.scene_victims import scene_victims
from eventwire.knowledge.returned_home import homes_after
from eventwire.knowledge.role_then import roles_then
from eventwire.knowledge.office_acts import office_acts
from eventwire.knowledge.office_then import offices_then
from eventwire.coding.combatants import armed_doers
from eventwire.coding.sides import fill_sides
from eventwire.coding.held_captors import held_captors
from eventwire.coding.answered import answered_targets
from eventwire.coding.answered_appeal import appeal_targets
from eventwire.coding.earlier_acts import earlier_act_targets
from eventwire.coding.restated_stance import restated_targets
from eventwire.coding.concurred import concurring_drops
from eventwire.coding.denied_claims import denied_claim_targets
from eventwire.coding.pronoun_acts import pronoun_act_targets
from eventwire.coding.harm_by import harm_targets
from eventwire.coding.held_in import custody_targets
from eventwire.coding.mediated_parties import mediated_parties
from eventwire.coding.eased_measures import eased_measures
from eventwire.coding.stopped_aid import stopped_aid_targets
from eventwire.coding.veto_forum import veto_forums
from eventwire.coding.city_gathering import city_gathering_parties
from eventwire.coding.access_asked import access_asked_targets
from eventwire.coding.own_circle import own_circle_countries
from eventwire.coding.setting_doers import setting_doers
from eventwire.coding.kin_doers import kin_doers
from eventwire.coding.named_crimes import crime_doers
from eventwire.coding.state_agents import check_state_agents
from eventwire.coding.story_courts import story_courts
from eventwire.coding.claimed import claimed_doers
from eventwire.coding.incident_doers import article_claims, incident_doers
from eventwire.coding.investigated import investigated_targets
from eventwire.coding.foes import foe_sides
from eventwire.knowledge.same_mention import same_mention_countries
from eventwire.coding.retaken import retaken_targets
from eventwire.coding.holdout_targets import holdout_targets
from eventwire.coding.side_index import polity_targets
from eventwire.coding.resisted import resisted_targets
from eventwire.coding.left_ground import left_ground_targets
from eventwire.coding.gave_way import gave_way_targets
from eventwire.coding.planted import captor_doers, planted_doers
from eventwire.coding.own_moves import own_movers
from eventwire.coding.withdrawals import withdrawal_targets
from eventwire.coding.withdrawal_places import withdrawal_places
from eventwire.coding.named_next import next_sentence_givers
from eventwire.coding.shared_doers import shared_doers
from eventwire.model import CODED, FAILED, OK, SKIPPED, Document, Result

log = logging.getLogger("eventwire.pipeline")

DEFAULT_DOC_TIMEOUT = 120.0
# the share of a document's time limit its sentences may take: past it the sentences coded so far keep their
# events and the rest of the limit places, dates and links them (a partial record with a reason, not a failed one)
SENTENCE_SHARE = 0.8
_INCIDENT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})     # the acts incidents group
_ORG_KINDS = frozenset({"igo", "group", "party"})      # actor mentions that name an organisation, not a place


def doc_timeout() -> float:
    """Seconds one document may spend in coding after its parse (actors, clauses, places, dates), from
    $EVENTWIRE_DOC_TIMEOUT (default 120); past it the document is failed with reason "timeout" and the run goes on.
    The same pipeline runs in `eventwire code` (and its worker processes, which inherit the variable), the API and
    Spark; each has an option that overrides the variable (`code --doc-timeout`, `serve --doc-timeout`,
    `spark --doc-timeout`, `code_batch(..., doc_timeout=)`). The parse itself cannot be stopped part-way; its cost is bounded
    by the limits on what the parser is given (nlp.bounded_text: punctuation runs, word length, sentence length,
    $EVENTWIRE_MAX_PARSE_TOKENS), measured by benchmarks/adversarial_parse.py."""
    import os
    try:
        value = float(os.environ.get("EVENTWIRE_DOC_TIMEOUT", DEFAULT_DOC_TIMEOUT))
    except ValueError:
        return DEFAULT_DOC_TIMEOUT
    return value if value > 0 else DEFAULT_DOC_TIMEOUT


class Pipeline:
    """Holds the loaded models and knowledge; one per process."""

    def __init__(self, actor_files: Sequence[str] = (), lexicon_files: Sequence[str] = ()):
        from eventwire import nlp
        from eventwire.coding.coder import Coder
        from eventwire.coding.lexicon import Lexicon, default_lexicon
        from eventwire.knowledge.actors import ActorKB, default_kb
        self.nlp = nlp.load()
        lex = Lexicon.load(extra_paths=tuple(lexicon_files)) if lexicon_files else default_lexicon()
        kb = ActorKB.load(extra_files=tuple(actor_files)) if actor_files else default_kb()
        self.coder = Coder(lexicon=lex, kb=kb)
        self._truecaser = None
        self.names = NameCase.of(kb)
        self.places = _optional("eventwire.knowledge.places")
        self.dates = _optional("eventwire.knowledge.dates")
        self.counts = _optional("eventwire.knowledge.counts")
        if self.places is not None:
            try:
                from eventwire.knowledge.gazetteer import default_gazetteer
                default_gazetteer()        # open (or build, first time) before the first document
            except Exception as exc:       # noqa: BLE001 - places are optional; say why once
                log.warning("gazetteer unavailable, places are not resolved: %s", exc)
                self.places = None

    # ------------------------------------------------------------------
    def code(self, documents: Sequence[Document], batch_size: int = 32,
             timeout: Optional[float] = None) -> list[Result]:
        """One Result per Document, in order; ``timeout``: seconds each document may spend in coding after its
        parse (None: ``doc_timeout()``)."""
        limit = timeout if timeout is not None and timeout > 0 else doc_timeout()
        from eventwire.ingest.checks import parsable
        documents = [parsable(d) for d in documents]     # (text that is no string, or no UTF-8: never a parse error)
        results: list[Optional[Result]] = [None] * len(documents)
        todo = []
        for i, d in enumerate(documents):
            if d.status != OK:
                results[i] = Result(document=d, status=d.status, reason=d.reason, date=d.date)
            else:
                todo.append(i)
        from eventwire import nlp
        reads = {i: self.readable(documents[i].text) for i in todo}
        texts = (parse_text(reads[i], self.names) for i in todo)
        try:
            parsed = nlp.parse_with(self.nlp, texts, batch_size=batch_size)    # (long texts in pieces)
            for i, sdoc in zip(todo, parsed):
                results[i] = self._code_one(documents[i], sdoc, reads[i], limit)
        except Exception as exc:  # noqa: BLE001 - a parser failure fails the affected documents, not the run
            for i in todo:
                if results[i] is None:
                    results[i] = self._code_alone(documents[i], exc, limit)
        return results  # type: ignore[return-value]

    def readable(self, text: str) -> str:
        """The text the stages read: the document's own, or for a document without case (all lower or all
        upper case, or a headline line in capitals) a copy with case restored at the same offsets
        (knowledge/truecase.py)."""
        from eventwire.knowledge import truecase
        try:
            if not truecase.caseless_parts(text):
                return text
            if self._truecaser is None:
                gaz = None
                if self.places is not None:
                    from eventwire.knowledge.gazetteer import default_gazetteer
                    gaz = default_gazetteer()
                self._truecaser = truecase.Truecaser(kb=self.coder.kb, lexicon=self.coder.lex, gazetteer=gaz)
            return truecase.restore_if_caseless(text, self._truecaser)
        except Exception as exc:  # noqa: BLE001 - without restored case the text is still coded as it is
            log.warning("case not restored: %s: %s", type(exc).__name__, exc)
            return text

    def _code_alone(self, d: Document, first_exc: Exception, limit: Optional[float] = None) -> Result:
        from eventwire import nlp
        try:
            read = self.readable(d.text)
            return self._code_one(d, nlp.parse_one(self.nlp, parse_text(read, self.names)), read, limit)
        except Exception as exc:  # noqa: BLE001
            return Result(document=d, status=FAILED, reason=f"parse error: {type(exc).__name__}: {exc}", date=d.date)

    def _act_noun(self, tok) -> bool:
        """Whether a noun names an act of material conflict ("the strikes"), a weapon that acts ("the blast", "the
        drone") or an incident (data/coding/non_agents.tsv `incident`: "the incident")."""
        from eventwire.coding.context import agent_codes
        lemma = self.coder.event_noun(tok)
        if lemma is not None:       # an act of the incidents' kinds ("the attack"), not "the coalition" (062)
            return any((e.cameo or "")[:2] in _INCIDENT_ROOTS for e in self.coder.lex.match_noun(lemma))
        return tok.lemma_.lower() in agent_codes() or tok.lemma_.lower() in self.coder.incident_nouns

    def _code_one(self, d: Document, sdoc, read: Optional[str] = None, limit: Optional[float] = None) -> Result:
        from eventwire.nlp import doc_text, max_parse_tokens, parse_cut
        t0 = time.perf_counter()
        limit = limit or doc_timeout()
        read = d.text if read is None else read
        try:
            res = Result(document=d, status=CODED, sentences=[(s.start_char, s.end_char) for s in sdoc.sents])
            date, _prec = d.date, "day" if d.date else None
            dateline_place = None
            if self.dates is not None:
                date, _prec, res.date_why = self.dates.story_date_why(read, d.date)
            res.date = date
            ctx = self.coder.context(sdoc, date, original_text=read)
            ctx.deadline = t0 + limit * SENTENCE_SHARE
            counts = self.counts.find_counts(sdoc) if self.counts is not None else []
            ctx.count_sentences = {c.sentence for c in counts}
            places = []
            if self.places is not None:
                # before the events: an actor with no country of its own takes the country of where it acted
                # (names the actor knowledge reads as an organisation, "Nato", "Isis": no town's)
                orgs = {(m.start, m.end) for m in ctx.mentions if m.kind in _ORG_KINDS}
                capitals = {(m.start, m.end): m.country for m in ctx.mentions if m.kind == "capital" and m.country}
                places = self.places.find_places(sdoc, context_countries=ctx.place_countries, org_spans=orgs,
                                                 capital_spans=capitals)
                places = [p for p in places if not ctx.in_junk(p.start, p.end) or p.feature]
                dateline_place = next((p for p in places if any(s <= p.start and p.end <= e for s, e in ctx.junk)), None)
                places_out = places           # the dateline's place is a place mention too
            else:
                places_out = []
            ctx.places, ctx.dateline_place = places_out, dateline_place
            if places_out:
                # the places resolved from the whole document before actors take countries from them: a capital's
                # name the places stage read as a namesake town ("Paris" of a Texas story) is that town, and the
                # story's countries are counted again without the capital's
                from eventwire.knowledge.actor_where import namesake_capitals
                from eventwire.coding.coder import story_countries
                if namesake_capitals(ctx.mentions, [], places_out):
                    story_countries(ctx)
            events = self.coder.code(sdoc, date, ctx)
            # the rest of the limit places and dates the events (at least its share after the sentences: one
            # sentence may have run past the sentences' share)
            post_deadline = max(t0 + limit, time.perf_counter() + limit * (1 - SENTENCE_SHARE))
            if places_out:
                # (and the sides the coder resolved from its own phrases)
                namesake_capitals([], events, places_out)   # "Paris" of a Texas story: no French government
            # no event without an actor: an act with neither a source nor a target (nor an implicit agent, see
            # knowledge/actor_country.py) is no row a researcher can use
            res.unattributed = [e for e in events if not _has_actor(e)]
            events = [e for e in events if _has_actor(e)]
            focus = self.places.article_focus(sdoc, places_out) if self.places is not None and events else None
            unplaced = None
            for k, e in enumerate(events):
                if time.perf_counter() > post_deadline:
                    # past the limit: the events not yet placed are kept, with the story's date and no place
                    unplaced = (len(events) - k, len(events))
                    for rest in events[k:]:
                        if date:
                            rest.date, rest.date_precision = date, "day"
                    break
                ti = e.trigger_token
                if self.places is not None and ti is not None:
                    e.location = self.places.event_location(sdoc, ti, places_out, dateline_place, focus,
                                                            (e.trigger_start, e.trigger_end), e.act_tokens)
                    if e.location is None or e.location.precision in ("dateline", "article"):
                        # an act done to "the town", "there": the place the word stands for (place_anaphora.py)
                        e.location = word_location(ctx, e.target) or e.location
                if self.dates is not None and ti is not None:
                    e.date, e.date_precision = self.dates.event_date(sdoc, ti, date)
                elif date:
                    e.date, e.date_precision = date, "day"
            # a person out of office at the story date who acted in office at the act's own date (knowledge/role_then.py)
            events = roles_then(getattr(self.coder, "kb", None), events, date)
            # ... or in the office its sentence says it held then: "resigned as president" (knowledge/office_then.py)
            events = offices_then(getattr(self.coder, "kb", None), sdoc, events, date)
            # ... or undated, in the last office it held, for an act only an office holder does (knowledge/office_acts.py)
            events = office_acts(getattr(self.coder, "kb", None), events, date)
            # acts of force told with no doer take the doer the article names for them (coding/doers.py; placed
            # first: two acts whose places differ are not one)
            # an arrest's implicit state agent, where the article tells armed irregulars holding people there too
            events = check_state_agents(events)
            # a court's act with no place of its own: the courts of the article's one court country (story_courts.py)
            events = story_courts(sdoc, events)
            events = borrow_doers(self.coder, sdoc, events, ctx)
            # an act done during a side's rule or campaign, or described by a relative clause on its act noun: that
            # side (coding/setting_doers.py)
            events = setting_doers(self.coder, sdoc, events, ctx)
            # "abducted by their father": the victims' own kin, their country's private people (coding/kin_doers.py)
            events = kin_doers(sdoc, events)
            # a bare passive act after an atrocity named with its doer just before: that doer (coding/named_crimes.py)
            events = crime_doers(self.coder, sdoc, events, ctx)
            # an act of force with no doer told near a claim of responsibility for it: the claimer (claimed.py)
            events = claimed_doers(self.coder, sdoc, events, ctx)
            # a side still missing that the article's other tellings of the same kind of act make plain
            events = fill_sides(self.coder, sdoc, events, ctx)
            # an act of force with one side missing: the other side's one foe in the article (coding/foes.py)
            events = foe_sides(self.coder, sdoc, events, ctx)
            # harm told in a "where" clause of the place an act of force was done at: that act's doer (where_doers.py;
            # after the stages that read the article's sides, so that it adds no telling to their counts)
            events = where_doers(sdoc, events, ctx)
            # ground taken back with no side named: the one side the article tells driven out (coding/retaken.py)
            events = retaken_targets(sdoc, events, self.coder, ctx)
            # an act of force with a doer and no target: the side the article names holding out, or the one side the
            # doer took ground from (coding/holdout_targets.py)
            events = holdout_targets(self.coder, sdoc, events, ctx)
            # an act of force done to "the caliphate": the side the noun stands for (coding/side_index.py)
            events = polity_targets(self.coder, sdoc, events, ctx)
            # "defend Afrin against the Turkish assault": the one resisting the act (coding/resisted.py)
            events = resisted_targets(self.coder, sdoc, events, ctx)
            # "entered the town after Kurdish forces pulled out": each aimed at the other, where they are foes
            # (coding/left_ground.py)
            events = left_ground_targets(self.coder, sdoc, events, ctx)
            # "withdrew, pursued by the Kurds", "retreated after losing X to Y", "an SDF leader said fighters had
            # surrendered": the side it gave way to (coding/gave_way.py)
            events = gave_way_targets(self.coder, sdoc, events, ctx)
            # a side driven out with no doer: the one side told taking ground from it just before (ousted_doers.py)
            events = ousted_doers(sdoc, events, ctx)
            # "the booby trap went off": the owner the article named on that device (coding/planted.py)
            events = planted_doers(sdoc, events, ctx)
            events = captor_doers(sdoc, events, ctx)     # "the hostages were murdered": their one named captor
            # "Japanese troops were withdrawn": the owner of the moved forces, staff or measures (coding/own_moves.py)
            events = own_movers(sdoc, events, ctx)
            # "the Dutch pullout": the country the story's withdrawals by that state leave (coding/withdrawals.py)
            events = withdrawal_targets(sdoc, events)
            # "pulled its troops out of the area": the country of the place the withdrawal plainly leaves
            # (coding/withdrawal_places.py)
            events = withdrawal_places(sdoc, events)
            # an act of custody or force told in one passive with another that now has a doer (coding/shared_doers.py)
            events = shared_doers(sdoc, events)
            # "killed in the attacks" after an act whose doer a stage above found: that doer (coding/retold_doers.py)
            events = retold_doers(self.coder, sdoc, events, ctx)
            # a killing in a protest with no doer: the state's security forces there (coding/setting_doers.py)
            events = setting_doers(self.coder, sdoc, events, ctx, protest=True)
            # an act of force with no doer after an act against the same victim, or the same side at the same town,
            # that names one (coding/victim_doers.py)
            events = victim_doers(sdoc, events, ctx)
            # "soldiers were killed in a failed assault on a Kurdish position": they made it (coding/own_assault.py)
            events = own_assault_doers(sdoc, events)
            # force backing the one an assault was aimed at ("an assault on a base backed by US airpower") strikes
            # the assault's doer (coding/backing_force.py)
            events = assault_backers_foe(sdoc, events)
            # a demand, objection, rejection or threat: the doer of the act it answers (coding/answered.py)
            events = answered_targets(self.coder, sdoc, events, ctx)
            # an intent or refusal answering another's appeal named in its sentence (coding/answered_appeal.py)
            events = appeal_targets(sdoc, events)
            # a response to an act noun told before ("denies the charge", "the move was condemned"): that act's doer
            # (coding/earlier_acts.py)
            events = earlier_act_targets(sdoc, events)
            # a bare "agreed" after someone's words, answering no bid: a view shared, no act (coding/concurred.py)
            events = concurring_drops(sdoc, events)
            events = pronoun_act_targets(sdoc, events)   # "Germany welcomed it": the act 'it' stands for
            # a denial of a claim told before ("Athens said ... Ankara denied the claim"): its teller
            # (coding/denied_claims.py)
            events = denied_claim_targets(self.coder, sdoc, events, ctx)
            # "I strongly disagree" after its speaker rejected someone's claim: that one (coding/restated_stance.py)
            events = restated_targets(sdoc, events)
            # "the envoy was widely praised. Togo commended her ...": the giver named next (coding/named_next.py)
            events = next_sentence_givers(sdoc, events)
            # an act of force named as the means of a harm: the harm's target (coding/harm_by.py)
            events = harm_targets(sdoc, events)
            # a custody named by a noun: the ones held in it (coding/held_in.py)
            events = custody_targets(self.coder, sdoc, events, ctx)
            # a capture with no doer: the captor or local holder the article names for the same captives (held_captors.py)
            events = held_captors(events)
            # a mediation aimed at the sides of the quarrel it goes between (coding/mediated_parties.py)
            events = mediated_parties(self.coder, sdoc, events, ctx)
            # an easing aimed at the ones its measure's own clause says it was imposed on (coding/eased_measures.py)
            events = eased_measures(sdoc, events)
            # aid stopped or resumed with no recipient: the one its side's aid told before went to
            # (coding/stopped_aid.py)
            events = stopped_aid_targets(sdoc, events)
            # a veto with no target: the body it was cast in, named in its sentence (coding/veto_forum.py)
            events = veto_forums(sdoc, events, ctx)
            # "the Tehran summit" with no other party: the parties the story tells at that city's summit
            # (coding/city_gathering.py)
            events = city_gathering_parties(sdoc, events)
            # a plea for access with no target: the side the story tells besieging (coding/access_asked.py)
            events = access_asked_targets(sdoc, events)
            # "a meeting with his national security team": the doer's own body, of its country (coding/own_circle.py)
            events = own_circle_countries(sdoc, events)
            # a private person who fights bears arms: irregular (UAF), not a civilian (coding/combatants.py)
            events = armed_doers(sdoc, events, ctx)
            # one phrase two acts share, placed in one and bare in the other: the placed reading (same_mention.py)
            events = same_mention_countries(events)
            if read is not d.text:
                requote(d.text, read, res.sentences, events)     # the stages read a copy with case restored
            stext = doc_text(sdoc)       # (Doc.text joins every token's text: built once, not per place)
            if stext != read:
                # spaCy's copy (parse_text: apostrophes, brackets): a span quoted from a token is the user's text
                requote(d.text, stext, res.sentences, events, note=None)
            if stext != d.text:
                # spaCy read a copy with brackets or a dateline dash changed (parse_text), or with case restored:
                # quote the user's own text
                for x in places_out + counts:
                    if x.start is not None and x.end is not None:
                        x.text = d.text[x.start:x.end]
                # a place no gazetteer entry names is named by its words: the text's, not the parser's copy's
                for x in places_out + [e.location for e in events if e.location is not None]:
                    if x.start is not None and getattr(x, "name", None) == stext[x.start:x.end]:
                        x.name = read[x.start:x.end]
            res.events = events
            res.places = places_out
            cut = parse_cut(read)
            # (what was left out, in the order it was: sentences not coded, events not placed, text not parsed)
            reasons = [stopped_reason(ctx.stopped_at, res.sentences, limit) if ctx.stopped_at is not None else None,
                       f"timeout: {unplaced[0]} of {unplaced[1]} events not placed or dated within the {limit:g} s "
                       "limit (--doc-timeout, EVENTWIRE_DOC_TIMEOUT): they carry the story's date and no place"
                       if unplaced else None,
                       f"parsed up to character {cut} of {len(read)}: over {max_parse_tokens()} tokens "
                       "(EVENTWIRE_MAX_PARSE_TOKENS)" if cut is not None else None]
            if any(reasons):
                res.reason = "; ".join(x for x in reasons if x)
            if counts:
                res.counts = counts
                attach_counts(sdoc, events, counts)
            if events:
                res.incidents = link_incidents(sdoc, events, counts,
                                               [d.text[s:e].strip() for s, e in res.sentences], story_date=date,
                                               act_noun=self._act_noun)
                # a doerless mention of an incident the article attributes elsewhere: that doer (incident_doers.py)
                events = incident_doers(sdoc, events, res.incidents, article_claims(self.coder, sdoc, ctx),
                                        self._act_noun, story_date=date)
                # an investigation of an act with no target: the act's doer, or its place's state (investigated.py)
                events = investigated_targets(sdoc, events, places_out)
                # an act told again is one event, its other tellings kept on it (coding/retold.py)
                res.events = fold_mentions(events, res.incidents, d.text, sdoc, self._act_noun)
                # and so is a statement, meeting or other act of words told again (coding/retold_words.py)
                res.events = fold_told_again(res.events, res.incidents, d.text, sdoc)
                # and so is an act told again by its rank in a series, "the sixth Briton killed" (ranked_retold.py)
                res.events = fold_ranked(res.events, res.incidents, d.text, sdoc)
                # and so is a named person's death told again by name (coding/death_retold.py)
                res.events = fold_deaths(res.events, res.incidents, d.text, sdoc)
                # and so is a saying told through its statement or again in its quotation (coding/said_once.py)
                res.events = fold_sayings(res.events, res.incidents, d.text, sdoc, ctx)
                # the victims of an act of force take no country from its late-found doer's mention alone
                res.events = brought_home(sdoc, victims_apart(sdoc, res.events, ctx))
                # a state's critics it curbs at home are its own (knowledge/home_dissent.py)
                res.events = curbed_at_home(sdoc, res.events, ctx)
                # bare victims of force are of the place the act was done (knowledge/scene_victims.py)
                res.events = scene_victims(sdoc, res.events, ctx)
                # an arrest upon coming home of one placed since: the police of that home (knowledge/returned_home.py)
                res.events = homes_after(res.events)
        except DocTimeout as exc:
            res = Result(document=d, status=FAILED, date=d.date,
                         reason=f"timeout: coding took over {limit:g} s ({exc}; --doc-timeout, EVENTWIRE_DOC_TIMEOUT)")
        except Exception as exc:  # noqa: BLE001 - one document's failure is reported, never raised
            log.debug("coding failed for %s", d.id, exc_info=True)
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            res = Result(document=d, status=FAILED, date=d.date,
                         reason=f"coding error: {type(exc).__name__}: {exc} (at {tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})")
        res.seconds = time.perf_counter() - t0
        return res


def stopped_reason(stopped_at: tuple, sentences: list, limit: float) -> str:
    """The reason a record coded in part says: at which sentence (and character) coding stopped at its time limit,
    and that the events of the sentences before it are kept."""
    k, n = stopped_at
    at = f", character {sentences[k][0]}" if k < len(sentences) else ""
    return (f"timeout: coding stopped at sentence {k + 1} of {n}{at} after {limit * SENTENCE_SHARE:g} s of its "
            f"{limit:g} s limit (--doc-timeout, EVENTWIRE_DOC_TIMEOUT); the events of the {k} sentences before it "
            "are kept, the rest is not coded")


def _has_actor(e) -> bool:
    return bool(e.source is not None and e.source.code or e.target is not None and e.target.code)


def attach_counts(sdoc, events, counts) -> None:
    """Each count goes to one event of its sentence (a conflictual one, quad class 3 or 4): the event whose act's
    words the count's phrase hangs on ("killing at least 12 civilians": the act that killed), else the act of
    force nearest to it, else the nearest conflictual event."""
    by_sent: dict = {}
    for e in events:
        if (e.quad_class or 0) >= 3 and e.sentence is not None:
            by_sent.setdefault(e.sentence, []).append(e)
    if not by_sent:
        return
    from eventwire.doc_index import token_starts
    from eventwire.coding.toll_acts import toll_takers
    starts = token_starts(sdoc)
    import bisect
    for c in counts:
        cands = by_sent.get(c.sentence)
        if not cands:
            continue
        k = bisect.bisect_right(starts, c.start) - 1
        if k < 0:
            continue
        tok = sdoc[k]
        best = None
        t = tok
        for _ in range(12):
            hits = toll_takers(c, [e for e in cands if t.i in (e.act_tokens or (e.trigger_token,))])
            if hits:
                best = max(hits, key=lambda e: ((e.quad_class or 0), e.confidence))
                break
            if t.head.i == t.i:
                break
            t = t.head
        if best is None:
            # (a death or injury toll only to an act that may carry one, no arrest: coding/toll_acts.py)
            takers = toll_takers(c, cands)
            if not takers:
                continue
            best = min(takers, key=lambda e: (-(e.quad_class or 0), abs((e.trigger_token or 0) - tok.i)))
        best.counts.append(c)


def _optional(module: str):
    import importlib
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            return None
        raise


@functools.cache
def default_pipeline(actor_files: tuple = (), lexicon_files: tuple = ()) -> Pipeline:
    pipe = Pipeline(actor_files=actor_files, lexicon_files=lexicon_files)
    # the models and knowledge just loaded (some 150,000 objects) live as long as the process: the garbage
    # collector's full passes, which come back every few dozen documents, stop walking them (a quarter of a
    # second per pass; nothing of them is ever garbage)
    import gc
    gc.freeze()
    # a document's coding makes some 100,000 short-lived objects, and its parse and coding objects are freed by the
    # collector (they hold one another): with the young generation collected every 700 allocations, objects still
    # in use are promoted and the older generations' passes come back often (2.5 CPU s of a 70 s run of the 247
    # Guardian articles, `code --no-db`); every 10,000 allocations the collector costs 1.1 s there, with a peak
    # memory 4% higher (904 MB against 871)
    threshold = gc.get_threshold()
    if 0 < threshold[0] < _GC_YOUNG:          # (a process that set its own threshold, or turned the collector off,
        gc.set_threshold(_GC_YOUNG, *threshold[1:])          # keeps it)
    return pipe


_GC_YOUNG = 10_000


def code_batch(documents: Sequence[Document], actor_files: Sequence[str] = (), lexicon_files: Sequence[str] = (),
               doc_timeout: Optional[float] = None) -> list[Result]:
    """Code a batch of Documents; one Result each, in order.  ``doc_timeout``: seconds each document may spend in
    coding after its parse (default: $EVENTWIRE_DOC_TIMEOUT, else 120); past it the document is failed with reason
    ``timeout`` and the others are coded."""
    return default_pipeline(tuple(actor_files), tuple(lexicon_files)).code(list(documents), timeout=doc_timeout)


# the process pool (CodingPool, code_stream) lives in eventwire/pool.py; `from eventwire.pipeline import CodingPool`
# keeps working through a lazy attribute, so that a worker process that imports eventwire.pool first (forkserver,
# spawn) finds no circular import
def __getattr__(name):
    if name in ("CodingPool", "code_stream"):
        from eventwire import pool
        return getattr(pool, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Pipeline", "code_batch", "default_pipeline", "SKIPPED", "FAILED", "CODED"]
