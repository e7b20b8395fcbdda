"""A state's officials in what that state says (issue 14, bare sectors: the actor's own frame, before the places of
its clause and sentence; asked by knowledge/actor_country.place_actor).

    speaker_country(a, head, sent, ctx)  ->  (country, why) or None

"The Foreign Office said senior ministers had condemned the Syrian government over the attack": the ministers are
the speaker's, Britain's, not Syria's, although Syria is the other country the sentence names. A bare state sector
(actor_country.tsv `speaker-side`: officials, ministers, officers) that is the subject of the clause a reporting verb
(data/lexicon/reporting_verbs.tsv) takes as its complement, with no possessor and no country in its own phrase, is
of the speaker's state when the speaker is that state's body or office-holder ("the Pentagon", "the foreign
minister, Ali Reza") or the state's or its capital's own name ("Moscow said officers had found"), also as the
issuer of a statement that says it ("a Pentagon release reported two marines hurt outside Erbil": US marines,
not Iraq's, though Erbil is where they were; actor_country.tsv `statement-noun`), and a state's own outlet ("Syrian state
media said air defences had downed two missiles"; `state-outlet`) speaks for that state. Not a speaker of no state (a monitor, an outlet, a private person, a rebel group): what they say of officials tells whose nothing."""
from __future__ import annotations

from typing import Optional

from eventwire.knowledge.writer_country import writer_owned

_SUBJECTS = {"nsubj", "nsubjpass"}


def _speaker(verb):
    """The subject of the reporting verb that takes `verb`'s clause as its complement, or None."""
    from eventwire.coding.lexicon import default_lexicon
    t = verb
    for _ in range(3):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head                      # ("said officials had met and agreed")
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in default_lexicon().reporting_verbs:
        return None
    return next((c for c in t.head.children if c.dep_ in _SUBJECTS), None)


def _state_speaker(spk, ctx, sectors) -> Optional[tuple]:
    """(country, mention) when the token `spk` names one state's body or office-holder, or the state's own name."""
    ms = [m for m in ctx.mentions_at(spk.idx) if m.country]
    if len({m.country for m in ms}) != 1:
        return None
    m = ms[0]
    own_name = m.kind == "capital" or m.kind == "country" and m.code == m.country
    if not (own_name or m.sector in sectors and m.code and m.code.startswith(m.country)):
        return None
    return m.country, m


def addressed_country(a, head, ctx) -> Optional[tuple]:
    """(country, why) for a bare legislature addressed by a state's own speaker: "Erdogan, in a speech to parliament,
    said ...", "the prime minister's address to parliament" (actor_country.tsv `addressed`: the sector; `address-noun`:
    the speech). A leader speaks to his own legislature; one with a country of its own ("a speech to the US Congress")
    is placed by its own modifier before this."""
    from eventwire.knowledge.actor_where import word_kinds
    kinds = word_kinds()
    if head is None or a.sector not in kinds.get("addressed", frozenset()) or head.dep_ != "pobj" \
            or head.head.lower_ != "to" or any(c.dep_ in ("poss", "amod", "compound") for c in head.children):
        return None
    noun = head.head.head
    if noun.lemma_.lower() not in kinds.get("address-noun", frozenset()):
        return None
    spk = next((c for c in noun.children if c.dep_ == "poss"), None)
    if spk is None and noun.dep_ in ("pobj", "dobj"):
        # ("X, in a speech to parliament, said"; "X gave a speech to parliament"): the subject of the verb it hangs on,
        # or the name it hangs on itself ("X, in a speech to parliament delivered on Monday, said")
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ in ("VERB", "AUX"):
            spk = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        elif noun.dep_ == "pobj" and verb.pos_ == "PROPN" and noun.head.lower_ == "in":
            spk = verb
    got = _state_speaker(spk, ctx, kinds.get("speaker-side", frozenset())) if spk is not None else None
    if got is None:
        return None
    return got[0], f"from the state's speaker who addresses it ('{got[1].text}', in a {noun.text} to it)"


def speaker_country(a, head, sent, ctx) -> Optional[tuple]:
    from eventwire.knowledge.actor_where import word_kinds
    sectors = word_kinds().get("speaker-side", frozenset())
    if (got := writer_owned(a, head, sent, ctx)) is not None:
        return got                      # ("our government" in a letter: the writer's own country's)
    if head is not None and a.sector not in sectors:
        return addressed_country(a, head, ctx)      # ("in a speech to parliament": the speaker's own legislature)
    if head is None or a.sector not in sectors or head.dep_ not in _SUBJECTS:
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None                     # ("his officers": the possessor's, knowledge/actor_story.py)
    spk = _speaker(head.head)
    if spk is not None and spk.lemma_.lower() in word_kinds().get("statement-noun", frozenset()):
        # ("a Pentagon statement said soldiers were wounded", "the ministry's statement said"): who issued it
        spk = next((c for c in spk.children if c.dep_ in ("compound", "poss")), None)
    if spk is not None and (owner := _state_outlet_owner(spk)) is not None:
        spk = owner                     # ("Syrian state media said air defences had downed ...": Syria says it)
    got = _state_speaker(spk, ctx, sectors) if spk is not None else None
    if got is None:
        return None
    return got[0], f"from the state that says it: '{got[1].text}'"


def _state_outlet_owner(spk):
    """The country's name or nationality before a state outlet ("Syria state media", "Iran's state television"), the
    state whose voice it is (actor_country.tsv `state-outlet`), else None."""
    from eventwire.knowledge.actor_where import word_kinds
    outlets = word_kinds().get("state-outlet", frozenset())
    if spk.lemma_.lower() not in outlets and spk.lower_ not in outlets:     # ("media": lemma "medium")
        return None
    mods = [c for c in spk.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < spk.i]
    inner = [c for m in mods for c in m.children if c.dep_ in ("compound", "amod") and c.i < m.i]
    if not any(m.lower_ == "state" for m in mods + inner):
        return None
    owners = [m for m in mods + inner if m.lower_ != "state" and m.lower_ != "news"
              and (m.ent_type_ in ("GPE", "NORP") or m.pos_ == "PROPN" or m.text[:1].isupper())]
    return owners[0] if len(owners) == 1 else None
