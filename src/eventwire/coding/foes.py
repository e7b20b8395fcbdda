"""Who fights whom in the article (issue 14, item 2): an act of force told with one side missing takes the other
side's one foe, where the article makes it plain.

    events = foe_sides(coder, sdoc, events, ctx)     # after fill_sides (coding/sides.py)

An article about a war tells most of its acts of force with both sides ("Kurdish units drove the jihadists out of the
village", "two volunteers were killed fighting the jihadists") and some with one ("he was killed near the dam", "the
Kurdish units retreated", "the militants were encircled"). This stage learns the article's foes from the first kind
and gives the second kind the missing side:

- the foes: for each act of force (data/coding/foes.tsv `act`, not `not-act`; a 0874 act only where it is a retreat
  or a surrender) told as done, with both sides named (a country or a known entity), the two sides are foes. A side
  is a state (its government, forces, police and the state itself are one side, as in coding/sides.py; Syria's
  Kurdish forces, SYRKURMIL, are a side of their own), a named group (its entity: the YPG and bare "rebels" are two
  sides; a person coded with a group's code is that group), or the code of anyone else ("Britons": GBRCVL). Both
  must be sides of the fighting: an armed sector or a state, or, for people who are no armed sector (volunteers
  coded as civilians), ones the article tells doing acts of force; never a sector of foes.tsv `sector` (journalists,
  medics), nor a place's state taken as the target of an act on a place ("shelled Afrin": SYR), nor a side another
  stage filled from the article.
- an act of force with one side missing, outside quotes, whose clause leaves that slot open (coding/sides.py: no
  subject, or an act or weapon there; no object phrase but a time, "on Thursday", or the act noun of a `light` verb,
  "launched an offensive"), takes the present side's foe:
    * the one foe its sentence names (as an actor of an act coded there, or a named group or person; a country's
      bare name is as often a place), told anywhere in the article, also in the same sentence by another act ("the
      SDF closed in, and the militants were now besieged"; "was killed while clearing mines after volunteering to
      fight the jihadists");
    * else the article's one foe of that side, told in two sentences other than the event's, or in the sentence
      next to it ("Two Britons were killed fighting the jihadists. One of them was killed near the dam"; not for the
      doer of an act done to a named group, which many fight: "Isis was driven out").
    * for one harmed with no doer, the side the sentence puts them with, in place of their own ("shot dead while
      serving with the militia that battles the jihadists", "while working with Somali troops"; coding/ally_foes.py):
      that side's one foe, as above; that side (and its country) is no other side named there.
  A withdrawal or pull-out by a side of no state (foes.tsv `armed-retreat`: "as Isis withdrew, it burrowed
  underground") with no target is filled as a retreat is, and teaches no foe (`_armed_retreat`).
  A surrender "to" a side whose subject is a person no actor stage coded ("her husband surrendered to Kurdish
  forces") has its doer open in the same way (coding/yielded_to.py).
  Never for an act at one of several places its sentence lists together (coding/sides.py `_place_listed`); never
  where the sentence names another side of the fighting (an actor of another act coded in it, a named group or
  person of an armed side, or a state whose name is no place there; the two sides' own countries aside: "a British
  volunteer" is no British state): which of them did it is not plain; nor a foe that is the subject of a verb, or
  the possessor of a noun, the act is told under ("Moscow allowed the Turkish strikes"; "Trump said the jihadists
  had been defeated"): one who allows, tells or wants an act is not its other side. A side with two foes takes none, and
  a foe the article has backing that side or backed by it ("the US-backed SDF": coding/side_index.py) none.
The side taken says so: its `why` begins "the one foe of '<side>' ..." with the sentence and words of the act the foe
was learned from, and the event's rule ends with "; source (or target) from the article's foes: ...".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.lexicon_rows import pattern_word
from eventwire.coding.ally_foes import ally_actors
from eventwire.coding.sides import STATE, SIDES, _claimed, _object_open, _place_listed, _subject_open
from eventwire.coding.tables import kind_sets
from eventwire.coding.yielded_to import yielder_open
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.coding.side_index import key as side_key, side_index
from eventwire.model import Actor, Event

TOLD = ("asserted", "reported")
AFAR = 2                       # sentences other than the event's that must tell the article's one foe,
NEAR = 1                       # or one sentence this near it


def _table() -> dict:
    return kind_sets("foes.tsv")


def _is_act(e: Event) -> bool:
    """An act of force this stage reads (foes.tsv `act`, not `not-act`; a 0874 act only as a retreat or surrender)."""
    code, t = e.cameo or "", _table()
    if not any(code.startswith(p) for p in t.get("act", ())) or any(code.startswith(p) for p in t.get("not-act", ())):
        return False
    if code.startswith("0874"):
        return pattern_word(e.pattern) in t.get("retreat", ())
    return True


def _armed_retreat(e: Event) -> bool:
    """A 0874 act whose pattern word is a foes.tsv `armed-retreat` word ("withdraw", "pull out") done by a side of no
    state ("as Isis withdrew", "the Kurdish militia pulled out"): it gives way to a foe, as a retreat does; a state's
    forces withdrawing leave a place (coding/withdrawn_from.py). Read only to fill its missing target."""
    code, s = e.cameo or "", e.source
    if not code.startswith("0874") or s is None or not s.code or s.kind == "person":
        return False
    if pattern_word(e.pattern) not in _table().get("armed-retreat", ()):
        return False
    state = bool(s.country) and (s.sector or "GOV") in STATE and s.code == s.country + (s.sector or "")
    return not state and (bool(s.entity) or s.sector in SIDES)


def _named(a: Optional[Actor]) -> bool:
    return a is not None and bool(a.code) and bool(a.country or a.entity) \
        and (a.sector or "") not in _table().get("sector", ())


def _place(a: Actor) -> bool:
    """A place's state taken as the target of an act on the place ("shelled Afrin": SYR) is no side."""
    return "the place acted on" in (a.why or "")


