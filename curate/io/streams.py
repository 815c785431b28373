"""Open any path or URI as a binary stream (local, or anything pyarrow.fs opens: HDFS, S3, GCS), decompressed.

Compression is sniffed from the first bytes, not trusted from the extension: gzip (multi-member, as
Common Crawl writes it), lz4 frames, zstd and bzip2.
"""

from __future__ import annotations

import bz2
import gzip
import io
from typing import BinaryIO
from urllib.parse import unquote, urlparse

GZIP_MAGIC = b"\x1f\x8b"
LZ4_MAGIC = b"\x04\x22\x4d\x18"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
BZ2_MAGIC = b"BZh"


def is_uri(path: str) -> bool:
    """True for `scheme://...` paths other than plain local ones."""
    scheme = urlparse(path).scheme
    return len(scheme) > 1 and scheme != "file"


def local_path(path: str) -> str:
    """`file://` URIs (and Hadoop's `file:/x`) → plain paths; other paths unchanged."""
    return unquote(urlparse(path).path) if path.startswith("file:") else path


class _RawAdapter(io.RawIOBase):
    """Lets io.BufferedReader wrap a pyarrow NativeFile."""

    def __init__(self, native):
        self._native = native

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._native.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._native.close()
        super().close()


def open_raw(path: str) -> io.BufferedReader:
    """The file's bytes as stored."""
    if not is_uri(path):
        return open(local_path(path), "rb")
    import pyarrow.fs as pafs

    fs, inner = pafs.FileSystem.from_uri(path)
    return io.BufferedReader(_RawAdapter(fs.open_input_stream(inner)), buffer_size=1 << 20)


def open_at(path: str, offset: int) -> io.BufferedReader:
    """The file's bytes as stored, from `offset` on (a split of an uncompressed file)."""
    if not is_uri(path):
        stream = open(local_path(path), "rb")
        stream.seek(offset)
        return stream
    import pyarrow.fs as pafs

    fs, inner = pafs.FileSystem.from_uri(path)
    native = fs.open_input_file(inner)  # random access, unlike open_input_stream
    native.seek(offset)
    return io.BufferedReader(_RawAdapter(native), buffer_size=1 << 20)


def open_decompressed(path: str) -> BinaryIO:
    """The file's content, decompressed by sniffing its first bytes."""
    raw = open_raw(path)
    return open_decompressed_stream(raw, raw.peek(4)[:4])


def open_decompressed_stream(raw: io.BufferedReader, head: bytes) -> BinaryIO:
    """`raw` (whose first bytes are `head`) decompressed: gzip, lz4, zstd, bzip2, or as it is."""
    if head.startswith(GZIP_MAGIC):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if head.startswith(LZ4_MAGIC):
        import lz4.frame

        return lz4.frame.LZ4FrameFile(raw, mode="rb")
    if head.startswith(ZSTD_MAGIC):
        import pyarrow as pa

        return io.BufferedReader(_RawAdapter(pa.CompressedInputStream(pa.PythonFile(raw, mode="r"), "zstd")))
    if head.startswith(BZ2_MAGIC):
        return bz2.BZ2File(raw, mode="rb")
    return raw
