"""Async REST access to MetaStudio."""
