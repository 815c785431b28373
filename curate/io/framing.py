"""Record framing for WARC (1.x and 0.x), WET and ARC files, resynchronising on broken framing.

warcio trusts each record's declared length and stops at the first record it cannot frame. Real archives break
that trust: Common Crawl's 2008-2009 ARC files have a `filedesc://` record whose length counts its own trailing
blank line, ClueWeb09's WARC/0.18 records declare lengths that run into the next `WARC/0.18` line, and files
arrive truncated or with junk between records. Robust readers (jwarc, FastWARC) frame records themselves and,
when a record's end is not followed by the next record's header, look for that header and go on from it.

`frame_records` does the same over the decompressed bytes of a file: it yields each record's bytes (header and
block, for warcio to parse) and, for every byte that belongs to no readable record, a `Gap` that says how many
bytes were skipped and why. Nothing is lost silently: a file's bytes are records or gaps.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Iterator, Optional, Union

from curate.io import records as R

CHUNK = 1 << 20
HEADER_LIMIT = 1 << 16  # a WARC header block longer than this is no header
BLANK = b"\r\n\x00 \t"  # between records: separators, and the NUL padding some writers leave
GAP_SNIPPET = 2000
# a declared length may overrun the file's end by a separator and a version line (`\r\n\r\nWARC/0.18\r\n`, the
# ClueWeb09 quirk on a file's last record) and the record still counts as whole; more is a record cut short
END_SLACK = 16
OVERLAP = 1 << 14  # kept when scanning forward, so a header that straddles two chunks is still found

WARC_HEADER = re.compile(rb"WARC/\d+\.\d+\r?\n[A-Za-z0-9_-]+:")  # a version line, then a field
ARC_CANDIDATE = re.compile(rb"\n(?=[A-Za-z][A-Za-z0-9+.-]*:)")
CONTENT_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*([^\r\n]*)")


class StreamBroken(Exception):
    """The compressed stream ends early or holds bytes that are no compressed data."""


@dataclass
class Break:
    """A place in a compressed stream that could not be decompressed: `size` compressed bytes were skipped to
    the next gzip member, which decompression resumed from."""

    size: int
    error: str


@dataclass
class Record:
    """One framed record: its bytes (header + block), where it starts, its kind, and how its end was found."""

    data: bytes
    offset: int
    kind: str  # "warc" or "arc"
    framing: Optional[str] = None  # None when the declared length was right; else what was wrong
    clipped: bool = False  # the block was larger than the reader keeps: only its start is in `data`


@dataclass
class Gap:
    """Bytes that belong to no readable record, with the read reason they count under."""

    reason: str  # a read reason (curate.io.records)
    offset: int
    size: int
    snippet: bytes
    error: Optional[str] = None


def decompressed_chunks(raw, head: bytes) -> Iterator[Union[bytes, "Break"]]:
    """The decompressed bytes of `raw` (a binary stream positioned at its start, whose first bytes are `head`),
    in chunks. gzip is decoded member by member with zlib, so a stream cut short yields every byte it still
    holds before `StreamBroken` is raised (Python's gzip module drops the last block it decoded)."""
    from curate.io.streams import BZ2_MAGIC, GZIP_MAGIC, LZ4_MAGIC, ZSTD_MAGIC

    if head.startswith(GZIP_MAGIC):
        yield from _gzip_chunks(raw)
        return
    if head.startswith((LZ4_MAGIC, ZSTD_MAGIC, BZ2_MAGIC)):
        from curate.io.streams import open_decompressed_stream

        stream = open_decompressed_stream(raw, head)
        while True:
            try:
                chunk = stream.read(1 << 16)  # small reads: a break loses at most this much
            except Exception as exc:  # noqa: BLE001 - lz4/zstd/bz2 each raise their own error
                raise StreamBroken(f"{type(exc).__name__}: {exc}") from None
            if not chunk:
                return
            yield chunk
    while True:
        chunk = raw.read(CHUNK)
        if not chunk:
            return
        yield chunk


GZIP_MEMBER = b"\x1f\x8b\x08"


def _gzip_chunks(raw) -> Iterator[Union[bytes, Break]]:
    """gzip members decompressed one after the other. A member that cannot be decompressed (corrupt bytes, junk
    between members) is skipped to the next gzip member header, yielding a `Break` there; a stream cut inside its
    last member raises StreamBroken after everything decodable was yielded."""
    decoder = zlib.decompressobj(31)
    pending = b""
    started = False  # bytes of the current member have been fed
    while True:
        data = pending or raw.read(CHUNK)
        pending = b""
        if not data:
            if started and not decoder.eof:
                raise StreamBroken("the gzip stream ends inside a member (the file is truncated)")
            return
        while not started and len(data) < len(GZIP_MEMBER) and GZIP_MEMBER.startswith(data):
            more = raw.read(CHUNK)  # a member header split across reads
            if not more:
                break
            data += more
        if not started and not data.startswith(GZIP_MEMBER):  # junk where a member should start
            if not data.strip(b"\x00"):
                continue  # NUL padding after the last member
            data = yield from _skip_to_member(raw, data, "bytes that are no gzip member")
            if not data:
                return
        try:
            out = decoder.decompress(data)
        except zlib.error as exc:
            rest = yield from _skip_to_member(raw, data[1:], f"a corrupt gzip member ({exc})", skipped=1)
            decoder, started, pending = zlib.decompressobj(31), False, rest
            continue
        started = True
        if out:
            yield out
        if decoder.eof:
            pending = decoder.unused_data
            decoder = zlib.decompressobj(31)
            started = False


def _skip_to_member(raw, data: bytes, why: str, skipped: int = 0):
    """Read past `data` (and on) to the next gzip member header; yields one Break; returns the bytes from the
    header on (empty at the end of the stream)."""
    while True:
        found = data.find(GZIP_MEMBER)
        if found >= 0:
            yield Break(skipped + found, why)
            return data[found:]
        keep = data[-2:]  # a header split across reads
        skipped += len(data) - len(keep)
        more = raw.read(CHUNK)
        if not more:
            yield Break(skipped + len(keep), why)
            return b""
        data = keep + more


class _Window:
    """A sliding window over a chunk iterator, with the absolute offset of its first byte."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks = chunks
        self.buf = bytearray()
        self.start = 0
        self.eof = False
        self.error: Optional[str] = None  # why the stream broke, if it did
        self.error_reported = False  # a gap already carries `error`
        self.breaks: list[int] = []  # offsets where decompression skipped compressed bytes
        self.skipped: list[Gap] = []  # those skips, to report

    def fill(self, size: int) -> bool:
        """Read until the window holds `size` bytes; False when the stream ends first."""
        while len(self.buf) < size and not self.eof:
            self._more()
        return len(self.buf) >= size

    def _more(self) -> None:
        try:
            chunk = next(self._chunks)
            if isinstance(chunk, Break):
                offset = self.start + len(self.buf)
                self.breaks.append(offset)
                self.skipped.append(Gap(R.CORRUPT_MEMBER, offset, chunk.size, b"", chunk.error))
            else:
                self.buf += chunk
        except StopIteration:
            self.eof = True
        except StreamBroken as exc:
            self.eof, self.error = True, str(exc)

    def more(self) -> bool:
        """Read one more chunk; False at the end of the stream."""
        if self.eof:
            return False
        before = len(self.buf)
        self._more()
        return len(self.buf) > before or not self.eof

    def report_error(self) -> Optional[str]:
        """`error`, marked as carried by the caller's gap (so the file's end adds no second one)."""
        self.error_reported = self.error is not None
        return self.error

    def consume(self, size: int) -> bytes:
        taken = bytes(self.buf[:size])
        del self.buf[:size]
        self.start += size
        return taken

    def skip_blank(self) -> None:
        while True:
            stripped = len(self.buf) - len(self.buf.lstrip(BLANK))
            self.consume(stripped)
            if self.buf or not self.more():
                return


def arc_header(line: bytes) -> Optional[tuple[str, Optional[int]]]:
    """(URL, declared length) of an ARC v1 (`URL IP date type length`) or v2 (10 fields) header line; URLs
    may hold spaces, so fields are taken from the right. The length is None when it is no number ≥ 0 (the
    record cannot be framed by it). None when `line` is no ARC header."""
    text = line.rstrip(b"\r\n").decode("latin-1")
    for fields in (5, 10):
        parts = text.rsplit(" ", fields - 1)
        if len(parts) == fields and re.fullmatch(r"\d{8,18}", parts[2]) and re.fullmatch(r"-?\w+", parts[-1]) \
                and re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", parts[0]):
            return parts[0], int(parts[-1]) if parts[-1].isdigit() else None
    return None


def _is_header_at(buf: bytearray, position: int, kind: Optional[str]) -> Optional[str]:
    """The kind of record header that starts at buf[position], or None."""
    if kind in (None, "warc") and WARC_HEADER.match(buf, position):
        return "warc"
    if kind in (None, "arc"):
        newline = buf.find(b"\n", position, position + 8192 + 200)
        if newline > position and arc_header(bytes(buf[position: newline + 1])) is not None:
            return "arc"
    return None


def _header_starts(buf: bytearray, start: int, end: int, kind: Optional[str]) -> Optional[int]:
    """The first position in buf[start:end] where a record header begins: a WARC version line followed by a
    field anywhere (junk may run into it), or a valid ARC header line at a line start. The header itself may
    reach past `end`."""
    reach = min(len(buf), end + HEADER_LIMIT)
    best = None
    if kind in (None, "warc"):
        match = WARC_HEADER.search(buf, start, reach)
        if match and match.start() < end:
            best = match.start()
    if kind in (None, "arc"):
        if start == 0 and _is_header_at(buf, 0, "arc"):
            return 0
        position = max(0, start - 1)
        limit = end if best is None else min(end, best)
        while True:
            match = ARC_CANDIDATE.search(buf, position, limit)
            if not match:
                break
            if _is_header_at(buf, match.start() + 1, "arc"):
                best = match.start() + 1
                break
            position = match.start() + 1
    return best


def _header_here(window: _Window, kind: Optional[str]) -> Optional[str]:
    """The kind of record header at the window's start, or None."""
    window.fill(HEADER_LIMIT)
    return _is_header_at(window.buf, 0, kind)


