"""Who can act: armed agents, weapons and projectiles, hazards and disasters that are no agents, private people whose
acts are everyday life.
"""
from __future__ import annotations

from eventwire.coding.clauses import Clause, unwrap_quantity
from eventwire.coding.context import (agent_codes, private_acts)
from eventwire.model import Actor

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI"})
# the sectors of a named person's own life (a nurse, a student, a refugee); a spokesman for a rebel group, a union or
# a company speaks and travels for a body
PERSONAL_SECTORS = frozenset({"CVL", "REF", "EDU", "HLH", "MED", "AGR"})


class Agency:
    """Mixin of Coder (coding/coder.py): who can act: armed agents, weapons and projectiles, hazards and disasters that
    are no agents, private people whose acts are everyday life."""


    def _disaster_story(self, doc) -> bool:
        """Whether a story tells a natural disaster or an accident: it names `disaster` words (attack_cues.tsv:
        earthquake, flood, crash, capsize...; a verb only when it is an accident verb of non_agents.tsv: "capsized",
        not "stormed") and no more attack cues and weapons than them (one such word with no cue at all is enough); the
        `responder` words (army, troops, police) count half: one alone is no conflict wording ("20 were injured,
        police said"; "the army was deployed to evacuate residents")."""
        disaster = self.attack_cues.get("disaster", frozenset())
        force = self.attack_cues.get("cue", frozenset()) | self.attack_cues.get("weapon", frozenset())
        responder = self.attack_cues.get("responder", frozenset())
        n_disaster = n_force = n_responder = 0
        from eventwire.nlp import pos_array
        strings = doc.vocab.strings
        wanted = (strings["NOUN"], strings["VERB"], strings["PROPN"])
        for i, pos in enumerate(pos_array(doc)):
            if pos not in wanted:
                continue              # (no Token made for the other words)
            t = doc[i]
            forms = _forms(t)
            if forms & disaster and (t.pos_ != "VERB" or forms & self.accident_verbs):
                n_disaster += 1
            elif forms & responder:
                n_responder += 1
            elif forms & force and not self._territorial(t):
                n_force += 1
        n_force += n_responder / 2         # ("20 were injured, police said": one mention is no conflict wording)
        return (n_disaster >= 1 and n_force <= 0.5) or (n_disaster >= 2 and n_disaster >= n_force)


    def _territorial(self, tok) -> bool:
        """Whether a force word only says who holds a place ("rebel-held areas", "militant-controlled villages"):
        it modifies a `territory` participle (attack_cues.tsv)."""
        words = self.attack_cues.get("territory", frozenset())
        if tok.dep_ in ("npadvmod", "compound", "nmod") and tok.head.lemma_.lower() in words and tok.head.i > tok.i:
            return True
        doc = tok.doc
        return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lemma_.lower() in words


    def _agentless_harm(self, cl: Clause, entry, sent) -> bool:
        """An act of force or coercion with no agent, no weapon, no act of force in its phrases and no attack cue in
        its sentence, the police or troops who report or rescue aside ("at least 20 people were killed and 300 were
        injured, police said"): in a disaster story, not violence."""
        if entry.cameo[:2] not in ("17", "18", "19", "20") or cl.kind != "verb" or cl.weapon is not None:
            return False
        borrowed = cl.subj is not None and cl.subj.head.i != cl.pred.i and cl.subj.dep_ in ("dobj", "ROOT")
        if cl.subj is not None and not borrowed and not self._hazard(cl.subj) and not self._vehicle(cl.subj):
            return False      # (a subject borrowed from an object or a fragment's head is the parser's guess, and a vehicle
                              # is no agent: "a bus carrying soldiers ... overturned, killing 11 of them")
        if any(self._violent_agent(o) for o in cl.preps.values()):
            return False
        if any((o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or self._armed(o))
               and not self._hazard(o) for a in cl.pred.subtree if a.lower_ == "by" and a.dep_ in ("agent", "prep")
               for o in _prep_objects(a)):
            return False      # an agent named in a "by" phrase the parser hung lower in the clause ("were forced to
                              # undergo checks by the Kurdish-led forces")
        force = (self.attack_cues.get("cue", frozenset()) | self.attack_cues.get("weapon", frozenset())) \
            - self.attack_cues.get("responder", frozenset())    # ("20 were injured, police said")
        return not any((t.lemma_.lower() in force or t.lower_ in force) and not self._territorial(t) for t in sent)


    def _private(self, actor: Actor, code: str, targets=()) -> bool:
        """Whether an act is everyday life when this actor does it: a code that data/coding/private_acts.tsv lists
        for the actor's sector (a visit by civilians or refugees is travel, not diplomacy), done by unnamed people
        or by a person the story names whom the actor lists do not know ("Ms Kaya, a nurse from Leeds, travelled
        to Iraq": a citizen's journey; a listed person or body keeps the act). A row with `unless` "state" keeps
        the act when a target is a state body or a country ("residents pledged to help the army")."""
        sectors, unless = private_acts().get(code[:3]) or private_acts().get(code[:2]) or (frozenset(), "-")
        if unless == "state" and any(t.sector in STATE_SECTORS or not t.sector or t.code.startswith("IGO")
                                     for t in targets):
            return False
        return actor.sector in sectors and (not actor.entity or self._story_person(actor))

    def _story_person(self, actor: Actor) -> bool:
        """Whether a named actor is a private person the story introduces (knowledge/people.py: a name with a
        role, "a British engineer", "a nurse"), not a person, body or people of the actor lists, nor one who
        speaks for a body ("a spokesman for the rebels")."""
        kb = getattr(self, "kb", None)
        if kb is None or actor.sector not in PERSONAL_SECTORS or actor.code != f"{actor.country or ''}{actor.sector}":
            return False
        ent = actor.entity
        return ent not in kb.people and ent not in kb.orgs and all(ent != e for e, _ in kb.peoples.values())


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
        words = _forms(tok)
        for c in tok.children:
            if c.dep_ == "compound":
                words |= {c.lemma_.lower(), c.lemma_.lower() + "-" + lemma}
            elif c.dep_ == "amod" and c.i == tok.i - 1:
                words.add(c.lemma_.lower() + "-" + lemma)    # "a short circuit": the hyphenated form the data lists
        if not words & self.non_agents:
            # "rain-related incidents", "flood deaths": an `incident` noun (non_agents.tsv) told of a hazard
            return lemma in self.incident_nouns and any(
                _forms(t) & self.non_agents for t in tok.subtree if t.i < tok.i and t.pos_ in ("NOUN", "PROPN"))
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


    def _natural_cause(self, cl: Clause, entry=None) -> bool:
        """Whether no actor did this: a hazard or accident is its agent, or the agent of the verb whose participle
        or conjunct it is, or (for an act of force or posture with no agent of its own) the harm came of an
        accident or a hazard told in a when/after/as clause or an in/after/due-to phrase."""
        hazard = self._hazard
        if hazard(cl.subj) or (cl.passive and hazard(cl.obj)):
            return True       # (the second: "an earthquake killed ..." misread as a reduced relative)
        pred = cl.pred
        if cl.kind == "verb" and (any(hazard(s) for s in _subjects(pred)) or self._accident_subject(pred)
                                  or self._vehicle_crash(pred, _subjects(pred))):
            return True       # "a magnitude 6 earthquake struck" (two subjects), "a fuel tanker exploded", "a train hit a bus"
        # "a plane crashed near the airport, killing all 150 on board"; "an earthquake struck, killing 14 and
        # injuring 200": the hazard or accident governs its participles and their conjuncts
        own_agent = cl.subj is not None and not cl.passive and cl.subj.head.i == pred.i
        if not (own_agent and pred.dep_ == "advcl"):
            verb = pred
            for _ in range(3):
                if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.pos_ not in ("VERB", "AUX") \
                        or (verb is not pred and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
                    break
                head = verb.head
                if self._accident_event(head):
                    return True
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
                    break
                verb = head
        if (cl.subj is None or cl.passive) and any(hazard(cl.preps.get(p)) for p in ("in", "by", "during", "after", "from", "amid")):
            return True
        if cl.kind != "verb" or entry is None or entry.cameo[:2] not in FORCE_ROOTS:
            return False
        if cl.subj is not None and not cl.passive and not hazard(cl.subj):
            return False      # "soldiers shot two men when the crowd overturned a car": the soldiers did it
        if any(self._violent_agent(o) or self._projectile(o) for o in cl.preps.values() if o is not None):
            return False      # "killed in an air strike"
        # "twelve were injured when a bus overturned", "drowned after their boat capsized", "as the roof collapsed"
        verbs = _governors(pred)
        verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c not in verbs]
        for v in verbs:
            for c in v.children:
                if c.dep_ == "advcl" and self._accident_clause(c):
                    return True
                if c.dep_ in ("prep", "agent"):
                    if any(hazard(o) for o in _prep_objects(c)):
                        return True      # "killed in the floods", "injured due to heavy rain", "amid the storm"
                    if c.lower_ in ("as", "when", "after") and any(
                            a.dep_ == "acl" and self._accident_event(a) for o in _prep_objects(c) for a in o.children):
                        return True      # "injured as a footbridge collapsed", parsed as a noun with a participle
        return False


    def _accident_event(self, verb) -> bool:
        """Whether a verb tells a hazard or an accident: its subject is a hazard ("the quake struck"), or it is an
        accident verb ("crashed", "overturned", "caught fire"; `hazard-verb`s such as "hit" only with a hazard
        subject) whose subject is no armed agent, weapon or act of force."""
        subjects = _subjects(verb)
        if any(self._hazard(s) for s in subjects):
            return True
        if self._accident_subject(verb):
            return True
        lemma = verb.lemma_.lower()
        if lemma in self.hazard_verbs and self._vehicle_crash(verb, subjects):
            return True
        phrases = {lemma} | {lemma + "-" + c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "prt")}
        if not phrases & self.accident_verbs or (lemma in self.hazard_verbs and not phrases - {lemma} & self.accident_verbs):
            return False
        return not any(self._violent_agent(s) or self._projectile(s) or self._armed(s) for s in subjects)


    def _vehicle_crash(self, verb, subjects) -> bool:
        """Whether a striking verb tells a collision: a vehicle hits a vehicle or an `obstacle` ("a train hit a school
        bus", "the boat hit rocks"), neither a weapon ("a car bomb", "a military vehicle hit a roadside bomb")."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)

        if obj is None or not any(self._vehicle(s) for s in subjects):
            return False
        return self._vehicle(obj) or bool(_forms(unwrap_quantity(obj)) & self.obstacles)   # "a migrant boat hit rocks"


    def _vehicle(self, tok) -> bool:
        """Whether a noun is a vehicle (non_agents.tsv) with no weapon word on it ("a bus", not "a car bomb")."""
        tok = unwrap_quantity(tok)
        weapon = self.attack_cues.get("weapon", frozenset())
        return bool(_forms(tok) & self.vehicles) and not (self._modifier_words(tok) | _forms(tok)) & weapon


    def _accident_clause(self, tok) -> bool:
        """Whether an adverbial clause tells an accident or a hazard with no act of force in it ("when a bus
        overturned", "after their boat capsized", "as a methane blast tore through the mine"; not "when a roadside
        bomb hit a patrol", nor "after the building collapsed in an airstrike"); also the tagger's noun reading
        ("when a bus[advcl] overturned[acl]")."""
        force = self.attack_cues.get("cue", frozenset()) | self.attack_cues.get("weapon", frozenset())
        sub = list(tok.subtree)
        if any(t.lemma_.lower() in force or t.lower_ in force for t in sub if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")) \
                or any(self._projectile(t) for t in sub if t.pos_ == "NOUN"):
            return False
        if tok.pos_ in ("VERB", "AUX"):
            # "when a wall fell during heavy rain": a clause whose own cause phrase names a hazard
            return self._accident_event(tok) or any(self._hazard(o) for c in tok.children if c.dep_ in ("prep", "agent")
                                                    for o in _prep_objects(c))
        if tok.pos_ == "NOUN":
            if self._hazard(tok):
                return True
            return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and self._accident_event(c) for c in tok.children) \
                and not self._armed(tok) and not self._violent_agent(tok)
        return False


    def _accident_subject(self, verb) -> bool:
        """Whether an intransitive verb's subject is a thing that blows up or burns by accident ("a fuel tanker
        exploded", "a gas cylinder burst"): an `accident` noun (attack_cues.tsv) with no weapon modifier."""
        if verb.lemma_.lower() not in self.accident_verbs | self.burst_verbs or any(c.dep_ == "dobj" for c in verb.children):
            return False
        accident = self.attack_cues.get("accident", frozenset())
        weapon = self.attack_cues.get("weapon", frozenset())
        for s in _subjects(verb):
            s = unwrap_quantity(s)
            words = {s.lemma_.lower(), s.lower_} | self._modifier_words(s)
            if s.lemma_.lower() in accident and not words & weapon:
                return True
        return False


    def _disaster_measure(self, cl: Clause, code: str, sent) -> bool:
        """Whether an act coded as coercion is a disaster measure: a state of emergency or disaster declared
        ("declared a state of emergency after the floods"; not martial law) or a site cordoned off, in a sentence with
        no attack cue or weapon (troops and police aside)."""
        if code not in DISASTER_MEASURES:
            return False
        force = (self.attack_cues.get("cue", frozenset()) | self.attack_cues.get("weapon", frozenset())) \
            - self.attack_cues.get("responder", frozenset())
        if any(_forms(t) & force for t in sent):
            return False
        if code == "1724":
            words = {t.lemma_.lower() for t in (cl.obj.subtree if cl.obj is not None else ())}
            return bool(words & self.attack_cues.get("emergency", frozenset())) and "martial" not in words
        return True


    def _posture_in_disaster(self, cl: Clause, sent):
        """What a show of force (root 15) is in a disaster story when its sentence has no attack cue or weapon (troops
        and police aside) and it is aimed at no actor: "relief" when the sentence names rescue or relief work
        ("troops were deployed to evacuate residents"), else "none" ("the government sent troops to clear the
        pass"); None when it stays a show of force."""
        force = (self.attack_cues.get("cue", frozenset()) | self.attack_cues.get("weapon", frozenset())) \
            - self.attack_cues.get("responder", frozenset())
        relief = self.attack_cues.get("relief", frozenset())
        words = set().union(*(_forms(t) for t in sent))
        if words & force - relief:
            return None
        if words & relief:
            return "relief"
        return "none"


FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# measures of a disaster's authorities that are no coercion there: a state of emergency (with an `emergency` word of
# attack_cues.tsv) and the cordoning off of a site (coder.py drops them in a disaster story)
DISASTER_MEASURES = frozenset({"1724", "191"})


def _forms(tok) -> set:
    """A word's lemma and form, and the form less a plural "s" (a sentence-initial "Wildfires" tagged a name keeps
    its "s" in the lemma)."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    if tok.pos_ == "PROPN" and low.endswith("s"):
        forms.add(low[:-1])
    return forms


def _subjects(verb) -> list:
    """All subjects of a verb with their conjuncts (the parser may give "a magnitude 6 earthquake" two)."""
    out = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out.append(c)
            out += [k for k in c.children if k.dep_ == "conj"]
    return out


def _governors(verb) -> list:
    """A verb and the verbs it is a conjunct or participle of (their when-clauses and phrases tell its cause too:
    "four were killed and six injured after ...")."""
    out = [verb]
    while verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and len(out) < 4:
        verb = verb.head
        out.append(verb)
    return out


def _prep_objects(prep) -> list:
    """The objects of a cause or circumstance phrase with their conjuncts: "in the fire", "after the flood",
    "due to heavy rain", "because of the storm", "as a result of the landslide"."""
    if prep.lower_ not in CAUSE_PREPS:
        return []
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    for c in prep.children:
        if c.dep_ in ("pcomp", "prep") and c.lower_ in ("to", "of"):
            objs += [k for k in c.children if k.dep_ == "pobj"]
            objs += [k for k2 in c.children if k2.dep_ == "prep" for k in k2.children if k.dep_ == "pobj"]
        elif c.dep_ == "prep":
            objs += [k for k in c.children if k.dep_ == "pobj"]
    for o in list(objs):
        objs += [k for k in o.children if k.dep_ == "conj"]
    return objs


CAUSE_PREPS = frozenset({"in", "by", "during", "after", "from", "amid", "following", "due", "because", "as", "owing"})
