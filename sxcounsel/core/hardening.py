"""Process hardening that costs nothing: no core dumps (they would hold decrypted records)."""

from __future__ import annotations


def disable_core_dumps() -> bool:
    """Set the core-file size limit to 0 where the OS has one; True if it is now 0."""
    try:
        import resource
    except ImportError:  # Windows: no rlimits; Windows Error Reporting is configured by policy
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
