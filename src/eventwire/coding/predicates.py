"""Which words are acts: the predicates of a sentence (verbs, event nouns, light-verb phrases, misread verbs,
occurrences) with their clause (coding/clauses.py) and lexicon entry; the checks that a verb does nothing to its
object (said of it, recording, scenery) are in coding/predicate_checks.py; acts told by an occurrence verb
("clashes erupted", "seven died in an attack") are in coding/occurrences.py.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.money_amounts import money_amount
from eventwire.coding.clauses import (Clause, IMPACT_NOUN_AS_VERB, INTENT_HEADS, misread_verb_clause, noun_agent,
                                      noun_clause, raised_participle_subject, subject_of, unwrap_quantity,
                                      verb_clause, verb_key)
from eventwire.coding.context import (load_attack_cues, PURPOSE_INTENT_ROOTS, RAISING_HEADS, SELF_ACTING_BLAST_VERBS,
                                      STATE_NOUNS, STATE_PREPS, TENSED_TAGS, WRAPPER_NOUNS)
from eventwire.coding.clause_record import CUSTODY_VERBS
from eventwire.coding.decided_acts import owned_decision
from eventwire.coding.act_args import PURPOSE_PARTICIPLES, light_participle_doer
from eventwire.coding.passive_agents import SHARED_AGENT
from eventwire.coding.verb_readings import asks_question, evaluative
from eventwire.coding.resolve import ActorResolution
from eventwire.coding.noun_senses import noun_args
from eventwire.coding.senses import argument_slots
from eventwire.coding.strike_sense import sensed_noun_entries, sensed_verb_entries
from eventwire.coding.lifted_measures import measure_entries
from eventwire.coding.press_talk import press_talk
from eventwire.nlp import pos_array
from eventwire.doc_index import dep_children, lemma_lowers, to_infinitive, word_lowers
from eventwire.coding.misparses import RAISED_DEPS
from eventwire.coding.predicate_checks import recorded_or_scenery, said_of_object
from eventwire.coding.occurrences import Occurrences
from eventwire.coding.outlook import outlook_clause


# words that may stand before a verb's particle ("drove them right out", "set it all ablaze"); any other modifier
# makes the word an adverb of its own ("turned London upside down")
PARTICLE_INTENSIFIERS = frozenset({"right", "straight", "all", "completely", "fully"})

# the attack cues under which a verb's rows are read another way than by their object words (``clauses``)
_CUE_READINGS = ("impact", "landing", "intrusion")


class Predicates(Occurrences):
    """Mixin of Coder (coding/coder.py): which words are acts: the predicates of a sentence (verbs, event nouns, light-
    verb phrases, misread verbs, occurrences) with their clause (coding/clauses.py) and lexicon entry."""


    # ------------------------------------------------------------------ sentence
    def event_noun(self, tok) -> Optional[str]:
        """The event lemma a noun token stands for, or None: "talks"; "cease-fire" (hyphenated,
        split by the tokenizer); "a mediation effort" (a generic wrapper noun with an event modifier). Answered once
        per word and lexicon (kept in Doc.user_data: many stages ask it of the same nouns)."""
        data, key = tok.doc.user_data, f"eventwire.event_noun.{id(self.lex)}"
        memo = data.get(key)
        if memo is None:
            memo = data[key] = {}
        got = memo.get(tok.i, memo)
        if got is memo:
            got = memo[tok.i] = self._event_noun(tok)
        return got

    def _event_noun(self, tok) -> Optional[str]:
        doc = tok.doc
        lemma = tok.lemma_.lower()
        if tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010") and not doc[tok.i - 1].whitespace_ \
                and not doc[tok.i - 2].whitespace_:
            first = doc[tok.i - 2].lemma_.lower()
            for cand in (first + lemma, first + "-" + lemma):
                if self.lex.is_event_noun(cand):
                    return cand
        if lemma in WRAPPER_NOUNS:
            for c in tok.children:
                if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") and c.text[:1].isupper():
                    continue    # "the Euphrates Shield offensive": a word of the operation's name, not its act
                if c.dep_ in ("compound", "amod") and self.lex.is_event_noun(c.lemma_.lower()):
                    return c.lemma_.lower()
            return None
        if self.lex.is_event_noun(lemma):
            mods = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
            for m in mods:                      # "suicide bombing", "car bomb"
                if self.lex.is_event_noun(m + "-" + lemma):
                    return m + "-" + lemma
            return lemma
        return None


    def hyphen_verb(self, tok, lemma: str) -> str:
        """The lemma of a verb written with a hyphenated first part that the tokenizer split off, when the lexicon
        has the whole ("lathi-charged", "baton-charged": not "charged"); else `lemma`."""
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010") and not doc[tok.i - 1].whitespace_ \
                and not doc[tok.i - 2].whitespace_:
            first = doc[tok.i - 2].lower_
            for cand in (first + "-" + lemma, first + lemma):
                if self.lex.is_event_verb(cand):
                    return cand
        return lemma


    def _force_of(self, tok) -> bool:
        """Whether a noun names its doer as a state, group or force ("Israeli fire", "the army's fire", "Isis fire"),
        not a name ("Cyclone Idai")."""
        agent = noun_agent(tok)
        return agent is not None and (agent.ent_type_ in ("NORP", "GPE", "ORG") or (
            agent.pos_ == "NOUN" and self._sector_of(agent, None) is not None))


    def _is_event_noun(self, tok) -> bool:
        """Whether a noun names an act (or, with a doer named on it, the fire of a force: "Israeli fire")."""
        if tok.tag_ == "VBG":
            return self.lex.is_event_noun(tok.lower_)      # "shelling", "firing" read as verbs
        if tok.lemma_.lower() in ("fire", "gunfire") and self._force_of(tok):
            return True
        return self.event_noun(unwrap_quantity(tok)) is not None


    def _uncodable(self, lemma: str, verb) -> bool:
        """A verb that codes nothing whatever its clause turns out to be, so its clause need not be worked out. Its
        rows match a clause only by an object word where they name one: ``clauses`` drops a reporting verb whose
        first row names none, and a verb all of whose event rows name one (``Lexicon.needs_object``) codes nothing
        without it. So a verb is uncodable when it is a reporting verb or needs an object, no row of it tests an
        argument's kind, it is no light verb nor one of the attack cues that read its rows another way, and no object
        word of its rows is the lemma or form of a word of the verb's parse tree (where the clause's object, its
        modifiers and the other words the rows are matched with come from), nor, for an event noun, ends with the
        lemma of one (``event_noun`` joins a word's lemma to the word before it: "air-strike"). The events are the same
        as when the clause was built and then dropped (tests/test_uncodable_verbs.py)."""
        if not (lemma in self.reporting or self.lex.needs_object(lemma)) or lemma in self.light_lemmas \
                or self.lex.has_senses(lemma) or any(lemma in self.attack_cues.get(k, ()) for k in _CUE_READINGS):
            return False
        words = self.lex.object_words(lemma)
        if not words:
            return True
        ends = self.lex.event_object_ends(lemma)
        root = verb
        while root.head.i != root.i:
            root = root.head
        doc = verb.doc
        lemmas, lowers = lemma_lowers(doc), word_lowers(doc)    # (the arrays: no Token made per word)
        money = "money" in words
        for i in range(root.left_edge.i, min(len(doc), root.right_edge.i + 2)):
            low = lemmas[i]
            if low in words or low in ends or lowers[i] in words:
                return False
            if money and any(ch.isdigit() for ch in lowers[i]) and money_amount(doc[i]):
                return False        # "gave £20m": a sum written short stands for money (coding/money_amounts.py)
        return True

    def clauses(self, sent) -> list[tuple[Clause, object]]:
        """(clause, lexicon entry) pairs for every predicate the lexicon knows."""
        out = []
        light_done = set()
        occurred = set()          # event nouns already coded at an occurrence verb
        # verbs first, so that a noun a coded verb governs ("sanctions were imposed") is not coded twice
        # (only verbs, nouns and adjectives can be predicates: the others are skipped by part of speech, read from
        # the document's array, with no Token made for them)
        doc = sent.doc
        pos_ids = pos_array(doc)
        strings = doc.vocab.strings
        verb_id, noun_id, adj_id = strings["VERB"], strings["NOUN"], strings["ADJ"]
        span = range(sent.start, sent.end)
        order = [i for i in span if pos_ids[i] == verb_id] + [i for i in span if pos_ids[i] in (noun_id, adj_id)]
        for tok in [doc[i] for i in order]:
            pos = tok.pos_
            lemma = tok.lemma_.lower()
            if (pos == "VERB" and tok.dep_ == "amod") or (pos == "NOUN" and self.lex.is_event_verb(
                    "shoot" if tok.lower_ == "shot" else lemma)) or (pos == "ADJ" and tok.dep_ == "amod"
                                                                       and tok.lower_.endswith("ing")):
                # a verb the parser misread: "troops are patrolling[amod] markets", "Croat police shot[NN] at"
                cl = misread_verb_clause(tok, self.lex.is_event_verb)
                if cl is not None and tok.lower_ in IMPACT_NOUN_AS_VERB and cl.rule.endswith("coordinated verb") \
                        and not (self._projectile(cl.subj) or self._violent_agent(cl.subj)):
                    cl = None             # "a rocket hit[NN] and destroyed": only a weapon's; not "a box-office hit"
                if cl is not None and tok.dep_ == "compound" and cl.obj is not None and self._sector_of(cl.obj, None):
                    cl = None             # "women aid workers", "army patrol units": a modifier of people after all
                if cl is not None and cl.lemma not in self.reporting:
                    entries = self.lex.match_verb(cl.lemma, cl.particle, cl.obj_lemma, frozenset(cl.preps))
                    if entries and cl.lemma in self.light_lemmas and not entries[0].object:
                        entries = []      # a light verb counts only with its pattern's object ("opened[amod] fire")
                    if entries:
                        out.append((cl, entries[0]))
                        light_done.add(tok.i)
                        continue
            if pos == "VERB":
                if tok.dep_ == "amod":
                    continue          # "the occupied cities" is not an act
                lemma = self.hyphen_verb(tok, lemma)
                if lemma in self.occurrence_lemmas:
                    occ = self._occurrence_clause(tok)
                    if occ is not None:
                        # "the attack took place ... and comes at a time ...": one event; a toll or victims
                        # ("... and left 10 dead", "died in the attack") still add theirs
                        if occ[0].pred.i not in occurred or occ[0].obj is not None:
                            out.append(occ)
                            light_done.add(occ[0].pred.i)
                            occurred.add(occ[0].pred.i)
                        continue
                if not self.lex.is_event_verb(lemma) and lemma not in self.light_lemmas:
                    continue          # (most verbs: no need to work out their clause)
                if self._uncodable(lemma, tok):
                    continue          # "said", "told", "left": no row can code it here (its clause is not worked out)
                if any(raised_participle_subject(doc[i]) is not None for i, dep in dep_children(doc)[tok.i]
                       if dep in RAISED_DEPS):
                    continue          # "were feared killed": what is feared is the act, coded at the participle
                if asks_question(tok):
                    continue          # "asked if anybody was wounded", "asked about the hotline": a question
                if evaluative(tok):
                    continue          # "it is striking how ...": an adjective of evaluation
                cl = verb_clause(tok, self._is_event_noun)
                if cl.particle is None:
                    # "ten cars were set ablaze": a particle of one of the verb's rows that the parser read as an
                    # adverb or a predicate adjective; "set 28 homes ablaze[ccomp]": as a clause of its own, with
                    # the verb's object as its subject; "set tyres alight[dobj]": as a second object; "set a van
                    # ablaze[amod]": as an adjective after the object
                    after_obj = [c for c in cl.obj.children if c.dep_ == "amod" and c.i > cl.obj.i] \
                        if cl.obj is not None and not cl.passive else []
                    prt = next((c for c in list(tok.children) + after_obj
                                if (c.dep_ in ("advmod", "oprd", "acomp", "ccomp", "xcomp", "dobj", "amod")
                                    or c.dep_ == "advcl" and c.pos_ == "ADJ")    # "set the tanker free[advcl]"
                                and c.i > tok.i and c.lower_ in self.lex.particles(lemma)
                                and not any(m.pos_ == "ADV" and m.lower_ not in PARTICLE_INTENSIFIERS
                                            for m in c.lefts)), None)      # ("turned London upside down": no particle)
                    if prt is not None:
                        cl.particle = prt.lower_
                        if cl.obj is not None and cl.obj.i == prt.i:
                            cl.obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i < prt.i), None)
                        if cl.obj is None and not cl.passive:
                            cl.obj = next((c for c in prt.children if c.dep_ in ("nsubj", "npadvmod", "dobj")
                                           and c.i < prt.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
                if lemma != tok.lemma_.lower() and not cl.passive and (cl.subj is None or cl.subj.i == tok.i - 2):
                    # "Police cane[npadvmod]-charged the crowd": the split-off first part is the verb's; the noun
                    # the parser hung on it is the subject
                    first = tok.doc[tok.i - 2]
                    noun = next((c for c in first.children if c.dep_ in ("compound", "nmod") and c.i < first.i
                                 and c.pos_ in ("NOUN", "PROPN")), None)
                    if noun is not None:
                        cl.subj, cl.subj_rule = noun, "nsubj (before the hyphenated verb)"
                purpose_of = self._purpose_governor(tok, cl)
                if purpose_of is not None:
                    # "mounted an offensive to take the port", "staged an attack to seize the airport": the
                    # purpose is the launcher's (not the offensive's), and an aim, not an act done: an intention
                    cl.subj, rule = subject_of(purpose_of)
                    cl.subj_rule = (rule + " (purpose of its governor)") if cl.subj is not None else ""
                if cl.subj is None and tok.dep_ == "acl":
                    carried = light_participle_doer(tok, self.light, self._is_event_noun)
                    if carried is not None:
                        # "US sanctions imposed on Russia": the sanctions' doer imposed them (coding/act_args.py)
                        cl.subj, cl.subj_rule = carried
                obj_noun = self.event_noun(cl.obj) if cl.obj is not None and not cl.passive else None
                if obj_noun:
                    cl.obj_lemma = obj_noun
                # a verb whose sense turns on the kind of an argument ("warned of a risk", "defended the town")
                args = argument_slots(self, tok, cl) if self.lex.has_senses(lemma) else None
                entries = self.lex.match_verb(lemma, cl.particle, cl.obj_lemma, frozenset(cl.preps), args=args)
                if entries and entries[0].object and cl.obj is not None and not cl.passive \
                        and self.lex.compound_blocked(cl.obj.lemma_.lower(), (
                            c.lemma_.lower() for c in cl.obj.children if c.dep_ in ("compound", "amod") and c.i < cl.obj.i)):
                    # "launched an awareness campaign", "started a trade war": the object with its modifier is a
                    # noun the lexicon says is no event, so the rows naming its bare head do not fit
                    entries = [e for e in entries if not e.object]
                if not cl.passive and entries:     # "began a strike over pay" is no airstrike (coding/strike_sense.py)
                    kept = sensed_verb_entries(self, entries, tok, cl.obj, cl.subj)
                    if not kept and not (verb_key(tok) in self.light or lemma in self.light):
                        light_done.add(cl.obj.i)    # "joining a US strike would be folly": no stoppage, nor the
                        continue                    # strike this clause's own act
                    entries = kept
                if cl.passive and cl.obj is not None and cl.obj.dep_ == "nsubjpass" and tok.dep_ == "relcl" \
                        and cl.obj.lower_ in ("who", "that") and tok.head.pos_ in ("NOUN", "PROPN"):
                    # an agentless relative passive describes its noun ("gunmen who were transferred"), except
                    # that people captured or held are detained ("smugglers who had been captured")
                    held = self.lex.match_verb(lemma, cl.particle, tok.head.lemma_.lower(), frozenset(cl.preps))
                    if held and held[0].object and held[0].cameo.startswith("173"):
                        entries = held
                if entries and lemma in CUSTODY_VERBS and entries[0].cameo.startswith("173") and said_of_object(tok, cl.obj):
                    entries = [e for e in entries if not e.cameo.startswith("173")]
                oprd = [c for c in tok.children if c.dep_ == "oprd"] \
                    if cl.passive and any(c.dep_ == "auxpass" for c in tok.children) else []
                if (cl.obj is not None or oprd) and not (entries and entries[0].object) and not (
                        cl.obj is not None and (blk := self.lex.blocking_row(lemma, cl.particle, cl.obj.lemma_.lower(),
                                                                             frozenset(cl.preps), args=args)) is not None
                        and blk.object):
                    # "eased curfew hours", "sent 40 trucks of food": the object's modifier or its "of"
                    # complement can carry the pattern's object word; so can a passive's object predicate
                    # ("12 people had been taken hostage", "were held captive")
                    of = next((c for c in cl.obj.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
                        if cl.obj is not None else None
                    inner = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
                    if inner and "people" in self.lex.word_kinds(cl.obj.lemma_.lower()):
                        inner = []      # "sent the children of fighters": whose children, not what was sent
                    mods = [c for c in cl.obj.children if c.dep_ == "compound" or (c.dep_ == "amod" and cl.obj.like_num)] \
                        if cl.obj is not None else []          # ("two more accused[amod] were held")
                    for mod in mods + inner + oprd:
                        alt = self.lex.match_verb(lemma, cl.particle, mod.lemma_.lower(), frozenset(cl.preps))
                        if alt and alt[0].object:
                            entries = alt
                            break
                if cl.obj is not None and not (entries and entries[0].object):
                    # "took the two men into custody": the object word in its own preposition's phrase, the one
                    # acted on in the direct object
                    for p, o in cl.preps.items():
                        alt = self.lex.match_verb(lemma, cl.particle, o.lemma_.lower(), frozenset(cl.preps))
                        if alt and alt[0].object and alt[0].prep == p and alt[0].target == "dobj" \
                                and o.lemma_.lower() in alt[0].object:
                            entries = alt
                            break
                if cl.obj is None and not (entries and entries[0].object):
                    # "took to the streets": a pattern whose object word comes in its own preposition's phrase
                    for p, o in cl.preps.items():
                        alt = self.lex.match_verb(lemma, cl.particle, o.lemma_.lower(), frozenset(cl.preps))
                        if alt and alt[0].object and alt[0].prep == p and alt[0].target != "prep":
                            entries = alt
                            break
                        block = self.lex.blocking_row(lemma, cl.particle, o.lemma_.lower(), frozenset(cl.preps)) \
                            if entries else None
                        if block is not None and block.prep == p:
                            entries = []  # "clashed with Trump's assessment": a non-event row for the phrase's noun
                            break
                strike = self._strike_governing(tok) if lemma in self.attack_cues.get("impact", frozenset()) else None
                if strike is not None:
                    cl.weapon = strike    # "launched airstrikes on X, hitting several positions": the strikes hit
                if not entries and lemma in self.attack_cues.get("impact", frozenset()) and cl.obj is not None \
                        and not cl.passive and ((cl.subj is not None and self._violent_agent(cl.subj)) or strike is not None):
                    # "the blast targeted a crowded market", "a bomb hit the fuel market": a non-event reading of
                    # the object ("targeted the consumer market") cannot be what a weapon or an attack did
                    entries = [e for e in self.lex.match_verb(lemma, cl.particle, None, frozenset(cl.preps))
                               if not e.object and int(e.cameo[:2]) >= 18]
                if entries and lemma in self.attack_cues.get("landing", frozenset()) \
                        and not (cl.subj is not None and not cl.passive and self._projectile(cl.subj)
                                 and cl.preps.get(entries[0].prep) is not None
                                 and cl.preps[entries[0].prep].ent_type_ not in ("DATE", "TIME")):
                    # "rockets slammed into the district" is an attack; "the vote fell on a Sunday" is not, nor is
                    # "on 2 June a rocket fell short"
                    entries = [e for e in entries if int(e.cameo[:2]) < 18]
                if entries and lemma in self.attack_cues.get("intrusion", frozenset()) \
                        and int(entries[0].cameo[:2]) >= 18 \
                        and not (cl.subj is not None and (not cl.passive or cl.subj_rule in ("passive agent", SHARED_AGENT))
                                 and self._armed(cl.subj, ctx=None)):
                    # "gunmen broke into a ranch", "armed men dragged six farmers from their homes" are acts of force;
                    # "thieves broke into a shop", "she broke into tears", "dragged the boat from the river" are not
                    entries = [e for e in entries if int(e.cameo[:2]) < 18]
                if lemma in self.reporting and not (entries and entries[0].object):
                    continue          # "said", "noted": not events; "claimed responsibility" still is
                if obj_noun and cl.obj is not None and not cl.particle and self.lex.light_not(lemma, obj_noun) \
                        and not (entries and entries[0].object):
                    # "took refuge in a school": the light verb's sense with this noun is no event (light_verbs.tsv)
                    light_done.add(cl.obj.i)
                    continue
                # a light verb whose object is an event noun is coded by the noun ("held talks with")
                if obj_noun and (verb_key(tok) in self.light or lemma in self.light or not entries) \
                        and not (entries and entries[0].object):
                    continue
                # "pledged to send aid": the intention is coded on the complement, not on "pledge"
                # (unless the complement is no event: "agreed to set up a transit centre")
                # (not an option weighed, 014: "considering whether to recall its ambassador" intends nothing yet; a
                # course a bare "mulling"/"weighing" names is the 014 itself, force_codes.not_intended)
                if lemma in INTENT_HEADS and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children) \
                        and not (entries and entries[0].cameo == "014" and entries[0].object):
                    xc = next(c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
                    xcl = verb_clause(xc)
                    if self.lex.match_verb(xc.lemma_.lower(), xcl.particle, xcl.obj_lemma, frozenset(xcl.preps)) \
                            or (xcl.obj is not None and self.event_noun(xcl.obj)):
                        continue
                if entries and press_talk(self, tok, entries[0]):
                    continue          # "officials discussing the figures said": talk to the press (press_talk.py)
                if entries and recorded_or_scenery(cl):
                    continue
                if purpose_of is not None and entries and entries[0].cameo[:2] in PURPOSE_INTENT_ROOTS:
                    cl.intent, cl.intent_head = True, purpose_of   # (a protest "to protest X" is the protest)
                if entries:
                    out.append((cl, entries[0]))
                    if cl.obj is not None:
                        light_done.add(cl.obj.i)
                    if cl.subj_rule.startswith("the other side of"):
                        # "killed in an encounter with the police": the encounter is the killing, not a meeting
                        light_done.update(o.i for p, o in cl.preps.items() if p in ("in", "during", "amid", "under"))
            elif pos == "ADJ":
                found = outlook_clause(self.lex, tok)     # "was pessimistic about the talks" (coding/outlook.py)
                if found is not None:
                    out.append(found)
            elif pos == "NOUN" and tok.i not in light_done and tok.ent_type_ not in ("ORG", "FAC", "WORK_OF_ART", "LAW"):
                noun = self.event_noun(tok)      # (not inside a name: "Highway Patrol", "High Commission")
                if noun is None:
                    continue
                cl = noun_clause(tok, self.light)
                if cl is None:
                    continue
                cl.lemma = noun
                mods = [m.lemma_.lower() for m in sorted({m for c in tok.children if c.dep_ in ("compound", "amod")
                                                          and c.i < tok.i for m in (c, *c.conjuncts) if m.i < tok.i})]
                # "car bomb" before "bomb"; "rescue operation" is no event at all; a coordinated modifier counts
                # ("British and French logistical support": logistical support, the parser's conjunct of "British")
                args = noun_args(self, cl)
                entries = self.lex.match_compound(noun, mods, frozenset(cl.preps), args) \
                    if noun == tok.lemma_.lower() else self.lex.match_noun(noun, frozenset(cl.preps), args)
                entries = sensed_noun_entries(self, entries, tok, cl)      # a labour or an armed strike
                entries = measure_entries(self, entries, tok)      # "the removal of sanctions", not "of the president"
                if entries and cl.light_verb is None and cl.subj_rule.startswith(("nsubj", "passive", "relative", "object")) \
                        and int(entries[0].cameo[:2]) > 8:
                    continue      # "supporting X in the fight against terrorists" is not a fight by the subject
                if entries and self._unacted_state(cl):
                    continue      # "the Syrian war has always been complex", "Syria's armed opposition"
                if entries:
                    out.append((cl, entries[0]))
        out.extend(self._victims_of_coded_acts(sent, out))
        out.sort(key=lambda ce: ce[0].pred.i)
        return out


    @staticmethod
    def _unacted_state(cl: Clause) -> bool:
        """Whether an event noun names a state of affairs or a group, not an act (data/coding/nouns.tsv `state`):
        "the Syrian war has always been complex", "Colombia's civil war", "Syria's armed opposition", "the Iraqi
        resistance". Such a noun is an act only when a light verb acts it ("waged war", "voiced opposition", "war was
        declared"; not "the war began") or a
        `state-prep` phrase names the party it is directed at ("the war against Isis", "the conflict between X and
        Y", "opposition to the plan")."""
        if cl.lemma not in STATE_NOUNS and cl.pred.lemma_.lower() not in STATE_NOUNS:
            return False
        if cl.light_verb is not None and cl.pred.dep_ != "nsubj":
            return False          # (not the subject of an intransitive one: "the Syrian war began in 2011")
        return not any(p in STATE_PREPS for p in cl.preps)


    def _purpose_governor(self, verb, cl: Clause):
        """The verb whose event-noun object a to-infinitive states the purpose of ("launched an offensive to
        capture X": launched), or None. The parser hangs the infinitive on the verb (and then takes the offensive
        for its controller) or on the noun."""
        if not to_infinitive(verb) or cl.negated or cl.hypothetical:
            return None

        def eventish(n, forceful=False):
            n = unwrap_quantity(n)
            if n.pos_ != "NOUN" or n.lemma_.lower() in INTENT_HEADS or owned_decision(n):
                return False                    # (coding/decided_acts.py: "welcomed Britain's move to reimpose")
            if n.lemma_.lower() in WRAPPER_NOUNS:
                return True                     # "an offensive", "a push", "a campaign"
            name = self.event_noun(n)
            if name is None:
                return False
            return not forceful or any(e.cameo[:2] in PURPOSE_INTENT_ROOTS for e in self.lex.match_noun(name, frozenset()))

        # "launched an offensive to capture X" (the infinitive on the verb whose object is the offensive)
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ in ("advcl", "xcomp") else None
        if obj is not None and eventish(obj, forceful=True):
            return verb.head
        # "launched the offensive, aiming to capture X": the infinitive on a purpose participle (roles.tsv
        # `purpose-participle`) hung on the verb whose object is the offensive
        part = verb.head
        if verb.dep_ == "xcomp" and part.dep_ == "advcl" and part.tag_ == "VBG" \
                and part.lemma_.lower() in PURPOSE_PARTICIPLES and part.head.pos_ == "VERB":
            obj = next((c for c in part.head.children if c.dep_ == "dobj"), None)
            if obj is not None and eventish(obj, forceful=True):
                return part.head
        # "staged an attack to seize the airport" (the infinitive on the noun); not "a grant to support refugees" or
        # "calls to change the law", whose infinitive is the aid's or the call's content
        if verb.dep_ in ("acl", "relcl") and eventish(verb.head, forceful=True) and verb.head.dep_ in ("dobj", "nsubjpass") \
                and verb.head.head.pos_ == "VERB":
            return verb.head.head
        return None


    @staticmethod
    def _tensed(tok) -> bool:
        """Whether a verb heads a tensed clause of its own that asserts it ("... when their truck hit a mine",
        "the bombs, which were detonated ..."), not an infinitive or a bare participle ("attempt to murder",
        "by storming")."""
        if tok.dep_ == "acl" and (tok.tag_ in ("VBD", "VBZ") or (tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN"))):
            return True                          # a finite verb the parser hung on its subject ("a car bomb detonated[acl]")
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in SELF_ACTING_BLAST_VERBS \
                and not any(c.dep_ in ("agent", "dobj") for c in tok.children) \
                and ({tok.head.lemma_.lower()} | ActorResolution._modifier_words(tok.head)) & load_attack_cues().get("weapon", frozenset()):
            return True                          # "another car bomb detonated[acl, VBN] in the district": finite
        if tok.dep_ not in ("relcl", "advcl", "ccomp", "conj", "ROOT"):
            return False
        if tok.tag_ in TENSED_TAGS:
            return True
        return any(c.dep_ in ("aux", "auxpass") and c.tag_ in TENSED_TAGS for c in tok.children)


    def _clause_depth(self, tok) -> int:
        """How many subordinate clauses lie between the trigger and the sentence's main verb
        (coordination and a reporting verb's complement do not count)."""
        depth = 0
        for _ in range(12):
            if tok.dep_ == "ROOT" or tok.head is tok:
                break
            dep = tok.dep_
            if dep in ("relcl", "acl", "advcl", "xcomp", "pcomp", "csubj", "parataxis", "prep", "pobj", "dobj", "nsubj"):
                if dep == "xcomp" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in RAISING_HEADS | self.reporting:
                    pass         # "was found murdered", "were reported to have been killed": the same clause
                elif raised_participle_subject(tok) is not None:
                    pass         # "were feared killed"
                elif dep == "xcomp" and tok.head.lemma_.lower() in RAISING_HEADS | self.reporting \
                        and any(c.dep_ == "auxpass" for c in tok.head.children):
                    pass
                elif dep in ("relcl", "acl", "advcl", "xcomp", "pcomp", "csubj", "parataxis"):
                    depth += 1
            elif dep == "ccomp" and tok.head.lemma_.lower() not in self.reporting:
                depth += 1
            tok = tok.head
        return depth
