"""Large input files are read by several tasks (curate/io/splits.py): uncompressed JSONL by byte ranges aligned
to line starts, Parquet by row groups; compressed streams and JSON arrays whole, said once in the plan.

The ground truth is computed here, not by the readers: a JSONL record's address is the byte offset its line
starts at (found by scanning the bytes for newlines), a Parquet row's is its number in the file. The real
pipeline then reads one file as one piece and as many, and the two outputs must be the same, file by file.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.config import InputSpec, parse_config
from curate.driver.prepare import plan_tasks
from curate.driver.run import run, session_tasks
from curate.io.jsonl import read_jsonl
from curate.io.parquet import read_parquet
from curate.io.paths import InputFile, expand_inputs
from curate.io.splits import byte_size, split_bytes
from tests.conftest import assert_same_output

BOM = b"\xef\xbb\xbf"


def tricky_jsonl(long_line_bytes: int = 300) -> bytes:
    """Lines whose edges a range can hit anywhere: a byte-order mark, \\r\\n endings, multi-byte characters,
    blank lines, a line longer than most ranges, an undecodable line, invalid JSON, no final newline."""
    lines = [BOM + json.dumps({"text": "caf\u00e9 \u20ac \U0001f600 first"}, ensure_ascii=False).encode() + b"\r\n",
             b"\n",
             json.dumps({"text": "\u6c34" * 60}, ensure_ascii=False).encode() + b"\n",
             b"not json at all\n",
             json.dumps({"text": "x" * long_line_bytes}).encode() + b"\n",
             b'{"text": "latin-1 caf\xe9"}\n',
             json.dumps({"id": "own-id", "text": "own id"}).encode() + b"\r\n",
             b"   \r\n",
             json.dumps({"text": "the last line, no newline"}).encode()]
    return b"".join(lines)


def line_starts(data: bytes) -> list[int]:
    """Offsets of the lines that hold something other than whitespace (blank lines are no records)."""
    starts, at = [], 0
    for line in data.split(b"\n"):
        if line.strip() and line.strip() != BOM:
            starts.append(at)
        at += len(line) + 1
    return starts


def read_all(path: Path, data_size: int, step: int, max_doc_bytes: int) -> list[tuple]:
    spec = InputSpec(paths=[str(path)])
    found = []
    for start in range(0, data_size, step):
        end = start + step if start + step < data_size else None
        found += [(d.address, d.id, d.text, d.drop_reason, json.dumps(d.meta, sort_keys=True))
                  for d in read_jsonl(str(path), "s", spec, max_doc_bytes, start, end)]
    return found


@pytest.mark.parametrize("max_doc_bytes", [1_000_000, 200])
def test_every_range_edge_reads_each_line_once(tmp_path, max_doc_bytes):
    data = tricky_jsonl()
    path = tmp_path / "tricky.jsonl"
    path.write_bytes(data)
    whole = read_all(path, len(data), len(data), max_doc_bytes)
    assert [a for a, *_ in whole] == [f"offset@{at}" for at in line_starts(data)]
    assert whole[0][2] == "caf\u00e9 \u20ac \U0001f600 first"  # the byte-order mark is not in the record
    reasons = [r for *_, r, _ in whole]
    assert reasons.count("read.invalid_json") == 1 and reasons.count("read.invalid_utf8") == 1
    assert reasons.count("read.too_large") == (1 if max_doc_bytes == 200 else 0)
    for step in range(1, len(data) + 1):  # every range size: edges fall on every byte of the file
        assert read_all(path, len(data), step, max_doc_bytes) == whole, step


def test_parquet_row_groups_keep_their_row_numbers(tmp_path):
    path = tmp_path / "rows.parquet"
    texts = [f"document number {i}" for i in range(50)]
    pq.write_table(pa.table({"text": texts}), path, row_group_size=7)  # 8 row groups, the last of 1 row
    spec = InputSpec(paths=[str(path)])
    for groups in ([(0, None)], [(0, 3), (3, 5), (5, None)], [(g, g + 1) for g in range(7)] + [(7, None)]):
        docs = [d for start, end in groups for d in read_parquet(str(path), "s", spec, 10**6, start, end)]
        assert [d.address for d in docs] == [f"row@{i + 1}" for i in range(50)]
        assert [d.text for d in docs] == texts


def test_plan_splits_what_it_can_and_says_what_it_cannot(tmp_path):
    plain = tmp_path / "plain.jsonl"
    plain.write_bytes(b"".join(json.dumps({"text": f"line {i} " * 20}).encode() + b"\n" for i in range(2000)))
    packed = tmp_path / "packed.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes(), compresslevel=0))
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"text": "t"}] * 20000))
    table = tmp_path / "table.parquet"
    noise = random.Random(0)
    pq.write_table(pa.table({"text": [noise.randbytes(120).hex() for _ in range(3000)]}), table, row_group_size=500)
    stream = tmp_path / "data-00000-of-00001.arrow"  # as datasets' save_to_disk writes its shards
    with pa.ipc.new_stream(str(stream), pa.schema([("text", pa.string())])) as writer:
        writer.write_table(pa.table({"text": [noise.randbytes(120).hex() for _ in range(1000)]}))
    kinds = {".parquet": "parquet", ".arrow": "arrow"}
    files = [InputFile(0, str(p), p.name, kinds.get(p.suffix, "jsonl"), p.stat().st_size)
             for p in (plain, packed, array, table, stream)]
    piece = 64 << 10
    tasks, note = plan_tasks(files, min_tasks=1, max_partition_bytes=piece, open_cost_bytes=1)
    pieces = [p for task in tasks for p in task]
    by_file = {files[i].path: sorted((p.start, p.end) for p in pieces if p.file == i) for i in range(len(files))}
    plain_ranges = by_file[str(plain)]
    assert len(plain_ranges) == -(-plain.stat().st_size // piece)  # ceil(size / piece) equal ranges
    assert plain_ranges[0][0] == 0 and plain_ranges[-1][1] is None
    assert all(a[1] == b[0] for a, b in zip(plain_ranges, plain_ranges[1:]))  # contiguous, nothing skipped
    assert by_file[str(packed)] == [(0, None)] and by_file[str(array)] == [(0, None)]
    assert by_file[str(stream)] == [(0, None)]  # an Arrow stream is read whole: its reader ignores ranges
    assert len(by_file[str(table)]) > 1 and by_file[str(table)][-1][1] is None
    assert note.count("\n") == 0 and "3 input file(s)" in note and "gzip" in note and "JSON array" in note
    assert "Arrow stream" in note
    _, no_note = plan_tasks(files, min_tasks=1, max_partition_bytes=1 << 30, open_cost_bytes=1)
    assert no_note is None  # nothing is larger than a task: nothing to say


def test_spark_sizes_and_the_open_cost_floor():
    assert byte_size("134217728b") == 128 << 20 and byte_size("64m") == 64 << 20 and byte_size("1G") == 1 << 30
    assert byte_size("4096") == 4096
    with pytest.raises(ValueError):
        byte_size("lots")
    assert split_bytes(10 << 30, 128 << 20, 8) == 128 << 20  # a big input: Spark's 128 MB
    assert split_bytes(80 << 20, 128 << 20, 8) == 10 << 20  # small: cut for 8 tasks
    assert split_bytes(8 << 20, 128 << 20, 8) == 4 << 20  # never under the open cost


def test_one_file_as_one_piece_and_as_many_is_the_same_output(spark, tmp_path):
    """JSONL (with every awkward line) and Parquet (many row groups), each one file, through the pipeline with
    dedup: read whole and read in a dozen pieces, the ids, sources, ledger, rejects and shards are the same."""
    words = "river town market bread winter garden library bridge station morning children".split()
    records = [{"text": " ".join(words[(i * 7 + j) % len(words)] for j in range(40 + i % 13)) + f" {i}"}
               for i in range(400)]
    records += records[:40]  # exact duplicates, so that dedup decides across pieces
    jsonl = tmp_path / "in" / "docs.jsonl"
    jsonl.parent.mkdir()
    jsonl.write_bytes(tricky_jsonl() + b"\n" + b"".join(json.dumps(r).encode() + b"\n" for r in records))
    pq.write_table(pa.table({"text": [r["text"] + " (parquet)" for r in records]}), tmp_path / "in" / "docs.parquet",
                   row_group_size=37)

    def output(name: str, max_partition: str, open_cost: str) -> Path:
        config = parse_config({"name": name, "inputs": [{"paths": [str(tmp_path / "in")]}],
                               "dedup": {"exact": True}, "output": {"path": str(tmp_path / name), "rejects": "all"}})
        spark.conf.set("spark.sql.files.maxPartitionBytes", max_partition)
        spark.conf.set("spark.sql.files.openCostInBytes", open_cost)
        try:
            tasks, _ = session_tasks(spark, expand_inputs(config.inputs))
            pieces[name] = sum(map(len, tasks))
            run(config, echo=False)
        finally:
            spark.conf.unset("spark.sql.files.maxPartitionBytes")
            spark.conf.unset("spark.sql.files.openCostInBytes")
        return tmp_path / name

    pieces: dict[str, int] = {}
    whole, split = output("whole", "1g", "1g"), output("split", "16000b", "1")
    assert pieces == {"whole": 2, "split": pytest.approx(12, abs=4)}
    assert_same_output(split, whole)
    ledger = json.loads((whole / "ledger.json").read_text())
    assert ledger["documents_in"] == 2 * len(records) + len(line_starts(tricky_jsonl()))
    dedup = next(s for s in ledger["stages"] if s["stage"] == "dedup")
    assert dedup["dropped"]["docs"] == 80
