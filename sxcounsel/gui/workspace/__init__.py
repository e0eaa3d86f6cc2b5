"""The unlocked workspace: navigation, pages, status bar."""
