"""Ground one side entered as its foe left it (issue 14, item 4: no target).

    events = left_ground_targets(coder, sdoc, events, ctx)     # after resisted_targets (pipeline.py)

"On Sunday the rebels said they had entered the town after Kurdish forces pulled out": the entering (192) names its
doer and no holder, and the same sentence tells the side that left the ground; "Kurdish forces pulled out" (0874)
names no one they gave way to, and the same sentence tells who came in.

- the pair: a 192 act of entering or taking over ground (data/coding/left_ground.tsv `enter-word`) and a 0874 act of
  leaving it (`leave-word`), both told as done in one sentence, outside quotes, each with a doer, one verb hung on
  the other by a `link` label (an adverbial clause, "after X pulled out"; a coordinated verb, "X withdrew and Y moved
  in");
- the two doers are foes in the article: the article's index of sides (coding/side_index.py, its foes learned from
  acts of force naming both sides) has them fighting each other, and neither backs the other. A handover between
  allies ("government troops entered the town after the allied militia pulled out, in a planned handover") is no
  act against the one who left: nothing is given;
- the entering with no target, or whose target is only the state of the place acted on ("entered Afrin": SYR), takes
  the side that left; the leaving with no target takes the side that came in.
Each side taken says so: its `why` names the other verb, and the event's rule ends with "; target: the side that
left the ground ('<verb>')" or "; target: the side that came in ('<verb>')".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.lexicon_rows import pattern_word
from eventwire.coding.tables import kind_sets
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.model import Event


def _words() -> dict:
    return kind_sets("left_ground.tsv")


def _word(e: Event) -> str:
    return pattern_word(e.pattern, whole=True)


def _kind(e: Event) -> str:
    """"enter", "leave" or ""."""
    w, code = _words(), e.cameo or ""
    word = _word(e)
    if code.startswith("192") and (word in w.get("enter-word", ()) or word.split("-")[0] in w.get("enter-word", ())):
        return "enter"
    if code.startswith("0874") and word.split("-")[0] in w.get("leave-word", ()):
        return "leave"
    return ""


def _linked(a, b) -> bool:
    """Whether one of the two verbs hangs on the other by a `link` label."""
    links = _words().get("link", ())
    return (a.dep_ in links and a.head.i == b.i) or (b.dep_ in links and b.head.i == a.i)


def _open_target(e: Event) -> bool:
    return e.target is None or "the place acted on" in (e.target.why or "")


def left_ground_targets(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with ground entered as its foe left it aimed at that foe, and the leaving at the side that came in
    (module doc)."""
    if sdoc is None or len(events) < 2:
        return events
    from eventwire.coding.foes import TOLD
    from eventwire.coding.side_index import side_index
    kinds = [_kind(e) if (e.modality in TOLD and e.source is not None and e.trigger_token is not None
                          and e.trigger_token < len(sdoc) and e.sentence is not None) else "" for e in events]
    enters = [i for i, k in enumerate(kinds) if k == "enter"]
    leaves = [i for i, k in enumerate(kinds) if k == "leave"]
    if not enters or not leaves:
        return events
    quote = quote_index(ctx)
    index = side_index(coder, sdoc, ctx)
    foes = index.foes(events)
    out = list(events)
    for i in enters:
        e = events[i]
        if quote(e.trigger_start) >= 0:
            continue
        pairs = [j for j in leaves if events[j].sentence == e.sentence
                 and _linked(sdoc[e.trigger_token], sdoc[events[j].trigger_token])]
        if len(pairs) != 1:
            continue
        x = events[pairs[0]]
        ki, kx = foes.key(e.source), foes.key(x.source)
        if ki == kx or kx not in foes.foes.get(ki, {}) or index.backs(ki, kx):
            continue        # (a handover between sides that are no foes in the article gives nothing)
        if _open_target(out[i]):
            why = f"the side that left the ground ('{x.trigger_text}')"
            out[i] = replace(out[i], target=replace(x.source, why=f"{why}; " + (x.source.why or "")),
                             rule=(e.rule or "") + f"; target: {why}", counts=list(e.counts))
        j = pairs[0]
        if out[j].target is None:
            why = f"the side that came in ('{e.trigger_text}')"
            out[j] = replace(out[j], target=replace(e.source, why=f"{why}; " + (e.source.why or "")),
                             rule=(x.rule or "") + f"; target: {why}", counts=list(x.counts))
    return out
