"""The bloc of states an act noun's adjective names, as the author a response answers (issue 14, no target).

"Cairo denounced Western threats to cut aid", "Caracas rejected European pressure over the vote": a response (a
denial, criticism, rejection, demand or cooperation: CAMEO 016 and roots 05, 10, 11, 12) whose object is an act noun
with no doer of its own but an adjective that names a bloc of states (data/coding/roles.tsv `bloc-adjective`:
"Western", "European", "Arab", "Gulf") answers those states taken together: the actor list's "<adjective> states"
(IGOWST, IGOEUR, IGOARB, IGOPGS in data/actors/igos.tsv), spanning the adjective. Never the responder's own bloc
(a European state rejecting "European proposals" is no act on itself: the code is left out), and not where the
noun names a doer besides ("Western threats by Washington" is Washington's, read before).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.clause_record import role_words
from eventwire.coding.context import RESPONSE_ROOTS, WRAPPER_NOUNS
from eventwire.coding.noun_args import noun_agent
from eventwire.knowledge.western_acts import bloc_states


def _bloc_word(noun):
    """The bloc adjective right on the act noun ("Western threats", "European pressure"), or None."""
    blocs = role_words().get("bloc-adjective", frozenset())
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                 and c.lower_ in blocs), None)


def bloc_author(coder, cl, code: str, sources: list, ctx, sent) -> Optional[tuple]:
    """([bloc actor], how) for a response to an act noun a bloc adjective names the author of (module doc), or
    None."""
    if not sources or not (code[:3] == "016" or code[:2] in RESPONSE_ROOTS):
        return None
    for noun in (cl.obj, cl.preps.get("to"), cl.preps.get("against")):
        if noun is None or noun.pos_ != "NOUN" or not (coder._is_event_noun(noun)
                                                       or noun.lemma_.lower() in WRAPPER_NOUNS):
            continue
        word = _bloc_word(noun)
        agent = noun_agent(noun)
        if word is None or (agent is not None and agent.i != word.i):
            continue
        bloc = bloc_states(coder.kb, word, ctx)
        if bloc is None or any(s.code == bloc.code for s in sources):
            return None
        a = replace(bloc, text=word.text, start=word.idx, end=word.idx + len(word.text),
                    why=f"'{word.text} {noun.text}': the '{noun.lemma_.lower()}' of the {word.lower_} states taken "
                        f"together ({bloc.code}), the author the response answers")
        return [a], f"author of '{noun.lemma_.lower()}', the {word.lower_} states its adjective names"
    return None
