"""Expand the config's input paths (files, folders, globs; local or URIs) into the list of files to read.

Runs on the driver before any work: a path that matches nothing, an unreadable folder or a file whose
format cannot be told from its name fails here with a message naming it.
"""

from __future__ import annotations

import glob
import os
import stat
from dataclasses import dataclass
from fnmatch import fnmatch

from curate.io.hf import check_not_hf_options, hf_files, is_hf_folder
from curate.io.streams import is_uri, local_path
from curate.validate import ConfigError

COMPRESSION_SUFFIXES = (".gz", ".lz4", ".zst", ".zstd", ".bz2")
FORMAT_BY_SUFFIX = {
    ".warc": "warc", ".arc": "warc", ".wet": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".parquet": "parquet",
    ".arrow": "arrow",
}
GLOB_CHARS = "*?["


@dataclass(frozen=True)
class InputFile:
    """One file to read: which config input it belongs to, where it is, its name in `source`, its format."""

    input_index: int
    path: str
    source: str
    format: str
    size: int


def format_of(path: str) -> str | None:
    """Format from the file name, ignoring a compression suffix; None when unknown."""
    name = os.path.basename(path.rstrip("/")).lower()
    for suffix in COMPRESSION_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    if name.endswith(".warc.wat") or name.endswith(".wat"):
        return None  # WAT holds metadata, not documents
    return FORMAT_BY_SUFFIX.get(os.path.splitext(name)[1])


def glob_root(pattern: str) -> str:
    parts = pattern.split("/")
    fixed = []
    for part in parts:
        if any(c in part for c in GLOB_CHARS):
            break
        fixed.append(part)
    return "/".join(fixed) or "."


def _visible(name: str) -> bool:
    base = os.path.basename(name)
    return not base.startswith((".", "_"))


def _is_curate_folder(path: str) -> bool:
    """A curate output or staging folder (its marker inside): what a run wrote, never input when met in a folder."""
    from curate.output.targets import OUTPUT_MARKER, STAGING_MARKER

    return os.path.exists(os.path.join(path, OUTPUT_MARKER)) or os.path.exists(os.path.join(path, STAGING_MARKER))


def _excluded(path: str, exclude: tuple[str, ...]) -> bool:
    real = os.path.realpath(path)
    return any(real == e or real.startswith(e.rstrip("/") + "/") for e in exclude)


def _expand_local(spec: str, where: str, exclude: tuple[str, ...] = (),
                  input_spec=None) -> list[tuple[str, str, int]]:
    path = local_path(spec)
    if any(c in path for c in GLOB_CHARS) and not os.path.lexists(path):  # `data[1].jsonl` that exists is a name
        root = glob_root(path)
        matches = sorted(p for p in glob.glob(path, recursive=True) if not os.path.isdir(p)
                         and not _excluded(p, exclude))
        return [(p, os.path.relpath(p, root), _size(p)) for p in matches]
    if os.path.isdir(path):
        if not os.access(path, os.R_OK | os.X_OK):
            raise ConfigError(f"{where}: folder '{spec}' is not readable; fix its permissions or remove it")
        dataset = hf_files(path, input_spec, where) if input_spec is not None else None
        if dataset is not None:
            return dataset
        found = []
        for root, dirs, files in os.walk(path, onerror=_walk_error(where, spec)):
            dirs[:] = sorted(d for d in dirs if _visible(d) and not _excluded(os.path.join(root, d), exclude)
                             and not _is_curate_folder(os.path.join(root, d)))
            for name in sorted(files):
                full = os.path.join(root, name)
                if _visible(name) and not _excluded(full, exclude):
                    found.append((full, os.path.relpath(full, path), _size(full)))
        return found
    if os.path.isfile(path):
        if not os.access(path, os.R_OK):
            raise ConfigError(f"{where}: file '{spec}' is not readable; fix its permissions or remove it")
        return [(path, os.path.basename(path), os.path.getsize(path))]
    if os.path.lexists(path):  # there, but neither file nor folder: a broken link, a FIFO, a socket
        check_regular_file(path, where)
    raise ConfigError(f"{where}: input path '{spec}' does not exist (relative paths are read from {os.getcwd()})")


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # a broken link: `check_regular_file` names it if it is to be read
        return 0


