"""The bad-input matrix through the real pipeline (DESIGN.md: "bad input is data, not a crash").

`curate.driver.run.run` reads every WARC/ARC sample of ../shared/data and generated bad files (invalid UTF-8,
malformed JSON lines, 50 MB documents, binary bytes in JSONL fields, empty files) in the session's local[2]
SparkSession, with no stages, so that what the ledger counts is what reading did; the tests read back the
ledger.json, shards and rejects it wrote. For every file: each bad record is a reject under its reason, the
job goes on, and nothing good is lost: the records a reader should accept are all there, kept or dropped by
a later step with a reason. A missing or unreadable input path is a ConfigError before Spark starts.
"""

from __future__ import annotations

import collections
import contextlib
import gzip
import io
import json
import os
import random
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.config import parse_config
from curate.driver.prepare import prepare
from curate.driver.run import run
from curate.validate import ConfigError
from tests.conftest import DATA, ROOT

SHARED = ROOT.parent / "shared" / "data"  # the project's shared test data, beside the repository; may be absent
HUGE_BYTES = 50 * 1024 * 1024
PAGE = (DATA / "html" / "blog.wordpress.com.diverse.html").read_bytes()  # a page trafilatura extracts


def make_config(output: Path, inputs: list[dict], **changes):
    return parse_config({"name": "bad-inputs", "inputs": inputs, "output": {"path": str(output)}, **changes})


def _rows(path: Path) -> list[dict]:
    files = sorted(path.rglob("*.parquet"))
    return pa.concat_tables([pq.read_table(f) for f in files]).to_pylist() if files else []


def written(output: Path) -> tuple[dict, list[dict], list[dict]]:
    """The ledger, the kept rows (shards) and the rejected rows, as the run wrote them."""
    return json.loads((output / "ledger.json").read_text()), _rows(output / "data"), _rows(output / "rejects")


def by_source(rows: list[dict]) -> dict[str, list[dict]]:
    out = collections.defaultdict(list)
    for row in rows:
        out[row["source"]].append(row)
    return out


def reason(row: dict) -> str | None:
    return row.get("drop_reason")  # kept rows (shards) have no drop_reason column


def read_reasons(rows: list[dict]) -> dict[str, int]:
    return dict(collections.Counter(reason(r) for r in rows if (reason(r) or "").startswith("read.")))


def ledger_reasons(ledger: dict) -> dict[str, int]:
    return {reason: cell["docs"] for stage in ledger["stages"] for reason, cell in stage["reasons"].items()}


def meta(row: dict) -> dict:
    return json.loads(row["meta"])


# ---------------------------------------------------------------------------------------------------------------
# generated bad files


@dataclass
class Expect:
    """What a file holds: the records a reader must accept (by id or url) and the rejects by read reason."""

    good: list[str]
    read: dict[str, int] = field(default_factory=dict)
    key: str = "id"


