"""HTTP gateway in front of MetaStudio text-to-speech for the content team."""
