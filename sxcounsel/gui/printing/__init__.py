"""Print and export from the GUI: the ledgers on the list pages, the records in their forms.

``runner`` holds the common way (save dialog, background work, the system viewer, one sentence
for the user); ``ledger_dialogs`` the choices before a ledger is printed; ``list_actions`` and
``form_actions`` put the buttons on the pages and forms.
"""
