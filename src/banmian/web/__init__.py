"""The web reader of an archive: `banmian serve`, or `make_app(db_url)` under any ASGI server."""

from banmian.web.app import make_app

__all__ = ["make_app"]
