"""Long-running batch jobs; the CLI is the only caller."""
