"""Targets of acts that answer or are conditioned on another's act (issue 14): a demand, objection, rejection or threat
told with no party of its own takes as its target the doer of the act its clause names as what it answers or what
it is conditioned on, when the coder coded that act with a named doer.

    events = answered_targets(coder, sdoc, events, ctx)    # after fill_sides (coding/sides.py)

"Greek protests at Russia hosting factions tied to the PKK" (110, no target; "hosting": RUS -> ...) is a protest
at Russia; "Baghdad vowed to strike back should Erdoğan carry out his plan to push south" (138, no
target; "push": TURGOV) threatens Turkey; "the Syrian government says it will respond if the Turks go too far" threatens
the Turks. The coder's own fallbacks (coding/roles.py) read the response's object slot for an actor, or the author
of an act noun there ("rejected Erdoğan's calls"); this stage reads the acts the coder coded inside the clause: in
its object, prepositional phrase or complement, or in an "if"/"unless" clause of the act or of the verb it hangs on
("threatened to hit back ... if X ..."). The act's own doer answers "to whom": the first one found, nearest the
answering word in the parse; where acts at that distance have doers of two sides, none is taken.

Only for the roots whose target is the one whose act they answer (data/coding/act_families.tsv is about acts of the
same kind; these are acts of another kind): demand 10, disapprove 11, reject 12, threaten 13. Never:
- the answering act's own side (a state's government, forces and the state are one side: "Erdoğan threatened to
  destroy terror nests" has Turkey's act in its complement, no target);
- a doer that is no named party (a bare sector: "civilians"), nor the act's own trigger (an event coded twice);
- an act reached through a relative clause ("the fighters whom Ankara regards as terrorists": it describes a noun),
  the clause's subject, a verb coordinated with the answering one (another act of the same speaker), or a
  preposition that names the act's content or circumstance, not what it answers ("the threat of attack", "in the
  face of the US withdrawal", "after Trump's announcement"; only to/against/at/over/about/on/towards);
- an act the speaker's own side takes part in ("said that Turkish soldiers and the Syrian groups they back planned to
  move in": the groups' act is Turkey's);
- for an act of force told as intended and coded as a threat ("will open with air strikes to be followed by an
  infantry push by the FSA"), its arguments: they name what it will do, not what it answers (its "if" clause still does);
- with no coded act there, the subject of an "if"/"unless" clause ("if the Turks overstep"), where the coder resolves
  it to a named party of another side; a pronoun or a clause of the speaker's own side gives none.
A disapproval or rejection whose object is a definite act noun with no doer of its own ("China likewise rejected the
proposal", "The proposal was brushed aside by the White House", "protested against this step") takes the doer of that act as
told before: the nearest earlier mention of the same noun, within BEFORE sentences (none where that mention names no
doer), whose doer is the named source of an act coded there, its own possessor or actor modifier ("the US plan"), or,
for a noun that is the object of a statement, intent or demand ("Washington unveiled a plan"), that act's source, or
of a noun-maker verb coded as no act ("Egypt presented a peace plan"), its subject;
never the answering act's own side, nor a noun with a doer or a proper-name modifier of its own ("the US decision":
the coder's fallbacks read it).

A refusal told with nothing refused ("Hamas refused.", "The group has refused, and talks stalled") answers the bid
made of its doer just before: the nearest request, offer, demand or coercion (CAMEO 02, 03, 10, 17) whose target is
the refuser's side, told earlier in its sentence or in the sentence before ("Egypt urged Hamas to accept the truce"),
from a named party of another side; none where the nearest bids come from two sides, or where the refusal names what
it refuses (an object, complement or phrase: "refused to negotiate").

Each target taken says so: its `why` begins "the doer of the act it answers ('...')" (or "... it is conditioned
on", "... answers, named before ('plan', 1 sentence(s) before)", or "... refuses, the bid 'urged' made of it just
before"), and the event's rule ends with "; target: "
and the same words.
"""
from __future__ import annotations

