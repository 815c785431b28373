"""Semantic dedup (dedup.semantic): embeddings equal a bare transformers loop, and the documents it removes are
what brute-force all-pairs cosine over those embeddings says, on real prompts and on a dense templated cluster.
The expected values come from numpy over embeddings computed here, never from curate's pairs."""

from __future__ import annotations

import functools
import json
from collections import Counter

import numpy as np
import pyarrow.dataset as ds
import pytest

from curate.config import ConfigError, parse_config
from curate.driver.run import run
from quality_model.embedding import TextEmbedder, packaged_model
from tests.conftest import SAMPLE

THRESHOLD = 0.9


def sample_prompts() -> list[str]:
    """The first user message of every bundled SFT record (Alpaca en/zh, ShareGPT), in file order."""
    prompts = []
    for name in ("alpaca_en.json", "alpaca_zh.json"):
        prompts += [f"{r['instruction']}\n{r['input']}".strip() for r in json.loads((SAMPLE / "sft" / name).read_text())]
    for record in json.loads((SAMPLE / "sft" / "sharegpt_fastchat.json").read_text()):
        prompts.append(next(t["value"] for t in record["conversations"] if t["from"] == "human"))
    return prompts


def bare(texts: list[str]) -> np.ndarray:
    """sentence-transformers' definition, one text at a time (no padding): mean of the last hidden states, L2
    norm, 256 tokens (all-MiniLM-L6-v2's max_seq_length)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(packaged_model())
    model = AutoModel.from_pretrained(packaged_model()).eval()
    rows = []
    with torch.inference_mode():
        for text in texts:
            encoded = tokenizer(text, truncation=True, max_length=256, return_tensors="pt")
            pooled = model(**encoded).last_hidden_state[0].mean(0)
            rows.append((pooled / pooled.norm()).numpy())
    return np.stack(rows)


@functools.lru_cache(maxsize=1)
def bare_sample() -> np.ndarray:
    """`bare` over the sample prompts, computed once for the tests that compare against them."""
    return bare(sample_prompts())


def brute_force_groups(vectors: np.ndarray, threshold: float) -> list[int]:
    """Each row's connected component over all pairs with cosine ≥ threshold (union-find)."""
    parent = list(range(len(vectors)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in zip(*np.nonzero(np.triu(vectors @ vectors.T >= threshold, 1))):
        parent[root(int(i))] = root(int(j))
    return [root(i) for i in range(len(vectors))]


def write_prompts(path, texts: list[str]) -> None:
    path.write_text("".join(json.dumps({"id": f"p{i:04d}", "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(texts)))


def run_semantic(tmp_path, texts: list[str], **semantic):
    write_prompts(tmp_path / "prompts.jsonl", texts)
    config = parse_config({"name": "s", "inputs": [{"paths": [str(tmp_path / "prompts.jsonl")], "id_field": "id"}],
                           "dedup": {"semantic": {"threshold": THRESHOLD, **semantic}},
                           "output": {"path": str(tmp_path / "out"), "rejects": "all"}})
    result = run(config, echo=False)
    rows = ds.dataset(str(tmp_path / "out" / "data"), format="parquet").to_table().to_pylist()
    rows += ds.dataset(str(tmp_path / "out" / "rejects"), format="parquet").to_table().to_pylist()
    return result, {r["id"]: r for r in rows}


def assert_one_survivor_per_component(texts: list[str], rows: dict[str, dict], groups: list[int]) -> None:
    """Every brute-force component keeps exactly one document, and every removed one points to the survivor of
    its own component."""
    kept_by_group: dict[int, list[str]] = {}
    for i, group in enumerate(groups):
        row = rows[f"p{i:04d}"]
        if row.get("drop_reason") is None:
            kept_by_group.setdefault(group, []).append(row["id"])
    assert all(len(kept) == 1 for kept in kept_by_group.values())
    assert set(kept_by_group) == set(groups)
    for i, group in enumerate(groups):
        row = rows[f"p{i:04d}"]
        if row.get("drop_reason") is not None:
            assert row["drop_reason"] == "dedup.semantic"
            assert row["dup_of"] == kept_by_group[group][0]


def test_embeddings_equal_a_bare_transformers_loop():
    texts = sample_prompts()[:200] + ["", "x", "word " * 600]  # empty, one character, past the 256-token limit
    embedded = TextEmbedder(packaged_model(), "cpu", batch_size=32).embed(texts)
    expected = bare(texts)
    assert embedded.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(embedded, axis=1), 1.0, atol=1e-5)
    assert np.einsum("ij,ij->i", embedded, expected).min() > 0.99999


def test_semantic_dedup_removes_what_brute_force_finds_on_real_prompts(spark, tmp_path):
    texts = sample_prompts()
    groups = brute_force_groups(bare_sample(), THRESHOLD)
    assert len(set(groups)) < len(texts) - 10  # the sample has real semantic duplicates to find
    result, rows = run_semantic(tmp_path, texts, k=1)  # one cluster: every pair is compared
    assert_one_survivor_per_component(texts, rows, groups)
    dedup = result.ledger["stages"][-1]
    assert dedup["stage"] == "dedup"
    assert {r: c["docs"] for r, c in dedup["reasons"].items()} == {"dedup.semantic": len(texts) - len(set(groups))}
    clusters = json.loads((tmp_path / "out" / "stats.json").read_text())["semantic_clusters"]
    assert clusters["clusters"] == 1 and clusters["documents"] == len(texts)
    assert clusters["removed"] == len(texts) - len(set(groups))


def test_clusters_lose_few_pairs_against_brute_force(spark, tmp_path):
    texts = sample_prompts()
    expected_kept = len(set(brute_force_groups(bare_sample(), THRESHOLD)))
    result, rows = run_semantic(tmp_path, texts, k=6)
    assert abs(result.ledger["documents_kept"] - expected_kept) <= 0.01 * expected_kept
    assert len({r["semantic_cluster"] for r in rows.values()}) == 6
    clusters = json.loads((tmp_path / "out" / "stats.json").read_text())["semantic_clusters"]
    assert clusters["clusters"] == 6 and clusters["documents"] == len(texts)
    assert clusters["size"]["max"] >= clusters["size"]["p50"] >= clusters["size"]["min"] >= 1


def test_a_dense_templated_cluster_and_short_items(spark, tmp_path):
    """Hundreds of templated, near-identical prompts (as identity sets and form-filled instructions are), plus
    one- and two-word items, which embed close to many things."""
    names = ["Ava", "Ben", "Chen", "Dara", "Eli", "Farah", "Goran", "Hana", "Ivo", "Jun"]
    templated = [f"Hi! I am {name}. Who are you and who developed you{'?' * (1 + n % 3)}"
                 for n, name in enumerate(names * 30)]
    short = ["hi", "hello", "hey", "thanks", "ok", "yes", "no", "why?", "help", "stop"]
    texts = templated + short + sample_prompts()[:100]
    groups = brute_force_groups(bare(texts), THRESHOLD)
    _, rows = run_semantic(tmp_path, texts, k=3, margin=0.1)
    assert_one_survivor_per_component(texts, rows, groups)


def test_semantic_dedup_on_sft_prompts_with_the_other_stages_and_its_card(spark, tmp_path):
    """configs/sft.yaml with semantic dedup on the prompts: its reason beside exact dedup's, and the card and
    the catalog page (in headless Chromium) state the clusters and removals the rows hold."""
    from playwright.sync_api import sync_playwright

    from catalogs.site import build_site
    from tests.conftest import chat_config
    from tests.test_catalog import CHROMIUM_FLAGS, chromium_path

    out = tmp_path / "sets" / "out"
    data = chat_config("sft", out)
    data["dedup"]["semantic"] = {"k": 4, "threshold": 0.95}
    result = run(parse_config(data), echo=False)
    dedup = next(s for s in result.ledger["stages"] if s["stage"] == "dedup")
    assert set(dedup["reasons"]) == {"dedup.exact", "dedup.semantic"}
    rows = ds.dataset(str(out / "data"), format="parquet").to_table().to_pylist()
    rejects = ds.dataset(str(out / "rejects"), format="parquet").to_table().to_pylist()
    embedded = [r for r in rows + rejects if r["semantic_cluster"] is not None]
    removed = sum(r["drop_reason"] == "dedup.semantic" for r in rejects)
    assert removed == dedup["reasons"]["dedup.semantic"]["docs"] > 0
    # every kept and semantically removed prompt was embedded; exact duplicates were removed before it
    assert len(embedded) == len(rows) + removed
    sizes = sorted(Counter(r["semantic_cluster"] for r in embedded).values())
    sentence = (f"compared {len(embedded):,} records inside 4 KMeans clusters of {sizes[0]:,}–{sizes[-1]:,} records "
                f"(median {sizes[len(sizes) // 2]:,}) and removed {removed:,}")
    assert sentence in (out / "README.md").read_text()
    site = tmp_path / "site"
    build_site([str(tmp_path / "sets")], str(site))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        tab = browser.new_page()
        tab.goto((site / "sets" / "sft-sample.html").as_uri())
        assert sentence in tab.locator("#semantic").text_content()
        assert "cosine ≥ 0.95 of all-MiniLM-L6-v2 embeddings" in tab.locator("#semantic").text_content()
        browser.close()


@pytest.mark.parametrize("semantic, message", [
    ({"model": "/nonexistent/model"}, "is not a folder"),
    ({"model": str(SAMPLE)}, "has no config.json"),
    ({"field": "response"}, "is not a text column"),
    ({"k": 0}, "k: must be ≥ 1"),
    ({"threshold": 1.5}, "threshold"),
])
def test_wrong_semantic_settings_fail_before_any_work(tmp_path, semantic, message):
    write_prompts(tmp_path / "p.jsonl", ["a prompt"])
    with pytest.raises(ConfigError, match=message):
        config = parse_config({"name": "s", "inputs": [{"paths": [str(tmp_path / "p.jsonl")]}],
                               "dedup": {"semantic": semantic}, "output": {"path": str(tmp_path / "out")}})
        from curate.driver.prepare import prepare

        prepare(config)
    assert not (tmp_path / "out").exists()
