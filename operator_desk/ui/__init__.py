"""PySide6 user interface: pages, item models, dialogs. Reaches data only through services."""
