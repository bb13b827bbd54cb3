//! Tables of (input, CPython 3.11 output), generated with python3.

mod float;
mod int_str;
mod round;

pub(crate) use float::*;
pub(crate) use int_str::*;
pub(crate) use round::*;
