"""Per-document indexes, built once and kept on the Doc (user hooks and Doc.user_data): spaCy builds spans, joins
text or walks subtrees at each call of ``Token.sent``, ``Token.conjuncts``, ``Doc.text`` and ``Doc.ents``, which the
coder asks many times a document. Re-exported by ``eventwire.nlp``."""
from __future__ import annotations

import functools


def index_sentences(doc) -> None:
    """Token.sent, Span.sent and Doc.sents read from the document's sentences, listed once (spaCy's user hooks): spaCy
    walks the tokens out from the word to both ends of its sentence and builds two spans on every call (about 7 us;
    the coder asks some hundred times a document), and builds every sentence's span again at each pass over
    Doc.sents (a dozen passes a document). The same sentence spans as spaCy's; a document without sentence boundaries
    keeps spaCy's own (which says so)."""
    if not len(doc) or "sent" in doc.user_token_hooks or not doc.has_annotation("SENT_START"):
        return
    import bisect
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    doc.user_token_hooks["sent"] = lambda tok: sents[bisect.bisect_right(starts, tok.i) - 1]
    doc.user_span_hooks["sent"] = lambda span: sents[bisect.bisect_right(starts, span.start) - 1]
    doc.user_hooks["sents"] = lambda _doc: iter(sents)


def index_conjuncts(doc) -> None:
    """Token.conjuncts from each chain listed once (a user hook): spaCy walks the right subtree of every conjunct at
    each call, so a chain of n conjuncts costs n^2 a call and n^3 a sentence ("Gao" on 5,000 lines, 150 a sentence:
    11 s of coreference). The same tokens in the same order as spaCy's (heads are not changed after the parse)."""
    if not len(doc) or "conjuncts" in doc.user_token_hooks or not doc.has_annotation("DEP"):
        return
    rights: dict[int, list[int]] = {}      # a word -> its conj children to its right (spaCy reads `word.rights`)
    for h, kids in enumerate(dep_children(doc)):
        for i, dep in kids:
            if dep == "conj" and h < i:
                rights.setdefault(h, []).append(i)
    groups: dict[int, tuple[list, dict[int, int]]] = {}    # a chain's first word -> its tokens, their places

    first: dict[int, object] = {}          # a word -> the first word of its chain

    def conjuncts(tok):
        start, path = first.get(tok.i), []
        if start is None:
            start = tok
            while start.i != start.head.i and start.dep_ == "conj" and start.i not in first:
                path.append(start.i)
                start = start.head
            start = first.get(start.i, start)
            for i in path:
                first[i] = start
        got = groups.get(start.i)
        if got is None:
            ids = [start.i]
            for w in ids:                   # (breadth first, as spaCy's queue)
                ids.extend(rights.get(w, ()))
            got = groups[start.i] = ([doc[i] for i in ids], {i: k for k, i in enumerate(ids)})
        toks, place = got
        k = place.get(tok.i)
        return toks if k is None else toks[:k] + toks[k + 1:]
    doc.user_token_hooks["conjuncts"] = conjuncts


def doc_text(doc) -> str:
    """``Doc.text``, joined once per document (spaCy joins every token's text at each call; kept in Doc.user_data)."""
    got = doc.user_data.get("eventwire.text")
    if got is None or got[0] != len(doc):
        got = doc.user_data["eventwire.text"] = (len(doc), doc.text)
    return got[1]


