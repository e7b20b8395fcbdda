"""The party a statement is about: the target of a statement told through what it says (issue 14 item 4, no target).

    found = said_about(coder, cl, code, sources, ctx, sent)    # a late fallback of coding/target_chain.py

A statement (010), a pessimistic or optimistic comment (012, 013) whose own words name no party is aimed at the party
its content is about, when that is one named party of another side than the speaker's:

- the content: the "that" clause of the statement noun ("an announcement by Amman that ties with Damascus ..."), or
  what the verb of saying says that the statement noun is the setting or the subject of ("in a statement, X said
  Y ...", "Y ..., X said at a press conference", "a statement from X said: ...", "told reporters at a briefing that
  ..."), or that the document a participle event issued says ("the assessment issued by X stressed ...", "images
  released by X showed ..."), or the statement verb's own complement ("acknowledged that ..."); where the verb of
  saying says nothing in its sentence and only its speaker comes before it ('"... I ask the US: ..." Erdogan said in
  a speech in Ankara.'), the sentences of the quotation just before it, all about one side;
- its party: the subject of the content clause (a passive's "by" agent; an act or thing noun's possessor, "the
  regime's use of ..."; the party of a relation noun's "with"/"against" phrase, "ties with Damascus"; none for a
  scene noun, "the Syrian conflict would go on"); where that subject is the speaker's own side or a first-person
  pronoun ("we are disappointed that the court in X has rejected ...", "his government had proof that the regime
  was responsible"), the subject of the clause it holds, up to NESTED clauses down, or the object of the speaker's
  own first-person clause ("I ask the US").

Never the speaker's own side (the same code, entity or country: coding/answered.same_side; but a state's government
or forces and its opposition or rebels are two sides, said_about.tsv `state-sector`, `rival-sector`), a party of no
named side (a bare sector whose country only the story or the sentence gives, "a dead terrorist"; one placed by its
own phrase, "the criminal court in Turkey", stays), a country coreference guessed for a description ("the president
of the republic" in a statement: often the speaker's own; a person it links by name stays), a clause of a condition
or a question ("if", "whether", "what"), an infinitive, nor a subject naming parties of two sides; a denial (016), an
admission (015), a decline to comment (011), a policy weighed (014), a symbolic act (017) or a sympathy or apology
(018, 019) is not read here (their target is the one accused, or none). The actors are looked up without being
noted as the sentence's mentions (``Coref.unnoted``). The rule and the actor's `why` say which clause gave the party.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.accused import bare_that
from eventwire.coding.answered import is_named, same_side
from eventwire.coding.same_party import is_source
from eventwire.coding.tables import word_kind_sets
from eventwire.doc_index import to_infinitive

NESTED = 2
ABOUT = "what the statement is about: "          # (the start of the `why` of a target taken here)
NO_OWN_COUNTRY = "no country in the phrase"     # (resolve.py's why of a sector term another step placed)


def _words() -> dict:
    return word_kind_sets("said_about.tsv")


def _statement_code(code: str) -> bool:
    return code[:3] in _words().get("code", frozenset())


def _saying(v) -> bool:
    """Whether `v` is a verb of saying (data/lexicon/reporting_verbs.tsv, and said_about.tsv `saying`)."""
    from eventwire.coding.lexicon import default_lexicon
    if v.pos_ not in ("VERB", "AUX"):
        return False
    lemma = v.lemma_.lower()
    return lemma in default_lexicon().reporting_verbs or lemma in _words().get("saying", frozenset())


def _content_clause(c, before_ok: bool = False) -> bool:
    """Whether `c` is a clause that tells what is said: a "that" clause or a tensed one with its own subject, not a
    condition, a question or an infinitive."""
    if c.dep_ not in ("ccomp", "acl") or (c.i < c.head.i and not before_ok):
        return False
    if any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children) \
            or any(m.tag_ in ("WRB", "WP", "WDT") and m.i < c.i and m.lower_ != "that" for m in c.children) \
            or to_infinitive(c):
        return False
    if c.dep_ == "acl":
        return any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or bare_that(c)
    return True


def _said_by(v) -> list:
    """The clauses a verb of saying says: its complement (before it too: '"...," X said'), or, where it is itself
    inserted after what it reports ("Y was at risk, X said"), the clause it hangs on."""
    got = [c for c in v.children if _content_clause(c, before_ok=True)]
    if not got and v.dep_ in ("ccomp", "parataxis") and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX"):
        got = [v.head]
    return got


def contents(cl) -> list:
    """(clause head, how) for what a statement event's clause says (module doc), nearest first."""
    t = cl.pred
    out = [(c, f"the '{c.text}' clause of '{t.text}'") for c in t.children if _content_clause(c)]
    if cl.kind != "noun":
        if t.dep_ == "acl" and t.head.dep_ in ("nsubj", "nsubjpass") and _saying(t.head.head):
            # "the assessment issued by US agencies stressed (that) X ...": what the document it issued says
            out += [(c, f"what the {t.head.text} '{t.head.head.text}'") for c in _said_by(t.head.head)]
        return out
    vehicles = _words().get("setting-prep", frozenset())
    v = None
    if t.dep_ == "pobj" and t.head.lower_ in vehicles and _saying(t.head.head):
        v = t.head.head                  # "in a statement, X said", "X said at a press conference"
    elif t.dep_ == "pobj" and t.head.lower_ in vehicles and t.head.head.dep_ == "nsubj" and _saying(t.head.head.head):
        v = t.head.head.head             # "X, in a speech on Monday, said"
    elif t.dep_ in ("nsubj", "nsubjpass") and _saying(t.head):
        v = t.head                       # "a statement from X said", "X's statement said"
    if v is None:
        # "issued a statement saying ...", "a statement saying ..."
        host = t.head if t.dep_ == "dobj" else t
        v = next((c for c in list(t.children) + list(host.children)
                  if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and _saying(c)), None)
    if v is not None:
        out += [(c, f"what '{v.text}' says, told in the {t.text}") for c in _said_by(v)]
    return out


