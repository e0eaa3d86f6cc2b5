"""sxcounsel: encrypted records for school counseling rooms and county guidance centers."""

__version__ = "0.1.0"
