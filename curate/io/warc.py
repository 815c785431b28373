"""WARC / WARC.gz / ARC / WET reader: HTTP responses with HTML become documents to extract, WET conversion
records become text documents; anything unreadable becomes a reject with its reason.

warcio parses records (ARC through its ARC→WARC conversion); the stream is decompressed by
`streams.open_decompressed`, which also copes with non-member-per-record gzip and lz4 files.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterator, Optional

from curate.io import records as R
from curate.io.records import RawDoc, rejected, stable_id
from curate.io.streams import open_decompressed

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
TEXT_TYPES = ("text/plain",)


def _warc_date(value: Optional[str]) -> Optional[datetime]:
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def _media_type(content_type: Optional[str]) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _decode_text(payload: bytes, source: str, key: str, meta: dict) -> RawDoc | str:
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return rejected(source, key, R.INVALID_UTF8, payload.decode("utf-8", "replace"), **meta)


def read_warc(path: str, source: str, max_doc_bytes: int) -> Iterator[RawDoc]:
    """Documents of one WARC/ARC/WET file, in file order."""
    from warcio.archiveiterator import ArchiveIterator

    index = 0
    last_record_failed = False
    try:
        with open_decompressed(path) as stream:
            _skip_leading_blanks(stream)  # warcio reads a blank first line as an empty record that swallows the file
            # ARC records get random WARC-Record-IDs from the conversion: key them by offset instead
            is_arc = stream.peek(16)[:16].lstrip().startswith(b"filedesc://")
            iterator = ArchiveIterator(stream, arc2warc=True)
            for record in iterator:
                index += 1
                try:
                    doc = _record_to_doc(record, iterator, source, max_doc_bytes, is_arc)
                    last_record_failed = False
                except Exception as exc:  # a broken record (bad chunking, truncated stream) is data
                    doc = rejected(source, f"record@{index}", R.CORRUPT_RECORD, f"{type(exc).__name__}: {exc}",
                                   record_index=index)
                    last_record_failed = True
                if doc is not None:
                    yield doc
    except Exception as exc:  # the file cannot be read past this point; what came before is kept
        if not last_record_failed:  # the same break already counted as that record's reject
            yield rejected(source, f"file@{index}", R.CORRUPT_FILE, f"{type(exc).__name__}: {exc}",
                           records_read=index)


def _skip_leading_blanks(stream) -> None:
    while True:
        head = stream.peek(64)
        blank = len(head) - len(head.lstrip())
        if not blank:
            return
        stream.read(blank)


def _record_to_doc(record, iterator, source: str, max_doc_bytes: int, is_arc: bool) -> Optional[RawDoc]:
    """One WARC record → a document, a reject, or None for records that are not documents."""
    rec_type = record.rec_type
    if rec_type is None:  # no WARC-Type: a header block warcio could not make sense of, not a record type we skip
        raise ValueError("record without a WARC-Type header")
    if rec_type not in ("response", "resource", "conversion"):
        return None  # request, metadata, warcinfo, revisit: not documents
    # the payload is read before the offset is asked for: warcio reads the record to its end to tell it
    payload = record.content_stream().read(max_doc_bytes + 1)
    offset = iterator.get_record_offset()
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

    if len(payload) > max_doc_bytes:
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
