"""What runs inside Spark tasks: the fused row-local pass, a stage's own pass, and the rules both apply."""
