"""voice-lab: batch voice training and TTS on Huawei Cloud MetaStudio."""
__version__ = "1.2.0"
