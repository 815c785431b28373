"""Every record of an archive with broken framing is read (curate/io/framing.py).

The fixtures are built here, byte by byte, in the framings real archives have: Common Crawl's 2008-2009 ARC
files (a `filedesc://` record whose length counts its own trailing blank line, records with no separator),
ClueWeb09's WARC/0.18 (Content-Length running into the next `WARC/0.18` line), junk between records, a record
cut short, a gzip stream cut mid-member, lengths larger than the file, negative or not a number. The pages are
paragraphs of the bundled reference text (data/reference/wiki_en.jsonl, Wikipedia, CC BY-SA). The expected
counts come from how each fixture was built, never from the reader.
"""

from __future__ import annotations

import collections
import gzip
import json

import pytest

from curate.io.warc import read_warc
from tests.conftest import ROOT

ARTICLES = [json.loads(line)["text"] for line in (ROOT / "data" / "reference" / "wiki_en.jsonl").open()]


def page(n: int) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLES[n % len(ARTICLES)].split("\n")[:6])
    return f"<html><head><title>Page {n}</title></head><body><article>{paragraphs}</article></body></html>".encode()


def http(body: bytes, eol: bytes = b"\r\n") -> bytes:
    return eol.join([b"HTTP/1.1 200 OK", b"Content-Type: text/html; charset=utf-8",
                     b"Content-Length: %d" % len(body), b"", body])


def warc_record(n: int, version: bytes = b"1.0", length_delta: int = 0, length: bytes | None = None) -> bytes:
    block = http(page(n))
    declared = length if length is not None else b"%d" % (len(block) + length_delta)
    head = b"\r\n".join([b"WARC/" + version, b"WARC-Type: response", b"WARC-Target-URI: http://example.org/%d" % n,
                         b"WARC-Date: 2009-01-28T17:05:56Z", b"WARC-Record-ID: <urn:uuid:%032d>" % n,
                         b"Content-Type: application/http;msgtype=response", b"Content-Length: " + declared, b"", b""])
    return head + block + b"\r\n\r\n"


def arc_filedesc(counts_its_blank_line: bool) -> bytes:
    body = b"1 0 Alexa Internet\nURL IP-address Archive-date Content-type Archive-length\n\n"
    length = len(body) if counts_its_blank_line else len(body) - 1
    return b"filedesc://crawl-001.arc.gz 0.0.0.0 20080515000000 text/plain %d\n" % length + body


def arc_record(n: int, separator: bytes = b"\n", length_delta: int = 0) -> bytes:
    block = http(page(n), eol=b"\n")
    return (b"http://example.org/%d 10.0.0.%d 20080515%06d text/html %d\n" % (n, n % 250, n, len(block) + length_delta)
            + block + separator)


def urls(docs) -> list[str]:
    return [d.url for d in docs if d.drop_reason is None]


def reasons(docs) -> dict[str, int]:
    return dict(collections.Counter(d.drop_reason for d in docs if d.drop_reason))


def read(tmp_path, name: str, data: bytes, max_doc_bytes: int = 10**7):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_warc(str(path), name, max_doc_bytes))


def expected_urls(numbers) -> list[str]:
    return [f"http://example.org/{n}" for n in numbers]


@pytest.mark.parametrize("compress", [False, True], ids=["arc", "arc.gz"])
def test_common_crawl_2008_arc_whose_filedesc_counts_its_blank_line(tmp_path, compress):
    """crawl-001 layout: the filedesc length includes its trailing blank line, so no separator follows it,
    and some records have no newline after them either."""
    parts = [arc_filedesc(counts_its_blank_line=True)]
    parts += [arc_record(n, separator=b"\n" if n % 3 else b"") for n in range(1, 13)]
    data = b"".join(gzip.compress(p) if compress else p for p in parts)
    docs = read(tmp_path, "crawl.arc.gz" if compress else "crawl.arc", data)
    assert urls(docs) == expected_urls(range(1, 13)) and reasons(docs) == {}


