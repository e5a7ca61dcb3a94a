"""Which findings ``metastudio-lint`` reports: flake8's own decision, reused.

The standalone command must hide and show exactly what flake8 does, so it
hands every finding to flake8's ``StyleGuideManager`` (select / ignore /
extend-select / extend-ignore / per-file-ignores, and ``# noqa`` through
flake8's own regex and its rule that a ``# noqa`` anywhere in a multi-line
statement or string covers all of its lines) and reads files with flake8's
``FileProcessor`` (its decoding and its line splitting, so a form feed or a
U+2028 in the file does not shift line numbers).  These classes and the
option names they read are the same in flake8 5, 6 and 7.
"""
import argparse
import re
from typing import List, Optional

from flake8 import style_guide, utils
from flake8.processor import FileProcessor

# flake8 >= 6 selects C90, F, E, W and every installed plugin's codes by default
# (flake8 5 spelled the same default differently); this command's codes are MST
# and flake8's own E902/E999.
DEFAULT_SELECT = ["C90", "F", "E", "W", "MST"]


VALID_CODE = re.compile(r"^[A-Z]{1,3}[0-9]{0,3}$", re.ASCII)  # flake8's VALID_CODE_PREFIX


def codes(value, option: str = "select") -> Optional[List[str]]:
    """A code list as flake8 parses it (``MST101, E4`` / ``MST101 E4``); a
    code flake8 could never match (``mst101``, ``MST-101``) is an error
    rather than a silent no-op."""
    if value is None:
        return None
    found = utils.parse_comma_separated_list(value) if isinstance(value, str) else list(value)
    for code in found:
        if not VALID_CODE.match(code):
            raise ValueError("--%s: invalid code %r: expected a code or prefix such as MST101 or MST1"
                             % (option.replace("_", "-"), code))
    return found


def namespace(values: dict, disable_noqa: bool = False) -> argparse.Namespace:
    """The options flake8's style guide and file processor read, from raw
    config / command-line strings (None: not given)."""
    ns = argparse.Namespace(
        select=codes(values.get("select"), "select"), ignore=codes(values.get("ignore"), "ignore"),
        extend_select=codes(values.get("extend_select"), "extend_select"),
        extend_ignore=codes(values.get("extend_ignore"), "extend_ignore"),
        per_file_ignores=values.get("per_file_ignores") or "",
        extended_default_select=list(DEFAULT_SELECT), extended_default_ignore=[],
        disable_noqa=disable_noqa,
        # what FileProcessor reads; the values do not change how lines are read
        hang_closing=False, indent_size=4, max_line_length=79, max_doc_length=None, verbose=0,
        stdin_display_name="stdin",
    )
    return ns


class _Collector:
    """The part of a flake8 formatter the style guide calls."""

    def handle(self, violation) -> None:
        pass

    def beginning(self, filename) -> None:
        pass

    def finished(self, filename) -> None:
        pass


class Selector:
    def __init__(self, options: argparse.Namespace):
        self.options = options
        try:
            utils.parse_files_to_codes_mapping(options.per_file_ignores)
        except Exception as exc:  # flake8's ExecutionError, one line
            raise ValueError("per-file-ignores: %s" % str(exc).splitlines()[0])
        self.manager = style_guide.StyleGuideManager(options, _Collector())

    def reported(self, filename: str, code: str, line: int, col: int, text: str,
                 noqa_line: Optional[str]) -> bool:
        """Whether flake8 would show this finding (``col`` counted from 0)."""
        return bool(self.manager.handle_error(code, filename, line, col, text, noqa_line or ""))


def processor(path: str, options: argparse.Namespace, text: Optional[str] = None) -> FileProcessor:
    """flake8's reader for ``path`` ("-": stdin), or for ``text`` as that file's contents
    (a fixed version of it); OSError when it cannot be read."""
    return FileProcessor(path, options, lines=text.splitlines(True) if text is not None else None)
