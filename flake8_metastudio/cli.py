"""``python -m flake8_metastudio``: the standalone entry point.

    python -m flake8_metastudio limits [--format json|table] [--region R] [--metastudio-limits-file PATH]
"""
import argparse
import json
import sys
from typing import List, Optional

from flake8_metastudio import __version__, limits as limits_mod


def _limits(args) -> int:
    try:
        table = limits_mod.load(args.metastudio_limits_file)
    except limits_mod.LimitsFileError as exc:
        sys.stderr.write("metastudio-lint: error: --metastudio-limits-file: %s\n" % exc)
        return 2
    regions = table.region_ids
    if args.region is not None:
        if args.region not in regions:
            sys.stderr.write("metastudio-lint: error: --region: unknown region %r: expected one of %s\n"
                             % (args.region, ", ".join(regions)))
            return 2
        regions = [args.region]
    rows = [r.as_json(regions) for r in table.rows]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    headers = ["API", "SDK method", "HTTP"] + regions
    body = [[r["api"], r["sdk_method"] or "-", r["http"] or "-"]
            + ["-" if r["limits"][g] is None else str(r["limits"][g]) for g in regions] for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(headers), line(["-" * w for w in widths])] + [line(b) for b in body]
    src = table.source
    out.append("")
    out.append("%d APIs; calls per second per tenant; '-' = not offered. Source: vendor table updated %s, "
               "SDK huaweicloudsdkmetastudio %s%s." % (len(rows), src.get("updated", "?"),
                                                       table.sdk.get("version", "?"),
                                                       "; overrides from %s" % src["override"]
                                                       if src.get("override") else ""))
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m flake8_metastudio",
                                     description="MetaStudio API throttling linter.")
    parser.add_argument("--version", action="version", version="flake8-metastudio %s" % __version__)
    sub = parser.add_subparsers(dest="command")
    lim = sub.add_parser("limits", help="print the limits table (bundled, merged with any override file)")
    lim.add_argument("--format", choices=("json", "table"), default="table")
    lim.add_argument("--region", help="only this region's limits")
    lim.add_argument("--metastudio-limits-file", metavar="PATH", help="override/extension file (same schema)")
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "limits":
            return _limits(args)
    except BrokenPipeError:  # `... | head`
        sys.stderr.close()
        return 0
    parser.print_help()
    return 2
