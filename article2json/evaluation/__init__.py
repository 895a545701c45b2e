"""Scoring predictions against gold event records, and adapters for the dev sets.

`gold` (the gold format and reading it), `scorer` (one report from gold and prediction records,
through `events` and `spans`, with `names` for lenient name comparison), `runner` (running the
pipeline on gold texts), `devsets` and one `dev_*` adapter per dev set, `report` (tables, Markdown).
The command is `article2json eval` (cli/evaluate.py); the format is described in docs/evaluation.md.
"""
