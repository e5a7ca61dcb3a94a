"""``metastudio-lint`` (also ``python -m flake8_metastudio``): the linter
without flake8, for pre-commit and CI.

    metastudio-lint [options] [PATHS...]      lint files and directories
    metastudio-lint explain PATH [options]    every SDK call site and the reasoning
    metastudio-lint limits [--format json|table] [--region R]
    metastudio-lint limits update SOURCE [--output FILE] [--diff-only]

Options are the plugin's own (``options.OPTIONS``), read from the command
line, then ``[tool.flake8-metastudio]`` in pyproject.toml, then ``[flake8]``
in setup.cfg / tox.ini / .flake8 (the first one found from the current
directory upwards).  Exit status: 0 clean, 1 findings, 2 usage or
configuration error; for ``limits update``: 0 no difference from the bundled
table, 1 differences (written unless --diff-only), 2 error.
"""
import argparse
import fnmatch
import json
import os
import sys
from typing import Dict, Iterable, List, Optional, Tuple

from flake8_metastudio import __version__, limits as limits_mod, options
from flake8_metastudio.output import FORMATS, write_findings

PROG = "metastudio-lint"
DEFAULT_EXCLUDE = ".svn,CVS,.bzr,.hg,.git,__pycache__,.tox,.nox,.eggs,*.egg,.venv,venv,.ci-venv,build,dist"
FLAKE8_FILES = ("setup.cfg", "tox.ini", ".flake8")


class UsageError(Exception):
    pass


# -- configuration -------------------------------------------------------------
def _find_configs(start: str) -> Tuple[Optional[str], Optional[str]]:
    """(pyproject.toml with [tool.flake8-metastudio], flake8 config with [flake8]),
    searching from ``start`` upwards like flake8 does."""
    pyproject = flake8_cfg = None
    here = os.path.abspath(start)
    while True:
        if pyproject is None:
            candidate = os.path.join(here, "pyproject.toml")
            if os.path.isfile(candidate) and _pyproject_section(candidate) is not None:
                pyproject = candidate
        if flake8_cfg is None:
            for name in FLAKE8_FILES:
                candidate = os.path.join(here, name)
                if os.path.isfile(candidate) and _flake8_section(candidate) is not None:
                    flake8_cfg = candidate
                    break
        parent = os.path.dirname(here)
        if parent == here or (pyproject and flake8_cfg):
            return pyproject, flake8_cfg
        here = parent


def _pyproject_section(path: str) -> Optional[dict]:
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        import tomli as tomllib
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, ValueError) as exc:
        raise UsageError("%s: cannot be read as TOML (%s)" % (path, exc))
    tool = data.get("tool", {})
    if not isinstance(tool, dict) or not isinstance(tool.get("flake8-metastudio", {}), dict):  # `tool = 5`
        raise UsageError("%s: [tool] and [tool.flake8-metastudio] must be tables" % path)
    return tool.get("flake8-metastudio")


def _flake8_section(path: str) -> Optional[Dict[str, str]]:
    import configparser

    parser = configparser.RawConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise UsageError("%s: cannot be parsed (%s)" % (path, str(exc).splitlines()[0]))
    if not parser.has_section("flake8"):
        return None
    return dict(parser.items("flake8"))


def _config_values(isolated: bool) -> Dict[str, str]:
    """Option values from config files: pyproject overrides the flake8 config."""
    if isolated:
        return {}
    pyproject, flake8_cfg = _find_configs(os.getcwd())
    values: Dict[str, str] = {}
    known = {spec.dest: spec for spec in options.OPTIONS}
    extra = {"exclude": "exclude", "extend_exclude": "extend_exclude", "format": "format"}
    if flake8_cfg:
        for key, value in (_flake8_section(flake8_cfg) or {}).items():
            dest = key.strip().replace("-", "_")
            if dest in known or dest in ("exclude", "extend_exclude"):
                values[dest] = value
    if pyproject:
        section = _pyproject_section(pyproject) or {}
        for key, value in section.items():
            dest = key.replace("-", "_")
            if not dest.startswith("metastudio_") and "metastudio_" + dest in known:
                dest = "metastudio_" + dest
            if dest not in known and dest not in extra:
                allowed = sorted([s.name.lstrip("-") for s in options.OPTIONS] + ["exclude", "extend-exclude", "format"])
                raise UsageError("%s: unknown key %r in [tool.flake8-metastudio]; allowed: %s"
                                 % (pyproject, key, ", ".join(allowed)))
            if isinstance(value, list):
                value = ",".join(str(v) for v in value)
            values[dest] = str(value)
    return values


