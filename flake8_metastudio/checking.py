"""One file's findings, the same for both doors (the flake8 plugin and
``metastudio-lint``), and never an exception.

Around the analysis (``cli.analyze``) this adds what a linter owes its user
whatever the input: code nested deeper than LibCST takes is refused with
MST901 instead of crashing the parser; an internal error becomes one MST900
finding on line 1 naming the exception (``FLAKE8_METASTUDIO_DEBUG=1``
re-raises it for the traceback) and the run goes on with the next file; and
every message is escaped so that literals from the code cannot forge report
lines.
"""
import ast
import os
from typing import List, Optional

from flake8_metastudio import guard
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import Message
from flake8_metastudio.prefilter import mentions_metastudio
from flake8_metastudio.sanitize import safe_text

DEBUG_VARIABLE = "FLAKE8_METASTUDIO_DEBUG"

# Codes about the run rather than the code: what the rule codes' table is for findings.
DIAGNOSTICS = {
    "MST900": Message("internal-error", "The analysis of this file failed; the file was not checked.",
                      "internal error, this file was not checked: {error} (set FLAKE8_METASTUDIO_DEBUG=1 "
                      "for the traceback; please report it)"),
    "MST901": Message("too-deeply-nested", "Code nested deeper than the parser takes; the file was not checked.",
                      "code nested too deeply (or a file too long) to analyse ({detail}); this file was not "
                      "checked: split the deep expression or statement, or the file"),
}
# flake8's own codes, which metastudio-lint reports the way flake8 does
FLAKE8_CODES = {
    "E902": Message("io-error", "The file could not be read.", "{error}"),
    "E999": Message("syntax-error", "The file does not compile; it was not checked.", "{error}"),
}


def diagnostic(code: str, line: int = 1, col: int = 0, **fields) -> Finding:
    template = (DIAGNOSTICS.get(code) or FLAKE8_CODES[code]).template
    return Finding(code, safe_text("%s %s" % (code, template.format(**fields))), line=line, col=col)


def _error_text(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    text = text if len(text) <= 150 else text[:147] + "..."
    return "%s: %s" % (type(exc).__name__, text) if text else type(exc).__name__


def findings(source: str, settings, tree: Optional[ast.AST], path: Optional[str] = None) -> List[Finding]:
    """Findings for a file that compiles (``tree`` is its ``ast``); with its
    ``path``, as a file of its project (whole-project analysis)."""
    project = path is not None and path not in ("-", "stdin", "(none)")
    if not project and not mentions_metastudio(source):  # a project file: engine.wants decides, once
        return []
    from flake8_metastudio import engine  # looked up at call time: tests force an internal error here

    try:
        # the nesting guard protects LibCST's parse of this file: only files that are parsed need it
        parsed = not project or engine.wants(source, settings, path)
        deep = guard.too_deep(tree, source=source) if tree is not None and parsed else None
        if deep is not None:
            return [diagnostic("MST901", detail=deep[2])]  # on line 1, like MST900: about the whole file
        found = engine.lint_file(source, settings, str(path), tree) if project else \
            engine.lint_source(source, settings, tree)
    except RecursionError:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        return [diagnostic("MST901", detail="the analysis ran out of stack")]
    except Exception as exc:  # MemoryError too: a linter must not take the build down with it
        if os.environ.get(DEBUG_VARIABLE):
            raise
        return [diagnostic("MST900", error=_error_text(exc))]
    for f in found:
        f.message = safe_text(f.message)
    return found
