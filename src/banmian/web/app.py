"""The web reader: browse, read and search an archive, in HTML and as JSON under /api.

A thin layer over banmian.store, as the CLI is: every route opens the archive
read-only for its request, makes one or two library calls and renders the
result.  The HTML routes and their /api twins share one function per view, so
the two never disagree.  Jinja2 escapes every text taken from a page.

What articles mention has pages of its own: an entity's page (its articles,
mentions per month, the entities it appears with, its titles and roles), the
people, organisations and places of each issue, and term trends (a line per
term of its share of each month's articles; a point lists those articles).
Charts are SVG drawn on the server (charts.py).

A page's view shows its image — the PDF page rendered, or the scan — with each
article's regions drawn over it as links to the article (page_image.py), in
an SVG whose coordinates are the page's own units, so boxes and image scale
together without a script.  Articles read by OCR with a low confidence carry a badge.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Iterator
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi import Path as PathParam
from fastapi import Query as QueryParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.exceptions import HTTPException
from starlette.templating import Jinja2Templates

from banmian import store
from banmian.errors import BanmianError
from banmian.model import ENTITY_TYPES, page_label, parse_page_label, valid_date
from banmian.store.filters import SQL_INTEGER_END, entity_type_of
from banmian.store.formats import ENTITY_FIELDS
from banmian.store.mentions import split_terms
from banmian.web import page_image
from banmian.web.charts import bar_chart, line_chart

HERE = Path(__file__).parent
PER_PAGE = 20
KINDS = ("article", "photo")
ENTITY_NAMES = dict(ENTITY_FIELDS)  # PER → people, as the export names them
# Numbers are bounded where they enter (a page of results here, a printed page's number in
# _printed_page), so that one the archive cannot hold is a 400, not an overflow (a 500)
# deep in a query.
LAST_RESULTS_PAGE = (SQL_INTEGER_END - 1) // PER_PAGE
# Snippet marks that page text does not use; swapped for <mark> after escaping.
MARK = ("\x02", "\x03")


def make_app(db_url: str) -> FastAPI:
    """The reader over the archive at `db_url`; raises ArchiveError when there is none."""
    # Opened once now so that a wrong --db is one line at start, not an error per request.
    with store.open_archive(db_url, create=False):
        pass
    app = FastAPI(title="banmian", version="0.1.0", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Read-only access to a banmian archive of rebuilt newspaper pages.")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(env=_environment())

    @contextlib.contextmanager
    def archive() -> Iterator[store.Archive]:
        with store.open_archive(db_url, create=False) as opened:
            yield opened

    def page(request: Request, name: str, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context)

    _add_error_handlers(app, templates)
    _add_api(app, archive)
    _add_html(app, archive, page)
    app.add_middleware(HeadAsGet)
    return app


class HeadAsGet:
    """HEAD answered as GET without the body: link checkers and uptime monitors ask with HEAD,
    and the routes are declared for GET only (a 405 on every page)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def headers_only(message):
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body"):
                await send({"type": "http.response.body", "body": b""})

        await self.app({**scope, "method": "GET"}, receive, headers_only)


# --- views: one function per view, shared by HTML and JSON --------------------


def papers_view(archive: store.Archive) -> dict:
    return {"papers": archive.papers(), "counts": archive.counts()}


def issues_view(archive: store.Archive, paper: str) -> dict:
    issues = archive.issues(paper)
    if not issues:
        raise store.NotFoundError(f"no issues of {paper!r} in the archive")
    return {"paper": paper, "issues": issues}


def issue_view(archive: store.Archive, paper: str, date: str) -> dict:
    pages = archive.issue_pages(paper, _date(date))
    if not pages:
        raise store.NotFoundError(f"no issue of {paper!r} on {date}")
    return {"paper": paper, "date": date, "pages": pages,
            "entities": archive.issue_entities(paper, date)}