def _add_options(parser: argparse.ArgumentParser) -> None:
    for spec in options.OPTIONS:
        parser.add_argument(spec.name, dest=spec.dest, default=None, metavar=spec.metavar,
                            help=spec.help.replace("%(default)s", str(spec.default)))
    parser.add_argument("--isolated", action="store_true", help="ignore configuration files")


def _settings(args) -> options.Settings:
    values = _config_values(args.isolated)
    for spec in options.OPTIONS:
        given = getattr(args, spec.dest, None)
        if given is not None:
            values[spec.dest] = given
    args.config_values = values
    return options.settings_from(values)


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
    for path in paths:
        if path == "-":
            yield path
            continue
        if not os.path.exists(path):
            raise UsageError("%s: no such file or directory" % path)
        if os.path.isfile(path):
            if not _excluded(path, patterns):
                yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not _excluded(os.path.join(root, d), patterns))
            for name in sorted(files):
                full = os.path.join(root, name)
                if name.endswith(".py") and not _excluded(full, patterns):
                    yield full


def read_source(path: str) -> str:
    """Text of a Python file, decoded as Python does (coding cookie, BOM)."""
    import io
    import tokenize

    data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError):
        text = data.decode("latin-1")
    return text[1:] if text.startswith("\ufeff") else text


def _noqa_codes(line: str):
    """None: no noqa; empty set: bare noqa (everything); else the codes."""
    import re

    m = re.search(r"#\s*noqa(?::[\s]?(?P<codes>[A-Z][0-9]+(?:[,\s]+[A-Z][0-9]+)*))?", line, re.I)
    if not m:
        return None
    if not m.group("codes"):
        return set()
    return {c.upper() for c in re.split(r"[,\s]+", m.group("codes").strip()) if c}


def lint_file(path: str, settings, source: Optional[str] = None):
    from flake8_metastudio.engine import lint_source

    text = read_source(path) if source is None else source
    findings = lint_source(text, settings)
    lines = text.splitlines()
    kept = []
    for f in findings:
        line = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
        codes = _noqa_codes(line)
        if codes is None or (codes and not any(f.code.startswith(c) for c in codes)):
            kept.append(f)
    return kept


