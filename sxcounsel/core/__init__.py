"""Domain: records, enums, validation, permissions. No Qt, no SQL."""
