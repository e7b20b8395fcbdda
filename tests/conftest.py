"""Fixtures shared by the test files."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The parser eventwire uses (loaded once)."""
    from eventwire import nlp as N
    return N.load()