# -- commands ------------------------------------------------------------------
def cmd_lint(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(prog=PROG, description="Lint Python code that calls Huawei Cloud "
                                     "MetaStudio for API throttling problems.",
                                     epilog="Subcommands: '%s explain PATH', '%s limits', '%s limits update SOURCE'."
                                     % (PROG, PROG, PROG))
    parser.add_argument("paths", nargs="*", default=None, metavar="PATH")
    parser.add_argument("--format", choices=FORMATS, default=None, help="output format (default: text)")
    parser.add_argument("--exclude", default=None, help="comma-separated patterns to skip "
                        "(default: %s)" % DEFAULT_EXCLUDE)
    parser.add_argument("--extend-exclude", default=None, help="patterns to skip in addition to --exclude")
    parser.add_argument("--output-file", default=None, help="write the report here instead of stdout")
    parser.add_argument("--version", action="store_true", help="show the version and the limits table in force")
    _add_options(parser)
    args = parser.parse_args(argv)
    settings = _settings(args)
    if args.version:
        sys.stdout.write("flake8-metastudio %s; limits: %s\n" % (__version__, table_provenance_text(settings.table)))
        return 0
    cfg = args.config_values
    fmt = args.format or cfg.get("format") or "text"
    if fmt not in FORMATS:
        raise UsageError("--format: invalid value %r: expected one of %s" % (fmt, ", ".join(FORMATS)))
    exclude = args.exclude if args.exclude is not None else cfg.get("exclude", DEFAULT_EXCLUDE)
    extend = args.extend_exclude if args.extend_exclude is not None else cfg.get("extend_exclude", "")
    patterns = [p.strip() for p in (exclude + "," + extend).split(",") if p.strip()]
    results = []
    for path in iter_files(args.paths or ["."], patterns):
        shown = "stdin" if path == "-" else os.path.relpath(path)
        results.extend((shown, f) for f in lint_file(path, settings))
    out = open(args.output_file, "w", encoding="utf-8") if args.output_file else sys.stdout
    try:
        write_findings(results, fmt, out, settings.table)
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if results else 0


def cmd_explain(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(prog=PROG + " explain",
                                     description="Show every MetaStudio SDK call site the linter found "
                                     "and how it judged it.")
    parser.add_argument("path", metavar="PATH")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    _add_options(parser)
    args = parser.parse_args(argv)
    settings = _settings(args)
    from flake8_metastudio.explain import explain

    if not os.path.isfile(args.path) and args.path != "-":
        raise UsageError("%s: no such file" % args.path)
    rows = explain(read_source(args.path), settings)
    if args.format == "json":
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from flake8_metastudio.explain import render_table

        sys.stdout.write(render_table(rows, args.path, settings))
    return 0


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
    parser = argparse.ArgumentParser(
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

    try:
        given = limits_update.parse_region_ids(args.region_id)
        bundled = limits_mod.load(None)
        update = limits_update.run(args.source, bundled, catalog.load(), given)
    except VendorDocError as exc:
        raise UsageError(str(exc))
    sys.stdout.write(limits_update.render_difference(update))
    if not args.diff_only:
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(limits_update.override_yaml(update, bundled))
        except OSError as exc:
            raise UsageError("--output: cannot write %s (%s)" % (args.output, exc.strerror or exc))
        sys.stdout.write("Wrote %s (%d row(s)); lint with --metastudio-limits-file %s\n"
                         % (args.output, len(update.entries), args.output))
    return 1 if update.differs else 0


def cmd_limits(argv: List[str]) -> int:
    if argv and argv[0] == "update":
        return cmd_limits_update(argv[1:])
    parser = argparse.ArgumentParser(prog=PROG + " limits", description="Print the limits table (bundled, "
                                     "merged with any override file).")
    parser.add_argument("--format", choices=("json", "table"), default="table")
    parser.add_argument("--region", help="only this region's limits")
    parser.add_argument("--metastudio-limits-file", metavar="PATH", help="override/extension file (same schema)")
    args = parser.parse_args(argv)
    try:
        table = limits_mod.load(args.metastudio_limits_file)
    except limits_mod.LimitsFileError as exc:
        raise UsageError("--metastudio-limits-file: %s" % exc)
    regions = table.region_ids
    if args.region is not None:
        if args.region not in regions:
            raise UsageError("--region: unknown region %r: expected one of %s" % (args.region, ", ".join(regions)))
        regions = [args.region]
    rows = [r.as_json(regions) for r in table.rows]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from flake8_metastudio.output import text_table

    body = [[r["api"], r["sdk_method"] or "-", r["http"] or "-"]
            + ["-" if r["limits"][g] is None else str(r["limits"][g]) for g in regions] for r in rows]
    sys.stdout.write(text_table(["API", "SDK method", "HTTP"] + regions, body))
    sys.stdout.write("\n%d APIs; calls per second per tenant; '-' = not offered. Source: %s.\n"
                     % (len(rows), table_provenance_text(table)))
    return 0


COMMANDS = {"explain": cmd_explain, "limits": cmd_limits}


def main(argv: Optional[List[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = cmd_lint
    if argv and argv[0] in COMMANDS and not os.path.exists(argv[0]):
        command = COMMANDS[argv.pop(0)]
    try:
        return command(argv)
    except (UsageError, options.OptionError) as exc:
        sys.stderr.write("%s: error: %s\n" % (PROG, exc))
        return 2
    except BrokenPipeError:  # `... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
