"""Pages as JSON, Markdown or plain text for reading."""

from __future__ import annotations

import json

from banmian.model import Article, Page, page_label
from banmian.rebuild.patterns import jump


def render(pages: list[Page], fmt: str, *, many: bool) -> str:
    if fmt == "json":
        data = [page.to_dict() for page in pages] if many else pages[0].to_dict()
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    render_page = _markdown if fmt == "markdown" else _text
    return "\n".join(render_page(page) for page in pages)


def _where(page: Page) -> str:
    parts = [page.paper or "", page.date or "", f"第{page_label(page.section, page.page)}版" if page.page else ""]
    return " ".join(part for part in parts if part)


def _credits(article: Article) -> str:
    byline = article.byline
    parts = [
        ("记者", byline.reporters),
        ("通讯员", byline.correspondents),
        ("实习生", byline.interns),
        ("摄影", byline.photographers),
    ]
    return " ".join(f"{role} {'、'.join(names)}" for role, names in parts if names)


def _jump_from(article: Article) -> list[str]:
    """The 上接 lines as printed, which open the story's text."""
    return [line for line in article.jump_lines if _direction(line) == "from"]


def _jump_on(article: Article) -> list[str]:
    """The 下转 lines as printed, which close it."""
    return [line for line in article.jump_lines if _direction(line) != "from"]


def _direction(line: str) -> str | None:
    found = jump(line)
    return found.direction if found else None


def _markdown(page: Page) -> str:
    out = [f"# {_where(page) or '版面'}", ""]
    for article in page.articles:
        title = " / ".join(article.headline) or ("图片" if article.kind == "photo" else "（无标题）")
        out += [f"## {title}", ""]
        meta = " · ".join(filter(None, [article.dateline, _credits(article)]))
        if meta:
            out += [f"*{meta}*", ""]
        for paragraph in _jump_from(article) + article.paragraphs + _jump_on(article):
            out += [paragraph, ""]
    if page.furniture:
        out += ["---", ""] + [f"> {line}" for line in page.furniture] + [""]
    return "\n".join(out)


def _text(page: Page) -> str:
    out = [_where(page)] if _where(page) else []
    for article in page.articles:
        out.append("=" * 40)
        out += article.headline
        credits = _credits(article)
        if credits:
            out.append(credits)
        out.append("")
        out += _jump_from(article)
        out += ["　　" + paragraph for paragraph in article.paragraphs]
        out += _jump_on(article)
        out.append("")
    return "\n".join(out) + "\n"