import bisect
from typing import Optional

from eventwire.coding.taken_target import with_target
from eventwire.model import Actor, Event

ROOTS = ("10", "11", "12", "13")
# the dependencies through which a clause names what an act answers: its object, prepositional phrase, complement
# (and, below the answering word, the arguments of the clauses reached: "objections to Egypt hosting militias")
ARGS = frozenset({"dobj", "prep", "pobj", "pcomp", "ccomp", "xcomp", "acl", "attr", "oprd", "dative"})
NESTED = ARGS | frozenset({"nsubj", "nsubjpass", "conj", "agent", "advcl"})
CONDITION = frozenset({"if", "unless"})
# the prepositions that name what an act answers ("objections to", "protested at", "anger over"); not its content or
# circumstance ("the threat of attack", "in the face of the US withdrawal", "followed by a ground attack")
ANSWER_PREPS = frozenset({"to", "against", "at", "over", "about", "on", "upon", "toward", "towards"})
MAX_DEPTH = 5
# acts whose object may be an act named before ("Russia opposed the plan"): disapprove 11, reject 12, and praise or
# defence of it ("Kenya welcomed the plan", "Moscow defended the decision": 051, 052), which answer no act of their
# clause here
NAMED_BEFORE_ROOTS = ("11", "12", "051", "052")
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
# acts whose object names what their doer made known: a statement 01, intent 03, demand 10 ("unveiled a plan")
AUTHOR_ROOTS = ("01", "03", "10")
# a refusal told with nothing refused ("The group has refused"): the bid made of its doer just before, a request 02,
# offer 03, demand 10 or coercion 17 ("Moscow tasked Turkey with forcing HTS's withdrawal")
REFUSAL_ROOTS = ("12",)
BID_ROOTS = ("02", "03", "10", "17")
BEFORE = 3                     # sentences back within which "the plan" is the plan named last


