"""Writing an output: where it may go, the lock, staging and the atomic commit, shards and rejects, through
Hadoop's filesystem."""
