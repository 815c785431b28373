"""The three ways to launch a run behave the same; config mistakes fail in seconds, before Spark starts."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest
import yaml

from tests.conftest import DATA, ROOT, assert_same_output

BIN = Path(sys.executable).parent
pytestmark = pytest.mark.usefixtures("bundled_models")  # configs/web.yaml scores with models/


def launch(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    return subprocess.run(list(args), cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def test_misspelt_key_fails_fast_naming_it(tmp_path):
    data = yaml.safe_load((ROOT / "configs" / "web.yaml").read_text())
    data["ouptut"] = data.pop("output")
    config = tmp_path / "typo.yaml"
    config.write_text(yaml.safe_dump(data))
    started = time.time()
    result = launch(str(BIN / "curate"), "run", "--config", str(config))
    elapsed = time.time() - started
    assert result.returncode == 2
    assert "unknown key 'ouptut' (did you mean 'output'?)" in result.stderr
    assert "typo.yaml" in result.stderr
    assert "SparkContext" not in result.stderr  # failed before Spark started
    print(f"misspelt key rejected in {elapsed:.2f} s")


def test_python_job_with_input_override(tmp_path):
    out = tmp_path / "quick"
    result = launch(sys.executable, "jobs/pipeline.py", "--input", str(DATA / "bad.jsonl"), "data/sample/c4_*.jsonl",
                    "--output", str(out), "--conf", "spark.ui.showConsoleProgress=false", "--master", "local[1]")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "invalid_json 2" in result.stdout
    assert f"shards:  {out}/data" in result.stdout
    assert " INFO " not in result.stderr  # Spark's INFO log stays quiet
    rows = ds.dataset(str(out / "data"), format="parquet").to_table()
    assert rows.num_rows > 200 and "en" in set(rows.column("language").to_pylist())


def test_spark_submit_runs_the_default_config(web_reference):
    out, result = web_reference
    assert result.returncode == 0, result.stderr[-3000:]
    assert "ledger:" in result.stdout
    assert " INFO " not in result.stderr  # make's env puts curate's log settings in spark-submit's conf folder
    assert (out / "ledger.json").exists() and (out / "config.yaml").exists()
    assert ds.dataset(str(out / "data"), format="parquet").count_rows() > 200


def test_check_prints_the_resolved_config():
    result = launch(str(BIN / "curate"), "check", "--config", "configs/web.yaml")
    assert result.returncode == 0, result.stderr
    resolved = yaml.safe_load(result.stdout)
    assert resolved["read"]["max_doc_bytes"] == 20_000_000
    assert "input files" in result.stderr


def test_interrupted_run_resumes_from_its_finished_steps_and_matches_an_undisturbed_run(tmp_path, web_reference):
    import json
    import signal

    out = tmp_path / "killed"
    command = [str(BIN / "curate"), "run", "--config", "configs/web.yaml", "--output", str(out), "--master", "local[2]",
               "--conf", "spark.ui.showConsoleProgress=false"]
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    finished_step = tmp_path / "killed.curate-staging" / "annotated" / "_CURATE_CHECKPOINT"
    deadline = time.time() + 180
    while time.time() < deadline and not finished_step.exists() and process.poll() is None:
        time.sleep(0.1)
    assert finished_step.exists(), "the run never finished its row-local pass"
    os.killpg(process.pid, signal.SIGKILL)  # the driver, its JVM and the Python workers, mid-job
    process.wait()
    assert not out.exists()  # nothing half-written at the output

    result = launch(*command)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "resuming an interrupted run: reused annotated" in result.stderr
    lineage = json.loads((out / "lineage.json").read_text())
    assert lineage["resumed"][0] == "annotated"  # the row-local pass was read back, not run again
    expected, reference = web_reference
    assert reference.returncode == 0, reference.stderr[-3000:]
    assert_same_output(out, expected)  # nothing lost, nothing duplicated
    assert sorted(p.name for p in tmp_path.iterdir()) == ["killed"]  # the interrupted run's staging is gone too
