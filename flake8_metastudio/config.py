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

MAX_CONFIG_BYTES = 4 * 1024 * 1024  # far more than any project's setup.cfg, tox.ini or pyproject.toml

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
    """flake8's own discovery (``flake8.options.config.load_config``, step for
    step): (parsed config, the folder paths in it are relative to).  Each file
    is read through the capped reader first, so a FIFO, a device or a huge
    file named ``--config``, ``setup.cfg``, ``tox.ini`` or ``.flake8`` is one
    line of error, where configparser would block or read forever."""
    pwd = os.path.abspath(".")
    if isolated:
        return configparser.RawConfigParser(), pwd
    if config is None:
        config = _discover(pwd)
    cfg = configparser.RawConfigParser()
    cfg_dir = pwd
    if config is not None:
        _parse_into(cfg, config, "--config")
        cfg_dir = os.path.dirname(config)
    for filename in extra:
        _parse_into(cfg, filename, "--append-config")
    return cfg, cfg_dir


FLAKE8_CONFIG_NAMES = ("setup.cfg", "tox.ini", ".flake8")  # flake8's order of discovery


def _folders_up(start: str) -> Iterable[str]:
    """The folders flake8's discovery visits: ``start`` and its parents, up to
    (not including) the home folder or the root."""
    def key(path):
        try:
            info = os.stat(path)
        except OSError:
            return None
        return info.st_ino, info.st_dev

    home = os.path.expanduser("~")
    home_key = key(home) if home != "~" else None
    here, here_key = start, key(start)
    while True:
        yield here
        parent = os.path.dirname(here)
        parent_key = key(parent)
        if parent_key == here_key or (home_key is not None and parent_key == home_key):
            return
        here, here_key = parent, parent_key


def _discover(start: str) -> Optional[str]:
    """flake8's ``_find_config_file``: the first candidate, from ``start``
    upwards, with a ``[flake8]`` (or ``[flake8:local-plugins]``) section.  As
    there, a missing file and one that is not UTF-8 or not INI are passed over;
    unlike there, a FIFO, a device or a huge file is an error, not a hang."""
    for folder in _folders_up(start):
        for candidate in FLAKE8_CONFIG_NAMES:
            path = os.path.join(folder, candidate)
            if not os.path.exists(path):  # configparser.read() skips what it cannot open
                continue
            try:
                data = userinput.read_bytes(path, MAX_CONFIG_BYTES)
            except userinput.UserInputError as exc:
                raise ConfigError("flake8 config %s" % exc)
            cfg = configparser.RawConfigParser()
            try:
                cfg.read_string(data.decode("utf-8"), source=path)
            except (UnicodeDecodeError, configparser.ParsingError):
                continue  # flake8 logs a warning and looks further
            except configparser.Error as exc:  # a duplicate key: a traceback in flake8
                raise ConfigError("flake8 config %s" % userinput.located(
                    path, getattr(exc, "lineno", None), "cannot be read as a config file (%s)" % type(exc).__name__))
            if "flake8" in cfg or "flake8:local-plugins" in cfg:
                return path
    return None


def _parse_into(cfg: configparser.RawConfigParser, path: str, option: str) -> None:
    """Add the config file ``path`` (named by ``option``) to ``cfg``, as
    configparser's ``read(path, encoding="UTF-8")`` would, but from the capped reader."""
    try:
        data = userinput.read_bytes(path, MAX_CONFIG_BYTES)
    except userinput.UserInputError as exc:
        raise ConfigError("%s: %s" % (option, exc))
    try:
        cfg.read_string(data.decode("utf-8"), source=path)
    except UnicodeDecodeError as exc:
        raise ConfigError("%s: %s" % (option, userinput.located(path, data.count(b"\n", 0, exc.start) + 1,
                                                               "not UTF-8 text")))
    except configparser.Error as exc:
        errors = getattr(exc, "errors", None)
        line = getattr(exc, "lineno", None) or (errors[0][0] if errors else None)
        raise ConfigError("%s: %s" % (option, userinput.located(path, line, "cannot be read as a config "
                                                               "file (%s)" % type(exc).__name__)))


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
        # lexists: a FIFO, a device or a dangling link named pyproject.toml is refused, not skipped
        if os.path.lexists(candidate) and pyproject_section(candidate) is not None:
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
        text = userinput.read_text(path, MAX_CONFIG_BYTES)
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


