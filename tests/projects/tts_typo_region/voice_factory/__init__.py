"""voice_factory: text-to-speech service on top of MetaStudio."""
