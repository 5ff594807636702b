"""Errors of the archive; each is a `BanmianError`, so the CLI prints it as one line."""

from banmian.errors import BanmianError


def display_url(url: str) -> str:
    """An archive URL fit for messages: a PostgreSQL password left out."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"


class ArchiveError(BanmianError):
    """The archive cannot be opened or written, or an option has a bad value."""


class NotFoundError(ArchiveError):
    """No article with that id."""


class QueryError(BanmianError):
    """The search query or one of its filters cannot be understood."""
