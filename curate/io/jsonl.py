"""JSONL(.gz/.zst/...) reader: one JSON object per line, field names from the config."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Iterator, Optional

from curate.io import records as R
from curate.io.records import RawDoc, rejected, stable_id
from curate.io.streams import open_at, open_decompressed

UTF8_BOM = b"\xef\xbb\xbf"


def parse_timestamp(value: Any) -> Optional[datetime]:
    """ISO-8601 strings or epoch seconds → UTC datetime; anything else → None."""
    if value is None:
        return None
    if isinstance(value, datetime):  # a Parquet, Arrow or table timestamp column
        return value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return datetime.fromtimestamp(value, tz=timezone.utc)
        if isinstance(value, str):
            stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            # in UTC, as stored: 0001-01-01T00:00:00+14:00 falls before year 1 (OverflowError) and is no timestamp
            return stamp.astimezone(timezone.utc) if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None
    return None


def _encodable(text: str) -> bool:
    """False for strings holding lone surrogates (JSON allows "\\ud800"; UTF-8 cannot hold it)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def record_to_doc(obj: Any, source: str, key: str, fields, raw: Optional[str] = None) -> RawDoc:
    """A parsed record (a dict) → document; a record without usable text → reject with its reason.

    `raw` is the record as read (kept in the reject); without it the reject keeps the record as JSON.
    """
    if R.nesting_depth(obj) > R.MAX_NESTING:  # valid JSON, but too deep to write as metadata or structure
        snippet = raw if raw is not None else None
        return rejected(source, key, R.TOO_NESTED, snippet, error=f"nested deeper than {R.MAX_NESTING} levels")
    kind = getattr(fields, "kind", "text")
    if kind != "text":
        return conversation_to_doc(obj, source, key, fields, kind, raw)
    html_field = getattr(fields, "html_field", None)
    name = html_field or fields.text_field
    if raw is None and not (isinstance(obj, dict) and isinstance(obj.get(name), str)):
        raw = json.dumps(obj, ensure_ascii=False, default=str)
    if not isinstance(obj, dict):
        return rejected(source, key, R.INVALID_JSON, raw, error="not a JSON object")
    text = obj.get(name)
    html: Optional[bytes] = None
    if html_field and isinstance(text, (bytes, bytearray)):  # HTML as stored bytes: the extractor decodes it
        html, text = bytes(text), ""
    if not isinstance(text, str):
        found = ", ".join(sorted(map(str, obj)))[:300]
        return rejected(source, key, R.MISSING_FIELD, raw, error=f"no string field '{name}'; found: {found}")
    own_id = obj.get(fields.id_field) if fields.id_field else None
    doc_id = str(own_id) if own_id not in (None, "") else stable_id(source, key)
    url = obj.get(fields.url_field) if fields.url_field else None
    stamp = parse_timestamp(obj.get(fields.timestamp_field)) if fields.timestamp_field else None
    used = {name, fields.id_field, fields.url_field, fields.timestamp_field}
    meta = {k: v for k, v in obj.items() if k not in used}
    if not _encodable(text) or (isinstance(url, str) and not _encodable(url)) or not _encodable(doc_id):
        return rejected(source, key, R.INVALID_UTF8, raw if raw is not None else text, error="lone surrogate escape")
    doc = RawDoc(id=doc_id, source=source, url=url if isinstance(url, str) else None, timestamp=stamp, meta=meta,
                 address=key)
    if html_field:  # extracted like a WARC page's HTML
        doc.html = html if html is not None else text.encode("utf-8")
        if not doc.html.strip():
            doc.drop_reason = f"read.{R.EMPTY}"
        return doc
    doc.text = text
    if not text.strip():
        doc.drop_reason = f"read.{R.EMPTY}"
    return doc


def conversation_to_doc(obj: Any, source: str, key: str, fields, kind: str, raw: Optional[str]) -> RawDoc:
    """An SFT/preference/KTO record → document with structured columns and text views; a record that fits
    no format is a `read.bad_format` reject whose meta names the fields it has."""
    from curate.io.chat import FORMAT_KEYS, RecordFormatError, normalise, text_views

    if raw is None:
        raw = json.dumps(obj, ensure_ascii=False, default=str)
    try:
        fmt, columns = normalise(obj, kind, fields.record_format)
    except (RecordFormatError, TypeError, AttributeError, ValueError) as exc:  # odd values inside a record too
        return rejected(source, key, R.BAD_FORMAT, raw, error=str(exc)[:1000])
    views = text_views(kind, columns)
    own_id = obj.get(fields.id_field) if fields.id_field else None
    doc_id = str(own_id) if own_id not in (None, "") else stable_id(source, key)
    used = FORMAT_KEYS.get(fmt, set()) | {fields.id_field}
    meta = {"format": fmt, **{k: v for k, v in obj.items() if k not in used}}
    if not all(_encodable(v) for v in views.values()) or not _encodable(doc_id):
        return rejected(source, key, R.INVALID_UTF8, raw, error="lone surrogate escape")
    text = views.pop("text")
    reason = f"read.{R.EMPTY}" if not text.strip() else None
    return RawDoc(id=doc_id, source=source, meta=meta, text=text, drop_reason=reason, record={**columns, **views},
                  address=key)


