"""The database stage: how the server reaches its DuckDB file (read-only connections per request,
or one held read-write connection with cursors for readers and a lock for the writer).  See the
notes at the top of server/app.py and docs/SERVER.md.
"""
from __future__ import annotations

import contextlib
import os
import threading
from typing import Iterator, Optional

import duckdb

from eventwire.store import Store, StoreError


class Busy(Exception):
    """The database is held (by this server's writer or by another process)."""


# --------------------------------------------------------------------------- the database

class Database:
    """How the server reaches one DuckDB file.

    * read-only server (no token): every ``reader()`` is a fresh read-only connection, closed when
      the request is answered -- the file is free between requests and reads never change it;
    * writable server (a token, or ``:memory:``): the server opens the file read-write once and
      holds it; every ``reader()`` is a cursor of that connection, so reads run alongside a write
      on DuckDB's snapshots (MVCC: a reader sees the last committed state and never waits), and
      ``writer()`` is one lock that lets a single POST write at a time.
    """

    def __init__(self, path: str, *, writable: bool, wait_seconds: float = 30.0, lock_timeout: float = 3.0,
                 create: bool = True):
        self.path = str(path)
        self.wait_seconds = wait_seconds
        self.lock_timeout = lock_timeout
        memory = self.path == ":memory:"
        self.writable = writable or memory
        self._write_lock = threading.Lock()
        self._cursor_lock = threading.Lock()
        self._store: Optional[Store] = None
        if not memory and not create and not os.path.exists(self.path):
            if self.writable:
                raise StoreError(f"no eventwire database at {self.path}")
            return                                   # each read answers 503 until the file exists
        if self.writable:
            self._store = Store(self.path, lock_timeout=lock_timeout)          # creates it when missing
        elif not os.path.exists(self.path):
            Store(self.path, lock_timeout=lock_timeout).close()                # an empty store with the schema

    @contextlib.contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._store is not None:
            with self._cursor_lock:
                cur = self._store.con.cursor()
            try:
                yield cur
            finally:
                cur.close()
            return
        if not os.path.exists(self.path):
            raise StoreError(f"no eventwire database at {self.path}")
        store = Store(self.path, read_only=True, lock_timeout=self.lock_timeout)
        try:
            yield store.con
        finally:
            store.close()

    @contextlib.contextmanager
    def writer(self) -> Iterator[Store]:
        if self._store is None:
            raise StoreError("this server was started read-only")
        if not self._write_lock.acquire(timeout=self.wait_seconds):
            raise Busy("another write is in progress; try again shortly")
        try:
            yield self._store
        finally:
            self._write_lock.release()

    def close(self) -> None:
        if self._store is not None:
            with self._write_lock:
                self._store.close()
            self._store = None
