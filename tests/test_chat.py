"""SFT and preference records in the common formats → one normalised shape; records that fit none fail naming
their fields."""

from __future__ import annotations

import gzip
import json

import pytest

from curate.io.chat import RecordFormatError, detect, parse_hh_transcript, to_kto, to_preference, to_sft
from tests.conftest import DATA

CHAT = DATA / "chat"


def records(name: str) -> list[dict]:
    path = CHAT / name
    if name.endswith(".gz"):
        return [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")]
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in path.read_text().splitlines()]
    return json.loads(path.read_text())


def render_hh(messages: list[dict]) -> str:
    return "".join(f"\n\n{'Human' if m['role'] == 'user' else 'Assistant'}: {m['content']}" for m in messages)


def test_every_hh_rlhf_transcript_parses_into_its_turns():
    """On all 2,312 pairs: the turns render back to the exact transcript, every transcript ends with the
    assistant, and prompt + response is the whole conversation on both sides."""
    pairs = records("hh_rlhf_harmless_test.jsonl.gz")
    assert len(pairs) == 2312
    repeated_speaker = 0
    for pair in pairs:
        assert detect(pair, "preference") == "hh_rlhf"
        for side in ("chosen", "rejected"):
            turns = parse_hh_transcript(pair[side])
            assert render_hh(turns) == pair[side]
            assert turns[0]["role"] == "user" and turns[-1]["role"] == "assistant"
            roles = [t["role"] for t in turns]
            repeated_speaker += any(a == b for a, b in zip(roles, roles[1:]))
        normalised = to_preference(pair)
        assert normalised["prompt"][-1]["role"] == "user"
        assert normalised["prompt"] + normalised["chosen"] == parse_hh_transcript(pair["chosen"])
        assert normalised["prompt"] + normalised["rejected"] == parse_hh_transcript(pair["rejected"])
    assert repeated_speaker == 13  # transcripts where one speaker has two turns in a row, kept as written


def test_alpaca_sharegpt_and_messages_give_conversations():
    for record in records("alpaca_en.json"):
        messages = to_sft(record)
        assert [m["role"] for m in messages] == ["user", "assistant"]
        assert messages[0]["content"].startswith(record["instruction"])
        assert record["input"] in messages[0]["content"] and messages[1]["content"] == record["output"]
    messages = to_sft({"instruction": "Sum these.", "input": "1 2", "output": "3", "system": "Be brief.",
                       "history": [["hi", "hello"]]})
    assert messages == [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"},
                        {"role": "assistant", "content": "hello"}, {"role": "user", "content": "Sum these.\n\n1 2"},
                        {"role": "assistant", "content": "3"}]
    for record in records("sharegpt_fastchat.json"):
        messages = to_sft(record)
        assert detect(record, "sft") == "sharegpt"
        assert [m["content"] for m in messages] == [t["value"] for t in record["conversations"]]
        assert {m["role"] for m in messages} <= {"user", "assistant", "system"}
    parts = {"messages": [{"role": "user", "content": [{"type": "text", "text": "a "}, {"type": "text", "text": "b"}]},
                          {"role": "assistant", "content": "c"}]}
    assert to_sft(parts) == [{"role": "user", "content": "a b"}, {"role": "assistant", "content": "c"}]


def test_preference_formats():
    for record in records("dpo_en_sharegpt.json"):
        pair = to_preference(record)
        assert detect(record, "preference") == "sharegpt"
        assert pair["prompt"][-1]["role"] == "user"
        assert pair["chosen"] == [{"role": "assistant", "content": record["chosen"]["value"]}]
    for record in records("v1_dpo_messages.jsonl"):
        pair = to_preference(record)
        assert detect(record, "preference") == "messages"
        assert pair["prompt"] and pair["chosen"] and pair["rejected"]
        assert pair["chosen"][0]["role"] == "assistant" and pair["chosen"] != pair["rejected"]
    strings = to_preference({"prompt": "Q?", "chosen": "good", "rejected": "bad", "score_chosen": 8, "score_rejected": 2})
    assert strings == {"prompt": [{"role": "user", "content": "Q?"}], "chosen": [{"role": "assistant", "content": "good"}],
                       "rejected": [{"role": "assistant", "content": "bad"}], "score_chosen": 8.0, "score_rejected": 2.0}
    implicit = to_preference({"chosen": [{"role": "user", "content": "Q?"}, {"role": "assistant", "content": "good"}],
                              "rejected": [{"role": "user", "content": "Q?"}, {"role": "assistant", "content": "bad"}]})
    assert implicit["prompt"] == [{"role": "user", "content": "Q?"}]
    assert implicit["chosen"] == [{"role": "assistant", "content": "good"}]


def test_kto_records():
    for record in records("kto_en.json"):
        item = to_kto(record)
        assert item["prompt"][-1]["role"] == "user" and item["completion"][0]["role"] == "assistant"
        assert item["label"] is (str(record["label"]).lower() == "true")
    assert to_kto({"prompt": "Q?", "completion": "A.", "label": False}) == {
        "prompt": [{"role": "user", "content": "Q?"}], "completion": [{"role": "assistant", "content": "A."}],
        "label": False}


def test_records_that_fit_no_format_name_their_fields():
    with pytest.raises(RecordFormatError, match=r"fields found \['answer', 'question'\].*alpaca: instruction, output"):
        to_sft({"question": "q", "answer": "a"})
    with pytest.raises(RecordFormatError, match="fields found"):
        to_preference({"prompt": "q", "chosen": "a"})
    with pytest.raises(RecordFormatError, match="unknown speaker 'narrator'"):
        to_sft({"conversations": [{"from": "narrator", "value": "x"}]})
    with pytest.raises(RecordFormatError, match="must start with"):
        parse_hh_transcript("Human: hi\n\nAssistant: hello")
    with pytest.raises(RecordFormatError, match="KTO label"):
        to_kto({"prompt": "q", "completion": "a", "label": "maybe"})


def test_prompt_repeated_in_the_responses_and_odd_values():
    pair = to_preference({"prompt": "Q?", "chosen": [{"role": "user", "content": "Q?"}, {"role": "assistant", "content": "A."}],
                          "rejected": [{"role": "user", "content": "Q?"}, {"role": "assistant", "content": "B."}]})
    assert pair["chosen"] == [{"role": "assistant", "content": "A."}]  # UltraFeedback layout
    assert pair["rejected"] == [{"role": "assistant", "content": "B."}]
    parts = {"messages": [{"role": "user", "content": [{"type": "image_url", "text": None}, {"type": "text", "text": "hi"}]},
                          {"role": "assistant", "content": "hello"}]}
    assert to_sft(parts)[0]["content"] == "hi"
    with pytest.raises(RecordFormatError, match="history"):
        to_sft({"instruction": "x", "output": "y", "history": 5})
