"""khabar: news reports of political violence in, a source-attributed event database out.

>>> import khabar
>>> doc = khabar.read("Gunmen shot dead two shopkeepers in Quetta on Monday, police said.", published="2024-03-05")
>>> [(e.sub_event_type, [(f.kind, f.low) for f in e.figures]) for e in doc.events]
[('Attack', [('killed', 2)])]
"""

from khabar.errors import InputError, KhabarError, LanguageError, ParameterError, ResourceError
from khabar.model import Actor, Claimant, Document, Event, Figure, Flag, Mention, Place, Sentence, Span, When


def read(text, headline=None, published=None, url=None, outlet=None) -> Document:
    """Read one article: events with actors, places, dates and every figure with its claimant.

    ``published`` (``YYYY-MM-DD``) anchors relative dates ("on Tuesday"); it is never used as the event's date.
    """
    from khabar.pipeline import read as _read

    return _read(text, headline=headline, published=published, url=url, outlet=outlet)


def __getattr__(name: str):
    if name == "Reader":
        from khabar.pipeline import Reader

        return Reader
    raise AttributeError(name)

__all__ = [
    "Actor", "Claimant", "Document", "Event", "Figure", "Flag", "InputError", "KhabarError", "LanguageError",
    "Mention", "ParameterError", "Place", "Reader", "ResourceError", "Sentence", "Span", "When", "read",
]
__version__ = "0.1.0"
