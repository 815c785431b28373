"""Development tooling, not installed with curate: the loopback Spark cluster the tests and `make cluster-run` use."""