def check_regular_file(path: str, where: str) -> None:
    """A local file a reader will open must be a readable regular file: a FIFO would block its task forever,
    a socket or device fails it, a broken link or a link loop is no file at all."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        link = f" (a symbolic link to '{os.readlink(path)}')" if os.path.islink(path) else ""
        raise ConfigError(f"{where}: cannot open '{path}'{link}: {exc.strerror}; fix or remove it") from None
    if not stat.S_ISREG(mode):
        kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
        raise ConfigError(f"{where}: '{path}' is {kind}, not a regular file; remove it or list the files to read")
    if not os.access(path, os.R_OK):
        raise ConfigError(f"{where}: file '{path}' is not readable; fix its permissions or remove it")


def _walk_error(where: str, spec: str):
    def fail(error: OSError) -> None:
        raise ConfigError(f"{where}: cannot list '{error.filename}' under '{spec}': {error.strerror}")
    return fail


def _expand_uri(spec: str, where: str) -> list[tuple[str, str, int]]:
    import pyarrow.fs as pafs

    has_glob = any(c in spec for c in GLOB_CHARS)
    root_uri = glob_root(spec) if has_glob else spec
    fs, root = pafs.FileSystem.from_uri(root_uri)
    prefix = root_uri[: len(root_uri) - len(root)] if root and root_uri.endswith(root) else root_uri.split("://")[0] + "://"
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.NotFound:
        raise ConfigError(f"{where}: input path '{spec}' does not exist")
    if info.type == pafs.FileType.File:
        return [(spec, os.path.basename(root), info.size or 0)]
    pattern = root + spec[len(root_uri):] if has_glob else None
    chosen = [i for i in fs.get_file_info(pafs.FileSelector(root, recursive=True))
              if i.type == pafs.FileType.File and _visible(i.path) and (pattern is None or fnmatch(i.path, pattern))]
    return [(prefix + i.path, os.path.relpath(i.path, root), i.size or 0) for i in sorted(chosen, key=lambda i: i.path)]


def _format_error(where: str, path: str) -> ConfigError:
    name = os.path.basename(path).lower()
    if ".wat" in name:
        return ConfigError(f"{where}: '{path}' is a WAT file (metadata, not documents); use the WARC or WET files")
    return ConfigError(
        f"{where}: cannot tell the format of '{path}' from its name; name it *.warc[.gz], *.arc[.gz], "
        f"*.wet[.gz], *.jsonl[.gz], *.json or *.parquet, or set format (warc, jsonl, parquet) for this input "
        f"(--format on the command line); plain text files are not read: convert them to JSONL")


def _source_names(paths: list[str]) -> list[str]:
    """Names of the files relative to the folder they all share, so different folders never give one name."""
    if len(paths) == 1:
        return [paths[0].rstrip("/").rsplit("/", 1)[-1]]
    common = os.path.commonpath([os.path.dirname(p) for p in paths])
    return [p[len(common):].lstrip("/") if common not in ("", "/") else p.lstrip("/") for p in paths]


def printable(path: str) -> str:
    """A path as text that UTF-8 holds: bytes of a file name that is not valid UTF-8 (which Python keeps as
    surrogates) written as \\xNN escapes, so the name can go into columns, JSON and logs."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def expand_inputs(inputs, format_override: str | None = None, exclude: list[str] | tuple[str, ...] = ()) -> list[InputFile]:
    """All files of all inputs, in a deterministic order, each with its format and a `source` name that is
    unique across the run (document ids derive from it); fails before any work. Each file is read once, by
    its real path, however many paths name it; files under `exclude` (the run's own output) are never read."""
    files: list[InputFile] = []
    exclude = tuple(exclude)
    seen_real: set[str] = set()
    for index, spec in enumerate(inputs):
        where = f"inputs[{index}]"
        if getattr(spec, "table", None):
            continue  # a catalog table: read by Spark's own reader (curate.driver.tables)
        chosen: list[tuple[str, str, int]] = []
        if not any(not is_uri(p) and is_hf_folder(local_path(p)) for p in spec.paths):
            check_not_hf_options(spec, where)
        for path_index, pattern in enumerate(spec.paths):
            pwhere = f"{where}.paths[{path_index}]"
            matches = (_expand_uri(pattern, pwhere) if is_uri(pattern)
                       else _expand_local(pattern, pwhere, exclude, input_spec=spec))
            if not matches:
                raise ConfigError(f"{pwhere}: '{pattern}' matches no file")
            for path, _rel, size in matches:
                fmt = format_override or (spec.format if spec.format != "auto" else format_of(path))
                if fmt is None:
                    if os.path.isdir(local_path(pattern)) and not is_uri(pattern):
                        continue  # a folder may hold other files (READMEs, licenses): take what we can read
                    raise _format_error(pwhere, path)
                if not is_uri(path):
                    check_regular_file(local_path(path), pwhere)
                    real = os.path.realpath(local_path(path))
                    if real in seen_real:  # the same file named twice (x/a.jsonl, x/../x/a.jsonl, a link)
                        continue
                    seen_real.add(real)
                    path = real
                chosen.append((path, fmt, size))
        if not chosen and seen_real:
            continue  # every file of this input was named by an earlier one
        if not chosen:
            raise ConfigError(f"{where}: no readable input files (warc, arc, wet, jsonl, json, parquet) under {spec.paths}")
        unique = sorted(set(chosen))
        names = _source_names([printable(p) for p, _, _ in unique])
        for (path, fmt, size), name in zip(unique, names):
            where_read = path  # real and absolute for local files: executors run elsewhere
            files.append(InputFile(index, where_read, f"{spec.source}/{name}" if spec.source else name, fmt, size))
    seen: dict[str, str] = {}
    for file in files:
        if seen.setdefault(file.source, file.path) != file.path:
            raise ConfigError(f"inputs: '{seen[file.source]}' and '{file.path}' would both be named "
                              f"'{file.source}' (ids derive from it); give their inputs different `source:` names")
    return files
