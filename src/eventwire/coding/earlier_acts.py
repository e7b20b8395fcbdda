"""Targets of responses to an act told before (issue 14): a response whose object is a definite act noun with no doer
of its own takes as its target the doer of the act the noun refers back to, the nearest earlier coded act of the kind
the noun names, told in its sentence or in the two before.

    events = earlier_act_targets(sdoc, events)    # after answered_targets (coding/answered.py)

"Kenya accused Eritrea of arming the militia. Asmara denies the claim." (016, no target) denies Kenya's
accusation; "Turkey shelled the town. The strikes were condemned by Damascus" condemns Turkey; "Egypt offered to
clear the minefield. Sudan agreed." agrees to Egypt's offer. coding/answered.py reads the acts inside the
response's own clause and the earlier mentions of the same noun; this stage reads the coded acts of the sentences
before, by kind (data/coding/earlier_acts.tsv):
- the response: an event whose CAMEO code has a `response` prefix (deny 016, praise 051, defend 052, yield 08,
  disapprove 110, criticise 111, complain 114, reject 12, agree 030/031: only with its noun as object or "to" phrase,
  the row's slots), with a named source and no target; a statement, comment or threat (010, 012, 013, 13: the
  `that` slot) only through the subject of what it says ("warned that the move could create new crises":
  content_subjects);
- its act noun: its object, passive subject or to/against/at/over/about/on phrase (for a noun, its "of" phrase: "the
  rejection of the offer"), or the noun its participle describes ("a claim since dismissed by the court"), a `noun`
  row's lemma with "the", "this", "that", "these", "those" or "such" ("a move"/"an allegation" in apposition to the
  act: "..., a move condemned by Russia", "..., an allegation Iran rejects", or after a dash as the parser's second
  object of the act's verb, "accused Moscow of hiding evidence – a claim rejected by Russia", or after a comma as a
  second object), and with no doer of its
  own: no possessor, "by" phrase, actor modifier or named "of" phrase ("the US decision", "Trump's plan": the coder's
  own fallbacks read them; the "by" phrase of the response's own participle is the responder's, "a charge refuted by
  Russia"); for a response that opposes what it
  answers (reject, disapprove, criticise, complain), "its" or "their" may own the noun and stands for the doer looked
  for ("The UN demanded a truce. Russia dismissed its call.");
- or, for a `bare` response verb with nothing named at all ("Obama agreed."), the bid it answers: a request, offer or
  demand made in its sentence or the one before, aimed at the responder's side or at no one;
- the act referred to: the nearest coded act before the noun, within the noun's sentence and the two before, whose
  code has one of the noun's prefixes (`*`: an `act` row's, a deed: "the move", "the decision"; `=lemma`: an act told
  by that verb, whatever its code: "offered a prisoner swap" is an offer), skipping the acts of
  the responder's own side (a state's government, forces and the state are one side; a legislature, party or
  opposition answering its own state's government or forces is not: "Senate Republicans criticised the withdrawal
  decision", `_home_rival`) and acts told in a relative
  clause (they describe a noun); one act told of several doers ("Saudi Arabia, the UAE and Egypt accused Qatar") gives
  its first named doer.
Never: where that nearest act names no doer (a bare sector or none: "the move" may be that act); where acts of the
kind by two other sides are told in the span searched (which one the noun means is not plain; but an act told earlier
in the response's own sentence, by one side only there, is the one meant: "said the US would lose for withdrawing from
the deal and warned that the move could create new crises"); where the same noun was named earlier in the span and no
coded act there is that mention (the act it refers to lies before it: the earlier
mention's own doer is read by coding/answered.py and act_args.story_doer).

The target's `why` begins "the doer of the act it answers, told before ('<trigger>', N sentence(s) before)" (or
"earlier in its sentence"), then names the act noun (", named 'the move'"; for a bare response "the doer of the bid
it answers, ..."), and the event's rule ends with
"; target: " and the same words.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from eventwire.coding.answered import ANSWER_PREPS, is_named, same_side
from eventwire.coding.tables import coding_table
from eventwire.coding.taken_target import with_target
from eventwire.model import Event

BACK = 2                       # sentences before the response's own that an act noun may refer back to
KIND_BACK = 4                  # for a deed whose modifier names its kind ("the withdrawal decision")
BID_BACK = 1                   # for a bare response ("Obama agreed."): the bid told in its sentence or the one before
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
OWNER_PRONOUNS = frozenset({"its", "their"})
OPPOSING = ("110", "111", "114", "12")
HOME_RIVALS = frozenset({"LEG", "PTY", "OPP"})     # a state's own politics, which may answer its government
STATE_DOERS = frozenset({"GOV", "MIL"})    # the responses for which such a pronoun may be the one answered
# the nouns that, with "a", may stand in apposition to the act itself (", a move condemned by Russia")
APPOSITION_DEPS = frozenset({"appos", "npadvmod"})
INDEFINITE = frozenset({"a", "an"})
# (or, after a dash, the parser's second object of the act's verb: "accused Moscow of X – a claim rejected by Russia")
SET_OFF_DEPS = frozenset({"dobj", "conj", "attr"})
CONDITION_MARKS = frozenset({"if", "whether", "unless"})   # (a content clause of a condition or question: no act)
DASHES = frozenset({"–", "—", "-", "--"})


@lru_cache(maxsize=1)
def _table() -> tuple:
    """({response prefix: the only slots of its act noun, empty for any}, {noun: prefixes}, act prefixes,
    {bare lemma: bid prefixes}) from data/coding/earlier_acts.tsv."""
    responses, nouns, acts, bare = {}, {}, [], {}
    for kind, word, codes, *_ in coding_table("earlier_acts.tsv"):
        alts = tuple(c for c in codes.split("|") if c and c != "-")
        if kind == "response":
            responses[word] = frozenset(alts)
        elif kind == "noun":
            nouns[word] = alts
        elif kind == "act":
            acts.append(word)
        elif kind == "bare":
            bare[word] = alts
        else:
            raise ValueError(f"earlier_acts.tsv: unknown kind {kind!r}")
    return responses, nouns, tuple(acts), bare


def earlier_act_targets(sdoc, events: list[Event]) -> list[Event]:
    """The events, with the target of a response to an act told before taken from that act's doer (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    responses, nouns, deeds, bare = _table()
    todo = [i for i, e in enumerate(events) if e.target is None and e.trigger_token is not None
            and e.trigger_token < len(sdoc) and (e.cameo or "").startswith(tuple(responses)) and is_named(e.source)]
    if not todo:
        return events
    starts = [s.start for s in sdoc.sents]           # (built once per document)
    by_sentence: dict = {}
    for x in events:
        if x.trigger_token is not None:
            by_sentence.setdefault(x.sentence, []).append(x)
    out = list(events)
    for i in todo:
        e = events[i]
        t = sdoc[e.trigger_token]
        slots = next(v for k, v in sorted(responses.items(), key=lambda kv: -len(kv[0])) if e.cameo.startswith(k))
        got = _referred(t, e, nouns, deeds, by_sentence, starts, sdoc, slots)
        if got is None:
            got = _bid(t, e, bare, by_sentence, sdoc)
        if got is None:
            continue
        actor, said = got
        out[i] = with_target(e, actor, said)
    return out


