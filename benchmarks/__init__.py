"""Benchmarks: a synthetic labelled corpus (corpus.py) and the scripts that score tally against it."""
