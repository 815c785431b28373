"""The card model: everything a dataset card and a catalog page show, as typed dataclasses.

It is written as `card.json` beside each set's `README.md` and read back by the catalog, also from sets
written by earlier runs, so `to_dict` gives exactly the keys, order and values of card.json (card_version 1)
and `from_dict` reads any card.json: a missing key takes its field's default, an unknown key is ignored.
Fields marked `_omitted_when_none` are keys that card.json holds only when there is something to say
(a profile has no `ledger`, a sample no `reason` unless rejected). Imports nothing else from catalogs.
"""

from __future__ import annotations

import functools
import types
from dataclasses import dataclass, field, fields
from typing import Any, Optional, TypeVar, Union, get_args, get_origin, get_type_hints

CARD_VERSION = 1
KIND_NAMES = {"text": "text", "sft": "SFT (instruction) records", "preference": "preference pairs",
              "kto": "KTO (labelled) records", "mix": "training mix"}
RecordT = TypeVar("RecordT", bound="JsonRecord")


def _omitted_when_none(key: Optional[str] = None) -> Any:
    """A field that defaults to None and is left out of card.json while None; `key` names it there when
    its Python name differs (`in` is a keyword)."""
    return field(default=None, metadata={"omit_none": True, **({"key": key} if key else {})})


def _renamed(key: str, default: Any) -> Any:
    """A field written under another name in card.json."""
    return field(default=default, metadata={"key": key})


class JsonRecord:
    """Reading and writing a dataclass as its JSON object in card.json, guided by the type hints. Every
    field has a default, which a missing or null key takes."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields in declaration order, under their card.json names."""
        out = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if value is None and item.metadata.get("omit_none"):
                continue
            out[item.metadata.get("key", item.name)] = _dump(value)
        return out

    @classmethod
    def from_dict(cls: type[RecordT], data: Any) -> RecordT:
        """The record from a JSON object; ValueError when a value has the wrong shape."""
        if not isinstance(data, dict):
            raise ValueError(f"{cls.__name__} must be a JSON object, not {type(data).__name__}")
        hints = _hints(cls)
        values = {}
        for item in fields(cls):
            value = data.get(item.metadata.get("key", item.name))
            if value is not None:
                values[item.name] = _load(hints[item.name], value, f"{cls.__name__}.{item.name}")
        return cls(**values)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _dump(value: Any) -> Any:
    if isinstance(value, JsonRecord):
        return value.to_dict()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _fits(hint: Any, value: Any) -> bool:
    """Whether a JSON value can be read as `hint`: which member of a Union a value is."""
    if hint is Any:
        return True
    expected = get_origin(hint) or hint
    if isinstance(expected, type) and issubclass(expected, JsonRecord):
        return isinstance(value, dict)
    return isinstance(value, expected)


def _load(hint: Any, value: Any, where: str) -> Any:
    """A JSON value as `hint`: records built, lists and dicts of records built item by item, the rest as is."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        member = next((h for h in get_args(hint) if h is not type(None) and _fits(h, value)), None)
        return value if member is None else _load(member, value, where)
    if origin is list:
        if not isinstance(value, list):
            raise ValueError(f"{where} must be a list, not {type(value).__name__}")
        return [_load(get_args(hint)[0], v, where) for v in value]
    if origin is dict:
        if not isinstance(value, dict):
            raise ValueError(f"{where} must be an object, not {type(value).__name__}")
        return {k: _load(get_args(hint)[1], v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(hint, type) and issubclass(hint, JsonRecord):
        return hint.from_dict(value)
    return value


# ---------------------------------------------------------------------------------------------- parts


@dataclass
class Totals(JsonRecord):
    """Kept records and their size (None where a Hub card does not say)."""

    documents: Optional[int] = None
    characters: Optional[int] = None
    words: Optional[int] = None
    bytes: Optional[int] = None


@dataclass
class LanguageCount(JsonRecord):
    """Kept records of one language and their size."""

    docs: Optional[int] = None
    chars: Optional[int] = None
    words: Optional[int] = None
    bytes: Optional[int] = None


@dataclass
class DataFile(JsonRecord):
    """One split of a config: a path (glob) or paths relative to the card's folder."""

    split: str = "train"
    path: Union[str, list[str]] = ""


@dataclass
class DataConfig(JsonRecord):
    """A Hugging Face `configs:` entry, what `load_dataset(folder, config_name)` loads."""

    config_name: str = "default"
    default: Optional[bool] = _omitted_when_none()
    data_files: list[DataFile] = field(default_factory=list)


