"""Plain frozen dataclasses and rules: what the core hands to the CLI, the UI and the sync engine."""