def page_view(record: dict, archive: store.Archive, image_url: str) -> dict:
    """A stored page for auditing: its image with the articles' regions on it, and each raw
    line with the article and field it went to."""
    placed = {p["line"]: p for p in record["placements"]}
    colour = {article_id: n for n, article_id in enumerate(record["article_ids"])}
    lines = [{**line, "article": placed.get(line["number"], {}).get("article"),
              "field": placed.get(line["number"], {}).get("field"),
              "colour": colour.get(placed.get(line["number"], {}).get("article"))}
             for line in record["lines"]]
    articles = archive.page_articles(record["id"], text=True)
    for article in articles:
        article["colour"] = colour[article["id"]]
    return {"paper": record["paper"], "date": record["date"], "page": record["page"],
            "section": record["section"],
            "key": record["key"], "flags": record["flags"], "furniture": record["furniture"],
            "raw_text": record["raw_text"], "lines": lines, "articles": articles,
            "image": image_view(record, archive, image_url)}


def image_view(record: dict, archive: store.Archive, image_url: str) -> dict:
    """The page image's URL and size in the units of the region boxes (`unit`: pt for PDF
    points, px for scan pixels), and each article's regions; `url` None and a `note` saying
    why where there is no image."""
    regions = [{"article": article_id, **region}
               for article_id, found in archive.page_regions(record["id"]).items() for region in found]
    try:
        found = page_image.page_file(record)
        width, height = page_image.page_size(found)
    except page_image.NoPageImage as missing:
        return {"url": None, "note": str(missing), "width": None, "height": None, "unit": None,
                "regions": regions}
    return {"url": image_url, "note": None, "width": round(width, 2), "height": round(height, 2),
            "unit": found.unit, "regions": regions}


def image_png(record: dict) -> Response:
    try:
        png = page_image.page_png(page_image.page_file(record))
    except page_image.NoPageImage as missing:
        raise store.NotFoundError(str(missing)) from None
    return Response(png, media_type="image/png")


def article_view(archive: store.Archive, article_id: str) -> dict:
    story = archive.story(article_id).to_dict()
    previous, following = archive.neighbours(story["id"])
    return {**story, "requested": archive.resolve(article_id), "mentioned": _mentioned(story),
            "previous": _summary(archive, previous), "next": _summary(archive, following)}


def search_view(archive: store.Archive, q: str | None, filters: dict, page_number: int,
                mark: tuple[str, str], order: str = "relevance") -> dict:
    if filters.get("kind") is not None and filters["kind"] not in KINDS:
        raise store.QueryError(f"bad kind {filters['kind']!r}: choose article or photo")
    return {"q": q or "", "filters": filters, "sort": order,
            **_hits(archive, q, filters, page_number, mark, order)}


def entities_view(archive: store.Archive, q: str | None, entity_type: str | None) -> dict:
    entity_type = entity_type_of(entity_type)  # people, as a link may name it, is PER
    return {"q": q or "", "type": entity_type,
            "entities": archive.entities(q, entity_type=entity_type, limit=100)}


def entity_view(archive: store.Archive, entity_type: str, name: str, page_number: int,
                mark: tuple[str, str]) -> dict:
    """An entity's profile, and a page of the articles that mention it, newest first."""
    profile = archive.entity(name, entity_type)
    filters = {"entity": name, "entity_type": entity_type}
    return {**profile, **_hits(archive, None, filters, page_number, mark)}


def trends_view(archive: store.Archive, terms: str, paper: str | None) -> dict:
    """Each term's share of every month's articles; `terms` separated by commas."""
    trend = archive.term_trends(split_terms(terms), store.Filters(paper=paper))
    return {"terms": terms, "paper": paper, **trend}


def trend_point_view(archive: store.Archive, term: str, month: str, paper: str | None,
                     page_number: int, mark: tuple[str, str]) -> dict:
    """The articles behind one point of a trend: `term` in issues of `month`."""
    first, last = store.month_days(month)
    filters = {"paper": paper, "date_from": first, "date_to": last}
    return {"term": term, "month": month, **_hits(archive, term, filters, page_number, mark)}


