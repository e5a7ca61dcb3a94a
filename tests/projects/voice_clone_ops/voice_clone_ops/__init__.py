"""Voice-clone operations: create, submit, track and clean up MetaStudio voice-training jobs."""