@dataclass
class Column(JsonRecord):
    """A field of the data files and its Arrow type."""

    name: str = ""
    type: str = ""


@dataclass
class Buckets(JsonRecord):
    """Quality buckets: cut-offs of one signal per language, and records per bucket and language."""

    signal: str = ""
    percentiles: list[float] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    higher_is_better: bool = False
    cutoffs: dict[str, list[float]] = field(default_factory=dict)
    documents_with_signal: dict[str, int] = field(default_factory=dict)
    documents: Optional[dict[str, dict[str, int]]] = _omitted_when_none()


@dataclass
class DedupClusters(JsonRecord):
    """Clusters of duplicates that kept one record each."""

    clusters: int = 0
    documents_in_clusters: int = 0
    largest: int = 0
    by_size: dict[str, int] = field(default_factory=dict)


@dataclass
class SemanticClusters(JsonRecord):
    """Semantic dedup: the KMeans clusters of the embeddings (sizes: min, p50, p90, max documents), the documents
    embedded and removed, with the cosine threshold and the embedding model's name."""

    clusters: int = 0
    documents: int = 0
    removed: int = 0
    clusters_with_removals: int = 0
    size: dict[str, int] = field(default_factory=dict)
    threshold: Optional[float] = _omitted_when_none()
    model: Optional[str] = _omitted_when_none()


@dataclass
class Dedup(JsonRecord):
    """What deduplication did; every part is absent when it did not run or found nothing."""

    clusters: Optional[DedupClusters] = _omitted_when_none()
    removed: Optional[dict[str, int]] = _omitted_when_none()
    in_: Optional[int] = _omitted_when_none("in")
    semantic: Optional[SemanticClusters] = _omitted_when_none()

    @property
    def recorded(self) -> bool:
        """True when there is anything to show (the card's Deduplication section)."""
        return (self.clusters is not None or self.removed is not None or self.in_ is not None
                or self.semantic is not None)


@dataclass
class Records(JsonRecord):
    """SFT / preference records per source format and per prompt / response language."""

    record_formats: Optional[dict[str, int]] = _omitted_when_none()
    prompt_languages: Optional[dict[str, int]] = _omitted_when_none()
    response_languages: Optional[dict[str, int]] = _omitted_when_none()

    @property
    def recorded(self) -> bool:
        """True when any of the three counts is in the card."""
        return any(value is not None for value in (self.record_formats, self.prompt_languages,
                                                   self.response_languages))


@dataclass
class Contamination(JsonRecord):
    """Records overlapping each benchmark, and how many of them are still in the set."""

    found: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)


PII_KIND_NAMES = {"email": "e-mail addresses", "phone": "phone numbers", "ip": "IP addresses",
                  "card": "payment card numbers", "iban": "IBANs", "national_id": "national id numbers",
                  "secret": "secrets (keys, tokens)"}
PII_KIND_NAME = {"email": "e-mail address", "phone": "phone number", "ip": "IP address", "card": "payment card number",
                 "iban": "IBAN", "national_id": "national id number", "secret": "secret (key, token)"}


@dataclass
class Tokens(JsonRecord):
    """The kept records' length in tokens of one tokenizer, in total and per language, source and bucket."""

    tokenizer: str = ""
    total: int = 0
    by_language: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    by_bucket: dict[str, int] = field(default_factory=dict)

    def sentence(self) -> str:
        """"1,234,567 tokens with tokenizer gpt2." — what a pretraining planner reads first."""
        return f"{self.total:,} tokens with tokenizer {self.tokenizer}."


@dataclass
class Pii(JsonRecord):
    """Personal data the pii stage found, per kind: in every record it read (kept and removed) and in the kept
    ones, and what replaced each kind (tag, hash or keep: found and left)."""

    found: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    modes: dict[str, str] = field(default_factory=dict)

    def sentence(self) -> str:
        """"PII: 1,204 e-mail addresses, 88 phone numbers replaced." — what a reader of the card needs first."""
        def listed(kinds: list[str]) -> str:
            return ", ".join(f"{self.found[k]:,} {(PII_KIND_NAME if self.found[k] == 1 else PII_KIND_NAMES).get(k, k)}"
                             for k in kinds)

        found = [k for k, n in self.found.items() if n]
        if not found:
            return "PII: none found."
        replaced = [k for k in found if self.modes.get(k, "tag") != "keep"]
        kept = [k for k in found if k not in replaced]
        parts = []
        if replaced:
            parts.append(f"{listed(replaced)} replaced")
        if kept:
            parts.append(f"{listed(kept)} found and left in place (mode keep)")
        return "PII: " + "; ".join(parts) + "."


