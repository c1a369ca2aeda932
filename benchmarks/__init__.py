"""Benchmarks against python-intercom 5.0.1 and the physical limits (issue 6); see docs/benchmarks.md."""
