"""Qt widgets and windows: they show state and forward intent; the logic lives in core/ and db/."""
