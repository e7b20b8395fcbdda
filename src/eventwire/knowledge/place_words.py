"""The word lists the place stages read (data/places/words.tsv), loaded once, and the lists more than one stage uses.

Each list becomes one frozenset named after it with a leading underscore (`_WORDS["held_verbs"]` is
`_HELD_VERBS`). A list only one stage reads is defined in that stage's module (toponyms.py and toponym_context.py:
finding names; places.py: resolving them; event_location.py, event_clause.py and event_attach.py: where an event
happened); the lists below are read by two or three.
"""
from __future__ import annotations

from pathlib import Path


def _load_words() -> dict[str, frozenset]:
    """{list: words} from data/places/words.tsv."""
    words: dict[str, set] = {}
    with open(Path(__file__).resolve().parent.parent / "data" / "places" / "words.tsv", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line == "list\tword":
                continue
            name, word = line.split("\t", 1)
            words.setdefault(name, set()).add(word)
    return {k: frozenset(v) for k, v in words.items()}


_WORDS = _load_words()


# word lists more than one stage reads
_TITLES = _WORDS["titles"]
_SETTLEMENT_NOUNS = _WORDS["settlement_nouns"]
_SAY_AFTER = _WORDS["say_after"]
# verbs whose object is ground held or crossed: "patrolled Harare", "stormed Kobane"
_HELD_VERBS = _WORDS["held_verbs"]
_CALENDAR = _WORDS["calendar"]
# last words of the names of streets and buildings (a street or building gives way to the town it stands in)
_FACILITY_WORDS = _WORDS["facility_words"]
_GROUND_ONLY_VERBS = _WORDS["ground_only_verbs"]
_PROVINCE_WORDS = _WORDS["province_words"]
_STRONG_PREPS = _WORDS["strong_preps"]
_PLACE_HEADS = _WORDS["place_heads"]
_DIRECTION_HEADS = _WORDS["direction_heads"]
_TERRITORY_VERBS = _WORDS["territory_verbs"]
_PART_NOUNS = _WORDS["part_nouns"]
_ATTACK_NOUNS = _WORDS["attack_nouns"]
# with the attack nouns: the nouns whose "for"/"of" phrase names the ground fought over ("the battle for X")
_BATTLE_NOUNS = _ATTACK_NOUNS | _WORDS["battle_nouns"]
_AREA_WORDS = _WORDS["area_words"]
# nouns a place's name follows directly: "the capital(,) Colombo", "the port city Port Harcourt"
_NAMED_AFTER = _WORDS["named_after"]
_DWELLINGS = _WORDS["dwellings"]
