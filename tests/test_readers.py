"""Readers on every WARC/ARC fixture and on broken JSONL: no crash, bad records counted, good ones kept."""

from __future__ import annotations

import collections
import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.config import InputSpec
from curate.io.jsonl import read_jsonl
from curate.io.parquet import read_parquet
from curate.io.paths import format_of
from curate.io.warc import read_warc
from tests.conftest import DATA

WARC_FILES = sorted(p for p in (DATA / "warcio").iterdir()) + sorted(p for p in (DATA / "resiliparse").iterdir())

# what each fixture holds, checked by reading it: documents (HTML to extract or text), and rejects by reason
EXPECTED = {
    "bad.arc": {"read.corrupt_record": 3, "read.http_status": 1},  # lengths -1 and abc: cannot be framed
    "example-bad-non-chunked.warc.gz": {"html": 1},  # one gzip member for the whole file: still read
    "example-bad.warc.gz.bad": {"html": 1, "read.http_status": 1},
    "example-digest.warc": {},  # request records only
    "example-iana.org-chunked.warc": {"html": 1},
    "example-resource.warc.gz": {"html": 1},
    "example-space-in-target-uri.warc.gz": {"read.not_html": 1},  # a PNG resource
    "example-space-in-url.arc": {"html": 1},  # declares 1,591 bytes, 1,579 are left: within the end slack
    "example-trunc.warc": {"html": 1},
    "example-wget-bad-target-uri.warc.gz": {"html": 1, "text": 2},
    "example-wrong-chunks.warc.gz": {"html": 1},
    "example.arc": {"html": 1},
    "example.arc.gz": {"html": 1},
    "example.warc": {"html": 1},
    "example.warc.gz": {"html": 1},
    "post-test.warc.gz": {"read.not_html": 3},
    "block-sized-records.warc": {},
    "block-sized-records.warc.gz": {},
    "block-sized-records.warc.lz4": {},
    "clipped.warc.gz": {"read.truncated_record": 1},  # the gzip stream ends inside the record
    "clueweb-quirk.warc.gz": {"html": 29},
    "warcfile.warc": {"html": 16},
    "warcfile.warc.gz": {"html": 16},
    "warcfile.warc.lz4": {"html": 16},
}


def _kinds(docs):
    return dict(collections.Counter(d.drop_reason or ("html" if d.html is not None else "text") for d in docs))


@pytest.mark.parametrize("path", WARC_FILES, ids=lambda p: p.name)
def test_every_warc_fixture_reads_without_crash(path):
    docs = list(read_warc(str(path), path.name, 20_000_000))
    assert _kinds(docs) == EXPECTED[path.name]
    ids = [d.id for d in docs]
    assert len(ids) == len(set(ids))
    for doc in docs:
        assert doc.drop_reason is not None or (doc.html or doc.text)


def test_warc_variants_give_the_same_documents():
    def docs(name):
        return [(d.url, d.meta["warc_record_id"], d.html) for d in read_warc(str(DATA / "resiliparse" / name), "s", 10**8)]
    plain = docs("warcfile.warc")
    assert plain == docs("warcfile.warc.gz") == docs("warcfile.warc.lz4")
    assert all(html.lstrip().lower().startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<meta", b"<!--"))
               or b"<html" in html[:2000].lower() for _, _, html in plain)


def test_warc_ids_are_stable_and_carry_metadata():
    first = list(read_warc(str(DATA / "warcio" / "example.warc.gz"), "web/example.warc.gz", 10**7))
    again = list(read_warc(str(DATA / "warcio" / "example.warc.gz"), "web/example.warc.gz", 10**7))
    assert [d.id for d in first] == [d.id for d in again]
    doc = first[0]
    assert doc.url == "http://example.com/"
    assert doc.timestamp.year == 2017 and doc.timestamp.tzinfo is not None
    assert doc.meta["http_status"] == "200" and doc.meta["content_type"] == "text/html"
    arc = list(read_warc(str(DATA / "warcio" / "example.arc"), "a", 10**7))
    assert [d.id for d in arc] == [d.id for d in read_warc(str(DATA / "warcio" / "example.arc"), "a", 10**7)]


def test_oversized_record_is_a_reject():
    docs = list(read_warc(str(DATA / "resiliparse" / "warcfile.warc.gz"), "s", 1000))
    assert collections.Counter(d.drop_reason for d in docs)["read.too_large"] >= 10


def test_jsonl_bad_lines_are_counted_and_good_lines_kept():
    fields = InputSpec(paths=["x"], id_field="id")
    docs = list(read_jsonl(str(DATA / "bad.jsonl"), "bad.jsonl", fields, 10_000_000))
    kept = [d.id for d in docs if d.drop_reason is None]
    assert kept == ["doc-1", "doc-2", "doc-3", "doc-binary", "doc-4"]
    reasons = collections.Counter(d.drop_reason for d in docs if d.drop_reason)
    assert reasons == {"read.invalid_json": 2, "read.invalid_utf8": 1, "read.missing_field": 2, "read.empty": 1}
    invalid = next(d for d in docs if d.drop_reason == "read.invalid_utf8")
    assert "au lait" in invalid.text  # the reject keeps what could be read
    assert next(d for d in docs if d.id == "doc-1").url == "https://example.org/1"


