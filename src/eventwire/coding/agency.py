"""Who can act: armed agents, weapons and projectiles, hazards and disasters that are no agents, private people whose
acts are everyday life, and mutual fighting.
"""
from __future__ import annotations

from eventwire.coding.clauses import Clause, unwrap_quantity
from eventwire.coding.context import (agent_codes, private_acts, _subject)
from eventwire.model import Actor


class Agency:
    """Mixin of Coder (coding/coder.py): who can act: armed agents, weapons and projectiles, hazards and disasters that
    are no agents, private people whose acts are everyday life, and mutual fighting."""


    def _disaster_story(self, doc) -> bool:
        """Whether a story tells a natural disaster or an accident: it names `disaster` words (attack_cues.tsv:
        earthquake, flood, crash, capsize...) and no more attack cues and weapons than them (one such word with no
        cue at all is enough)."""
        disaster = self.attack_cues.get("disaster", frozenset())
        force = self.attack_cues.get("cue", frozenset()) | self.attack_cues.get("weapon", frozenset())
        n_disaster = n_force = 0
        for t in doc:
            if t.pos_ not in ("NOUN", "VERB", "PROPN"):
                continue
            lemma = t.lemma_.lower()
            if lemma in disaster or t.lower_ in disaster:
                n_disaster += 1
            elif lemma in force or t.lower_ in force:
                n_force += 1
        return (n_disaster >= 1 and n_force == 0) or (n_disaster >= 2 and n_disaster >= n_force)


    def _agentless_harm(self, cl: Clause, entry, sent) -> bool:
        """An act of force or coercion with no agent, no weapon, no act of force in its phrases and no attack cue in
        its sentence ("at least 20 people were killed and 300 were injured"): in a disaster story, not violence."""
        if entry.cameo[:2] not in ("17", "18", "19", "20") or cl.kind != "verb" or cl.weapon is not None:
            return False
        if cl.subj is not None and not self._hazard(cl.subj):
            return False
        if any(self._violent_agent(o) for o in cl.preps.values()):
            return False
        force = self.attack_cues.get("cue", frozenset()) | self.attack_cues.get("weapon", frozenset())
        return not any(t.lemma_.lower() in force or t.lower_ in force for t in sent)


    @staticmethod
    def _private(actor: Actor, code: str) -> bool:
        """Whether an act is everyday life when this actor does it: a code that data/coding/private_acts.tsv lists
        for the actor's sector (a visit by civilians or refugees is travel, not diplomacy)."""
        sectors = private_acts().get(code[:3]) or private_acts().get(code[:2])
        return bool(sectors) and actor.sector in sectors and not actor.entity


    def _mutual(self, cl: Clause) -> bool:
        """Whether coordinated parties of an act of force act on each other: a `mutual` fighting word ("Russia and
        Ukraine clashed") or "each other"/"one another" in the clause; not "Russian and Syrian airstrikes"."""
        if cl.lemma in self.attack_cues.get("mutual", frozenset()) or cl.pred.lemma_.lower() in self.attack_cues.get("mutual", ()):
            return not cl.subj_rule.startswith(("'by' phrase",))
        return any(t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")
                   for t in cl.pred.subtree)


    def _violent_agent(self, tok) -> bool:
        """Whether a subject is a weapon or an act of force ("the blast", "a car bomb", "the airstrike", "the
        attack"), not a person or a body."""
        tok = unwrap_quantity(tok)
        lemma = tok.lemma_.lower()
        if lemma in agent_codes() or lemma in self.attack_cues.get("ambiguous", frozenset()):
            return True
        noun = self.event_noun(tok)
        return noun is not None and any(int(e.cameo[:2]) >= 18 for e in self.lex.match_noun(noun, frozenset()))


    def _strike_governing(self, verb):
        """The weapon or act of force whose result a participle states ("launched several airstrikes over X, hitting
        the group's positions": airstrikes; "fired rockets at the base, striking a depot": rockets), or None."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
            return None
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if obj is None or not (self._violent_agent(obj) or self._projectile(obj)):
            return None
        return unwrap_quantity(obj)


    ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF"})

    def _armed(self, tok, ctx=None) -> bool:
        """Whether an agent is armed: an armed sector's noun ("gunmen", "troops", "rebels", "militiamen"), or a noun
        with an armed modifier ("armed men", "heavily armed youths", "a group of masked men"); criminals and
        bodies ("robbers", "the ministry") are not."""
        tok = unwrap_quantity(tok)
        if tok.lemma_.lower() in ("group", "band", "gang", "squad", "unit", "team", "dozen", "dozens", "number"):
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if inner is not None:
                tok = inner
        sector = self._sector_of(tok, ctx) if tok.pos_ in ("NOUN", "PROPN") else None
        if sector == "CRM" or tok.lemma_.lower() in self.attack_cues.get("crime", frozenset()):
            return False              # "armed robbers broke into a bank": a crime
        if self._modifier_words(tok) & self.attack_cues.get("armed", frozenset()):
            return True
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            return False
        return sector in self.ARMED_SECTORS


    def _projectile(self, tok) -> bool:
        """Whether a subject is something fired or dropped ("Katyusha rockets", "shells", "mortar rounds")."""
        tok = unwrap_quantity(tok)
        words = self.attack_cues.get("projectile", frozenset())
        low = tok.lower_
        forms = {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}   # ("Rockets" tagged a name)
        if "round" in forms:                 # "mortar rounds", not "the second round (of talks)"
            return bool(self._modifier_words(tok) & (words | self.attack_cues.get("weapon", frozenset())))
        return bool(forms & words)


    def _attack_context(self, tok) -> bool:
        """Whether a blast or an explosion is told as an attack: a cue in its sentence and no accident
        word; for "the blast", also in the three sentences before."""
        cues, accident = self.attack_cues.get("cue", frozenset()), self.attack_cues.get("accident", frozenset())

        def verdict(span):
            lemmas = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
            nouns = {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")} | \
                    {t.lower_ for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")}
            if nouns & accident:
                return False
            if lemmas & cues:
                return True
            return None

        v = verdict(tok.sent)
        if v is not None:
            return v
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children):
            sents = [s for s in tok.doc.sents if s.end <= tok.sent.start][-3:]
            for s in reversed(sents):
                v = verdict(s)
                if v is not None:
                    return v
        # no cue either way: a blast that kills or wounds (a `harm` word in its sentence) is an attack when
        # nothing in the whole story tells an accident ("the blast killed four people", said of a market)
        harm = self.attack_cues.get("harm", frozenset())
        if any(t.lemma_.lower() in harm or t.lower_ in harm for t in tok.sent):
            return verdict(tok.doc[:]) is not False
        return False


    def _hazard(self, tok) -> bool:
        """Whether a noun names what can kill or destroy without an actor (an earthquake, a crash, a gas
        explosion) -- not a weapon ("a bomb blast", "sniper fire") nor a blast told as an attack."""
        if tok is None:
            return False
        tok = unwrap_quantity(tok)               # "a wave of attacks" is the attacks
        lemma = tok.lemma_.lower()
        if self._force_of(tok):
            return False                         # "Israeli fire", "the army's fire": a force's, not a hazard
        words = {lemma, tok.lower_}
        for c in tok.children:
            if c.dep_ == "compound":
                words |= {c.lemma_.lower(), c.lemma_.lower() + "-" + lemma}
        if not words & self.non_agents:
            return False
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is not None and self.event_noun(inner) and not self._hazard(inner):
            return False                         # "an outbreak of violence", "the collapse of the truce"
        mods = self._modifier_words(tok)
        if mods & self.attack_cues.get("weapon", frozenset()):
            return False
        if mods & self.non_agents - {lemma}:
            return True                          # "a gas explosion", "a mine blast"
        if lemma in self.attack_cues.get("ambiguous", frozenset()) or tok.lower_ in self.attack_cues.get("ambiguous", ()):
            return not self._attack_context(tok)
        return True


    def _natural_cause(self, cl: Clause) -> bool:
        hazard = self._hazard
        if hazard(cl.subj) or (cl.passive and hazard(cl.obj)):
            return True       # (the second: "an earthquake killed ..." misread as a reduced relative)
        # "a plane crashed near the airport, killing all 150 on board"
        head = cl.pred.head
        own_agent = cl.subj is not None and not cl.passive and cl.subj.head.i == cl.pred.i
        if cl.pred.dep_ in ("advcl", "conj", "xcomp") and head.lemma_.lower() in self.accident_verbs \
                and (head.lemma_.lower() not in self.hazard_verbs or hazard(_subject(head))) \
                and not (own_agent and cl.pred.dep_ == "advcl"):
            # (not "buildings collapsed after the rebels shelled the district": that clause has its own agent)
            return True
        if cl.subj is None or cl.passive:
            return any(hazard(cl.preps.get(p)) for p in ("in", "by", "during", "after", "from", "amid"))
        return False
