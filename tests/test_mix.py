"""`curate mix`: curated sets sampled to a token budget by shares, selected, re-hydrated, repeated past their
supply, shuffled deterministically, and tokenized into Megatron shards that megatron-core reads back. Expected
values come from the input rows and the bare tokenizer, never from the mix's own numbers."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from tokenizers import Tokenizer, models, pre_tokenizers, trainers

from curate.config import parse_config
from curate.driver.run import run
from curate.mix.config import parse_mix_config
from curate.mix.run import run_mix
from curate.validate import ConfigError
from tests.conftest import ROOT

EOS = "<|endoftext|>"


@pytest.fixture(scope="module")
def sets(spark, tmp_path_factory) -> dict[str, Path]:
    """Two real curated sets: C4 web text with exact duplicates (cluster sizes 1–3) and 30 Wikipedia articles;
    and a tiny byte-level BPE tokenizer trained here with `tokenizers`."""
    root = tmp_path_factory.mktemp("mix")
    c4 = [json.loads(line) for line in (ROOT / "data" / "sample" / "c4_demo.jsonl").open(encoding="utf-8")]
    docs = []
    for i, doc in enumerate(c4[:120]):
        docs += [{"id": f"c4-{i}-{copy}", "text": doc["text"]} for copy in range(1 + i % 3)]
    (root / "web.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    for name, source in (("web", root / "web.jsonl"), ("wiki", ROOT / "data" / "reference" / "wiki_en.jsonl")):
        run(parse_config({"name": name, "inputs": [{"paths": [str(source)], "source": name}],
                          "stages": [{"stage": "language_id_v1"}, {"stage": "length_v1"}],
                          "dedup": {"exact": True}, "output": {"path": str(root / name)}}), echo=False)
    texts = [json.loads(line)["text"] for line in (ROOT / "data" / "reference" / "wiki_en.jsonl").open()]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=700, special_tokens=[EOS], show_progress=False,
                                                       initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    (root / "bpe").mkdir()
    bpe.save(str(root / "bpe" / "tokenizer.json"))
    return {"root": root, "web": root / "web", "wiki": root / "wiki", "bpe": root / "bpe"}


def kept_rows(folder: Path) -> list[dict]:
    return [row for path in sorted((folder / "data").rglob("*.parquet")) for row in pq.read_table(path).to_pylist()]


def mix_rows(folder: Path) -> list[dict]:
    return [row for path in sorted((folder / "data").glob("part-*.parquet")) for row in pq.read_table(path).to_pylist()]


def bare_count(sets, text: str) -> int:
    return len(Tokenizer.from_file(str(sets["bpe"] / "tokenizer.json")).encode(text, add_special_tokens=False).ids)


def mix_config(sets, out: Path, **overrides) -> dict:
    return {"name": "test-mix", "inputs": [{"set": str(sets["web"])}, {"set": str(sets["wiki"])}],
            "tokenizer": str(sets["bpe"]), "budget": {"tokens": 400_000},
            "weights": {"by": ["set"], "shares": {"web": 0.6, "wiki": 0.4}},
            "output": {"path": str(out), "shard_target_mb": 1}, **overrides}


def test_shares_epochs_and_budget_match_the_request(spark, sets, tmp_path):
    supply = {name: {r["id"]: bare_count(sets, r["text"]) for r in kept_rows(sets[name])} for name in ("web", "wiki")}
    held = {name: sum(counts.values()) for name, counts in supply.items()}
    budget = held["web"] // 2 + int(2.5 * held["wiki"])  # web half taken, wiki repeated 2.5 times
    shares = {"web": (held["web"] // 2) / budget}
    shares["wiki"] = 1 - shares["web"]
    config = parse_mix_config(mix_config(sets, tmp_path / "mix", budget={"tokens": budget}, max_epochs=2,
                                         weights={"by": ["set"], "shares": shares}, tokenized={"format": "megatron"}))
    result = run_mix(config, echo=False)
    rows = mix_rows(tmp_path / "mix")
    realised = Counter()
    appearances = Counter()
    for row in rows:
        realised[row["set"]] += supply[row["set"]][row["id"]]
        appearances[(row["set"], row["id"])] += 1
    longest = max(max(s.values()) for s in supply.values())
    for name, share in shares.items():
        assert abs(realised[name] - share * budget) <= longest, name  # within one document of its target
    assert abs(sum(realised.values()) - budget) <= 2 * longest  # (the bench checks 0.5 % of a budget of 1M documents)
    assert {appearances[("wiki", i)] for i in supply["wiki"]} <= {2, 3}  # repeated whole, then the remainder
    assert {appearances[("web", i)] for i in supply["web"]} <= {0, 1}
    for (name, doc_id), n in appearances.items():
        epochs = sorted(r["epoch"] for r in rows if r["set"] == name and r["id"] == doc_id)
        assert epochs == list(range(n))
    assert any("'wiki'" in w and "repeated" in w for w in result.ledger["warnings"])
    assert result.ledger["groups"]["wiki"]["realised"] == realised["wiki"]
    # tokenized shards: megatron-core reads each shard's documents as the bare tokenizer's ids and EOS
    from megatron.core.datasets.indexed_dataset import IndexedDataset

    tokenizer = Tokenizer.from_file(str(sets["bpe"] / "tokenizer.json"))
    eos = tokenizer.token_to_id(EOS)
    for shard in sorted((tmp_path / "mix" / "data").glob("part-*.parquet")):
        texts = [r["text"] for r in pq.read_table(shard).to_pylist()]
        dataset = IndexedDataset(str(tmp_path / "mix" / "tokenized" / shard.stem))
        assert len(dataset) == len(texts)
        for i, text in enumerate(texts):
            assert dataset[i].tolist() == tokenizer.encode(text, add_special_tokens=False).ids + [eos]


def test_two_runs_write_the_same_mix_and_the_seed_changes_it(spark, sets, tmp_path):
    for name, seed in (("a", 0), ("b", 0), ("c", 1), ("b", 0)):  # b twice: a mix replaces the one it wrote
        run_mix(parse_mix_config(mix_config(sets, tmp_path / name, seed=seed, tokenized={"format": "megatron"})),
                echo=False)
    first, second, other = (mix_rows(tmp_path / n) for n in "abc")
    assert [(r["set"], r["id"], r["epoch"]) for r in first] == [(r["set"], r["id"], r["epoch"]) for r in second]
    assert [(r["set"], r["id"]) for r in first] != [(r["set"], r["id"]) for r in other]
    order = [r["set"] for r in first]
    assert order != sorted(order)  # shuffled: the sets are interleaved
    for part in ("data", "tokenized"):
        assert [p.read_bytes() for p in sorted((tmp_path / "a" / part).iterdir())] == \
            [p.read_bytes() for p in sorted((tmp_path / "b" / part).iterdir())], part  # identical shards


def test_selection_keeps_the_top_of_a_score_per_language(spark, sets, tmp_path):
    config = mix_config(sets, tmp_path / "top", budget={"documents": 10_000}, weights={"by": ["set"], "shares": {
        "web": 1.0}}, select=[{"column": "language_score", "top": 0.5, "per": ["language"], "sets": ["web"]}])
    run_mix(parse_mix_config(config), echo=False)
    chosen = {r["id"] for r in mix_rows(tmp_path / "top")}
    web = kept_rows(sets["web"])
    for language in {r["language"] for r in web}:
        inside = [r for r in web if r["language"] == language]
        taken = [r["language_score"] for r in inside if r["id"] in chosen]
        left = [r["language_score"] for r in inside if r["id"] not in chosen]
        if taken and left:
            assert min(taken) >= max(left), language
    english = [r for r in web if r["language"] == "en"]
    assert abs(len([r for r in english if r["id"] in chosen]) - len(english) / 2) <= 0.1 * len(english)


def test_rehydration_repeats_documents_by_their_cluster_size(spark, sets, tmp_path):
    web = kept_rows(sets["web"])
    repeats = {1: 1, 2: 3, 3: 3}
    supply = sum(repeats[r["dup_cluster_size"]] for r in web)
    config = mix_config(sets, tmp_path / "hydrated", budget={"documents": supply},
                        weights={"by": ["set"], "shares": {"web": 1.0}},
                        rehydrate={"column": "dup_cluster_size", "repeats": [[1, 1], [2, 3]]})
    run_mix(parse_mix_config(config), echo=False)
    seen = Counter(r["id"] for r in mix_rows(tmp_path / "hydrated"))
    assert {r["id"]: repeats[r["dup_cluster_size"]] for r in web} == dict(seen)


@pytest.mark.parametrize("change, message", [
    ({"weights": {"by": ["set"], "shares": {"web": 0.6, "news": 0.4}}}, "not inputs of the mix"),
    ({"weights": {"by": ["set"], "shares": {"web": 0.6, "wiki": 0.3}}}, "add up to 0.9"),
    ({"tokenizer": None}, "need the mix's tokenizer"),
    ({"budget": {"tokens": 10, "documents": 10}}, "one of tokens or documents"),
    ({"weights": {"by": ["domain"], "shares": {"x": 1.0}}}, "'domain' is not one of"),
])
def test_a_wrong_mix_config_fails_before_any_work(sets, tmp_path, change, message):
    data = {k: v for k, v in {**mix_config(sets, tmp_path / "x"), **change}.items() if v is not None}
    with pytest.raises(ConfigError, match=message):
        parse_mix_config(data)


def test_an_input_that_is_not_a_curated_set_is_named(tmp_path, sets):
    with pytest.raises(ConfigError, match="has no card.json"):
        parse_mix_config({**mix_config(sets, tmp_path / "x"), "inputs": [{"set": str(tmp_path)}]})


def test_the_mix_card_counts_what_the_shards_hold_and_the_catalog_links_it_to_its_inputs(spark, sets, tmp_path):
    from playwright.sync_api import sync_playwright

    from catalogs.site import build_site
    from tests.test_catalog import CHROMIUM_FLAGS, chromium_path

    out = tmp_path / "mixes" / "card-mix"
    run_mix(parse_mix_config(mix_config(sets, out, budget={"tokens": 300_000}, tokenized={"format": "megatron"},
                                        card={"pretty_name": "Card mix"})), echo=False)
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    rows = mix_rows(out)
    assert card["kind"] == "mix" and card["totals"]["documents"] == len(rows)
    inputs = {i["name"]: i for i in card["mix"]["inputs"]}
    for name in ("web", "wiki"):
        mine = [r for r in rows if r["set"] == name]
        assert inputs[name]["read"]["documents"] == len(kept_rows(sets[name]))
        assert inputs[name]["taken"]["documents"] == len(mine)
        assert inputs[name]["taken"]["unique_documents"] == len({r["id"] for r in mine})
        assert inputs[name]["taken"]["tokens"] == sum(bare_count(sets, r["text"]) for r in mine)
    assert card["mix"]["epochs"] == {str(e): n for e, n in sorted(Counter(r["epoch"] for r in rows).items())}
    assert card["tokens"]["total"] == sum(bare_count(sets, r["text"]) for r in rows)
    readme = (out / "README.md").read_text(encoding="utf-8")
    links = [target for target in __import__("re").findall(r"\]\(<([^>]+)>\)", readme)]
    assert sorted((out / link).resolve() for link in links) == sorted(sets[n].resolve() / "README.md"
                                                                      for n in ("web", "wiki"))
    site = tmp_path / "site"
    build_site([str(sets["root"]), str(tmp_path / "mixes")], str(site))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        tab = browser.new_page()
        errors: list[str] = []
        tab.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        tab.goto((site / "sets" / "test-mix.html").as_uri())  # the slug of the mix's name
        assert sorted(tab.locator("#links li").all_text_contents()) == ["This set is mixed from web",
                                                                       "This set is mixed from wiki"]
        assert "training mix" in tab.locator(".badges").text_content()
        tab.locator(".mix-inputs a", has_text="wiki").click()
        tab.wait_for_load_state("load")
        assert tab.url.endswith("/sets/wiki.html")
        assert tab.locator("#links li").all_text_contents() == ["Card mix is mixed from this set"]
        browser.close()
    assert errors == []


def test_the_bundled_mix_config_mixes_the_bundled_sets(web_reference, sft_run, tmp_path, monkeypatch):
    """configs/mix.yaml (the last step of `make run`) on the web and SFT sets the bundled configs write."""
    import yaml

    monkeypatch.chdir(ROOT)  # models/tokenizer, as the config names it
    data = yaml.safe_load((ROOT / "configs" / "mix.yaml").read_text(encoding="utf-8"))
    data["inputs"] = [{"set": str(web_reference[0]), "name": "web"}, {"set": str(sft_run[0]), "name": "sft"}]
    data["output"]["path"] = str(tmp_path / "mix")
    result = run_mix(parse_mix_config(data), echo=False)
    tokens = Counter()
    tokenizer = Tokenizer.from_file(str(ROOT / "models" / "tokenizer" / "tokenizer.json"))
    for row in mix_rows(tmp_path / "mix"):
        tokens[row["set"]] += len(tokenizer.encode(row["text"], add_special_tokens=False).ids)
    longest = max(len(tokenizer.encode(r["text"], add_special_tokens=False).ids) for r in kept_rows(sft_run[0]))
    longest = max(longest, max(len(tokenizer.encode(r["text"], add_special_tokens=False).ids)
                               for r in kept_rows(web_reference[0])))
    for name, share in data["weights"]["shares"].items():
        assert abs(tokens[name] - share * data["budget"]["tokens"]) <= longest, name
    assert result.ledger["realised"] == sum(tokens.values())
    assert (tmp_path / "mix" / "README.md").exists() and list((tmp_path / "mix" / "tokenized").glob("*.idx"))
