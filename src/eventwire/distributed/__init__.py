"""Distributed runs: the Spark runner (``eventwire spark``).  pyspark is optional (extra ``spark``);
importing this package does not import it."""

__all__ = ["run", "load_output"]


def run(*args, **kwargs):
    """``eventwire.distributed.spark.run`` (imports pyspark on first use)."""
    from eventwire.distributed.spark import run as _run
    return _run(*args, **kwargs)


def load_output(*args, **kwargs):
    """``eventwire.distributed.spark.load_output``."""
    from eventwire.distributed.spark import load_output as _load
    return _load(*args, **kwargs)
