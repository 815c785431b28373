"""Shared fixtures: one local[2] SparkSession for the whole run, and paths to the test data; the markers that
`make test-fast` selects on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SAMPLE = ROOT / "data" / "sample"

os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

# markers set from what a test uses (its fixtures), so a new test is classified without remembering to
MARKED_BY_FIXTURE = {"spark": "spark", "cluster": "cluster", "browser": "browser"}


def pytest_configure(config) -> None:
    for marker, text in (("spark", "uses the test session's SparkSession"),
                         ("subprocess", "launches curate, spark-submit or a Spark application in a process of its own"),
                         ("cluster", "starts a loopback Spark standalone cluster"),
                         ("browser", "drives headless Chromium"),
                         ("smoke", "the one whole-pipeline run `make test-fast` keeps (tests/test_pipeline.py)")):
        config.addinivalue_line("markers", f"{marker}: {text}")


def pytest_collection_modifyitems(config, items) -> None:
    """Mark each test by the fixtures it uses, directly or through other fixtures."""
    for item in items:
        for fixture, marker in MARKED_BY_FIXTURE.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)


@pytest.fixture(scope="session")
def spark():
    """The one SparkSession of the test run (local[2], no progress bar); the pipeline joins it."""
    from curate.driver.session import get_session

    session = get_session(cli_conf={
        "spark.master": "local[2]",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "4",
        "spark.ui.enabled": "false",
    })
    yield session
    session.stop()


@pytest.fixture
def in_repo(monkeypatch):
    """Run from the repository root, where the configs' relative paths point."""
    monkeypatch.chdir(ROOT)
    return ROOT


def heavy_html(paragraphs: int = 30_000) -> bytes:
    """A page trafilatura needs seconds for (tens of thousands of distinct paragraphs): the timeout's target."""
    body = b"".join(b"<p>Paragraph %d has some ordinary words to keep the extractor busy for a while.</p>" % i
                    for i in range(paragraphs))
    return b"<html><body><article>" + body + b"</article></body></html>"


@pytest.fixture(scope="session")
def bundled_models(spark):
    """models/ as `make models` builds it (the default config scores with these). Tests never write into the
    repository: where they are missing, the tests that need them fail, naming the command that makes them."""
    lm, quality = ROOT / "models" / "lm" / "en", ROOT / "models" / "quality" / "en.bin"
    tokenizer = ROOT / "models" / "tokenizer"
    missing = [str(path) for path in (lm / "model.arpa", quality, tokenizer / "tokenizer.json") if not path.exists()]
    if missing:
        pytest.fail(f"{', '.join(missing)} not found: run `make models` (make test does) before these tests")
    return {"lm": lm, "quality": quality, "tokenizer": tokenizer}


@pytest.fixture(scope="session")
def described_sets(spark, tmp_path_factory):
    """The sets of tests/catalog_sets.py: a pipeline run with hostile text, and `curate card` profiles."""
    from tests.catalog_sets import build_sets

    return build_sets(tmp_path_factory.mktemp("catalog"))


@pytest.fixture(scope="session")
def web_reference(bundled_models, tmp_path_factory):
    """configs/web.yaml through spark-submit in local mode, undisturbed: what interrupted, resumed and cluster
    runs must reproduce. (output folder, the finished process)"""
    import subprocess

    out = tmp_path_factory.mktemp("reference") / "web"
    bin_dir = Path(sys.executable).parent
    result = subprocess.run([str(bin_dir / "spark-submit"), "--master", "local[2]", "--conf",
                             "spark.ui.showConsoleProgress=false", "jobs/pipeline.py", "--config", "configs/web.yaml",
                             "--output", str(out)], cwd=ROOT, env={**os.environ, "PYSPARK_PYTHON": sys.executable},
                            capture_output=True, text=True, timeout=600)
    return out, result


def chat_config(name: str, output: Path, **changes) -> dict:
    """configs/<name>.yaml with absolute input and benchmark paths and the given output."""
    import yaml

    data = yaml.safe_load((ROOT / "configs" / f"{name}.yaml").read_text())
    for spec in data["inputs"]:
        spec["paths"] = [str(ROOT / p) for p in spec["paths"]]
    for stage in data["stages"]:
        for benchmark in (stage.get("params") or {}).get("benchmarks", []):
            benchmark["paths"] = [str(ROOT / p) for p in benchmark["paths"]]
    if isinstance(data.get("tokenizer"), str):
        data["tokenizer"] = str(ROOT / data["tokenizer"])
    data["output"]["path"] = str(output)
    data.update(changes)
    return data


def bundled_run(name: str, tmp_path_factory):
    """configs/<name>.yaml on the bundled samples, in the test session's Spark. (output folder, RunResult)"""
    from curate.config import parse_config
    from curate.driver.run import run

    output = tmp_path_factory.mktemp(name) / "out"
    return output, run(parse_config(chat_config(name, output)), echo=False)


@pytest.fixture(scope="session")
def sft_run(spark, tmp_path_factory):
    """configs/sft.yaml on the bundled samples."""
    return bundled_run("sft", tmp_path_factory)


@pytest.fixture(scope="session")
def preference_run(spark, tmp_path_factory):
    """configs/preference.yaml on the bundled samples."""
    return bundled_run("preference", tmp_path_factory)


def assert_same_output(produced: Path, expected: Path) -> None:
    """Two runs' outputs hold the same shards and rejects (file by file, row by row), ledger and stats."""
    import json

    import pyarrow.parquet as pq

    def files(root: Path) -> list[str]:
        return sorted(str(p.relative_to(root)) for p in root.rglob("*.parquet"))

    assert files(produced) == files(expected) and files(expected)
    for relative in files(expected):
        assert pq.read_table(produced / relative).equals(pq.read_table(expected / relative)), relative
    ledgers = [json.loads((root / "ledger.json").read_text()) for root in (produced, expected)]
    for ledger in ledgers:
        ledger.pop("elapsed_seconds")
    assert ledgers[0] == ledgers[1]
    assert (produced / "stats.json").read_text() == (expected / "stats.json").read_text()
