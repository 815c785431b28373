"""The config is validated before any work: wrong keys, types, stages and paths fail with clear messages."""

from __future__ import annotations

import copy

import pyarrow as pa
import pytest
import yaml

from curate.registry import STAGES
from filters.base import Stage
from curate.config import ConfigError, load_config, parse_config, resolved_yaml
from curate.driver.prepare import prepare

BASE = {
    "name": "t",
    "inputs": [{"paths": ["tests/data/bad.jsonl"]}],
    "stages": [
        {"stage": "language_id_v1", "rules": [{"name": "min_score", "signal": "language_score", "op": ">=", "value": 0.5}]},
        {"stage": "length_v1", "rules": [{"name": "min_words", "signal": "n_words", "op": ">=", "value": 5}]},
    ],
    "output": {"path": "out/t"},
}


def config_with(**changes):
    data = copy.deepcopy(BASE)
    data.update(changes)
    return data


def test_valid_config_resolves_defaults():
    config = parse_config(copy.deepcopy(BASE))
    assert config.stages[0].name == "language"
    assert config.stages[0].params["model"] == "lid.176"
    assert config.read.batch_rows == 1000
    resolved = yaml.safe_load(resolved_yaml(config))
    assert resolved["stages"][0]["params"]["max_chars"] == 0
    assert resolved["extract"]["max_html_bytes"] == 2_000_000
    assert parse_config(resolved) == config  # the resolved config is itself a valid config


def test_misspelt_top_level_key_is_named_with_suggestion():
    data = config_with(stagess=[])
    with pytest.raises(ConfigError, match=r"unknown key 'stagess' \(did you mean 'stages'\?\)"):
        parse_config(data)


def test_misspelt_nested_key_names_its_path():
    data = config_with(output={"path": "x", "shard_target_mbb": 3})
    with pytest.raises(ConfigError, match=r"^\.output: unknown key 'shard_target_mbb'|output: unknown key 'shard_target_mbb'"):
        parse_config(data)


def test_wrong_type_names_key_and_value():
    data = config_with(read={"batch_rows": "many"})
    with pytest.raises(ConfigError, match=r"read\.batch_rows: expected an integer, got 'many'"):
        parse_config(data)


def test_unknown_stage_lists_the_registered_ones():
    data = config_with(stages=[{"stage": "langauge_id_v1"}])
    with pytest.raises(ConfigError, match=r"unknown stage 'langauge_id_v1' \(did you mean 'language_id_v1'\?\); allowed: .*length_v1"):
        parse_config(data)


def test_unknown_stage_param():
    data = config_with(stages=[{"stage": "language_id_v1", "params": {"modle": "x"}}])
    with pytest.raises(ConfigError, match=r"stages\[0\]\.params: unknown key 'modle' \(did you mean 'model'\?\)"):
        parse_config(data)


def test_bad_format_and_op_values_are_named():
    with pytest.raises(ConfigError, match=r"format: 'csv' is not allowed; allowed: 'auto', 'warc', 'jsonl', 'parquet'"):
        parse_config(config_with(inputs=[{"paths": ["x"], "format": "csv"}]))
    stages = [{"stage": "language_id_v1", "rules": [{"name": "r", "signal": "language_score", "op": "=>", "value": 1}]}]
    with pytest.raises(ConfigError, match=r"op: '=>' is not allowed"):
        parse_config(config_with(stages=stages))


def test_rule_on_a_signal_not_yet_computed_fails():
    stages = [{"stage": "language_id_v1", "rules": [{"name": "r", "signal": "n_words", "op": ">=", "value": 1}]},
              {"stage": "length_v1"}]
    with pytest.raises(ConfigError, match=r"unknown signal 'n_words'"):
        parse_config(config_with(stages=stages))


class NeedsLanguage(Stage):
    """A stage reading an earlier stage's signal, to check the order validation."""

    name = "needs_language_test_v1"
    family = "needs_language"
    needs = ("text", "language")
    provides = {"language_echo": pa.string()}


def test_stage_order_is_checked_against_needs(monkeypatch):
    monkeypatch.setitem(STAGES, NeedsLanguage.name, NeedsLanguage)
    with pytest.raises(ConfigError, match=r"needs column 'language', which no earlier stage provides"):
        parse_config(config_with(stages=[{"stage": NeedsLanguage.name}]))
    assert parse_config(config_with(stages=[{"stage": "language_id_v1"}, {"stage": NeedsLanguage.name}]))


def test_list_op_needs_a_list():
    stages = [{"stage": "language_id_v1", "rules": [{"name": "allowed", "signal": "language", "op": "in", "value": "en"}]}]
    with pytest.raises(ConfigError, match=r"op 'in' needs a list"):
        parse_config(config_with(stages=stages))


def test_missing_input_path_fails_before_work(in_repo):
    config = parse_config(config_with(inputs=[{"paths": ["tests/data/nope/*.jsonl"]}]))
    with pytest.raises(ConfigError, match=r"inputs\[0\]\.paths\[0\]: 'tests/data/nope/\*\.jsonl' matches no file"):
        prepare(config)
    config = parse_config(config_with(inputs=[{"paths": ["tests/data/missing.jsonl"]}]))
    with pytest.raises(ConfigError, match=r"input path 'tests/data/missing.jsonl' does not exist"):
        prepare(config)


