"""Inputs that are tables of the Spark session's catalog (`inputs: [{table: db.name}]`): Hive, Delta, Iceberg,
whatever the session is configured with. Spark's own reader scans the table; its rows go through the same
row-local pass as file records (`curate.executor.row_pass.table_function`)."""

from __future__ import annotations

from curate.config import Config
from curate.executor.row_pass import TABLE_FILE, TABLE_ROW, RunPlan, table_function
from curate.validate import ConfigError


def check_tables(spark, config: Config) -> None:
    """Each table exists and has the fields the input names; fails before any work, naming the fix."""
    for index, spec in enumerate(config.inputs):
        if not spec.table:
            continue
        where = f"inputs[{index}].table"
        if not spark.catalog.tableExists(spec.table):
            raise ConfigError(f"{where}: no table '{spec.table}' in the session's catalog (current database "
                              f"'{spark.catalog.currentDatabase()}'); name it as db.name, or configure the catalog "
                              f"that holds it (spark.sql.catalog.*, Hive's metastore) in the config's spark: block")
        columns = set(spark.table(spec.table).columns)
        for key in ("html_field" if spec.html_field else "text_field", "id_field", "timestamp_field"):
            name = getattr(spec, key)
            if name and name not in columns:
                raise ConfigError(f"{where}: '{spec.table}' has no column '{name}' (columns: "
                                  f"{', '.join(sorted(columns))}); name the column with `{key}`")


def table_rows(spark, plan: RunPlan):
    """The row-local pass over every table input, as one DataFrame of the run schema (None without tables)."""
    from curate.schema import spark_ddl

    frames = []
    for index, spec in enumerate(plan.inputs):
        if not spec.table:
            continue
        table = spark.table(spec.table)
        try:  # where each row was stored, for ids that do not depend on how Spark split the scan
            table = table.selectExpr("*", f"_metadata.file_path AS {TABLE_FILE}", f"_metadata.row_index AS {TABLE_ROW}")
        except Exception:  # noqa: BLE001 - no file metadata (a view, a format without row indexes)
            pass
        frames.append(table.mapInArrow(table_function(plan, index), spark_ddl(plan.schema)))
    if not frames:
        return None
    result = frames[0]
    for frame in frames[1:]:
        result = result.unionByName(frame)
    return result
