"""Analysts' corrections of coded events (issue 18): check the codes (``codes``), turn corrections into gold
records (``gold``) and into suggestions for the user's own actor and lexicon files (``suggest``).

The records themselves live in the store: ``eventwire.store.corrections`` (add, undo, re-apply after a re-code).
"""
