"""Uses of an act's word that state no act the text asserts (issue 14, precision: a researcher counts every row).

Read after the clause stage and its modality (coding/clause_modality.py, coding/modality.py), from the parse alone
(`unasserted(cl)`), and once the actors are known (`everyday(cl, code, sources, ctx)`):

- a state, not an act: "Turkey has legitimate concerns", "agencies have access to informants" (an event noun the
  light verb "have" holds: `held`); a feeling or a standing between parties no light verb says aloud, "address
  Greece's worries", "a cause of friction between Rome and Paris" (`felt`; "voiced concern" stays:
  `voicing`); an act feared or guarded against, "vulnerable to Turkish attack", "safe from air attack"
  (`exposure`); a standing rule, "arms that are outlawed in most countries" (`standing`: a
  relative clause in the present passive, or a bare participle, with no agent);
- a need: "more troops were required", "barriers were required, she said, to shield schools" (`_needed`);
- a disposition: "is not averse to negotiating", "open to talks" (`_disposed`);
- a standing arrangement: "Cyprus has hosted British bases since 1960" (`_lodged`);
- a statistic: "an average of 6,000 people were displaced", "300 are displaced each day" (`_rate`: a `rate`
  subject, or a passive with no agent counted per `period`);
- a condition someone is in: "isolated and with few protections", "is isolated internationally" (`state`: a
  participle with no agent);
- a condition or a hypothetical: "in case the militia raided the house", "in case of an attack", "aid is contingent
  on the rebels' withdrawal" (`condition`);
- what something is about or aimed at: "it is all about breaking the Tamils", "the offensive was aimed at forcing
  rebels to flee" (`aimed`);
- hearsay and claims the article does not assert: "he had heard his commanders were withdrawing" (`hearsay`), "she
  claimed she had been threatened" (`claim`: the act in the "that" clause of such a verb, or below it, when the
  claimant is not the doer's own side: `claimant`, `foreign_claim`; also "Moscow insisted that", "Greece's claim
  that"), an act with no doer in the "that" clause of an estimate or belief ("they estimate that 300 villagers were
  killed": `estimated`);
- a part negated or an act stopped: "not all agencies will be funded", "governments no longer back the calls";
- journalism, not diplomacy or an inquiry: "officials interviewed by the Guardian", "speaking to the Observer"
  (`media`: a news outlet or a reporter as the other party of a consultation or an inquiry);
- everyday life between private people (no country, organisation or known person on either side): a meeting or a
  kindness ("neighbours chat about how the garden is growing", "they invited us into their kitchen"), a refusal of
  nothing political ("the doctor dismissed the boys' injuries"; not "will not end the strike", a refusal to yield);
- a private journey: "she travelled to Syria", "those who have travelled to Yemen" (a visit whose doer resolves to
  no actor: a pronoun, a name or a generic noun for a person; not an organisation or a role noun the lists missed),
  or a gerund of travel with no traveller at all ("has no regrets about going to Iraq").

The words are in data/coding/non_events.tsv (`word  kind  note`). Each test returns a reason (str) or None.
"""
from __future__ import annotations

import functools
from typing import Optional

from eventwire.coding import accused
from eventwire.coding.clause_record import SET_OFF, role_words
from eventwire.coding.outlook import private_outlook
from eventwire.coding.private_people import aged_name, private_party, request_kb
from eventwire.doc_index import to_infinitive

PART_DETS = frozenset({"all", "every", "each", "both"})
# the words that take a unit of time one at a time: "each day", "a month" (`_rate`)
PER_DETS = frozenset({"each", "every", "a", "an", "per"})
VISIT_CODES = ("042", "043", "044")
TIME_MARKS = frozenset({"since", "when", "after", "before", "until", "while", "once"})
PRIVATE_ROOTS = ("04", "05", "06")  # consult, cooperate: "residents discuss", "they welcomed us into their home",
#                                   "is to work with a vet"
PRIVATE_REQUESTS = ("020",)       # a bare request (non_events.tsv `asking`): "asked to speak with me", "asked that
#                                   her family be left alone", "asked not to be named"
PRIVATE_REFUSALS = ("12",)         # reject, with no target: "the doctor dismissed the boys' injuries"
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
MEDIA_ROOTS = ("04", "09")        # (a statement to reporters, "told reporters", stays a statement)


