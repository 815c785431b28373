"""Tokenized training shards in Megatron's indexed-dataset layout: a `.bin` of token ids and its `.idx`.

The layout (megatron-core `megatron/core/datasets/indexed_dataset.py`, MMIDIDX version 1), little-endian:
`.idx` = the 9-byte magic `MMIDIDX\\0\\0`, version (u64 = 1), token dtype code (u8), sequence count (u64),
document count (u64 = sequences + 1), each sequence's length in tokens (i32), each sequence's byte offset in
the `.bin` (i64), and the document boundaries as sequence indices (i64: 0, 1, …, n; one sequence per document).
`.bin` = the token ids, back to back. Token ids are uint16 while the vocabulary is under 65,500 ids, else int32
(Megatron's rule; its format has no uint32 code). Plain Python and NumPy: the mix writes one pair per shard.
"""

from __future__ import annotations

import struct
from typing import Iterable, Sequence

import numpy as np

MAGIC = b"MMIDIDX\x00\x00"
VERSION = 1
DTYPE_CODES = {np.dtype(np.uint16): 8, np.dtype(np.int32): 4}
UINT16_LIMIT = 65_500


def token_dtype(vocab_size: int) -> np.dtype:
    """uint16 for vocabularies under 65,500 ids, else int32, as Megatron's preprocessing chooses."""
    return np.dtype(np.uint16) if vocab_size < UINT16_LIMIT else np.dtype(np.int32)


def write_indexed(prefix: str, documents: Iterable[Sequence[int]], vocab_size: int) -> tuple[int, int]:
    """Write `prefix.bin` and `prefix.idx` with one sequence per document (its ids as given: the caller appends
    EOS); returns (documents, tokens)."""
    dtype = token_dtype(vocab_size)
    lengths: list[int] = []
    with open(f"{prefix}.bin", "wb") as data:
        for ids in documents:
            array = np.asarray(ids, dtype=np.int64)
            if array.size and (array.min() < 0 or array.max() >= vocab_size):
                raise ValueError(f"token id outside the vocabulary of {vocab_size} ids")
            data.write(array.astype(dtype).tobytes(order="C"))
            lengths.append(int(array.size))
    sizes = np.asarray(lengths, dtype=np.int32)
    pointers = np.zeros(len(lengths), dtype=np.int64)
    if lengths:
        pointers[1:] = np.cumsum(sizes[:-1], dtype=np.int64) * dtype.itemsize
    with open(f"{prefix}.idx", "wb") as index:
        index.write(MAGIC)
        index.write(struct.pack("<Q", VERSION))
        index.write(struct.pack("<B", DTYPE_CODES[dtype]))
        index.write(struct.pack("<Q", len(lengths)))
        index.write(struct.pack("<Q", len(lengths) + 1))
        index.write(sizes.tobytes(order="C"))
        index.write(pointers.tobytes(order="C"))
        index.write(np.arange(len(lengths) + 1, dtype=np.int64).tobytes(order="C"))
    return len(lengths), int(sizes.sum())


def read_indexed(prefix: str) -> list[np.ndarray]:
    """The documents of a pair, read by the layout above (megatron-core's reader is the other check)."""
    with open(f"{prefix}.idx", "rb") as index:
        if index.read(len(MAGIC)) != MAGIC:
            raise ValueError(f"{prefix}.idx is not a Megatron indexed dataset index")
        (version,) = struct.unpack("<Q", index.read(8))
        (code,) = struct.unpack("<B", index.read(1))
        (sequences,) = struct.unpack("<Q", index.read(8))
        struct.unpack("<Q", index.read(8))
        sizes = np.frombuffer(index.read(4 * sequences), dtype=np.int32)
        pointers = np.frombuffer(index.read(8 * sequences), dtype=np.int64)
    if version != VERSION:
        raise ValueError(f"{prefix}.idx has version {version}, not {VERSION}")
    dtype = {c: d for d, c in DTYPE_CODES.items()}[code]
    data = np.fromfile(f"{prefix}.bin", dtype=np.uint8)
    return [data[p:p + s * dtype.itemsize].view(dtype) for p, s in zip(pointers, sizes)]