def keep_text(doc, text: str):
    """`doc`, with ``doc_text`` known from the text the parser was given: spaCy's tokenizer keeps every character,
    so Doc.text is that string (joining it again from the tokens costs a Token per word). Checked by its length."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data["eventwire.text"] = (len(doc), text)
    return doc


def doc_ents(doc) -> tuple:
    """``Doc.ents``, built once per document (spaCy builds a span for every entity of the document at each call, so a
    look-up per word grew with the square of a document's length; kept in Doc.user_data)."""
    got = doc.user_data.get("eventwire.ents")
    if got is None or got[0] != len(doc):
        got = doc.user_data["eventwire.ents"] = (len(doc), tuple(doc.ents))
    return got[1]


def person_ents_ending(doc, word: str) -> list:
    """The PERSON entities of ``doc_ents`` whose last word's text is `word`, in document order (grouped once per
    document, kept in Doc.user_data): a look-up per word, not a pass over every entity of the document."""
    got = doc.user_data.get("eventwire.person_ents_by_last")
    if got is None or got[0] != len(doc):
        by: dict = {}
        for e in doc_ents(doc):
            if e.label_ == "PERSON":
                by.setdefault(e[-1].text, []).append(e)
        got = doc.user_data["eventwire.person_ents_by_last"] = (len(doc), by)
    return got[1].get(word, [])


def ent_at(doc, i: int):
    """The entity span of ``doc_ents`` that holds token `i`, or None (a map built once per document)."""
    got = doc.user_data.get("eventwire.ent_at")
    if got is None or got[0] != len(doc):
        got = doc.user_data["eventwire.ent_at"] = (len(doc), {k: e for e in doc_ents(doc) for k in range(e.start, e.end)})
    return got[1].get(i)


def pos_array(doc) -> list:
    """The document's part-of-speech ids (spacy.symbols: VERB, NOUN ...), one per token, read once from its array
    (kept in Doc.user_data): a pass that only wants some parts of speech makes no Token for the others."""
    got = doc.user_data.get("eventwire.pos_ids")
    if got is None or len(got) != len(doc):
        from spacy.attrs import POS
        got = doc.to_array([POS]).tolist() if len(doc) else []
        doc.user_data["eventwire.pos_ids"] = got
    return got


def word_positions(doc, words) -> list:
    """The indices of the tokens whose lower-case form is one of `words` (lower-case strings), read from the
    document's LOWER array (kept in Doc.user_data) with no Token made: a whole-document pass that only stops at a few
    words ("of", "counties") looks at those alone."""
    got = doc.user_data.get("eventwire.lower_ids")
    if got is None or len(got) != len(doc):
        import numpy
        from spacy.attrs import LOWER
        got = doc.to_array([LOWER]) if len(doc) else numpy.zeros(0, dtype="uint64")
        doc.user_data["eventwire.lower_ids"] = got
    if not len(got):
        return []
    import numpy
    from spacy.strings import hash_string
    keys = numpy.array([hash_string(w) for w in words], dtype="uint64")
    return numpy.flatnonzero(numpy.isin(got, keys)).tolist()


def upper_starts(doc) -> list:
    """Whether each token's text starts with a capital (``tok.text[:1].isupper()``), read from the document's text
    and token offsets once (kept in Doc.user_data), with no Token made."""
    got = doc.user_data.get("eventwire.upper_starts")
    if got is None or len(got) != len(doc):
        from spacy.attrs import IDX, LENGTH
        text = doc_text(doc)
        # (two flat lists: no list made per token)
        got = [bool(n) and text[i].isupper()
               for i, n in zip(doc.to_array(IDX).tolist(), doc.to_array(LENGTH).tolist())] if len(doc) else []
        doc.user_data["eventwire.upper_starts"] = got
    return got


def per_token(name: str):
    """A decorator: a function of a token alone (and of hashable arguments after it) answered once per token and
    arguments, kept in Doc.user_data[name]. Only for functions of the parse and of fixed tables: several stages ask
    the same of the same words (a verb's subject, its modality, whether a noun names an act), and the parse does
    not change while a document is coded. The answer is shared: callers must not change what it returns."""
    def wrap(fn):
        @functools.wraps(fn)
        def memo(tok, *args):
            data = tok.doc.user_data
            got = data.get(name)
            if got is None:
                got = data[name] = {}
            key = (tok.i, *args) if args else tok.i
            out = got.get(key, got)
            if out is got:
                out = got[key] = fn(tok, *args)
            return out
        memo.uncached = fn
        return memo
    return wrap


def text_positions(doc, text: str) -> list:
    """The indices of the tokens whose text is `text`, in order, read from the document's ORTH array (kept in
    Doc.user_data) with no Token made for the others."""
    got = doc.user_data.get("eventwire.orth_ids")
    if got is None or len(got) != len(doc):
        import numpy
        from spacy.attrs import ORTH
        got = doc.to_array(ORTH) if len(doc) else numpy.zeros(0, dtype="uint64")
        doc.user_data["eventwire.orth_ids"] = got
    if not len(got):
        return []
    import numpy
    from spacy.strings import hash_string
    return numpy.flatnonzero(got == numpy.uint64(hash_string(text))).tolist()


def dep_children(doc) -> list:
    """Each token's children as (index, dependency label) pairs, in ``Token.children``'s order (left to right),
    listed once per document from every word's head (kept in Doc.user_data): ``Token.children`` makes a Token for
    every child at each call, and the coder's helpers that look for one child by its label (``child_with``) ask
    millions of times. Heads and labels do not change after the parse."""
    got = doc.user_data.get("eventwire.dep_children")
    if got is None or len(got) != len(doc):
        got = [[] for _ in range(len(doc))]
        if len(doc):
            # (from the HEAD and DEP arrays, with no Token made: HEAD holds each head's offset from its word)
            from spacy.attrs import DEP, HEAD
            strings, labels = doc.vocab.strings, {}
            offs = doc.to_array(HEAD).astype("int64").tolist()        # (uint64 in the array: a head before is < 0)
            for i, (off, dep) in enumerate(zip(offs, doc.to_array(DEP).tolist())):
                if off:
                    label = labels.get(dep)
                    if label is None:
                        label = labels[dep] = strings[dep]
                    got[i + off].append((i, label))
        got = doc.user_data["eventwire.dep_children"] = [tuple(k) for k in got]
    return got


def token_starts(doc) -> list:
    """Each token's character offset (``tok.idx``), read from the IDX array once (kept in Doc.user_data), with no
    Token made."""
    got = doc.user_data.get("eventwire.token_starts")
    if got is None or len(got) != len(doc):
        from spacy.attrs import IDX
        got = doc.user_data["eventwire.token_starts"] = doc.to_array(IDX).tolist() if len(doc) else []
    return got


def nouns_by_lemma(doc) -> dict:
    """{lower-case lemma: the indices of the common nouns (POS NOUN) with it, in order}, built once per document from
    its arrays (kept in Doc.user_data), with no Token made: stages that look for a few noun lemmas across the whole
    document read these. Shared: callers must not change it."""
    got = doc.user_data.get("eventwire.nouns_by_lemma")
    if got is None:
        from spacy.symbols import NOUN
        got = {}
        lemmas = lemma_lowers(doc)
        for i, pos in enumerate(pos_array(doc)):
            if pos == NOUN:
                got.setdefault(lemmas[i], []).append(i)
        doc.user_data["eventwire.nouns_by_lemma"] = got
    return got


def nouns_among(doc, lemmas) -> list:
    """The indices, in order, of the common nouns whose lower-case lemma is one of `lemmas` (``nouns_by_lemma``)."""
    index = nouns_by_lemma(doc)
    return sorted(i for w in set(lemmas) for i in index.get(w, ()))


def span_root(doc, start, end):
    """The syntactic root of the words at character offsets start..end (widened to whole tokens), or None where the
    offsets are missing or cover no token: the head word of an actor's or a place's mention."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def child_with(tok, deps):
    """The first child of `tok` (left to right) whose dependency label is in `deps`, or None; a Token is made only
    for the one returned."""
    doc = tok.doc
    for i, dep in dep_children(doc)[tok.i]:
        if dep in deps:
            return doc[i]
    return None


def to_infinitive(tok) -> bool:
    """Whether `tok` is a "to + verb" infinitive: it has a child 'to' labelled aux ("decided to leave", "the right to
    strike")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def word_lowers(doc) -> list:
    """Each token's lower-case form (``tok.lower_``), read from the document's LOWER array once (kept in
    Doc.user_data), with no Token made."""
    got = doc.user_data.get("eventwire.word_lowers")
    if got is None or len(got) != len(doc):
        from spacy.attrs import LOWER
        strings, seen = doc.vocab.strings, {}
        got = []
        for key in (doc.to_array(LOWER).tolist() if len(doc) else ()):
            low = seen.get(key)
            if low is None:
                low = seen[key] = strings[key]
            got.append(low)
        doc.user_data["eventwire.word_lowers"] = got
    return got


def lemma_lowers(doc) -> list:
    """Each token's lemma in lower case (``tok.lemma_.lower()``), read from the document's LEMMA array once (kept in
    Doc.user_data), with no Token made: a pass that only looks for some lemmas in a sentence reads these."""
    got = doc.user_data.get("eventwire.lemma_lowers")
    if got is None or len(got) != len(doc):
        from spacy.attrs import LEMMA
        strings, seen = doc.vocab.strings, {}
        got = []
        for key in (doc.to_array(LEMMA).tolist() if len(doc) else ()):
            low = seen.get(key)
            if low is None:
                low = seen[key] = strings[key].lower()
            got.append(low)
        doc.user_data["eventwire.lemma_lowers"] = got
    return got
