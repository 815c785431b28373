"""WARC / WARC.gz / ARC / WET reader: HTTP responses with HTML become documents to extract, WET conversion
records become text documents; anything unreadable becomes a reject with its reason.

Records are framed by `curate.io.framing` (decompressing gzip member by member, lz4, zstd, bzip2; resynchronising
on the next record header when a declared length is wrong) and each is parsed by warcio (ARC through its
ARC→WARC conversion).
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from typing import Iterator, Optional

from curate.io import records as R
from curate.io.records import RawDoc, rejected, stable_id

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
TEXT_TYPES = ("text/plain",)


def _warc_date(value: Optional[str]) -> Optional[datetime]:
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return stamp.astimezone(timezone.utc) if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)
    except (ValueError, OverflowError):  # not a date, or one that falls outside years 1-9999 in UTC
        return None


def _media_type(content_type: Optional[str]) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _decode_text(payload: bytes, source: str, key: str, meta: dict) -> RawDoc | str:
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return rejected(source, key, R.INVALID_UTF8, payload.decode("utf-8", "replace"), **meta)


def read_warc(path: str, source: str, max_doc_bytes: int) -> Iterator[RawDoc]:
    """Documents of one WARC/ARC/WET file, in file order. Records are framed by `curate.io.framing` (which
    resynchronises on broken framing) and parsed one by one with warcio; every byte of the file that belongs to
    no readable record is a reject whose meta gives the byte count (`bytes`) and where it starts (`offset`)."""
    from curate.io.framing import Gap, decompressed_chunks, frame_records
    from curate.io.streams import open_raw

    try:
        raw = open_raw(path)
    except OSError as exc:
        yield rejected(source, "file@0", R.CORRUPT_FILE, f"{type(exc).__name__}: {exc}", bytes=0, offset=0)
        return
    with raw:
        head = raw.peek(4)[:4]
        # a block is kept up to max_doc_bytes of payload plus room for its HTTP headers; larger ones are too_large
        for item in frame_records(decompressed_chunks(raw, head), max_doc_bytes + HTTP_HEADER_ROOM):
            if isinstance(item, Gap):
                snippet = item.snippet.decode("utf-8", "replace")
                extra = {"error": item.error} if item.error else {}
                yield rejected(source, f"{item.reason}@{item.offset}", item.reason, snippet, bytes=item.size,
                               offset=item.offset, **extra)
                continue
            try:
                doc = _parse_record(item, source, max_doc_bytes)
            except Exception as exc:  # noqa: BLE001 - a record warcio cannot parse (bad chunking …) is data
                doc = rejected(source, f"record@{item.offset}", R.CORRUPT_RECORD, f"{type(exc).__name__}: {exc}",
                               bytes=len(item.data), offset=item.offset)
            if doc is not None:
                doc.address = f"offset@{item.offset}"
                yield doc


HTTP_HEADER_ROOM = 1 << 16


def _parse_record(item, source: str, max_doc_bytes: int) -> Optional[RawDoc]:
    """One framed record → a document, a reject, or None for records that are not documents."""
    from warcio.archiveiterator import ArchiveIterator

    record = next(iter(ArchiveIterator(io.BytesIO(item.data), arc2warc=True)), None)
    if record is None:
        raise ValueError("no record in its bytes")
    doc = _record_to_doc(record, item, source, max_doc_bytes)
    if doc is not None and item.framing:
        doc.meta["framing"] = item.framing
    return doc


def _record_to_doc(record, item, source: str, max_doc_bytes: int) -> Optional[RawDoc]:
    """One WARC record → a document, a reject, or None for records that are not documents."""
    rec_type = record.rec_type
    if rec_type is None:  # no WARC-Type: a header block warcio could not make sense of, not a record type we skip
        raise ValueError("record without a WARC-Type header")
    if rec_type not in ("response", "resource", "conversion"):
        return None  # request, metadata, warcinfo, revisit: not documents
    is_arc = item.kind == "arc"  # ARC records get random WARC-Record-IDs from the conversion: keyed by offset
    offset = item.offset  # in the decompressed file
    payload = b"" if item.clipped else record.content_stream().read(max_doc_bytes + 1)
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID")
    key = f"offset@{offset}" if is_arc or not record_id else record_id
    url = headers.get_header("WARC-Target-URI")
    meta = {"warc_type": rec_type, "offset": offset}
    if record_id and not is_arc:
        meta["warc_record_id"] = record_id
    if headers.get_header("WARC-Truncated"):
        meta["warc_truncated"] = headers.get_header("WARC-Truncated")
    stamp = _warc_date(headers.get_header("WARC-Date"))

    if rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        media = _media_type(record.http_headers.get_header("Content-Type"))
        meta.update(http_status=status, content_type=media)
        if status != "200":
            return rejected(source, key, R.HTTP_STATUS, None, url=url, **meta)
    else:
        media = _media_type(headers.get_header("Content-Type"))
        meta["content_type"] = media

    is_text = rec_type == "conversion" or media in TEXT_TYPES
    if not is_text and media and media not in HTML_TYPES:
        return rejected(source, key, R.NOT_HTML, None, url=url, **meta)

    if item.clipped or len(payload) > max_doc_bytes:
        return rejected(source, key, R.TOO_LARGE, None, url=url, **meta)
    doc = RawDoc(id=stable_id(source, key), source=source, url=url, timestamp=stamp, meta=meta)
    if is_text:
        text = _decode_text(payload, source, key, meta)
        if isinstance(text, RawDoc):
            text.url, text.timestamp = url, stamp
            return text
        if not text.strip():
            return rejected(source, key, R.EMPTY, None, url=url, **meta)
        doc.text = text
    else:
        if not payload.strip():
            return rejected(source, key, R.EMPTY, None, url=url, **meta)
        doc.html = payload
    return doc
