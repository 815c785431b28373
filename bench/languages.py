"""Share of clean documents configs/web.yaml keeps, per language, on the 75 languages of lingua-py's test sentences.

    .venv/bin/python bench/languages.py [--shared ../shared/data] [--docs 10] [--sentences 20]

Documents: for each language of ../shared/data/lingua-py/language-testdata/sentences (Leipzig corpora news
and web sentences, Apache-2.0 via lingua-py), `--docs` documents of `--sentences` consecutive sentences each,
one sentence per line, as clean running text. They go through the stages and rules of configs/web.yaml (its
dedup and scoring too) in Spark local[2]; the report gives, per language, the share kept and the reasons of the
documents dropped, and the rules that did not apply to it. A language whose clean text loses more than 10 % is
listed as an exception with its reasons.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "results" / "languages"


def documents(shared: Path, per_language: int, sentences: int) -> list[dict]:
    folder = shared / "lingua-py" / "language-testdata" / "sentences"
    docs = []
    for path in sorted(folder.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for d in range(per_language):
            chunk = lines[d * sentences:(d + 1) * sentences]
            if len(chunk) == sentences:
                docs.append({"id": f"{path.stem}-{d}", "text": "\n".join(chunk), "expected": path.stem})
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--docs", type=int, default=10, help="documents per language")
    parser.add_argument("--sentences", type=int, default=20, help="sentences per document")
    parser.add_argument("--config", default=str(ROOT / "configs" / "web.yaml"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import os

    os.chdir(ROOT)  # the config's model paths are relative to the repository
    import pyarrow.dataset as ds

    from curate.config import load_config
    from curate.driver.run import run
    from curate.driver.session import get_session

    docs = documents(Path(args.shared), args.docs, args.sentences)
    WORK.mkdir(parents=True, exist_ok=True)
    with open(WORK / "docs.jsonl", "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    config = load_config(args.config, {"inputs": [str(WORK / "docs.jsonl")], "output": str(WORK / "out"),
                                       "fields": {"id_field": "id"}, "overwrite": True})
    get_session(cli_conf={"spark.master": "local[2]", "spark.ui.showConsoleProgress": "false",
                          "spark.ui.enabled": "false"})
    result = run(config, echo=False)
    expected = {d["id"]: d["expected"] for d in docs}
    kept = ds.dataset(str(WORK / "out" / "data"), format="parquet").to_table(columns=["id", "language"]).to_pylist()
    rejects = ds.dataset(str(WORK / "out" / "rejects"), format="parquet").to_table(
        columns=["id", "drop_reason", "language"]).to_pylist()
    kept_by = collections.Counter(expected[r["id"]] for r in kept)
    reasons: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rejects:
        reasons[expected[r["id"]]][r["drop_reason"]] += 1
    identified = collections.defaultdict(collections.Counter)
    for r in kept + rejects:
        identified[expected[r["id"]]][r["language"]] += 1
    not_applied = result.ledger.get("not_applied", {})
    languages = sorted(set(expected.values()))
    print(f"{len(docs)} documents of {args.sentences} sentences, {args.docs} per language, {len(languages)} languages, "
          f"through {Path(args.config).name}")
    print(f"{'lang':6}{'kept':>6}  {'identified as':24}dropped by")
    exceptions = []
    for language in languages:
        total = sum(1 for v in expected.values() if v == language)
        share = kept_by[language] / total
        labels = ", ".join(f"{lab} {n}" for lab, n in identified[language].most_common(2))
        dropped = ", ".join(f"{r} {n}" for r, n in reasons[language].most_common())
        print(f"{language:6}{share:6.0%}  {labels:24}{dropped}")
        if share < 0.9:
            exceptions.append((language, share, dropped))
    print(f"\nkept overall: {sum(kept_by.values())} of {len(docs)}; languages keeping ≥ 90 %: "
          f"{len(languages) - len(exceptions)} of {len(languages)}")
    from filters.language import LanguageId, LanguageIdParams

    params = LanguageIdParams()
    model = LanguageId(params, LanguageId.files_for(params)).model
    labels = {label[len("__label__"):] for label in model.get_labels()}
    print("exceptions (< 90 % kept): " + ("; ".join(
        f"{l} {s:.0%} ({d}{'' if l in labels else '; not a language lid.176 knows'})" for l, s, d in exceptions)
        or "none"))
    for stage, rules in not_applied.items():
        for rule, counts in rules.items():
            print(f"rule {stage}.{rule} not applied to {len(counts)} languages: {', '.join(sorted(counts))}")


if __name__ == "__main__":
    main()
