"""The raw document a reader yields, before extraction and stages, and its stable id."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Optional

# read reasons (drop reasons are `read.<reason>`)
INVALID_JSON = "invalid_json"
INVALID_UTF8 = "invalid_utf8"
MISSING_FIELD = "missing_field"
EMPTY = "empty"
TOO_LARGE = "too_large"
CORRUPT_RECORD = "corrupt_record"
CORRUPT_FILE = "corrupt_file"
HTTP_STATUS = "http_status"
NOT_HTML = "not_html"
BAD_FORMAT = "bad_format"  # an SFT/preference record that fits no known format
TOO_NESTED = "too_nested"  # valid JSON nested deeper than records are written (MAX_NESTING levels)
SKIPPED_BYTES = "skipped_bytes"  # bytes of an archive between records that belong to none (meta: bytes, offset)
TRUNCATED_RECORD = "truncated_record"  # an archive record cut short by the end of the file (meta: bytes)
CORRUPT_MEMBER = "corrupt_member"  # gzip bytes that cannot be decompressed (meta: compressed bytes skipped)

MAX_NESTING = 100

REJECT_SNIPPET_CHARS = 2000


@dataclass
class RawDoc:
    """One document as read: HTML still to extract (`html`) or text; a `drop_reason` if reading failed."""

    id: str
    source: str
    url: Optional[str] = None
    timestamp: Optional[datetime] = None
    meta: dict[str, Any] = field(default_factory=dict)
    html: Optional[bytes] = None
    text: Optional[str] = None
    drop_reason: Optional[str] = None
    record: Optional[dict[str, Any]] = None  # SFT/preference: structured columns and text views (curate.io.chat)
    address: str = ""  # where in its file the record starts (`offset@N`, `row@N`, …): the same whichever split reads it
    row: str = ""  # the run-wide row key (curate.schema.ROW_KEY), from source and address, set where it is read

    def meta_json(self) -> str:
        """`meta` as a compact, key-sorted JSON string (a stable column value)."""
        text = json.dumps(self.meta, ensure_ascii=False, sort_keys=True, default=str)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates from JSON input: keep them escaped
            text = json.dumps(self.meta, ensure_ascii=True, sort_keys=True, default=str)
        return text


def nesting_depth(value: Any, limit: int = MAX_NESTING) -> int:
    """How deep lists and dicts nest in `value`, counted without recursion and up to `limit` + 1."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def stable_id(source: str, key: str) -> str:
    """A document id from where it was read (source file and record key): same input → same id."""
    return hashlib.blake2b(f"{source}\x00{key}".encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def rejected(source: str, key: str, reason: str, snippet: Optional[str] = None, url: Optional[str] = None,
             **meta: Any) -> RawDoc:
    """A record that could not be read: kept as a reject with `read.<reason>` and what could be salvaged."""
    return RawDoc(
        id=stable_id(source, key),
        source=source,
        url=url,
        text=snippet[:REJECT_SNIPPET_CHARS] if snippet else None,
        meta=meta,
        drop_reason=f"read.{reason}",
        address=key,
    )
