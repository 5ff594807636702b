"""Typed errors the library raises; the CLI turns each into one line on stderr."""


class BanmianError(Exception):
    """Base of every error banmian raises on purpose."""


class InputError(BanmianError):
    """The input cannot be read as a page: missing, empty, binary, undecodable."""
