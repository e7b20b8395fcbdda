"""The actor index is the same whatever the hash seed of the process that builds it: which spelling an entity's
alias is shown by (an event's `why`) and which candidate comes first must not change between two builds."""
from __future__ import annotations

import os
import subprocess
import sys

_DIGEST = """
import hashlib
from eventwire.knowledge.actors import ActorKB
kb = ActorKB.load()
h = hashlib.sha1()
for na in sorted(kb.aliases):
    h.update(repr((na, [(c.kind, c.key, c.orig, c.order) for c in kb.aliases[na]])).encode())
print(h.hexdigest())
"""


def _digest(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed, EVENTWIRE_NO_CACHE="1")
    out = subprocess.run([sys.executable, "-c", _DIGEST], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


def test_alias_order_does_not_follow_the_hash_seed():
    assert _digest("1") == _digest("4")
