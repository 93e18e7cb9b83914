"""SQLAlchemy 2 stores: the cache (rebuildable), later the outbox and the team store."""
