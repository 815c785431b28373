"""Token counts: `tokenizer:` in a config gives every document `n_tokens`, equal to the bare tokenizer's count of
its text, summed in the ledger (in / kept / dropped per stage), stats (per language, source, bucket), the card
and the catalog; `jobs/train_tokenizer.py` trains the byte-level BPE tokenizer the default configs use."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from tokenizers import Tokenizer, models, pre_tokenizers, trainers

from curate.config import ConfigError, InputSpec, load_config, parse_config
from curate.driver.run import run
from tests.conftest import ROOT

REFERENCE = ROOT / "data" / "reference" / "wiki_en.jsonl"

DOCS = [
    # (text, source): English kept, English too short (dropped by length), Chinese kept, one with a \r\n line end
    ("The harbour town grew around its fish market, and its old warehouses now hold a museum of the coast.", "a"),
    ("Too short.", "a"),
    ("这个城市的历史可以追溯到两千年前，老城区保存着许多古老的建筑和狭窄的街道，吸引了大量游客。", "b"),
    ("Lines that end in CR LF\r\nare read with LF endings, and tokens are counted on the text the run keeps.", "b"),
    ("Naïve café owners in Zürich serve crème brûlée; emoji 🙂 and tabs\tcount too, byte by byte.", "a"),
]


@pytest.fixture(scope="module")
def tokenizer_folder(tmp_path_factory) -> Path:
    """A tiny real byte-level BPE tokenizer, trained here from the bundled reference text (not by curate)."""
    texts = [json.loads(line)["text"] for line in REFERENCE.open(encoding="utf-8")]
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.train_from_iterator(texts, trainers.BpeTrainer(
        vocab_size=600, special_tokens=["<|endoftext|>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False))
    folder = tmp_path_factory.mktemp("tok") / "tiny-bpe"
    folder.mkdir()
    tokenizer.save(str(folder / "tokenizer.json"))
    return folder


def _bare(folder: Path, text: str) -> int:
    return len(Tokenizer.from_file(str(folder / "tokenizer.json")).encode(text, add_special_tokens=False).ids)


def test_counts_equal_the_bare_tokenizer_everywhere_a_run_reports_them(spark, tmp_path, tokenizer_folder):
    source = tmp_path / "docs.jsonl"
    source.write_bytes(b"".join(json.dumps({"text": t, "src": s}, ensure_ascii=False).encode("utf-8") + b"\n"
                                for t, s in DOCS))
    data = {"name": "tokens", "inputs": [{"paths": [str(source)], "source": "web"}],
            "output": {"path": str(tmp_path / "out")},
            "stages": [{"stage": "length_v1", "rules": [{"name": "min_chars", "signal": "n_chars", "op": ">=",
                                                           "value": 20}]}],
            "tokenizer": str(tokenizer_folder)}
    result = run(parse_config(data), echo=False)
    kept = ds.dataset(tmp_path / "out" / "data", format="parquet").to_table().to_pylist()
    rejects = ds.dataset(tmp_path / "out" / "rejects", format="parquet").to_table().to_pylist()
    assert len(kept) == 4 and [r["text"] for r in rejects] == ["Too short."]
    for row in kept + rejects:
        assert row["n_tokens"] == _bare(tokenizer_folder, row["text"]), row["text"]
    assert "\r" not in "".join(r["text"] for r in kept)
    expected_kept = sum(_bare(tokenizer_folder, r["text"]) for r in kept)
    expected_dropped = _bare(tokenizer_folder, "Too short.")
    ledger = result.ledger
    assert (ledger["tokens_in"], ledger["tokens_kept"]) == (expected_kept + expected_dropped, expected_kept)
    length = next(s for s in ledger["stages"] if s["stage"] == "length")
    assert length["dropped"]["tokens"] == expected_dropped
    assert length["reasons"]["length.min_chars"]["tokens"] == expected_dropped
    assert length["in"]["tokens"] - length["dropped"]["tokens"] == length["kept"]["tokens"]
    tokens = result.stats["tokens"]
    assert tokens["tokenizer"] == "tiny-bpe" and tokens["total"] == expected_kept
    by_language = {}
    for row in kept:
        by_language[row["language"] or "und"] = by_language.get(row["language"] or "und", 0) + row["n_tokens"]
    assert tokens["by_language"] == {k: v for k, v in sorted(by_language.items(), key=lambda kv: (-kv[1], kv[0]))}
    assert tokens["by_source"] == {"web": expected_kept}
    card = (tmp_path / "out" / "README.md").read_text(encoding="utf-8").replace("\\", "")
    assert f"{expected_kept:,} tokens with tokenizer tiny-bpe." in card
    assert f"Tokens: {expected_kept + expected_dropped:,} in, {expected_kept:,} kept" in card
    card_json = json.loads((tmp_path / "out" / "card.json").read_text(encoding="utf-8"))
    assert card_json["tokens"]["total"] == expected_kept


def test_a_wrong_tokenizer_fails_when_the_config_is_read(tmp_path, tokenizer_folder):
    base = {"name": "t", "inputs": [{"paths": [str(REFERENCE)]}], "output": {"path": str(tmp_path / "o")}}
    with pytest.raises(ConfigError, match="has no tokenizer.json"):
        parse_config({**base, "tokenizer": str(tmp_path)})
    config = parse_config({**base, "tokenizer": {"path": str(tokenizer_folder), "name": "mine"}})
    assert [(s.name, s.stage, s.params["name"]) for s in config.stages] == [("tokens", "tokens_v1", "mine")]
    not_a_tokenizer = tmp_path / "tokenizer.json"
    not_a_tokenizer.write_text('{"this": "is not a tokenizer"}')
    from curate.driver.prepare import stage_files

    with pytest.raises(ValueError, match="is not a Hugging Face tokenizer.json"):
        stage_files(parse_config({**base, "tokenizer": str(not_a_tokenizer)}))


def test_the_resolved_config_reads_back_with_one_counting_stage(tmp_path, tokenizer_folder):
    from curate.config import resolved_yaml

    config = parse_config({"name": "t", "inputs": [{"paths": [str(REFERENCE)]}],
                           "output": {"path": str(tmp_path / "o")}, "tokenizer": str(tokenizer_folder)})
    written = tmp_path / "config.yaml"
    written.write_text(resolved_yaml(config), encoding="utf-8")
    again = load_config(str(written))
    assert [s.stage for s in again.stages] == ["tokens_v1"]


def test_train_tokenizer_writes_a_folder_transformers_and_configs_read(spark, tmp_path):
    from transformers import AutoTokenizer

    from curate.training.tokenizer import EOS, train_tokenizer

    inputs = [InputSpec(paths=[str(REFERENCE)])]
    first = train_tokenizer(spark, inputs, 1000, str(tmp_path / "a"))
    train_tokenizer(spark, inputs, 1000, str(tmp_path / "b"))
    assert (tmp_path / "a" / "tokenizer.json").read_bytes() == (tmp_path / "b" / "tokenizer.json").read_bytes()
    assert first["vocab_size"] == 1000 and first["documents"] == 30
    loaded = AutoTokenizer.from_pretrained(str(tmp_path / "a"))
    text = "Byte-level BPE reads any script: 中文, ελληνικά, emoji 🙂."
    bare = Tokenizer.from_file(str(tmp_path / "a" / "tokenizer.json")).encode(text, add_special_tokens=False).ids
    assert loaded(text, add_special_tokens=False)["input_ids"] == bare
    assert loaded.decode(bare) == text
    assert loaded.eos_token == EOS and loaded.eos_token_id == first["eos_id"]


def test_a_second_run_in_the_same_session_uses_its_own_tokenizer_file(spark, tmp_path, tokenizer_folder):
    """A SparkContext keeps shipped files by name: two runs whose tokenizers are both `tokenizer.json` must each
    count with their own (the CI once counted with another test's file)."""
    texts = [json.loads(line)["text"] for line in REFERENCE.open(encoding="utf-8")]
    other = Tokenizer(models.BPE())
    other.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    other.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=300, special_tokens=["<|endoftext|>"],
                                                         initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                                         show_progress=False))
    (tmp_path / "other").mkdir()
    other.save(str(tmp_path / "other" / "tokenizer.json"))
    source = tmp_path / "docs.jsonl"
    source.write_text(json.dumps({"text": DOCS[0][0]}) + "\n", encoding="utf-8")
    counted = []
    for folder in (tokenizer_folder, tmp_path / "other"):
        run(parse_config({"name": "t", "inputs": [{"paths": [str(source)]}], "tokenizer": str(folder),
                          "output": {"path": str(tmp_path / f"out-{len(counted)}")}}), echo=False)
        row = ds.dataset(tmp_path / f"out-{len(counted)}" / "data", format="parquet").to_table().to_pylist()[0]
        counted.append((row["n_tokens"], _bare(folder, DOCS[0][0])))
    assert counted[0][0] == counted[0][1] and counted[1][0] == counted[1][1]
    assert counted[0][1] != counted[1][1]  # the two tokenizers differ on this text
