"""HTTP blueprints of the asset portal."""
