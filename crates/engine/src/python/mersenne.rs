//! The Mersenne Twister and the algorithms of CPython's `random` module.
