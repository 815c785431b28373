"""Tokenized shards in Megatron's indexed-dataset layout, read back by megatron-core's own reader."""

from __future__ import annotations

import numpy as np
import pytest

from curate.output.megatron import read_indexed, token_dtype, write_indexed


@pytest.mark.parametrize("vocab, dtype", [(8192, np.uint16), (65_499, np.uint16), (65_500, np.int32),
                                          (151_936, np.int32)])
def test_megatron_reads_back_the_documents_written(tmp_path, vocab, dtype):
    from megatron.core.datasets.indexed_dataset import IndexedDataset

    rng = np.random.default_rng(vocab)
    eos = vocab - 1
    documents = [list(rng.integers(0, vocab, size=n)) + [eos] for n in (5, 0, 1, 300, 17)]
    prefix = str(tmp_path / "part-00000")
    assert write_indexed(prefix, documents, vocab) == (5, sum(len(d) for d in documents))
    assert token_dtype(vocab) == np.dtype(dtype)
    theirs = IndexedDataset(prefix, mmap=True)
    assert len(theirs) == len(documents)
    assert theirs.index.dtype == dtype
    for i, document in enumerate(documents):
        assert theirs[i].tolist() == document
    assert list(theirs.document_indices) == list(range(len(documents) + 1))
    assert [d.tolist() for d in read_indexed(prefix)] == documents


def test_an_id_outside_the_vocabulary_is_refused(tmp_path):
    with pytest.raises(ValueError, match="outside the vocabulary"):
        write_indexed(str(tmp_path / "p"), [[1, 2, 70_000]], 65_000)