@dataclass
class MixInput(JsonRecord):
    """One input set of a mix: its folder and card (the README.md's path from the mix's folder), its license,
    and documents (and tokens) it held, that selection kept, and that the mix took (`unique`: without repeats)."""

    name: str = ""
    pretty_name: str = ""
    path: str = ""
    card: Optional[str] = None
    license: str = "other"
    read: dict[str, int] = field(default_factory=dict)
    selected: dict[str, int] = field(default_factory=dict)
    taken: dict[str, int] = field(default_factory=dict)


@dataclass
class MixGroup(JsonRecord):
    """One weighted group of a mix: its share and target, what it held, full passes over it, and what the mix
    holds of it (in the budget's unit)."""

    share: float = 0.0
    target: float = 0.0
    supply: int = 0
    unique_supply: int = 0
    passes: int = 0
    epochs: Optional[float] = None
    realised: int = 0
    documents: int = 0
    realised_share: float = 0.0


@dataclass
class MixPart(JsonRecord):
    """Documents (and tokens) of the mix from one input, language and bucket; `repeated`: rows that are a second
    or later appearance of their document."""

    set: str = ""
    language: str = ""
    bucket: Optional[str] = None
    documents: int = 0
    tokens: Optional[int] = None
    repeated: int = 0


@dataclass
class Mix(JsonRecord):
    """What `curate mix` made: the budget and what was realised, the groups the weights named, each input, the
    composition by input, language and bucket, how many rows are which appearance of their document (`epochs`:
    "0" first, "1" second …), and the rules: selections, re-hydration, seed; warnings the run gave."""

    unit: str = "tokens"
    budget: int = 0
    realised: int = 0
    seed: int = 0
    weights_by: list[str] = field(default_factory=list)
    groups: dict[str, MixGroup] = field(default_factory=dict)
    inputs: list[MixInput] = field(default_factory=list)
    composition: list[MixPart] = field(default_factory=list)
    epochs: dict[str, int] = field(default_factory=dict)
    selection: list[dict[str, Any]] = field(default_factory=list)
    rehydrate: Optional[dict[str, Any]] = None
    shards: int = 0
    tokenized: Optional[dict[str, int]] = None
    warnings: list[str] = field(default_factory=list)

    def sentence(self, tokenizer: Optional[str] = None) -> str:
        """"2,000,000 tokens with tokenizer T from 3 sets (budget 2,000,000), shuffled with seed 0." — the card's
        headline."""
        unit = f"{self.unit} with tokenizer {tokenizer}" if tokenizer and self.unit == "tokens" else self.unit
        return (f"{self.realised:,} {unit} from {len(self.inputs)} set(s) (budget {self.budget:,}), "
                f"shuffled with seed {self.seed}.")


@dataclass
class Message(JsonRecord):
    """One turn of a conversation, its content clipped."""

    role: str = ""
    content: str = ""


Turns = Union[str, list[Message]]


@dataclass
class Sample(JsonRecord):
    """A kept or rejected row as shown: text clipped, its structure columns (by kind), a few signals."""

    id: Optional[str] = _omitted_when_none()
    language: Optional[str] = _omitted_when_none()
    source: Optional[str] = _omitted_when_none()
    url: Optional[str] = _omitted_when_none()
    text: Optional[str] = _omitted_when_none()
    clipped: bool = False
    messages: Optional[Turns] = _omitted_when_none()
    prompt: Optional[Turns] = _omitted_when_none()
    chosen: Optional[Turns] = _omitted_when_none()
    rejected: Optional[Turns] = _omitted_when_none()
    completion: Optional[Turns] = _omitted_when_none()
    label: Optional[bool] = _omitted_when_none()
    signals: Optional[dict[str, Any]] = _omitted_when_none()
    reason: Optional[str] = _omitted_when_none()


@dataclass
class Samples(JsonRecord):
    """The kept samples (a few per language) and the rejected ones (a few per drop reason)."""

    kept: list[Sample] = field(default_factory=list)
    rejected: list[Sample] = field(default_factory=list)


@dataclass
class InputFile(JsonRecord):
    """A file a set was read from (or deduplicated against), with its size and checksum."""

    path: str = ""
    format: Optional[str] = None
    bytes: Optional[int] = None
    sha256: Optional[str] = None


