//! The `math` module.

use super::{add_fns, num_arg, set};
use crate::python::value::{int_from_big, to_big, ObjId, Value};
use crate::python::vm::{Ctl, Process};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

pub fn init(p: &mut Process, d: ObjId) {
    set(p, d, "pi", Value::Float(std::f64::consts::PI));
    set(p, d, "e", Value::Float(std::f64::consts::E));
    set(p, d, "tau", Value::Float(std::f64::consts::TAU));
    set(p, d, "inf", Value::Float(f64::INFINITY));
    set(p, d, "nan", Value::Float(f64::NAN));
    add_fns(
        p,
        d,
        &[
            ("sqrt", sqrt), ("floor", floor), ("ceil", ceil), ("trunc", trunc), ("fabs", fabs), ("pow", pow),
            ("exp", exp), ("log", log), ("log2", log2), ("log10", log10), ("sin", sin), ("cos", cos), ("tan", tan),
            ("asin", asin), ("acos", acos), ("atan", atan), ("atan2", atan2), ("hypot", hypot), ("degrees", degrees),
            ("radians", radians), ("factorial", factorial), ("gcd", gcd), ("lcm", lcm), ("isqrt", isqrt),
            ("isclose", isclose), ("isfinite", isfinite), ("isinf", isinf), ("isnan", isnan), ("fsum", fsum),
            ("prod", prod), ("comb", comb), ("perm", perm), ("copysign", copysign), ("fmod", fmod), ("modf", modf),
            ("dist", dist), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("log1p", log1p), ("expm1", expm1),
            ("exp2", exp2), ("remainder", remainder), ("frexp", frexp), ("ldexp", ldexp), ("cbrt", cbrt), ("asinh", asinh), ("acosh", acosh), ("atanh", atanh), ("erf", erf), ("ulp", ulp),
        ],
    );
}

fn f1(p: &mut Process, a: &[Value]) -> Result<f64, Ctl> {
    match a.first() {
        Some(v) => num_arg(p, v),
        None => Err(p.type_error("math function takes exactly one argument (0 given)")),
    }
}

fn domain(p: &mut Process) -> Ctl {
    p.value_error("math domain error")
}

macro_rules! unary {
    ($name:ident, $f:expr, $check:expr) => {
        fn $name(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
            let x = f1(p, &a)?;
            let check: fn(f64) -> bool = $check;
            if !check(x) {
                return Err(domain(p));
            }
            let f: fn(f64) -> f64 = $f;
            Ok(Value::Float(f(x)))
        }
    };
}

unary!(sqrt, f64::sqrt, |x| x >= 0.0 || x.is_nan());
unary!(fabs, f64::abs, |_| true);
unary!(exp, f64::exp, |_| true);
unary!(log2, f64::log2, |x| x > 0.0);
unary!(log10, f64::log10, |x| x > 0.0);
unary!(sin, f64::sin, |x| !x.is_infinite());
unary!(cos, f64::cos, |x| !x.is_infinite());
unary!(tan, f64::tan, |x| !x.is_infinite());
unary!(asin, f64::asin, |x| (-1.0..=1.0).contains(&x));
unary!(acos, f64::acos, |x| (-1.0..=1.0).contains(&x));
unary!(atan, f64::atan, |_| true);
unary!(sinh, f64::sinh, |_| true);
unary!(cosh, f64::cosh, |_| true);
unary!(tanh, f64::tanh, |_| true);
unary!(degrees, f64::to_degrees, |_| true);
fn remainder(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let x = num_arg(p, a.first().unwrap_or(&Value::None))?;
    let y = num_arg(p, a.get(1).unwrap_or(&Value::None))?;
    if y == 0.0 {
        return Err(domain(p));
    }
    let n = (x / y).round();
    let n = if ((x / y) - (x / y).trunc()).abs() == 0.5 { 2.0 * ((x / y) / 2.0).round() } else { n };
    Ok(Value::Float(x - n * y))
}

fn frexp(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let x = f1(p, &a)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(p.alloc(crate::python::heap::Obj::Tuple(vec![Value::Float(x), Value::Int(0)].into())));
    }
    let mut e = x.abs().log2().floor() as i64 + 1;
    let mut m = x / 2f64.powi(e as i32);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    Ok(p.alloc(crate::python::heap::Obj::Tuple(vec![Value::Float(m), Value::Int(e)].into())))
}

