"""One saying, one event (issue 14 item 6): an act of words told through the statement that carries it, or told again
in the next sentence of the same quotation, is one act.

    res.events = fold_sayings(res.events, res.incidents, d.text, sdoc, ctx)   # after fold_deaths (pipeline.py)

- The vehicle of a saying: a generic statement (010) at a speech, a statement, a press conference, an interview or
  an address (its lexicon row listed in data/coding/saying_vehicles.tsv) is dropped where the same speaker (the same
  code, and the same person or body where both name one) has a more specific act of words in the same sentence
  (roots 02, 03, 05, 10-13, 16, 17; not another statement 01x, nor a meeting or a deed) told through it: the
  statement's words hang on that act as its setting within SETTING parse steps ("The minister, giving his annual
  press conference, described the move as provocative": 111, no 010; "in a statement, the ministry condemned";
  "a statement issued by the party demanded": the statement is the demand's subject), or the act is the content of
  the statement ("issued a statement condemning the raid": the act hangs on the statement through a clause). The
  specific event keeps its own sides; the statement is kept as its mention (``Event.mentions``, as
  coding/retold.py does), its link naming the words it was told through.
- The same act told again: an act of words (roots 01-05, 10-13, 16, 17) with the same source, code and named target
  as one told in the sentence just before, inside a quotation whose speaker spoke the first telling too (the first
  one is also quoted, and no event of another source is told between them: '"He urged Turkey to de-escalate," the
  statement said. "He urged Turkey to exercise caution."'), or a bare objection whose target coding/restated_stance.py
  took from that very act ("rejected the claim ... 'I strongly disagree'"), is a mention of the first telling.
Two acts of one speaker told apart (a deed announced in a statement, a meeting before a statement, two quotes with
another speaker between them) stay two.
"""
from __future__ import annotations

from eventwire.coding.retold import TOLD, drop_folded, mention_record
from eventwire.coding.tables import word_kind_sets
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.model import Event

SPECIFIC = frozenset({"02", "03", "05", "10", "11", "12", "13", "16", "17"})
WORDS = SPECIFIC | {"01", "04"}
SETTING = 3           # parse steps from the statement's words up to the act they carry
SETTING_DEPS = frozenset({"advcl", "prep", "pobj", "npadvmod", "acl", "nsubj", "nsubjpass", "compound", "amod",
                          "dobj", "appos"})
CONTENT_DEPS = frozenset({"acl", "ccomp", "xcomp", "relcl", "advcl"})
RESTATED = "the one its speaker's own objection just before was aimed at"


def _vehicles() -> frozenset:
    return word_kind_sets("saying_vehicles.tsv").get("vehicle", frozenset())


def _same_speaker(a, b) -> bool:
    if a is None or b is None or not a.code or a.code != b.code:
        return False
    return not (a.entity and b.entity and a.entity != b.entity)


def _climbs(sdoc, start: int, goal: set, deps: frozenset) -> bool:
    """Whether a token reaches one of `goal` going up at most SETTING heads, each step by one of `deps`."""
    t = sdoc[start]
    for _ in range(SETTING):
        if t.dep_ not in deps or t.head is t:
            return False
        t = t.head
        if t.i in goal:
            return True
    return False


def _tokens(sdoc, e: Event) -> set:
    return {i for i in (e.trigger_token, *e.act_tokens) if i is not None and i < len(sdoc)}


def _carries(sdoc, vehicle: Event, act: Event) -> bool:
    """Whether the statement's words are the setting of the act, or the act the content of the statement."""
    mine, theirs = _tokens(sdoc, vehicle), _tokens(sdoc, act)
    if not mine or not theirs or mine & theirs:
        return False
    return any(_climbs(sdoc, i, theirs, SETTING_DEPS) for i in mine) \
        or (act.trigger_token in theirs and _climbs(sdoc, act.trigger_token, mine, CONTENT_DEPS))


def _vehicle_of(sdoc, events: list[Event], k: int, vehicles: frozenset):
    """The specific act of words the statement `events[k]` carries, or None."""
    e = events[k]
    if e.cameo != "010" or (e.pattern or "") not in vehicles or e.trigger_token is None or not e.source \
            or not e.source.code:
        return None
    found = [f for f in events if f is not e and f.sentence == e.sentence and (f.cameo or "")[:2] in SPECIFIC
             and _same_speaker(e.source, f.source) and f.trigger_token is not None and _carries(sdoc, e, f)]
    return found[0] if found else None


def _told_again(events: list[Event], i: int, quote) -> int | None:
    """The index of the act `events[i]` tells again (module doc), or None."""
    e = events[i]
    if (e.cameo or "")[:2] not in WORDS or e.target is None or not e.target.code or not e.source:
        return None
    restated = (e.target.why or "").startswith(RESTATED)
    for j in range(i - 1, -1, -1):
        a = events[j]
        if a.sentence < e.sentence - 1:
            break
        if a.sentence != e.sentence - 1:
            continue
        if a.cameo != e.cameo or not _same_speaker(a.source, e.source) or a.target is None \
                or a.target.code != e.target.code \
                or (a.modality != e.modality and not (a.modality in TOLD and e.modality in TOLD)):
            continue
        if restated and f"('{a.trigger_text}'" in e.target.why:
            return j
        if quote(a.trigger_start) < 0 or quote(e.trigger_start) < 0:
            continue
        between = [x for x in events if (x.sentence, x.trigger_start) > (a.sentence, a.trigger_start)
                   and (x.sentence, x.trigger_start) < (e.sentence, e.trigger_start)]
        if any(x.source is not None and x.source.code and not _same_speaker(x.source, e.source) for x in between):
            continue
        return j
    return None


def _keep(keep: Event, e: Event, link: str) -> None:
    keep.rule = (keep.rule + "; " if keep.rule else "") + f"one saying with '{e.trigger_text}' ({link})"
    keep.mentions.append(mention_record(e, link))
    keep.mentions.extend(e.mentions)
    e.mentions = []


def fold_sayings(events: list[Event], incidents: list, text: str = "", sdoc=None, ctx=None) -> list[Event]:
    """The events of a document with each saying one event (module doc); the incidents' event lists renumbered."""
    if sdoc is None or len(events) < 2:
        return events
    vehicles = _vehicles()
    folded: set[int] = set()
    for k in range(len(events)):
        act = _vehicle_of(sdoc, events, k, vehicles)
        if act is not None:
            _keep(act, events[k], f"the statement that carries it, sentence {events[k].sentence}")
            folded.add(k)
    quote = quote_index(ctx)
    for i, e in enumerate(events):
        if i in folded:
            continue
        j = _told_again(events, i, quote)
        if j is not None and j not in folded:
            _keep(events[j], e, f"the same saying told again in sentence {e.sentence}")
            folded.add(i)
    return drop_folded(events, folded, incidents)