@functools.cache
def words() -> dict:
    """{kind: frozenset of words} from data/coding/non_events.tsv; a word written with a capital is a name, kept as
    written (matched against the token's text: "Observer" is the newspaper, "observers" the monitors)."""
    from eventwire.coding.tables import coding_table
    out: dict = {}
    for word, kind, *_ in coding_table("non_events.tsv"):
        out.setdefault(kind.lower(), set()).add(word if word != word.lower() else word.lower())
    return {k: frozenset(v) for k, v in out.items()}


def _is(kind: str, tok) -> bool:
    w = words().get(kind, frozenset())
    return tok.lemma_.lower() in w or tok.lower_ in w or tok.text in w


def _first_conjunct(tok):
    """The first of a chain of coordinated verbs ("searched the flat and seized the weapons": searched)."""
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def unasserted(cl) -> Optional[str]:
    """Why a clause asserts no act, from its parse; None when nothing here says so (also the tests of
    coding/nonevent_uses.py: a standing deployment, "no mention of", a question about who acts)."""
    from eventwire.coding import described
    from eventwire.coding import nonevent_uses as uses
    from eventwire.coding import scope
    from eventwire.coding import misparses
    pred = cl.pred
    if cl.kind == "noun":
        if cl.light_verb is not None and cl.light_verb.lemma_.lower() == "have" and _is("held", pred):
            return f"'{cl.light_verb.text} ... {pred.text}': a state the subject is in, not an act"
        if pred.dep_ == "dobj" and _is("losing", pred.head) and _is("held", pred):
            return f"'{pred.head.text} ... {pred.text}': a standing lost or feared lost, not an act of the giver"
        return _felt(cl) or _disposed(pred) or _feared(pred) or _in_case_of(pred) or _condition(pred) or _hearsay(pred) \
            or accused.content(pred) or uses.unasserted(cl) \
            or described.unasserted(cl) or scope.unasserted(cl)
    return (_in_case(pred) or _condition(pred) or _about(pred) or _aimed(pred)
            or _hearsay(pred) or accused.content(pred) or _alleged_of(pred) or _part_negated(pred) or _no_longer(pred) or _standing(pred)
            or _state(pred) or _rate(pred) or _lodged(pred) or _disposed(pred) or _needed(pred)
            or uses.unasserted(cl) or described.unasserted(cl) or scope.unasserted(cl) or scope.compelled(cl)
            or scope.category(cl) or misparses.role_read_as_verb(pred))


def _felt(cl) -> Optional[str]:
    """ "address Greece's worries", "the Greek fear is that", "friction between Rome and Paris": a feeling
    or a standing between parties, a state, unless a light verb says it aloud ("voiced concern", "expressed hope")."""
    if cl.pred.lower_ not in words().get("felt", frozenset()):     # as written: "hostilities" are fighting
        return None
    if cl.light_verb is not None and _is("voicing", cl.light_verb):
        return None
    return f"'{cl.pred.text}': a feeling or a standing between parties, not an act (no light verb says it aloud)"


EXPOSURE_PREPS = frozenset({"to", "from", "against", "for"})


def _feared(noun) -> Optional[str]:
    """ "vulnerable to Turkish attack", "safe from air attack", "bracing for a Turkish attack": an act feared or
    guarded against, not done; only a bare or indefinite noun with no "by" phrase (not "against the attack by Isis"),
    and not under a verb of defending ("defending the town from a Turkish invasion": mostly an attack under way)."""
    t = noun
    if t.dep_ == "conj":
        t = _first_conjunct(t)
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in EXPOSURE_PREPS:
        return None
    if not _is("exposure", t.head.head):
        return None
    if any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
           or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return None
    return f"'{t.head.head.text} {t.head.text} {noun.text}': an act feared or guarded against, not done"


def _in_case(verb) -> Optional[str]:
    """ "in case the militia raided the house (and found ...)": a fear, not an act."""
    v = _first_conjunct(verb)
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i < v.i and any(
                g.dep_ == "pobj" and g.lower_ == "case" and g.i == c.i + 1 for g in c.children):
            return f"'in case ... {verb.text}': a condition feared, not an act done"
    first = v.left_edge
    if first.i >= 2 and first.doc[first.i - 2].lower_ == "in" and first.doc[first.i - 1].lower_ == "case":
        return f"'in case ... {verb.text}': a condition feared, not an act done"
    return None


