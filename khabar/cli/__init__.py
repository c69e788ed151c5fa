"""khabar's command line: a thin layer of click commands over the library."""

from __future__ import annotations

import os
import sys

import click

from khabar.errors import KhabarError


class _Group(click.Group):
    """Turns khabar's errors into one line and an exit code; no traceback reaches the user."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except KhabarError as exc:
            click.echo(f"khabar: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            ctx.exit(0)
        except Exception as exc:  # noqa: BLE001 - the last line of defence, a bug in khabar
            if os.environ.get("KHABAR_DEBUG"):
                raise
            click.echo(f"khabar: internal error: {type(exc).__name__}: {exc} (set KHABAR_DEBUG=1 for a traceback)", err=True)
            ctx.exit(70)


@click.group(cls=_Group)
@click.version_option(package_name="khabar")
def cli() -> None:
    """khabar: news reports of political violence in, source-attributed events out."""


def main() -> None:
    from khabar.cli import eval as _eval  # noqa: F401  (registers the commands)
    from khabar.cli import read as _read  # noqa: F401
    from khabar.cli import store as _store  # noqa: F401

    cli(prog_name="khabar")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
