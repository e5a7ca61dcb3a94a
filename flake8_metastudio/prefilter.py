"""The cheap text check that runs before any parsing: files that never
mention the MetaStudio SDK are skipped without importing LibCST."""
MARKERS = ("huaweicloudsdkmetastudio",)


def mentions_metastudio(text: str) -> bool:
    return any(marker in text for marker in MARKERS)