def test_arc_record_whose_length_runs_into_the_next_url_line(tmp_path):
    parts = [arc_filedesc(False), arc_record(1, length_delta=20), arc_record(2), arc_record(3, length_delta=-4),
             arc_record(4)]
    docs = read(tmp_path, "over.arc", b"".join(parts))
    assert urls(docs)[:2] == expected_urls([1, 2]) and expected_urls([4])[0] in urls(docs)
    # record 3 declared 4 bytes too few: it is kept as declared; its 4 left-over bytes and the separator after
    # them are counted
    assert urls(docs) == expected_urls([1, 2, 3, 4])
    [gap] = [d for d in docs if d.drop_reason]
    assert gap.drop_reason == "read.skipped_bytes" and gap.meta["bytes"] == 4 + 1


@pytest.mark.parametrize("overshoot", [2, 5, 11])
def test_clueweb09_warc_018_lengths_that_run_into_the_next_record(tmp_path, overshoot):
    """WARC/0.18 records whose Content-Length counts past their end, into the next `WARC/0.18` line."""
    records = [warc_record(n, version=b"0.18", length_delta=overshoot if n % 2 else 0) for n in range(1, 24)]
    docs = read(tmp_path, "clueweb.warc.gz", b"".join(gzip.compress(r) for r in records))
    assert urls(docs) == expected_urls(range(1, 24)) and reasons(docs) == {}
    # past the 4 separator bytes, the 11 odd records before another record end where the next one starts; the
    # last record overruns the end of the file by less than the slack
    past = 11 if overshoot > 4 else 0
    framings = collections.Counter(d.meta.get("framing") for d in docs)
    assert framings == collections.Counter({None: 23 - past - bool(past), "length_past_next_record": past,
                                            "length_past_end_of_file": bool(past)})
    assert all(d.html.rstrip().endswith(b"</html>") for d in docs)


def test_junk_between_records_is_counted_and_the_records_after_it_are_read(tmp_path):
    junk = b"NOT A WARC RECORD\r\n" * 7
    data = warc_record(1) + junk + warc_record(2) + warc_record(3) + b"\x00garbage" + warc_record(4)
    docs = read(tmp_path, "junk.warc", data)
    assert urls(docs) == expected_urls([1, 2, 3, 4])
    gaps = [d for d in docs if d.drop_reason]
    assert [(g.drop_reason, g.meta["bytes"]) for g in gaps] == [("read.skipped_bytes", len(junk)),
                                                                ("read.skipped_bytes", len(b"garbage"))]