def _in_case_of(noun) -> Optional[str]:
    """ "in case of an attack": a condition, not an act."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "case" \
            and head.head.dep_ == "pobj" and head.head.head.lower_ == "in":
        return f"'in case of {noun.text}': a condition, not an act done"
    return None


def _condition(tok) -> Optional[str]:
    """ "contingent on the rebels' withdrawal", "depends on Assad's departure", "conditional upon ending the
    siege": what something waits on, not an act done."""
    t = tok
    if t.dep_ == "conj":
        t = _first_conjunct(t)
    if t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep" and t.head.lower_ in ("on", "upon") \
            and _is("condition", t.head.head):
        return f"'{t.head.head.text} {t.head.text} {tok.text}': a condition, not an act done"
    return None


def _about(verb) -> Optional[str]:
    """ "it is all about breaking the Tamils", "the war is about controlling oil": what something is about, a
    view, not an act."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "about" and head.head.lemma_.lower() == "be" \
            and any(c.dep_ == "nsubj" for c in head.head.children):     # (not "there was a sense ... about")
        return f"'{head.head.text} ... about {verb.text}': what something is about, not an act done"
    return None


def _aimed(tok) -> Optional[str]:
    """ "was aimed at forcing militants to flee", "a campaign aimed at toppling the governor": an aim (not a noun:
    "remarks aimed at Obama's support for the deal" criticise an act done)."""
    head = tok.head
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ == "at" \
            and _is("aimed", head.head) \
            and head.head.tag_ == "VBN":
        return f"'{head.head.text} at {tok.text}': an aim, not an act done"
    return None


def _reported_by(tok, kinds=("hearsay", "claim"), through_relcl=True):
    """The verb of claim or hearsay whose "that" clause holds the act (or a phrase below it), or None: not an aside
    set off by a comma, nor a time clause (background the writer gives), nor a sentence before the verb that the
    parser hung on it ("a bomb killed eight; Isis claimed responsibility": a claim with an object)."""
    t = tok
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX") and (claiming := accused.misread_claimer(t)) is not None \
                and any(_is(k, claiming) for k in kinds):
            return claiming      # "with witnesses claiming foreign fighters lost a battle" (misread: coding/accused.py)
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ == "ccomp" and any(_is(k, head) for k in kinds) and head.pos_ in ("VERB", "AUX") and t.i > head.i \
                and not any(c.dep_ == "dobj" for c in head.children):
            return head
        if head.pos_ in ("NOUN", "PROPN") and any(_is(k, head) for k in kinds) and accused.content_clause(t):
            return head          # "Greece's claim that Turkish warships had violated its waters", "claims they had"
        if t.dep_ == "relcl" and not through_relcl:
            return None          # "thought the states that were helping us would remain": the helping is told
        if t.dep_ == "relcl" and (t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text in SET_OFF or any(
                c.dep_ == "punct" and c.text in SET_OFF and c.i < head.i for c in head.children)):
            return None          # "the ELN, with whom it has waged a long war", "with Bogota -- something Bogota
            #                      refuses to do": the writer's aside
        if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in t.children):
            return None          # "claimed it was persecuted since it overran the east": a time told, not claimed
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return None          # "insisting civilians were not targeted, as they have been in Homs": a comparison
            #                      (not "so as to support": a purpose, part of the claim)
        t = head
    return None


def _alleged_of(verb) -> Optional[str]:
    """ "which they accuse of sheltering rebels and of working with the junta": the second "of" phrase of
    an accusation, which the parser often hangs on the verb above, is the accusation's content too (the first is
    read as an allegation in coding/clause_modality.py). Only a prepositional phrase right after "and"/"or" that
    ends the accusing word's own phrase (the accusing verb's words run up to the "and")."""
    from eventwire.coding.clause_record import ALLEGING_HEADS
    prep = verb.head
    if (why := accused.alleged_gerund(verb, ALLEGING_HEADS)) is not None:
        return why
    if verb.dep_ == "pcomp" and prep.dep_ == "conj" and prep.lower_ in ("of", "for"):
        h = prep.head          # "accuse of harbouring ... and of cooperating": the second "of" read as a conjunct
        h = h.head if h.dep_ == "prep" else h
        if h.lemma_.lower() in ALLEGING_HEADS:
            return f"'{h.text} ... {prep.text} {verb.text}': part of an accusation, not an act"
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.i < 2:
        return None
    doc = verb.doc
    cc = doc[prep.i - 1]
    if cc.lower_ not in ("and", "or") or prep.head.lemma_.lower() in ALLEGING_HEADS:
        return None
    for p in prep.head.subtree:
        if p.i >= prep.i - 1:
            break
        if p.lower_ != prep.lower_ or p.dep_ != "prep":
            continue
        accuser = p.head if p.head.lemma_.lower() in ALLEGING_HEADS else (
            p.head.head if p.head.dep_ in ("dobj", "pobj") and p.head.head.lemma_.lower() in ALLEGING_HEADS else None)
        if accuser is not None and accuser.right_edge.i in (prep.i - 2, prep.i - 1):   # (the "and" may hang on it)
            return (f"'{accuser.text} ... {p.text} ... {cc.text} {prep.text} {verb.text}': part of an accusation, "
                    "not an act")
    return None


def _hearsay(tok) -> Optional[str]:
    """An act in the "that" clause of hearsay ("had heard his commanders were withdrawing"): not asserted."""
    head = _reported_by(tok, ("hearsay",))
    if head is not None:
        return f"'{head.text} ... {tok.text}': hearsay, not asserted"
    return None


def claimant(cl):
    """The one who claims an act in the "that" clause of a `claim` verb or noun ("Lavrov claimed the attack was
    staged", "Moscow insisted that Damascus was committed": Lavrov, Moscow; "Greece's claim that": Greece), the
    claim word itself when it has no subject, or None. Whether the claim stands as a report is the coder's to say
    once the actors are known (`foreign_claim`)."""
    head = _reported_by(cl.pred, ("claim",))
    if head is None:
        return None
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head     # "with witnesses claiming ...": the witnesses
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "poss")), None)
    if subj is None and head.dep_ == "conj":
        # "the envoy claims and insists the UK is flouting the law": the subject the two verbs share
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None else head


def imputer(cl, reporting):
    """The one who says what another wants or aims at ("'The army wants to force civilians from their lands,' the
    militia said": the militia; "sources have suggested the force is seeking to hand over suspects": the sources),
    or None: the intention of an `imputed` verb in the complement of a reporting verb (`reporting`, lemmas) is the
    speaker's account, not the doer's announcement. Judged like a claim, once the actors are known
    (`foreign_claim`: the doer's own side announces its intention)."""
    head = cl.intent_head
    if head is None or not _is("imputed", head):
        return None
    t = head
    for _ in range(4):
        if t.dep_ not in ("xcomp", "conj"):
            break
        t = t.head
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in reporting:
        return None
    return next((c for c in t.head.children if c.dep_ == "nsubj"), None)


def imputed(speaker, sources, speakers) -> Optional[str]:
    """Why an intention in what `speaker` says is no event: the speaker is a known actor (a country or an entity)
    not of the doer's side (`foreign_claim`), or an unnamed one ("sources", "a resident") whose verb is not plain saying ("sources have
    suggested the force is seeking to ..."); "Turkey wants to buy the missiles, officials said" stays (reporting)."""
    if speakers and all(_private_party(a) for a in speakers) and not all(_private_party(s) for s in sources):
        return f"'{speaker.text}': an intention a private person imputes to a party, not announced"
    known = [a for a in speakers if a.country or a.entity]
    if known:
        return foreign_claim(sources, known)
    verb = speaker.head
    if _is("saying", verb):
        return None
    return f"'{speaker.text} {verb.text}': an intention an unnamed speaker imputes, not announced"


def estimated(cl, sources) -> Optional[str]:
    """Why an act in the "that" clause of an estimate or belief has no place as an event: it has no doer ("they
    estimate that 300 villagers were killed", "officials believe he was arrested"): a figure or a belief, not an act
    anyone is said to have done (the figure stays with what reports it). An act with a doer stays ("monitors
    estimate that Russian strikes killed 200": a report of who did it)."""
    if sources:
        return None
    head = _reported_by(cl.pred, ("estimate",), through_relcl=False)
    if head is None:
        return None
    return f"'{head.text} ... {cl.pred.text}': an estimate or belief with no doer, not an act asserted"


def foreign_claim(sources, claimants) -> Optional[str]:
    """Why a claimed act is no event: the claimant is not the doer's side (a claim about others, or by a private
    person, is not asserted: "Lavrov claimed the attack was staged", "she claimed fighters had threatened her");
    a side's claim of its own act stays a report ("Erdogan claimed Turkish forces had killed hundreds of
    militants"). None when it stays."""
    own = {a.country for a in claimants if a.country} | {a.entity for a in claimants if a.entity} \
        | {a.code for a in claimants if a.code}
    if own and any(s.country in own or (s.entity and s.entity in own) or s.code in own for s in sources):
        return None      # (also "the protesters claimed they had attacked an ambulance": the same actor)
    if sources and any(not a.country and not a.entity and a.sector in STATE_SECTORS for a in claimants) \
            and all(s.sector in STATE_SECTORS for s in sources):
        return None      # a state's claimant whose country is not known, on state forces ("President Erdogan" read as
        #                  GOV, "saying the Turkish Armed Forces had shot dead ..."): a report of its own side's act
    return "a claim about another side's act (or by no known actor), not asserted"


def _part_negated(verb) -> Optional[str]:
    """ "not all agencies will be funded", "not every prisoner was freed": a part negated, no act asserted."""
    for s in verb.children:
        if s.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ in ("det", "predet") and d.lower_ in PART_DETS
                                                    for d in s.children):
            if any(n.dep_ == "neg" for n in s.children) or (s.left_edge.i > 0
                                                            and s.doc[s.left_edge.i - 1].lower_ == "not"):
                return f"'not {s.left_edge.text} ... {verb.text}': a part negated, no act asserted"
            first = s.left_edge
            if first.lower_ == "not":
                return f"'not ... {verb.text}': a part negated, no act asserted"
    return None


def _no_longer(verb) -> Optional[str]:
    """ "governments are no longer backing the calls": an act stopped (not "will no longer tolerate": a refusal,
    which the clause's modality codes)."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "shall", "'ll") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "longer" and (
                any(n.lower_ == "no" for n in c.children) or (c.i > 0 and c.doc[c.i - 1].lower_ == "no")):
            return f"'no longer {verb.text}': an act stopped, not done"
    return None


def _standing(verb) -> Optional[str]:
    """ "arms that are outlawed in most countries", "a party banned in Egypt": a rule in force, not an act (a
    relative clause in the present passive, or a bare participle, of a verb of banning, with no agent and no
    date)."""
    if verb.tag_ != "VBN" or not _is("standing", verb):
        return None
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "relcl" and aux and all(a.tag_ in ("VBP", "VBZ") for a in aux):
        return f"'{' '.join(a.text for a in aux)} {verb.text}': a rule in force, not an act"
    if verb.dep_ == "acl" and not aux:
        return f"'{verb.head.text} {verb.text}': a rule in force, not an act"
    return None


def _per_period(tok) -> bool:
    """ "each day", "a month", "per year": a unit of time taken one at a time."""
    if not _is("period", tok) or any(c.dep_ != "det" for c in tok.children):
        return False             # ("a day after the truce", "a week later": a time, not a rate)
    if tok.dep_ in ("npadvmod", "nmod", "pobj", "dobj") \
            and any(c.dep_ == "det" and c.lower_ in PER_DETS for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "per"


def _rate(verb) -> Optional[str]:
    """ "an average of 6,000 people were displaced each day", "300 people are killed every week": a statistic, not
    an act (the subject is a `rate` noun, or a passive with no agent is counted per `period`); "troops shelled the
    town every day" (a doer) and "a total of 30 were killed" stay."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and _is("rate", subj):
        return f"'{subj.text} of ...': a statistic, not an act"
    if subj is None or subj.dep_ != "nsubjpass" \
            or any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return None
    per = next((t for t in verb.children if _per_period(t)), None) \
        or next((t for c in subj.children if c.dep_ in ("npadvmod", "prep") for t in c.subtree if _per_period(t)), None)
    if per is not None:
        return f"'{verb.text} ... {per.text}' with no doer: a rate, not an act"
    return None


def _disposed(tok) -> Optional[str]:
    """ "is not wholly opposed to bargaining", "stays open to dialogue": the "to" phrase of a `disposed` adjective
    is an act someone is inclined to, a disposition, not an act done or announced."""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ != "to":
        return None
    adj = tok.head.head
    if adj.pos_ == "ADJ" and _is("disposed", adj):
        return f"'{adj.text} to {tok.text}': a disposition, not an act"
    return None


def _passive_need(verb) -> bool:
    return _is("needed", verb) and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)


def _needed(verb) -> Optional[str]:
    """ "more troops were required": a passive `needed` verb with no agent is a need, not a demand; "barriers were
    required, she said, to shield schools": a "to V" the parser hung on an inserted "he said" whose clause is such a
    need is the need's purpose, not an act (the "to V" of "were needed" itself is a purpose: coding/modality.py)."""
    if _passive_need(verb):
        return f"'{verb.text}' with no agent: a need, not a demand"
    if verb.dep_ == "xcomp" and to_infinitive(verb):
        need = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.head.i and _passive_need(c)),
                    None)
        if need is not None:
            return f"'{need.text} ... to {verb.text}': the purpose of a need, not an act"
    return None


