"""Options, defined once: flake8 registers them (command line and [flake8]
config), the standalone CLI adds them to its own parser, and both validate
them here.  A bad value is an ``OptionError`` whose text is one line naming
the option, the value (clipped, escaped), and what is allowed.

Values are parsed strictly: whole numbers are ASCII digits only (``int()``
alone would take ``1_0`` and Arabic-Indic digits), numbers are bounded
(``LATENCY_RANGE``, ``MAX_REPLICAS``, ``MAX_CONCURRENCY``), and an option set
to an empty value is an error rather than the default.  Files named by
options are read through ``userinput.read_text`` (no FIFOs, devices,
directories; bounded size).
"""
import os
import re
from dataclasses import dataclass, field
from typing import Any, FrozenSet, List, Mapping, NoReturn, Optional, Tuple

from flake8_metastudio import limits as limits_mod, userinput
from flake8_metastudio.userinput import clip_message, quote

PROVIDERS = ("aiui", "spark", "cbs", "third-party-driver", "third-party-llm", "assistant", "mobvoi")


class OptionError(Exception):
    """A bad option value; str() is one line under 200 characters with the prefix a door adds."""

    def __init__(self, message: str):
        super().__init__(clip_message(message))


@dataclass(frozen=True)
class OptionSpec:
    name: str  # "--metastudio-region"
    default: Optional[str]
    help: str
    metavar: str
    flag: bool = False  # takes no value (``--metastudio-no-cache``; ``= true`` in a config file)

    @property
    def dest(self) -> str:
        return self.name.lstrip("-").replace("-", "_")


OPTIONS: List[OptionSpec] = [
    OptionSpec("--metastudio-region", "cn-north-4",
               "Region whose limits apply where the code does not say (default: %(default)s).", "REGION"),
    OptionSpec("--metastudio-latency", "0.1",
               "Seconds one SDK call is assumed to take (default: %(default)s).", "SECONDS"),
    OptionSpec("--metastudio-replicas", "1",
               "Processes running this code for one tenant; rates are multiplied by it (default: %(default)s).", "N"),
    OptionSpec("--metastudio-max-concurrency", "32",
               "Concurrency assumed where a pool or fan-out has no known bound (default: %(default)s).", "N"),
    OptionSpec("--metastudio-worker-concurrency", None,
               "Tasks a task queue's workers run at once, all workers together (Celery, RQ); "
               "default: --metastudio-max-concurrency.", "N"),
    OptionSpec("--metastudio-limits-file", None,
               "YAML file that extends or overrides the bundled limits table (same schema).", "PATH"),
    OptionSpec("--metastudio-model-provider", None,
               "Model provider of the application where the code does not say: %s." % ", ".join(PROVIDERS),
               "PROVIDER"),
    OptionSpec("--metastudio-timbres", None,
               "Allowed timbre (voice asset) ids, comma-separated, or @FILE with one id per line.", "IDS"),
    OptionSpec("--metastudio-source-roots", None,
               "Extra folders, comma-separated, where the project's own modules are found (besides those "
               "found from each file: the top of its package, the project folder and its src/).", "DIRS"),
    OptionSpec("--metastudio-cache-dir", None,
               "Folder of the on-disk cache of whole-project analysis (default: $METASTUDIO_CACHE_DIR, else "
               ".metastudio_cache in the current folder).", "DIR"),
    OptionSpec("--metastudio-no-cache", None, "Do not read or write the on-disk cache.", "", flag=True),
]
# options that contradict each other: given at the same level, an error; the command line
# overrides a config file's value of the other one (config.py, cli.py)
EXCLUSIVE = (("metastudio_no_cache", "metastudio_cache_dir"),)
CACHE_DIR = ".metastudio_cache"
CACHE_DIR_VARIABLE = "METASTUDIO_CACHE_DIR"  # the default folder when no option says (like MYPY_CACHE_DIR)



