//! Float to text exactly as CPython's `PyOS_double_to_string` / `format_float_short`.
//!
//! Digits come from Rust's float formatting, which yields the shortest round-trip
//! digits for `{}`/`{:e}` and correctly rounded (half-even on the exact binary value)
//! digits for an explicit precision; the layout is then CPython's.

/// `repr(x)` / `str(x)` for a Python float.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, false, true, false, false)
}

/// Digits of `|x|` as `_Py_dg_dtoa` returns them: no trailing zeros, and `decpt` such
/// that `|x| = 0.DIGITS * 10**decpt`. Zero is `"0"` with `decpt` 1. In mode 3 (fixed)
/// a nonzero value that rounds to zero gives `""` with `decpt = -precision`.
/// `mode`: 0 shortest, 2 `ndigits` significant digits, 3 `ndigits` after the point.
fn dtoa(ax: f64, mode: u8, ndigits: usize) -> (Vec<u8>, i64) {
    if ax == 0.0 {
        return (vec![b'0'], 1);
    }
    let (mut digits, decpt) = match mode {
        3 => {
            let s = format!("{:.*}", ndigits, ax);
            let (int_part, frac) = match s.find('.') {
                Some(p) => (&s[..p], &s[p + 1..]),
                None => (&s[..], ""),
            };
            let mut all: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
            let lead = all.iter().take_while(|&&b| b == b'0').count();
            if lead == all.len() {
                return (Vec::new(), -(ndigits as i64));
            }
            all.drain(..lead);
            (all, int_part.len() as i64 - lead as i64)
        }
        _ => {
            let s = if mode == 0 {
                // Rust's shortest digits break ties between two equally close
                // shortest candidates upwards; CPython's dtoa takes the correctly
                // rounded (half-even) one when it round-trips.
                let short = format!("{:e}", ax);
                let n = short.find('e').unwrap_or(short.len()).saturating_sub(1).max(1);
                let exact = format!("{:.*e}", n.saturating_sub(1), ax);
                if exact != short && exact.parse::<f64>().ok() == Some(ax) {
                    exact
                } else {
                    short
                }
            } else {
                format!("{:.*e}", ndigits.saturating_sub(1), ax)
            };
            let (mant, exp) = match s.find('e') {
                Some(p) => (&s[..p], &s[p + 1..]),
                None => (&s[..], "0"),
            };
            let exp: i64 = exp.parse().unwrap_or(0);
            let all: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
            (all, exp + 1)
        }
    };
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
/// `code` is one of `e E f F g G r` (`r` ignores `precision`).
/// Flags: `sign` (always add a sign), `add_dot_0` (integers get `.0`), `alt` (`#`),
/// `no_neg_0` (`z`: negative zero after rounding loses its sign).
pub fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let lower = code.to_ascii_lowercase();
    let negative = x.is_sign_negative() && !x.is_nan();
    let mut out = String::new();
    if x.is_nan() {
        if sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    if x.is_infinite() {
        if negative {
            out.push('-');
        } else if sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let (mode, mut precision) = match lower {
        'e' => (2u8, precision.saturating_add(1)),
        'f' => (3u8, precision),
        'g' => (2u8, precision.max(1)),
        _ => (0u8, 0),
    };
    let (digits, mut decpt) = dtoa(x.abs(), mode, precision);
    if lower == 'r' {
        precision = 0;
    }
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match lower {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let is_zero = digits.iter().all(|&d| d == b'0');
    if negative && !(no_neg_0 && is_zero) {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| {
        for &b in d {
            out.push(b as char);
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let d = decpt as usize;
        push_digits(&mut out, &digits[..d]);
        out.push('.');
        push_digits(&mut out, &digits[d..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}
