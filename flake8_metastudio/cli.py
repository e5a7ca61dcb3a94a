"""``metastudio-lint`` (also ``python -m flake8_metastudio``): the linter
without flake8, for pre-commit and CI.

    metastudio-lint [options] [PATHS...]      lint files and directories
    metastudio-lint explain PATHS [options]   every SDK call site and the reasoning
    metastudio-lint limits [--format json|table] [--region R]
    metastudio-lint fix [--diff] [--unsafe-fixes] PATHS   apply the fixes, each verified

It reports what flake8 with this plugin reports on the same files and
config: files are read by flake8's reader, what does not compile is E999 and
what cannot be read E902 (and the run goes on), and flake8's own style guide
decides select / ignore / extend-select / extend-ignore / per-file-ignores
and ``# noqa`` (``selection.py``).  Options come from the command line, then
``[tool.flake8-metastudio]`` in pyproject.toml, then ``[flake8]`` in
setup.cfg / tox.ini / .flake8 (``config.py``).  Exit status: 0 clean (or
``--exit-zero``), 1 findings, 2 usage, configuration or output error.
"""
import argparse
import ast
import errno
import fnmatch
import hashlib
import json
import os
import sys
from typing import Dict, Iterable, List, Optional

from flake8_metastudio import __version__, baseline as baseline_mod, config, limits as limits_mod, options
from flake8_metastudio.checking import DEBUG_VARIABLE, diagnostic
from flake8_metastudio.findings import Finding
from flake8_metastudio.messages import MESSAGES
from flake8_metastudio.output import FORMATS, write_findings

PROG = "metastudio-lint"
DEFAULT_EXCLUDE = ".svn,CVS,.bzr,.hg,.git,__pycache__,.tox,.nox,.eggs,*.egg,.venv,venv,.ci-venv,build,dist"


class UsageError(Exception):
    pass


class OutputError(Exception):
    pass


# -- options -------------------------------------------------------------------
def _add_plugin_options(parser: argparse.ArgumentParser) -> None:
    for spec in options.OPTIONS:
        if spec.flag:
            parser.add_argument(spec.name, dest=spec.dest, default=None, action="store_true", help=spec.help)
            continue
        parser.add_argument(spec.name, dest=spec.dest, default=None, metavar=spec.metavar,
                            help=spec.help.replace("%(default)s", str(spec.default)))
    parser.add_argument("--config", default=None, metavar="FILE",
                        help="flake8 config file to use instead of the one found from the current folder")
    parser.add_argument("--isolated", action="store_true", help="ignore configuration files")


def _add_selection_options(parser: argparse.ArgumentParser) -> None:
    for name, dest, _ in (("--select", "select", 1), ("--ignore", "ignore", 1),
                          ("--extend-select", "extend_select", 1), ("--extend-ignore", "extend_ignore", 1)):
        parser.add_argument(name, dest=dest, default=None, metavar="CODES",
                            help="as flake8's %s (comma-separated codes or prefixes)" % name)
    parser.add_argument("--per-file-ignores", default=None, metavar="PATTERNS",
                        help="as flake8's: 'path/*.py:MST101 other.py:MST2'")
    parser.add_argument("--disable-noqa", action="store_true", default=None,
                        help="report findings on lines with '# noqa' too")
    parser.add_argument("--baseline", default=None, metavar="FILE",
                        help="report only findings not recorded in FILE (see --write-baseline)")


def _values(args) -> Dict[str, object]:
    """Config-file values overlaid with what the command line gave (paths on the
    command line are relative to the current folder)."""
    for dest in ("config", "output_file", "write_baseline"):  # files this command names: never empty
        if getattr(args, dest, None) is not None:
            setattr(args, dest, options.file_path("--" + dest.replace("_", "-"), getattr(args, dest)))
    try:
        values: Dict[str, object] = dict(config.values(config=args.config, isolated=args.isolated))
    except config.ConfigError as exc:
        raise UsageError(str(exc))
    for pair in options.EXCLUSIVE:  # the command line's choice beats the config's contrary one
        if any(getattr(args, dest, None) is not None for dest in pair):
            for dest in pair:
                if getattr(args, dest, None) is None:
                    values.pop(dest, None)
    for dest in list(vars(args)):
        given = getattr(args, dest)
        if given is None or dest in ("paths", "path", "config", "isolated"):
            continue
        cfg_dest = "metastudio_baseline" if dest == "baseline" else dest
        # a command-line path is relative to the current folder as given: no
        # need to make it absolute (and error messages quote it as the user wrote it)
        values[cfg_dest] = given
    return values


def _settings(values) -> options.Settings:
    return options.settings_from(values)


def _truthy(value) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "on"))