def answered_targets(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with the target of a demand, objection, rejection or threat taken from the act it answers or is
    conditioned on, where its clause names that act (module doc)."""
    if sdoc is None or len(events) < 1:
        return events
    by_token: dict = {}
    for e in events:
        if e.trigger_token is not None:
            by_token.setdefault(e.trigger_token, []).append(e)
    out = []
    antecedents = by_sentence = None       # (built once, on the first act that needs them)
    for e in events:
        if e.target is not None or not is_named(e.source) or not (e.cameo or "").startswith(ROOTS + NAMED_BEFORE_ROOTS) \
                or e.trigger_token is None or e.trigger_token >= len(sdoc):
            out.append(e)
            continue
        got = _answered(coder, sdoc, sdoc[e.trigger_token], e, by_token, ctx) if e.cameo.startswith(ROOTS) else None
        if got is None and e.cameo.startswith(NAMED_BEFORE_ROOTS):
            if antecedents is None:
                antecedents = _act_index(sdoc, events)
            got = _named_before(coder, sdoc, sdoc[e.trigger_token], e, antecedents, ctx)
        if got is None and e.cameo.startswith(REFUSAL_ROOTS):
            if by_sentence is None:
                by_sentence = {}
                for x in events:
                    by_sentence.setdefault(x.sentence, []).append(x)
            got = _refused_bid(sdoc[e.trigger_token], e, by_sentence)
        if got is None:
            out.append(e)
            continue
        actor, how, word = got
        said = f"the doer of the act it {how}" + (f" ('{word}')" if word else "")
        out.append(with_target(e, actor, said))
    return out


def is_named(a: Optional[Actor]) -> bool:
    """Whether `a` names a party: a code that is more than a bare sector ("KENGOV", "Hamas"; not "officials")."""
    from eventwire.knowledge.actor_country import sector_only
    return a is not None and bool(a.code) and not sector_only(a)


def same_side(a: Actor, b: Actor) -> bool:
    """Whether two actors are one side: the same code or entity, or the same country."""
    if a.code == b.code or (a.entity and a.entity == b.entity):
        return True
    return bool(a.country) and a.country == b.country


def _condition(t) -> bool:
    # (an "if" clause the parser coordinated with the act it conditions: "would respond swiftly and firmly if Hanoi
    # sent ships", "if" marking a conj of "respond")
    return t.dep_ in ("advcl", "conj") and any(m.dep_ == "mark" and m.lower_ in CONDITION for m in t.children)


def _condition_hosts(t) -> list:
    """The verbs whose "if"/"unless" clause conditions the act at `t`: itself, the verb it is the complement of, and
    the verbs coordinated with it ("would sink the boats and strike their bases if ...": the condition hung on the
    last conjunct is the whole threat's)."""
    govs = [t] + ([t.head] if t.dep_ in ("xcomp", "ccomp", "conj") and t.head.i != t.i else [])
    govs += [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return govs


def _hop(c) -> bool:
    return c.dep_ != "prep" or c.lower_ in ANSWER_PREPS


def _starts(t, e: Optional[Event] = None) -> list:
    """(token, how) where the acts an act answers are looked for: its arguments (not for an act of force told as
    intended, coded as a threat: "will open with air strikes to be followed by an infantry push by the FSA" names what it
    will do, not what it answers), and an "if"/"unless" clause of it or of the verb it is the complement of
    ("threatened to hit back ... if X pursues ...")."""
    intended = e is not None and "intention" in (e.rule or "")
    out = [] if intended else [(c, "answers") for c in t.children if c.dep_ in ARGS and _hop(c)]
    out += [(c, "is conditioned on") for g in _condition_hosts(t) for c in g.children if _condition(c)]
    return out


def _answered(coder, sdoc, t, e: Event, by_token: dict, ctx) -> Optional[tuple]:
    """(actor, how, trigger word) of the nearest act with a named doer of another side in the clause's arguments."""
    level = _starts(t, e)
    seen = {t.i}
    for _ in range(MAX_DEPTH):
        found = []
        for tok, how in level:
            if any(is_named(a.source) and same_side(a.source, e.source) for a in by_token.get(tok.i, ())):
                continue            # (an act the speaker's side takes part in: "Turkish troops and their allies")
            for a in by_token.get(tok.i, ()):
                if a is e or a.trigger_token == e.trigger_token or not is_named(a.source) \
                        or same_side(a.source, e.source):
                    continue
                found.append((a.source, how, a.trigger_text))
        if found:
            sides = {f[0].country or f[0].code for f in found}
            return found[0] if len(sides) == 1 else None
        nxt = []
        for tok, how in level:
            seen.add(tok.i)
            if by_token.get(tok.i):
                continue            # (an act of the speaker's own side: what it answers is not below it)
            nxt += [(c, how) for c in tok.children if c.i not in seen and c.dep_ in NESTED and _hop(c)]
        level = nxt
        if not level:
            break
    return _condition_subject(coder, t, e, ctx) or _accused_subject(coder, t, e, ctx)


def _accused_subject(coder, t, e: Event, ctx) -> Optional[tuple]:
    """For an accusation (11x) with no coded act below it, the party its "that" clause names as the doer ("Tehran's
    accusation that Israeli agents killed the scientist": the content is no event, coding/accused.py, but it names
    the accused)."""
    from eventwire.coding.accused import _content_on_verb, bare_that, content_clause
    if not (e.cameo or "").startswith("11"):
        return None
    # ("called Beijing's accusation that Japan had spied ... baseless": the clause hung on the verb)
    hung = [c for c in t.head.children if t.dep_ == "dobj" and c.dep_ == "ccomp"
            and getattr(_content_on_verb(c), "i", None) == t.i]
    for host in [t] + [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]:
        for c in list(host.children) + (hung if host.i == t.i else []):
            if c.dep_ not in ("acl", "ccomp", "relcl") or c.i < host.i or not (bare_that(c) or any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)) \
                    or (c.dep_ == "relcl" and not content_clause(c)):
                continue
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            got = _one_other_party(coder, subj, e, ctx)
            if got is not None:
                return got, "accuses", c.text
    return None


def _one_other_party(coder, subj, e: Event, ctx):
    """The one named party (one country or code) the subject `subj` of a clause on the act names, not the act's own
    doer's side, or None."""
    got = [a for a in coder.actors_for(subj, ctx, subj.sent, role="target") if is_named(a)]
    if got and len({a.country or a.code for a in got}) == 1 and not any(same_side(a, e.source) for a in got):
        return got[0]
    return None


def _condition_subject(coder, t, e: Event, ctx) -> Optional[tuple]:
    """The party an "if"/"unless" clause of the act names as its subject ("retaliate if the Turks overstep", "would
    strike the launchers if a Japanese patrol entered"), also that of such a clause on a warning's content clause
    ("warned that Moscow would respond if Tbilisi sent troops") or on a verb joined to the act ("would sink the boats
    and strike their bases if ..."); a subject the parser made a compound of the verb counts, a pronoun does not."""
    content = [c for c in t.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and c.i > t.i]
    conds = [c for c, _ in _starts(t) if _condition(c)]
    conds += [c for x in content for g in _condition_hosts(x) for c in g.children if _condition(c)]
    for c in conds:
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            # ("if the Turks overstep", parsed with the subject as a compound of the verb)
            subj = next((x for x in c.children if x.dep_ == "compound" and x.i < c.i), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        got = _one_other_party(coder, subj, e, ctx)
        if got is not None:
            return got, "is conditioned on", c.text
    return None


def _act_index(sdoc, events: list[Event]) -> tuple:
    """({noun lemma: token indexes, in document order}, {token index: events there}, sentence start tokens) for the
    article's nouns and the tokens of its coded acts, built once per document."""
    from eventwire.doc_index import nouns_by_lemma
    nouns = nouns_by_lemma(sdoc)
    acts: dict = {}
    for x in events:
        for i in set(x.act_tokens or ()) | ({x.trigger_token} if x.trigger_token is not None else set()):
            acts.setdefault(i, []).append(x)
    return nouns, acts, [s.start for s in sdoc.sents]


def _answered_noun(t, e: Event):
    """The noun that names the act a response answers, when it is a definite act noun with no doer of its own:
    its object ("opposed the plan"), passive subject ("that plan was snubbed by ..."), or to/against/at/over phrase
    ("objected to this move"); for a noun, its "of" phrase too ("the rejection of the proposal")."""
    from eventwire.coding.clause_args import noun_agent
    cands = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    cands += [g for c in t.children if c.dep_ == "prep" and (c.lower_ in ANSWER_PREPS or (c.lower_ == "of"
              and t.pos_ == "NOUN")) for g in c.children if g.dep_ == "pobj"]
    for n in cands:
        if n.pos_ != "NOUN" or not any(c.dep_ in ("det", "predet") and c.lower_ in DEFINITE for c in n.children):
            continue
        if noun_agent(n) is not None or any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
                                            for c in n.children):
            continue            # ("the US decision", "Trump's plan": a doer of its own, the coder's to read)
        return n
    return None


def _named_before(coder, sdoc, t, e: Event, index: tuple, ctx) -> Optional[tuple]:
    """The doer of the act a definite act noun refers back to ("Russia also opposed the plan", after "the US plan to
    ..."): the nearest earlier mention of the same noun, within BEFORE sentences, whose doer is a coded act's named
    source there or the noun's own possessor or actor modifier; none where that nearest mention names no doer."""
    from eventwire.coding.act_args import maker_subject
    from eventwire.coding.clause_args import noun_agent
    from eventwire.coding.clause_record import ASSERT_NOUNS, INTENT_NOUNS
    n = _answered_noun(t, e)
    if n is None:
        return None
    lemma = n.lemma_.lower()
    if lemma not in ASSERT_NOUNS and lemma not in INTENT_NOUNS and coder.event_noun(n) is None:
        return None
    nouns, acts, starts = index
    # ("this move", "that plan": any act noun of the kind named before, "Trump's decision"; "the plan": the same noun)
    demonstrative = any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in n.children)
    kinds = sorted(ASSERT_NOUNS | INTENT_NOUNS) if demonstrative and (lemma in ASSERT_NOUNS or lemma in INTENT_NOUNS) \
        else [lemma]
    si = bisect.bisect_right(starts, n.i) - 1
    floor = starts[max(0, si - BEFORE)]
    before = []
    for k in kinds:
        idx = nouns.get(k, [])
        pos = bisect.bisect_left(idx, n.i) - 1
        if pos >= 0 and idx[pos] >= floor:
            before.append(idx[pos])
    if not before:
        return None
    m = sdoc[max(before)]
    doers = [x.source for x in acts.get(m.i, ()) if is_named(x.source)]
    if not doers:
        # ("unveiled a plan", "announced the decision", "proposed normalising ties as part of a plan"): the one who
        # made it known, a statement, intent or demand coded at the verb it hangs on (not "opposed the plan": the one
        # who answered it before)
        gov = m
        for _ in range(4):
            if gov.dep_ not in ("dobj", "pobj", "prep", "nsubjpass") or gov.head.i == gov.i:
                break
            gov = gov.head
            if gov.pos_ in ("VERB", "AUX"):
                doers = [x.source for x in acts.get(gov.i, ()) if is_named(x.source)
                         and x.cameo.startswith(AUTHOR_ROOTS)]
                break
    if not doers:
        # (or the subject of the noun-maker verb it is the object of, where that verb is coded as no act:
        # "Egypt presented a peace plan", "Uganda announced a decision to close": act_args.maker_subject)
        agent = noun_agent(m) or maker_subject(m)
        if agent is None or agent.pos_ == "PRON":
            return None
        doers = [a for a in coder.actors_for(agent, ctx, agent.sent, role="source") if is_named(a)]
    if not doers or len({a.country or a.code for a in doers}) != 1 or any(same_side(a, e.source) for a in doers):
        return None
    back = si - (bisect.bisect_right(starts, m.i) - 1)
    where = f"{back} sentence(s) before" if back else "earlier in its sentence"
    return doers[0], f"answers, named before ('{m.text}', {where})", None


def _refused_bid(t, e: Event, by_sentence: dict) -> Optional[tuple]:
    """The doer of the bid a refusal with nothing refused answers ("The jihadist group has refused", after "Moscow
    ... forcing HTS's withdrawal"): the nearest request, offer, demand or coercion whose target is the refuser's side,
    told earlier in its sentence or in the sentence before; none where the nearest are of two sides."""
    if t.pos_ != "VERB" or any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "prep")
                               for c in t.children):
        return None             # (something refused is named: "refused to negotiate", "refused the offer")
    near = by_sentence.get(e.sentence - 1, []) + by_sentence.get(e.sentence, [])
    bids = [x for x in near if x is not e
            and (x.sentence < e.sentence or (x.trigger_start or 0) < (e.trigger_start or 0))
            and (x.cameo or "").startswith(BID_ROOTS) and is_named(x.source) and x.target is not None
            and same_side(x.target, e.source) and not same_side(x.source, e.source)]
    if not bids:
        return None
    last = max(bids, key=lambda x: (x.sentence, x.trigger_start or 0))
    near = [x for x in bids if x.sentence == last.sentence]
    if len({x.source.country or x.source.code for x in near}) != 1:
        return None
    return last.source, f"refuses, the bid '{last.trigger_text}' made of it just before", None
