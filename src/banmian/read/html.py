"""An e-paper page saved as HTML (Ctrl-S in the browser): its text, a block of it a line.

The markup is no text of the page, nor is the site around it.  Each block (a heading, a
paragraph, a list item, a table cell, a line break) becomes one line with a blank line after it,
as fragments are read; what is in the head, scripts, styles, navigation and footers, blocks that
are all links, and the site's own lines (上一篇 下一篇, its copyright) are left out.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "td", "th", "tr", "ul",
})
_HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "nav", "footer", "form", "button",
                     "select", "iframe"})
# A site's own lines, not the page's: 上一篇 下一篇; its copyright or a row of menu items a | b | c,
# where no sentence ends (a story about copyright, or one quoting a | b, keeps its paragraphs)
_SITE_STEPS = re.compile(r"^(?:(?:上|下)一(?:篇|版|页|期)\s*)+$")
_SITE_LINE = re.compile(r"版\s*权\s*所\s*有|Copyright|©|ICP备|^(?:[^|｜。]{1,12}[|｜]){2,}[^|｜。]{1,12}$")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)


def is_html(data: bytes) -> bool:
    """Does the file open as an HTML document does (<!DOCTYPE html>, <html>)?"""
    return _START.match(data[:1024]) is not None


def html_text(markup: str) -> str:
    """The text of an HTML page, each block a line and a blank line after it."""
    reader = _BlockText()
    reader.feed(markup)
    reader.close()
    return "\n\n".join(reader.blocks) + "\n"


class _BlockText(HTMLParser):
    """Blocks of text; a block that is all links (a menu, the list of a page's other stories,
    上一版 下一版) or a line of the site's own (_SITE_LINE) is left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.unlinked = False  # the block holds text outside a link, or is a heading
        self.hidden = self.linked = self.heading = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "a":
            self.linked += 1
        elif tag in _BLOCKS:
            self._end_block()
            self.heading += tag in _HEADINGS

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "a":
            self.linked = max(0, self.linked - 1)
        elif tag in _BLOCKS:
            self._end_block()
            self.heading = max(0, self.heading - (tag in _HEADINGS))

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.current.append(data)
            self.unlinked = self.unlinked or ((self.heading or not self.linked) and bool(data.strip()))

    def close(self) -> None:
        super().close()
        self._end_block()

    def _end_block(self) -> None:
        text = _SPACE.sub(" ", "".join(self.current)).strip()
        if text and self.unlinked and not _SITE_STEPS.match(text) and not (
                "。" not in text and _SITE_LINE.search(text)):
            self.blocks.append(text)
        self.current, self.unlinked = [], False