def _selector(values):
    from flake8_metastudio import selection

    try:
        return selection.Selector(selection.namespace(values, disable_noqa=_truthy(values.get("disable_noqa"))))
    except ValueError as exc:
        raise UsageError(str(exc))


def _baseline(values) -> Optional[baseline_mod.Baseline]:
    path = values.get("metastudio_baseline")
    if path is None:
        return None
    try:
        return baseline_mod.load(options.file_path("--baseline", path))
    except baseline_mod.BaselineError as exc:
        raise UsageError("--baseline: %s" % exc)


# -- files ---------------------------------------------------------------------
def _excluded(path: str, patterns: List[str]) -> bool:
    base = os.path.basename(os.path.normpath(path))
    absolute = os.path.abspath(path)
    for pat in patterns:
        if fnmatch.fnmatch(base, pat) or fnmatch.fnmatch(absolute, os.path.abspath(pat)) \
                or fnmatch.fnmatch(path, pat):
            return True
    return False


def iter_files(paths: Iterable[str], patterns: List[str]) -> Iterable[str]:
    """Files to lint; a path that does not exist is yielded too (and reported
    as E902 when read, as flake8 does)."""
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            if path == "-" or not _excluded(path, patterns):
                yield path
            continue

        def walk_error(exc):  # an unreadable folder is reported like an unreadable file
            pending.append(exc.filename)

        pending: List[str] = []
        for root, dirs, files in os.walk(path, onerror=walk_error):
            yield from pending
            pending.clear()
            dirs[:] = sorted(d for d in dirs if not _excluded(os.path.join(root, d), patterns))
            for name in sorted(files):
                full = os.path.join(root, name)
                if name.endswith(".py") and not _excluded(full, patterns):
                    yield full
        yield from pending


class Checked:
    """One file's outcome: what is reported, what the baseline holds, its lines."""

    def __init__(self, path: str, shown: str):
        self.path = path
        self.shown = shown
        self.reported: List[Finding] = []
        self.raw: List[Finding] = []
        self.held: List[Finding] = []
        self.stale: Dict[tuple, int] = {}
        self.lines: List[str] = []
        self.skipped = False


def display(path: str) -> str:
    """The path as flake8 shows it: as given or as walked (``./a.py`` under ``.``)."""
    return "stdin" if path == "-" else path


def _special(path: str) -> Optional[str]:
    """Why ``path`` is not a file that can be read without blocking, or None."""
    from flake8_metastudio.userinput import not_regular

    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None  # open() below says why, as flake8 does
    kind = not_regular(mode)
    return "OSError: %s is %s, not a Python file" % (path, kind) if kind else None


MAX_STDIN_BYTES = 64 << 20  # what "-" reads at most (a source file of more is no source file)


def _stdin_text() -> str:
    """Standard input as flake8 reads it (its coding cookie, else UTF-8), at
    most MAX_STDIN_BYTES: ``metastudio-lint - < /dev/zero`` stops there."""
    import io
    import tokenize

    data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
    if len(data) > MAX_STDIN_BYTES:
        raise OSError("standard input holds more than %d MB, not a Python file" % (MAX_STDIN_BYTES >> 20))
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding)
    except (SyntaxError, UnicodeError):
        return data.decode("latin-1")  # as flake8 falls back


def lint_file(path: str, settings, selector=None, baseline=None, shown: Optional[str] = None) -> Checked:
    """Read, compile and check one file as flake8 does; never raises for the file's sake."""
    from flake8_metastudio import checking, selection

    shown = shown or display(path)
    result = Checked(path, shown)
    selector = selector or _selector({})
    why = _special(path) if path != "-" else None
    processor = None
    if why:
        result.raw = [diagnostic("E902", 0, 0, error=why)]
    else:
        try:
            processor = selection.processor(path, selector.options, _stdin_text() if path == "-" else None)
        except (OSError, LookupError) as exc:  # missing, unreadable, vanished, a loop, a socket; a
            # coding cookie naming no text encoding (rot13, base64: flake8's reader raises LookupError)
            result.raw = [diagnostic("E902", 0, 0, error="%s: %s" % (type(exc).__name__, exc))]
        if processor is not None:
            result.lines = processor.lines
            if processor.should_ignore_file():  # '# flake8: noqa'
                result.skipped = True
                return result
            result.raw = _check_lines(processor, settings, checking, path if path != "-" else None)
    raw = result.raw
    if baseline is not None and path != "-":
        rule = [f for f in raw if f.code in MESSAGES]
        new, result.held, result.stale = baseline.split(path, rule, lambda f: _line(result.lines, f.line))
        held = {id(f) for f in result.held}
        raw = [f for f in raw if id(f) not in held]
    noqa = processor.noqa_line_for if processor is not None else (lambda n: "")
    for f in raw:
        if selector.reported(shown, f.code, f.line, f.col, f.message[len(f.code) + 1:], noqa(f.line)):
            result.reported.append(f)
    return result


