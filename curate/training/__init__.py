"""Making what stages load: the KenLM model, the fastText quality classifier, calibrated thresholds."""
