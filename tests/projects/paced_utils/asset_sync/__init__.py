"""asset_sync: keeps our CMS in step with the MetaStudio digital-asset library."""
