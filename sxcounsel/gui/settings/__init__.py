"""The Settings page and its dialogs."""