# what each key of [tool.flake8-metastudio] may be in TOML ("list": a string or a list of strings)
_NUMBER_KEYS = {"metastudio_latency": (int, float), "metastudio_replicas": (int,),
                "metastudio_max_concurrency": (int,), "metastudio_worker_concurrency": (int,)}
_LIST_KEYS = ("metastudio_timbres", "metastudio_source_roots", "select", "ignore", "extend_select",
              "extend_ignore", "exclude", "extend_exclude")
_FLAG_KEYS = ("disable_noqa", "metastudio_no_cache")
_TOML_TYPES = {str: "a string", int: "an integer", float: "a number", bool: "true or false",
               list: "an array", dict: "a table"}


def _toml_kind(value) -> str:
    return _TOML_TYPES.get(type(value), "a date or time")


def _toml_value(path: str, key: str, dest: str, value) -> str:
    """The value of ``key`` as the string a config file would give, after
    checking its TOML type: a wrong type is an error naming the key."""
    def wrong(expected: str):
        raise ConfigError(userinput.located(path, None, "[tool.flake8-metastudio] %s: expected %s, not %s"
                                            % (userinput.show_path(key, 40), expected, _toml_kind(value))))

    if dest in _FLAG_KEYS:
        if type(value) is not bool:
            wrong("true or false")
        return "true" if value else "false"
    if dest in _NUMBER_KEYS:
        kinds = _NUMBER_KEYS[dest]
        if type(value) in kinds:
            if isinstance(value, int) and value.bit_length() > 63:
                wrong("a number no larger than the option allows")
            return repr(value) if isinstance(value, float) else str(value)
        if not isinstance(value, str):
            wrong("a number" if float in kinds else "a whole number")
        return value
    if dest == "per_file_ignores" and isinstance(value, dict):
        parts = []
        for pattern, codes in value.items():
            if isinstance(codes, list) and all(isinstance(c, str) for c in codes):
                codes = ",".join(codes)
            if not isinstance(codes, str):
                wrong("a string, or a table of patterns to codes")
            parts.append("%s:%s" % (pattern, codes))
        return "\n".join(parts)
    if dest in _LIST_KEYS or dest == "per_file_ignores":
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return ",".join(value)
        if not isinstance(value, str):
            wrong("a string or an array of strings")
        return value
    if not isinstance(value, str):
        wrong("a string")
    return value


def _pyproject_values(path: str) -> Dict[str, str]:
    from flake8_metastudio.suggest import closest

    known = set(plugin_dests())
    allowed = sorted({d.replace("_", "-") for d in known | set(FLAKE8_KEYS) | set(PYPROJECT_ONLY)})
    short = sorted({a[len("metastudio-"):] if a.startswith("metastudio-") else a for a in allowed})
    values = {}
    base = os.path.dirname(path)
    for key, value in (pyproject_section(path) or {}).items():
        dest = key.replace("-", "_")
        if not dest.startswith("metastudio_") and "metastudio_" + dest in known:
            dest = "metastudio_" + dest
        if dest not in known and dest not in FLAKE8_KEYS and dest not in PYPROJECT_ONLY:
            guess = closest(key.lower().replace("_", "-"), short + allowed)
            hint = "did you mean %r? " % guess if guess else ""
            raise ConfigError(userinput.clip_message(userinput.located(
                path, None, "unknown key %s in [tool.flake8-metastudio]; %sallowed: %s"
                % (userinput.quote(key), hint, ", ".join(short)))))
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

    def in_config(dest):
        return any(cfg.has_option("flake8", key) for key in (dest.replace("_", "-"), dest))

    for pair in options.EXCLUSIVE:  # one from the command line beats the config's contrary one
        if any(values.get(d) is not None and not in_config(d) for d in pair):
            for dest in pair:
                if in_config(dest):
                    values[dest] = None
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
