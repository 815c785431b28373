"""The same job on a real Spark standalone cluster: a master and two workers on loopback, executors running a
packed virtualenv shipped with --archives (curate installed from this tree, not this checkout), output
identical to local mode; an executor killed mid-job costs nothing."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import sys
import threading
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import pytest

from curate.driver.checkpoints import MARKER
from tests.conftest import ROOT, assert_same_output
from tools.cluster import LocalCluster, free_port, pack_environment

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


def _json(url: str):
    """A status API's answer, or None where none answers (yet, or any more, or no HTTP server listens there)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return json.load(response)
    except (OSError, ValueError, http.client.HTTPException):
        return None


def driver_ui(running: LocalCluster, port: int) -> tuple[Optional[str], Optional[str]]:
    """(the driver UI's address, the application's id) once the driver asked for `port` serves the status API of
    an application the master runs; Spark moves its UI up to 16 ports on when `port` was taken meanwhile."""
    active = {app["id"] for app in running.state().get("activeapps", [])}
    for candidate in range(port, port + 17):
        ui = f"http://127.0.0.1:{candidate}"
        for app in _json(f"{ui}/api/v1/applications") or []:
            if app.get("id") in active:
                return ui, app["id"]
    return None, None


def running_tasks(ui: str, app_id: str) -> list[dict]:
    """The tasks the driver's status API (`/api/v1`) lists as RUNNING now, in every active stage, newest first,
    each with its `age`: seconds since the driver launched it."""
    base = f"{ui}/api/v1/applications/{app_id}"
    tasks = []
    for stage in _json(f"{base}/stages?status=active") or []:
        listed = _json(f"{base}/stages/{stage['stageId']}/{stage['attemptId']}/taskList?status=RUNNING&length=1000")
        for task in listed or []:
            if task.get("status") == "RUNNING":
                launched = datetime.strptime(task["launchTime"], "%Y-%m-%dT%H:%M:%S.%f%Z").replace(tzinfo=timezone.utc)
                tasks.append({**task, "age": time.time() - launched.timestamp()})
    return sorted(tasks, key=lambda task: task["age"])


def executor_pid(running: LocalCluster, app_id: str, executor_id: str) -> Optional[int]:
    """The pid of the cluster's executor JVM started as `--app-id app_id --executor-id executor_id`."""
    for pid in running.executor_pids():
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                arguments = handle.read().decode(errors="replace").split("\0")
        except OSError:
            continue
        given = dict(zip(arguments, arguments[1:]))
        if given.get("--app-id") == app_id and given.get("--executor-id") == executor_id:
            return pid
    return None


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


def test_a_cluster_run_matches_local_mode_even_when_an_executor_running_a_task_is_killed(cluster, web_reference,
                                                                                         tmp_path):
    """configs/web.yaml on the cluster, one executor killed (kill -9) while it runs a task of the row-local pass:
    the job recovers and writes what local mode writes, file by file and row by row."""
    running, archive = cluster
    out = tmp_path / "web"
    port = free_port()  # the driver's UI: its status API says which tasks run where
    process = running.submit(PIPELINE, ["--config", "configs/web.yaml", "--output", str(out)], archive,
                             conf={"spark.ui.port": str(port)}, wait=False)
    output = {"stdout": [], "stderr": []}  # read as it comes, so that the driver never blocks on a full pipe
    readers = [threading.Thread(target=lambda name=name: output[name].extend(getattr(process, name)), daemon=True)
               for name in output]
    for reader in readers:
        reader.start()
    writing = tmp_path / "web.curate-staging" / "annotated"  # the row-local pass's checkpoint, being written
    ui = app_id = victim = task = None
    deadline = time.time() + 300
    while victim is None and time.time() < deadline and process.poll() is None:
        if ui is None:
            ui, app_id = driver_ui(running, port)
        elif writing.exists() and not (writing / MARKER).exists():
            # the API says RUNNING from the driver's LaunchTask on, before the executor has acknowledged the task
            # (well within a second), and a task lost before that counts as never started: so a task a second old,
            # the newest such (the most of its work ahead)
            for task in (task for task in running_tasks(ui, app_id) if task["age"] >= 1):
                victim = executor_pid(running, app_id, task["executorId"])
                if victim is not None:
                    break
        if victim is None:
            time.sleep(0.1)
    if victim is None and process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)  # its own session: the driver and its Python workers
    assert victim is not None and process.poll() is None, f"no task of the job was seen running (UI {ui})"
    os.kill(victim, signal.SIGKILL)  # mid-way through the row-local pass, while that executor runs a task
    process.wait(timeout=600)
    for reader in readers:
        reader.join(timeout=60)
    stderr = "".join(output["stderr"])
    assert process.returncode == 0, stderr[-3000:]
    # the driver saw the task the executor had started fail with it (and ran it again): the kill hit a running task
    executor, tid = task["executorId"], task["taskId"]
    lost = rf"Lost task .* \(TID {tid}\) .*ExecutorLostFailure \(executor {executor} exited caused by"
    assert re.search(lost, stderr), stderr[-3000:]
    assert web_reference[1].returncode == 0, web_reference[1].stderr[-3000:]
    assert_same_output(out, web_reference[0])
    assert any(app.get("state") == "FINISHED" for app in running.state().get("completedapps", []))
    print(f"killed executor {executor} (pid {victim}) {task['age']:.1f} s into task {tid}; the job recovered",
          file=sys.stderr)
