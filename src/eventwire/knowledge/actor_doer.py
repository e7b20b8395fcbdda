"""The doer's own phrase, whose countries are not the country of the one an act of force or aid is done to (issue 14,
item 3; read by knowledge/actor_country.py).

    spans = doer_spans(anchor)   # [(start, end)] character spans of the words naming the act's doer
    skip = doer_words(anchor, items, story, others, home_bodies)   # the country mentions among them to set aside
    spans = object_doer(tok)     # the doer's spans of the verb a noun is the object of ("Turkey armed the rebels")

"Dozens of migrants were picked up by the Greek coastguard": 'Greek' names the rescuer, not the rescued; "the
hospitals bombed by Russian jets", "American drones killed civilians": the jets' and drones' country is not the
victims'. The doer is the trigger's subject or its passive agent ("by ..."), and for a participle that modifies a noun
("hospitals targeted by ...") its own agent; a coded doer with a country is set aside by actor_country already, this
covers the words of a doer the coder kept no actor for (a nationality, a name the lists do not know).
"""
from __future__ import annotations


def doer_words(anchor, items, story, others, home_bodies) -> list:
    """Spans of the sentence's country mentions (`items`: Where.in_sentence rows, (country, start, end, ...)) that
    lie in the doer's own words, except the story's own country and beside a police force or a court, which act at
    home ("Kenyan riot police shot at demonstrators", "Al-Shabaab fighters ambushed Somali soldiers")."""
    if any(o is not None and o.sector in home_bodies for o in others):
        return []
    doer = doer_spans(anchor)
    return [(it[1], it[2]) for it in items if it[0] != story and any(s <= it[1] < e for s, e in doer)] if doer else []


def doer_spans(anchor) -> list:
    """Character spans of the subtrees that name the doer of the verb `anchor` (a spaCy token), or []."""
    if anchor is None:
        return []
    spans = []
    for c in anchor.children:
        if c.dep_ in ("nsubj", "csubj"):
            heads = [c]
        elif c.dep_ == "agent":
            heads = [g for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        for h in heads:
            spans.extend(_phrase(h))
    return spans


def _phrase(head) -> list:
    """Spans of the doer's own phrase: its words and modifiers, without a relative or participle clause or a
    preposition on it ("the clashes that followed Turkey's incursion", "violence in Liberia's capital": Turkey and
    Liberia are no words of the doer's own)."""
    out = [(head.idx, head.idx + len(head.text))]
    for c in head.children:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "prep"):
            continue
        out.extend(_phrase(c))
    return out


_OBJECT_DEPS = ("dobj", "dative", "pobj")
_UP_DEPS = ("xcomp", "advcl", "conj", "acl", "ccomp")


def object_doer(tok) -> list:
    """Character spans of the doer of the verb whose object `tok` is ("Turkey sought to organise the rebels": the
    spans of "Turkey", the subject of the verb above the infinitive), or [] for no object of a verb."""
    if tok is None or tok.dep_ not in _OBJECT_DEPS:
        return []
    verb = tok.head
    if tok.dep_ == "pobj":
        if verb.dep_ not in ("prep", "dative"):
            return []             # (not "by ...": that is the doer itself)
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    for _ in range(4):
        spans = doer_spans(verb)
        if spans or verb.dep_ not in _UP_DEPS or verb.head.i == verb.i:
            return spans
        verb = verb.head          # ("Turkey sought to train the rebels, providing them with arms")
    return []


_OWNER_DEPS = ("poss", "amod", "compound", "nmod")


def force_noun_doers(sent, items, story, named=()) -> list:
    """Spans of the sentence's country items that name the doer of an act of force told by a noun, or the sender of a
    weapon, anywhere in the sentence: its possessor or country modifier ("in Turkey's offensive", "the Turkish
    incursion", "Russian airstrikes"), its "by" agent ("shelling by Syria") and a weapon's "from" ("a missile from
    Syria struck the town"). Not the story's own country, a backer ("Iranian-backed shelling"), nor a place named as a
    noun modifier ("the Aleppo offensive": `named`, the places that are also actor mentions, and plain places)."""
    from eventwire.coding.lexicon import default_lexicon
    from eventwire.coding.context import agent_codes
    from eventwire.knowledge.actor_where import supporter_at, word_kinds
    lex, weapons = default_lexicon(), agent_codes()
    spans, own = [], []
    for t in sent:
        if t.pos_ != "NOUN":
            continue
        lemma = t.lemma_.lower()
        weapon = lemma in weapons
        if not weapon and not any(e.cameo[:2] in ("18", "19", "20") for e in lex.match_noun(lemma)) \
                or lemma in word_kinds().get("conflict", frozenset()):
            continue        # (a country's own conflict names where it is, no doer: "the Bosnian conflict")
        for c in t.children:
            if c.dep_ in _OWNER_DEPS and c.i < t.i:
                if supporter_at(c.doc[c.i:c.i + 6].text, len(c.text)):
                    continue                  # ("Iranian-backed shelling": a backer, not the doer)
                span = (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                (spans if c.dep_ in ("poss", "amod") else own).append(span)   # ("Turkey's offensive")
                if c.dep_ == "poss":    # ("from their airstrikes, as well as the regime's and Russia's")
                    spans.extend(_elided_owners(t))
            elif c.dep_ in ("prep", "agent") and (c.lower_ == "by" or weapon and c.lower_ == "from"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        spans.append((g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)))
    out = []
    for it in items:
        if it[0] == story:
            continue
        if any(s <= it[1] < e for s, e in spans) or any(s <= it[1] < e for s, e in own) \
                and it[4] == "mention" and (it[1], it[2]) not in named:
            out.append((it[1], it[2]))
    return out


def _elided_owners(noun) -> list:
    """Spans of the possessives after an act noun with a possessor whose own noun is left out, coordinated with the
    act ("their airstrikes, as well as the regime's and Russia's": the regime's and Russia's airstrikes): a word with
    "'s" that possesses nothing, joined as a conjunct or apposition, in the same sentence."""
    out = []
    for u in noun.sent:
        if u.i <= noun.i or u.dep_ not in ("conj", "appos") or u.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ == "case" and c.lower_ in ("'s", "\u2019s", "'", "\u2019") for c in u.children):
            out.append((u.left_edge.idx if u.left_edge.i > noun.i else u.idx, u.idx + len(u.text)))
    return out


def harm_doers(sent, items, story, named=()) -> list:
    """For the one an act of aid or rescue is done to: the doers of the harm the sentence tells by a noun ("rescued
    civilians from Russian airstrikes", "food for villagers fleeing Iran's offensive"; force_noun_doers), which are no
    country of its. None where the sentence names the story's own country: the story's country, named beside the
    other actors, then places the one aided (actor_country._where_it_happened `story_among_actors`)."""
    if story is not None and any(it[0] == story for it in items):
        return []
    return force_noun_doers(sent, items, story, named)
