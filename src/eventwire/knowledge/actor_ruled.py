"""Whose a ruling body is, from the place its own clause says it rules (issue 14, item 3: bare sectors; asked by
knowledge/actor_country.place_actor right after the actor's own modifiers).

    got = ruled_country(a, head, sent, ctx)    # (country, why) or None

"The autonomous administration governing Manbij said it would resist the Turkish attacks and asked the Syrian army to
protect the border with Turkey": the sentence names several countries, and the story may be about another, but the
administration's own clause says where it rules: Manbij, Syria (SYRGOV). A bare state body (actor_country.tsv
`rule-sector`: a government, an administration, a council, a court, the police) whose participle or relative clause
("governing X", "which runs X", "that administers X") has a verb of ruling (`rule-verb`) takes the country of the
place that verb's object is, when it names one country and only as a place ("the administration running the war in
Yemen" rules no Yemen). A verb of mere control stays out ("the forces controlling Afrin" may be an occupier's), as
does a body ruling a people or an office ("the council that runs the Kurdish region" names no place), and a relative
clause whose subject is not the body ("the council the Turks govern"). A body that says it is no state's own
(actor_country.tsv `self-rule`: "the autonomous administration governing Manbij") ruling a place in the homeland
where the story's named bodies of a people without a state lie (the YPG, the SDF: Syria) is that people's body there,
SYRKURGOV, not the state's government it may appeal to (`_self_ruled`)."""
from __future__ import annotations

from typing import Optional

_CLAUSES = ("acl", "relcl")
_RELATIVE_SUBJECTS = {"that", "which", "who"}


def _ruled_object(head, verbs: frozenset):
    """(verb, start, end): the body's own clause of ruling and the character span of its object, or None."""
    clauses = [c for c in head.children if c.dep_ in _CLAUSES]
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.dep_ == "amod" and nxt.head.i == nxt.i + 1 and nxt.head.pos_ == "PROPN":
        clauses.append(nxt)     # ("the administration governing Manbij said": the participle hung on the name)
    for c in clauses:
        if c.lemma_.lower() not in verbs or c.i < head.i:
            continue
        if c.dep_ == "relcl":
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ not in _RELATIVE_SUBJECTS or subj.dep_ != "nsubj":
                continue                  # ("the council the Turks govern": the body is not the ruler)
        elif c.tag_ != "VBG":
            continue                      # ("the council governed by Ankara" is ruled, not ruling)
        obj = next((o for o in c.children if o.dep_ == "dobj"), None)
        if obj is not None:
            # (the object's own name, not a place inside it: "the government running the war in Yemen" rules no Yemen)
            names = [t for t in obj.children if t.dep_ == "compound" and t.i < obj.i]
            return c, min([obj.idx] + [t.idx for t in names]), obj.idx + len(obj.text)
        nxt = c.nbor(1) if c.i + 1 < len(c.doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and (nxt.dep_ in ("nsubj", "nsubjpass", "compound")
                                                        or nxt.i == c.head.i):
            # ("the authority governing Manbij said ...": the parser may take the name for the next verb's subject)
            return c, nxt.idx, nxt.idx + len(nxt.text)
    return None


def ruled_country(a, head, sent, ctx) -> Optional[tuple]:
    from eventwire.knowledge.actor_where import where_of, word_kinds
    kinds = word_kinds()
    if head is None or a.sector not in kinds.get("rule-sector", frozenset()):
        return None
    got = _ruled_object(head, kinds.get("rule-verb", frozenset()))
    if got is None:
        return None
    verb, lo, hi = got
    where = where_of(ctx, sent.doc)
    items = [it for it in where.in_sentence(sent) if lo <= it[1] < hi and it[2] >= hi]
    if not items:
        # (a name the places stage left out here, parsed as the next verb's subject, that the story places elsewhere:
        # '"We will defend Kobani," the authority governing Kobani said')
        name = sent.doc.text[lo:hi]
        same = {p.country for p in getattr(ctx, "places", None) or () if p.text == name and p.country
                and not p.demonym}
        if len(same) == 1 and name[:1].isupper():
            return _self_ruled(a, head, (next(iter(same)), f"from the place its own clause says it rules ('{verb.text} "
                                                            f"{name}', placed elsewhere in the story)"), ctx)
    # (only places: "governing the Kurdish region" names a people, "running Syria's affairs for Moscow" a backer too)
    if not items or any(it[4] != "place" or it[5] for it in items if (it[1], it[2]) not in where.named):
        return None
    countries = {where.named.get((it[1], it[2]), it[0]) for it in items}
    if len(countries) != 1:
        return None
    got = next(iter(countries)), f"from the place its own clause says it rules ('{verb.text} {items[0][3]}')"
    return _self_ruled(a, head, got, ctx)


def _self_ruled(a, head, got: tuple, ctx) -> tuple:
    """`got`, with an actor that says it is no state's own made the body of the people whose named bodies the story
    places in that country (module doc): its code becomes the people's (KURGOV) before the country is set."""
    from eventwire.knowledge.actor_bodies import homelands
    from eventwire.knowledge.actor_story import people_homeland
    from eventwire.knowledge.actor_where import word_kinds
    words = word_kinds().get("self-rule", frozenset())
    if not any(c.lower_ in words for c in head.children if c.dep_ in ("amod", "compound", "advmod")):
        return got
    for code, home in sorted(homelands().items()):
        found = people_homeland(code, home, ctx) if got[0] in home else None
        if found is not None and found[0] == got[0]:
            a.code, a.kind = code + (a.sector or ""), "people"
            return got[0], f"{got[1]}; a self-ruling body where the story's named bodies of the people {code} are"
    return got


def appos_country(a, head, sent, ctx) -> Optional[tuple]:
    """(country, why) from the apposition after a bare actor that gives its nationality: "the commander, a Syrian
    general, accused Turkish troops of crossing into Iraq" (SYRMIL), where the sentence names several countries. Only a
    country word that is the appositive's own modifier or "of"/"from" phrase ("a general from Syria"); none where it
    names two, nor a supporter ("a Turkish-backed general")."""
    if head is None:
        return None
    from eventwire.knowledge.actor_where import _phrase_tokens, supporter_at, where_of
    from eventwire.knowledge.actor_country import _relation
    where = where_of(ctx, sent.doc)
    for c in head.children:
        if c.dep_ != "appos" or c.i < head.i or c.pos_ not in ("NOUN",):
            continue                    # (a name in apposition is a person, placed by the person steps)
        toks = _phrase_tokens(c)
        ids = {t.i for t in toks}
        lo, hi = min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
        found = []
        for it in where.in_sentence(sent):
            if not (lo <= it[1] < hi) or (it[1], it[2]) in where.private or supporter_at(where.doc_text, it[2]):
                continue
            span = sent.doc.char_span(it[1], it[2], alignment_mode="expand")
            if span is None or not any(t.i in ids for t in span) or _relation(span.root, c) != "origin":
                continue
            found.append(it)
        countries = {where.named.get((it[1], it[2]), it[0]) for it in found}
        if len(countries) == 1:
            return next(iter(countries)), f"from its apposition '{sent.doc[c.left_edge.i:c.i + 1].text}'"
    return None
