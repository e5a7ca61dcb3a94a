"""Options, defined once: flake8 registers them (command line and [flake8]
config), the standalone CLI adds them to its own parser, and both validate
them here.  A bad value is an ``OptionError`` whose text is one line naming
the option, the value, and what is allowed.
"""
import os
from dataclasses import dataclass, field
from typing import Any, FrozenSet, List, Mapping, Optional

from flake8_metastudio import limits as limits_mod

PROVIDERS = ("aiui", "spark", "cbs", "third-party-driver", "third-party-llm", "assistant", "mobvoi")


class OptionError(Exception):
    pass


@dataclass(frozen=True)
class OptionSpec:
    name: str  # "--metastudio-region"
    default: Optional[str]
    help: str
    metavar: str

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
    OptionSpec("--metastudio-limits-file", None,
               "YAML file that extends or overrides the bundled limits table (same schema).", "PATH"),
    OptionSpec("--metastudio-model-provider", None,
               "Model provider of the application where the code does not say: %s." % ", ".join(PROVIDERS),
               "PROVIDER"),
    OptionSpec("--metastudio-timbres", None,
               "Allowed timbre (voice asset) ids, comma-separated, or @FILE with one id per line.", "IDS"),
]


@dataclass
class Settings:
    region: str = "cn-north-4"
    latency: float = 0.1
    replicas: int = 1
    max_concurrency: int = 32
    limits_file: Optional[str] = None
    model_provider: Optional[str] = None
    timbres: Optional[FrozenSet[str]] = None
    # always set by settings_from (None only on a bare Settings())
    table: "limits_mod.LimitsTable" = field(default=None, repr=False)  # type: ignore[assignment]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _float(name: str, value: object, low: float, what: str) -> float:
    try:
        number = float(str(value).strip())
    except ValueError:
        raise OptionError("%s: invalid value %r: expected %s" % (name, value, what))
    if not (number == number) or number in (float("inf"), float("-inf")) or number <= low:
        raise OptionError("%s: invalid value %r: expected %s" % (name, value, what))
    return number


def _int(name: str, value: object, low: float, what: str) -> int:
    text = str(value).strip()
    try:
        number = int(text)
    except ValueError:
        raise OptionError("%s: invalid value %r: expected %s" % (name, value, what))
    if number < low:
        raise OptionError("%s: invalid value %r: expected %s" % (name, value, what))
    return number


def _timbres(value: str) -> FrozenSet[str]:
    text = value.strip()
    if text.startswith("@"):
        path = os.path.expanduser(text[1:])
        try:
            with open(path, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise OptionError("--metastudio-timbres: cannot read timbre list %r (%s): expected @FILE "
                              "with one voice asset id per line" % (path, getattr(exc, "strerror", None) or exc))
        ids = [ln.split("#", 1)[0].strip() for ln in lines]
    else:
        ids = [part.strip() for part in text.replace("\n", ",").split(",")]
    ids = [i for i in ids if i]
    if not ids:
        raise OptionError("--metastudio-timbres: invalid value %r: expected comma-separated voice asset ids "
                          "or @FILE with one id per line" % value)
    return frozenset(ids)


def settings_from(values: Mapping[str, object]) -> Settings:
    """Validate raw option values (strings from argv or config; None = unset)."""
    get = lambda spec: values.get(spec.dest)  # noqa: E731
    s = Settings()
    by = {spec.dest: spec for spec in OPTIONS}

    raw = get(by["metastudio_limits_file"])
    if not _blank(raw):
        s.limits_file = os.path.expanduser(str(raw).strip())
    try:
        s.table = limits_mod.load(s.limits_file)
    except limits_mod.LimitsFileError as exc:
        raise OptionError("--metastudio-limits-file: %s" % exc)

    raw = get(by["metastudio_region"])
    if not _blank(raw):
        region = str(raw).strip()
        known = s.table.region_ids
        if region not in known:
            raise OptionError("--metastudio-region: unknown region %r: expected one of %s "
                              "(add regions with --metastudio-limits-file)" % (region, ", ".join(known)))
        s.region = region
    raw = get(by["metastudio_latency"])
    if not _blank(raw):
        s.latency = _float("--metastudio-latency", raw, 0, "a number of seconds greater than 0, e.g. 0.1")
    raw = get(by["metastudio_replicas"])
    if not _blank(raw):
        s.replicas = _int("--metastudio-replicas", raw, 1, "a whole number >= 1")
    raw = get(by["metastudio_max_concurrency"])
    if not _blank(raw):
        s.max_concurrency = _int("--metastudio-max-concurrency", raw, 1, "a whole number >= 1")
    raw = get(by["metastudio_model_provider"])
    if not _blank(raw):
        provider = str(raw).strip().lower()
        if provider not in PROVIDERS:
            raise OptionError("--metastudio-model-provider: invalid value %r: expected one of %s"
                              % (raw, ", ".join(PROVIDERS)))
        s.model_provider = provider
    raw = get(by["metastudio_timbres"])
    if not _blank(raw):
        s.timbres = _timbres(str(raw))
    return s


def register_flake8(option_manager: Any) -> None:
    for spec in OPTIONS:
        option_manager.add_option(spec.name, default=spec.default, metavar=spec.metavar,
                                  parse_from_config=True, help=spec.help)
