"""Product and asset maintenance for the Shanghai live shop, throttled to the vendor limits."""
