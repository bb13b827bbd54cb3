//! CPython-compatible text formatting: float repr, format specs, %-formatting.
