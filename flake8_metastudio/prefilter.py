"""The cheap text check that runs before any parsing: files that never
mention MetaStudio (the SDK, a MetaStudio host, or a path segment only
MetaStudio's API uses) are skipped without importing LibCST."""
import re

MARKERS = re.compile(
    r"metastudio"
    r"|/(?:digital-assets|digital-human-|2d-digital-human|smart-live|smart-chat|voice-training-manage"
    r"|subtitle-files|live-platforms|ttsc/)",
    re.IGNORECASE)


def mentions_metastudio(text: str) -> bool:
    return MARKERS.search(text) is not None