def _lodged(verb) -> Optional[str]:
    """ "Cyprus had hosted British bases since 1960", "Qatar has housed the base for years": a `lodged` verb in the
    perfect or the present with a "since" phrase or a "for" span of years is a standing arrangement, not an act."""
    if not _is("lodged", verb):
        return None
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if not perfect and verb.tag_ not in ("VBZ", "VBP", "VBG"):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("since", "for"):
            continue
        span = [t for t in c.subtree if t.i != c.i]
        if c.lower_ == "since" or any(t.lemma_.lower() in ("year", "decade") for t in span):
            return f"'{verb.text} ... {c.text} {span[-1].text if span else ''}': a standing arrangement, not an act"
    return None


def _state(verb) -> Optional[str]:
    """ "children, stateless and isolated", "the YPG found itself isolated", "Turkey is isolated internationally",
    "communities exiled from elsewhere", "the opposition is scattered": a participle of a `state` or `uprooted` verb
    with no agent names a condition, not an act (active "Qatar isolated Iran" stays)."""
    uprooted = _is("uprooted", verb)
    if not (_is("state", verb) or uprooted) or verb.tag_ not in ("VBN", "JJ"):
        return None
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and not uprooted)))
           for c in verb.children):
        return None      # (an agent, or what one was shut out of: "Minsk has been kept out of the probe"; for an
        #                  `uprooted` verb "from" is where people came from: "communities exiled from Homs")
    if uprooted and any(c.dep_ in ("aux", "auxpass") and (c.tag_ not in ("VBP", "VBZ") or c.lower_ in ("has", "have"))
                        for c in list(verb.children) + list(_first_conjunct(verb).children)) \
            or uprooted and any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None      # "have been displaced since December", "were displaced each day", "have been killed and
        #                  millions displaced since 2011": people driven out, an act
    if any(c.dep_ == "nsubj" and c.lower_ not in ("itself", "himself", "herself", "themselves") for c in verb.children) \
            and verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return f"'{verb.text}' with no agent: a condition, not an act"


