"""The SDK method catalog: every method of ``MetaStudioClient`` with its HTTP
route and request class, read from ``data/sdk-methods.yaml`` so the linter
recognises SDK calls without importing the SDK."""
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from flake8_metastudio import resources

# suffixes the SDK adds to a method name: the async client's future-returning
# methods and the invoker (deferred call) variants of both clients
SUFFIXES = ("_async_invoker", "_invoker", "_async")


@dataclass(frozen=True)
class SdkMethod:
    name: str
    http: str
    request: str
    title_zh: str


class Catalog:
    def __init__(self, methods: Dict[str, SdkMethod], version: str):
        self.methods = methods
        self.version = version
        self.by_request = {m.request: m for m in methods.values()}

    def split(self, attr: str) -> Tuple[Optional[SdkMethod], str]:
        """("create_product_async", ) -> (SdkMethod, "_async"), or (None, "")."""
        method = self.methods.get(attr)
        if method is not None:
            return method, ""
        for suffix in SUFFIXES:
            if attr.endswith(suffix):
                method = self.methods.get(attr[: -len(suffix)])
                if method is not None:
                    return method, suffix
        return None, ""

    def for_request(self, class_name: str) -> Optional[SdkMethod]:
        return self.by_request.get(class_name)


_CATALOG: Optional[Catalog] = None


def load() -> Catalog:
    global _CATALOG
    if _CATALOG is None:
        from flake8_metastudio import compiled

        doc = compiled.document("sdk-methods.yaml")  # its JSON copy: no pyyaml import, no YAML parse
        if doc is None:
            import yaml

            path = resources.data_path("sdk-methods.yaml")
            with open(path, encoding="utf-8") as fh:
                doc = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        methods = {
            name: SdkMethod(name=name, http=info["http"], request=info["request"], title_zh=info["title_zh"])
            for name, info in doc["methods"].items()
        }
        _CATALOG = Catalog(methods, str(doc["sdk"]["version"]))
    return _CATALOG