def _next_header(window: _Window, kind: Optional[str]) -> tuple[int, bytes]:
    """Scan forward from just past the window's start to the next record header, consuming what lies before
    it; returns (bytes consumed, their first bytes). At the end of the stream everything left is consumed."""
    consumed = 0
    snippet = bytearray()
    start = 1  # the window's start is where framing failed: never the answer

    def take(size: int) -> None:
        nonlocal consumed
        snippet.extend(window.buf[: max(0, min(size, GAP_SNIPPET - len(snippet)))])
        window.consume(size)
        consumed += size

    while True:
        found = _header_starts(window.buf, start, len(window.buf), kind)
        if found is not None:
            take(found)
            return consumed, bytes(snippet)
        if not window.more():
            take(len(window.buf))
            return consumed, bytes(snippet)
        if len(window.buf) > 4 * OVERLAP:  # keep memory flat over long junk
            take(len(window.buf) - OVERLAP)
            start = 1
        else:
            start = max(1, len(window.buf) - OVERLAP)


def _followed_by_record(window: _Window, end: int, kind: str) -> bool:
    """True when the bytes after buf[:end] are blank up to the next header or the end of the stream."""
    position = end
    while True:
        window.fill(position + 64)
        rest = window.buf[position:]
        stripped = rest.lstrip(BLANK)
        if stripped:
            position += len(rest) - len(stripped)
            window.fill(position + HEADER_LIMIT)
            return _is_header_at(window.buf, position, kind) is not None
        if window.eof:
            return True
        position = len(window.buf)
        if not window.more():
            return True


