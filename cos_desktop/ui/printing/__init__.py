"""Printing: the export and print dialogs and the documents offered after a session."""
