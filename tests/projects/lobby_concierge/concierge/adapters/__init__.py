"""Backends that provision the concierge applications."""
