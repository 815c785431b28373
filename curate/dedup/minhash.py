"""MinHash signatures, batch-vectorised with numpy, bit-identical to `datasketch.MinHash`.

A document's text is normalised (lower case, Unicode NFC, punctuation and symbols to spaces, whitespace
runs to one space) and cut into shingles: word n-grams (`unit: word`, default 5) or character n-grams
(`unit: char`, e.g. 13 for CJK). Each shingle's UTF-8 bytes are hashed (`sha1`: datasketch's default
`sha1_hash32`/`sha1_hash64`; `xxh3`: xxHash3-64, much faster) and the hashes of a whole batch go through
the permutations of the datasketch scheme at once, min-reduced per document.

Short documents: fewer than n units give one shingle of the whole normalised text (so short copies still
meet); no units at all give no signature (null), and the document takes no part in near-dedup.

Equivalence, proved by tests/test_minhash.py: with the same `seed`, `num_perm`, `scheme` and
`shingle_hash_function(...)`, `datasketch.MinHash.update` over `shingles(text)` gives the same hash values
as `signatures([text])`. Signatures are stored as little-endian uint32 (uint64 for `affine64`) bytes;
`to_lean_minhash` turns one back into a `datasketch.LeanMinHash`.

Plain numpy (no Spark): the fused row-local pass computes signatures inside each batch.
"""

from __future__ import annotations

import hashlib
import string
import unicodedata
from dataclasses import dataclass
from typing import Callable, Literal, Optional, Sequence

import numpy as np
import regex

MERSENNE_PRIME = np.uint64((1 << 61) - 1)
MAX_HASH32 = np.uint64((1 << 32) - 1)
_NOT_WORD = regex.compile(r"[\p{P}\p{S}\s]+")
# ASCII punctuation and symbols (= \p{P} ∪ \p{S} in ASCII) and the separators str.split() knows → space
_ASCII_TO_SPACE = bytes.maketrans(bytes(string.punctuation + "\x1c\x1d\x1e\x1f", "ascii"), b" " * 36)
_CHUNK_SHINGLES = 8192  # shingles per vectorised step: 8192 × 128 permutations × 8 bytes = 8 MB

MINHASH = "minhash"  # the signature column
Scheme = Literal["affine32", "affine64", "legacy"]


@dataclass
class ShingleSpec:
    """How texts become shingles and hashes; the part of a MinHash config the row-local pass needs."""

    unit: Literal["word", "char"] = "word"
    ngram: int = 5
    num_perm: int = 128
    seed: int = 1
    scheme: Scheme = "affine32"
    hash: Literal["xxh3", "sha1"] = "xxh3"

    @property
    def width(self) -> int:
        """Bytes per stored hash value."""
        return 8 if self.scheme == "affine64" else 4


def normalize(text: str) -> str:
    """Lower case, NFC, punctuation and symbols removed, whitespace runs collapsed to one space."""
    return normalized_bytes(text).decode("utf-8")


def normalized_bytes(text: str) -> bytes:
    """`normalize(text)` as UTF-8, with a byte-level fast path for ASCII text (same result, 10× faster)."""
    if text.isascii():
        return b" ".join(text.encode("ascii").lower().translate(_ASCII_TO_SPACE).split())
    words = unicodedata.normalize("NFC", text.lower()).split()  # only words with punctuation need the regex
    words = [word if word.isalnum() else _NOT_WORD.sub(" ", word) for word in words]
    return " ".join(" ".join(words).split()).encode("utf-8")


def _spans(normalized: bytes, unit: str, n: int) -> tuple[list[int], list[int]]:
    """Byte offsets (starts, ends) of the shingles of a normalised text."""
    if not normalized:
        return [], []
    data = np.frombuffer(normalized, dtype=np.uint8)
    if unit == "word":
        spaces = np.flatnonzero(data == 0x20)
        unit_starts = np.concatenate(([0], spaces + 1))
        unit_ends = np.concatenate((spaces, [len(data)]))
    else:  # characters: UTF-8 lead bytes
        unit_starts = np.flatnonzero((data & 0xC0) != 0x80)
        unit_ends = np.concatenate((unit_starts[1:], [len(data)]))
    count = len(unit_starts)
    if count < n:
        return [0], [len(data)]
    return unit_starts[:count - n + 1].tolist(), unit_ends[n - 1:].tolist()


def shingles(text: str, unit: str = "word", ngram: int = 5) -> list[bytes]:
    """The shingles of `text` as UTF-8 bytes, in order (with repeats): what datasketch is fed."""
    normalized = normalized_bytes(text)
    starts, ends = _spans(normalized, unit, ngram)
    return [normalized[s:e] for s, e in zip(starts, ends)]


def shingle_hash_function(hash_name: str, scheme: Scheme) -> Callable[[bytes], int]:
    """The hash of one shingle's bytes; pass it to `datasketch.MinHash(hashfunc=...)` for equal signatures."""
    wide = scheme == "affine64"
    if hash_name == "sha1":
        size = 8 if wide else 4
        return lambda data: int.from_bytes(hashlib.sha1(data).digest()[:size], "little")
    xxh3 = xxhash_64()
    if wide:
        return xxh3
    return lambda data: xxh3(data) & 0xFFFFFFFF


def xxhash_64() -> Callable[[bytes], int]:
    """xxHash3-64 of bytes (imported on first use)."""
    import xxhash

    return xxhash.xxh3_64_intdigest