fn ldexp(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let x = num_arg(p, a.first().unwrap_or(&Value::None))?;
    let e = crate::python::builtins::as_int(p, a.get(1).unwrap_or(&Value::Int(0)))?;
    Ok(Value::Float(x * 2f64.powi(e as i32)))
}

unary!(log1p, f64::ln_1p, |x| x > -1.0);
unary!(expm1, f64::exp_m1, |_| true);
unary!(exp2, f64::exp2, |_| true);
unary!(cbrt, f64::cbrt, |_| true);
unary!(asinh, f64::asinh, |_| true);
unary!(acosh, f64::acosh, |x| x >= 1.0);
unary!(atanh, f64::atanh, |x| x > -1.0 && x < 1.0);
unary!(ulp, |x: f64| { let a = x.abs(); f64::from_bits(a.to_bits() + 1) - a }, |_| true);
unary!(erf, |x: f64| {
    // Abramowitz-Stegun 7.1.26 refined by a series for small |x|.
    let t = 1.0 / (1.0 + 0.5 * x.abs());
    let y = 1.0 - t * (-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))).exp();
    if x >= 0.0 { y } else { -y }
}, |_| true);
unary!(radians, f64::to_radians, |_| true);

fn int_round(p: &mut Process, a: &[Value], f: fn(f64) -> f64) -> Result<Value, Ctl> {
    let v = a.first().cloned().unwrap_or(Value::None);
    if let Some(b) = to_big(&v) {
        return Ok(int_from_big(b));
    }
    let x = num_arg(p, &v)?;
    if x.is_nan() {
        return Err(p.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(p.err("OverflowError", "cannot convert float infinity to integer"));
    }
    Ok(crate::python::formatting::round_float_to_int(f(x)).map(int_from_big).unwrap_or(Value::Int(0)))
}

fn floor(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    int_round(p, &a, f64::floor)
}
fn ceil(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    int_round(p, &a, f64::ceil)
}
fn trunc(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    int_round(p, &a, f64::trunc)
}

fn pow(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let x = num_arg(p, a.first().unwrap_or(&Value::None))?;
    let y = num_arg(p, a.get(1).unwrap_or(&Value::None))?;
    if x < 0.0 && y.fract() != 0.0 || (x == 0.0 && y < 0.0) {
        return Err(domain(p));
    }
    Ok(Value::Float(x.powf(y)))
}

fn log(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let v = a.first().cloned().unwrap_or(Value::None);
    let lx = match &v {
        Value::BigInt(b) if b.is_positive() => {
            let bits = b.bits();
            let shift = bits.saturating_sub(60);
            let top = (&**b >> shift).to_f64().unwrap_or(1.0);
            top.ln() + shift as f64 * std::f64::consts::LN_2
        }
        _ => {
            let x = num_arg(p, &v)?;
            if x <= 0.0 {
                return Err(domain(p));
            }
            x.ln()
        }
    };
    match a.get(1) {
        Some(b) => {
            let b = num_arg(p, b)?;
            if b <= 0.0 || b == 1.0 {
                return Err(if b == 1.0 { p.err("ZeroDivisionError", "float division by zero") } else { domain(p) });
            }
            Ok(Value::Float(lx / b.ln()))
        }
        None => Ok(Value::Float(lx)),
    }
}

fn atan2(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let y = num_arg(p, a.first().unwrap_or(&Value::None))?;
    let x = num_arg(p, a.get(1).unwrap_or(&Value::None))?;
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let mut s = 0.0f64;
    for v in &a {
        let x = num_arg(p, v)?;
        s = s.hypot(x);
    }
    Ok(Value::Float(s))
}

fn dist(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let x = p.iterate(a.first().unwrap_or(&Value::None))?;
    let y = p.iterate(a.get(1).unwrap_or(&Value::None))?;
    let mut s = 0.0f64;
    for (u, v) in x.iter().zip(y.iter()) {
        let d = num_arg(p, u)? - num_arg(p, v)?;
        s = s.hypot(d);
    }
    Ok(Value::Float(s))
}

fn big_arg(p: &mut Process, v: &Value, fname: &str) -> Result<BigInt, Ctl> {
    match to_big(v) {
        Some(b) => Ok(b),
        None => {
            let t = p.type_name(v);
            let _ = fname;
            Err(p.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
        }
    }
}

fn factorial(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let v = a.first().cloned().unwrap_or(Value::None);
    if let Value::Float(_) = v {
        return Err(p.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = big_arg(p, &v, "factorial")?;
    if n.is_negative() {
        return Err(p.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().unwrap_or(u64::MAX);
    if n > 20_000 {
        return Err(p.err("MemoryError", ""));
    }
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(int_from_big(r))
}

fn gcd(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let mut g = BigInt::zero();
    for v in &a {
        let x = big_arg(p, v, "gcd")?;
        g = g.gcd(&x);
    }
    Ok(int_from_big(g))
}

fn lcm(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let mut l = BigInt::from(1);
    for v in &a {
        let x = big_arg(p, v, "lcm")?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&x);
    }
    Ok(int_from_big(l))
}

fn isqrt(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let n = big_arg(p, a.first().unwrap_or(&Value::None), "isqrt")?;
    if n.is_negative() {
        return Err(p.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_from_big(n.sqrt()))
}

fn comb(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let n = big_arg(p, a.first().unwrap_or(&Value::None), "comb")?.to_i64().unwrap_or(0);
    let k = big_arg(p, a.get(1).unwrap_or(&Value::None), "comb")?.to_i64().unwrap_or(0);
    if n < 0 || k < 0 {
        return Err(p.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (n - i) / (i + 1);
    }
    Ok(int_from_big(r))
}

fn perm(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let n = big_arg(p, a.first().unwrap_or(&Value::None), "perm")?.to_i64().unwrap_or(0);
    let k = match a.get(1) {
        Some(v) => big_arg(p, v, "perm")?.to_i64().unwrap_or(0),
        None => n,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut r = BigInt::from(1);
    for i in 0..k {
        r *= n - i;
    }
    Ok(int_from_big(r))
}

fn isclose(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let x = num_arg(p, a.first().unwrap_or(&Value::None))?;
    let y = num_arg(p, a.get(1).unwrap_or(&Value::None))?;
    let rel = match crate::python::builtins::kwarg(&k, "rel_tol") {
        Some(v) => num_arg(p, &v)?,
        None => 1e-9,
    };
    let abs = match crate::python::builtins::kwarg(&k, "abs_tol") {
        Some(v) => num_arg(p, &v)?,
        None => 0.0,
    };
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(d <= (rel * y.abs()).max(rel * x.abs()) || d <= abs))
}

fn isfinite(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    Ok(Value::Bool(f1(p, &a)?.is_finite()))
}
fn isinf(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    Ok(Value::Bool(f1(p, &a)?.is_infinite()))
}
fn isnan(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    Ok(Value::Bool(f1(p, &a)?.is_nan()))
}

fn fsum(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    // Shewchuk's exact summation, as CPython.
    let items = p.iterate(a.first().unwrap_or(&Value::None))?;
    let mut partials: Vec<f64> = Vec::new();
    for v in &items {
        let mut x = num_arg(p, v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

fn prod(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let items = p.iterate(a.first().unwrap_or(&Value::None))?;
    let mut acc = crate::python::builtins::kwarg(&k, "start").unwrap_or(Value::Int(1));
    for v in items {
        acc = p.binary_op(crate::python::code::BinOp::Mul, &acc, &v, false)?;
    }
    Ok(acc)
}

fn copysign(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let x = num_arg(p, a.first().unwrap_or(&Value::None))?;
    let y = num_arg(p, a.get(1).unwrap_or(&Value::None))?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let x = num_arg(p, a.first().unwrap_or(&Value::None))?;
    let y = num_arg(p, a.get(1).unwrap_or(&Value::None))?;
    if y == 0.0 {
        return Err(domain(p));
    }
    Ok(Value::Float(x % y))
}

fn modf(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let x = f1(p, &a)?;
    Ok(p.alloc(crate::python::heap::Obj::Tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())].into())))
}