def _hits(archive: store.Archive, q: str | None, filters: dict, page_number: int,
          mark: tuple[str, str], order: str = "relevance") -> dict:
    if page_number < 1:
        raise store.QueryError("page must be 1 or more")
    # One hit more than shown tells whether there is a next page.
    hits = archive.search(q, store.Filters(**filters), limit=PER_PAGE + 1,
                          offset=(page_number - 1) * PER_PAGE, mark=mark, order=order)
    # How many in all: counted only where this page does not tell it (a first page not full).
    every_hit_here = page_number == 1 and len(hits) <= PER_PAGE
    total = len(hits) if every_hit_here else archive.count(q, store.Filters(**filters))
    return {"page": page_number, "has_next": len(hits) > PER_PAGE, "total": total,
            "hits": [hit.to_dict() for hit in hits[:PER_PAGE]]}


REPLACED_IDS = ("The id of an article whose page was ingested again without it (a corrected headline gives "
                "a story another id) is redirected (307) to the same story's address, or is 410 Gone, "
                "saying where it was, where the page now holds no such story.")


def moved_on(archive: store.Archive, request: Request, article_id: str) -> RedirectResponse | None:
    """For the id of an article replaced by its page ingested again: the same address with the id of
    the same story now (temporary: the page may be corrected back).  None for any other id."""
    replaced = archive.replacement(article_id)
    if replaced is None or replaced["by"] is None:
        return None  # (an id of no article: the view says why)
    archive.resolve(article_id)  # (410 where the same story has since been removed too)
    path = request.url.path.replace(f"/{segment(article_id)}", f"/{segment(replaced['by'])}", 1)
    return RedirectResponse(f"{path}?{request.url.query}" if request.url.query else path, status_code=307)


def _mentioned(story: dict) -> dict[str, list[str]]:
    """The canonical names a story mentions, by type, each once, in text order."""
    names: dict[str, list[str]] = {entity_type: [] for entity_type in ENTITY_TYPES}
    for entity in story["entities"]:
        found = names.setdefault(entity["type"], [])
        if entity["canonical"] not in found:
            found.append(entity["canonical"])
    return names


def _summary(archive: store.Archive, article_id: str | None) -> dict | None:
    if article_id is None:
        return None
    article = archive.article(article_id)
    return {"id": article_id, "headline": article.article.headline, "page": article.page,
            "section": article.section}


def _printed_page(label: str) -> tuple[str | None, int]:
    """(section, number) of a page as its address names it: 3, or A3 in a sectioned paper."""
    try:
        return parse_page_label(label)
    except ValueError as error:
        raise store.QueryError(str(error)) from None


def _results_page(description: str | None = None):
    return QueryParam(1, alias="page", ge=1, le=LAST_RESULTS_PAGE, description=description)


def _date(value: str) -> str:
    if not valid_date(value):
        raise store.QueryError(f"bad date {value!r}: expected YYYY-MM-DD")
    return value


def _filters(paper, date_from, date_to, kind, reporter, entity=None, entity_type=None,
             mentions_date=None, low_ocr=None) -> dict:
    # An empty form field means no filter.
    return {"paper": paper or None, "date_from": date_from or None, "date_to": date_to or None,
            "kind": kind or None, "reporter": reporter or None, "entity": entity or None,
            "entity_type": entity_type or None, "mentions_date": mentions_date or None,
            "low_ocr_confidence": bool(low_ocr)}


# --- routes ------------------------------------------------------------------


