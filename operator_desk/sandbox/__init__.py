"""The embedded sandbox marketplace: a Mirakl-compatible HTTP server with generated data."""