def test_unknown_extension_asks_for_format(in_repo, tmp_path):
    odd = tmp_path / "docs.txt"
    odd.write_text('{"text": "hi"}\n')
    config = parse_config(config_with(inputs=[{"paths": [str(odd)]}]))
    with pytest.raises(ConfigError, match=r"cannot tell the format .*--format"):
        prepare(config)
    config = parse_config(config_with(inputs=[{"paths": [str(odd)], "format": "jsonl"}]))
    assert prepare(config).files[0].format == "jsonl"


def test_missing_model_file_fails_before_work(in_repo):
    stages = [{"stage": "language_id_v1", "params": {"model": "models/none.bin"}}]
    config = parse_config(config_with(stages=stages))
    with pytest.raises(ConfigError, match=r"stage language: language_id_v1: model 'models/none.bin' not found; "
                                          r"use 'lid.176' .* or the path of a fastText"):
        prepare(config)


def test_unusable_model_file_fails_before_work(in_repo, tmp_path):
    broken = tmp_path / "broken.ftz"
    broken.write_bytes(b"this is not a fastText model")
    config = parse_config(config_with(stages=[{"stage": "language_id_v1", "params": {"model": str(broken)}}]))
    with pytest.raises(ConfigError, match=r"is not a fastText model"):
        prepare(config)


def test_rule_value_type_must_match_the_signal():
    stages = [{"stage": "language_id_v1", "rules": [{"name": "r", "signal": "language_score", "op": ">=", "value": "0.5"}]}]
    with pytest.raises(ConfigError, match=r"rules\[0\]\.value: signal 'language_score' is a number; '0.5' is not"):
        parse_config(config_with(stages=stages))
    stages = [{"stage": "language_id_v1", "rules": [{"name": "r", "signal": "language", "op": "in", "value": ["en", 3]}]}]
    with pytest.raises(ConfigError, match=r"signal 'language' is text; 3 is not a string"):
        parse_config(config_with(stages=stages))


def test_stage_names_are_identifiers():
    with pytest.raises(ConfigError, match=r"name: 'len.v1' must be lower-case letters"):
        parse_config(config_with(stages=[{"stage": "language_id_v1", "name": "len.v1"}]))


def test_default_rules_and_disable():
    config = parse_config(config_with(stages=[{"stage": "gopher_quality_v1", "disable": ["few_stop_words"]}]))
    names = [r.name for r in config.stages[0].rules]
    assert names[0] == "short_doc" and "few_stop_words" not in names and len(names) == 9
    with pytest.raises(ConfigError, match=r"disable: no rule 'few_stopwords' \(did you mean 'few_stop_words'\?\)"):
        parse_config(config_with(stages=[{"stage": "gopher_quality_v1", "disable": ["few_stopwords"]}]))


def test_sources_are_unique_across_folders(tmp_path):
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.jsonl").write_text('{"text": "x"}\n')
    config = parse_config(config_with(inputs=[{"paths": [str(tmp_path / "d1"), str(tmp_path / "d2")]}]))
    assert [f.source for f in prepare(config).files] == ["d1/same.jsonl", "d2/same.jsonl"]
    config = parse_config(config_with(inputs=[{"paths": [str(tmp_path / "d1")]}, {"paths": [str(tmp_path / "d2")]}]))
    with pytest.raises(ConfigError, match=r"would both be named 'same.jsonl'"):
        prepare(config)


def test_command_line_overrides(tmp_path, in_repo):
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(BASE))
    config = load_config(str(path), {"inputs": ["data/sample/c4_demo.jsonl"], "format": "jsonl", "output": "out/x"})
    assert config.inputs[0].paths == ["data/sample/c4_demo.jsonl"]
    assert config.inputs[0].format == "jsonl"
    assert config.output.path == "out/x"
    config = load_config(str(path), {"inputs": ["data/sample/c4_demo.jsonl"]})
    assert config.output.path == "out/c4_demo"  # trying a file never replaces the config's own output


def test_yaml_errors_name_the_file(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("name: [unclosed\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml: not valid YAML"):
        load_config(str(path))
    path.write_text("")
    with pytest.raises(ConfigError) as error:
        load_config(str(path))
    assert str(error.value).count("bad.yaml") == 1


def test_resolving_returns_a_new_spec_and_checking_changes_nothing():
    from curate.config import StageSpec

    spec = StageSpec(stage="culturax_metrics_v1", disable=["stopwords"])
    resolved = spec.resolved("stages[0]")
    assert spec.name is None and spec.rules is None and spec.disable == ["stopwords"]  # the original as given
    assert resolved.name == "metrics" and resolved.disable == []
    assert "stopwords" not in [r.name for r in resolved.rules] and "min_words" in [r.name for r in resolved.rules]
    before = copy.deepcopy(resolved)
    resolved.check("stages[0]")
    assert resolved == before
    config = parse_config({"name": "x", "kind": "sft", "inputs": [{"paths": ["a.jsonl"]}], "output": {"path": "o"},
                           "spark": {"spark.sql.shuffle.partitions": 4}, "stages": [{"stage": "length_v1"}]})
    assert config.inputs[0].kind == "sft" and config.spark == {"spark.sql.shuffle.partitions": "4"}
    before = copy.deepcopy(config)
    config.check("")
    assert config == before


def test_a_config_without_an_output_names_both_ways_to_give_one(tmp_path):
    path = tmp_path / "no_output.yaml"
    path.write_text("name: x\ninputs: [{paths: [a.jsonl]}]\n")
    with pytest.raises(ConfigError, match="missing required key 'output'.*--output"):
        load_config(str(path))
    assert load_config(str(path), {"output": str(tmp_path / "o")}).output.path == str(tmp_path / "o")
