"""One event per act across an article, for the acts no incident groups (roots 01-13: statements, appeals, meetings,
aid, approval, disapproval, rejection, threats): a later telling of an act already coded is a mention of it.

coding/retold.py folds the acts of force an incident links; words and deeds of diplomacy have no incidents, and an
article names them again the way it names an attack again: "Jordan condemned the raid ... In condemning the raid,
the ministry said ...", "McGurk has resigned ... McGurk's resignation follows ...", "Tillerson outlined the policy
in a speech ... Tillerson's speech suggested ...". A later event is a mention of an earlier one when

- it is told as one the reader knows: its trigger is a noun with a definite or possessive determiner ("the
  condemnation", "Tehran's criticism", "the Russian refusal"), or an "in V-ing" phrase ("in condemning the raid");
  a bare repeat of a verb ("Velayati met Assad") may be a new act and stays one;
- their codes are the same or one refines the other (035 and 0356); not merely one root (a 010 speech and a 012
  warning are two acts);
- it lies at most BACK sentences after, in the same modality (an asserted and a reported telling may be one; a
  planned act is not the act done), at no other time the text gives;
- their sides do not disagree (coding/retold.py's test: the same code, one empty, or one refining the other), and
  no person the two name differs ("McGurk has resigned ... Mattis announced his departure"); the first telling names
  its doer ("to assure the Kurds" is no telling of "Trump's announcement" that a later sentence names).

The event kept is the better attributed (more sides with a code), the earlier on a tie; it takes an empty side, or
a fuller one ("USAGOV" over "USA"), from the other, and keeps the other as a mention (``Event.mentions``, as
coding/retold.py does), so nothing said is lost and each fold is explained.
"""
from __future__ import annotations

from eventwire.coding.retold import (TOLD, _actor_agree, _fold, _same_time, _sides, drop_folded)
from eventwire.model import Event

FORCE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})   # folded through incidents (coding/retold.py)
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
BACK = 8          # sentences a retelling may look back for the act it tells
LINK = "'{}' tells it again"


def _codes_same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))))


def retelling(sdoc, e: Event):
    """The words by which an event is told as an act already known ("Tillerson's speech", "the refusal", "in
    condemning"), or None."""
    ti = e.trigger_token
    if sdoc is None or ti is None or ti >= len(sdoc):
        return None
    t = sdoc[ti]
    if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "in":
        return f"{t.head.text} {t.text}"
    # the trigger, or the act's noun a light verb carries ("Tehran's criticism of the sanctions came a day after")
    for n in [t] + [sdoc[i] for i in e.act_tokens if i != ti and i < len(sdoc)]:
        if n.pos_ != "NOUN" or (n.dep_ == "dobj" and n.head.i in e.act_tokens):
            continue            # ("announced his departure": a light verb's object is an act told as new)
        for c in n.children:
            if c.dep_ == "det" and c.lower_ in DEFINITE:
                return f"{c.text} {n.text}"
            if c.dep_ == "poss":
                return f"{sdoc[c.left_edge.i:c.right_edge.i + 1].text} {n.text}" if c.left_edge.i >= c.i - 3 else n.text
    return None


def _people(sdoc, actor) -> set:
    """The names of people an actor's words give ("James Mattis"), lower-cased."""
    if actor is None or actor.start is None or actor.end is None:
        return set()
    span = sdoc.char_span(actor.start, actor.end, alignment_mode="expand")
    return {t.lower_ for t in span or () if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"}


def _one_act(keep: Event, e: Event, sdoc=None) -> bool:
    if not _codes_same(keep.cameo, e.cameo) or not _same_time(keep, e):
        return False
    for side in ("source", "target"):
        x, y = getattr(keep, side), getattr(e, side)
        if x is not None and y is not None and x.entity and y.entity and x.entity != y.entity:
            return False
        if sdoc is not None:
            px, py = _people(sdoc, x), _people(sdoc, y)
            if px and py and not px & py:
                return False        # two people of one government ("McGurk has resigned ... Mattis's departure")
    if keep.modality != e.modality and not (keep.modality in TOLD and e.modality in TOLD):
        return False
    if not (_actor_agree(keep.source, e.source) and _actor_agree(keep.target, e.target)):
        return False
    s = keep.source if keep.source is not None and keep.source.code else e.source
    t = keep.target if keep.target is not None and keep.target.code else e.target
    return not (s is not None and t is not None and s.code and s.code == t.code)


def fold_told_again(events: list[Event], incidents: list, text: str = "", sdoc=None) -> list[Event]:
    """The events of a document with each act of roots 01-13 told again folded into the event of its first telling
    (see the module doc); the incidents' event lists are renumbered to the events returned."""
    if sdoc is None or len(events) < 2:
        return events
    folded: set[int] = set()
    for i, e in enumerate(events):
        if (e.cameo or "")[:2] in FORCE_ROOTS or e.incident:
            continue
        words = retelling(sdoc, e)
        if words is None:
            continue
        for j in range(i - 1, -1, -1):
            a = events[j]
            if j in folded or a.sentence > e.sentence or a.trigger_start >= e.trigger_start \
                    or (a.cameo or "")[:2] in FORCE_ROOTS or a.incident:
                continue
            if e.sentence - a.sentence > BACK:
                break
            if a.source is None or not a.source.code or not _one_act(a, e, sdoc):
                continue        # (a first telling with no doer is no act a later one can be known as)
            link = LINK.format(words)
            if _sides(e) > _sides(a):       # the better attributed telling is the event
                _fold(e, a, f"told before it, in sentence {a.sentence}", text)
                folded.add(j)
            else:
                _fold(a, e, link, text)
                folded.add(i)
            break
    return drop_folded(events, folded, incidents)
