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
    row: str = ""  # the run-wide row key (curate.schema.ROW_KEY), set where the record is read

    def meta_json(self) -> str:
        """`meta` as a compact, key-sorted JSON string (a stable column value)."""
        text = json.dumps(self.meta, ensure_ascii=False, sort_keys=True, default=str)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates from JSON input: keep them escaped
            text = json.dumps(self.meta, ensure_ascii=True, sort_keys=True, default=str)
        return text


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
    )
