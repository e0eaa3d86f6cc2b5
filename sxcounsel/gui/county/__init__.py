"""The county center's workspace (a county store): inbox, schools, county-wide follow-up."""
