"""khabar's errors: a short hierarchy grouped by cause.

The CLI turns any :class:`KhabarError` into one line naming the input and the
problem, and a non-zero exit code; nothing else should reach the user as a
traceback.
"""

from __future__ import annotations


class KhabarError(Exception):
    """Base class of every error khabar raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class InputError(KhabarError):
    """The input cannot be read as a news text (empty, binary, too large, mis-encoded)."""

    exit_code = 2


class LanguageError(InputError):
    """The input is in a language khabar does not read yet."""


class ParameterError(KhabarError):
    """A parameter is invalid (a date that is not YYYY-MM-DD, an unknown option value)."""

    exit_code = 2


class ResourceError(KhabarError):
    """A packaged resource (gazetteer, lexicon) is missing or corrupt."""

    exit_code = 3
