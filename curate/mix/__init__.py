"""Training mixes: curated sets sampled to a budget by weights, selected, repeated and shuffled (`curate mix`)."""
