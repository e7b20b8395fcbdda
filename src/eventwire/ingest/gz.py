"""Gzip input that is cut short or damaged part-way (issue 19): the content before the damage is read, in bounded
pieces, and the place of the damage is kept, so each reader can give its whole records and then one failed record
that names the file and the offset of the cut.

    Gunzip(fileobj)                 a raw stream of the content of every gzip member; at damaged or missing data it
                                    ends (no exception) and ``.cut`` says where
    gunzip_bytes(data, limit)       (content, Cut or None); OverLimit past ``limit`` bytes of content
    with_cut(docs, cut, name)       the reader's documents with its own cut record (if any) folded into the gzip one

``zlib.decompressobj`` does the inflating (with the gzip header, CRC and length checks); this module only keeps the
place where it stopped.
"""
from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator, Optional

from eventwire.model import Document, FAILED
from eventwire.ingest.checks import OverLimit, failed, place_id

_IN_CHUNK = 1 << 16          # compressed bytes read at a time
_OUT_CHUNK = 1 << 20         # most content bytes inflated at a time (memory stays bounded)


@dataclass
class Cut:
    """Where gzip data stopped being readable: ``offset`` in the compressed file (``size`` bytes), after ``content``
    bytes of content; ``truncated`` when the file ends inside the data, else it is corrupt there (``error``)."""
    offset: int
    size: int
    content: int
    truncated: bool
    error: str

    def place(self, name: str) -> str:
        return f"{name}@{self.offset}"

    def reason(self, name: str) -> str:
        if self.truncated:
            return (f"truncated gzip: {name} ends at byte {self.offset} inside its compressed data, after "
                    f"{self.content} bytes of content; the rest is lost")
        return (f"corrupt gzip: {name} at byte {self.offset} of {self.size} ({self.error}), after {self.content} "
                f"bytes of content; the rest of the file is not read")


class Gunzip(io.RawIOBase):
    """The content of a gzip stream (all its members, zero padding between them allowed, as ``gzip`` reads them).
    Damaged or missing data ends the stream early instead of raising; ``cut`` then says where."""

    def __init__(self, fileobj: BinaryIO):
        super().__init__()
        self._fh = fileobj
        self._z = zlib.decompressobj(wbits=31)
        self._input = b""            # compressed bytes not yet given to the decompressor
        self._base = 0               # file offset of self._input[0]
        self._pending = b""          # content inflated but not yet read
        self._member_started = False
        self._done = False
        self.content = 0             # content bytes returned so far
        self.cut: Optional[Cut] = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending and not self._done:
            self._inflate()
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        self.content += n
        return n

    def _more(self) -> bool:
        chunk = self._fh.read(_IN_CHUNK)
        if chunk:
            self._input += chunk
        return bool(chunk)

    def _inflate(self) -> None:
        if not self._input and not self._more():
            if self._member_started and not self._z.eof:
                self._stop(truncated=True, error="unexpected end of file")
            self._done = True
            return
        if not self._member_started:
            stripped = self._input.lstrip(b"\x00")             # zero padding after a member
            self._base += len(self._input) - len(stripped)
            self._input = stripped
            if not stripped:
                return
            if len(stripped) < 2 and self._more():
                return
            if stripped[:2] != b"\x1f\x8b":
                self._stop(truncated=False, error="not gzip data after the end of the last member")
                return
            self._member_started = True
        data, before = self._input, self._z.copy()
        try:
            out = self._z.decompress(data, _OUT_CHUNK)
        except zlib.error:
            self._z = before
            self._locate(data)
            return
        used = len(data) - len(self._z.unconsumed_tail) - len(self._z.unused_data)
        self._base += used
        self._input = self._z.unconsumed_tail or self._z.unused_data
        self._pending += out
        if self._z.eof:
            self._input = self._z.unused_data
            self._z = zlib.decompressobj(wbits=31)
            self._member_started = False

    def _locate(self, data: bytes) -> None:
        """The decompressor failed somewhere in ``data``: feed it byte by byte (from its state before) to keep the
        content before the damage and name the byte where it is."""
        for i in range(len(data)):
            try:
                self._pending += self._z.decompress(data[i:i + 1])
            except zlib.error as exc:
                self._base += i
                self._stop(truncated=False, error=str(exc).replace("Error -3 while decompressing data: ", ""))
                return
        self._base += len(data)                 # not reached: the same bytes failed a moment ago
        self._stop(truncated=False, error="inflate error")

    def _stop(self, *, truncated: bool, error: str) -> None:
        size = self._base + len(self._input) + _rest(self._fh)
        self.cut = Cut(offset=self._base if not truncated else size, size=size,
                       content=self.content + len(self._pending), truncated=truncated, error=error)
        self._input = b""
        self._done = True


def _rest(fh: BinaryIO) -> int:
    """How many bytes are left in fh (without holding them)."""
    try:
        here = fh.tell()
        return fh.seek(0, io.SEEK_END) - here
    except (AttributeError, OSError, ValueError):
        left = 0
        while chunk := fh.read(_IN_CHUNK):
            left += len(chunk)
        return left


def gunzip_bytes(data: bytes, limit: int) -> tuple[bytes, Optional[Cut]]:
    """The content of gzip ``data`` (what was readable) and where it stopped being readable (None: whole).
    Raises OverLimit when the content is over ``limit`` bytes; never holds more than ``limit`` + 1 of it."""
    raw = Gunzip(io.BytesIO(data))
    with io.BufferedReader(raw, _OUT_CHUNK) as stream:
        out = stream.read(limit + 1)
    if len(out) > limit:
        raise OverLimit(f"decompressed size over the limit of {limit} bytes (--max-input-bytes)")
    return out, raw.cut


def whole_lines(content: bytes) -> bytes:
    """Content cut short, up to its last line break: a line cut in two is not a record."""
    end = content.rfind(b"\n")
    return content[:end + 1] if end >= 0 else b""


def cut_record(name: str, cut: Cut, inner: Optional[str] = None) -> Document:
    reason = cut.reason(name) + (f"; {inner}" if inner else "")
    return failed(place_id(cut.place(name)), reason, origin=cut.place(name))


def with_cut(docs: Iterable[Document], cut: Optional[Cut], name: str) -> Iterator[Document]:
    """A reader's documents from the content before a gzip cut, then one failed record for the cut. The reader
    sees the content end early and may say so itself (a JSON array, feed or page cut short: a failed record at
    ``name@OFFSET``); that is folded into the one record, which is named by the offset in the compressed file."""
    if cut is None:
        yield from docs
        return
    own = re.compile(re.escape(name) + r"@\d+")
    inner = None
    for doc in docs:
        if doc.status == FAILED and isinstance(doc.origin, str) and own.fullmatch(doc.origin):
            inner = f"content offset {doc.origin.rsplit('@', 1)[1]}: {doc.reason}"
            continue
        yield doc
    yield cut_record(name, cut, inner)
