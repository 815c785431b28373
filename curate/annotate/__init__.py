"""LLM annotation of curated sets (`curate annotate`): a sample scored by a local instruct model, for training a
quality head (the FineWeb-Edu recipe)."""