def _check_lines(processor, settings, checking, path: Optional[str] = None) -> List[Finding]:
    source = "".join(processor.lines)
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, TypeError) as exc:
        row, col = 1, 0
        if len(exc.args) > 1 and exc.args[1] and len(exc.args[1]) > 2:
            row, col = exc.args[1][1:3]  # as flake8 reports it
        text = exc.args[0] if exc.args else exc
        return [diagnostic("E999", row or 1, col or 0, error="%s: %s" % (type(exc).__name__, text))]
    except (RecursionError, MemoryError) as exc:  # Python's own parser gave up: flake8 cannot check it either
        return [diagnostic("E999", 1, 0, error="%s: the file is nested too deeply to compile"
                           % type(exc).__name__)]
    found = checking.findings(source, settings, tree, path)
    _add_spans(found, tree, processor.lines)
    return found


def _line(lines: List[str], n: int) -> str:
    return lines[n - 1] if 0 < n <= len(lines) else ""


def _add_spans(found: List[Finding], tree, lines) -> None:
    from flake8_metastudio import spans

    ends = spans.ends(tree, lines, [(f.line, f.col) for f in found])
    for f in found:
        if (f.line, f.col) in ends:
            f.extra["end"] = ends[(f.line, f.col)]


def _fingerprints(checked: Checked, root: str) -> None:
    """A fingerprint per finding that moves with the code: the baseline key
    (code, method, file from the repository root, normalised line) and the
    how-many-th occurrence of that key in the file."""
    seen: Dict[tuple, int] = {}
    rel = baseline_mod.relpath(checked.path, root) if checked.path != "-" else "stdin"
    for f in checked.reported:
        key = baseline_mod.key_of(f.code, f.method or f.api, rel, _line(checked.lines, f.line))
        seen[key] = seen.get(key, 0) + 1
        f.extra["fingerprint"] = hashlib.sha256(
            ("\0".join(key) + "\0%d" % seen[key]).encode("utf-8", "surrogateescape")).hexdigest()


# -- output --------------------------------------------------------------------
def _no_reader_blocks(path: str, option: str) -> None:
    """A FIFO nothing reads would block the run for ever when opened for
    writing: open it without blocking first, and say so if no one reads it
    (a pipe something reads, ``>(cat)``, is written as usual)."""
    import stat

    try:
        if not stat.S_ISFIFO(os.stat(path).st_mode):
            return
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        return
    except OSError as exc:
        from flake8_metastudio.sanitize import safe_text

        why = "a FIFO no process reads" if exc.errno == errno.ENXIO else (exc.strerror or str(exc))
        raise OutputError("%s: cannot write %s (%s)" % (option, safe_text(path), why))
    os.close(fd)


class _Output:
    """The report stream: stdout or --output-file; any failure to open, write or
    close it is an OutputError (one line, exit 2)."""

    def __init__(self, path: Optional[str]):
        self.path = path
        if path is None:
            if sys.stdout is None:
                raise OutputError("standard output is closed")
            self.stream = sys.stdout
        else:
            try:
                self.stream = open(path, "w", encoding="utf-8")
            except OSError as exc:
                raise OutputError("--output-file: cannot write %s (%s)" % (path, exc.strerror or exc))

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except (OSError, ValueError) as exc:
            self._failed(exc)

    def close(self) -> None:
        try:
            if self.path is None:
                self.stream.flush()
            else:
                self.stream.close()
        except (OSError, ValueError) as exc:
            self._failed(exc)

    def _failed(self, exc) -> None:
        if isinstance(exc, BrokenPipeError):
            raise
        where = self.path or "standard output"
        if self.path is None:
            _silence_stdout()
        raise OutputError("cannot write the report to %s (%s)" % (where, getattr(exc, "strerror", None) or exc))


class _Parser(argparse.ArgumentParser):
    """argparse whose ``--help`` goes through the checked output: argparse
    itself drops a help text it cannot write (closed stdout, /dev/full) and exits 0."""

    def _print_message(self, message: str, file=None) -> None:
        if message and (file is None or file is sys.stdout):
            out = _Output(None)
            out.write(message)
            out.close()
            return
        super()._print_message(message, file)


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null so Python's final flush of a broken stdout is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _statistics(results) -> List[str]:
    """flake8's --statistics lines: count, code, the first message of that code."""
    first: Dict[str, str] = {}
    counts: Dict[str, int] = {}
    for _, f in results:
        counts[f.code] = counts.get(f.code, 0) + 1
        first.setdefault(f.code, f.message[len(f.code) + 1:])
    from flake8_metastudio.sanitize import safe_text

    return ["%-5d %s %s" % (counts[c], c, safe_text(first[c])) for c in sorted(counts)]


