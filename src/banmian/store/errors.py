"""Errors of the archive; each is a `BanmianError`, so the CLI prints it as one line."""

from banmian.errors import BanmianError


class ArchiveError(BanmianError):
    """The archive cannot be opened or written, or an option has a bad value."""


class NotFoundError(ArchiveError):
    """No article with that id."""


class QueryError(BanmianError):
    """The search query or one of its filters cannot be understood."""