def _armed(a: Actor) -> bool:
    return (a.sector in SIDES or (bool(a.country) and not a.sector)) and not _place(a)


class Foes:
    """The article's foes (module doc), learned once per document."""

    def __init__(self, events: list[Event], sdoc):
        self.group_of: dict = {}
        codes: dict = {}
        for e in events:
            for a in (e.source, e.target):
                if a is not None and a.entity and a.kind != "person" and a.code and not a.country:
                    codes.setdefault(a.code, set()).add(a.entity)
        self.group_of = {c: next(iter(s)) for c, s in codes.items() if len(s) == 1}
        told = [e for e in events if _is_act(e) and e.modality in TOLD and "from the article" not in (e.rule or "")
                and not (sdoc is not None and e.trigger_token is not None and e.trigger_token < len(sdoc)
                         and _claimed(sdoc[e.trigger_token]))]
        # (people of no armed sector who do acts of force: volunteers, "Britons killed fighting the jihadists")
        self.fighters = {self.key(e.source) for e in told if _named(e.source) and not _place(e.source)}
        self.foes: dict = {}                   # side -> {foe side: [(foe actor, event)]}
        for e in told:
            s, t = e.source, e.target
            if not (_named(s) and _named(t)) or not (self.fights(s) and self.fights(t)):
                continue
            ks, kt = self.key(s), self.key(t)
            if ks == kt:
                continue
            self.foes.setdefault(ks, {}).setdefault(kt, []).append((t, e))
            self.foes.setdefault(kt, {}).setdefault(ks, []).append((s, e))

    def key(self, a: Actor) -> str:
        """A side (module doc): a state, a named group, or a code (coding/side_index.key, the one side key: not
        SYRKURMIL, Syria's Kurdish forces, a side of their own); a person, the one group the article has for it."""
        return side_key(a, self.group_of)

    def fights(self, a: Actor) -> bool:
        """A side of the fighting: an armed sector or a state, or a side the article tells doing acts of force."""
        return _named(a) and not _place(a) and (_armed(a) or self.key(a) in self.fighters)


def _leaders(ally: Actor, ctx) -> set:
    """The states whose "-led" word leads the side one harmed was with ("the US-led militia": USA leads it, and is no
    other side of the fighting; knowledge/actor_phrases.py `led_irregular`)."""
    import re
    from eventwire.knowledge.actor_phrases import led_irregular
    text, lo = getattr(ctx, "text", "") or "", ally.start
    if lo is None or not hasattr(ctx, "mentions_from"):
        return set()
    return {m.country for m in ctx.mentions_from(max(0, lo - 40), lo) if m.country and m.end is not None
            and m.end <= lo and led_irregular(ally.sector, text, m.start, m.end)
            and re.fullmatch(r"(?:[-\u2010\u2011]led)?\s+", text[m.end:lo], re.I)}


