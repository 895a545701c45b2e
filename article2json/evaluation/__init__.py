"""Scoring predictions against gold event records, and adapters for the dev sets."""