def test_a_record_cut_short_at_the_end_is_a_reject_with_its_bytes(tmp_path):
    last = warc_record(3)
    cut = last[: len(last) // 2]  # far more missing than the 16 bytes of slack a last record may overrun by
    docs = read(tmp_path, "short.warc", warc_record(1) + warc_record(2) + cut)
    assert urls(docs) == expected_urls([1, 2])
    [gap] = [d for d in docs if d.drop_reason]
    assert gap.drop_reason == "read.truncated_record" and gap.meta["bytes"] == len(cut)


@pytest.mark.parametrize("records", [1, 150])
def test_a_truncated_warc_gz_keeps_every_complete_record_and_rejects_the_cut_one(tmp_path, records):
    """Per-record gzip cut inside the last member: every whole record read, the cut one a reject."""
    members = [gzip.compress(warc_record(n)) for n in range(1, records + 2)]
    data = b"".join(members[:-1]) + members[-1][: len(members[-1]) // 2]
    docs = read(tmp_path, "cut.warc.gz", data)
    assert urls(docs) == expected_urls(range(1, records + 1))
    assert reasons(docs) == {"read.truncated_record": 1}


def test_a_length_larger_than_the_rest_of_the_file_does_not_swallow_the_records_after_it(tmp_path):
    data = warc_record(1) + warc_record(2, length_delta=10**6) + warc_record(3) + warc_record(4)
    docs = read(tmp_path, "long.warc", data)
    assert urls(docs) == expected_urls([1, 2, 3, 4]) and reasons(docs) == {}
    assert [d.meta.get("framing") for d in docs] == [None, "length_past_next_record", None, None]


@pytest.mark.parametrize("length", [b"-17", b"abc", b""])
def test_a_negative_or_non_numeric_length_is_one_reject_and_the_rest_is_read(tmp_path, length):
    bad = warc_record(2, length=length)
    docs = read(tmp_path, "badlen.warc", warc_record(1) + bad + warc_record(3) + warc_record(4))
    assert urls(docs) == expected_urls([1, 3, 4])
    [gap] = [d for d in docs if d.drop_reason]
    assert gap.drop_reason == "read.corrupt_record" and gap.meta["bytes"] == len(bad)


def test_a_record_larger_than_the_limit_is_skipped_without_losing_the_next(tmp_path):
    docs = read(tmp_path, "big.warc", warc_record(1) + warc_record(2) + warc_record(3), max_doc_bytes=1000)
    assert reasons(docs) == {"read.too_large": 3}


def test_a_file_that_is_no_archive_is_one_corrupt_file_reject_with_its_size(tmp_path):
    data = b"s3://commoncrawl/crawl-data/CC-MAIN-2024-22/segments/x.warc.gz\n" * 40
    docs = read(tmp_path, "paths.warc", data)
    assert [(d.drop_reason, d.meta["bytes"]) for d in docs] == [("read.corrupt_file", len(data))]


def test_well_framed_files_read_the_same_with_and_without_compression(tmp_path):
    records = [warc_record(n) for n in range(1, 6)]
    plain = read(tmp_path, "a.warc", b"".join(records))
    zipped = read(tmp_path, "a.warc.gz", b"".join(gzip.compress(r) for r in records))
    whole = read(tmp_path, "b.warc.gz", gzip.compress(b"".join(records)))  # one member for the whole file
    key = [(d.url, d.html, d.meta["warc_record_id"]) for d in plain]
    assert len(key) == 5 and key == [(d.url, d.html, d.meta["warc_record_id"]) for d in zipped] \
        == [(d.url, d.html, d.meta["warc_record_id"]) for d in whole]


@pytest.mark.parametrize("damage", ["junk", "bitflip"])
def test_a_broken_gzip_member_costs_its_record_only(tmp_path, damage):
    """Per-record gzip with junk between two members, or a corrupt byte inside one: decompression resumes at
    the next member, the damaged record is a reject, every other record is read."""
    members = [gzip.compress(warc_record(n)) for n in range(1, 9)]
    if damage == "junk":
        members.insert(4, b"\x00junk that is no gzip member" * 10)
        expected, lost = range(1, 9), {"read.corrupt_member": 1}
    else:
        broken = bytearray(members[4])
        broken[len(broken) // 2] ^= 0xFF
        members[4] = bytes(broken)
        expected, lost = [1, 2, 3, 4, 6, 7, 8], None
    docs = read(tmp_path, "damaged.warc.gz", b"".join(members))
    assert urls(docs) == expected_urls(expected)
    if lost:
        assert reasons(docs) == lost
    else:  # the member is cut where it breaks: what decoded of it is a truncated record, the rest is skipped
        assert set(reasons(docs)) <= {"read.corrupt_member", "read.truncated_record", "read.corrupt_record"}
        assert reasons(docs)


def test_a_file_cut_inside_a_record_header_is_a_truncated_record(tmp_path):
    last = warc_record(3)
    cut = last[:40]  # inside the header block
    docs = read(tmp_path, "cut-header.warc", warc_record(1) + warc_record(2) + cut)
    assert urls(docs) == expected_urls([1, 2])
    assert [(d.drop_reason, d.meta["bytes"]) for d in docs if d.drop_reason] == [("read.truncated_record", len(cut))]
