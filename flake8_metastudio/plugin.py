"""The flake8 plugin: one checker class.  It registers the shared options
(plus ``--metastudio-baseline``, the file ``metastudio-lint --write-baseline``
writes), resolves paths named in the flake8 config against the config file's
folder, skips files that never mention MetaStudio before importing LibCST,
and reports what ``checking.findings`` finds — the same function
``metastudio-lint`` uses, so both doors agree.  flake8 itself applies
``# noqa``, select/ignore and per-file-ignores."""
import ast
import sys
from typing import Any, Iterator, List, Optional, Tuple

from flake8_metastudio import __version__, options

BASELINE_HELP = ("Report only findings not recorded in this baseline file (written by "
                 "'metastudio-lint --write-baseline FILE').")


class MetaStudioChecker:
    name = "flake8-metastudio"
    version = __version__
    settings = None
    baseline = None

    def __init__(self, tree: Optional[ast.AST], lines: List[str], filename: str = "(none)") -> None:
        self.tree = tree
        self.lines = lines
        self.filename = filename

    @classmethod
    def add_options(cls, option_manager: Any) -> None:
        options.register_flake8(option_manager)
        option_manager.add_option("--metastudio-baseline", default=None, metavar="FILE",
                                  parse_from_config=True, help=BASELINE_HELP)

    @classmethod
    def parse_options(cls, parsed: Any) -> None:
        from flake8_metastudio import baseline, config

        try:
            values = config.flake8_plugin_values(parsed)
            cls.settings = options.settings_from(values)
            path = values.get("metastudio_baseline")
            cls.baseline = None if path is None else baseline.load(options.file_path("--metastudio-baseline", path))
        except (options.OptionError, baseline.BaselineError) as exc:
            from flake8_metastudio.sanitize import safe_text

            prefix = "--metastudio-baseline: " if isinstance(exc, baseline.BaselineError) else ""
            sys.stderr.write("flake8-metastudio: error: %s%s\n" % (prefix, safe_text(str(exc))))
            raise SystemExit(2)

    def run(self) -> Iterator[Tuple[int, int, str, type]]:
        source = "".join(self.lines)
        from flake8_metastudio.engine import mentions_metastudio

        path = self.filename if self.filename not in ("stdin", "-", "(none)") else None
        if path is None and not mentions_metastudio(source):
            return
        from flake8_metastudio import checking

        settings = self.settings or options.settings_from({})
        findings = checking.findings(source, settings, self.tree, path)
        if self.baseline is not None and self.filename not in ("stdin", "-", "(none)"):
            from flake8_metastudio.messages import MESSAGES

            lines = self.lines
            rule = [f for f in findings if f.code in MESSAGES]
            _, held, _ = self.baseline.split(self.filename, rule,
                                             lambda f: lines[f.line - 1] if 0 < f.line <= len(lines) else "")
            held_ids = {id(f) for f in held}
            findings = [f for f in findings if id(f) not in held_ids]
        for f in findings:
            yield f.line, f.col, f.message, type(self)