@dataclass
class StageFile(JsonRecord):
    """A file a stage read (word lists, benchmarks, models), with its checksum."""

    stage: str = ""
    stage_type: Optional[str] = None
    key: str = ""
    path: str = ""
    sha256: Optional[str] = None


@dataclass
class Lineage(JsonRecord):
    """lineage.json of a run (or its profile's equivalent); each key is absent where it was not recorded."""

    inputs: Optional[list[InputFile]] = _omitted_when_none()
    stage_files: Optional[list[StageFile]] = _omitted_when_none()
    code: Optional[dict[str, Any]] = _omitted_when_none()
    environment: Optional[dict[str, Any]] = _omitted_when_none()
    started: Optional[str] = _omitted_when_none()
    finished: Optional[str] = _omitted_when_none()
    elapsed_seconds: Optional[float] = _omitted_when_none()
    reference: Optional[list[InputFile]] = _omitted_when_none()
    resumed: Optional[list[str]] = _omitted_when_none()


@dataclass
class LedgerStage(JsonRecord):
    """Records into one stage, kept and removed by it, and removed per drop reason."""

    stage: str = ""
    in_: int = _renamed("in", 0)
    kept: int = 0
    dropped: int = 0
    dropped_chars: int = 0
    dropped_tokens: Optional[int] = None  # with a tokenizer
    reasons: dict[str, int] = field(default_factory=dict)
    tallies: dict[str, int] = field(default_factory=dict)  # what the stage changed (pii: pii_email …)


@dataclass
class CurationRow(JsonRecord):
    """One language of the curation table: records in, removed per stage, kept."""

    language: str = ""
    in_: int = _renamed("in", 0)
    removed: dict[str, int] = field(default_factory=dict)
    kept: int = 0


@dataclass
class CurationTable(JsonRecord):
    """The CulturaX "Table 1" of a set: the stages that removed anything, and a row per language."""

    stages: list[str] = field(default_factory=list)
    rows: list[CurationRow] = field(default_factory=list)


@dataclass
class Ledger(JsonRecord):
    """What curation did: totals, the funnel of stages, the per-language table and the rules applied (as the
    config wrote them: free-form)."""

    documents_in: Optional[int] = None
    documents_kept: Optional[int] = None
    characters_in: Optional[int] = None
    characters_kept: Optional[int] = None
    tokens_in: Optional[int] = None  # with a tokenizer
    tokens_kept: Optional[int] = None
    stages: list[LedgerStage] = field(default_factory=list)
    by_language: CurationTable = field(default_factory=CurationTable)
    rules: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    not_applied: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    elapsed_seconds: Optional[float] = None


# ---------------------------------------------------------------------------------------------- the card


@dataclass
class CardModel(JsonRecord):
    """One set's card. `origin` says where the facts come from: "pipeline" (a curate run), "profile"
    (`curate card` on any dataset) or "readme" (a Hub card's metadata, read by the catalog only)."""

    card_version: int = CARD_VERSION
    origin: str = "pipeline"
    name: str = ""
    pretty_name: str = ""
    description: str = ""
    kind: str = "text"
    license: str = "other"
    licenses: list[str] = field(default_factory=list)
    derived_from: list[str] = field(default_factory=list)
    model_generated: Optional[bool] = None
    uses: str = ""
    limitations: str = ""
    format: str = ""
    size_category: str = ""
    totals: Totals = field(default_factory=Totals)
    files: Optional[int] = None
    languages: dict[str, LanguageCount] = field(default_factory=dict)
    configs: list[DataConfig] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    signals: dict[str, dict[str, Any]] = field(default_factory=dict)
    buckets: Optional[Buckets] = None
    dedup: Dedup = field(default_factory=Dedup)
    records: Records = field(default_factory=Records)
    contamination: Optional[Contamination] = None
    pii: Optional[Pii] = None
    tokens: Optional[Tokens] = None
    mix: Optional[Mix] = _omitted_when_none()
    samples: Samples = field(default_factory=Samples)
    lineage: Lineage = field(default_factory=Lineage)
    config_yaml: Optional[str] = None
    ledger: Optional[Ledger] = _omitted_when_none()
    limitations_generated: list[str] = field(default_factory=list)
    readme_text: Optional[str] = _omitted_when_none()

    @property
    def kind_name(self) -> str:
        """The kind as people read it ("SFT (instruction) records")."""
        return KIND_NAMES.get(self.kind, str(self.kind))
