"""Environment settings. Workers load ``settings.prod``; ``settings.base`` holds the shared defaults."""