def _add_api(app: FastAPI, archive) -> None:
    @app.get("/api/papers", summary="Newspapers in the archive, with archive counts")
    def api_papers() -> dict:
        with archive() as opened:
            return papers_view(opened)

    @app.get("/api/papers/{paper}", summary="Issues of one paper, newest first")
    def api_issues(paper: str) -> dict:
        with archive() as opened:
            return issues_view(opened, paper)

    @app.get("/api/papers/{paper}/{date}", summary="Pages of one issue, with their articles")
    def api_issue(paper: str, date: str = PathParam(description="YYYY-MM-DD")) -> dict:
        with archive() as opened:
            return issue_view(opened, paper, date)

    @app.get("/api/pages/{paper}/{date}/{page}",
             summary="One page: raw text, lines with the article and field each went to, articles")
    def api_page(paper: str, date: str, page: str) -> dict:
        section, number = _printed_page(page)
        with archive() as opened:
            return page_view(opened.page_at(paper, _date(date), number, section), opened,
                             page_image_url(paper, date, section, number))

    @app.get("/api/pages/{paper}/{date}/{page}/image",
             summary="One page's image URL, its size in the units of the region boxes, and the regions",
             description="unit: pt (PDF points) for a PDF page, px (image pixels) for a scan; "
                         "url is null, with a note saying why, where the page has no image.")
    def api_page_image(paper: str, date: str, page: str) -> dict:
        section, number = _printed_page(page)
        with archive() as opened:
            return image_view(opened.page_at(paper, _date(date), number, section), opened,
                              page_image_url(paper, date, section, number))

    @app.get("/api/articles/{article_id}",
             summary="A story stitched across its jumps, its parts, and the stories before and after",
             description=REPLACED_IDS)
    def api_article(request: Request, article_id: str) -> dict:
        with archive() as opened:
            return moved_on(opened, request, article_id) or article_view(opened, article_id)

    @app.get("/api/articles/{article_id}/page", summary="The page an article was printed on")
    def api_article_page(request: Request, article_id: str) -> dict:
        with archive() as opened:
            return moved_on(opened, request, article_id) or page_view(
                opened.page_for(article_id), opened, article_image_url(article_id))

    @app.get("/api/articles/{article_id}/page/image",
             summary="The image and regions of the page an article was printed on")
    def api_article_page_image(request: Request, article_id: str) -> dict:
        with archive() as opened:
            return moved_on(opened, request, article_id) or image_view(
                opened.page_for(article_id), opened, article_image_url(article_id))

    @app.get("/api/search", summary="Articles containing the query, best first",
             description='Exact text; several terms must all occur; "a phrase", OR, NOT, -term, ( ). '
                         "Hits in the snippet are marked [like this].")
    def api_search(q: str | None = QueryParam(None, description="the query; empty lists newest first"),
                   paper: str | None = None,
                   date_from: str | None = QueryParam(None, alias="from", description="YYYY-MM-DD"),
                   date_to: str | None = QueryParam(None, alias="to", description="YYYY-MM-DD"),
                   kind: str | None = QueryParam(None, description="article or photo"),
                   reporter: str | None = None,
                   entity: str | None = QueryParam(None, description="mentions this entity (canonical name)"),
                   entity_type: str | None = QueryParam(None, description="with entity: PER, ORG or LOC"),
                   mentions: str | None = QueryParam(
                       None, description="mentions a date in this YYYY-MM-DD, YYYY-MM or YYYY, or FROM/TO of those"),
                   low_ocr: bool = QueryParam(False, description="only articles read by OCR with a "
                                                                 "low confidence"),
                   sort: str = QueryParam("relevance", description="relevance (best first; newest first "
                                                                   "without q), newest or oldest issue first"),
                   page: int = _results_page("page of results, 20 a page")) -> dict:
        filters = _filters(paper, date_from, date_to, kind, reporter, entity, entity_type, mentions,
                           low_ocr)
        with archive() as opened:
            return search_view(opened, q, filters, page, ("[", "]"), sort)

    @app.get("/api/entities", summary="People, organisations and places whose name contains q",
             description="Most articles first, with article and mention counts and first/last issue.")
    def api_entities(q: str | None = None,
                     entity_type: str | None = QueryParam(None, alias="type",
                                                          description="PER, ORG or LOC"),
                     limit: int = QueryParam(50, ge=1, le=SQL_INTEGER_END - 1)) -> list[dict]:
        with archive() as opened:
            return opened.entities(q, entity_type=entity_type or None, limit=limit)

    @app.get("/api/entities/{entity_type}/{name:path}",
             summary="One entity: mentions per month, related entities, titles and roles, articles")
    def api_entity(entity_type: str, name: str,
                   page: int = _results_page("page of articles, 20 a page")) -> dict:
        with archive() as opened:
            return entity_view(opened, entity_type, name, page, ("[", "]"))

    @app.get("/api/trends", summary="Each term's articles per month and share of the month's articles",
             description="terms: search queries separated by commas. A month without articles "
                         "has a share of null.")
    def api_trends(terms: str, paper: str | None = None) -> dict:
        with archive() as opened:
            return trends_view(opened, terms, paper or None)

    @app.get("/api/trends/articles", summary="The articles behind one point of a trend")
    def api_trend_point(term: str, month: str = QueryParam(description="YYYY-MM"),
                        paper: str | None = None,
                        page: int = _results_page()) -> dict:
        with archive() as opened:
            return trend_point_view(opened, term, month, paper or None, page, ("[", "]"))


