"""Targets of denials of a claim told before (issue 14, no target): a denial answers whoever made the claim it denies.

    events = denied_claim_targets(coder, sdoc, events, ctx)    # after pronoun_act_targets (coding/pronoun_acts.py)

"Greek officials said Turkish jets had violated the airspace. Ankara denied the claim." (016, no target) denies
Greece's claim; "According to Seoul, North Korean hackers stole the data. Pyongyang dismissed the accusation." answers
Seoul; "Lima accused Quito of arming the rebels. Quito denied that it had sent weapons." answers Lima. A claim is often
told by a verb of saying that is no event of its own, so coding/earlier_acts.py (which reads coded acts) finds no doer
for "the claim"; this stage reads the words that told it (data/coding/denied_claims.tsv):
- the denial: an event whose code has a `response` prefix (deny 016, reject 12) or a `noun-response` one (disapprove
  110: "disputed the claim"), with a named source and no target;
- what it denies: its object or passive subject (for a noun, its "of" phrase: "Ankara's denial of the reports") that
  is a `claim-noun` ("the charge", "these allegations", "its assertion", "any such suggestion", "allegations") with no
  named doer of its own (no name as possessor, modifier or "by"/"from" phrase: "denied the Greek claims" is the
  coder's to read); or, for a `response` code, its "that" clause or gerund ("denied that its jets had entered",
  "denied carrying out the raid"), or a `tie-noun`, with or without a determiner, for a tie or part imputed to the
  denier ("denied involvement in the raid", "denies any affiliation with the group");
- the claim: told earlier in its sentence or in the BACK sentences before, by a `teller-verb` ("said", "claimed",
  "alleged", also told after what it reports: "Turkish jets violated the airspace, Athens said") whose "that" clause's
  subject the coder resolves to the denier's side, or by "according to X" on such a clause, by a `regard-verb` whose
  object is the denier's side and which says what it is ("Nairobi regards the group as a terror outfit. The group
  denies any links to ..."), or as a coded `accusation` (112) whose target is the denier's side; the teller (the
  verb's subject, the "according to" object, the accusation's source) must be a named party of another side.
Never where tellers of two sides tell such claims in the span read (which claim is denied is not plain), nor a
teller of the denier's own side, a news outlet (it tells on what others say), a bare sector ("officials" with no
country), nor a teller whose clause holds the denial itself ("a news agency said the envoy denied that ..."); a told clause
that is itself a report of words ("an agency reports that the envoy has said ...") or a cooperative act of words
coded there ("said Washington had been lobbying Baghdad") is no claim to deny.

The target's `why` begins "the teller of the claim it denies ('<word>', N sentence(s) before)" (or "earlier in its
sentence"), and the event's rule ends with "; target: " and the same words.
"""
from __future__ import annotations

import bisect
from typing import Optional

from eventwire.coding.answered import is_named, same_side
from eventwire.coding.tables import kind_sets
from eventwire.coding.taken_target import with_target
from eventwire.model import Event

BACK = 2                     # sentences before the denial's own that the claim may be told in
# determiners and possessive pronouns that make a claim noun one told before ("the charge", "its assertion")
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such", "all", "any", "its", "their", "his", "her"})
SUBJECTS = ("nsubj", "nsubjpass")


KINDS = frozenset({"response", "noun-response", "claim-noun", "tie-noun", "teller-verb", "regard-verb", "accusation"})


def _table() -> dict:
    """data/coding/denied_claims.tsv: kind -> its words (the kinds in the module doc and the table's head); a kind
    this stage does not read is an error, not a row to skip."""
    words = kind_sets("denied_claims.tsv")
    unknown = sorted(set(words) - KINDS)
    if unknown:
        raise ValueError(f"denied_claims.tsv: unknown kind {unknown[0]!r}")
    return words


def denied_claim_targets(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with the target of a denial of a claim told before taken from that claim's teller (module doc)."""
    if sdoc is None or not events:
        return events
    words = _table()
    responses, noun_only = tuple(words.get("response", ())), tuple(words.get("noun-response", ()))
    todo = [i for i, e in enumerate(events) if e.target is None and e.trigger_token is not None
            and e.trigger_token < len(sdoc) and (e.cameo or "").startswith(responses + noun_only)
            and is_named(e.source)]
    if not todo:
        return events
    starts = [s.start for s in sdoc.sents]
    out = list(events)
    for i in todo:
        e = events[i]
        t = sdoc[e.trigger_token]
        clause_ok = e.cameo.startswith(responses)
        if not _denied(t, words, clause_ok):
            continue
        got = _teller(coder, sdoc, t, e, events, starts, words, ctx)
        if got is None:
            continue
        actor, said = got
        out[i] = with_target(e, actor, said)
    return out


def _denied(t, words: dict, clause_ok: bool) -> bool:
    """Whether the denial's own words say it denies a claim: a claim noun with no named doer of its own as its object,
    passive subject or (for a noun) "of" phrase, or (where `clause_ok`) a "that" clause or gerund, or a noun of a
    tie or part imputed to the denier ("denied involvement", "denies any affiliation")."""
    nouns, ties = words.get("claim-noun", frozenset()), words.get("tie-noun", frozenset())
    cands = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    cands += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and t.pos_ == "NOUN"
              for g in c.children if g.dep_ == "pobj"]
    for n in cands:
        if n.pos_ == "NOUN" and ((n.lemma_.lower() in nouns and _told_before(n))
                                 or (clause_ok and n.lemma_.lower() in ties and _told_before(n, bare=True))):
            return True
    if clause_ok and t.pos_ == "VERB":
        return any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in t.children)
    return False