def quoted_before(cl, ctx) -> list:
    """The roots of the sentences of the quotation that the sentence of a statement noun's verb of saying follows
    with nothing but its speaker before it ('"... I ask the US: ... ?" Erdogan said in a speech in Ankara.'), and
    their clauses of a first-person subject, or []."""
    t = cl.pred
    if cl.kind != "noun" or t.dep_ != "pobj" or t.head.lower_ not in _words().get("setting-prep", frozenset()):
        return []
    v = t.head.head
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    sent = v.sent
    if not _saying(v) or subj is None or _said_by(v) or sent.start == 0 \
            or any(x.i < v.i and not subj.left_edge.i <= x.i <= subj.right_edge.i for x in sent):
        return []
    coref = getattr(ctx, "coref", None)
    doc = v.doc
    prev = doc[sent.start - 1].sent
    last = next((x for x in reversed(prev) if not x.is_space), None)
    if coref is None or last is None or last.text not in ("\u201d", '"'):
        return []
    q = coref.quote_at(last.idx)
    if q < 0:
        return []
    lo, hi = coref.quotes[q]
    out, k = [], prev.start
    while k > 0 and doc[k].sent.start_char >= lo - 1:
        s = doc[k].sent
        if s.end_char > hi + 1:
            break
        own = _words().get("own-pronoun", frozenset())
        out += [s.root] + [x.head for x in s if x.dep_ == "nsubj" and x.lower_ in own and x.head is not s.root]
        k = s.start - 1
    return out if out and doc[k + 1].sent.start_char >= lo - 1 else []


def _subject(coder, c):
    """The party-naming subject of clause `c`: its passive "by" agent, else its subject; an act or thing noun's
    possessor ("the regime's use of ...", "Moscow's shelling of X"), or a relation noun's "with"/"against" party
    ("ties with X")."""
    from eventwire.coding.that_clause_target import _agent
    subj = _agent(c) or next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return subj
    poss = next((x for x in subj.children if x.dep_ == "poss" and x.pos_ in ("PROPN", "NOUN")), None)
    words = {subj.lemma_.lower(), subj.lower_}
    if poss is not None and (words & _words().get("owned-noun", frozenset()) or coder._is_event_noun(subj)):
        return poss
    if words & _words().get("relation-noun", frozenset()):
        return next((g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("with", "against", "towards")
                     for g in p.children if g.dep_ == "pobj"), None)
    if words & _words().get("scene-noun", frozenset()):
        return None         # "the Syrian conflict would continue": where, no party
    return subj


def _inner(c) -> list:
    """The clauses clause `c` holds as what is said, felt or found ("we are disappointed that ...", "had proof that
    ...")."""
    out = []
    for x in c.children:
        if _content_clause(x):
            out.append(x)
        elif x.dep_ in ("acomp", "dobj", "attr"):
            out += [y for y in x.children if _content_clause(y)]
    return out


def _one_side(a, s) -> bool:
    """Whether two actors are one side (answered.same_side), but for a state's government or forces and its armed or
    political opposition (said_about.tsv `state-sector`, `rival-sector`): "a statement from the Syrian opposition
    said the regime's use of ..." is about the regime."""
    if not same_side(a, s) or a.code == s.code:
        return same_side(a, s)
    w = _words()
    state, rival = w.get("state-sector", frozenset()), w.get("rival-sector", frozenset())
    sectors = {(a.sector or "").lower(), (s.sector or "").lower()}
    return not (sectors & state and sectors & rival and a.country == s.country)


def _quietly(coder, tok, ctx, sent) -> list:
    """The actors of `tok`, not noted as the sentence's mentions (a look the coder may not keep: ``Coref.unnoted``)."""
    if getattr(ctx, "coref", None) is None:
        return coder.actors_for(tok, ctx, sent, role="target")
    with ctx.coref.unnoted():
        return coder.actors_for(tok, ctx, sent, role="target")


