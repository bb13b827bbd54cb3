//! `round()` for floats and ints, as CPython's `float.__round__` / `int.__round__`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Zero};

/// `round(x)` (no ndigits): half-even to an int.
/// Errors: "cannot convert float NaN to integer" (ValueError),
/// "cannot convert float infinity to integer" (OverflowError).
pub fn round_float_to_int(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("cannot convert float NaN to integer".into());
    }
    if x.is_infinite() {
        return Err("cannot convert float infinity to integer".into());
    }
    BigInt::from_f64(x.round_ties_even()).ok_or_else(|| "cannot convert float infinity to integer".into())
}

/// `round(x, ndigits)` for a float: correctly rounded, half-even on the exact binary
/// value (`round(2.675, 2) == 2.67`). Error (OverflowError):
/// "rounded value too large to represent".
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp_bits - 1075) };
    let ten = BigInt::from(10u32);
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
    } else {
        den *= num_traits::pow(ten, (-ndigits) as usize);
    }
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let n = div_round_half_even(&num, &den);
    let s = format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, n, -ndigits);
    let r: f64 = s.parse().unwrap_or(f64::NAN);
    if r.is_infinite() {
        return Err("rounded value too large to represent".into());
    }
    Ok(r)
}

/// Like [`round_float`], giving `inf` instead of the overflow error.
pub fn round_half_even(x: f64, ndigits: i64) -> f64 {
    round_float(x, ndigits).unwrap_or(if x < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY })
}

/// num/den rounded to the nearest integer, ties to even (den > 0, num >= 0).
fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = &r * 2u32;
    if twice > *den || (twice == *den && q.is_odd()) {
        q + 1u32
    } else {
        q
    }
}

/// `round(v, ndigits)` for an int: unchanged for ndigits >= 0, else rounded to a
/// multiple of 10**-ndigits, ties to even (`round(1250, -2) == 1200`).
pub fn round_int(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return v.clone();
    }
    let k = ndigits.unsigned_abs();
    // |v| < 10**(digits) <= 10**k / 2 when k > digits(v): the result is 0.
    let max_digits = v.bits() as f64 * std::f64::consts::LOG10_2 + 2.0;
    if k as f64 > max_digits {
        return BigInt::zero();
    }
    let b = num_traits::pow(BigInt::from(10u32), k as usize);
    // divmod_near: q, r = divmod(v, b); round q half-even; result = v - r.
    let (q, r) = v.div_mod_floor(&b);
    let twice: BigInt = &r * 2u32;
    let up = twice > b || (twice == b && q.is_odd());
    let r = if up { r - &b } else { r };
    v - r
}
