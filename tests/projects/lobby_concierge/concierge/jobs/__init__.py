"""Operational jobs (rollout, livestream operations, TTS batches)."""
