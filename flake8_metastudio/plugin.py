"""The flake8 plugin: one checker class.  It registers the shared options,
skips files that never mention MetaStudio before importing LibCST, and
reports what the analysis pipeline finds."""
from typing import Any, Iterator, List, Optional, Tuple
import ast
import os
import sys

from flake8_metastudio import __version__, options


class MetaStudioChecker:
    name = "flake8-metastudio"
    version = __version__
    settings = None

    def __init__(self, tree: Optional[ast.AST], lines: List[str], filename: str = "(none)") -> None:
        self.tree = tree
        self.lines = lines
        self.filename = filename

    @classmethod
    def add_options(cls, option_manager: Any) -> None:
        options.register_flake8(option_manager)

    @classmethod
    def parse_options(cls, parsed: Any) -> None:
        try:
            cls.settings = options.settings_from(vars(parsed))
        except options.OptionError as exc:
            sys.stderr.write("flake8-metastudio: error: %s\n" % exc)
            raise SystemExit(2)

    def run(self) -> Iterator[Tuple[int, int, str, type]]:
        source = "".join(self.lines)
        from flake8_metastudio import engine

        if not engine.mentions_metastudio(source):
            return
        settings = self.settings or options.settings_from({})
        try:
            findings = engine.lint_source(source, settings, self.tree)
        except Exception:
            if os.environ.get("FLAKE8_METASTUDIO_DEBUG"):
                raise
            return  # a linter must never break the build it serves
        for f in findings:
            yield f.line, f.col, f.message, type(self)