def _act_noun(t, nouns: dict, slots: frozenset = frozenset(), opposed: bool = False):
    """The act noun a response names as what it answers (module doc), or None; `slots`: the only ones it may stand
    in (`dobj`, prepositions), empty for any; `opposed`: the response opposes what it answers (reject,
    disapprove, criticise, complain), so that "its"/"their" on the noun is another's, not the responder's own ("Turkey
    defended its decision")."""
    cands = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and (not slots or "dobj" in slots)]
    if "that" in slots:
        cands += content_subjects(t)      # ("warned that the move could create new crises")
    cands += [g for c in t.children if c.dep_ == "prep" and (c.lower_ in ANSWER_PREPS or (c.lower_ == "of"
              and t.pos_ == "NOUN")) and (not slots or c.lower_ in slots) for g in c.children if g.dep_ == "pobj"]
    if t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN" and t.head.i < t.i and not slots:
        cands.append(t.head)       # ("a claim since dismissed by the court", "the move, which Russia condemned")
    for n in cands:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in nouns:
            continue
        dets = {c.lower_ for c in n.children if c.dep_ in ("det", "predet", "amod")}
        # ("dismissed its call", "rejected their demands": a possessive pronoun that stands for the doer looked for)
        owner = opposed and _owner_pronoun(n)
        if not (dets & DEFINITE or "such" in dets or owner or (dets & INDEFINITE and _summing(n))):
            continue
        if (_own_agent(n, t) and not owner) or any(c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN"
                                                                                   or c.ent_type_)
                                            for c in n.children):
            continue               # ("the US decision", "Trump's plan": a doer of its own, the coder's to read)
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _names(g) for g in c.children)
               for c in n.children):
            continue               # ("the demands of Beijing", "the invitation of the Iraqi cabinet")
        return n
    return None


