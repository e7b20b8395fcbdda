"""Ground that stands for the side that holds it, when the text names that side (issue 14).

An act of force, a siege or a threat of force on "the rebel-held enclaves", "areas held by the SDF", "territory
under the control of Isis", "villages under Kurdish control", "the town, which is held by rebels" is aimed at the
holder named there, not at the state the ground lies in. Two entry points:
- `holder_cues(slot)`: the words on a ground's phrase that name its holder, beyond the "-held"/"-controlled"
  participle modifier coding/place_targets._holder reads itself: a "held by" / "controlled by" participle or
  relative clause with its "by" agent, and an "under the control of X" / "under X control" / "under X's control"
  phrase (data/coding/place_targets.tsv: `held-participle` verbs, `held-noun` nouns);
- `held_ground_target`: called once by Coder.code_sentence before its rules that take the state of a place acted on
  (which would give the state, "Syria", for "bombed areas under the control of the rebels in Idlib"): the holder
  named on the act's object or on a place it was directed at ("into", "on", "against", "upon"), for an act of
  force (CAMEO 18-20) or a threat of force (138); and on the ground its own purpose of force names ("fired rockets
  to dislodge militia-held hills", coding/act_args.force_purposes), also for a show of force (CAMEO 15: "sent in
  aircraft to attack the rebel-held province", act_args.purpose_party).
Never a guess: a bare place name ("besieged Idlib") names no holder and gets none here; a pronoun holder ("under
their control") is left alone.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Optional

from eventwire.coding.context import PLACE_TARGET_ROOTS, STATE_SECTORS
from eventwire.model import Actor

THREAT_CODES = ("138",)
# (the verbs of a show of force, coded as an intention when threatened: "threatened to send forces to confront X")
SHOW_VERBS = frozenset({"send", "deploy", "mass", "mobilise", "mobilize", "dispatch"})
DIRECTED = ("on", "against", "into", "upon", "towards", "toward")   # ("advanced towards Hajin": aimed at it)


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _agent(verb):
    """The "by" agent's object of a passive participle or clause, or None."""
    for c in verb.children:
        if c.dep_ in ("agent", "prep") and c.lower_ == "by":
            return _pobj(c)
    return None


def holder_cues(slot, words: dict, under_only: bool = False) -> Iterator[tuple]:
    """(holder token, cue text) for each holder a ground's phrase names in words, not by a "-held" modifier:
    "areas held by the SDF", "the town, which is held by rebels", "areas under the control of Isis", "villages
    under Kurdish control", "land under the group's control"."""
    held = words.get("held-participle", frozenset())
    nouns = words.get("held-noun", frozenset())
    for c in slot.children:
        if c.dep_ in ("acl", "relcl") and c.lower_ in held and c.tag_ == "VBN" and not under_only:
            if c.dep_ == "relcl" and not any(x.dep_ == "nsubjpass" and x.tag_ in ("WDT", "WP") for x in c.children):
                continue               # ("the town that rebels held": the relative's subject is read elsewhere)
            who = _agent(c)
            if who is not None and who.pos_ != "PRON":
                yield who, f"{c.text} by"
        elif c.dep_ == "prep" and c.lower_ == "under":
            noun = _pobj(c)
            if noun is None or noun.lemma_.lower() not in nouns:
                continue
            of = next((x for x in noun.children if x.dep_ == "prep" and x.lower_ == "of"), None)
            who = _pobj(of) if of is not None else next(
                (x for x in noun.children if x.dep_ in ("poss", "compound", "amod", "nmod") and x.i < noun.i), None)
            if who is not None and who.pos_ != "PRON" and who.lower_ not in nouns:
                yield who, f"under the {noun.text} of" if of is not None else f"under {who.text} {noun.text}"


def _where(ctx, sent, region_names, where_named, doers=None) -> set:
    """The countries of the story that the sentence's places name as where things happen; with `doers` (the doer's
    own countries, all known), any country a place names, when none of them is the doer's: a doer from outside acts
    on ground abroad ("French jets bombed jihadist-held areas near Gao": MLI), in a country the story names by that
    place only."""
    got = {p.country for p in ctx.places_in(sent.start_char, sent.end_char)
           if p.country and not p.demonym and (doers is not None or p.country in (ctx.countries or ()))
           and (p.text or "").lower() not in region_names and where_named(sent.doc, p)}
    return got if doers is None or not (got & doers) else set()


def foreign_group(actor, place, ctx, sent) -> bool:
    """Whether a holder is a group of another country than the ground's (its place's, the countries the sentence's
    places are in, or else the story's first country): not a state's forces, which may hold ground abroad ("Turkish-controlled Afrin"), but
    a party or militia the name matched abroad ("districts under the control of Fatah Halab" read as the Palestinian
    Fatah): no holder, as a wrong target is worse than none."""
    from eventwire.coding.place_targets import _region_names, _where_named
    if not actor.country or (actor.sector or "GOV") in STATE_SECTORS:
        return False
    ground = {place.country} if place is not None and place.country else \
        _where(ctx, sent, _region_names(), _where_named)
    if not ground and ctx.countries:
        ground = {ctx.countries[0]}     # (ground of no known country: the story's first country, where it is placed)
    return bool(ground) and actor.country not in ground


