"""Write (or check) the JSON copies of the bundled YAML data files that the
linter reads instead of parsing YAML in every process (see
``flake8_metastudio/compiled.py``).

    python tools/compile_data.py           # rewrite data/*.json from data/*.yaml
    python tools/compile_data.py --check   # exit 1 if a copy is missing or stale
"""
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from flake8_metastudio import compiled, strict_yaml  # noqa: E402


def expected(name: str) -> str:
    """The JSON copy of ``data/<name>``, parsed by the loader the linter reads it with."""
    path = os.path.join(ROOT, "data", name)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if name == "metastudio-limits.yaml":
        doc = strict_yaml.load(text)  # the limits loader's own number and key rules
    else:
        doc = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return compiled.compile_text(path, doc)


def main(argv) -> int:
    check = "--check" in argv
    stale = []
    for name in compiled.BUNDLED:
        target = os.path.join(ROOT, "data", compiled.json_name(name))
        text = expected(name)
        try:
            with open(target, encoding="utf-8") as fh:
                same = fh.read() == text
        except OSError:
            same = False
        if same:
            continue
        stale.append(target)
        if not check:
            with open(target, "w", encoding="utf-8") as fh:
                fh.write(text)
    for path in stale:
        print("%s %s" % ("stale:" if check else "wrote", os.path.relpath(path, ROOT)))
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
