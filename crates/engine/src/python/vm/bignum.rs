//! What arithmetic on big ints costs, in memory and in work.
//!
//! CPython computes `3 ** 2000000` in a fifth of a second and `3 ** 20000000`
//! in six; a program may do either, so neither may be refused. What must not
//! happen is a single operation that outgrows the machine's memory or runs for
//! minutes with the run unable to stop. So before a big result is computed its
//! size is checked against the memory budget (MemoryError, as when CPython's
//! malloc fails), and the native work it takes is charged to the instruction
//! budget, so a loop of huge products meets the instruction limit as a loop of
//! small ones does.
//!
//! The work estimates are integer formulas (no floating point, so they are the
//! same natively and in wasm), fitted to num-bigint on this kind of machine:
//! one charged instruction is about what the VM spends on one bytecode, and a
//! product of n limbs grows as about n^1.5 (Karatsuba and Toom-3).

use super::super::value::Value;
use super::{Ctl, Process};
use num_bigint::BigInt;

/// Operands up to this many 64-bit limbs cost about what one bytecode does.
const SMALL_LIMBS: u64 = 64;

/// At most how many decimal digits an int of `bits` bits has.
pub(crate) fn max_decimal_digits(bits: u64) -> u64 {
    bits.saturating_mul(30103) / 100_000 + 1
}

fn limbs(bits: u64) -> u64 {
    bits.div_ceil(64)
}

/// A product of about `bits` bits.
pub(crate) fn mul_work(bits: u64) -> u64 {
    let n = limbs(bits);
    if n <= SMALL_LIMBS {
        return 0;
    }
    n.saturating_mul(n.isqrt()).saturating_mul(3) / 2
}

/// A sum, difference, shift or bitwise operation with a result of `bits` bits.
pub(crate) fn linear_work(bits: u64) -> u64 {
    let n = limbs(bits);
    if n <= SMALL_LIMBS {
        0
    } else {
        n / 4
    }
}

/// A division of `x_bits` by `y_bits`: linear in the dividend when the divisor
/// or the quotient is short, about n^1.5 when both are long.
pub(crate) fn div_work(x_bits: u64, y_bits: u64) -> u64 {
    let (x, y) = (limbs(x_bits), limbs(y_bits));
    if x <= SMALL_LIMBS {
        return 0;
    }
    let q = x.saturating_sub(y) + 1;
    x.saturating_mul(q.min(y).isqrt().max(1)).saturating_mul(2)
}

/// Conversion between an int of `bits` bits and its decimal digits.
pub(crate) fn decimal_work(bits: u64) -> u64 {
    mul_work(bits).saturating_mul(4)
}

/// At least how many decimal digits an int of `bits` bits has (log10 2 is
/// 0.30103..., rounded down so that this never overstates).
pub(crate) fn min_decimal_digits(bits: u64) -> u64 {
    bits.saturating_sub(1).saturating_mul(30102) / 100_000 + 1
}

/// log2 |x| in 65536ths, rounded up, in integer arithmetic (the same on every
/// host): the top 32 bits are a mantissa in [1, 2) whose square, halved when it
/// passes 2, yields one bit of the fraction at a time.
pub(crate) fn log2_fixed(x: &BigInt) -> u64 {
    use num_traits::ToPrimitive;
    let bits = x.bits();
    if bits == 0 {
        return 0;
    }
    let top = (x.magnitude() >> bits.saturating_sub(32)).to_u64().unwrap_or(0) << 32u64.saturating_sub(bits);
    let (mut y, mut frac) = (top as u128, 0u64);
    for i in (0..16).rev() {
        y = (y * y) >> 31;
        if y >= 1 << 32 {
            y >>= 1;
            frac |= 1 << i;
        }
    }
    ((bits - 1) << 16) + frac + 1
}