@dataclass
class Settings:
    region: str = "cn-north-4"
    latency: float = 0.1
    replicas: int = 1
    max_concurrency: int = 32
    worker_concurrency: Optional[int] = None  # None: max_concurrency
    limits_file: Optional[str] = None
    model_provider: Optional[str] = None
    timbres: Optional[FrozenSet[str]] = None
    source_roots: Tuple[str, ...] = ()  # absolute folders
    cache_dir: Optional[str] = CACHE_DIR  # None: no on-disk cache
    # always set by settings_from (None only on a bare Settings())
    table: "limits_mod.LimitsTable" = field(default=None, repr=False)  # type: ignore[assignment]

    @property
    def task_workers(self) -> int:
        """How many queued tasks run at once (Celery, RQ workers together)."""
        return self.worker_concurrency if self.worker_concurrency is not None else self.max_concurrency


# Bounds of the numeric options (documented in the README's Configuration table).
LATENCY_RANGE = (0.001, 60.0)  # seconds
MAX_REPLICAS = 10000
MAX_CONCURRENCY = 10000
MAX_TIMBRE_FILE_BYTES = 1 << 20
_WHOLE = re.compile(r"[0-9]{1,9}")  # ASCII digits only: int() would take "1_0" and Arabic-Indic digits
_DECIMAL = re.compile(r"[0-9]{1,9}(?:\.[0-9]{0,9})?|\.[0-9]{1,9}")


def _fail(name: str, value: str, expected: str) -> NoReturn:
    raise OptionError("%s: invalid value %s: expected %s" % (name, quote(value), expected))


def _text(name: str, raw: object, expected: str, is_list: bool = False) -> str:
    """The value as given, spaces around it dropped.  Empty is an error, not
    "the default": flake8 and the CLI pass None for an option not given.  A
    list (``is_list``) may span lines, as a config file writes one; no other
    control character is allowed anywhere."""
    text = str(raw).strip(" \t\n" if is_list else " \t")
    if not text:
        raise OptionError("%s: empty value: expected %s (leave the option out for the default)" % (name, expected))
    if not (text.replace("\n", "") if is_list else text).isprintable():
        _fail(name, text, expected + " (no control characters)")
    return text


def file_path(name: str, raw: object) -> str:
    """A file named by an option (``--config``, ``--output-file``, a baseline):
    empty is an error rather than "no file", and control characters are refused."""
    return os.path.expanduser(_text(name, raw, "a file path"))


def _float(name: str, raw: object, low: float, high: float) -> float:
    expected = "seconds from %g to %g, e.g. 0.1" % (low, high)
    text = _text(name, raw, expected)
    if not _DECIMAL.fullmatch(text):
        _fail(name, text, expected)
    number = float(text)
    if not low <= number <= high:
        _fail(name, text, expected)
    return number


def _int(name: str, raw: object, high: int) -> int:
    expected = "a whole number from 1 to %d" % high
    text = _text(name, raw, expected)
    if not _WHOLE.fullmatch(text) or not 1 <= int(text) <= high:
        _fail(name, text, expected)
    return int(text)


def _timbres(value: str) -> FrozenSet[str]:
    name, expected = "--metastudio-timbres", "comma-separated voice asset ids or @FILE with one id per line"
    text = _text(name, value, expected, is_list=True)
    if text.startswith("@"):
        path = os.path.expanduser(text[1:])
        if not path:
            _fail(name, text, "@FILE with one voice asset id per line")
        try:
            lines = userinput.read_text(path, MAX_TIMBRE_FILE_BYTES).split("\n")
        except userinput.UserInputError as exc:
            raise OptionError("%s: timbre list %s" % (name, exc))
        ids = []
        for number, line in enumerate(lines, 1):
            timbre = line.split("#", 1)[0].strip()
            if not timbre.isprintable():  # an id with ESC or NUL would be quoted raw in MST401
                raise OptionError("%s: timbre list %s" % (name, userinput.located(
                    path, number, "id %s holds a control character" % quote(timbre))))
            ids.append(timbre)
    else:
        ids = [part.strip() for part in text.replace("\n", ",").split(",")]
    ids = [i for i in ids if i]
    if not ids:
        _fail(name, text, expected)
    return frozenset(ids)


