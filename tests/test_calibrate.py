"""Threshold calibration on the bundled sample: per-language cutoffs from the data, used by the pipeline."""

from __future__ import annotations

import pytest
import yaml

from curate.training.calibrate import CalibrationOptions, calibrate, calibration_config, derive, write_thresholds
from curate.config import parse_config
from curate.driver.run import run
from tests.test_pipeline import read_rows, sample_config

pytestmark = pytest.mark.usefixtures("bundled_models")


def test_derive_iqr_and_percentiles():
    quantiles = {"metrics_words": [12, 40, 200, 900], "metrics_char_rep_ratio": [0.01, 0.05, 0.09, 0.3],
                 "language_score": [0.6, 0.9, 0.99, 1.0]}
    iqr = derive(quantiles, CalibrationOptions())
    assert iqr["number_words_min_cutoff"] == 0  # 40 - 1.5 * 160 < 0, clipped
    assert iqr["character_repetition_max_cutoff"] == round(0.09 + 1.5 * 0.04, 4)
    assert iqr["lang_id_min_cutoff"] == round(0.9 - 1.5 * 0.09, 4)
    percentile = derive(quantiles, CalibrationOptions(method="percentile"))
    assert percentile == {"number_words_min_cutoff": 12, "character_repetition_max_cutoff": 0.3,
                          "lang_id_min_cutoff": 0.6}


def test_a_cutoff_never_removes_more_than_its_share_of_the_sample():
    # [p5, Q1, Q3, p95, q(share), q(1 - share)]: the IQR lower cutoff 0.3 - 1.5 * 0.02 = 0.27 would remove more
    # than the share (whose quantile is 0.1), so it is relaxed to 0.1; the upper one 0.09 + 0.06 = 0.15 removes
    # less than the share above 0.12 and stays, while with the share's quantile at 0.4 it would move up to 0.4
    quantiles = {"metrics_stopwords_ratio": [0.05, 0.3, 0.32, 0.6, 0.1, 0.9],
                 "metrics_char_rep_ratio": [0.01, 0.05, 0.09, 0.3, 0.0, 0.12]}
    cutoffs = derive(quantiles, CalibrationOptions())
    assert cutoffs["stopwords_min_cutoff"] == 0.1
    assert cutoffs["character_repetition_max_cutoff"] == round(0.09 + 1.5 * 0.04, 4)
    quantiles["metrics_char_rep_ratio"][5] = 0.4
    assert derive(quantiles, CalibrationOptions())["character_repetition_max_cutoff"] == 0.4


def test_calibrated_thresholds_drive_the_pipeline(spark, tmp_path):
    config = parse_config(sample_config(tmp_path / "unused"))
    assert [s.stage for s in calibration_config(config).stages] == ["language_id_v1", "url_filter_v1",
                                                                     "culturax_metrics_v1"]
    options = CalibrationOptions(min_documents=100)
    thresholds, counts = calibrate(config, options)
    assert counts["en"] > 250
    assert thresholds["en"]["character_repetition_max_cutoff"] != 0.106  # derived from the data now
    assert thresholds["default"]["number_words_max_cutoff"] == 100000  # not calibrated: kept from ROOTS
    assert thresholds["en"]["calibration_documents"] == counts["en"]  # the sample size is recorded
    path = tmp_path / "mine.yaml"
    write_thresholds(str(path), thresholds, counts, options, ["sample"])
    assert path.read_text().startswith("# Thresholds calibrated by curate")

    data = sample_config(tmp_path / "out")
    data["stages"][2]["params"] = {"thresholds": str(path)}
    result = run(parse_config(data), echo=False)
    applied = {r["name"]: r for r in result.ledger["rules"]["metrics"]}
    assert applied["char_repetition"]["by_language"]["en"] == thresholds["en"]["character_repetition_max_cutoff"]
    kept_en = [r for r in read_rows(tmp_path / "out" / "data").to_pylist() if r["language"] == "en"]
    assert all(r["metrics_char_rep_ratio"] <= thresholds["en"]["character_repetition_max_cutoff"] for r in kept_en)
    assert yaml.safe_load(path.read_text())["en"]["lang_id_min_cutoff"] <= 1
