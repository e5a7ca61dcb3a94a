"""JSON copies of the bundled YAML data files, read instead of the YAML.

Every process that lints needs the limits table and the SDK method catalog:
parsing their YAML (and importing pyyaml) cost more than the analysis of a
small file, each time flake8 starts.  ``tools/compile_data.py`` writes
``data/<name>.json`` next to each bundled ``data/<name>.yaml``, holding the
parsed document and the SHA-1 of the YAML text it was made from.  A copy is
used only when that hash matches the YAML file as it is now, so a YAML file
edited without recompiling is read as YAML (slower, never stale);
``tests/test_compiled_data.py`` fails until the copies are rewritten.  User
files (a ``--metastudio-limits-file`` override) are always read as YAML.
"""
import hashlib
import json
import os
from typing import Any, Optional

from flake8_metastudio import resources

# the files every linting process reads (the region names for typo hints are read only on a typo)
BUNDLED = ("metastudio-limits.yaml", "sdk-methods.yaml")


def json_name(yaml_name: str) -> str:
    return os.path.splitext(yaml_name)[0] + ".json"


def yaml_digest(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha1(fh.read()).hexdigest()


def document(yaml_name: str) -> Optional[Any]:
    """The parsed document of the bundled data file ``yaml_name``, from its
    JSON copy; None when there is no copy or it was made from other text."""
    try:
        copy_path = resources.data_path(json_name(yaml_name))
        digest = yaml_digest(resources.data_path(yaml_name))
        with open(copy_path, encoding="utf-8") as fh:
            held = json.load(fh)
    except (OSError, ValueError):  # FileNotFoundError from data_path is an OSError
        return None
    if not isinstance(held, dict) or held.get("yaml_sha1") != digest:
        return None
    return held.get("document")


def compile_text(yaml_path: str, doc: Any) -> str:
    """The JSON copy of ``doc``, the document parsed from ``yaml_path``."""
    # keys in the YAML's order (not sorted): the order of regions and rows is the table's
    return json.dumps({"generated_by": "tools/compile_data.py", "yaml_sha1": yaml_digest(yaml_path),
                       "document": doc}, ensure_ascii=False, indent=0) + "\n"
