"""The compiled actor index cached on disk keeps the index of names by spelling key (knowledge/actor_spellings.py),
so a process that reads the cache does not build it again at its first document; it answers as one built afresh."""
from __future__ import annotations

import pickle

from eventwire.knowledge.actor_spellings import SpellingIndex, _particles
from eventwire.knowledge.actors import ActorKB


def _rows(index: SpellingIndex) -> list:
    return [(k, [(g, c.kind, c.key, c.orig, c.order) for g, c in rows]) for k, rows in index.by_key.items()]


def test_cached_actor_index_keeps_its_spelling_index(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("EVENTWIRE_NO_CACHE", raising=False)
    built = ActorKB.load()                      # builds the index and writes the cache
    read = ActorKB.load()                       # reads it back
    assert read is not built
    assert "_spellings" in read.__dict__        # (no build at the first document)
    kept, fresh = read.spellings(), SpellingIndex(read.aliases)
    assert kept is read.__dict__["_spellings"]
    assert _rows(kept) == _rows(fresh) and kept.firsts == fresh.firsts
    # its candidates are the index's own, as in one built in the process
    cand = next(iter(kept.by_key.values()))[0][1]
    assert any(cand is c for cands in read.aliases.values() for c in cands)
    for name in ("Jaysh al-Islam", "Harakat Nour al-Din al-Zinki", "Ahmed Shah Massoud", "Kataib Hizbollah"):
        assert kept.match(name) == fresh.match(name)


def test_spelling_index_of_other_name_particles_is_built_again():
    kb = ActorKB.load()
    old = pickle.loads(pickle.dumps(kb.spellings()))       # as read from a cache written before a change
    old.particles = frozenset({"bint", "ould"})
    kb.__dict__["_spellings"] = old
    again = kb.spellings()
    assert again is not old and again.particles == _particles()
    assert kb.spellings() is again
