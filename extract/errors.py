"""Errors for input that cannot be turned into figures, each with a machine kind and a plain reason."""

from __future__ import annotations

from pathlib import Path


class ExtractError(Exception):
    """A document that cannot be turned into figures."""

    kind = "parse_error"

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{Path(path).name}: {reason}")
        self.path = Path(path)
        self.reason = reason

    def __reduce__(self) -> tuple[type[ExtractError], tuple[Path, str], dict[str, object]]:
        """Pickle as (path, reason) plus any extra attributes, so a child process can raise it to us."""
        return (type(self), (self.path, self.reason), self.__dict__)


class EmptyFile(ExtractError):
    kind = "empty_file"


class NotPdf(ExtractError):
    kind = "not_pdf"


class Truncated(ExtractError):
    kind = "truncated"


class Encrypted(ExtractError):
    kind = "encrypted"


class NoTextLayer(ExtractError):
    kind = "no_text_layer"


class TooLarge(ExtractError):
    kind = "too_large"


class Timeout(ExtractError):
    kind = "timeout"


class ParseError(ExtractError):
    kind = "parse_error"


class UnparseableNumber(ValueError):
    """Text that looks like a number but is not one we can read exactly ('1.2.3', '十十')."""