# -- commands ------------------------------------------------------------------
def cmd_lint(argv: List[str]) -> int:
    parser = _Parser(prog=PROG, description="Lint Python code that calls Huawei Cloud "
                                     "MetaStudio for API throttling problems.",
                                     epilog="Subcommands: '%s explain PATH...', '%s fix PATH...', '%s limits', "
                                     "'%s limits update SOURCE'." % (PROG, PROG, PROG, PROG))
    parser.add_argument("paths", nargs="*", default=None, metavar="PATH")
    parser.add_argument("--format", default=None, help="output format: %s (default: text)" % ", ".join(FORMATS))
    parser.add_argument("--exclude", default=None, help="comma-separated patterns to skip "
                        "(default: %s)" % DEFAULT_EXCLUDE)
    parser.add_argument("--extend-exclude", default=None, help="patterns to skip in addition to --exclude")
    parser.add_argument("--output-file", default=None, help="write the report here instead of stdout")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--count", action="store_true", help="print the number of findings at the end")
    parser.add_argument("--statistics", action="store_true", help="print how many findings of each code")
    parser.add_argument("--write-baseline", default=None, metavar="FILE",
                        help="record today's findings in FILE (and report nothing)")
    parser.add_argument("--fail-on-stale-baseline", action="store_true",
                        help="exit 1 when baseline entries no longer occur, so the baseline only shrinks")
    parser.add_argument("--version", action="store_true", help="show the version and the limits table in force")
    _add_selection_options(parser)
    _add_plugin_options(parser)
    args = parser.parse_args(argv)
    if args.write_baseline is not None and args.baseline is not None:
        raise UsageError("--write-baseline and --baseline: give one of them")
    values = _values(args)
    settings = _settings(values)
    if args.version:
        shown = _Output(None)
        shown.write("flake8-metastudio %s; limits: %s\n" % (__version__, table_provenance_text(settings.table)))
        shown.close()
        return 0
    fmt = str(values.get("format") or "text")
    if fmt not in FORMATS:
        raise UsageError("--format: invalid value %r: expected one of %s" % (fmt, ", ".join(FORMATS)))
    for dest, name in (("exclude", "--exclude"), ("extend_exclude", "--extend-exclude")):
        if dest in values and not str(values[dest]).strip() and getattr(args, dest) is not None:
            raise UsageError("%s: empty value: expected comma-separated patterns" % name)
    exclude = str(values.get("exclude", DEFAULT_EXCLUDE))
    patterns = [p.strip() for p in (exclude + "," + str(values.get("extend_exclude", ""))).split(",") if p.strip()]
    selector = _selector(values)
    base = None if args.write_baseline else _baseline(values)
    from flake8_metastudio.output import repo_root

    root = repo_root()
    for target, name in ((args.output_file, "--output-file"), (args.write_baseline, "--write-baseline")):
        if target is not None and _is_linted(target, args.paths or ["."]):
            raise UsageError("%s: %s is a file to lint: writing there would destroy it"
                             % (name, target))
        if target is not None:
            _no_reader_blocks(target, name)
    out = None if args.write_baseline else _Output(args.output_file)  # fail before the work, not after
    checked: List[Checked] = []
    for path in iter_files(args.paths or ["."], patterns):
        c = lint_file(path, settings, selector, base)
        _fingerprints(c, root)
        checked.append(c)
    if args.write_baseline:
        return _write_baseline(args.write_baseline, checked)
    assert out is not None
    if fmt in ("json", "sarif"):  # the formats that carry fixes compute them; the others never do
        for c in checked:
            attach_fixes(c, settings)
    results = [(c.shown, f) for c in checked for f in c.reported]
    write_findings(results, fmt, out, root=root, table=settings.table)
    machine = fmt not in ("text", "github")
    tail = _statistics(results) if args.statistics else []
    if args.count:
        tail.append(str(len(results)))
    if tail:
        if machine:  # keep the report parseable
            sys.stderr.write("\n".join(tail) + "\n")
        else:
            out.write("\n".join(tail) + "\n")
    out.close()
    stale = _report_stale(base, checked) if base is not None else 0
    if results and not args.exit_zero:
        return 1
    return 1 if stale and args.fail_on_stale_baseline else 0


def _is_linted(target: str, paths: List[str]) -> bool:
    """Whether the output file ``target`` is one of the files given, or a
    ``*.py`` file inside a folder given (opening it for writing empties it)."""
    if not os.path.isfile(target):
        return False
    for path in paths:
        try:
            if os.path.isdir(path):
                inside = os.path.commonpath([os.path.realpath(path), os.path.realpath(target)])
                if target.endswith(".py") and inside == os.path.realpath(path):
                    return True
            elif path != "-" and os.path.samefile(path, target):
                return True
        except (OSError, ValueError):
            continue
    return False


