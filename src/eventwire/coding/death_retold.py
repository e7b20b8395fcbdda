"""A person's death told again is one event (issue 14 item 2, event coreference by the victim): a named person is
killed once, so a later killing of the same person by the same doer is a mention of the first telling, not a new
event ("Maria Lopez was killed by a Turkish missile near Afrin ... Friends said Lopez was killed while evacuating
the wounded": one killing, told twice).

    res.events = fold_deaths(res.events, res.incidents, d.text, sdoc)     # after fold_ranked (coding/ranked_retold.py)

coding/retold.py folds an act told again within an incident (its sentence, or a definite act noun referring back);
a death told again a few sentences on by the victim's name alone ("Lopez was killed") is linked to no incident, and
its doer is often found only from the first telling (coding/sides.py, coding/victim_doers.py). This stage folds:

- the later event: a death (its lexicon row's verb is a `fatal` verb of data/coding/coref.tsv: kill, die, execute,
  murder, assassinate...; or an execution or assassination code, 1823, 186) of a person (victim_doers._same_person:
  the same known person, the same name, one name the other's surname, or the name in apposition with the victim:
  "Ahmed Darwish, a Syrian journalist"), told as done (asserted or reported);
- the earlier event: an act of force against the same person, told as done, that killed (a death as above, or an
  act told with a death in its sentence: its rule joined a killing to it, "one act with 'killed'"), whose code
  agrees (coding/retold.codes_agree) and whose doer is the same side (coding/sides.side_key), or either has none;
- never: two earlier deaths of that name by two sides, or of two people of one surname (which one is told again
  is not plain).
The kept event takes the mention (coding/retold._fold: its evidence, sides it lacked, the reason
"the same person's death told again").
"""
from __future__ import annotations

from functools import lru_cache

from eventwire.coding.lexicon_rows import pattern_word
from eventwire.coding.retold import _fold, _harm, codes_agree, drop_folded
from eventwire.coding.sides import side_key
from eventwire.coding.tables import word_kind_sets
from eventwire.coding.victim_doers import _same_person, two_people
from eventwire.model import Event

LINK = "the same person's death told again"
FORCE = ("18", "19", "20")
TOLD = frozenset({"asserted", "reported"})
FATAL_CODES = ("1823", "186")


@lru_cache(maxsize=None)
def _fatal() -> frozenset:
    """The verbs of death (data/coding/coref.tsv `fatal`)."""
    return word_kind_sets("coref.tsv").get("fatal", frozenset())


def _death(e: Event, joined: bool = False) -> bool:
    """Whether an event tells a death: its row's verb is fatal or its code an execution or assassination; with
    `joined`, also an act the coder joined a killing to ("bombed ..., killing": its rule says so)."""
    if (e.cameo or "").startswith(FATAL_CODES):
        return True
    word = pattern_word(e.pattern).lower()
    if word in _fatal():
        return True
    return joined and any(f".{v})" in (e.rule or "") for v in _fatal())      # ("one act with 'killing' (190.kill)")


def _sides_agree(a: Event, e: Event) -> bool:
    if a.source is None or e.source is None or not a.source.code or not e.source.code:
        return True
    return side_key(a.source) == side_key(e.source)


def fold_deaths(events: list[Event], incidents: list, text: str = "", sdoc=None) -> list[Event]:
    """The events with each later death of a person already told killed folded into that first telling (module
    doc); the incidents' event lists renumbered to the events returned."""
    if sdoc is None or len(events) < 2:
        return events
    folded: set[int] = set()
    for i, e in enumerate(events):
        if e.target is None or e.modality not in TOLD or not (e.cameo or "").startswith(FORCE) or not _death(e):
            continue
        firsts = [j for j in range(i) if j not in folded and events[j].sentence < e.sentence
                  and _first_telling(sdoc, events[j], e)]
        if not firsts:
            continue
        sides = {side_key(events[j].source) for j in firsts if events[j].source is not None and events[j].source.code}
        if len(sides) > 1 or two_people(sdoc, [events[j].target for j in firsts]):
            continue              # two earlier deaths of that name by two sides: which is told again is not plain
        _fold(events[firsts[-1]], e, LINK, text)
        folded.add(i)
    return drop_folded(events, folded, incidents)


def _first_telling(sdoc, a: Event, e: Event) -> bool:
    return a.target is not None and a.modality in TOLD and (a.cameo or "").startswith(FORCE) \
        and _death(a, joined=True) and codes_agree(a.cameo, e.cameo, _harm(a), _harm(e)) and _sides_agree(a, e) \
        and _same_person(sdoc, e.target, a.target)