def permutations(num_perm: int, seed: int, scheme: Scheme) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) permutation parameters datasketch draws for this seed and scheme."""
    gen = np.random.RandomState(seed)
    if scheme == "legacy":
        pairs = np.array([(gen.randint(1, MERSENNE_PRIME, dtype=np.uint64),
                           gen.randint(0, MERSENNE_PRIME, dtype=np.uint64)) for _ in range(num_perm)],
                         dtype=np.uint64).T
        return pairs[0].copy(), pairs[1].copy()
    width = 64 if scheme == "affine64" else 32
    dtype = np.uint64 if width == 64 else np.uint32
    a = gen.randint(0, 1 << (width - 1), num_perm, dtype=dtype) * dtype(2) + dtype(1)
    b = gen.randint(0, 1 << width, num_perm, dtype=dtype)
    return a, b


def _fmix(values: np.ndarray) -> np.ndarray:
    """The MurmurHash3 finalizer in the array's width (32 or 64 bits), as datasketch pre-mixes input hashes."""
    if values.dtype == np.uint32:
        s1, m1, s2, m2, s3 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35),
                              np.uint32(16))
    else:
        s1, m1, s2, m2, s3 = (np.uint64(33), np.uint64(0xFF51AFD7ED558CCD), np.uint64(33),
                              np.uint64(0xC4CEB9FE1A85EC53), np.uint64(33))
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)


class MinHasher:
    """Signatures of many texts at once for one `ShingleSpec`."""

    def __init__(self, spec: ShingleSpec):
        self.spec = spec
        self.a, self.b = permutations(spec.num_perm, spec.seed, spec.scheme)
        # xxh3's 64 bits are cut to the scheme's 32 in numpy, not per shingle
        self.hash_one = (xxhash_64() if spec.hash == "xxh3" else shingle_hash_function(spec.hash, spec.scheme))
        self.value_dtype = np.uint32 if spec.scheme == "affine32" else np.uint64
        self.max_value = np.iinfo(np.uint64).max if spec.scheme == "affine64" else (1 << 32) - 1
        self.stored = np.dtype("<u8") if spec.scheme == "affine64" else np.dtype("<u4")

    def signatures(self, texts: Sequence[Optional[str]]) -> list[Optional[bytes]]:
        """One signature (bytes) per text; None for texts without any shingle."""
        spec = self.spec
        hash_one = self.hash_one
        hashes: list[int] = []
        counts: list[int] = []
        for text in texts:
            normalized = normalized_bytes(text) if text else b""
            starts, ends = _spans(normalized, spec.unit, spec.ngram)
            hashes.extend([hash_one(normalized[s:e]) for s, e in zip(starts, ends)])
            counts.append(len(starts))
        has_signature = [c > 0 for c in counts]
        values = np.array(hashes, dtype=np.uint64)
        if spec.scheme != "affine64":
            values &= MAX_HASH32
        minima = self._minima(values.astype(self.value_dtype), [c for c in counts if c > 0])
        out: list[Optional[bytes]] = []
        row = 0
        for present in has_signature:
            if present:
                out.append(minima[row].astype(self.stored).tobytes())
                row += 1
            else:
                out.append(None)
        return out

    def _permute(self, hashes: np.ndarray) -> np.ndarray:
        """(num_perm × shingles) permuted hash values, as the scheme defines them. Permutations along rows
        keep each row contiguous, so the per-document min-reduction runs at memory speed."""
        if self.spec.scheme == "legacy":
            values = self.a[:, None] * hashes[None, :]  # wraps mod 2^64, as datasketch's does
            values += self.b[:, None]
            folded = (values & MERSENNE_PRIME) + (values >> np.uint64(61))  # mod 2^61 - 1 without division
            folded -= np.where(folded >= MERSENNE_PRIME, MERSENNE_PRIME, np.uint64(0))
            folded &= MAX_HASH32
            return folded
        values = self.a[:, None] * _fmix(hashes)[None, :]
        values += self.b[:, None]
        return values

    def _minima(self, hashes: np.ndarray, counts: list[int]) -> np.ndarray:
        """Per-document minima over each permutation, in chunks of shingles."""
        result = np.full((len(counts), self.spec.num_perm), self.max_value,
                         dtype=np.uint64 if self.spec.scheme != "affine32" else np.uint32)
        if not counts:
            return result
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        total = len(hashes)
        for low in range(0, total, _CHUNK_SHINGLES):
            high = min(total, low + _CHUNK_SHINGLES)
            first = int(np.searchsorted(starts, low, side="right")) - 1
            last = int(np.searchsorted(starts, high, side="left"))  # documents starting before `high`
            local = np.maximum(starts[first:last], low) - low
            minima = np.minimum.reduceat(self._permute(hashes[low:high]), local, axis=1).T
            np.minimum(result[first:last], minima, out=result[first:last])
        return result


def signature_values(signature: bytes, scheme: Scheme) -> np.ndarray:
    """The hash values of a stored signature, in the dtype datasketch uses for the scheme."""
    if scheme == "affine64":
        return np.frombuffer(signature, dtype="<u8").astype(np.uint64)
    values = np.frombuffer(signature, dtype="<u4")
    return values.astype(np.uint64 if scheme == "legacy" else np.uint32)


def to_lean_minhash(signature: bytes, seed: int, scheme: Scheme):
    """A stored signature as a `datasketch.LeanMinHash`, to query with datasketch's LSH."""
    from datasketch import LeanMinHash

    return LeanMinHash(seed=seed, hashvalues=signature_values(signature, scheme), scheme=scheme)