def _write_baseline(path: str, checked: List[Checked]) -> int:
    base_dir = os.path.dirname(os.path.abspath(path))
    keys = [baseline_mod.key_of(f.code, f.method or f.api, baseline_mod.relpath(c.path, base_dir),
                                _line(c.lines, f.line))
            for c in checked if c.path != "-" for f in c.raw if f.code in MESSAGES]
    problems = [(c.shown, f) for c in checked for f in c.raw if f.code not in MESSAGES]
    try:
        baseline_mod.dump(path, keys)
    except OSError as exc:
        raise OutputError("--write-baseline: cannot write %s (%s)" % (path, exc.strerror or exc))
    from flake8_metastudio.sanitize import safe_text

    sys.stderr.write("%s: wrote %d finding(s) to %s\n" % (PROG, len(keys), safe_text(path)))
    for shown, f in problems:  # E902/E999/MST900: not baselined, and they must not pass silently
        sys.stderr.write("%s:%d:%d: %s\n" % (safe_text(shown), f.line, f.col + 1, safe_text(f.message)))
    return 1 if problems else 0


def _report_stale(base: baseline_mod.Baseline, checked: List[Checked]) -> int:
    """Baseline entries of the files linted (or of files that are gone) that no longer occur."""
    stale: Dict[tuple, int] = {}
    seen = set()
    for c in checked:
        seen.add(base.relpath(c.path))
        stale.update(c.stale)
        if c.skipped:
            stale.update(base.by_file.get(base.relpath(c.path), {}))
    for rel, entries in base.by_file.items():
        if rel not in seen and not os.path.exists(os.path.join(base.base, rel)):
            stale.update(entries)
    if stale:
        from flake8_metastudio.sanitize import safe_text

        sys.stderr.write("%s: %d baseline entr%s no longer occur%s (remove them from %s):\n"
                         % (PROG, len(stale), "y" if len(stale) == 1 else "ies", "s" if len(stale) == 1 else "",
                            safe_text(os.path.relpath(base.path))))
        for key, n in sorted(stale.items()):
            sys.stderr.write("  %s\n" % safe_text(baseline_mod.describe(key, n)))
    return len(stale)


def cmd_explain(argv: List[str]) -> int:
    parser = _Parser(prog=PROG + " explain",
                                     description="Show every MetaStudio SDK call site the linter found "
                                     "and how it judged it.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders ('-': stdin)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--exclude", default=None, help="comma-separated patterns to skip in folders")
    _add_selection_options(parser)
    _add_plugin_options(parser)
    args = parser.parse_args(argv)
    values = _values(args)
    settings = _settings(values)
    selector = _selector(values)
    base = _baseline(values)
    from flake8_metastudio import explain as explain_mod
    from flake8_metastudio.sanitize import safe_text

    patterns = [p.strip() for p in str(values.get("exclude", DEFAULT_EXCLUDE)).split(",") if p.strip()]
    documents, status = [], 0
    out = _Output(None)
    for path in iter_files(args.paths, patterns):
        shown = display(path)
        checked = lint_file(path, settings, selector, base, shown=shown)
        problems = [f for f in checked.reported if f.code not in MESSAGES]
        if problems or not checked.lines:
            status = 1
            for f in problems:
                sys.stderr.write("%s:%d:%d: %s\n" % (safe_text(shown), f.line, f.col + 1, safe_text(f.message)))
            continue
        try:
            rows, not_followed = explain_mod.explain_document("".join(checked.lines), settings,
                                                              path if path != "-" else None)
        except Exception as exc:
            if os.environ.get(DEBUG_VARIABLE):
                raise
            sys.stderr.write("%s: %s\n" % (safe_text(shown), safe_text(diagnostic("MST900", error="%s: %s" % (
                type(exc).__name__, str(exc)[:150])).message)))
            status = 1
            continue
        rows = [_safe_row(r) for r in rows]
        not_followed = [_safe_row(n) for n in not_followed]
        _mark_suppressed(rows, checked)
        if args.format == "json":
            documents.append({"path": safe_text(shown), "call_sites": rows, "not_analysed": not_followed})
            if not_followed and not (len(args.paths) > 1 or os.path.isdir(args.paths[0])):
                # one file's document is its list of call sites: say it beside, not silently nothing
                for n in not_followed:
                    sys.stderr.write("%s: note: project module %s not analysed: %s\n"
                                     % (safe_text(shown), n["path"], n["reason"]))
        else:
            out.write(explain_mod.render_table(rows, safe_text(shown), settings, not_followed) + "\n")
    if args.format == "json":
        out.write(json.dumps(documents if len(args.paths) > 1 or os.path.isdir(args.paths[0])
                             else (documents[0]["call_sites"] if documents else []),
                             indent=2, ensure_ascii=False, allow_nan=False) + "\n")
    out.close()
    return status


