"""Hugging Face dataset folders as inputs: what `datasets` writes with `save_to_disk` (Arrow files listed in each
split's state.json, the splits in dataset_dict.json), and a Hub repository's files whose README.md declares
`configs` (each config's `data_files`, per split, as globs relative to the folder).

Without this, such a folder would be read as loose files: state.json and dataset_info.json as records, every
config and split mixed.
"""

from __future__ import annotations

import glob
import json
import os
from typing import Any, Optional

import yaml

from curate.validate import ConfigError

DEFAULT_SPLIT = "train"


def hf_files(folder: str, spec, where: str) -> Optional[list[tuple[str, str, int]]]:
    """The data files of a Hugging Face dataset folder (path, name relative to the folder, size), chosen by the
    input's `config_name` and `split`; None when the folder is not one."""
    saved = any(os.path.isfile(os.path.join(folder, name)) for name in ("dataset_dict.json", "state.json"))
    if saved and spec.config_name:
        raise ConfigError(f"{where}.config_name: '{folder}' is a save_to_disk folder, which has no configs; "
                          f"remove config_name")
    if os.path.isfile(os.path.join(folder, "dataset_dict.json")):
        splits = _json(os.path.join(folder, "dataset_dict.json"), where).get("splits", [])
        chosen = [_chosen_split(spec.split, splits, where)] if spec.split else splits
        paths = [p for split in chosen for p in _saved_files(os.path.join(folder, split), where)]
    elif os.path.isfile(os.path.join(folder, "state.json")):
        state = _json(os.path.join(folder, "state.json"), where)
        if spec.split and state.get("_split") not in (None, spec.split):
            raise ConfigError(f"{where}.split: '{folder}' holds the split '{state.get('_split')}' only")
        paths = _saved_files(folder, where)
    else:
        configs = readme_configs(folder)
        if configs is None:
            return None
        paths = _hub_files(folder, configs, spec, where)
    return [(path, os.path.relpath(path, folder), os.path.getsize(path)) for path in paths]


def is_hf_folder(path: str) -> bool:
    """A folder `save_to_disk` wrote, or one whose README.md declares `configs`."""
    return os.path.isdir(path) and (
        any(os.path.isfile(os.path.join(path, name)) for name in ("dataset_dict.json", "state.json"))
        or readme_configs(path) is not None)


def check_not_hf_options(spec, where: str) -> None:
    """`config_name` and `split` name parts of a Hugging Face dataset folder; elsewhere they are a mistake."""
    for name in ("config_name", "split"):
        if getattr(spec, name):
            raise ConfigError(f"{where}.{name}: only for a Hugging Face dataset folder (save_to_disk output, or "
                              f"a Hub repository's files with README `configs`); remove it or give that folder")


def readme_configs(folder: str) -> Optional[list[dict[str, Any]]]:
    """The `configs` of the YAML header of the folder's README.md (a Hub dataset card), or None."""
    readme = os.path.join(folder, "README.md")
    if not os.path.isfile(readme):
        return None
    with open(readme, encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    if not text.startswith("---"):
        return None
    header = text[3:].split("\n---", 1)[0]
    try:
        data = yaml.safe_load(header)
    except yaml.YAMLError:
        return None
    configs = data.get("configs") if isinstance(data, dict) else None
    return configs if isinstance(configs, list) and configs else None


def _json(path: str, where: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{where}: cannot read '{path}' ({exc}); is this folder what datasets' save_to_disk "
                          f"wrote?") from None


def _chosen_split(split: str, splits: list[str], where: str) -> str:
    if split not in splits:
        raise ConfigError(f"{where}.split: no split '{split}'; the folder has {', '.join(splits) or 'none'}")
    return split


def _saved_files(folder: str, where: str) -> list[str]:
    """The Arrow files of one split written by save_to_disk, in their order (state.json's `_data_files`)."""
    state = _json(os.path.join(folder, "state.json"), where)
    files = [os.path.join(folder, entry["filename"]) for entry in state.get("_data_files", [])]
    missing = [f for f in files if not os.path.isfile(f)]
    if missing:
        raise ConfigError(f"{where}: '{missing[0]}' is listed in its state.json but missing; copy the whole folder")
    return files


def _hub_files(folder: str, configs: list[dict[str, Any]], spec, where: str) -> list[str]:
    """The files of the chosen config (and split) of a Hub-layout folder."""
    names = [str(c.get("config_name", "default")) for c in configs]
    if spec.config_name:
        if spec.config_name not in names:
            raise ConfigError(f"{where}.config_name: no config '{spec.config_name}' in {folder}/README.md; it has "
                              f"{', '.join(names)}")
        config = configs[names.index(spec.config_name)]
    else:
        defaults = [c for c, n in zip(configs, names) if c.get("default") or n == "default"]
        if len(configs) > 1 and not defaults:
            raise ConfigError(f"{where}: {folder}/README.md declares the configs {', '.join(names)} and none is "
                              f"the default; choose one with config_name")
        config = defaults[0] if defaults else configs[0]
    by_split = _data_files(config.get("data_files"))
    if spec.split:
        by_split = {spec.split: by_split.get(spec.split) or []}
        if not by_split[spec.split]:
            raise ConfigError(f"{where}.split: config '{config.get('config_name', 'default')}' has no split "
                              f"'{spec.split}'; it has {', '.join(_data_files(config.get('data_files')))}")
    found: list[str] = []
    for split, patterns in by_split.items():
        matched = sorted({p for pattern in patterns for p in glob.glob(os.path.join(folder, pattern), recursive=True)
                          if os.path.isfile(p)})
        if not matched:
            raise ConfigError(f"{where}: the data_files of split '{split}' ({', '.join(patterns)}) match no file "
                              f"under {folder}")
        found += [p for p in matched if p not in found]
    return found


def _data_files(value: Any) -> dict[str, list[str]]:
    """A config's `data_files` in any of the card's forms → split → glob patterns."""
    if isinstance(value, str):
        return {DEFAULT_SPLIT: [value]}
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return {DEFAULT_SPLIT: list(value)}
    out: dict[str, list[str]] = {}
    for entry in value or []:
        if isinstance(entry, dict):
            paths = entry.get("path")
            out.setdefault(str(entry.get("split", DEFAULT_SPLIT)), []).extend(
                [paths] if isinstance(paths, str) else list(paths or []))
    return out