def _media(tok) -> bool:
    return tok is not None and _is("media", tok)


def _private_person(tok) -> bool:
    """A generic noun for a person that no sector names ("a young man", "the teenager": victims.tsv `person`)."""
    from eventwire.coding.roles import victim_words
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in victim_words().get("person", frozenset())


def _private_party(actor, kb=None) -> bool:
    """An actor that is private people: a sector of non_events.tsv `private` ("residents", "the family", "a
    doctor") and no known person or organisation; with the actor lists `kb`, also a person the story names with no
    office, party or group role (coding/private_people.py)."""
    return private_party(actor, words().get("private", frozenset()), kb)


FORCE_ROOTS = ("17", "18", "19", "20")


def private_pronoun_doer(cl, code: str, sources, sector_of=None) -> Optional[str]:
    """Why the doer a pronoun was linked to is not the doer of an act of coercion or force: every source is private
    people (`_private_party`: civilians, refugees, residents) reached only through the pronoun ("People fled the
    town. They appeared to shoot anyone in the street": not the people; a resident's "they have destroyed our
    cities": not the resident's own side). None when it stands."""
    subj = cl.subj
    if code[:2] not in FORCE_ROOTS or subj is None or subj.pos_ != "PRON" or not sources:
        return None
    if not all("(coreference)" in (a.why or "") and _private_party(a) for a in sources):
        return None
    from eventwire.knowledge.actor_persons import left_arms
    if sector_of is not None and cl.pred.lemma_.lower() in role_words().get("combat-verb", ()) \
            and all(left_arms(a, cl.pred.doc, sector_of) for a in sources):
        return None      # "a former British soldier ... after he fought against Isis": a soldier fighting again
    return f"'{subj.text}' stands for private people here, who are not the doers of force they tell of"


