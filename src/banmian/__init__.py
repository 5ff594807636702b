"""banmian (版面): rebuild clean, structured articles from raw Chinese newspaper pages.

    >>> import banmian
    >>> page = banmian.rebuild(open("page.txt", encoding="utf-8").read())
    >>> page.to_dict()["articles"][0]["headline"]
"""

import importlib

from banmian.errors import BanmianError, InputError
from banmian.model import Article, BBox, Byline, DateMention, Entity, EntityMention, Line, Page, Placement, Quantity
from banmian.rebuild import rebuild, rebuild_lines, rebuild_path


def __getattr__(name: str):
    """The tagger loads on first use (its model and numpy take most of a second): an archive command
    such as `banmian search` needs none of it."""
    if name in ("enrich_page", "tag"):
        return getattr(importlib.import_module("banmian.enrich"), name)
    raise AttributeError(f"module 'banmian' has no attribute {name!r}")

__all__ = [
    "Article",
    "BBox",
    "BanmianError",
    "Byline",
    "DateMention",
    "Entity",
    "EntityMention",
    "InputError",
    "Line",
    "Page",
    "Placement",
    "Quantity",
    "enrich_page",
    "rebuild",
    "rebuild_lines",
    "rebuild_path",
    "tag",
]
