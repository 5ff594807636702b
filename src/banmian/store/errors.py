"""Errors of the archive; each is a `BanmianError`, so the CLI prints it as one line."""

import re

from banmian.errors import BanmianError


def display_url(url: str) -> str:
    """An archive URL fit for messages: a PostgreSQL password left out, whether given as
    user:password@host or, as libpq also takes it, as ?password=… (or password=… in key=value form)."""
    url = _PASSWORD_PARAMETER.sub(r"\g<before>password=…", url)
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1) if "@" in rest.split("/", 1)[0] else ("", rest)
    return f"{scheme}://{credentials.split(':', 1)[0]}@{host}" if credentials else url


_PASSWORD_PARAMETER = re.compile(r"(?P<before>(?:^|[?&\s]))password\s*=\s*(?:'[^']*'|[^&\s]*)", re.IGNORECASE)


# What an archive that cannot be written is still good for, told with why it cannot be written.
STILL_READ = " (search, show, export, entities, trends and serve still read it)"


class ArchiveError(BanmianError):
    """The archive cannot be opened or written, or an option has a bad value."""


class NotFoundError(ArchiveError):
    """No article with that id."""


class GoneError(NotFoundError):
    """An article once stored, no longer: its page was ingested again without it."""


class QueryError(BanmianError):
    """The search query or one of its filters cannot be understood."""