def _sentence_sides(foes: Foes, events: list[Event], e: Event, ctx, sent) -> tuple[set, set]:
    """(sides named in the event's sentence, sides of the fighting named there other than as a bare country name)."""
    named, armed = set(), set()
    for x in events:
        if x.sentence != e.sentence:
            continue
        for a in (x.source, x.target):
            if a is not None and foes.fights(a):
                named.add(foes.key(a))
                armed.add(foes.key(a))
    mentions = ctx.mentions_from(sent.start_char, sent.end_char) if hasattr(ctx, "mentions_from") else []
    doc = sent.doc
    for m in mentions:
        if m is None or not _named(m):
            continue
        if m.kind not in ("group", "person"):
            # (a country's bare name is as often a place, "military action in Syria": no foe named; one that is
            # no place, "after winning the consent of Algeria", is another side)
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.start is not None else None
            if span is not None and len(span) and not _place_word(span.root) and foes.fights(m):
                armed.add(foes.key(m))
            continue
        named.add(foes.key(m))
        if foes.fights(m):
            armed.add(foes.key(m))
    return named, armed


def _place_word(tok) -> bool:
    """Whether a country's name is a place where it stands: the object of a preposition of place ("in Syria", "went
    to Syria"), or of "of" on a noun of a part of land ("parts of Iraq and Syria")."""
    while tok.dep_ in ("conj", "compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return tok.dep_ == "npadvmod"
    p, t = tok.head.lower_, _table()
    return p in t.get("place-prep", ()) or (p == "of" and tok.head.head.lemma_.lower() in t.get("place-of", ()))


def _time(tok) -> bool:
    """A time in an object slot's place ("retreated on Thursday", "fought on into the night"): no one acted on."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.like_num and tok.head.lower_ in ("in", "on", "at", "until")


def _act_word(coder, tok) -> bool:
    """A noun of an act of force as the object of a light verb (foes.tsv `light`: "launched a fresh offensive"): what
    was done, not to whom."""
    return tok.pos_ == "NOUN" and tok.head.lemma_.lower() in _table().get("light", ()) \
        and any(x.cameo[:2] in ("18", "19", "20") for x in coder.lex.match_noun(tok.lemma_.lower(), frozenset()))


def _governors(foes: Foes, events: list[Event], e: Event, t, ctx) -> set:
    """The sides of the subjects of the verbs the act is told under, and of the possessors of the nouns it hangs on
    ("Moscow allowed the Turkish strikes", "Trump said Isis had been defeated", "Trump's stance on the airstrikes"):
    one who allows, tells or wants an act is not its other side."""
    subjects = []
    x = t
    while x.head.i != x.i:
        coordinate = x.dep_ == "conj"
        x = x.head
        if coordinate:
            continue        # ("Iraqi troops cut the road, and the militants are surrounded": a verb beside it)
        h = x
        while h.dep_ == "conj" and h.head.i != h.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
            h = h.head      # ("Moscow moved personnel and allowed the strikes": the subject of the first verb)
        subjects += [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")
                     or (c.dep_ == "poss" and h.pos_ == "NOUN")]     # ("Trump's stance on the airstrikes")
    out = set()
    for tok in subjects:
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        if hasattr(ctx, "mentions_at"):
            out |= {foes.key(m) for m in ctx.mentions_at(tok.idx) if m is not None and _named(m)}
        for y in events:
            for a in (y.source, y.target):
                if a is not None and a.start is not None and lo <= a.start < hi and _named(a):
                    out.add(foes.key(a))
    return out


def armed_side_at(coder, tok, ctx, armed: bool = True) -> Optional[Actor]:
    """The side `tok` names: a named actor of a fighting side (`_armed`); with `armed` False, any named actor of no
    foes.tsv `sector` (a pursuer fights, whatever its words: "pursued by the Kurds"). coding/gave_way.py and
    coding/resisted.py read the side that made a side give way or resisted it here."""
    found = [a for a in coder.actors_for(tok, ctx, tok.sent, role="target") if a.code]
    return next((a for a in found if _named(a) and (_armed(a) or not armed)), None)


def ally_side(foes: Foes, sentence_events: list[Event], t, ctx) -> Optional[Actor]:
    """The side of the fighting the one harmed by the act at `t` was with ("killed while serving with the militia"),
    read from the actors of its sentence's events inside the "with" phrase's noun (coding/ally_foes.py), or None."""
    return next((a for a in ally_actors(t, ctx, sentence_events) if foes.fights(a)), None)


def _backs(coder, sdoc, ctx, own: str, k: str, side: Actor) -> bool:
    """Whether the article's index of sides (coding/side_index.py) has the foe backing the side or backed by it."""
    index = side_index(coder, sdoc, ctx)
    return index.backs(k, own) or index.backs(k, side_key(side))


def foe_sides(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with an act of force's missing side taken from the article's foes (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    todo = [i for i, e in enumerate(events) if (_is_act(e) or _armed_retreat(e)) and e.modality in TOLD
            and (e.source is None) != (e.target is None) and e.trigger_token is not None and e.trigger_token < len(sdoc)]
    if not todo:
        return events
    foes = side_index(coder, sdoc, ctx).foes(events)     # (the article's one index of sides)
    if not foes.foes:
        return events
    quote = quote_index(ctx)
    sents = list(sdoc.sents)
    places_in = getattr(ctx, "places_in", None)
    place = (lambda tok: bool(places_in(tok.idx, tok.idx + len(tok.text)))) if places_in is not None \
        else (lambda tok: tok.ent_type_ in ("GPE", "LOC", "FAC"))
    by_sentence: dict = {}
    for x in events:
        by_sentence.setdefault(x.sentence, []).append(x)     # (each act's sentence sides read from its own sentence)
    out = list(events)
    for i in todo:
        e = events[i]
        have = e.source or e.target
        if quote(e.trigger_start) >= 0 or e.sentence is None or e.sentence >= len(sents):
            continue
        t = sdoc[e.trigger_token]
        mine = foes.foes.get(foes.key(have)) if foes.fights(have) else None
        # ("killed while serving with the militia ...": the foe of the side its sentence says the one harmed was with)
        ally = ally_side(foes, by_sentence.get(e.sentence, []), t, ctx) if e.source is None else None
        if ally is not None and foes.foes.get(foes.key(ally)):
            mine = foes.foes[foes.key(ally)]
        else:
            ally = None
        if not mine:
            continue
        if _claimed(t):
            continue
        missing = "target" if e.target is None else "source"
        if missing == "target" and not _object_open(coder, t, skip=lambda s: _time(s) or _act_word(coder, s)):
            continue
        if missing == "source" and not (_subject_open(coder, t, e) or yielder_open(t, e, place)):
            continue        # ("her husband surrendered to Kurdish forces": coding/yielded_to.py)
        if _place_listed(sdoc, e, place):
            continue                # ("Beiji, Haditha and Mosul are in ruins after Isis was driven out": many doers)
        named, armed = _sentence_sides(foes, by_sentence.get(e.sentence, []), e, ctx, sents[e.sentence])
        own = foes.key(have)
        side = have if ally is None else ally
        with_side = {foes.key(ally), ally.country} | _leaders(ally, ctx) if ally is not None else set()
        whose = f"'{have.text}'" if ally is None else f"'{ally.text}', the side '{have.text}' was with,"
        here = [k for k in mine if k in named and k != own]
        got, how = None, None
        if len(here) == 1:
            k = here[0]
            tellings = [(a, x) for a, x in mine[k] if x is not e]
            if tellings:
                got = (k, tellings, f"the one foe of {whose} its sentence names")
        elif not here and len(mine) == 1:
            k = next(iter(mine))
            tellings = [(a, x) for a, x in mine[k] if x is not e]
            afar = {x.sentence for _, x in tellings} - {e.sentence}
            # (a group that is a side of the fighting is fought by many: one telling next door is no answer for who
            # did it to the group, as it is for a person or a state's side: "Isis was driven out")
            group = missing == "source" and side.kind != "person" and bool(side.entity) and foes.key(side) != side.country
            if k != own and (len(afar) >= AFAR or (not group and any(abs(n - e.sentence) <= NEAR for n in afar))):
                got = (k, tellings, f"the one foe of {whose} in the article")
        if got is None:
            continue
        k, tellings, how = got
        told_home = next((c for a, _ in tellings if (c := a.home(by_code=False))), None)    # the first telling's country
        if {x for x in armed - {own, k} - with_side if x not in (have.country, told_home)}:
            continue                # another side of the fighting is named there: whose act it is is not plain
        if k in _governors(foes, events, e, t, ctx):
            continue                # ("Moscow allowed the Turkish strikes", "Trump said Isis had been defeated")
        if _backs(coder, sdoc, ctx, own, k, side):
            continue                # ("the US-backed SDF": a backer is never the foe; coding/side_index.py)
        actor, act = min(tellings, key=lambda c: (abs(c[1].sentence - e.sentence), c[1].sentence > e.sentence))
        told = sorted({x.sentence for _, x in tellings})
        where = f"told in sentence{'s' if len(told) > 1 else ''} {', '.join(map(str, told[:3]))} ('{act.trigger_text}')"
        why = f"{how}, {where}"
        taken = replace(actor, why=f"{why}; " + (actor.why or ""))
        if missing == "source":
            out[i] = replace(e, source=taken, rule=(e.rule or "") + f"; source from the article's foes: {why}",
                             counts=list(e.counts))
        else:
            out[i] = replace(e, target=taken, rule=(e.rule or "") + f"; target from the article's foes: {why}",
                             counts=list(e.counts))
    return out