def frame_records(chunks: Iterator[bytes], max_block: int) -> Iterator[Union[Record, Gap]]:
    """Records and gaps of one archive's decompressed bytes, in order. Blocks larger than `max_block` are
    skipped past without being held (`Record.clipped`, with only their first `max_block` bytes)."""
    window = _Window(chunks)
    kind: Optional[str] = None
    while True:
        window.skip_blank()
        while window.skipped:
            yield window.skipped.pop(0)
        if not window.buf:
            break
        here = _header_here(window, kind)
        if here is None:
            offset = window.start
            size, snippet = _next_header(window, kind)
            reason = R.CORRUPT_FILE if kind is None and not window.buf else R.SKIPPED_BYTES
            yield Gap(reason, offset, size, snippet, window.report_error() if not window.buf else None)
            continue
        kind = here
        yield from _one_record(window, kind, max_block)
    yield from window.skipped
    if window.error and not window.error_reported:  # the stream broke between records
        yield Gap(R.CORRUPT_FILE, window.start, 0, b"", window.error)


def _header_length(window: _Window, kind: str) -> Optional[tuple[int, Optional[int]]]:
    """(bytes of the record header, declared block length or None when missing or not a number ≥ 0)."""
    buf = window.buf
    if kind == "arc":
        newline = buf.find(b"\n")
        parsed = arc_header(bytes(buf[: newline + 1]))
        return newline + 1, parsed[1] if parsed else None
    end = buf.find(b"\r\n\r\n", 0, HEADER_LIMIT)
    sep = 4
    if end < 0:
        end, sep = buf.find(b"\n\n", 0, HEADER_LIMIT), 2
    if end < 0:
        return None
    match = CONTENT_LENGTH.search(buf, 0, end)
    value = match.group(1).strip() if match else b""
    return end + sep, int(value) if value.isdigit() else None


