"""Where a run may write, checked before any work: a run replaces only what curate wrote.

An output path may be a new or empty folder, or an earlier curate output: a folder holding curate's marker
(`.curate-output`, with the run's id and version) and nothing but what curate writes. Anything else fails,
naming the path and the fix: a file, a folder of other files (unless `--overwrite`), the root, the home or the
working folder or a folder above it, a folder that is, holds or lies inside one of the inputs' files. The
folders curate keeps beside an output (`<name>.curate-staging`, `<name>.curate-replaced`, the lock
`<name>.curate-lock`) must be curate's own too. These checks are plain Python on local paths; URIs are checked
again through Hadoop's FileSystem when the run starts (curate/output/writer.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
import time
import uuid
from typing import Iterable, Optional

from curate.validate import ConfigError

OUTPUT_MARKER = ".curate-output"  # JSON: run id, curate version, when; written last, so a complete output has it
STAGING_MARKER = "_CURATE_STAGING"  # in a staging folder curate made
OUTPUT_ENTRIES = {OUTPUT_MARKER, "data", "rejects", "ledger.json", "stats.json", "lineage.json", "config.yaml",
                  "README.md", "card.json", "mix_ledger.json", "tokenized",  # (these two: a `curate mix`)
                  "annotations.json"}  # (a `curate annotate`)


def sibling(final: str, suffix: str) -> str:
    """The path beside `final` that curate keeps for it: `<final>.curate-<suffix>`."""
    return f"{final.rstrip('/')}.curate-{suffix}"


LEGACY_OUTPUT = {"data", "ledger.json", "config.yaml", "lineage.json"}  # what every earlier version wrote


def is_curate_output(entries: Iterable[str]) -> bool:
    """True for a folder's entry names that are an earlier curate output's: nothing but curate's files, with the
    marker (or, from versions before the marker, the files every run wrote)."""
    names = set(entries)
    return names <= OUTPUT_ENTRIES and (OUTPUT_MARKER in names or LEGACY_OUTPUT <= names)


def check_replaceable_entries(path: str, entries: list[str], overwrite: bool) -> None:
    """An existing output folder holding `entries` may be replaced: empty, an earlier curate output, or (with
    --overwrite) anything; else a ConfigError naming the entries curate did not write."""
    if entries and not is_curate_output(entries) and not overwrite:
        others = sorted(set(entries) - OUTPUT_ENTRIES) or sorted(entries)
        shown = ", ".join(others[:5]) + (" …" if len(others) > 5 else "")
        raise ConfigError(f"output '{path}' holds files curate did not write ({shown}); give a new or empty "
                          f"folder, or pass --overwrite to replace that folder and everything in it")


def marker_text(run_id: str) -> str:
    """The content of the output marker."""
    from curate.driver.lineage import code_version

    return json.dumps({"run_id": run_id, "curate": code_version(), "written": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                                              time.gmtime())})


def new_run_id() -> str:
    """An id for one run, recorded in the output marker and the lock."""
    return uuid.uuid4().hex[:16]


def _real(path: str) -> str:
    return os.path.realpath(os.path.abspath(path))


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


SYSTEM_FOLDERS = ("/usr/local", "/usr/lib", "/usr/share", "/usr/bin", "/var/lib", "/var/log", "/var/cache",
                  "/var/tmp", "/var/www", "/var/mail", "/var/spool", "/opt/conda")


def protected_folders() -> list[tuple[str, str]]:
    """Folders no run replaces whatever it is told: (path, why)."""
    cwd = _real(os.getcwd())
    out = [("/", "the root folder"), (_real(os.path.expanduser("~")), "your home folder"),
           (cwd, "the working folder")]
    parent = os.path.dirname(cwd)
    while parent and parent != "/":
        out.append((parent, f"a folder above the working folder ({cwd})"))
        parent = os.path.dirname(parent)
    out += [(folder, "a system folder") for folder in SYSTEM_FOLDERS]
    return out


def _system_level(real: str) -> bool:
    """A top-level folder (/etc, /tmp, /home …) or a mount point: never replaced, whatever it holds."""
    return real.count("/") <= 1 or os.path.ismount(real)


def check_target(path: str, what: str, protected_paths: Iterable[str] = (), fix: str = "") -> str:
    """The real path of a folder `what` (e.g. "--output") may write to, or a ConfigError naming why not: the
    root, home, working folder or one above it, or a folder that is, holds or lies inside a protected path
    (the inputs)."""
    real = _real(path)
    named = os.path.abspath(path)
    if os.path.islink(path.rstrip("/")):
        raise ConfigError(f"{what} '{path}' is a symbolic link (to '{os.readlink(path.rstrip('/'))}'); give the "
                          f"folder itself{fix}")
    for folder, why in protected_folders():
        if real == folder:
            raise ConfigError(f"{what} '{path}' is {why}; curate replaces what is at its output path, so give a "
                              f"folder of its own, e.g. out/<name>{fix}")
    if _system_level(real) and os.path.isdir(real) and os.listdir(real):
        raise ConfigError(f"{what} '{path}' is a top-level folder or a mount point; give a folder of its own "
                          f"below it{fix}")
    for protected in protected_paths:  # the input as named (a link is the user's too) and where it leads
        for form in {_real(protected), os.path.abspath(protected)}:
            if _inside(form, real) or _inside(form, named):
                raise ConfigError(f"{what} '{path}' is or holds the input '{protected}'; write the output "
                                  f"elsewhere{fix}")
    return real


def check_output(path: str, inputs: Iterable[str], overwrite: bool) -> None:
    """Before any work: `path` (a local output) may be replaced by this run. `inputs`: the input files."""
    inputs = list(inputs)
    real = check_target(path, "output", inputs, "")
    if os.path.lexists(real) and not os.path.isdir(real):
        raise ConfigError(f"output '{path}' is a file, not a folder; give a folder path (a new one is created)")
    if os.path.isdir(real):
        check_replaceable_entries(path, os.listdir(real), overwrite)
    for suffix, marker in (("staging", STAGING_MARKER), ("replaced", None)):
        beside = sibling(real, suffix)
        if os.path.lexists(beside) and (not os.path.isdir(beside) or (
                marker is not None and os.listdir(beside) and not os.path.exists(os.path.join(beside, marker)))):
            raise ConfigError(f"'{beside}' is in the way: curate keeps its {suffix} folder there, and this one is "
                              f"not curate's; move it or choose another --output")


# ---------------------------------------------------------------------------------------------------------------
# one run per output at a time

LOCK_STALE_SECONDS = 600  # a lock whose heartbeat is older than this belongs to a run that is gone
HEARTBEAT_SECONDS = 30


class OutputLocked(ConfigError):
    """Another run holds the output."""


def lock_record(run_id: str) -> dict:
    return {"run_id": run_id, "host": socket.gethostname(), "pid": os.getpid(), "started": time.time()}


def lock_is_stale(record: dict, age_seconds: float) -> bool:
    """A lock left by a run that is gone: its process is dead (same host), or its heartbeat stopped."""
    if age_seconds > LOCK_STALE_SECONDS:
        return True
    if record.get("host") == socket.gethostname():
        try:
            os.kill(int(record.get("pid", -1)), 0)
        except ProcessLookupError:
            return True
        except (PermissionError, ValueError, TypeError):
            return False
    return False


def describe_holder(record: dict, path: str) -> str:
    started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(record.get("started", 0)))
    return (f"another curate run (process {record.get('pid')} on {record.get('host')}, started {started}) is "
            f"writing this output; wait for it to finish, or stop it. The lock is {path}")


class LocalLock:
    """The lock of a local output, `<output>.curate-lock`: taken before Spark starts, so that a second run on the
    output fails at once; a thread refreshes its modification time (the heartbeat) until it is released."""

    def __init__(self, path: str, run_id: str):
        self.path = path
        self.run_id = run_id
        self._stop: Optional[threading.Event] = None

    def acquire(self) -> None:
        """Take the lock, or raise OutputLocked naming its holder."""
        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        holder = try_local_lock(self.path, lock_record(self.run_id))
        if holder is not None:
            raise OutputLocked(describe_holder(holder, self.path))
        self._stop = threading.Event()
        threading.Thread(target=self._beat, args=(self._stop,), daemon=True, name="curate-lock").start()

    def _beat(self, stop: threading.Event) -> None:
        while not stop.wait(HEARTBEAT_SECONDS):
            try:
                os.utime(self.path)
            except OSError:  # a missed beat only makes the lock look older
                pass

    def release(self) -> None:
        """Give the output up: the heartbeat stops and the lock file goes."""
        if self._stop is None:
            return
        self._stop.set()
        self._stop = None
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path)


def local_output_lock(output: str) -> Optional[LocalLock]:
    """The taken lock of a local output (None for an output on HDFS, S3 …, locked once Spark runs)."""
    from curate.io.streams import is_uri, local_path

    if is_uri(output):
        return None
    lock = LocalLock(sibling(os.path.abspath(local_path(output)), "lock"), new_run_id())
    lock.acquire()
    return lock


def try_local_lock(path: str, record: dict) -> Optional[dict]:
    """Create the lock file `path` atomically; returns None when taken, else the holder's record (a stale
    lock is removed and taken over)."""
    for _ in range(2):
        try:
            handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                with open(path, encoding="utf-8") as existing:
                    holder = json.loads(existing.read() or "{}")
                age = time.time() - os.stat(path).st_mtime
            except (OSError, ValueError):
                holder, age = {}, 0.0
            if holder and not lock_is_stale(holder, age):
                return holder
            if not holder and age < 5:  # being written right now by its holder
                return {"pid": "?", "host": "?", "started": time.time()}
            with contextlib.suppress(FileNotFoundError):  # another run may take the stale lock over first
                os.remove(path)
            continue
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(json.dumps(record))
        return None
    return {"pid": "?", "host": "?", "started": time.time()}
