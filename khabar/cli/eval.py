"""``khabar eval GOLD...``: score khabar against gold data coded by others (../shared/EVAL.md)."""

from __future__ import annotations

import contextlib
import itertools
import json
import sys
from pathlib import Path

import click

from khabar.cli import cli


def _count_lines(path: Path, limit: int | None) -> int | None:
    if path.suffix != ".jsonl":
        return None
    with path.open("rb") as fh:
        n = sum(1 for _ in itertools.islice(fh, limit))
    return n


def render_results(res: dict) -> str:
    lines = []
    for ds, block in res["datasets"].items():
        lines.append(f"{ds}  ({block['n']} records{', ' + str(block['failed']) + ' failed' if block.get('failed') else ''})")
        for name, m in block["metrics"].items():
            lines.append(f"  {name:<42} {m['value']:>7.3f}   n={m['n']}")
    sp = res["speed"]
    lines.append(f"speed  {sp['records_per_s']} records/s, peak RSS {sp['peak_rss_mb']} MB ({sp['records']} records)")
    return "\n".join(lines)


@cli.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N records of each file.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object with every metric (fixed names, EVAL.md).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--held-apart", is_flag=True,
              help="Score only the records the learned models never trained on (crc32(id) % 5 == 0).")
@click.option("--rules-only", is_flag=True, help="Read without the learned models (to measure what they add).")
@click.option("--records", "records_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write one JSON line per record: each scored field's gold value, khabar's value and whether "
                   "they agree, with khabar's reading of the event (for error analysis; it holds gold values, so "
                   "keep it out of the repository).")
def eval_command(gold: tuple[Path, ...], limit: int | None, as_json: bool, quiet: bool, held_apart: bool,
                 rules_only: bool, records_path: Path | None) -> None:
    """Run the pipeline on every gold record (its `published` as report date) and score the gold fields it has."""
    from khabar.eval.gold import read_gold
    from khabar.eval.run import evaluate
    from khabar.pipeline import Reader

    readers = [read_gold(p, limit) for p in gold]  # fails fast on a bad path
    total = sum((_count_lines(p, limit) or 0) for p in gold) or None
    reader = Reader(learned=not rules_only)
    records = itertools.chain.from_iterable(readers)
    if held_apart:
        from khabar.learn.split import is_held_apart

        records = (r for r in records if is_held_apart(r.id))
        total = None
    show = not quiet and sys.stderr.isatty()
    with contextlib.ExitStack() as stack:
        on_row = None
        if records_path is not None:
            try:
                out = stack.enter_context(records_path.open("w", encoding="utf-8"))
            except OSError as exc:
                raise click.UsageError(f"--records {records_path}: cannot write ({exc.strerror})") from None

            def on_row(row: dict) -> None:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        bar = stack.enter_context(click.progressbar(length=total or 0, label="scoring", file=sys.stderr, show_pos=True,
                                                    show_eta=True, hidden=not show))
        res = evaluate(records, reader, progress=lambda _rec: bar.update(1), on_row=on_row)
    if as_json:
        click.echo(json.dumps(res, indent=2))
    else:
        click.echo(render_results(res))
