"""A chat bot that reads stories aloud with MetaStudio TTS."""
