"""Intercom API client facade (stub until the facade lands)."""
