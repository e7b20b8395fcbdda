"""A request to be let home is made of one's own state (issue 14, no target).

"the teenager pleaded to be let back home", "the Dutch fighter begged to be permitted to go back to the Netherlands",
"she asked to go back home": an appeal (root 02) that names no one asked, by someone of a known country outside its
state (a citizen, a fighter, a militant, a refugee), whose wish is to return, come or go home or back, or to their own
country, asks it of the state that would let them in: that country's government. Words: data/coding/roles.tsv
`home-verb` (return, come, go), `permit-verb` (allow, permit, let).
"""
from __future__ import annotations

from eventwire.coding.clause_args import preps_of
from eventwire.coding.clause_record import role_words
from eventwire.coding.context import STATE_SECTORS
from eventwire.model import Actor


def _xcomp(tok):
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)


def _home_wish(pred, country, ctx):
    """(the verb, its words) of a wish to come home the request's "to" clause tells ("to be permitted to go back home"),
    or None."""
    words = role_words()
    wish = _xcomp(pred)
    if wish is not None and wish.lemma_.lower() in words.get("permit-verb", frozenset()) \
            and any(c.dep_ == "auxpass" for c in wish.children):
        wish = _xcomp(wish)                       # "to be permitted to go back"
    if wish is None or wish.lemma_.lower() not in words.get("home-verb", frozenset()):
        return None
    if any(c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in ("home", "back") for c in wish.children):
        return wish, f"{wish.text} {next(c.text for c in wish.children if c.lower_ in ('home', 'back'))}"
    to = preps_of(wish).get("to")
    if to is not None and any(p.country == country and (p.feature or "") == "country" and not p.demonym
                              for p in ctx.places_in(to.idx, to.idx + len(to.text))):
        return wish, f"{wish.text} to {to.text}"
    return None


def home_request(coder, cl, code: str, sources: list, ctx, sent):
    """([the requester's own government], how) for a request to be let home (module doc), or None."""
    if code[:2] != "02" or cl.kind != "verb" or len(sources) != 1:
        return None
    s = sources[0]
    if not s.country or (s.sector or "GOV") in STATE_SECTORS or s.entity and s.kind != "person":
        return None
    found = _home_wish(cl.pred, s.country, ctx)
    if found is None:
        return None
    wish, told = found
    a = Actor.national(s.country, "GOV", name=None, entity=None, text=wish.text,
                       start=wish.idx, end=wish.idx + len(wish.text), kind="other",
                       why=f"the state of the requester's own country ({s.country}), asked to let them '{told}'")
    return [a], f"the requester's own state, asked to let them '{told}'"