def fill_country(holder, ctx, sent, region_names, where_named, sources=()):
    """A holder with no country takes the one country the sentence's places are in ("Idlib has seen more bloodshed
    as jets bombed rebel-held positions"), or, for a doer of known country from outside, the one country abroad they
    name (`_where`); else it is returned as it is."""
    if holder is None or holder.country or holder.entity:
        return holder
    where = _where(ctx, sent, region_names, where_named)
    if not where and sources and all(s.country for s in sources):
        where = _where(ctx, sent, region_names, where_named, {s.country for s in sources})
    if len(where) != 1:
        return holder
    country = next(iter(where))
    return replace(holder, code=country + holder.code, country=country,
                   why=holder.why + f"; in {country}, where the sentence's places are")


def held_ground_target(coder, cl, code: str, sources: list, tgt_tok, ctx, sent) -> Optional[tuple]:
    """(holder actor, how) for an act of force or threat of force done to ground whose holder the text names (module
    doc), or None."""
    show = code[:2] == "15" or cl.pred.lemma_.lower() in SHOW_VERBS
    if code[:2] not in PLACE_TARGET_ROOTS and not code.startswith(THREAT_CODES) and not show:
        return None
    from eventwire.coding.place_targets import _ground_or_act, _holder, _region_names, _where_named, place_words
    slots = [] if code[:2] != "15" else purpose_ground(coder, cl, show)
    if cl.kind == "verb" and cl.obj is not None and not cl.passive:
        slots.append(cl.obj)
    slots += [cl.preps[p] for p in DIRECTED if p in cl.preps]
    if tgt_tok is not None and tgt_tok.dep_ == "pobj" and tgt_tok.head.lower_ in DIRECTED + ("of",):
        slots.append(tgt_tok)
    if cl.kind == "verb" and cl.obj is not None and not cl.passive and _ground_or_act(coder, cl.obj):
        # ("attacked villages under Isis control": the parser hangs the "under" phrase on the verb)
        for who, cue in holder_cues(cl.pred, place_words(), under_only=True):
            found = [a for a in coder.actors_for(who, ctx, sent, role="target")
                     if a.code and not foreign_group(a, ground_place(coder, cl.obj, sources, ctx), ctx, sent)]
            if found:
                start, end = cl.obj.left_edge.idx, cl.obj.idx + len(cl.obj.text)
                text = ctx.text[start:end]
                holder = replace(found[0], text=text, start=start, end=end,
                                 why=f"'{text}' is ground held by '{who.text}' ('{cue}'): its holder is the target")
                slots.insert(0, holder)
                break
    if code[:2] != "15":
        slots += purpose_ground(coder, cl, show)
    for slot in slots:
        holder = slot if isinstance(slot, Actor) else \
            _holder(coder, slot, ground_place(coder, slot, sources, ctx), ctx, sent)
        filled = fill_country(holder, ctx, sent, _region_names(), _where_named, sources)
        if filled is not holder and _doers_own_place(filled.country, sources, ctx, sent):
            continue          # ("Paris flew in jets to bomb militia-held X": the doer's capital places no holder)
        holder = filled
        if holder is not None and (holder.country or holder.entity) \
                and not any(s.code == holder.code or (s.country and s.country == holder.country and not holder.entity
                                                      and (holder.sector or "GOV") in STATE_SECTORS) for s in sources):
            # (not the doer's own state: "Turkish troops shelled villages under Turkish control" names no enemy)
            return holder, f"the holder the text names of the ground acted on ('{holder.text}')"
    return None


def ground_place(coder, slot, sources, ctx):
    """The place named on the ground acted on (place_targets._held); where the story is not about its country but
    the doer comes from outside it, the place read with the doer's side set aside ("Russian warplanes bombed
    rebel-held parts of Aleppo": Aleppo, in SYR, though the sentence names only Russia), so that a holder of no
    country of its own takes the ground's, never the doer's."""
    from eventwire.coding.place_targets import _held
    place = _held(coder, slot, [], ctx)
    if place is None and sources and all(s.country for s in sources):
        place = _held(coder, slot, sources, ctx)
    return place


def purpose_ground(coder, cl, show: bool) -> list:
    """The objects the "to V" purpose of an act names ("fired rockets to dislodge militia-held hills"): for a show of
    force, any verb's ("flew in helicopters to raid the insurgent-held valley"); else a verb of force's."""
    from eventwire.coding.act_args import force_purposes, purpose_parties, purpose_party
    if show:
        return list(purpose_party(cl))
    if cl.kind != "verb":
        return []
    return [t for t, _ in purpose_parties(cl.pred, force_purposes(cl.pred), coder._force_verb)]


def _doers_own_place(country, sources, ctx, sent) -> bool:
    """Whether every place of the sentence in `country` is a doer's own mention ("Paris flew in jets": the capital
    names the doer, not where the ground lies)."""
    places = [p for p in ctx.places_in(sent.start_char, sent.end_char) if p.country == country and not p.demonym]
    return bool(places) and all(any(s.start is not None and s.start <= p.start < (s.end or s.start + 1) for s in sources)
                                for p in places)
