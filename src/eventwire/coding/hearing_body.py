"""Targets stage: testimony before a hearing body no list names is given to the witness's own legislature (issue 14
item 4, no target).

"The former director appeared before the panels in a closed session", "the general testified before the committee":
a statement (010) whose lexicon row takes its target from a "before" phrase (data/lexicon/01_statement.tsv
`010.testify-before`, `010.appear-before-hearing`, `010.n-testimony-before`) whose object is a committee, panel or
hearing (data/coding/hearing_body.tsv `hearing-noun`) that names no actor ("the Senate committee" names the
legislature itself, "a UN panel" the body) is testimony to the legislature of the witness's own state: the
witness's country with sector LEG. None where the witness has no country, or where the doers are of two countries.

    found = hearing_body(coder, cl, entry, sources, tgt_tok)    # ([actor], how) or None

The target's why says "the legislature of the witness's state, whose '<noun>' heard it".
"""
from __future__ import annotations

from eventwire.coding.tables import kind_sets
from eventwire.model import Actor

_KINDS = kind_sets("hearing_body.tsv")
_NOUNS = _KINDS.get("hearing-noun", frozenset())
_PREPS = _KINDS.get("hearing-prep", frozenset())


def hearing_body(coder, cl, entry, sources: list, tgt_tok):
    """([the witness's legislature], how) for testimony before an unnamed hearing body (module doc), or None."""
    if tgt_tok is None or not sources or not entry.cameo.startswith("010") or entry.prep not in _PREPS \
            or tgt_tok.lemma_.lower() not in _NOUNS or tgt_tok.dep_ != "pobj" or tgt_tok.head.lower_ not in _PREPS:
        return None
    homes = {s.country for s in sources}
    if len(homes) != 1 or None in homes:
        return None
    home = homes.pop()
    end = tgt_tok.idx + len(tgt_tok.text)
    start = tgt_tok.left_edge.idx
    why = f"the legislature of the witness's state ({home}), whose '{tgt_tok.text}' heard it"
    leg = Actor.national(home, "LEG", name=None, text=cl.pred.doc.text[start:end], start=start, end=end,
                         kind="sector", why=why)
    return [leg], f"'{tgt_tok.text}', a hearing of the witness's legislature"
