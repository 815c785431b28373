"""Readers: every input format streams, record by record, into documents of the same shape (see `records`)."""