def content_subjects(t) -> list:
    """The subjects of what a comment or statement `t` says (its "that" clause, or a noun's: "warned that the move
    could create new crises", "his warning that the decision would ...", "expressed hope that the step would ..."),
    for the `that` slot of a response row: a comment on an act told before, named by its subject, is aimed at that
    act's doer. Not a condition or question."""
    # (and the "that" clause of its light verb's noun object: "expressed hope that ...", "issued a warning that ...")
    heads = [t] + [c for c in t.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    clauses = [c for h in heads for c in h.children if (c.dep_ == "ccomp" and h is t) or (
        c.dep_ == "acl" and h.pos_ == "NOUN" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
    return [s for c in clauses if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _summing(n) -> bool:
    """Whether an indefinite act noun stands after the clause it sums up: in apposition (", a move condemned by
    Russia", "..., an allegation Iran rejects") or set off by a dash or comma as a second object of that clause's verb
    ("accused Moscow of hiding evidence – a claim rejected by Russia", the parser's reading)."""
    if n.head.i >= n.i:
        return False
    if n.dep_ in APPOSITION_DEPS:
        return True
    left = n.left_edge.i
    if n.dep_ not in SET_OFF_DEPS or left < 1:
        return False
    before = n.doc[left - 1].text
    # (after a comma, only as a second object of a verb that has its own before it: "accused Ethiopia of stalling the
    # talks, a charge dismissed by Addis Ababa")
    return before in DASHES or (before == "," and n.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < n.i for c in n.head.children))


def _own_agent(n, t) -> bool:
    """Whether the act noun `n` names a doer of its own; the "by" phrase of the response `t` itself, the participle
    that describes the noun ("a charge refuted by Russia"), is the responder, not the noun's doer."""
    from eventwire.coding.clause_args import noun_agent
    agent = noun_agent(n)
    if agent is None:
        return False
    return not (t.dep_ == "acl" and t.head.i == n.i and agent.head.head.i == t.i and agent.head.dep_ == "agent")


def _home_rival(responder, doer) -> bool:
    """Whether a responder of a state's own politics answers that state's government or forces ("Senate Republicans
    criticised the withdrawal decision" of the president): a legislature, party or opposition is no side of the
    government it answers, though of its country."""
    return (responder.sector or "") in HOME_RIVALS and (doer.sector or "") in STATE_DOERS \
        and responder.code != doer.code


def _owner_pronoun(n) -> bool:
    """Whether an act noun's only owner is a possessive pronoun that may stand for a state or a body ("its call",
    "their demands"; not "our", "my", "your": the speaker's side, nor "his", "her")."""
    return any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in n.children)


def _names(g) -> bool:
    """Whether a noun phrase names someone: a name, or a noun with a name or nationality modifier."""
    return g.pos_ == "PROPN" or bool(g.ent_type_) or any(c.dep_ in ("compound", "amod", "poss") and (
        c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")) for c in g.children)


def _told_by(x: Event, verbs: frozenset, sdoc) -> bool:
    """Whether an act is told by one of the verbs (its trigger or light verb: "offered a prisoner swap")."""
    return bool(verbs) and any(0 <= i < len(sdoc) and sdoc[i].pos_ == "VERB" and sdoc[i].lemma_.lower() in verbs
                               for i in {x.trigger_token, *(x.act_tokens or ())})


def _compound_kind(n) -> Optional[str]:
    """The CAMEO code (three digits) of the act a deed noun's noun modifier names ("the withdrawal decision": 087x),
    from the lexicon's row for that modifier as an event noun; None where it names none."""
    from eventwire.coding.lexicon import default_lexicon     # (lazy: the lexicon imports the clause stage)
    for c in n.children:
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < n.i:
            rows = [r for r in default_lexicon().match_noun(c.lemma_.lower()) if not r.is_block and r.cameo[:1] != "-"]
            if rows:
                return rows[0].cameo[:3]
    return None


def _told(x: Event, sdoc) -> bool:
    """Whether an act is told as an act of the story, not in a relative clause describing a noun."""
    tok = sdoc[x.trigger_token]
    return not any(a.dep_ == "relcl" for a in [tok, *tok.ancestors])


def _referred(t, e: Event, nouns: dict, deeds: tuple, by_sentence: dict, starts: list, sdoc,
              slots: frozenset = frozenset()) -> Optional[tuple]:
    """(actor, why) for the doer of the act the response's act noun refers back to, or None."""
    n = _act_noun(t, nouns, slots, (e.cameo or "").startswith(OPPOSING))
    if n is None:
        return None
    lemma = n.lemma_.lower()
    kinds = nouns[lemma]
    any_deed = kinds == ("*",)
    codes = tuple(k for k in kinds if not k.startswith("="))
    verbs = frozenset(k[1:] for k in kinds if k.startswith("="))
    back = BACK
    if any_deed and (kind := _compound_kind(n)) is not None:
        # ("criticised the withdrawal decision"): a deed whose modifier names its kind is the act of that kind, told
        # as an act, announced or intended (its lexicon row's code, whatever the modality made of it), further back
        any_deed, codes, verbs, back = False, (), frozenset(), KIND_BACK
    si = bisect.bisect_right(starts, n.i) - 1
    floor = starts[max(0, si - back)]
    # (the same noun named earlier in the span: the act it refers to is that mention's, not one told after it)
    earlier = [m.i for m in sdoc[floor:n.i] if m.pos_ == "NOUN" and m.lemma_.lower() == lemma]
    acts = []
    for s in range(e.sentence - back, e.sentence + 1):
        for x in by_sentence.get(s, ()):
            if x is e or x.trigger_token == e.trigger_token or x.trigger_token >= n.i or x.trigger_token < floor:
                continue
            code = x.cameo or ""
            if back == KIND_BACK and not (x.pattern or "").split(".")[0].startswith(kind):
                continue
            if back != KIND_BACK and not (code.startswith(deeds) if any_deed else code.startswith(codes)
                                          or _told_by(x, verbs, sdoc)):
                continue
            if is_named(x.source) and same_side(x.source, e.source) and not _home_rival(e.source, x.source):
                continue           # (the responder's own acts: not what it answers)
            if not _told(x, sdoc):
                continue
            acts.append(x)
    if earlier:
        # (only an act that is that mention: "Riyadh made the charge", "the Saudi charges")
        acts = [x for x in acts if any(m in (x.act_tokens or ()) or m == x.trigger_token
                                       or sdoc[m].head.i == x.trigger_token for m in earlier)]
    if not acts:
        return None
    near = max(x.trigger_token for x in acts)
    here = [x for x in acts if x.trigger_token == near]
    named = sorted((x for x in here if is_named(x.source)), key=lambda x: x.source.start or 0)
    if not named:
        return None                # (the nearest act names no doer: the noun may mean it)
    doer = named[0].source
    if named[0].sentence == e.sentence:
        # ("said the US would lose for withdrawing from the deal and warned that the move could ..."): an act told
        # earlier in the response's own sentence is the one its act noun names, whatever the sentences before told
        acts = [x for x in acts if x.sentence == e.sentence]
    if any(is_named(x.source) and not same_side(x.source, doer) and not any(same_side(x.source, y.source)
                                                                             for y in named)
           for x in acts):
        return None                # (acts of the kind by two other sides: which one is meant is not plain)
    x = named[0]
    back = e.sentence - x.sentence
    where = f"{back} sentence(s) before" if back else "earlier in its sentence"
    return doer, f"the doer of the act it answers, told before ('{x.trigger_text}', {where}), named '{_phrase(n)}'"


def _phrase(n) -> str:
    """The act noun's words up to the noun itself ("the move", "such action")."""
    return n.doc[n.left_edge.i:n.i + 1].text


def _when(prep) -> bool:
    """Whether a prepositional phrase only says when ("agreed on Tuesday", "accepted in 2013")."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _bid(t, e: Event, bare: dict, by_sentence: dict, sdoc) -> Optional[tuple]:
    """(actor, why) for the doer of the bid a bare response answers ("Russia offered to remove the stockpile.
    Fatefully, Obama agreed."), or None."""
    kinds = bare.get(t.lemma_.lower())
    if kinds is None or t.pos_ != "VERB" or any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "advcl", "pcomp",
                                                           "attr", "oprd") or (c.dep_ == "prep" and not _when(c))
                                                for c in t.children):
        return None                # (something answered is named: "agreed to talk", "accepted the offer")
    codes = tuple(k for k in kinds if not k.startswith("="))
    verbs = frozenset(k[1:] for k in kinds if k.startswith("="))
    bids = []
    for s in range(e.sentence - BID_BACK, e.sentence + 1):
        for x in by_sentence.get(s, ()):
            if x is e or (x.sentence == e.sentence and x.trigger_token >= e.trigger_token) \
                    or not ((x.cameo or "").startswith(codes) or _told_by(x, verbs, sdoc)):
                continue
            if is_named(x.source) and same_side(x.source, e.source):
                continue
            if x.target is not None and not same_side(x.target, e.source):
                continue           # (a bid made of someone else)
            bids.append(x)
    if not bids:
        return None
    near = max(bids, key=lambda x: (x.sentence, x.trigger_token))
    if not is_named(near.source) or any(is_named(x.source) and not same_side(x.source, near.source) for x in bids):
        return None
    back = e.sentence - near.sentence
    where = f"{back} sentence(s) before" if back else "earlier in its sentence"
    return near.source, f"the doer of the bid it answers, told before ('{near.trigger_text}', {where})"
