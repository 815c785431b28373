"""Global deduplication stages: DataFrame work over the annotated rows, after the row-local pass.

Each stage keys the documents still alive (URL, normalised text …), keeps one survivor per key by the
survivor policy and marks the others `dedup.<stage>` with the survivor's id in `dup_of`. Keys are
aggregated with a groupBy, so a key shared by 100k documents is a partial aggregation, never a
100k-member group in one task's memory.
"""
