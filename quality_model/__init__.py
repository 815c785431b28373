"""Scorers and their training (KenLM perplexity, fastText quality classifier, transformer scoring).

Plain Python over batches, like `filters/`; see ../shared/DESIGN.md. Its stages register in
`curate.registry` like any other.
"""
