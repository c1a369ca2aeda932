"""Benchmarks against python-intercom 5.0.1 and the physical limits (the floor each client sits on); see docs/benchmarks.md."""
