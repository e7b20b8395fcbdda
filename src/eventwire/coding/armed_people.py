"""Who the story tells bears arms with an armed body, though no event of theirs is a fight (issue 14, "wrong target":
a foreign volunteer who fought with a militia coded as a civilian).

    armed_mention(tok, ctx)              # why the people `tok` names fight, or None
    armed_people(sdoc, events, ctx)      # {person key (person_key): why} of the people the story tells fight

coding/combatants.py makes the private doer of a verb of armed fighting an irregular fighter (UAF). The story often
tells it elsewhere than in that doer's own event:
  - in the clause the people are named in: "jets killed a Danish nurse fighting with the militia", "Dutch
    volunteers who fought beside the rebels", "a Swede shot dead while battling Isis", "he died while volunteering
    with the Peshmerga" (a participle or clause with no subject of its own on the verb they are the subject of);
  - in what the story says they are: "Farley was among the first foreign volunteers with the YPJ", "Dan Hart,
    a fighter with the SDF,", "he was the third Dane shot dead while battling beside the YPJ" (a noun of
    roles.tsv `armed-role` with a "with"/"alongside" phrase naming an armed body, or a participle that fights on
    the noun);
  - by a verb of service (roles.tsv `service-verb`: "volunteered with the YPG", "serving with the YPJ") whose
    "with"/"alongside" phrase names an armed body.
An armed body is a listed group or people's body of an armed sector (roles.tsv `armed-sector`) or a noun of
roles.tsv `armed-body` ("Kurdish forces", "the militia"); "volunteered for", "joined" say too little (a medic, a
wife). A person the story names so is armed in all the story's events (the name, its surname, a pronoun coreference
gave it). Negated clauses tell nothing.
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words
from eventwire.doc_index import lemma_lowers

_SUBJECTS = ("nsubj", "nsubjpass")
_NO_OWN_SUBJECT = ("nsubj", "nsubjpass", "csubj", "expl")


def _words(cls: str) -> frozenset:
    return role_words().get(cls, frozenset())


def _negated(v) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def _armed_body(p, ctx) -> bool:
    """Whether the object of a "with"/"alongside" phrase names an armed body (module doc)."""
    if p.lemma_.lower() in _words("armed-body") or p.lower_ in _words("armed-body"):
        return True
    sectors = _words("armed-sector")
    lo, hi = p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)
    ms = ctx.mentions_from(lo, hi) if hasattr(ctx, "mentions_from") else []
    return any(m.start is not None and m.start < hi and (m.sector or "").lower() in sectors
               and (m.kind in ("group", "people", "party") or m.entity) for m in ms)


def _with_body(n, ctx) -> bool:
    """A "with"/"alongside" phrase on `n` naming an armed body ("volunteers with the YPG", "fighting alongside
    Kurdish forces")."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in _words("armed-with"):
            if any(o.dep_ == "pobj" and _armed_body(o, ctx) for o in c.children):
                return True
    return False


def _armed_clause(v, ctx, depth: int = 0) -> bool:
    """Whether the verb `v` (its subject the people asked about) tells they fight: a verb of armed fighting, a verb of
    service with an armed body, or such a participle or clause with no subject of its own on it ("killed fighting
    Isis", "died while volunteering with the YPG")."""
    if v.pos_ not in ("VERB", "AUX") or _negated(v):
        return False
    lemma = v.lemma_.lower()
    if lemma in _words("combat-verb"):
        return True
    if lemma in _words("service-verb") and _with_body(v, ctx):
        return True
    if depth >= 2:
        return False
    return any(c.dep_ in ("advcl", "xcomp") and not any(g.dep_ in _NO_OWN_SUBJECT for g in c.children)
               and _armed_clause(c, ctx, depth + 1) for c in v.children)


def _armed_noun(n, ctx) -> bool:
    """Whether a noun says its people fight: an `armed-role` noun with an armed body ("volunteers with the YPG"), "one
    of" such, or a participle or relative clause on it that fights ("Britons killed fighting alongside the YPG",
    "a nurse battling beside the militia", "volunteers who fought")."""
    if n.lemma_.lower() == "one":
        n = next((o for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"), n)
    if n.pos_ not in ("NOUN", "PROPN"):
        return False
    if n.lemma_.lower() in _words("armed-role") and _with_body(n, ctx):
        return True
    for c in n.children:
        if c.dep_ == "acl" and _armed_clause(c, ctx):
            return True
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.tag_ in ("WP", "WDT") for g in c.children) \
                and _armed_clause(c, ctx):
            return True
    return False


def armed_mention(tok, ctx):
    """Why the people `tok` (a name, a pronoun, a noun, or a word of its phrase) names fight, or None (module doc)."""
    n = tok
    for _ in range(3):
        if n.dep_ in ("compound", "amod", "nmod", "nummod") and n.head.i != n.i:
            n = n.head
    if _armed_noun(n, ctx):
        return f"'{n.text}' fights with an armed body (told on the noun)"
    for c in n.children:
        if c.dep_ == "appos" and _armed_noun(c, ctx):
            return f"'{n.text}' is '{c.text}' of an armed body"
    if n.dep_ == "appos" and _armed_noun(n.head, ctx):
        return f"'{n.text}' is '{n.head.text}' of an armed body"
    if n.dep_ in _SUBJECTS:
        v = n.head
        if v.lemma_.lower() == "be" and not _negated(v):
            attr = next((c for c in v.children if c.dep_ in ("attr", "acomp")), None)
            if attr is not None and _armed_noun(attr, ctx):
                return f"'{n.text}' is '{attr.text}' with an armed body"
        elif _armed_clause(v, ctx):
            return f"'{n.text}' fights ('{v.text}')"
    return None


def name_key(name: str) -> str:
    """The key of a person with no entity: the last word of the name ("Tom Farley", "Farley": "name:farley")."""
    return "name:" + (name or "").split()[-1].lower() if (name or "").split() else ""


def person_key(a):
    """The key a person actor is armed by: its entity, else its name's last word (a name the lists do not know)."""
    if a.kind != "person":
        return None             # (a nationality's people, "British", "Britons", are no one person)
    if a.entity:
        return a.entity
    last = (a.name or "").split()[-1:] if a.name and a.name[:1].isupper() else []
    # (only a name its mention quotes: a nationality's people, "a British man", carry the country's name)
    return name_key(a.name) if last and last[0].lower() in (a.text or "").lower().split() else None


def _entity_at(tok, ctx, events) -> str | None:
    """The person entity a token names: a person mention over it, else an event's actor quoted from it (a pronoun
    coreference resolved)."""
    for m in ctx.mentions_at(tok.idx) if hasattr(ctx, "mentions_at") else []:
        if m.kind == "person" and m.entity:
            return m.entity
    for e in events:
        for a in (e.source, e.target):
            if a is not None and a.start == tok.idx and a.kind == "person" and a.entity:
                return a.entity
    return None


def armed_people(sdoc, events, ctx) -> dict:
    """{person key: why} of the people named in the story whom it tells fight with an armed body (module doc)."""
    out: dict = {}
    if sdoc is None or ctx is None:
        return out
    heads = set(_words("armed-role")) | set(_words("combat-verb")) | set(_words("service-verb"))
    lemmas = lemma_lowers(sdoc)
    for sent in sdoc.sents:
        if not any(lemmas[i] in heads for i in range(sent.start, sent.end)):
            continue
        for t in sent:
            if t.pos_ not in ("PROPN", "PRON") or t.dep_ not in _SUBJECTS + ("appos", "ROOT") and t.dep_ != "compound":
                continue
            ent = _entity_at(t, ctx, events)
            if ent is None and t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
                ent = name_key(t.text)      # (a name the lists and the story's roles leave uncoded: "Farley")
            if ent is None or ent in out:
                continue
            why = armed_mention(t, ctx)
            if why is not None:
                out[ent] = why
    return out
