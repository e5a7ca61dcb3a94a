"""Offline: pre-render a whole book, one chapter line after another."""
import sys

from .tts import submit_tts


def render(path):
    with open(path, encoding="utf-8") as fh:
        lines = [line.strip() for line in fh if line.strip()]
    return list(map(submit_tts, lines))  # expect: MST101


if __name__ == "__main__":
    print(render(sys.argv[1]))
