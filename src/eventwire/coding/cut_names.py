"""An organisation's name the parser cut in two (issue 14 item 4, no target): "met members of the Popular Front for the
Liberation of Palestine, in neighbouring Lebanon", where the parser hangs "for the Liberation of Palestine" on the
verb, leaves "the Popular Front" in the object's phrase, which no list knows. The entity recogniser read the whole
name as one organisation (ORG); a role phrase (coding/resolve.py `_phrase`) that ends inside such a name runs on to
its end, in the same sentence.

    end = cut_name_end(last)    # the index of the phrase's last token, past the rest of a cut name
"""
from __future__ import annotations

NAME_TYPES = frozenset({"ORG"})


def cut_name_end(last) -> int:
    """The index of a phrase's last token `last`, or, where `last` lies inside an organisation's name that goes on
    after it in its sentence, that name's last token."""
    if last.ent_type_ not in NAME_TYPES:
        return last.i
    doc = last.doc
    end = last.i
    sent_end = last.sent.end
    while end + 1 < sent_end and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == last.ent_type_:
        end += 1
    if any(t.pos_ in ("CCONJ", "PUNCT") for t in doc[last.i + 1: end + 1]):
        return last.i          # ("Hezbollah and Hamas" read as one name: two, which the phrase keeps apart)
    return end
