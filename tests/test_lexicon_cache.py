"""The packaged lexicon kept compiled on disk (coding/lexicon_cache.py): read back, it is the lexicon built afresh,
row for row and table for table; a changed data file builds it again; EVENTWIRE_NO_CACHE keeps no copy."""
from __future__ import annotations

import shutil

from eventwire.coding.lexicon import DATA_DIR, Lexicon
from eventwire.coding.lexicon_cache import cache_folder, cache_key, cached


def _copy_data(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(DATA_DIR, folder)
    return folder


def test_lexicon_read_back_is_the_one_built(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("EVENTWIRE_NO_CACHE", raising=False)
    built = cached(Lexicon.load, DATA_DIR, Lexicon)          # built, and written
    assert len(list(cache_folder().glob("lexicon-*.pkl"))) == 1
    read = cached(Lexicon.load, DATA_DIR, Lexicon)           # read back
    assert read is not built
    fresh = Lexicon.load()
    # the same rows in the same order, the same tables by lemma (their keys in the same order)
    assert read.__dict__ == fresh.__dict__
    assert [e.id for e in read.entries] == [e.id for e in fresh.entries]
    assert list(read._verbs) == list(fresh._verbs) and list(read._nouns) == list(fresh._nouns)
    assert all([e.id for e in read._verbs[k]] == [e.id for e in fresh._verbs[k]] for k in fresh._verbs)
    for lex in (read, fresh):
        assert lex.match_verb("express", obj_lemma="gratitude", preps={"to"})[0].cameo == "051"
        assert lex.match_verb("retake", preps={"from"})[0].target == "prep"
        assert "say" in lex.reporting_verbs


def test_changed_data_file_builds_the_lexicon_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("EVENTWIRE_NO_CACHE", raising=False)
    folder = _copy_data(tmp_path)
    before = cache_key(folder)
    first = cached(lambda: Lexicon.load(data_dir=folder), folder, Lexicon)
    assert not first.match_verb("zorble")
    own = folder / "01_zz_test.tsv"
    own.write_text("id\tpos\tlemma\tparticle\tobject\tprep\ttarget\tcameo\texample\n"
                   "t.zorble\tV\tzorble\t-\t-\t-\tdobj\t111\tthe envoy zorbled the ministry\n", encoding="utf-8")
    assert cache_key(folder) != before
    again = cached(lambda: Lexicon.load(data_dir=folder), folder, Lexicon)
    assert again.match_verb("zorble")[0].cameo == "111"
    assert len(list(cache_folder().glob("lexicon-*.pkl"))) == 2


def test_no_cache_keeps_no_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("EVENTWIRE_NO_CACHE", "1")
    lex = cached(Lexicon.load, DATA_DIR, Lexicon)
    assert lex.match_verb("retake", preps={"from"})
    assert not (tmp_path / "cache").exists()