def _add_html(app: FastAPI, archive, page) -> None:
    @app.get("/", include_in_schema=False)
    def index(request: Request):
        with archive() as opened:
            return page(request, "index.html", **papers_view(opened))

    @app.get("/papers/{paper}", include_in_schema=False)
    def paper_issues(request: Request, paper: str):
        with archive() as opened:
            return page(request, "paper.html", **issues_view(opened, paper))

    @app.get("/papers/{paper}/{date}", include_in_schema=False)
    def issue(request: Request, paper: str, date: str):
        with archive() as opened:
            return page(request, "issue.html", **issue_view(opened, paper, date))

    @app.get("/pages/{paper}/{date}/{number}", include_in_schema=False)
    def printed_page(request: Request, paper: str, date: str, number: str):
        section, page_number = _printed_page(number)
        with archive() as opened:
            record = opened.page_at(paper, _date(date), page_number, section)
            return page(request, "page.html",
                        **page_view(record, opened, page_image_url(paper, date, section, page_number)))

    @app.get("/pages/{paper}/{date}/{number}/image.png", include_in_schema=False)
    def printed_page_image(paper: str, date: str, number: str):
        section, page_number = _printed_page(number)
        with archive() as opened:
            return image_png(opened.page_at(paper, _date(date), page_number, section))

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article(request: Request, article_id: str):
        with archive() as opened:
            return moved_on(opened, request, article_id) or page(
                request, "article.html", story=article_view(opened, article_id))

    @app.get("/articles/{article_id}/page", include_in_schema=False)
    def article_page(request: Request, article_id: str):
        with archive() as opened:
            return moved_on(opened, request, article_id) or page(
                request, "page.html", **page_view(opened.page_for(article_id), opened, article_image_url(article_id)))

    @app.get("/articles/{article_id}/page/image.png", include_in_schema=False)
    def article_page_image(request: Request, article_id: str):
        with archive() as opened:
            return moved_on(opened, request, article_id) or image_png(opened.page_for(article_id))

    @app.get("/entities", include_in_schema=False)
    def entity_list(request: Request, q: str | None = None,
                    entity_type: str | None = QueryParam(None, alias="type")):
        with archive() as opened:
            return page(request, "entities.html", **entities_view(opened, q, entity_type or None))

    @app.get("/entities/{entity_type}/{name:path}", include_in_schema=False)
    def entity(request: Request, entity_type: str, name: str,
               page_number: int = _results_page()):
        with archive() as opened:
            found = entity_view(opened, entity_type, name, page_number, MARK)
            months = found["months"]
            chart = bar_chart([m["month"] for m in months], [m["mentions"] for m in months],
                              label="mentions")
            return page(request, "entity.html", entity=found, chart=chart)

    @app.get("/trends", include_in_schema=False)
    def trends(request: Request, terms: str = "", paper: str | None = None, term: str | None = None,
               month: str | None = None, page_number: int = _results_page()):
        with archive() as opened:
            trend = trends_view(opened, terms, paper or None) if split_terms(terms) else None
            point = (trend_point_view(opened, term, month, paper or None, page_number, MARK)
                     if trend and term and month else None)
            chart = line_chart(trend["months"], trend["series"],
                               href=lambda t, m: trend_url(terms, paper, t, m)) if trend else None
            return page(request, "trends.html", terms=terms, paper=paper or "", trend=trend,
                        chart=chart, point=point, papers=[p["paper"] for p in opened.papers()])

    @app.get("/search", include_in_schema=False)
    def search(request: Request, q: str | None = None, paper: str | None = None,
               date_from: str | None = QueryParam(None, alias="from"),
               date_to: str | None = QueryParam(None, alias="to"),
               kind: str | None = None, reporter: str | None = None, entity: str | None = None,
               entity_type: str | None = None, mentions: str | None = None, low_ocr: str | None = None,
               sort: str | None = None, page_number: int = _results_page()):
        filters = _filters(paper, date_from, date_to, kind, reporter, entity, entity_type, mentions,
                           low_ocr)
        order = sort or "relevance"
        with archive() as opened:
            found = search_view(opened, q, filters, page_number, MARK, order) if q or any(filters.values()) \
                else None
            return page(request, "search.html", q=q or "", filters=filters, found=found, sort=order,
                        papers=[p["paper"] for p in opened.papers()])

    @app.get("/api/docs", include_in_schema=False)
    def api_docs(request: Request):
        # Rendered here rather than by Swagger UI, which would fetch its scripts from a CDN.
        return page(request, "api.html", spec=app.openapi())