def _unknown_doer(subj) -> bool:
    """A subject that resolved to no actor and is a person: a pronoun, a name, a generic noun for a person; not an
    organisation or a role noun the lists missed ("inspectors from the OPCW"); a name given an age is a person
    whatever the tagger took it for (coding/private_people.py `aged_name`)."""
    return subj is not None and (subj.ent_type_ not in ("ORG", "NORP") or aged_name(subj)) \
        and (subj.pos_ != "NOUN" or _private_person(subj))


def _names_in(cl) -> bool:
    """Whether the act's object or prepositional phrases name anything ("demonstrated in support of Morales' reform",
    "refused an invitation to a festival in the US"): what the act is about may be political."""
    args = [cl.obj] + list(cl.preps.values())
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
               for a in args if a is not None for t in a.subtree)


def everyday(cl, code: str, sources, targets=(), base: str = "", kb=None) -> Optional[str]:
    """Why an act, with its resolved sources and targets, is no political event: journalism, a private journey,
    a meeting, a kindness, a bare request or a refusal between private people (when the clause names nothing political, or the
    other party is private too); None when nothing here says so. `base` is the act's code before a modal code
    replaced it: a private person's plan to travel ("her plans to travel to Syria", 042 made 036) or to work with
    another ("is to work with a vet", 060 made 031) is no event either."""
    subj = cl.subj
    if code[:2] in MEDIA_ROOTS:
        others = [subj, cl.obj] + [o for p, o in cl.preps.items() if p in ("to", "with", "by")]
        hit = next((o for o in others if _media(o)), None)
        if hit is not None:
            return f"'{hit.text}' is a news outlet or reporter: journalism, not a political act"
    if (code[:3] in VISIT_CODES or base[:3] in VISIT_CODES) and not sources and _unknown_doer(subj):
        return f"a journey by '{subj.text}', whom the actor lists do not know: private travel"
    if code[:3] == "042" and sources and all(a.kind == "people" and not a.sector for a in sources):
        return f"'{subj.text if subj is not None else sources[0].text}' is a whole people: its moving is migration, no visit"
    if (code[:3] in VISIT_CODES or base[:3] in VISIT_CODES) and not sources and subj is None \
            and cl.kind == "verb" and cl.pred.tag_ == "VBG":
        return f"a journey ('{cl.pred.text}') with no traveller named: no visit anyone is said to make"
    doers = all(_private_party(a, kb) for a in sources) if sources else _unknown_doer(subj)
    if private_outlook(cl, code, sources, doers):
        return "an outlook of private people or of no known party: a feeling, not a political statement"
    if (code[:2] in PRIVATE_ROOTS or base[:2] in PRIVATE_ROOTS) and doers and (sources or targets) \
            and all(_private_party(t, kb) for t in targets) and (targets or not _names_in(cl)):
        return "a meeting or a kindness between private people, no political actor on either side"
    if code in PRIVATE_REQUESTS and cl.kind == "verb" and _is("asking", cl.pred) and not cl.negated and not _names_in(cl) \
            and all(_private_party(t, kb) for t in targets) and (all(_private_party(a, request_kb(cl, kb))
                                                          for a in sources) if sources else doers):
        return "a request by private people of private people or of no one, naming nothing political: everyday life"
    if code[:2] in PRIVATE_REFUSALS and sources and doers and not targets and not _names_in(cl) and not cl.negated \
            and not any(c.dep_ == "xcomp" for c in cl.pred.children):
        return "a refusal by private people of nothing political: everyday life"
    return None
