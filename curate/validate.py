"""Typed validation of plain YAML data into dataclasses, with messages that name the key.

Used for the pipeline config and for every stage's parameters, so that a wrong key, type or value fails
before Spark starts and the message says which key, what was given and what is allowed.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import types
import typing
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


class ConfigError(ValueError):
    """A config (or stage parameter) problem, found before any work starts."""


SHOWN_CHARS = 200


def show(value: Any) -> str:
    """`repr(value)` cut to SHOWN_CHARS, so that an error message stays one readable line whatever was given."""
    text = repr(value)
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + f"… ({len(text):,} characters)"


def _suggest(word: str, allowed: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(allowed), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _type_name(tp: Any) -> str:
    origin = get_origin(tp)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in get_args(tp))
    if origin in (Union, types.UnionType):
        return " or ".join(_type_name(a) for a in get_args(tp))
    if origin is list:
        return f"a list of {_type_name(get_args(tp)[0])}"
    if origin is dict:
        return f"a mapping of {_type_name(get_args(tp)[1])}"
    if tp is type(None):
        return "null"
    if dataclasses.is_dataclass(tp):
        return "a mapping"
    if tp is Any:
        return "any value"
    return {str: "a string", int: "an integer", float: "a number", bool: "true/false"}.get(tp, str(tp))


def convert(value: Any, tp: Any, where: str) -> Any:
    """Check `value` against the type hint `tp`; returns it converted (dataclasses built, ints widened)."""
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin is Literal:
        if value not in get_args(tp):
            allowed = ", ".join(repr(a) for a in get_args(tp))
            hint = _suggest(str(value), [str(a) for a in get_args(tp)])
            raise ConfigError(f"{where}: {show(value)} is not allowed; allowed: {allowed}{hint}")
        return value
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        if len(options) == 1:  # Optional[X]: X's own, more precise, message
            return None if value is None else convert(value, options[0], where)
        for option in get_args(tp):
            try:
                return convert(value, option, where)
            except ConfigError:
                pass
        raise ConfigError(f"{where}: expected {_type_name(tp)}, got {show(value)}")
    if tp is type(None):
        if value is not None:
            raise ConfigError(f"{where}: expected null, got {show(value)}")
        return None
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected {_type_name(tp)}, got {show(value)}")
        (item_tp,) = get_args(tp)
        return [convert(item, item_tp, f"{where}[{i}]") for i, item in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected {_type_name(tp)}, got {show(value)}")
        key_tp, item_tp = get_args(tp)
        return {convert(k, key_tp, f"{where} key"): convert(v, item_tp, f"{where}.{k}") for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        return build(tp, value, where)
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true/false, got {show(value)}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected an integer, got {show(value)}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: expected a number, got {show(value)}")
        if not math.isfinite(value):
            raise ConfigError(f"{where}: expected a finite number, got {show(value)}")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a string, got {show(value)}")
        return value
    raise TypeError(f"unsupported type hint {tp!r} at {where}")


def build(cls: type[T], data: Any, where: str) -> T:
    """Build dataclass `cls` from a mapping: unknown keys, missing required keys and wrong types fail.

    A class may complete itself with `resolved(where) -> a new instance` (defaults that depend on other
    fields) and validate with `check(where)`, which only reads: the built object is `resolved`, then checked."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping, got {data!r}")
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    keys = {f.metadata.get("key", f.name): f.name for f in fields.values()}
    for key in data:
        if key not in keys:
            allowed = ", ".join(sorted(keys))
            raise ConfigError(f"{where}: unknown key '{key}'{_suggest(str(key), keys)}; allowed keys: {allowed}")
    kwargs = {}
    for key, name in keys.items():
        field = fields[name]
        if key in data:
            kwargs[name] = convert(data[key], hints[name], f"{where}.{key}" if where else key)
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise ConfigError(f"{where or 'config'}: missing required key '{key}'")
    obj = cls(**kwargs)
    try:
        resolved = getattr(obj, "resolved", None)
        if resolved is not None:
            obj = resolved(where)
        check = getattr(obj, "check", None)
        if check is not None:
            check(where)
    except ConfigError:
        raise
    except ValueError as exc:  # plain-Python parameter classes (filters/, quality_model/) raise ValueError
        raise ConfigError(f"{where or 'config'}: {exc}") from None
    return obj


def to_plain(obj: Any) -> Any:
    """Dataclass tree → plain dicts/lists (YAML-ready), using the config key names."""
    if dataclasses.is_dataclass(obj):
        return {f.metadata.get("key", f.name): to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_plain(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    return obj