def _safe_row(row: dict) -> dict:
    """An explain row with its text escaped and no NaN or infinity (JSON has neither)."""
    from flake8_metastudio.sanitize import safe_text

    def clean(v):
        if isinstance(v, str):
            return safe_text(v)
        if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
            return None
        return v

    return {k: clean(v) for k, v in row.items()}


def _mark_suppressed(rows: List[dict], checked: Checked) -> None:
    """Say which verdicts ``# noqa``, select/ignore or the baseline hide."""
    reported = {(f.line, f.code) for f in checked.reported}
    held = {(f.line, f.code) for f in checked.held}
    for row in rows:
        hidden = {}
        for code in [c.strip() for c in row["verdict"].split(",") if c.strip() != "ok"]:
            where = row["reported_at_line"]
            if (where, code) in held:
                hidden[code] = "baseline"
            elif (where, code) not in reported:
                hidden[code] = "noqa or ignore"
        row["suppressed"] = hidden or None
        if hidden:
            row["verdict"] = ", ".join("%s (suppressed: %s)" % (c, hidden[c]) if c in hidden else c
                                       for c in [c.strip() for c in row["verdict"].split(",")])


def table_provenance_text(table) -> str:
    """'vendor table updated 2025-04-03 (SDK ...); overrides in force: FILE (document dated ...)'."""
    p = table.provenance()
    text = "vendor table updated %s (SDK huaweicloudsdkmetastudio %s)" % (p["updated"] or "?",
                                                                                  p["sdk_version"] or "?")
    if p["overrides"]:
        text += "; overrides in force: " + ", ".join(
            o["path"] + (" (document dated %s)" % o["updated"] if o["updated"] else "") for o in p["overrides"])
    else:
        text += "; no override file"
    return text


def cmd_limits_update(argv: List[str]) -> int:
    parser = _Parser(
        prog=PROG + " limits update",
        description="Compare the vendor's 'Constraints on APIs' page (saved HTML, its text copied from a browser, "
        "or a URL) with the bundled limits table, print the difference and write it as an override file.",
        epilog="Exit status: 0 no difference, 1 differences, 2 error.")
    parser.add_argument("source", metavar="SOURCE", help="file (HTML or text) or http(s) URL of the vendor page")
    parser.add_argument("--output", metavar="FILE", default="metastudio-limits-override.yaml",
                        help="override file to write (default: %(default)s)")
    parser.add_argument("--diff-only", action="store_true", help="print the difference, write nothing")
    parser.add_argument("--region-id", action="append", default=[], metavar="NAME=ID",
                        help="region id of a column's display name the tool does not know, e.g. "
                        "'CN South-Guangzhou=cn-south-1' (repeatable)")
    args = parser.parse_args(argv)
    from flake8_metastudio import catalog, limits_update
    from flake8_metastudio.vendor_doc import VendorDocError

    args.output = options.file_path("--output", args.output)
    try:
        given = limits_update.parse_region_ids(args.region_id)
        bundled = limits_mod.load(None)
        update = limits_update.run(args.source, bundled, catalog.load(), given)
    except VendorDocError as exc:
        raise UsageError(str(exc))
    out = _Output(None)
    from flake8_metastudio.sanitize import safe_text

    # the page's text (API names, cells) may hold control characters: never raw on a terminal
    out.write("\n".join(safe_text(line) for line in limits_update.render_difference(update).split("\n")))
    out.close()
    if not args.diff_only:
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(limits_update.override_yaml(update, bundled))
        except OSError as exc:
            raise UsageError("--output: cannot write %s (%s)" % (args.output, exc.strerror or exc))
        out.write("Wrote %s (%d row(s)); lint with --metastudio-limits-file %s\n"
                  % (args.output, len(update.entries), args.output))
        out.close()
    return 1 if update.differs else 0


