"""Instruction (SFT) and preference records in their common formats → one normalised shape.

SFT: `{"messages": [{"role", "content"}, ...]}` with roles system / user / assistant / tool.
Preference: `{"prompt": [messages], "chosen": [assistant messages], "rejected": [assistant messages],
"score_chosen", "score_rejected"}`. KTO (one completion with a desirable/undesirable label) keeps its shape:
`{"prompt": [messages], "completion": [assistant messages], "label": bool}`.

Formats, detected from the fields a record has or named in config:
- `alpaca`: instruction / input / output (+ optional system, history of [user, assistant] pairs)
- `sharegpt`: conversations of {from, value} (+ chosen / rejected {from, value} for preference, as
  LLaMA-Factory writes DPO data)
- `messages`: OpenAI-style messages of {role, content}; content may be a list of text parts
- `dpo`: prompt / chosen / rejected, as strings or message lists (chosen/rejected may repeat the prompt)
- `hh_rlhf`: Anthropic's chosen / rejected transcripts "\\n\\nHuman: … \\n\\nAssistant: …"
- `kto`: prompt / completion / label, or messages + label (LLaMA-Factory's KTO data)

A record that fits none raises `RecordFormatError` naming the fields it has and what each format needs.
Plain Python: the readers call it per record.
"""

from __future__ import annotations

import re
from typing import Any, Optional

import pyarrow as pa

Message = dict[str, str]
MESSAGES = pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))
# the structured columns of each kind, then its text views (what annotators read; not written to shards)
KIND_COLUMNS: dict[str, dict[str, pa.DataType]] = {
    "sft": {"messages": MESSAGES},
    "preference": {"prompt": MESSAGES, "chosen": MESSAGES, "rejected": MESSAGES,
                   "score_chosen": pa.float64(), "score_rejected": pa.float64()},
    "kto": {"prompt": MESSAGES, "completion": MESSAGES, "label": pa.bool_()},
}
MESSAGE_COLUMNS = tuple(dict.fromkeys(name for columns in KIND_COLUMNS.values() for name, type_ in columns.items()
                                      if type_ == MESSAGES))  # messages, prompt, chosen, rejected, completion
TEXT_VIEWS: dict[str, tuple[str, ...]] = {
    "sft": ("prompt_text", "response_text"),
    "preference": ("prompt_text", "response_text", "rejected_text"),
    "kto": ("prompt_text", "response_text"),
}
# the record fields each format reads (the rest of a record goes to `meta`)
FORMAT_KEYS = {
    "alpaca": {"instruction", "input", "output", "system", "history"},
    "sharegpt": {"conversations", "chosen", "rejected", "system"},
    "messages": {"messages", "chosen_messages", "rejected_messages"},
    "dpo": {"prompt", "chosen", "rejected", "system", "score_chosen", "score_rejected"},
    "hh_rlhf": {"chosen", "rejected"},
    "kto": {"prompt", "completion", "label", "messages"},
}
SFT_FORMATS = ("alpaca", "sharegpt", "messages")
PREFERENCE_FORMATS = ("dpo", "hh_rlhf", "sharegpt", "messages")
FORMAT_FIELDS = {
    "alpaca": "instruction, output (input, system, history optional)",
    "sharegpt": "conversations [{from, value}] (chosen, rejected for preference)",
    "messages": "messages [{role, content}] (chosen_messages, rejected_messages for preference)",
    "dpo": "prompt, chosen, rejected",
    "hh_rlhf": "chosen, rejected transcripts with \\n\\nHuman: / \\n\\nAssistant: turns",
    "kto": "prompt, completion, label (or messages, label)",
}
ROLES = {"human": "user", "user": "user", "gpt": "assistant", "assistant": "assistant", "chatgpt": "assistant",
         "bard": "assistant", "bing": "assistant", "model": "assistant", "system": "system", "tool": "tool",
         "observation": "tool", "function": "tool", "function_call": "assistant", "ipython": "tool"}
_HH_TURN = re.compile(r"\n\n(Human|Assistant): ?")


class RecordFormatError(ValueError):
    """A record that fits no known format (or not the one named); the message names the fields it has."""


def _fail(record: Any, expected: str) -> RecordFormatError:
    fields = sorted(record) if isinstance(record, dict) else type(record).__name__
    return RecordFormatError(f"record fits no {expected} format: fields found {fields}; expected "
                             + "; ".join(f"{name}: {FORMAT_FIELDS[name]}" for name in FORMAT_FIELDS))


