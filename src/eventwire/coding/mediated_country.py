"""The country whose conflict a mediation is about, when nothing names its parties (issue 14, no target).

"Peace talks brokered by Norway, Cuba and Chile have stalled", "a truce brokered by Algiers ended the fighting in the
Sahel town of Gao", "Egypt is sponsoring the Cairo talks": a mediator's act (045) on talks, a deal or a truce (data/coding/roles.tsv `mediated-noun`) whose parties no rule found (coding/hosted.py reads
"between" phrases, agreeing parties and the story's talks) is directed at the state whose conflict it is, as CAMEO
codes a party by its country:
- the country a nationality or a country's name before the noun, or its "on"/"over"/"about"/"for"/"in" phrase,
  names ("Colombian peace talks", "a deal for the safe zone in Idlib"; not a meeting's venue, "talks in Astana",
  nor a city before the noun, "the Astana talks"); else
- the one country of the places its sentence names where things happen: a town or region, or a country in a
  locative phrase ("the fighting in Mali"); not a capital named as a party ("tensions with Washington"), nor a city
  that holds international bodies' seats (place_targets.tsv `venue-city`: "talks in Geneva"); else
- the one country the story is about (knowledge/actor_where.py `Where.story`); else, where the story's places
  lie mostly in the talks' venue town ("the Bergen talks" told again and again), so that no country or a mediator's
  own leads, the country its actors name clearly most (DocContext.home), or the one they name most when the
  sentence names it too ("the Algiers talks, brokered by Algeria, collapsed and Mali slid back into war").
Never a mediator's own country (its own conflict: the parties are not said), and nothing where the sentence's
places lie in two or more countries other than the mediators'. Not a negotiation (046): those who negotiate a deal
together are its parties ("Kenya and Uganda negotiated a deal on the border", coding/reciprocal.py).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_args import preps_of
from eventwire.coding.clause_record import role_words
from eventwire.model import Actor

_ROOTS = ("045",)
_TOPIC = ("on", "over", "about", "for", "in")
_LOCATIVE = ("in", "inside", "across", "throughout", "within")


def _mediated(cl):
    """The talks, deal or truce noun the mediation is done on: the noun a participle describes ("talks brokered by
    X"), the object ("brokered a deal"), or the act noun itself; or None."""
    words = role_words().get("mediated-noun", frozenset())
    for t in (cl.pred.head if cl.pred.dep_ in ("acl", "relcl") else None, cl.obj, cl.pred if cl.kind == "noun" else None):
        if t is not None and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in words:
            return t
    return None


def _token(doc, p):
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _countries(ctx, doc, lo: int, hi: int, test) -> list:
    """[(country, place)] of the places between char offsets `lo` and `hi` whose head token passes `test`; never a
    meeting's venue ("talks in Astana": actor_where `Where.role`) nor a city of international bodies' seats."""
    from eventwire.coding.place_targets import place_words
    from eventwire.knowledge.actor_where import where_of
    venues = place_words().get("venue-city", frozenset())
    where = where_of(ctx, doc)
    out = []
    for p in ctx.places_in(lo, hi):
        tok = _token(doc, p) if p.country else None
        if tok is None or (p.text or "").lower() in venues or (p.name or "").lower() in venues or not test(tok, p) \
                or where.role(p.start, p.end) == "venue":
            continue
        out.append((p.country, p))
    return out


def _where(tok, p, named, venue_heads) -> bool:
    """Whether a place says where things happen: a country in a locative phrase; a town or region that names no
    actor ("Idlib"), or does so in a locative phrase ("in Aleppo"); not where the mediation itself or its talks
    went on ("brokered by X in Astana", "talks brokered by X were held in Astana")."""
    if tok.dep_ == "pobj" and tok.head.head.i in venue_heads:
        return False
    locative = tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE
    if (p.feature or "") == "country" or (p.start, p.end) in named:
        return locative
    return not p.demonym


def _article_country(ctx, doc, sent) -> Optional[tuple]:
    """(country, why) of the article's actors when the story's places name no one country (module doc), or None."""
    home = getattr(ctx, "home", None)
    if home:
        return home, "the country the article's actors name clearly most"
    top = (getattr(ctx, "countries", None) or (None,))[0]
    if top is None:
        return None
    for p in ctx.places_in(sent.start_char, sent.end_char):
        if p.country == top and not p.demonym and (p.feature or "") == "country":
            return top, f"the country the article's actors name most, named by its sentence ('{p.text}')"
    return None


def mediated_country(coder, cl, code: str, sources: list, ctx, sent) -> Optional[tuple]:
    """([country actor], how) for a mediation with no parties named (module doc), or None."""
    if not code.startswith(_ROOTS) or not sources:
        return None
    noun = _mediated(cl)
    if noun is None:
        return None
    own = {s.country for s in sources if s.country}
    if not own and not all(s.entity for s in sources):
        return None                  # (a mediator of no known side: whose conflict is not to be told)
    from eventwire.knowledge.actor_where import where_of
    doc = sent.doc
    where = where_of(ctx, doc)
    # the noun's own modifiers and topic phrases ("Colombian peace talks", "a deal for the zone in Idlib")
    lo = noun.left_edge.idx
    # (a nationality or a country, not a city: "the Astana talks" name where they are held)
    found = [(c, p) for c, p in _countries(ctx, doc, lo, noun.idx, lambda t, p: t.head.i == noun.i and (
        p.demonym or (p.feature or "") == "country")) if c not in own]
    for prep, obj in preps_of(noun).items():
        if prep in _TOPIC:
            found += [(c, p) for c, p in _countries(ctx, doc, obj.left_edge.idx, obj.right_edge.idx + 1,
                                                    lambda t, p: True) if c not in own]
    how = "its own phrase names"
    heads = {cl.pred.i, noun.i} | ({cl.light_verb.i} if cl.light_verb is not None else set())
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        heads.add(noun.head.i)       # (where the talks themselves go on: "talks brokered by X were held in Y")
    if not found:
        found = [(c, p) for c, p in _countries(ctx, doc, sent.start_char, sent.end_char,
                                               lambda t, p: _where(t, p, where.named, heads)) if c not in own]
        how = "its sentence's places lie in"
    countries = {c for c, _ in found}
    if len(countries) > 1:
        return None
    if countries:
        country, place = found[0]
        a = Actor.national(country, name=None, entity=None, text=place.text,
                           start=place.start, end=place.end, kind="country",
                           why=f"'{place.text}' is in {country}, the one country {how}: the parties of the mediated "
                               f"'{noun.text}' are of it")
        return [a], f"the country whose conflict the mediated '{noun.text}' are about ('{place.text}', {country})"
    story = where.story
    if story is None or story[0] in own:
        story = _article_country(ctx, doc, sent)      # (the story's places: mostly the talks' venue town)
    if story is None or story[0] in own:
        return None
    country = story[0]
    a = Actor.national(country, name=None, entity=None, text=noun.text, start=noun.idx,
                       end=noun.idx + len(noun.text), kind="country",
                       why=f"no party of the mediated '{noun.text}' is named, nor a place: the story's country ({story[1]}), "
                           f"{country}, is the one whose parties they are")
    return [a], f"the story's country, whose conflict the mediated '{noun.text}' are about ({country})"
