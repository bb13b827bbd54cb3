//! CPython-compatible text formatting: float repr, format specs, %-formatting.
//!
//! Every function returns `Err(message)` with CPython's exact message where CPython
//! raises; [`error_type`] tells which exception class a message belongs to.

mod float_repr;
mod percent;
mod round;
mod spec;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_data;

pub use float_repr::{double_to_string, float_repr};
pub use percent::{
    parse_percent, percent_arg_type_error, render_percent, ArgCursor, ArgRef, Count, PercentFlags,
    PercentItem, PercentKey, PercentSpec, PercentValue,
};
pub use round::{round_float, round_float_to_int, round_half_even, round_int};
pub use spec::{
    format_float, format_float_parsed, format_int, format_int_typed, format_str, int_to_f64, parse_spec,
    parse_spec_for, unknown_code, FormatSpec, Grouping,
};

/// The Python exception class for an error message produced by this module:
/// `"TypeError"`, `"OverflowError"` or `"ValueError"`.
pub fn error_type(message: &str) -> &'static str {
    const TYPE_ERRORS: &[&str] = &[
        "not enough arguments for format string",
        "not all arguments converted during string formatting",
        "format requires a mapping",
        "* wants int",
        "%c requires int or char",
        "must be real number, not ",
    ];
    if TYPE_ERRORS.iter().any(|p| message.starts_with(p))
        || (message.starts_with('%') && message.contains(" format: a"))
    {
        "TypeError"
    } else if message.starts_with("%c arg not in range")
        || message.starts_with("int too large to convert to float")
        || message.starts_with("Python int too large")
        || message.starts_with("rounded value too large")
        || message.starts_with("cannot convert float infinity")
    {
        "OverflowError"
    } else {
        "ValueError"
    }
}
