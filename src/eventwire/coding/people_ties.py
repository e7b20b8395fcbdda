"""People described by their tie to a group (issue 14, wrong target): "citizens with Isis connections", "women with
links to Islamic State", "nationals linked to Isis", "families suspected of links to the group", "Isis-linked
nationals". The tie describes the people; it does not make them the group. A `people` noun of
data/coding/described_actors.tsv keeps its own sector (CVL for citizens, women, families; not suspects, read as the
group's suspected members; the country coming from their words, the place, or, when brought home, the state that
brings them, knowledge/homecoming.py): its tie modifiers are left out of its actor phrase, and coding/affiliated.py does not turn it into the group. Armed
nouns ("militants affiliated with al-Shabaab") are not `people` and stay the group's."""
from __future__ import annotations

from eventwire.doc_index import per_token


def _table() -> dict:
    from eventwire.coding.resolve import _described_table
    return _described_table()


@per_token("eventwire.people_noun")
def people_noun(h) -> bool:
    """A `people` head word (citizens, nationals, women ...), or a count of them the parser made the head
    ("hundreds of its citizens with Isis connections", the "with" hung on "hundreds"; the count words:
    data/coding/nouns.tsv `count`)."""
    words = _table().get("people", {})
    if h.pos_ == "NOUN" and (h.lower_ in words or h.lemma_.lower() in words):
        return True
    from eventwire.coding.count_crowds import COUNT_NOUNS
    if h.like_num or h.lemma_.lower() in COUNT_NOUNS:
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and (
            o.lower_ in words or o.lemma_.lower() in words) for o in p.children) for p in h.children)
    return False


def _bond(tok) -> bool:
    words = _table().get("bond", {})
    return tok.lower_ in words or tok.lemma_.lower() in words


def tie_modifiers(h) -> list:
    """The children of a `people` noun `h` that tie it to a group: "with [X] connections/links/ties [to X]", a link
    participle ("linked to X", "Isis-linked"), "suspected/accused of links to X"; [] for any other noun."""
    if not (h.n_lefts or h.n_rights):
        return []               # (a word with no children has no tie: asked of every word of every actor phrase)
    return _ties(h)


@per_token("eventwire.tie_modifiers")      # (asked again of the same words, phrase after phrase)
def _ties(h) -> list:
    if not people_noun(h):
        return []
    links = _table().get("link", {})
    out = []
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and _bond(o) for o in c.children):
            out.append(c)
        elif c.dep_ in ("acl", "amod") and (c.lower_ in links or c.lemma_.lower() in links
                                           or c.lower_.endswith("-linked")):
            out.append(c)
        elif c.dep_ in ("acl", "amod") and c.lemma_.lower() in ("suspect", "accuse") and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _bond(o) for o in p.children)
                for p in c.children):
            out.append(c)
    return out