def _add_error_handlers(app: FastAPI, templates: Jinja2Templates) -> None:
    """Typed errors become a status and a one-line message: JSON under /api, else an HTML page."""

    def reply(request: Request, status: int, message: str):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        return templates.TemplateResponse(request, "error.html",
                                          {"status": status, "message": message},
                                          status_code=status)

    @app.exception_handler(store.NotFoundError)
    def not_found(request: Request, error: store.NotFoundError):
        return reply(request, 404, str(error))

    @app.exception_handler(store.GoneError)
    def gone(request: Request, error: store.GoneError):  # an article its corrected page no longer holds
        return reply(request, 410, str(error))

    @app.exception_handler(BanmianError)
    def bad_request(request: Request, error: BanmianError):
        # A QueryError is the caller's; an ArchiveError at this point (the archive
        # opened at start) is the store's.
        status = 400 if isinstance(error, store.QueryError) else 500
        return reply(request, status, str(error))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, error: RequestValidationError):
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()) if part not in ("path", "query"))
        return reply(request, 400, f"bad {where or 'request'}: {first.get('msg', 'invalid value')}")

    @app.exception_handler(HTTPException)
    def http_error(request: Request, error: HTTPException):
        message = "no such page" if error.status_code == 404 else str(error.detail)
        return reply(request, error.status_code, message)


# --- templates ---------------------------------------------------------------


def counted(number: int, thing: str) -> str:
    """`3 pages`, `1 page`: a count with its noun."""
    return f"{number} {thing}" if number == 1 else f"{number} {thing}s"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html"], default=True))
    env.filters["marked"] = marked
    env.filters["segment"] = segment
    env.filters["counted"] = counted
    env.globals["page_url"] = page_url
    env.globals["page_label"] = page_label
    env.globals["entity_url"] = entity_url
    env.globals["trend_url"] = trend_url
    env.globals["ENTITY_NAMES"] = ENTITY_NAMES
    return env


def marked(snippet: str) -> Markup:
    """A search snippet, escaped, with its hits in <mark>."""
    escaped = html.escape(snippet, quote=True)
    return Markup(escaped.replace(MARK[0], "<mark>").replace(MARK[1], "</mark>"))


def segment(value) -> str:
    """One URL path segment: every reserved character quoted, '/' too."""
    from urllib.parse import quote

    return quote(str(value), safe="")


def page_url(paper: str | None, date: str | None, section: str | None, number: int | None,
             article_id: str) -> str:
    """The page view of a printed page; by article id when the page lacks paper, date or number."""
    if paper and date and number is not None:
        return f"/pages/{segment(paper)}/{date}/{page_label(section, number)}"
    return f"/articles/{segment(article_id)}/page"


def page_image_url(paper: str, date: str, section: str | None, number: int) -> str:
    return f"/pages/{segment(paper)}/{date}/{page_label(section, number)}/image.png"


def article_image_url(article_id: str) -> str:
    """The image of the page an article was printed on (pages without paper, date or number too)."""
    return f"/articles/{segment(article_id)}/page/image.png"


def entity_url(entity_type: str, name: str) -> str:
    return f"/entities/{segment(entity_type)}/{segment(name)}"


def trend_url(terms: str, paper: str | None, term: str, month: str) -> str:
    """The trends page with the articles of one point listed under the chart."""
    from urllib.parse import urlencode

    return "/trends?" + urlencode({"terms": terms, "paper": paper or "", "term": term,
                                   "month": month}) + "#point"
