"""Talk to the press told with a consultation verb (issue 14, wrong root): no consultation (040).

* "One of the officials discussing the troop numbers said ...": a participle of a partnerless consultation row
  (040 with no target: "discuss" with a topic as its object) on the subject of a reporting verb describes the speaker
  at the moment of speaking, talking about the topic to the press;
* "spoke anonymously to discuss the talks with Tehran": a consultation verb as the purpose of speaking
  or saying is what the speaker talked about to the press.
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words
from eventwire.doc_index import to_infinitive


def _speaking() -> frozenset:
    """The verbs of speaking besides the reporting verbs (data/lexicon/reporting_verbs.tsv): roles.tsv
    `press-speaking`."""
    return role_words().get("press-speaking", frozenset())


def press_talk(coder, verb, entry) -> bool:
    """Whether a consultation verb only tells what a speaker talked to the press about."""
    if not entry.cameo.startswith("04"):
        return False
    speaking = coder.reporting | _speaking()
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and entry.target == "none" and entry.cameo == "040" \
            and any(c.dep_ == "dobj" for c in verb.children) and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.head.dep_ == "nsubj" and head.head.head.head.lemma_.lower() in speaking:
        return True       # "one of the officials discussing X said"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and entry.target == "none" and entry.cameo == "040" \
            and any(c.dep_ == "dobj" for c in verb.children) and head.dep_ == "nsubj" \
            and head.head.lemma_.lower() in speaking:
        return True       # "officials discussing X said"
    if to_infinitive(verb) \
            and not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) \
            and ((verb.dep_ == "advcl" and head.lemma_.lower() in speaking)
                 or (verb.dep_ == "xcomp" and head.lemma_.lower() in _speaking())):
        return True       # "spoke anonymously to discuss X" (not "are said to have met": a report)
    return False
