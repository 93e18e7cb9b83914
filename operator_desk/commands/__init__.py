"""Headless sub-commands of `operator-desk`; each module exposes register(subparsers)."""
