"""The process pool: coding lists or streams of Documents in this process or in worker processes that load the
models once each (split out of pipeline.py, which codes one document)."""
from __future__ import annotations

import logging
from typing import Iterable, Iterator, Sequence

from eventwire.model import Document, Result

log = logging.getLogger(__name__)


def code_batch(*args, **kw):
    # (imported when called: pipeline.py imports this module at its end, and a worker process imports this module
    # first, so a module-level import of pipeline here would be circular there)
    from eventwire.pipeline import code_batch as code
    return code(*args, **kw)


def default_pipeline(*args, **kw):
    from eventwire.pipeline import default_pipeline as pipe
    return pipe(*args, **kw)

_worker_args: tuple = ((), ())


def _worker_init(actor_files, lexicon_files):
    global _worker_args
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the parent's to handle: it stops the pool
    _worker_args = (tuple(actor_files), tuple(lexicon_files))
    default_pipeline(*_worker_args)


def _worker_code(batch: list[Document]) -> list[Result]:
    return code_batch(batch, *_worker_args)


class CodingPool:
    """Codes lists of Documents in this process (workers=1) or in a process pool whose workers
    load the models once each; results come back in input order. Use as a context manager."""

    def __init__(self, workers: int = 1, batch_size: int = 16, actor_files: Sequence[str] = (),
                 lexicon_files: Sequence[str] = ()):
        self.workers, self.batch_size = workers, batch_size
        self.files = (tuple(actor_files), tuple(lexicon_files))
        self._pool = None
        if workers > 1:
            import multiprocessing as mp
            try:   # build the gazetteer once here, not once per worker (the first build takes ~0.6 GB)
                from eventwire.knowledge.gazetteer import default_gazetteer
                default_gazetteer()
            except Exception as exc:  # noqa: BLE001 - workers will say so again, per document
                log.warning("gazetteer unavailable: %s", exc)
            self._pool = mp.get_context("forkserver").Pool(workers, initializer=_worker_init, initargs=self.files)

    def code(self, documents: Sequence[Document]) -> list[Result]:
        batches = list(_batched(documents, self.batch_size))
        if self._pool is None:
            return [r for b in batches for r in code_batch(b, *self.files)]
        return [r for rs in self._pool.imap(_worker_code, batches) for r in rs]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None


def code_stream(documents: Iterable[Document], workers: int = 1, batch_size: int = 16,
                actor_files: Sequence[str] = (), lexicon_files: Sequence[str] = ()) -> Iterator[list[Result]]:
    """Code a stream of Documents in batches; yields lists of Results in input order.

    With workers > 1, batches go to a process pool whose workers load the models once each.
    """
    batches = _batched(documents, batch_size)
    if workers <= 1:
        for b in batches:
            yield code_batch(b, actor_files, lexicon_files)
        return
    import multiprocessing as mp
    ctx = mp.get_context("forkserver") if hasattr(mp, "get_context") else mp
    with ctx.Pool(workers, initializer=_worker_init, initargs=(tuple(actor_files), tuple(lexicon_files))) as pool:
        yield from pool.imap(_worker_code, batches)


def _batched(items: Iterable, n: int) -> Iterator[list]:
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch
