"""Configuration files, read the same way by ``metastudio-lint`` and the flake8
plugin.

The flake8 config (``setup.cfg``, ``tox.ini`` or ``.flake8``, first found
from the current folder upwards, or ``--config``) is found by flake8's own
``load_config``; ``metastudio-lint`` also reads ``[tool.flake8-metastudio]``
in the nearest ``pyproject.toml`` that has it.  Precedence: command line >
pyproject.toml > flake8 config.

A relative path in a config file means a path from that file's folder
(``metastudio-limits-file = config/limits.yaml``, ``metastudio-timbres =
@config/timbres.txt``, ``metastudio-baseline = ...``), so ``cd src && flake8
app.py`` finds the same files; on the command line it means a path from the
current folder.
"""
import configparser
import os
from typing import Dict, Iterable, Optional, Tuple

from flake8_metastudio import options, userinput

MAX_PYPROJECT_BYTES = 4 * 1024 * 1024  # far more than any project's pyproject.toml

# option dest -> how its value names a file
PATH_OPTIONS = {"metastudio_limits_file": "path", "metastudio_timbres": "@path", "metastudio_baseline": "path",
                "metastudio_cache_dir": "path", "metastudio_source_roots": "paths"}
# flake8's own options that the standalone command honours, read from [flake8] too
FLAKE8_KEYS = ("select", "ignore", "extend_select", "extend_ignore", "per_file_ignores", "exclude",
               "extend_exclude", "disable_noqa")
# keys only pyproject.toml's [tool.flake8-metastudio] can set
PYPROJECT_ONLY = ("format",)


class ConfigError(Exception):
    pass


def plugin_dests() -> Tuple[str, ...]:
    return tuple(spec.dest for spec in options.OPTIONS) + ("metastudio_baseline",)


def resolve(dest: str, value, base: str):
    """``value`` of option ``dest`` with a relative file path made absolute from ``base``."""
    kind = PATH_OPTIONS.get(dest)
    if kind is None or not isinstance(value, str) or not value.strip():
        return value
    text = value.strip()
    if kind == "@path":
        if not text.startswith("@"):
            return value  # a comma-separated list of ids, not a file
        return "@" + _absolute(text[1:], base)
    if kind == "paths":
        return ",".join(_absolute(p.strip(), base) for p in text.replace("\n", ",").split(",") if p.strip())
    return _absolute(text, base)


def _absolute(path: str, base: str) -> str:
    path = os.path.expanduser(path)
    return path if os.path.isabs(path) else os.path.normpath(os.path.join(base, path))


def flake8_config(config: Optional[str] = None, extra: Iterable[str] = (),
                  isolated: bool = False) -> Tuple[configparser.RawConfigParser, str]:
    """flake8's own discovery: (parsed config, the folder paths in it are relative to)."""
    from flake8.options.config import load_config

    try:
        return load_config(config, list(extra), isolated=isolated)
    except Exception as exc:  # ExecutionError, configparser errors
        raise ConfigError("%s" % str(exc).splitlines()[0])


def _flake8_values(cfg: configparser.RawConfigParser, cfg_dir: str) -> Dict[str, str]:
    if not cfg.has_section("flake8"):
        return {}
    wanted = set(plugin_dests()) | set(FLAKE8_KEYS)
    values = {}
    for key, value in cfg.items("flake8"):
        dest = key.strip().replace("-", "_")
        if dest in wanted:
            values[dest] = resolve(dest, value, cfg_dir)
        if dest in ("exclude", "extend_exclude"):  # as flake8: a pattern with a '/' is from the config's folder
            from flake8 import utils

            values[dest] = ",".join(utils.normalize_paths(utils.parse_comma_separated_list(value), cfg_dir))
    return values


def find_pyproject(start: str) -> Optional[str]:
    here = os.path.abspath(start)
    while True:
        candidate = os.path.join(here, "pyproject.toml")
        if os.path.isfile(candidate) and pyproject_section(candidate) is not None:
            return candidate
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def pyproject_section(path: str) -> Optional[dict]:
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        text = userinput.read_text(path, MAX_PYPROJECT_BYTES)
    except userinput.UserInputError as exc:
        raise ConfigError(str(exc))
    try:
        data = tomllib.loads(text)
    except ValueError as exc:
        raise ConfigError("%s: cannot be read as TOML (%s)" % (path, str(exc)[:120]))
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        raise ConfigError("%s: cannot be read as TOML (nested too deeply)" % path)
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ConfigError("%s: 'tool' must be a table, not %s" % (path, type(tool).__name__))
    section = tool.get("flake8-metastudio")
    if section is not None and not isinstance(section, dict):
        raise ConfigError("%s: [tool.flake8-metastudio] must be a table, not %s" % (path, type(section).__name__))
    return section


def _toml_value(path: str, key: str, dest: str, value) -> str:
    if dest == "per_file_ignores" and isinstance(value, dict):
        return "\n".join("%s:%s" % (k, ",".join(v) if isinstance(v, list) else v) for k, v in value.items())
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
        return ",".join(str(v) for v in value)
    if isinstance(value, bool):
        if dest in ("disable_noqa", "metastudio_no_cache"):
            return "true" if value else "false"
    elif isinstance(value, (str, int, float)):
        return str(value)
    raise ConfigError("%s: [tool.flake8-metastudio] %s: expected a string, number or list, not %s"
                      % (path, key, type(value).__name__))


def _pyproject_values(path: str) -> Dict[str, str]:
    known = set(plugin_dests())
    allowed = sorted({d.replace("_", "-") for d in known | set(FLAKE8_KEYS) | set(PYPROJECT_ONLY)})
    values = {}
    base = os.path.dirname(path)
    for key, value in (pyproject_section(path) or {}).items():
        dest = key.replace("-", "_")
        if not dest.startswith("metastudio_") and "metastudio_" + dest in known:
            dest = "metastudio_" + dest
        if dest not in known and dest not in FLAKE8_KEYS and dest not in PYPROJECT_ONLY:
            raise ConfigError("%s: unknown key %r in [tool.flake8-metastudio]; allowed: %s"
                              % (path, key, ", ".join(allowed)))
        values[dest] = resolve(dest, _toml_value(path, key, dest, value), base)
    return values


def values(config: Optional[str] = None, isolated: bool = False, start: Optional[str] = None) -> Dict[str, str]:
    """Option values from config files (pyproject over the flake8 config), paths resolved."""
    if isolated:
        return {}
    cfg, cfg_dir = flake8_config(config)
    found = _flake8_values(cfg, cfg_dir)
    pyproject = find_pyproject(start or os.getcwd())
    if pyproject:
        found.update(_pyproject_values(pyproject))
    return found


def flake8_plugin_values(parsed) -> Dict[str, object]:
    """The plugin's option values from flake8's parsed options, with paths that
    came from the config file resolved against the config file's folder."""
    values = dict(vars(parsed))
    try:
        cfg, cfg_dir = flake8_config(getattr(parsed, "config", None), getattr(parsed, "append_config", None) or (),
                                     isolated=bool(getattr(parsed, "isolated", False)))
    except ConfigError:
        return values
    if not cfg.has_section("flake8"):
        return values
    for dest in PATH_OPTIONS:
        for key in (dest.replace("_", "-"), dest):
            if cfg.has_option("flake8", key):
                raw = cfg.get("flake8", key)
                given = values.get(dest)
                # flake8 hands over the config's text unless the command line gave another value
                if isinstance(given, str) and given.strip() == raw.strip():
                    values[dest] = resolve(dest, given, cfg_dir)
                break
    return values
