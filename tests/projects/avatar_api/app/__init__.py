"""avatar-api: the studio front-end's gateway to MetaStudio."""