def cmd_limits(argv: List[str]) -> int:
    if argv and argv[0] == "update":
        return cmd_limits_update(argv[1:])
    parser = _Parser(prog=PROG + " limits", description="Print the limits table (bundled, "
                                     "merged with any override file named here or in the config).")
    parser.add_argument("--format", choices=("json", "table"), default="table")
    parser.add_argument("--region", help="only this region's limits")
    parser.add_argument("--metastudio-limits-file", metavar="PATH", help="override/extension file (same schema)")
    parser.add_argument("--config", default=None, metavar="FILE", help="flake8 config file to use")
    parser.add_argument("--isolated", action="store_true", help="ignore configuration files")
    args = parser.parse_args(argv)
    if args.config is not None:
        args.config = options.file_path("--config", args.config)
    limits_file = args.metastudio_limits_file
    if limits_file is not None:
        limits_file = options.file_path("--metastudio-limits-file", limits_file)
    else:  # the same config as lint and explain
        try:
            limits_file = config.values(config=args.config, isolated=args.isolated).get("metastudio_limits_file")
        except config.ConfigError as exc:
            raise UsageError(str(exc))
    try:
        table = limits_mod.load(None if limits_file is None else str(limits_file))
    except limits_mod.LimitsFileError as exc:
        raise UsageError("--metastudio-limits-file: %s" % exc)
    regions = table.region_ids
    if args.region is not None:
        if args.region not in regions:
            raise UsageError("--region: unknown region %r: expected one of %s" % (args.region, ", ".join(regions)))
        regions = [args.region]
    rows = [r.as_json(regions) for r in table.rows]
    out = _Output(None)
    if args.format == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        out.close()
        return 0
    from flake8_metastudio.output import text_table
    from flake8_metastudio.sanitize import safe_text

    body = [[r["api"], r["sdk_method"] or "-", r["http"] or "-"]
            + ["-" if r["limits"][g] is None else str(r["limits"][g]) for g in regions] for r in rows]
    out.write(text_table(["API", "SDK method", "HTTP"] + regions, body))
    out.write("\n" + safe_text("%d APIs; calls per second per tenant; '-' = not offered. Source: %s."
                               % (len(rows), table_provenance_text(table))) + "\n")
    out.close()
    return 0


# -- fixes ---------------------------------------------------------------------
FIXABLE = ("MST101", "MST102", "MST103", "MST104", "MST202")


def read_text(path: str):
    """(text, encoding, BOM) of a file as written: its coding cookie or UTF-8,
    line endings kept."""
    import tokenize

    with open(path, "rb") as fh:
        data = fh.read()
    import io

    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(encoding)  # utf-8-sig drops the BOM; it is written back
    bom = encoding == "utf-8-sig" or text.startswith("\ufeff")
    return (text[1:] if text.startswith("\ufeff") else text), ("utf-8" if encoding == "utf-8-sig" else encoding), bom


def _fixes_for(checked: Checked, settings, shown=None, unsafe: bool = True, rounds: int = 1):
    """The verified fixes of one linted file's reported findings (engine.fix_source);
    ``shown(text, findings)``: those of each fixed text the user sees, which later rounds fix
    (None: all of them)."""
    from flake8_metastudio import engine

    reported = {(f.line, f.col, f.code) for f in checked.reported}

    def wanted(f, round_no):
        if f.fix.applicability != "safe" and not unsafe:
            return False
        if round_no == 0:
            return (f.line, f.col, f.code) in reported
        return True  # a later round's findings are already those shown

    text, encoding, bom = read_text(checked.path)
    return engine.fix_source(text, settings, wanted, rounds, path=checked.path, shown=shown), text, encoding, bom


def _shown_by(selector, path: str, shown_path: str):
    """``shown(text, findings)`` for ``_fixes_for``: the findings flake8 would show for that
    text (selection, per-file-ignores, and the text's own ``# noqa`` comments)."""
    from flake8_metastudio import selection

    def shown(text: str, found: List[Finding]) -> List[Finding]:
        noqa = selection.processor(path, selector.options, text).noqa_line_for
        return [f for f in found
                if selector.reported(shown_path, f.code, f.line, f.col, f.message[len(f.code) + 1:], noqa(f.line))]
    return shown


def attach_fixes(checked: Checked, settings) -> None:
    """Give each reported finding of a linted file its verified fix (JSON
    ``fix``, SARIF ``fixes``), or why it has none (``no_fix``)."""
    if checked.path == "-" or not any(f.code in MESSAGES for f in checked.reported):
        return
    try:
        outcome = _fixes_for(checked, settings, rounds=3)[0]
    except Exception as exc:  # a fix that cannot be computed must not cost the report
        if os.environ.get(DEBUG_VARIABLE):
            raise
        for f in checked.reported:
            if f.code in MESSAGES:
                f.no_fix = "fixes could not be computed (%s)" % type(exc).__name__
        return
    fixed = {id(f) for f in outcome.fixed}
    failed = {id(f): why for f, why in outcome.failed}
    planned = {(f.line, f.col, f.code): f for f in outcome.first}
    for f in checked.reported:
        p = planned.get((f.line, f.col, f.code))
        if f.code not in MESSAGES:
            continue
        if p is None:
            f.no_fix = "no fix was planned for this finding"
        elif id(p) in fixed:
            f.fix = p.fix
        elif id(p) in failed:
            f.no_fix = "the computed fix did not pass verification: %s" % failed[id(p)]
        else:
            f.no_fix = p.no_fix or "no automatic fix"