def test_jsonl_gzip_and_oversized_line(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    with gzip.open(path, "wt") as handle:
        handle.write(json.dumps({"text": "short one"}) + "\n")
        handle.write(json.dumps({"text": "x" * 5000}) + "\n")
        handle.write(json.dumps({"text": "after the big one"}) + "\n")
    docs = list(read_jsonl(str(path), "docs", InputSpec(paths=["x"]), 1000))
    assert [(d.drop_reason, d.text) for d in docs] == [(None, "short one"), ("read.too_large", None),
                                                       (None, "after the big one")]


def test_parquet_reader(tmp_path):
    path = tmp_path / "docs.parquet"
    pq.write_table(pa.table({"content": ["first doc", None, "third"], "link": ["u1", "u2", "u3"]}), path)
    fields = InputSpec(paths=["x"], text_field="content", url_field="link")
    docs = list(read_parquet(str(path), "docs", fields, 1000))
    assert [(d.text, d.drop_reason) for d in docs] == [
        ("first doc", None), ('{"content": null, "link": "u2"}', "read.missing_field"), ("third", None)]
    assert [d.url for d in docs if not d.drop_reason] == ["u1", "u3"]
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really parquet")
    assert [d.drop_reason for d in read_parquet(str(broken), "b", fields, 1000)] == ["read.corrupt_file"]


@pytest.mark.parametrize("name,fmt", [
    ("a.warc.gz", "warc"), ("b.arc", "warc"), ("CC.warc.wet.gz", "warc"), ("x.jsonl.zst", "jsonl"),
    ("y.json", "jsonl"), ("z.parquet", "parquet"), ("w.warc.wat.gz", None), ("readme.md", None)])
def test_format_from_name(name, fmt):
    assert format_of(name) == fmt


def test_broken_compressed_jsonl_keeps_what_came_before(tmp_path):
    whole = gzip.compress(b"".join(json.dumps({"text": f"document {i}"}).encode() + b"\n" for i in range(200)))
    truncated = tmp_path / "trunc.jsonl.gz"
    truncated.write_bytes(whole[: len(whole) // 2])
    docs = list(read_jsonl(str(truncated), "t", InputSpec(paths=["x"]), 10**6))
    assert docs[-1].drop_reason == "read.corrupt_file" and "EOFError" in docs[-1].text
    assert len(docs) > 10 and all(d.drop_reason is None for d in docs[:-1])
    garbage = tmp_path / "garbage.jsonl.gz"
    garbage.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4)
    assert [d.drop_reason for d in read_jsonl(str(garbage), "g", InputSpec(paths=["x"]), 10**6)] == ["read.corrupt_file"]


def test_lone_surrogates_are_rejects_not_crashes(tmp_path):
    path = tmp_path / "surrogates.jsonl"
    path.write_text('{"text": "Broken \\ud800 text"}\n{"text": "fine text", "note": "\\udfff"}\n')
    docs = list(read_jsonl(str(path), "s", InputSpec(paths=["x"]), 10**6))
    assert [d.drop_reason for d in docs] == ["read.invalid_utf8", None]
    assert docs[1].meta_json() == '{"note": "\\udfff"}'  # escaped, so it is valid UTF-8
    docs[0].text.encode("utf-8")


def test_json_array_files_are_read_as_records(tmp_path):
    path = tmp_path / "alpaca.json"
    path.write_text(json.dumps([{"text": "first"}, {"text": "second"}, {"other": 1}]))
    docs = list(read_jsonl(str(path), "a", InputSpec(paths=["x"]), 10**6))
    assert [(d.text, d.drop_reason) for d in docs] == [("first", None), ("second", None),
                                                       ('{"other": 1}', "read.missing_field")]


def test_parquet_batches_are_bounded_by_bytes(tmp_path):
    """A file of 1 MB documents is read 16 rows at a time (16 MB), not 1024 (1 GB); small rows stay at 1024."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from curate.io.parquet import rows_per_batch

    big, small = tmp_path / "big.parquet", tmp_path / "small.parquet"
    pq.write_table(pa.table({"text": [f"{i} " + "x" * (1 << 20) for i in range(40)]}), big)
    pq.write_table(pa.table({"text": [f"short text {i}" for i in range(5000)]}), small)
    assert rows_per_batch(pq.ParquetFile(big).metadata) in (15, 16)  # 16 MB of ~1 MB rows (+ Parquet overhead)
    assert rows_per_batch(pq.ParquetFile(small).metadata) == 1024
    docs = list(read_parquet(str(big), "big", InputSpec(paths=["x"]), 20_000_000))
    assert [d.text.split(" ", 1)[0] for d in docs] == [str(i) for i in range(40)]
