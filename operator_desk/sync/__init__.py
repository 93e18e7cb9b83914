"""Pull and push engines; they run off the UI thread."""