def _family(a) -> str:
    """"state" for a government or forces, "rival" for an armed or political opposition, "" for any other sector."""
    w, sector = _words(), (a.sector or "").lower()
    return "state" if sector in w.get("state-sector", ()) else "rival" if sector in w.get("rival-sector", ()) else ""


def _placed(a, subj, sources, sent, ctx):
    """A sector-only actor (its country not filled yet: knowledge/actor_country.py) placed by a place its own phrase
    names ("the criminal court in Turkey"), or, for a government or forces told by an opposition or the reverse ("a
    statement from the Syrian opposition said the regime ..."), where the article places it; the actor as it is
    otherwise (bare people, "civilians", "soldiers": whose, the story may not say; "the prime minister" in a
    government's statement: its own)."""
    if "(coreference)" in (a.why or "") and not a.entity:
        # ("the president of the republic" in a statement: coreference's guess of a country, often the speaker's; a
        # person it links by name stays: "the regime" -> Assad)
        return None
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    own = {p.country for p in ctx.places_in(lo, hi) if getattr(p, "country", None)}
    rivals = {_family(a), *(_family(s) for s in sources)} == {"state", "rival"}
    if is_named(a) and (a.name or a.entity or NO_OWN_COUNTRY not in (a.why or "") or a.country in own):
        return a
    if not own and not rivals:
        return None         # (a sector term placed by the story or the sentence: "a dead terrorist", "soldiers")
    from eventwire.knowledge.actor_country import place_actor
    b = replace(a, code=a.sector or a.code, country=None) if is_named(a) else replace(a)
    place_actor(b, sources, subj, sent, ctx, source_side=False)
    if b.country in own or (rivals and not own and b.country and all(b.country == s.country for s in sources)):
        return b
    return None


def _about(coder, c, sources, ctx, sent, depth: int = 0):
    """(actors, subject token) of the one named party of another side clause `c` is about, or None."""
    subj = _subject(coder, c)
    own = subj is None or subj.lower_ in _words().get("own-pronoun", frozenset())
    if subj is not None and not own:
        if subj.pos_ == "PRON" and subj.lower_ in _words().get("no-party", frozenset()):
            return None
        found = [a for a in _quietly(coder, subj, ctx, sent) if a is not None and a.code]
        got = [_placed(a, subj, sources, sent, ctx) for a in found]
        if any(a is None for a in got):
            return None
        if got and any(is_source(a, sources) or any(_one_side(a, s) for s in sources) for a in got):
            own = True          # the speaker's own side: what it says of others is in the clause it holds
        elif got:
            if not all(is_named(a) for a in got) or len({a.country or a.code for a in got}) != 1:
                return None
            return got, subj
    if own and depth < NESTED:
        for x in _inner(c):
            found = _about(coder, x, sources, ctx, sent, depth + 1)
            if found is not None:
                return found
        obj = next((x for x in c.children if x.dep_ == "dobj" and x.pos_ in ("PROPN", "NOUN")), None)
        if subj is not None and subj.lower_ in _words().get("own-pronoun", frozenset()) and obj is not None:
            # "I ask the US: ...", "we will not leave Afrin to the YPG": the party the speaker's own clause acts on
            got = [_placed(a, obj, sources, sent, ctx) for a in _quietly(coder, obj, ctx, sent) if a and a.code]
            if got and None not in got and all(is_named(a) for a in got) \
                    and len({a.country or a.code for a in got}) == 1 \
                    and not any(is_source(a, sources) or any(_one_side(a, s) for s in sources) for a in got):
                return got, obj
    return None


def said_about(coder, cl, code: str, sources: list, ctx, sent):
    """([actors], how) for the party a statement's content is about (module doc), or None."""
    if not _statement_code(code) or not sources or not all(is_named(s) for s in sources):
        return None
    for c, how in contents(cl):
        found = _about(coder, c, sources, ctx, sent)
        if found is None:
            continue
        actors, subj = found
        said = f"'{subj.text}', the party {how} is about"
        return _why(actors, said), said
    # the quotation just before "X said in a speech": the one party of another side its sentences are about
    found = [f for r in quoted_before(cl, ctx) if (f := _about(coder, r, sources, ctx, r.sent)) is not None]
    if found and len({a.country or a.code for f in found for a in f[0]}) == 1:
        actors, subj = found[-1]
        said = f"'{subj.text}', the party the quotation the {cl.pred.text} gave is about"
        return _why(actors, said), said
    return None


def _why(actors: list, said: str) -> list:
    return [replace(a, why=f"{ABOUT}{said}; {a.why or ''}".rstrip("; ")) for a in actors]


def is_about(a) -> bool:
    """Whether an event's target is what its statement is about (this module), no addressee: a statement so aimed
    still only carries the act in words it is the vehicle of (coding/speech_vehicle.py)."""
    return a is not None and (a.why or "").startswith(ABOUT)
