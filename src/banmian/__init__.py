"""banmian (版面): rebuild clean, structured articles from raw Chinese newspaper pages.

    >>> import banmian
    >>> page = banmian.rebuild(open("page.txt", encoding="utf-8").read())
    >>> page.to_dict()["articles"][0]["headline"]
"""

from banmian.enrich import enrich_page, tag
from banmian.errors import BanmianError, InputError
from banmian.model import Article, BBox, Byline, DateMention, Entity, EntityMention, Line, Page, Placement, Quantity
from banmian.rebuild import rebuild, rebuild_lines, rebuild_path

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