def line(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def good(doc_id: str) -> dict:
    return {"id": doc_id, "text": f"Good record {doc_id}. Plain English prose about rivers, gardens and the weather."}


HUGE_TEXT = "word " * ((HUGE_BYTES - 32) // 5)  # its JSON line: 50 MB less a few bytes


def huge_jsonl() -> bytes:
    """A good record, a 50 MB one, a good record."""
    return line(good("huge-1")) + line({"id": "huge-big", "text": HUGE_TEXT}) + line(good("huge-2"))


def warc(records: list[tuple[str, str, bytes]], compress: bool) -> bytes:
    """WARC records (kind, url, payload): `page` = an HTTP 200 text/html response, `text` = a WET conversion."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for kind, url, payload in records:
        if kind == "page":
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
        else:
            record = writer.create_warc_record(url, "conversion", payload=io.BytesIO(payload),
                                               warc_content_type="text/plain")
        writer.write_record(record)
    return out.getvalue()


def garbage_line() -> bytes:
    data = bytes(b for b in random.Random(0).randbytes(4096) if b not in b"\r\n")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    return data + b"\n"


def build_matrix(folder: Path) -> dict[str, Expect]:
    """Writes the bad files into `folder`; returns what each holds."""
    files: dict[str, tuple[bytes, Expect]] = {
        "invalid_utf8.jsonl": (
            line(good("utf8-1"))
            + b'{"id": "x-latin1", "text": "caf\xe9 au lait"}\n'  # Latin-1, not UTF-8
            + line(good("utf8-2"))
            + b'{"id": "x-cut", "text": "a cut sequence \xe2\x82"}\n'
            + b'{"id": "x-overlong", "text": "an overlong slash \xc0\xaf"}\n'
            + b'{"id": "x-surrogate", "text": "an encoded surrogate \xed\xa0\x80"}\n'
            + b'{"id": "x-escaped", "text": "an escaped lone surrogate \\ud800"}\n'
            + line({"id": "utf8-3", "text": "Valid multi-byte text: \u6c34 \u2014 \u00fc \u2014 \U0001f600, kept."}),
            Expect(["utf8-1", "utf8-2", "utf8-3"], {"read.invalid_utf8": 5})),
        "malformed.jsonl": (
            line(good("mal-1"))
            + b'{"id": "b-cut", "text": "the line ends inside the string\n'
            + b'{"id": "b-comma", "text": "trailing comma",}\n'
            + b"{'id': 'b-quotes', 'text': 'single quotes'}\n"
            + b'{"id": "b-two", "text": "two"}{"id": "b-objects", "text": "on one line"}\n'
            + b"not json at all\n"
            + b'"a bare string"\n'
            + b"null\n"
            + b"[1, 2, 3]\n"
            + b"[" * 100_000 + b"\n"  # nested deeper than Python's stack (json raises RecursionError): too_nested
            + line(good("mal-2"))[:-1] + b"\r\n"  # CRLF
            + b'{"id": "b-nofield", "body": "no text field"}\n'
            + b'{"id": "b-null", "text": null}\n'
            + b'{"id": "b-list", "text": ["a", "list"]}\n'
            + b'{"id": "b-blank", "text": " \\n\\t "}\n'
            + b"\n   \n"  # blank lines are no records
            + line(good("mal-3"))[:-1],  # no newline at the end
            Expect(["mal-1", "mal-2", "mal-3"],
                   {"read.invalid_json": 8, "read.too_nested": 1, "read.missing_field": 3, "read.empty": 1})),
        "bom.jsonl": (b"\xef\xbb\xbf" + line(good("bom-1")) + line(good("bom-2")), Expect(["bom-1", "bom-2"])),
        "bom_array.json": (b"\xef\xbb\xbf" + json.dumps([good("bom-3"), good("bom-4")], indent=1).encode(),
                           Expect(["bom-3", "bom-4"])),
        "binary.jsonl": (
            line(good("bin-1"))
            + b'{"id": "x-control", "text": "raw NUL \x00, BEL \x07 and ESC \x1b bytes"}\n'  # JSON must escape them
            + b'{"id": "x-high", "text": "high bytes \x80\x81\xfe\xff"}\n'
            + b'{"id": "x-blob", "text": "fine text", "blob": "\xde\xad\xbe\xef"}\n'  # binary in another field
            + garbage_line()
            + line({"id": "bin-2", "text": "Escaped controls \x00\x01\x1b stay in the text."})  # json escapes them
            + line(good("bin-3")),
            Expect(["bin-1", "bin-2", "bin-3"], {"read.invalid_json": 1, "read.invalid_utf8": 3})),
        "huge.jsonl": (huge_jsonl(), Expect(["huge-1", "huge-2"], {"read.too_large": 1})),
        "leading_blank.warc": (  # a blank line before the first record (warcio read it as one empty record)
            b"\r\n" + warc([("page", "https://example.org/lead/1", PAGE), ("page", "https://example.org/lead/2", PAGE)],
                           compress=False),
            Expect(["https://example.org/lead/1", "https://example.org/lead/2"], key="url")),
        "pages.warc.gz": (
            warc([("page", "https://example.org/pages/1", PAGE),
                  ("page", "https://example.org/pages/empty", b""),
                  ("page", "https://example.org/pages/huge", b"<html><body>" + b"<p>word</p>" * (HUGE_BYTES // 11)),
                  ("page", "https://example.org/pages/2", PAGE)], compress=True),
            Expect(["https://example.org/pages/1", "https://example.org/pages/2"],
                   {"read.empty": 1, "read.too_large": 1}, key="url")),
        "untyped.warc": (  # a header block with no WARC-Type (warcio yields it as a record of no type)
            b"WARC/1.0\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"
            + warc([("page", "https://example.org/untyped/1", PAGE)], compress=False),
            Expect(["https://example.org/untyped/1"], {"read.corrupt_record": 1}, key="url")),
        "text.warc.wet": (
            warc([("text", "https://example.org/text/1", b"A converted page of plain text."),
                  ("text", "https://example.org/text/latin1", b"caf\xe9 au lait"),
                  ("text", "https://example.org/text/blank", b"  \n "),
                  ("text", "https://example.org/text/2", "Another page, \u00fcber alles.".encode())], compress=False),
            Expect(["https://example.org/text/1", "https://example.org/text/2"],
                   {"read.invalid_utf8": 1, "read.empty": 1}, key="url")),
        # empty files: no records, no rejects; a 0-byte .parquet is no Parquet file (a corrupt_file reject)
        "empty.jsonl": (b"", Expect([])),
        "blank.jsonl": (b"\n\n   \n\r\n", Expect([])),
        "empty.jsonl.gz": (gzip.compress(b""), Expect([])),
        "empty.json": (b"", Expect([])),
        "empty_array.json": (b"[]", Expect([])),
        "empty.warc": (b"", Expect([])),
        "empty.warc.gz": (gzip.compress(b""), Expect([])),
        "empty.arc": (b"", Expect([])),
        "zero_bytes.parquet": (b"", Expect([], {"read.corrupt_file": 1})),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), folder / "zero_rows.parquet")
    return {**{name: expect for name, (_, expect) in files.items()}, "zero_rows.parquet": Expect([])}


@pytest.fixture(scope="module")
def matrix_run(spark, tmp_path_factory):
    base = tmp_path_factory.mktemp("matrix")
    expected = build_matrix(base / "bad")
    output = base / "out"
    run(make_config(output, [{"paths": [str(base / "bad")], "source": "bad", "id_field": "id"}]), echo=False)
    return output, expected


def test_matrix_every_record_is_kept_or_rejected_under_its_reason(matrix_run):
    output, expected = matrix_run
    ledger, kept, rejects = written(output)
    sources = by_source(kept + rejects)
    assert set(sources) == {f"bad/{name}" for name, e in expected.items() if e.good or e.read}
    for name, expect in expected.items():
        rows = sources.get(f"bad/{name}", [])
        assert read_reasons(rows) == expect.read, name
        # nothing good is lost: what reading accepts is all there (no stages: the pages extract, so all kept)
        accepted = [r[expect.key] for r in rows if not (reason(r) or "").startswith("read.")]
        assert sorted(accepted) == sorted(expect.good), name
        assert sorted(r[expect.key] for r in rows if reason(r) is None) == sorted(expect.good), name

    # the ledger counts the same: read reasons summed over the files, documents in = kept + rejects
    total_read = collections.Counter()
    for expect in expected.values():
        total_read.update(expect.read)
    assert [s["stage"] for s in ledger["stages"]] == ["read", "extract"]
    assert {r: c["docs"] for r, c in ledger["stages"][0]["reasons"].items()} == dict(total_read)
    assert ledger["stages"][1]["dropped"]["docs"] == 0
    n_good = sum(len(e.good) for e in expected.values())
    assert ledger["documents_kept"] == len(kept) == n_good
    assert ledger["documents_in"] == len(kept) + len(rejects) == n_good + sum(total_read.values())
    assert dict(collections.Counter(reason(r) for r in rejects)) == ledger_reasons(ledger)
    ids = [r["id"] for r in kept + rejects]
    assert len(ids) == len(set(ids))


def test_rejects_keep_what_could_be_read(matrix_run):
    output, _ = matrix_run
    _, kept, rejects = written(output)
    sources = by_source(rejects)

    def reject(name, why):
        return [r for r in sources[f"bad/{name}"] if reason(r) == why]

    latin1 = next(r for r in reject("invalid_utf8.jsonl", "read.invalid_utf8") if "au lait" in r["text"])
    # a JSONL record's address is the byte offset its line starts at: here, right after the first line
    assert "caf\ufffd au lait" in latin1["text"] and meta(latin1)["offset"] == len(line(good("utf8-1")))
    control = reject("binary.jsonl", "read.invalid_json")[0]
    assert "raw NUL \x00, BEL \x07 and ESC \x1b bytes" in control["text"]  # the raw bytes survive into the rejects
    assert "control character" in meta(control)["error"]
    deep = [r for r in reject("malformed.jsonl", "read.too_nested") if r["text"].startswith("[[[[")]
    assert len(deep) == 1 and "nested deeper" in meta(deep[0])["error"]
    huge = reject("huge.jsonl", "read.too_large")[0]
    assert huge["text"] is None and meta(huge)["offset"] == len(line(good("huge-1")))
    page = reject("pages.warc.gz", "read.too_large")[0]
    assert page["url"] == "https://example.org/pages/huge" and meta(page)["http_status"] == "200"
    assert reject("zero_bytes.parquet", "read.corrupt_file")[0]["text"].startswith("ArrowInvalid")

    text_of = {r["id"]: r["text"] for r in kept if r["source"].endswith(".jsonl") or r["source"].endswith(".json")}
    assert text_of["bin-2"] == "Escaped controls \x00\x01\x1b stay in the text."
    assert text_of["utf8-3"] == "Valid multi-byte text: \u6c34 \u2014 \u00fc \u2014 \U0001f600, kept."
    assert text_of["bom-1"] == good("bom-1")["text"]  # the byte-order mark is not part of the first record
    assert "WordCamp" in next(r["text"] for r in kept if r["url"] == "https://example.org/lead/1")


def test_a_50mb_document_is_kept_whole_when_the_limit_allows(spark, tmp_path):
    (tmp_path / "huge.jsonl").write_bytes(huge_jsonl())
    output = tmp_path / "out"
    run(make_config(output, [{"paths": [str(tmp_path / "huge.jsonl")], "id_field": "id"}],
                    read={"max_doc_bytes": 64 * 1024 * 1024}), echo=False)
    ledger, kept, rejects = written(output)
    assert not rejects and ledger["documents_in"] == ledger["documents_kept"] == 3
    text_of = {r["id"]: r["text"] for r in kept}
    assert text_of["huge-big"] == HUGE_TEXT and text_of["huge-1"] == good("huge-1")["text"]
    assert ledger["characters_kept"] == sum(len(t) for t in text_of.values())


def test_a_run_over_empty_files_only_writes_an_empty_set(spark, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    for name, data in [("a.jsonl", b""), ("b.jsonl.gz", gzip.compress(b"")), ("c.warc", b""),
                       ("d.warc.gz", gzip.compress(b"\r\n")), ("e.json", b"[]")]:
        (folder / name).write_bytes(data)
    output = tmp_path / "out"
    run(make_config(output, [{"paths": [str(folder)]}]), echo=False)
    ledger, kept, rejects = written(output)
    assert ledger["documents_in"] == ledger["documents_kept"] == 0 and not kept and not rejects
    [shard] = list((output / "data").rglob("*.parquet"))  # one shard with the columns and no rows
    assert shard.relative_to(output / "data").as_posix() == "und/part-00000.parquet"
    assert pq.ParquetFile(shard).metadata.num_rows == 0 and "text" in pq.read_schema(shard).names


def test_a_warc_broken_between_records_keeps_every_record_and_counts_the_junk(tmp_path):
    """Bytes that are no record, between records: the reader resynchronises on the next `WARC/` header, so
    every record before and after is kept and the junk is one skipped_bytes reject with its byte count."""
    from curate.io.warc import read_warc

    first = warc([("page", "https://example.org/1", PAGE)], compress=False)
    rest = warc([("page", "https://example.org/2", PAGE), ("page", "https://example.org/3", PAGE)], compress=False)
    path = tmp_path / "junk.warc"
    junk = b"NOT A WARC RECORD\r\n\r\n"
    path.write_bytes(first + junk + rest)
    docs = list(read_warc(str(path), "junk.warc", 10**7))
    assert [(d.url, d.drop_reason) for d in docs] == [("https://example.org/1", None), (None, "read.skipped_bytes"),
                                                      ("https://example.org/2", None), ("https://example.org/3", None)]
    assert docs[1].meta["bytes"] == len(junk)


# ---------------------------------------------------------------------------------------------------------------
# every WARC/ARC file of the shared data

WARC_NAME = re.compile(r"\.(warc|arc|wet)(\.|$)", re.IGNORECASE)
# file → (records reading accepts, rejects by read reason), from the records each holds
SHARED_EXPECTED: dict[str, tuple[int, dict[str, int]]] = {
    "warcio/bad.arc": (0, {"read.corrupt_record": 3, "read.http_status": 1}),  # lengths -1, abc
    "warcio/example-bad-non-chunked.warc.gz": (1, {}),  # one gzip member for the whole file
    "warcio/example-bad.warc.gz.bad": (1, {"read.http_status": 1}),  # name says nothing: read with format: warc
    "warcio/example-digest.warc": (0, {}),  # 4 request records
    "warcio/example-iana.org-chunked.warc": (1, {}),
    "warcio/example-resource.warc.gz": (1, {}),
    "warcio/example-space-in-target-uri.warc.gz": (0, {"read.not_html": 1}),  # a PNG resource
    "warcio/example-space-in-url.arc": (1, {}),  # 12 bytes short of its declared length: within the end slack
    "warcio/example-trunc.warc": (1, {}),  # NUL bytes where the record separator should be; its response is whole
    "warcio/example-wget-bad-target-uri.warc.gz": (3, {}),  # 1 HTML response, 2 text/plain
    "warcio/example-wrong-chunks.warc.gz": (1, {}),
    "warcio/example.arc": (1, {}),
    "warcio/example.arc.gz": (1, {}),
    "warcio/example.warc": (1, {}),
    "warcio/example.warc.gz": (1, {}),
    "warcio/post-test.warc.gz": (0, {"read.not_html": 3}),  # 3 responses to POSTs, none HTML
    "resiliparse/block-sized-records.warc": (0, {}),  # 3 records of WARC-Type unknown
    "resiliparse/block-sized-records.warc.gz": (0, {}),
    "resiliparse/block-sized-records.warc.lz4": (0, {}),
    "resiliparse/clipped.warc.gz": (0, {"read.truncated_record": 1}),  # the gzip stream ends inside its response
    "resiliparse/clueweb-quirk.warc.gz": (29, {}),
    "resiliparse/warcfile.warc": (16, {}),  # 16 responses (+ 17 requests, 16 metadata, 1 warcinfo)
    "resiliparse/warcfile.warc.gz": (16, {}),
    "resiliparse/warcfile.warc.lz4": (16, {}),
    "cc-whirlwind/whirlwind.warc": (1, {}),  # 1 response (+ warcinfo, request, metadata)
    "cc-whirlwind/whirlwind.warc.gz": (1, {}),
    "cc-whirlwind/whirlwind.warc.wet": (1, {}),  # its WET conversion record
    "cc-whirlwind/whirlwind.warc.wet.gz": (1, {}),
    "cc-whirlwind/whirlwind.warc.wat.gz": (0, {}),  # metadata records only (read with format: warc)
    "cc-whirlwind/CC-MAIN-2024-22.warc.paths.gz": (0, {"read.corrupt_file": 1}),  # a list of paths, no WARC
}
# files a folder input passes over (their names tell no readable format): given with `format: warc`
FORCED = ["warcio/example-bad.warc.gz.bad", "cc-whirlwind/whirlwind.warc.wat.gz",
          "cc-whirlwind/CC-MAIN-2024-22.warc.paths.gz"]
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared test data not found at {SHARED}")


@needs_shared
def test_the_matrix_lists_every_warc_file_of_the_shared_data():
    found = [str(p.relative_to(SHARED)) for p in SHARED.rglob("*") if p.is_file() and WARC_NAME.search(p.name)]
    assert sorted(found) == sorted(SHARED_EXPECTED)


@pytest.fixture(scope="module")
def shared_run(spark, tmp_path_factory):
    output = tmp_path_factory.mktemp("shared") / "out"
    run(make_config(output, [
        {"paths": [str(SHARED / "warcio"), str(SHARED / "resiliparse"), str(SHARED / "cc-whirlwind")],
         "source": "shared"},
        {"paths": [str(SHARED / name) for name in FORCED], "format": "warc", "source": "forced"},
    ]), echo=False)
    return output


@needs_shared
def test_every_shared_warc_file_keeps_its_good_records(shared_run):
    ledger, kept, rejects = written(shared_run)
    rows = by_source(kept + rejects)
    found = {source.split("/", 1)[1]: source for source in rows}
    assert set(found) <= set(SHARED_EXPECTED)
    assert not [s for s in rows if s.startswith("shared/") and s.split("/", 1)[1] in FORCED]  # read once, forced
    kept_of = {}
    for name, (accepted, read) in SHARED_EXPECTED.items():
        file_rows = rows.get(found.get(name), [])
        assert read_reasons(file_rows) == read, name
        after_read = [r for r in file_rows if not (reason(r) or "").startswith("read.")]
        assert len(after_read) == accepted, name  # good records in = kept + dropped later with a reason
        assert all(reason(r) is None or reason(r).startswith("extract.") for r in after_read), name
        kept_of[name] = sorted(r["url"] for r in after_read if reason(r) is None)
    # the same records stored three ways, or as WARC and WET, come out the same
    assert kept_of["resiliparse/warcfile.warc"] == kept_of["resiliparse/warcfile.warc.gz"] \
        == kept_of["resiliparse/warcfile.warc.lz4"]
    assert len(kept_of["resiliparse/warcfile.warc"]) >= 12 and len(kept_of["resiliparse/clueweb-quirk.warc.gz"]) >= 25
    assert kept_of["cc-whirlwind/whirlwind.warc"] == kept_of["cc-whirlwind/whirlwind.warc.gz"] \
        == kept_of["cc-whirlwind/whirlwind.warc.wet"] == kept_of["cc-whirlwind/whirlwind.warc.wet.gz"]

    total_read = collections.Counter()
    for _, read in SHARED_EXPECTED.values():
        total_read.update(read)
    assert {r: c["docs"] for r, c in ledger["stages"][0]["reasons"].items()} == dict(total_read)
    assert set(ledger["stages"][1]["reasons"]) <= {"extract.no_text", "extract.parse_error", "extract.timeout",
                                                   "extract.too_large"}
    assert ledger["documents_in"] == len(kept) + len(rejects) \
        == sum(n + sum(read.values()) for n, read in SHARED_EXPECTED.values())
    assert ledger["documents_kept"] == len(kept)
    assert dict(collections.Counter(reason(r) for r in rejects)) == ledger_reasons(ledger)


# ---------------------------------------------------------------------------------------------------------------
# missing and unreadable paths: a clear error before any Spark work


@pytest.fixture
def no_spark(monkeypatch):
    """Starting Spark fails the test: these inputs must be refused before."""
    import curate.driver.session

    def refuse(*args, **kwargs):
        raise AssertionError("Spark was started: the input should have been refused before any work")

    monkeypatch.setattr(curate.driver.session, "get_session", refuse)


def refused_before_spark(tmp_path: Path, inputs: list[dict]) -> str:
    output = tmp_path / "out"
    with pytest.raises(ConfigError) as error:
        run(make_config(output, inputs), echo=False)
    assert not output.exists() and not [p for p in tmp_path.iterdir() if "curate-staging" in p.name]
    return str(error.value)


@pytest.fixture
def good_file(tmp_path) -> Path:
    path = tmp_path / "good.jsonl"
    path.write_bytes(line(good("g-1")))
    return path


@pytest.mark.parametrize("missing,message", [("gone.jsonl", "does not exist"), ("gone", "does not exist"),
                                             ("gone/*.jsonl", "matches no file")])
def test_a_missing_path_is_a_clear_error_before_spark(no_spark, tmp_path, good_file, missing, message):
    spec = str(tmp_path / missing)
    error = refused_before_spark(tmp_path, [{"paths": [str(good_file)]}, {"paths": [str(good_file), spec]}])
    assert error.startswith("inputs[1].paths[1]: ") and spec in error and message in error


@pytest.mark.parametrize("given", ["folder", "file", "glob"])
@pytest.mark.parametrize("kind", ["fifo", "broken link", "socket"])
def test_a_path_that_is_no_file_is_a_clear_error_before_spark(no_spark, tmp_path, good_file, kind, given):
    """A FIFO among the inputs would block its Spark task forever; a socket or broken link would fail it."""
    import socket

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(good_file, folder / "good.jsonl")
    odd = folder / "odd.jsonl"
    with contextlib.ExitStack() as stack:
        if kind == "fifo":
            os.mkfifo(odd)
        elif kind == "socket":
            server = stack.enter_context(socket.socket(socket.AF_UNIX))
            server.bind(str(odd))
        else:
            odd.symlink_to(tmp_path / "nowhere.jsonl")
        spec = {"folder": folder, "file": odd, "glob": folder / "*.jsonl"}[given]
        error = refused_before_spark(tmp_path, [{"paths": [str(spec)]}])
    assert error.startswith("inputs[0].paths[0]: ") and str(odd) in error
    assert {"fifo": "is a FIFO, not a regular file", "socket": "is a socket, not a regular file",
            "broken link": f"(a symbolic link to '{tmp_path / 'nowhere.jsonl'}'): No such file"}[kind] in error


def test_a_folder_where_a_file_is_expected_is_a_clear_error_before_spark(no_spark, tmp_path):
    (tmp_path / "docs.jsonl").mkdir()
    error = refused_before_spark(tmp_path, [{"paths": [str(tmp_path / "docs.jsonl")]}])
    assert error == f"inputs[0].paths[0]: '{tmp_path / 'docs.jsonl'}' matches no file"


@contextlib.contextmanager
def unprivileged():
    """Permission checks that hold: as root (which reads any folder), run the block as user `nobody`."""
    if os.geteuid() != 0:
        yield
        return
    if not hasattr(os, "setresuid"):
        pytest.skip("running as root and cannot drop to another user here")
    os.setresuid(65534, 65534, 0)  # real and effective uid nobody; saved uid root, to come back
    try:
        yield
    finally:
        os.setresuid(0, 0, 0)


@pytest.mark.parametrize("locked", ["input folder", "subfolder"])
def test_an_unreadable_folder_is_a_clear_error_before_any_work(locked):
    # a folder others can reach (pytest's tmp_path is under a root-only folder)
    base = Path(tempfile.mkdtemp(prefix="curate-unreadable-"))
    try:
        base.chmod(0o755)
        top = base / "in"
        (top / "locked").mkdir(parents=True)
        (top / "good.jsonl").write_bytes(line(good("g-1")))
        (top / "locked" / "more.jsonl").write_bytes(line(good("g-2")))
        target = top if locked == "input folder" else top / "locked"
        target.chmod(0)
        config = make_config(base / "out", [{"paths": [str(top)]}])
        with unprivileged(), pytest.raises(ConfigError) as error:
            prepare(config)  # what `run` does first, before Spark starts (the tests above check that order)
        assert str(error.value) == {
            "input folder": f"inputs[0].paths[0]: folder '{top}' is not readable; fix its permissions or remove it",
            "subfolder": f"inputs[0].paths[0]: cannot list '{top / 'locked'}' under '{top}': Permission denied",
        }[locked]
    finally:
        for path in (base / "in", base / "in" / "locked"):
            if path.exists():
                path.chmod(stat.S_IRWXU)
        shutil.rmtree(base)


@needs_shared
def test_a_wat_file_is_named_as_such_before_spark(no_spark, tmp_path):
    error = refused_before_spark(tmp_path, [{"paths": [str(SHARED / "cc-whirlwind" / "whirlwind.warc.wat.gz")]}])
    assert "is a WAT file (metadata, not documents); use the WARC or WET files" in error
