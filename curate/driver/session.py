"""The SparkSession: local mode unless told otherwise, and whatever spark-submit or --conf sets wins."""

from __future__ import annotations

import os
import sys
from typing import Mapping, Optional

from pyspark import SparkConf
from pyspark.sql import SparkSession

LOG_CONFIG = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "log4j2.properties")

# Defaults that apply only where neither spark-submit, --conf nor the config's `spark:` block set a value.
DEFAULTS = {
    "spark.master": "local[*]",
    "spark.app.name": "curate",
    "spark.sql.session.timeZone": "UTC",
    "spark.ui.showConsoleProgress": "true",
    "spark.driver.memory": "4g",
    "spark.sql.parquet.compression.codec": "zstd",
    "spark.sql.debug.maxToStringFields": "500",
    "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
    # Arrow batches to Python workers cut by bytes too (rows alone would put 10,000 large documents in one)
    "spark.sql.execution.arrow.maxBytesPerBatch": str(32 << 20),
    "spark.hadoop.fs.file.impl": "org.apache.hadoop.fs.RawLocalFileSystem",  # no .crc files beside outputs
    # each step reads its predecessor's checkpoint, so the shuffle files of finished steps are garbage: a
    # driver GC every few minutes lets Spark's cleaner delete them (the default, 30 min, lets a long run's
    # shuffle files fill a single machine's disk)
    "spark.cleaner.periodicGC.interval": "3min",
    "spark.executorEnv.MALLOC_ARENA_MAX": "2",  # as the driver's (get_session), for a cluster's executors
    "spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile=file:{LOG_CONFIG}",
}


def get_session(config_conf: Optional[Mapping[str, str]] = None,
                cli_conf: Optional[Mapping[str, str]] = None) -> SparkSession:
    """Start (or join) the SparkSession. Precedence: --conf, then spark-submit, then the config, then defaults."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # glibc gives each thread group its own malloc arena (8 per core); the JVM's many threads and the Python
    # workers' large Arrow batches then hold freed memory in dozens of arenas, and RSS creeps up over a long run
    os.environ.setdefault("MALLOC_ARENA_MAX", "2")
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    if os.environ.get("PYSPARK_GATEWAY_PORT"):  # launched by spark-submit: its JVM is up; join it first,
        from pyspark import SparkContext  # so that SparkConf() below reads what spark-submit set (--master …)

        SparkContext._ensure_initialized()
    submitted = SparkConf()  # holds what spark-submit passed, when it launched us
    builder = SparkSession.builder
    for key, value in {**DEFAULTS, **(config_conf or {})}.items():
        if not submitted.contains(key):
            builder = builder.config(key, value)
    for key, value in (cli_conf or {}).items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session
