"""The same job on a real Spark standalone cluster: a master and two workers on loopback, executors running a
packed virtualenv shipped with --archives (curate installed from this tree, not this checkout), output
identical to local mode; an executor killed mid-job costs nothing."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from curate.cluster import LocalCluster, pack_environment
from tests.conftest import ROOT, assert_same_output

PIPELINE = str(ROOT / "jobs" / "pipeline.py")
PROBE = """
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
def where(_):
    import curate, os, sys
    return curate.__file__, sys.executable, os.getcwd()
for row in spark.sparkContext.parallelize(range(8), 8).map(where).distinct().collect():
    print("EXECUTOR", *row)
spark.stop()
"""


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    archive = pack_environment(str(ROOT / "build" / "cluster"))  # rebuilt only when the sources change
    running = LocalCluster(str(tmp_path_factory.mktemp("cluster")), workers=2, cores=1).start()
    yield running, archive
    running.stop()


def test_executors_run_the_packed_environment(cluster, tmp_path):
    running, archive = cluster
    assert len(running.alive_workers()) == 2
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE)
    result = running.submit(str(probe), [], archive)
    assert result.returncode == 0, result.stderr[-3000:]
    found = [line.split()[1:] for line in result.stdout.splitlines() if line.startswith("EXECUTOR ")]
    assert {os.path.basename(Path(cwd).parents[1]) for _, _, cwd in found} == {"worker-0", "worker-1"}
    for module, python, cwd in found:
        assert module == f"{cwd}/env/lib/python3.11/site-packages/curate/__init__.py"  # not this checkout
        assert python == f"{cwd}/env/bin/python"


def test_cluster_run_matches_local_mode(cluster, web_reference, tmp_path):
    running, archive = cluster
    out = tmp_path / "web"
    result = running.submit(PIPELINE, ["--config", "configs/web.yaml", "--output", str(out)], archive)
    assert result.returncode == 0, result.stderr[-3000:]
    expected, reference = web_reference
    assert reference.returncode == 0, reference.stderr[-3000:]
    assert_same_output(out, expected)
    finished = running.state().get("completedapps", [])
    assert any(app.get("state") == "FINISHED" for app in finished)


def test_a_killed_executor_costs_nothing(cluster, web_reference, tmp_path):
    running, archive = cluster
    out = tmp_path / "web"
    process = running.submit(PIPELINE, ["--config", "configs/web.yaml", "--output", str(out)], archive, wait=False)
    writing = tmp_path / "web.curate-staging" / "annotated"
    deadline = time.time() + 300
    while time.time() < deadline and process.poll() is None and not (writing.exists() and running.executor_pids()):
        time.sleep(0.1)
    time.sleep(1.0)  # mid-way through the row-local pass
    victims = running.executor_pids()
    assert victims and process.poll() is None, "the job ended before an executor could be killed"
    os.kill(victims[0], signal.SIGKILL)
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr[-3000:]
    assert "Lost executor" in stderr or "ExecutorLostFailure" in stderr or "Executor lost" in stderr, stderr[-3000:]
    assert_same_output(out, web_reference[0])
    print(f"killed executor pid {victims[0]}; the job recovered", file=sys.stderr)
