"""Raw REST access to MetaStudio for services that cannot ship the SDK."""
