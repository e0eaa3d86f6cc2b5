"""The first-run wizard: school, first account, passphrase, recovery key."""