def _one_record(window: _Window, kind: str, max_block: int) -> Iterator[Union[Record, Gap]]:
    offset = window.start
    framed = _header_length(window, kind)
    cut = next((b - offset for b in window.breaks if offset < b and (framed is None or framed[1] is None
                                                                       or b < offset + framed[0] + framed[1])), None)
    if cut is not None:  # decompression skipped a broken member inside this record: what is left of it is lost
        data = window.consume(cut)
        yield Gap(R.TRUNCATED_RECORD, offset, cut, data[:GAP_SNIPPET], "a corrupt gzip member inside this record")
        return
    if framed is None and window.eof and len(window.buf) < HEADER_LIMIT:  # the file ends inside the header
        size = len(window.buf)
        data = window.consume(size)
        yield Gap(R.TRUNCATED_RECORD, offset, size, data[:GAP_SNIPPET],
                  window.report_error() or "the file ends inside this record's header")
        return
    if framed is None or framed[1] is None:
        # no end of header, or no usable length: the record cannot be framed; it runs to the next header
        size, snippet = _next_header(window, kind)
        what = "no end of the record header" if framed is None else "a missing, negative or non-numeric length"
        yield Gap(R.CORRUPT_RECORD, offset, size, snippet, f"{kind.upper()} record with {what}")
        return
    header, length = framed
    end = header + length
    if length > max_block:  # kept: its header and the start of its block; the rest is read past
        window.fill(header + max_block)
        data = bytes(window.buf[: header + max_block])
        left = end  # bytes of the record from the window's start
        while left > len(window.buf):
            size = len(window.buf)
            window.consume(size)
            left -= size
            if not window.more():
                break
        if left > len(window.buf):
            got = end - left + len(window.buf)
            window.consume(len(window.buf))
            yield Gap(R.TRUNCATED_RECORD, offset, got, data[:GAP_SNIPPET],
                      window.report_error() or "the file ends inside this record")
            return
        window.consume(left)
        yield Record(data, offset, kind, clipped=True)
        return
    if not window.fill(end):  # the stream ends before the declared end: a header inside it, or truncation
        found = _header_starts(window.buf, header, len(window.buf), kind)
        if found is not None:
            yield Record(_trim(window.consume(found)), offset, kind, framing="length_past_next_record")
            return
        size = len(window.buf)
        data = window.consume(size)
        if end - size <= END_SLACK and not window.error:
            yield Record(_trim(data), offset, kind, framing="length_past_end_of_file")
            return
        yield Gap(R.TRUNCATED_RECORD, offset, size, data[:GAP_SNIPPET],
                  window.report_error() or "the file ends inside this record")
        return
    if _followed_by_record(window, end, kind):
        yield Record(window.consume(end), offset, kind)
        return
    found = _header_starts(window.buf, header, end, kind)
    if found is not None:  # the declared length runs into the next record: the record ends where it starts
        yield Record(_trim(window.consume(found)), offset, kind, framing="length_past_next_record")
        return
    # the declared end is followed by bytes that are no record: keep the record; the next pass counts the rest
    yield Record(window.consume(end), offset, kind, framing="bytes_after_record")


def _trim(data: bytes) -> bytes:
    """A record cut at the next header, without the separator that belonged between the two."""
    return data.rstrip(b"\r\n")