def settings_from(values: Mapping[str, object]) -> Settings:
    """Validate raw option values: strings from argv or config, None = not
    given (then the default applies); an empty string is an error."""
    s = Settings()
    given = values.get
    raw = given("metastudio_limits_file")
    if raw is not None:
        path = _text("--metastudio-limits-file", raw, "the path of a YAML limits file")
        s.limits_file = os.path.expanduser(path)
    try:
        s.table = limits_mod.load(s.limits_file)
    except limits_mod.LimitsFileError as exc:
        raise OptionError("--metastudio-limits-file: %s" % exc)

    raw = given("metastudio_region")
    if raw is not None:
        known = s.table.region_ids
        region = _text("--metastudio-region", raw, "one of " + ", ".join(known))
        if region not in known:
            raise OptionError(clip_message("--metastudio-region: unknown region %s: expected one of %s "
                                           "(more with --metastudio-limits-file)" % (quote(region), ", ".join(known))))
        s.region = region
    raw = given("metastudio_latency")
    if raw is not None:
        s.latency = _float("--metastudio-latency", raw, *LATENCY_RANGE)
    raw = given("metastudio_replicas")
    if raw is not None:
        s.replicas = _int("--metastudio-replicas", raw, MAX_REPLICAS)
    raw = given("metastudio_max_concurrency")
    if raw is not None:
        s.max_concurrency = _int("--metastudio-max-concurrency", raw, MAX_CONCURRENCY)
    raw = given("metastudio_worker_concurrency")
    if raw is not None:
        s.worker_concurrency = _int("--metastudio-worker-concurrency", raw, MAX_CONCURRENCY)
    raw = given("metastudio_model_provider")
    if raw is not None:
        text = _text("--metastudio-model-provider", raw, "one of " + ", ".join(PROVIDERS))
        if text.lower() not in PROVIDERS:
            _fail("--metastudio-model-provider", text, "one of " + ", ".join(PROVIDERS))
        s.model_provider = text.lower()
    raw = given("metastudio_timbres")
    if raw is not None:
        s.timbres = _timbres(str(raw))
    raw = given("metastudio_source_roots")
    if raw is not None:
        s.source_roots = _folders("--metastudio-source-roots", raw)
    raw, name = given("metastudio_cache_dir"), "--metastudio-cache-dir"
    if raw is None:
        raw, name = os.environ.get(CACHE_DIR_VARIABLE) or None, CACHE_DIR_VARIABLE  # set but empty: not set
    if raw is not None:
        s.cache_dir = os.path.abspath(os.path.expanduser(_text(name, raw, "a folder")))
        if os.path.exists(s.cache_dir) and not os.path.isdir(s.cache_dir):
            _fail(name, str(raw), "a folder (this is a file)")
    raw = given("metastudio_no_cache")
    if raw is not None and _flag("--metastudio-no-cache", raw):
        if given("metastudio_cache_dir") is not None:  # which one was meant cannot be guessed
            raise OptionError("--metastudio-no-cache and --metastudio-cache-dir: give one of them")
        s.cache_dir = None
    return s


MAX_FOLDERS = 256


def _folders(name: str, raw: object) -> Tuple[str, ...]:
    text = _text(name, raw, "comma-separated folders", is_list=True)
    out = []
    for part in text.replace("\n", ",").split(","):
        part = part.strip()
        if not part:
            continue
        path = os.path.abspath(os.path.expanduser(part))
        if not os.path.isdir(path):
            _fail(name, part, "comma-separated existing folders")
        real = os.path.realpath(path)  # a link to / is / (so is /work/..)
        if os.path.dirname(real) == real:  # every file would be a module of it, named by its whole path
            _fail(name, part, "project folders, not the root of the file system")
        out.append(path)
    if not out:
        _fail(name, text, "comma-separated folders")
    if len(out) > MAX_FOLDERS:  # each is tried for every import
        raise OptionError("%s: %d folders given: at most %d" % (name, len(out), MAX_FOLDERS))
    return tuple(out)


def _flag(name: str, raw: object) -> bool:
    if raw is True or raw is False:
        return bool(raw)
    text = _text(name, raw, "true or false")
    if text.lower() in ("1", "true", "yes", "on"):
        return True
    if text.lower() in ("0", "false", "no", "off"):
        return False
    _fail(name, text, "true or false")


def register_flake8(option_manager: Any) -> None:
    for spec in OPTIONS:
        if spec.flag:
            option_manager.add_option(spec.name, default=None, action="store_true",
                                      parse_from_config=True, help=spec.help)
            continue
        option_manager.add_option(spec.name, default=spec.default, metavar=spec.metavar,
                                  parse_from_config=True, help=spec.help)
