"""live_studio: orchestrates MetaStudio smart-live rooms across our studio sites."""