def _told_before(n, bare: bool = False) -> bool:
    """Whether a claim noun stands for a claim told before and names no teller of its own ("the charge", "its
    assertion", "allegations"; not "the Greek claims", "claims by Athens", "Kenya's charge"); `bare`: with no
    determiner too ("denied involvement")."""
    dets = {c.lower_ for c in n.children if c.dep_ in ("det", "predet", "poss", "amod")}
    if not (bare or dets & DEFINITE or (n.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in n.children))):
        return False
    for c in n.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return False
        if c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG",
                                                                                             "PERSON")):
            return False
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_) for g in c.children):
            return False
    return True


def _subject(v):
    return next((c for c in v.children if c.dep_ in SUBJECTS), None)


def _object(v):
    """A verb of regarding's object, or the subject of its "to be" clause ("considers Hezbollah to be ...")."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = next((_subject(c) for c in v.children if c.dep_ in ("ccomp", "xcomp") and _subject(c) is not None), None)
    return obj


def _characterised(v) -> bool:
    """Whether a verb of regarding says what its object is: an "as" phrase, a "to be" clause or a complement
    ("regards the group as terrorists", "considers Hezbollah to be a proxy", "branded them traitors")."""
    return any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("xcomp", "oprd", "ccomp") for c in v.children)


def _names_side(coder, tok, side, ctx) -> bool:
    """Whether a subject names the denier's side (the coder's own reading of the phrase)."""
    if tok is None:
        return False
    got = [a for a in coder.actors_for(tok, ctx, tok.sent, role="source") if a is not None and a.code]
    return bool(got) and all(is_named(a) and same_side(a, side) for a in got)


def _party(coder, tok, side, ctx):
    """The first named party a teller's phrase names ("Greece and Cyprus said": Greece), where none is of the
    denier's side, or None."""
    if tok is None:
        return None
    got = [a for a in coder.actors_for(tok, ctx, tok.sent, role="source") if is_named(a)]
    if not got or any(same_side(a, side) or a.sector == "MED" for a in got):
        return None
    return min(got, key=lambda a: a.start if a.start is not None else 1 << 30)


def _contents(v) -> list:
    """The clauses a teller verb tells: its "that" clause, or the clause it is inserted in or after ("X did Y,
    Athens said")."""
    out = [c for c in v.children if c.dep_ == "ccomp"]
    if v.dep_ == "parataxis" or (v.dep_ == "ccomp" and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX")):
        out.append(v.head)
    return out


def _according(tok):
    """(teller token, content verb) for "according to X" on a clause, or None."""
    if tok.lower_ != "according" or tok.dep_ != "prep":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    teller = next((g for g in (to.children if to is not None else tok.children) if g.dep_ == "pobj"), None)
    if teller is None or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    return teller, tok.head


def _teller(coder, sdoc, t, e: Event, events: list, starts: list, words: dict, ctx) -> Optional[tuple]:
    """(actor, why) for the teller of the nearest claim, told before the denial, that the denier's side did something."""
    si = bisect.bisect_right(starts, t.i) - 1
    floor = starts[max(0, si - BACK)]
    tellers, regards = words.get("teller-verb", frozenset()), words.get("regard-verb", frozenset())
    accusations = tuple(words.get("accusation", ()))
    side = e.source
    quads: dict = {}             # (token index: the quad classes of the acts coded there)
    for x in events:
        for k in {x.trigger_token, *(x.act_tokens or ())} - {None}:
            quads.setdefault(k, set()).add(x.quad_class or 0)

    def claimed(c) -> bool:
        """Whether a told clause is a claim that the denier's side did something: its subject is that side, and it
        is no report of words (the side's own statement told on) nor a cooperative act of words coded there (quad
        class 1: "said Washington had been lobbying Baghdad"; aid to rebels, material cooperation, may be a charge)."""
        return c.lemma_.lower() not in tellers and not (quads.get(c.i, set()) & {1}) \
            and _names_side(coder, _subject(c), side, ctx)

    found = []                   # (token index, actor, word)
    for tok in sdoc[floor:t.i]:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in regards and not tok.is_ancestor(t) \
                and _characterised(tok) and _names_side(coder, _object(tok), side, ctx):
            who = _party(coder, _subject(tok), side, ctx)       # ("Ankara regards the group as terrorists")
            if who is not None:
                found.append((tok.i, who, tok.text))
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in tellers:
            if not tok.is_ancestor(t) and any(claimed(c) for c in _contents(tok)):
                who = _party(coder, _subject(tok), side, ctx)   # (not "an agency said X denied ...")
                if who is not None:
                    found.append((tok.i, who, tok.text))
            continue
        acc = _according(tok)
        if acc is not None and not acc[1].is_ancestor(t) and claimed(acc[1]):
            who = _party(coder, acc[0], side, ctx)
            if who is not None:
                found.append((tok.i, who, tok.text))
    for x in events:
        if x is e or x.trigger_token is None or not (floor <= x.trigger_token < t.i) \
                or not (x.cameo or "").startswith(accusations) or x.target is None or not is_named(x.target) \
                or not same_side(x.target, side) or not is_named(x.source) or same_side(x.source, side):
            continue
        found.append((x.trigger_token, x.source, x.trigger_text))
    if not found:
        return None
    near = max(found, key=lambda f: f[0])
    if any(not same_side(f[1], near[1]) for f in found):
        return None                # (claims told by two sides: which one is denied is not plain)
    back = si - (bisect.bisect_right(starts, near[0]) - 1)
    where = f"{back} sentence(s) before" if back else "earlier in its sentence"
    return near[1], f"the teller of the claim it denies ('{near[2]}', {where})"
