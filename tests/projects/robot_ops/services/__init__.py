"""Service layer over the MetaStudio intelligent-interaction APIs. Tasks call these, never the SDK."""