impl Process {
    /// Before making a big int of about `bits` bits with `work` instructions of
    /// native work: MemoryError when it would not fit the memory budget, the
    /// instruction limit when the work passes it; the result's bytes are counted.
    pub(crate) fn big_result(&mut self, bits: u64, work: u64) -> Result<(), Ctl> {
        if bits <= SMALL_LIMBS * 64 {
            return Ok(());
        }
        let bytes = usize::try_from(bits / 8).unwrap_or(usize::MAX).saturating_add(32);
        self.check_bytes(bytes)?;
        if self.over_budget(bytes) {
            return Err(self.err("MemoryError", ""));
        }
        self.charge(work)?;
        crate::python::memory::grew(bytes);
        Ok(())
    }

    /// `x ** e` for a non-negative `e`: the result's size is known before it
    /// is computed (at most `e` times the base's bits).
    pub(crate) fn big_pow(&mut self, x: BigInt, e: &BigInt) -> Result<Value, Ctl> {
        use num_traits::{One, Signed, ToPrimitive, Zero};
        if x.is_zero() || x.abs().is_one() {
            // 0, 1 and -1 to any power depend only on whether it is 0 and its parity.
            let e = if e.is_zero() { 0 } else if e.bit(0) { 1 } else { 2 };
            return Ok(super::super::value::int_from_big(num_traits::pow::pow(x, e)));
        }
        let e = e.to_u64().unwrap_or(u64::MAX);
        let bits = log2_fixed(&x).saturating_mul(e) >> 16;
        // Repeated squaring: the last square is most of it, and measures about
        // two thirds of a product of the result's size.
        self.big_result(bits, mul_work(bits) / 3 * 2)?;
        Ok(super::super::value::int_from_big(num_traits::pow::pow(x, e as usize)))
    }

    /// Before `b` is written in decimal: CPython's limit on the digits of an
    /// int's string (refused before the superlinear conversion is paid for when
    /// the size alone decides), and the conversion's work.
    pub(crate) fn check_decimal(&mut self, b: &BigInt) -> Result<(), Ctl> {
        let bits = b.bits();
        let lim = self.int_max_str_digits as u64;
        if lim > 0 && max_decimal_digits(bits) > lim {
            if min_decimal_digits(bits) > lim || b.magnitude().to_string().len() as u64 > lim {
                return Err(self.int_str_limit_error());
            }
        }
        self.charge(decimal_work(bits))
    }

    pub(crate) fn int_str_limit_error(&mut self) -> Ctl {
        let lim = self.int_max_str_digits;
        self.value_error(format!("Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim))
    }

    /// `pow(b, e, m)`: one modular product per bit of the exponent, twice.
    pub(crate) fn charge_modpow(&mut self, e: &BigInt, m: &BigInt) -> Result<(), Ctl> {
        let products = e.bits().saturating_mul(2);
        let each = mul_work(m.bits().saturating_mul(2)).max(1).saturating_add(div_work(m.bits() * 2, m.bits()));
        self.charge(products.saturating_mul(each))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log2_is_close_and_never_under() {
        for (x, log2) in [(2u64, 1.0f64), (3, 1.584962500721156), (10, 3.321928094887362), (1 << 40, 40.0), (u64::MAX, 64.0)] {
            let got = log2_fixed(&BigInt::from(x)) as f64 / 65536.0;
            assert!(got >= log2 && got - log2 < 0.0005, "log2({x}) = {got}");
        }
    }

    #[test]
    fn decimal_digit_bounds_hold_around_powers_of_ten() {
        for k in [1u32, 5, 19, 300, 4300] {
            let p = num_traits::pow::pow(BigInt::from(10), k as usize);
            for n in [p.clone() - 1u32, p.clone(), p + 1u32] {
                let digits = n.to_string().len() as u64;
                assert!(min_decimal_digits(n.bits()) <= digits && digits <= max_decimal_digits(n.bits()), "{k}");
            }
        }
    }

    #[test]
    fn small_operands_cost_nothing_and_big_ones_grow_superlinearly() {
        assert_eq!(mul_work(4096), 0);
        assert!(mul_work(64_000_000) >= 7 * mul_work(16_000_000));
        assert_eq!(div_work(1 << 30, 64) / 2, (1u64 << 30).div_ceil(64));
    }
}
