"""Stages for SFT and preference records: conversation shape and lengths, preference-pair sanity, and
language ID on the prompt and response sides.

They read the structured columns the readers give (`messages`; `prompt`, `chosen`, `rejected`;
`prompt`, `completion`) and the text views (`prompt_text`, `response_text`), see curate/io/chat.py.
"""

from __future__ import annotations

from typing import Any, Sequence

import pyarrow as pa

from filters.base import DocBatch, Stage
from filters.language import LanguageId

_UNFINISHED_ENDINGS = (",", ":", ";", "(", "[", "{", "-", "…", "...")


def looks_truncated(response: str) -> bool:
    """A response that stops mid-thought: it ends with a comma, colon, semicolon, an opening bracket, a dash
    or an ellipsis, or leaves a code fence open. (Plain text without a final full stop is not counted:
    lists, code and short answers often end without one.)"""
    stripped = response.rstrip()
    if not stripped:
        return False
    return stripped.endswith(_UNFINISHED_ENDINGS) or stripped.count("```") % 2 == 1


def _sides(row: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """(prompt messages, response messages) of a row of any kind; an SFT conversation's responses are its
    assistant messages, its prompt the rest."""
    if "messages" in row:
        messages = row["messages"] or []
        return ([m for m in messages if m["role"] != "assistant"], [m for m in messages if m["role"] == "assistant"])
    response = row.get("chosen") if "chosen" in row else row.get("completion")
    return row.get("prompt") or [], response or []


def roles_ok(row: dict[str, Any]) -> bool:
    """SFT: an optional system message, then user/assistant turns (tool messages may follow an assistant
    turn), ending with the assistant. Preference/KTO: a prompt ending with the user (or a tool), and
    responses that are assistant messages only."""
    if "messages" in row:
        roles = [m["role"] for m in row["messages"] or []]
        if roles and roles[0] == "system":
            roles = roles[1:]
        if not roles or roles[0] != "user" or roles[-1] != "assistant":
            return False
        previous = None
        for role in roles:
            if role == "system" or (role == previous and role == "user"):
                return False
            previous = role
        return True
    prompt, response = _sides(row)
    others = [row["rejected"]] if "rejected" in row else []
    return (bool(prompt) and prompt[-1]["role"] in ("user", "tool")
            and all(m["role"] == "assistant" for side in [response, *others] for m in side or []))


class Conversation(Stage):
    """Turns, prompt and response lengths, empty and truncated responses, and whether the roles make a
    well-formed conversation (`conv_roles_ok`)."""

    name = "conversation_v1"
    family = "conversation"
    kinds = ("sft", "preference", "kto")
    needs = ("text", "prompt_text", "response_text")
    provides = {
        "conv_turns": pa.int64(),  # user messages
        "conv_prompt_chars": pa.int64(),
        "conv_response_chars": pa.int64(),
        "conv_min_response_chars": pa.int64(),  # the shortest assistant message (responses on both sides)
        "conv_empty_responses": pa.int64(),
        "conv_truncated": pa.int8(),  # the last response looks cut off (`looks_truncated`)
        "conv_roles_ok": pa.int8(),
    }

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        names = [n for n in ("messages", "prompt", "chosen", "rejected", "completion") if n in batch.columns]
        out: dict[str, list[Any]] = {column: [] for column in self.provides}
        for i in range(batch.size):
            row = {name: batch.columns[name][i] for name in names}
            prompt, response = _sides(row)
            responses = list(response) + list(row.get("rejected") or [])
            lengths = [len(m["content"]) for m in responses]
            out["conv_turns"].append(sum(1 for m in (row.get("messages") or prompt) if m["role"] == "user"))
            out["conv_prompt_chars"].append(len(batch.columns["prompt_text"][i]))
            out["conv_response_chars"].append(len(batch.columns["response_text"][i]))
            out["conv_min_response_chars"].append(min(lengths) if lengths else 0)
            out["conv_empty_responses"].append(sum(1 for m in responses if not m["content"].strip())
                                               + (0 if responses else 1))
            finals = [side[-1]["content"] for side in (response, row.get("rejected")) if side]
            out["conv_truncated"].append(int(any(looks_truncated(text) for text in finals)))
            out["conv_roles_ok"].append(int(roles_ok(row)))
        return out


class PreferenceSanity(Stage):
    """Preference pairs: both responses present, different, and answers to the same prompt; the score margin
    when the record has scores."""

    name = "preference_v1"
    family = "preference"
    kinds = ("preference",)
    needs = ("response_text", "rejected_text", "chosen", "rejected")
    provides = {"pref_missing": pa.int8(), "pref_identical": pa.int8(), "pref_same_prompt": pa.int8(),
                "pref_score_margin": pa.float64()}

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        out: dict[str, list[Any]] = {column: [] for column in self.provides}
        for i in range(batch.size):
            chosen, rejected = batch.columns["chosen"][i] or [], batch.columns["rejected"][i] or []
            chosen_text, rejected_text = batch.columns["response_text"][i], batch.columns["rejected_text"][i]
            out["pref_missing"].append(int(not chosen_text.strip() or not rejected_text.strip()))
            out["pref_identical"].append(int(" ".join(chosen_text.split()) == " ".join(rejected_text.split())))
            # a pair whose two conversations part before the final answers does not share one prompt
            out["pref_same_prompt"].append(int(all(m["role"] == "assistant" for m in chosen + rejected)))
            high, low = batch.columns["score_chosen"][i], batch.columns["score_rejected"][i]
            out["pref_score_margin"].append(high - low if high is not None and low is not None else None)
        return out


class _SideLanguage(LanguageId):
    """Language ID on one text view of a conversation (fastText, as `language_id_v1`)."""

    source: str = "text"

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        view = DocBatch({"text": batch.columns[self.source]})
        found = super().annotate(view)
        names = list(self.provides)
        return {names[0]: found["language"], names[1]: found["language_score"]}


class PromptLanguage(_SideLanguage):
    """`prompt_language`, `prompt_language_score`: the language of what the user side says."""

    name = "prompt_language_v1"
    family = "prompt_language"
    kinds = ("sft", "preference", "kto")
    source = "prompt_text"
    needs = ("prompt_text",)
    provides = {"prompt_language": pa.string(), "prompt_language_score": pa.float32()}


class ResponseLanguage(_SideLanguage):
    """`response_language`, `response_language_score`: the language of the responses (chosen for pairs)."""

    name = "response_language_v1"
    family = "response_language"
    kinds = ("sft", "preference", "kto")
    source = "response_text"
    needs = ("response_text",)
    provides = {"response_language": pa.string(), "response_language_score": pa.float32()}

