"""Screenshots of the app, offscreen, for review and documentation (not shipped with the app).

From the repository root: ``python3 -m tools.screenshots OUTDIR`` renders the school's screens
(school.py, with the records of pages.py), ``python3 -m tools.screenshots.county OUTDIR`` the
county center's (county.py).
"""
