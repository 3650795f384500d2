"""assistant: write, check and replay social-media posts for small businesses.

The library API is `assistant.lint(paths, ...)`; the `assistant` command is a thin layer
over it. Submodules are imported lazily so that importing the package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .engine import LintResult, lint

__all__ = ["LintResult", "__version__", "lint"]


def __getattr__(name: str) -> Any:
    if name in ("lint", "LintResult"):
        from . import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
