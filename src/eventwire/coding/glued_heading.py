"""A section heading or photo caption's label glued to the caption that follows it (issue 14, not an event):
"Fighting nearby Syrian Democratic Forces fighters help a shellshocked comrade to his feet." A web page's heading
("Fighting nearby", "Burning oil") loses its line break in the text, and the parser hangs its participle on the
caption's verb. A participle that opens the sentence with no argument of its own and no comma after it, before a
caption told in the present tense (its own subject, "fighters help"), is that label: no act of its own.
Called from coding/described.py `unasserted`."""
from __future__ import annotations

from typing import Optional

# the edges a fronted participle takes to the caption's verb (not a subject: "Fighting broke out")
_LABEL_DEPS = frozenset({"advcl", "amod", "npadvmod", "compound", "nmod", "dep"})
_CAPTION_TAGS = frozenset({"VBP", "VBZ"})


def glued_label(verb) -> Optional[str]:
    """A reason when `verb` is a heading's participle glued to the caption after it, else None."""
    if verb.tag_ != "VBG" or not verb.text[:1].isupper() or verb.dep_ not in _LABEL_DEPS:
        return None
    sent = verb.sent
    if verb.i != sent.start:
        return None
    kids = list(verb.children)
    if any(c.dep_ != "advmod" or any(True for _ in c.children) for c in kids):
        return None                     # "Returning from the front, he ...": a participle with arguments
    end = max([verb.i] + [c.i for c in kids])
    doc = verb.doc
    if end + 1 >= sent.end or doc[end + 1].is_punct:
        return None                     # "Fighting, they ...": a participle set off by a comma is the sentence's own
    root = sent.root
    if root.i == verb.i or root.tag_ not in _CAPTION_TAGS or not any(c.dep_ == "nsubj" for c in root.children):
        return None
    return f"'{verb.text}' opens the sentence bare, glued to a caption in the present ('{root.text}'): a heading"
