"""Targets stage: a crackdown on protests that names no protester is aimed at the protesters of the place (issue 14).

"Police cracked down on the demonstrations in Tehran", "as Lukashenko clamped down on the protests", "the brutal
suppression of the rallies": an act of repression or coercion (CAMEO root 17) whose slot is a protest noun that names
no party of its own ("protests by students" already names them) is done to the people protesting, whom the text
calls by no name. They are the protesters of the country the protest noun's own phrase places it in ("in Tehran"),
else of the doer's own country, when every doer is one state's (its government, police, army, courts: a state
represses at home). Coded as those protesters are when named ("protesters" -> the sector data/actors/sectors.tsv
gives them). Protest nouns, the sector and the state sectors are data: data/coding/crushed_protests.tsv. Asked by
coding/target_chain.py when no slot or fallback named a target.
"""
from __future__ import annotations

from eventwire.coding.tables import kind_sets
from eventwire.model import Actor

_KINDS = kind_sets("crushed_protests.tsv")
_PROTESTS = _KINDS.get("protest-noun", frozenset())
_STATE = _KINDS.get("state-sector", frozenset())
_SECTOR = next(iter(_KINDS.get("protester-sector", frozenset({"OPP"}))))
_SLOT_PREPS = ("on", "of", "against")


def _protest_noun(cl, tgt_tok):
    """The protest noun in the act's slot, object or on/of/against phrase, or None."""
    for t in [tgt_tok, cl.obj] + [cl.preps.get(p) for p in _SLOT_PREPS]:
        if t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in _PROTESTS:
            return t
    return None


def _home(sources) -> str | None:
    """The one country every doer is the state of (a country, or a state sector of it), or None."""
    homes = {s.country for s in sources if s.country and (s.kind in ("country", "capital") or s.sector in _STATE)}
    if len(homes) != 1 or not all(s.country in homes for s in sources):
        return None
    return next(iter(homes))


def protest_target(coder, cl, code: str, tgt_tok, sources: list, ctx, sent):
    """([actor], how) for the protesters a crackdown with no named target is done to (module doc), or None."""
    if code[:2] != "17" or not sources:
        return None
    noun = _protest_noun(cl, tgt_tok)
    if noun is None:
        return None
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    places = [p for p in ctx.places_in(lo, hi) if p.country and not p.demonym]
    if places:
        country, how = places[0].country, f"the protesters of the '{noun.text}' in {places[0].text}"
    elif (country := _home(sources)) is not None:
        how = f"the protesters of the '{noun.text}', at home for the state that represses them"
    else:
        return None
    actor = Actor.national(country, _SECTOR, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text),
                           why=f"{how}: no protester named, {country} protesters -> {_SECTOR}", kind="sector")
    return [actor], how