def _text(content: Any) -> str:
    """Message content as text: a string, or the text parts of a list of parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join((part.get("text") or part.get("value") or "") if isinstance(part, dict) else str(part or "")
                       for part in content)
    return str(content)


def _role(name: Any) -> str:
    role = ROLES.get(str(name).lower())
    if role is None:
        raise RecordFormatError(f"unknown speaker '{name}'; known: {', '.join(sorted(ROLES))}")
    return role


def _message(item: Any) -> Message:
    if not isinstance(item, dict):
        raise RecordFormatError(f"a message must be an object, got {type(item).__name__}")
    if "role" in item:
        return {"role": _role(item["role"]), "content": _text(item.get("content"))}
    if "from" in item:
        return {"role": _role(item["from"]), "content": _text(item.get("value"))}
    raise RecordFormatError(f"a message needs role/content or from/value; fields found {sorted(item)}")


def _messages(items: Any) -> list[Message]:
    if isinstance(items, dict):
        return [_message(items)]
    if not isinstance(items, list):
        raise RecordFormatError(f"messages must be a list, got {type(items).__name__}")
    return [_message(item) for item in items]


def parse_hh_transcript(transcript: str) -> list[Message]:
    """'\\n\\nHuman: … \\n\\nAssistant: …' → messages; text before the first turn marker is an error."""
    parts = _HH_TURN.split(transcript)
    if parts[0].strip():
        raise RecordFormatError("an hh-rlhf transcript must start with '\\n\\nHuman: '")
    return [{"role": "user" if speaker == "Human" else "assistant", "content": content}
            for speaker, content in zip(parts[1::2], parts[2::2])]


def detect(record: dict, kind: str) -> str:
    """The format of `record` for `kind` (sft, preference, kto), from its fields."""
    if not isinstance(record, dict):
        raise _fail(record, kind)
    if kind == "sft":
        if "instruction" in record and "output" in record:
            return "alpaca"
        if "conversations" in record:
            return "sharegpt"
        if "messages" in record:
            return "messages"
    elif kind == "preference":
        if "conversations" in record and "chosen" in record and "rejected" in record:
            return "sharegpt"
        if "chosen_messages" in record and "rejected_messages" in record:
            return "messages"
        if "chosen" in record and "rejected" in record:
            if "prompt" not in record and isinstance(record["chosen"], str) and "\n\nHuman:" in record["chosen"]:
                return "hh_rlhf"
            return "dpo"
    elif kind == "kto":
        if "label" in record and ("completion" in record or "messages" in record):
            return "kto"
    raise _fail(record, kind)


def to_sft(record: dict, fmt: str = "auto") -> list[Message]:
    """The conversation of an SFT record."""
    fmt = detect(record, "sft") if fmt == "auto" else fmt
    if fmt == "alpaca":
        if "instruction" not in record or "output" not in record:
            raise _fail(record, "alpaca")
        messages = [{"role": "system", "content": _text(record["system"])}] if record.get("system") else []
        history = record.get("history") or []
        if not isinstance(history, list):
            raise RecordFormatError("alpaca history must be a list of [user, assistant] pairs")
        for pair in history:
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                raise RecordFormatError("alpaca history must be a list of [user, assistant] pairs")
            messages += [{"role": "user", "content": _text(pair[0])}, {"role": "assistant", "content": _text(pair[1])}]
        prompt = _text(record["instruction"])
        if record.get("input"):
            prompt = f"{prompt}\n\n{_text(record['input'])}" if prompt else _text(record["input"])
        return messages + [{"role": "user", "content": prompt}, {"role": "assistant", "content": _text(record["output"])}]
    if fmt == "sharegpt":
        if "conversations" not in record:
            raise _fail(record, "sharegpt")
        system = [{"role": "system", "content": _text(record["system"])}] if record.get("system") else []
        return system + _messages(record["conversations"])
    if fmt == "messages":
        if "messages" not in record:
            raise _fail(record, "messages")
        return _messages(record["messages"])
    raise RecordFormatError(f"'{fmt}' is not an SFT format; SFT formats: {', '.join(SFT_FORMATS)}")


def _split_prompt(chosen: list[Message], rejected: list[Message]) -> tuple[list[Message], list[Message], list[Message]]:
    """Conversations that repeat their prompt → (prompt = the longest common prefix ending before an
    assistant turn, chosen continuation, rejected continuation)."""
    common = 0
    while common < min(len(chosen), len(rejected)) and chosen[common] == rejected[common]:
        common += 1
    while common > 0 and chosen[common - 1]["role"] == "assistant" and common == min(len(chosen), len(rejected)):
        common -= 1  # identical responses: keep them as responses, not prompt
    return chosen[:common], chosen[common:], rejected[common:]


def _without_prefix(messages: list[Message], prefix: list[Message]) -> list[Message]:
    """`messages` without a leading copy of `prefix` (compared by role and content)."""
    return messages[len(prefix):] if prefix and messages[:len(prefix)] == prefix else messages


def _score(record: dict, name: str) -> Optional[float]:
    value = record.get(name)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def to_preference(record: dict, fmt: str = "auto") -> dict[str, Any]:
    """prompt / chosen / rejected messages (and scores when the record has them) of a preference record."""
    fmt = detect(record, "preference") if fmt == "auto" else fmt
    scores = {"score_chosen": _score(record, "score_chosen"), "score_rejected": _score(record, "score_rejected")}
    if fmt == "hh_rlhf":
        if not isinstance(record.get("chosen"), str) or not isinstance(record.get("rejected"), str):
            raise _fail(record, "hh_rlhf")
        prompt, chosen, rejected = _split_prompt(parse_hh_transcript(record["chosen"]),
                                                 parse_hh_transcript(record["rejected"]))
        return {"prompt": prompt, "chosen": chosen, "rejected": rejected, **scores}
    if fmt == "sharegpt":
        if not all(k in record for k in ("conversations", "chosen", "rejected")):
            raise _fail(record, "sharegpt")
        system = [{"role": "system", "content": _text(record["system"])}] if record.get("system") else []
        return {"prompt": system + _messages(record["conversations"]), "chosen": _messages(record["chosen"]),
                "rejected": _messages(record["rejected"]), **scores}
    if fmt == "messages":
        if "chosen_messages" not in record or "rejected_messages" not in record:
            raise _fail(record, "messages")
        prompt, chosen, rejected = _split_prompt(_messages(record["chosen_messages"]),
                                                 _messages(record["rejected_messages"]))
        return {"prompt": prompt, "chosen": chosen, "rejected": rejected, **scores}
    if fmt == "dpo":
        if "chosen" not in record or "rejected" not in record:
            raise _fail(record, "dpo")
        chosen, rejected = record["chosen"], record["rejected"]
        if isinstance(chosen, str) and isinstance(rejected, str):
            chosen_m = [{"role": "assistant", "content": chosen}]
            rejected_m = [{"role": "assistant", "content": rejected}]
        else:
            chosen_m, rejected_m = _messages(chosen), _messages(rejected)
        prompt = record.get("prompt")
        if prompt is None:
            prompt_m, chosen_m, rejected_m = _split_prompt(chosen_m, rejected_m)
        else:
            prompt_m = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else _messages(prompt)
            # UltraFeedback-style pairs repeat the prompt at the start of both conversations
            chosen_m, rejected_m = _without_prefix(chosen_m, prompt_m), _without_prefix(rejected_m, prompt_m)
        if record.get("system") and not any(m["role"] == "system" for m in prompt_m):
            prompt_m = [{"role": "system", "content": _text(record["system"])}] + prompt_m
        return {"prompt": prompt_m, "chosen": chosen_m, "rejected": rejected_m, **scores}
    raise RecordFormatError(f"'{fmt}' is not a preference format; preference formats: {', '.join(PREFERENCE_FORMATS)}")


def _label(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    if isinstance(value, (int, float)):
        return bool(value)
    raise RecordFormatError(f"a KTO label must be true/false, got {value!r}")


def to_kto(record: dict, fmt: str = "auto") -> dict[str, Any]:
    """prompt / completion messages and the desirable label of a KTO record."""
    fmt = detect(record, "kto") if fmt == "auto" else fmt
    if fmt != "kto" or "label" not in record:
        raise _fail(record, "kto")
    if "completion" in record:
        prompt = record.get("prompt")
        prompt_m = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else _messages(prompt or [])
        completion = record["completion"]
        completion_m = ([{"role": "assistant", "content": completion}] if isinstance(completion, str)
                        else _messages(completion))
    else:
        messages = _messages(record["messages"])
        last = len(messages)
        while last > 0 and messages[last - 1]["role"] == "assistant":
            last -= 1
        prompt_m, completion_m = messages[:last], messages[last:]
    return {"prompt": prompt_m, "completion": completion_m, "label": _label(record["label"])}


def normalise(record: Any, kind: str, fmt: str = "auto") -> tuple[str, dict[str, Any]]:
    """(format, structured columns) of a record of `kind` (sft, preference, kto)."""
    if not isinstance(record, dict):
        raise _fail(record, kind)
    fmt = detect(record, kind) if fmt == "auto" else fmt
    if kind == "sft":
        return fmt, {"messages": to_sft(record, fmt)}
    if kind == "preference":
        return fmt, to_preference(record, fmt)
    return fmt, to_kto(record, fmt)


def _contents(messages: list[Message], roles: Optional[set[str]] = None) -> str:
    return "\n\n".join(m["content"] for m in messages if roles is None or m["role"] in roles)


def kind_of(columns: Any) -> str:
    """The kind (sft, preference, kto) of rows with these structured columns (names or a mapping)."""
    if "messages" in columns:
        return "sft"
    return "preference" if "chosen" in columns else "kto"


def text_views(kind: str, columns: dict[str, Any]) -> dict[str, str]:
    """`text` (the whole conversation, contents only, as annotators read documents) and the kind's views:
    `prompt_text` (what the user side says), `response_text` (the assistant side; chosen for preference),
    `rejected_text`."""
    if kind == "sft":
        messages = columns["messages"]
        return {"text": _contents(messages), "prompt_text": _contents(messages, {"user", "system"}),
                "response_text": _contents(messages, {"assistant"})}
    response = columns["chosen"] if kind == "preference" else columns["completion"]
    views = {"text": _contents(columns["prompt"] + response), "prompt_text": _contents(columns["prompt"]),
             "response_text": _contents(response)}
    if kind == "preference":
        views["rejected_text"] = _contents(columns["rejected"])
    return views