def cmd_fix(argv: List[str]) -> int:
    parser = _Parser(
        prog=PROG + " fix", description="Apply the fixes computed from the limits table, each verified "
        "(the result compiles, the finding is gone, nothing new appears).",
        epilog="Exit status: 0 nothing to change, 1 files changed (with --diff: would change), 2 usage or "
        "configuration error.  Safe fixes (MST202) apply by default; --unsafe-fixes adds those that change "
        "timing on purpose (MST101-MST104): review them.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    parser.add_argument("--diff", action="store_true", help="print a unified diff of the fixes and write nothing")
    parser.add_argument("--unsafe-fixes", action="store_true",
                        help="also apply the fixes that change timing (sleeps, pool bounds, backoff)")
    parser.add_argument("--exclude", default=None, help="comma-separated patterns to skip in folders")
    _add_selection_options(parser)
    _add_plugin_options(parser)
    args = parser.parse_args(argv)
    if "-" in args.paths:
        raise UsageError("fix: '-' (standard input) cannot be fixed in place: give files or folders")
    values = _values(args)
    settings = _settings(values)
    selector = _selector(values)
    base = _baseline(values)
    from flake8_metastudio.sanitize import safe_text

    patterns = [p.strip() for p in str(values.get("exclude", DEFAULT_EXCLUDE)).split(",") if p.strip()]
    out = _Output(None)
    changed_files = fixed_count = 0
    notes: List[str] = []
    for path in iter_files(args.paths, patterns):
        checked = lint_file(path, settings, selector, base)
        shown = safe_text(checked.shown)
        for f in checked.reported:
            if f.code not in MESSAGES:  # E902, E999, MST900, MST901: not checked, so not fixed
                notes.append("%s:%d:%d: %s (not fixed)" % (shown, f.line, f.col + 1, f.message))
        if not any(f.code in FIXABLE for f in checked.reported):
            continue
        try:
            outcome, text, encoding, bom = _fixes_for(checked, settings, _shown_by(selector, path, checked.shown),
                                                      args.unsafe_fixes, rounds=3)
        except Exception as exc:
            if os.environ.get(DEBUG_VARIABLE):
                raise
            notes.append("%s: not fixed: %s" % (shown, diagnostic("MST900", error="%s: %s" % (
                type(exc).__name__, str(exc)[:150])).message))
            continue
        failed = {id(f): why for f, why in outcome.failed}
        fixed = {id(f) for f in outcome.fixed}
        for f in outcome.first:
            if (f.line, f.col, f.code) not in {(r.line, r.col, r.code) for r in checked.reported}:
                continue
            where = "%s:%d:%d: %s" % (shown, f.line, f.col + 1, f.code)
            if id(f) in fixed:
                continue
            if id(f) in failed:
                notes.append("%s not fixed: %s" % (where, failed[id(f)]))
            elif f.fix is not None and not args.unsafe_fixes:
                notes.append("%s has an unsafe fix (%s): rerun with --unsafe-fixes" % (where, f.fix.message))
            elif f.code in FIXABLE:
                notes.append("%s no automatic fix: %s" % (where, f.no_fix))
        if outcome.text == text:
            continue
        changed_files += 1
        fixed_count += len(outcome.fixed)
        if args.diff:
            import difflib

            out.write("".join(difflib.unified_diff(_patch_lines(text), _patch_lines(outcome.text),
                                                   fromfile=shown, tofile=shown)))
        else:
            try:
                with open(path, "w", encoding="utf-8-sig" if bom else encoding, newline="") as fh:
                    fh.write(outcome.text)
            except OSError as exc:
                raise OutputError("fix: cannot write %s (%s)" % (shown, exc.strerror or exc))
    out.close()
    for note in notes:
        sys.stderr.write(safe_text(note) + "\n")
    verb = "would fix" if args.diff else "fixed"
    sys.stderr.write("%s: %s %d finding(s) in %d file(s)\n" % (PROG, verb, fixed_count, changed_files))
    return 1 if changed_files else 0


def _patch_lines(text: str) -> List[str]:
    """Lines as ``patch`` and ``git apply`` count them: ended by a newline only
    (``splitlines`` would also end one at a form feed or U+2028 inside a string,
    and the hunk's line counts would not match the file)."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


COMMANDS = {"explain": cmd_explain, "limits": cmd_limits, "fix": cmd_fix}


def main(argv: Optional[List[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = cmd_lint
    if argv and argv[0] in COMMANDS and not os.path.exists(argv[0]):
        command = COMMANDS[argv.pop(0)]
    try:
        return command(argv)
    except (UsageError, options.OptionError, OutputError) as exc:
        _error(str(exc))
        return 2
    except BrokenPipeError:  # `... | head`
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130


def _error(text: str) -> None:
    from flake8_metastudio.sanitize import safe_text

    try:
        sys.stderr.write("%s: error: %s\n" % (PROG, safe_text(text)))
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass
