"""Wrappers around the MetaStudio product and asset APIs."""
