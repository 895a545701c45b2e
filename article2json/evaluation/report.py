"""Reports as text: rich tables for a terminal, and the Markdown of EVALUATION.md."""

from __future__ import annotations

from typing import IO, Any

COLUMNS = ("group", "metric", "accuracy", "precision", "recall", "F1")


def _score(value: float | None, part: int | None = None, whole: int | None = None) -> str:
    shown = "-" if value is None else f"{value:.3f}"
    return shown if part is None else f"{shown} ({part}/{whole})"


def row_cells(row: dict[str, Any]) -> list[str]:
    """The cells of one score row; every score carries its counts."""
    if row["kind"] == "accuracy":
        return [row["group"], row["metric"], _score(row["score"], row["correct"], row["n"]), "", "", ""]
    return [row["group"], row["metric"], "",
            _score(row["precision"], row["predicted_correct"], row["predicted"]),
            _score(row["recall"], row["gold_found"], row["gold"]), _score(row["f1"])]


def notes(report: dict[str, Any]) -> list[str]:
    """What a reader must know beside the numbers: missing extractors, failures, absent predictions."""
    lines = []
    if report.get("missing_extractors"):
        lines.append(f"extractor(s) not installed, scored as finding nothing: {', '.join(report['missing_extractors'])}")
    if report.get("errors"):
        lines.append(f"{len(report['errors'])} article(s) failed: {report['errors'][0]}")
    if report.get("without_prediction"):
        lines.append(f"{report['without_prediction']} gold article(s) had no prediction")
    return lines


def heading(report: dict[str, Any]) -> str:
    name = report.get("set", "gold")
    return f"{name}: {report['articles']} articles, {report['seconds']} s"


def print_tables(reports: list[dict[str, Any]], stream: IO[str]) -> None:
    """One rich table of scores per report, and its confusion matrices."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, highlight=False)
    for report in reports:
        table = Table(title=heading(report), caption=report.get("about"), title_justify="left")
        for column in COLUMNS:
            table.add_column(column, justify="left" if column in ("group", "metric") else "right",
                             no_wrap=column == "metric", overflow="fold")
        previous_group = None
        for row in report["rows"]:
            cells = row_cells(row)
            table.add_row("" if row["group"] == previous_group else cells[0], *cells[1:])
            previous_group = row["group"]
        console.print(table)
        for line in notes(report):
            console.print(f"[yellow]note:[/yellow] {line}")
        for confusion in report["confusion"]:
            console.print(confusion_table(confusion, Table))


def _confusion_grid(confusion: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    matrix = confusion["matrix"]
    predicted = sorted({label for row in matrix.values() for label in row})
    grid = [[gold, *(str(matrix[gold].get(label, "")) for label in predicted)] for gold in sorted(matrix)]
    return predicted, grid


def confusion_table(confusion: dict[str, Any], table_class):
    predicted, grid = _confusion_grid(confusion)
    table = table_class(title=f"main event {confusion['field']}: gold (rows) by predicted (columns)",
                        title_justify="left")
    for label in ["gold \\ predicted", *predicted]:
        table.add_column(label, justify="left" if label.startswith("gold") else "right")
    for cells in grid:
        table.add_row(*cells)
    return table


def _markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return [line(header), line(["---"] * len(header)), *(line(cells) for cells in rows)]


def summary_rows(reports: list[dict[str, Any]], headlines: dict[str, tuple]) -> list[list[str]]:
    """One line per headline metric of each set."""
    lines = []
    for report in reports:
        wanted = headlines.get(report["set"], ())
        for row in report["rows"]:
            if (row["group"], row["metric"]) in wanted:
                lines.append([report["set"], *row_cells(row)])
    return lines


def markdown(reports: list[dict[str, Any]], headlines: dict[str, tuple], date: str, model: str, command: str,
             skipped: list[str]) -> str:
    """The text of EVALUATION.md."""
    out = ["# Evaluation", "", f"Scores of `article2json` on the dev sets, {date}, spaCy pipeline `{model}`.",
           f"Regenerate with `{command}` (see docs/evaluation.md for the gold format and the matching rules).",
           "Every score shows its counts: accuracy (correct/n), precision (correct/predicted), recall (found/gold).",
           "", "## Summary", ""]
    out += _markdown_table(["set", *COLUMNS], summary_rows(reports, headlines))
    set_notes = [f"- {report['set']}: {line}." for report in reports for line in notes(report)]
    out += ["", *set_notes] if set_notes else []
    if skipped:
        out += ["", f"Skipped (data absent): {', '.join(skipped)}."]
    for report in reports:
        out += ["", f"## {heading(report)}", "", report["about"] + ".", ""]
        out += [f"Note: {line}." for line in notes(report)] + ([""] if notes(report) else [])
        out += _markdown_table(list(COLUMNS), [row_cells(row) for row in report["rows"]])
        for confusion in report["confusion"]:
            predicted, grid = _confusion_grid(confusion)
            out += ["", f"Main event `{confusion['field']}`, gold (rows) by predicted (columns):", ""]
            out += _markdown_table(["gold \\ predicted", *predicted], grid)
    return "\n".join(out) + "\n"
