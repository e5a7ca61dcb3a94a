"""asset_sync: keeps the studio's MetaStudio digital assets and video scripts in order."""