def is_json_array_name(path: str) -> bool:
    """`.json` files may hold one array of records (Alpaca-style); `.jsonl` / `.ndjson` files are read line by
    line whatever their first line looks like (a record may be a JSON array: it is then an invalid one)."""
    from curate.io.paths import COMPRESSION_SUFFIXES

    name = path.rstrip("/").rsplit("/", 1)[-1].lower()
    for suffix in COMPRESSION_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return not name.endswith((".jsonl", ".ndjson"))


def read_jsonl(path: str, source: str, fields, max_doc_bytes: int, start: int = 0,
               end: Optional[int] = None) -> Iterator[RawDoc]:
    """Documents of one JSONL file (or one JSON array file); a bad line is a reject and reading goes on; a
    stream that breaks (truncated or corrupt compression) ends the file with one reject, keeping what came before.

    A record is keyed by the byte offset its line starts at (`offset@N`, in the decompressed stream), so that a
    split of the file reads the same records under the same ids as the whole file: the split [start, end) of an
    uncompressed file reads the lines that start inside it, the line that crosses `end` to its end, and none of
    the line that crosses `start` (its reader has it), as Hadoop's line reader does."""
    offset = start  # where the next line starts, in bytes of the (decompressed) file
    bom = 0  # a byte-order mark, as Windows tools write it: part of the first line, not of its record
    try:
        with open_decompressed(path) if start == 0 else open_at(path, start - 1) as stream:
            if start == 0:
                if stream.peek(3)[:3] == UTF8_BOM:
                    bom = len(stream.read(3))
                if is_json_array_name(path) and stream.peek(64).lstrip()[:1] == b"[":
                    yield from _read_json_array(stream, source, fields, max_doc_bytes)
                    return
            else:  # the byte before the split: a line starting at `start` follows a newline there
                offset = start - 1 + _rest_of_line(stream)
            while end is None or offset < end:
                line = stream.readline(max_doc_bytes + 1)
                if not line:
                    break
                at, offset, bom = offset, offset + bom + len(line), 0
                key = f"offset@{at}"
                if len(line) > max_doc_bytes and not line.endswith(b"\n"):
                    offset += _rest_of_line(stream)  # skip the rest of the oversized line
                    yield rejected(source, key, R.TOO_LARGE, None, offset=at)
                    continue
                if not line.strip():
                    continue  # blank lines separate nothing in JSONL
                try:
                    raw = line.decode("utf-8")
                except UnicodeDecodeError:
                    yield rejected(source, key, R.INVALID_UTF8, line.decode("utf-8", "replace"), offset=at)
                    continue
                try:
                    obj = json.loads(raw)
                except RecursionError:  # valid or not, nested deeper than Python's stack allows
                    yield rejected(source, key, R.TOO_NESTED, raw, offset=at,
                                   error=f"nested deeper than {R.MAX_NESTING} levels")
                    continue
                except ValueError as exc:
                    yield rejected(source, key, R.INVALID_JSON, raw, offset=at, error=str(exc)[:200])
                    continue
                yield record_to_doc(obj, source, key, fields, raw)
    except Exception as exc:  # zlib/gzip/lz4 errors on a broken stream: the file ends here
        yield rejected(source, f"file@{offset}", R.CORRUPT_FILE, f"{type(exc).__name__}: {exc}", offset=offset)


def _rest_of_line(stream) -> int:
    """Reads up to and including the next newline (or the end); returns how many bytes that was."""
    skipped = 0
    while True:
        chunk = stream.readline(1 << 24)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _read_json_array(stream, source: str, fields, max_doc_bytes: int) -> Iterator[RawDoc]:
    """A `.json` file holding one array of records (Alpaca-style): read whole, so it is bounded by max_doc_bytes."""
    data = stream.read(max_doc_bytes + 1)
    if len(data) > max_doc_bytes:
        yield rejected(source, "array", R.TOO_LARGE, None,
                       error="JSON array files are read whole; convert large ones to JSONL (one record per line)")
        return
    try:
        records = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        yield rejected(source, "array", R.INVALID_UTF8, data[:2000].decode("utf-8", "replace"))
        return
    except (ValueError, RecursionError) as exc:
        yield rejected(source, "array", R.INVALID_JSON, data[:2000].decode("utf-8", "replace"), error=str(exc)[:200])
        return
    for index, obj in enumerate(records if isinstance(records, list) else [records]):
        yield record_to_doc(obj, source, f"item@{index + 1}", fields)
