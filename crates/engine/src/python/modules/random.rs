//! The `random` module over the Mersenne Twister helper (CPython's exact algorithms).

use super::{add_fns, num_arg};
use crate::python::builtins::kwarg;
use crate::python::heap::Obj;
use crate::python::mersenne;
use crate::python::value::{int_from_big, to_big, ObjId, Value};
use crate::python::vm::{Ctl, Process};
use num_bigint::BigInt;
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

pub fn init(p: &mut Process, d: ObjId) {
    add_fns(
        p,
        d,
        &[
            ("seed", seed), ("random", random), ("randint", randint), ("randrange", randrange), ("choice", choice),
            ("choices", choices), ("shuffle", shuffle), ("sample", sample), ("uniform", uniform), ("gauss", gauss),
            ("normalvariate", normalvariate), ("triangular", triangular), ("expovariate", expovariate),
            ("getrandbits", getrandbits), ("new", new), ("getstate", getstate), ("setstate", setstate),
        ],
    );
}

/// Splits off the generator id every `_random` function takes first.
fn gen(p: &mut Process, mut a: Vec<Value>) -> Result<(usize, Vec<Value>), Ctl> {
    if a.is_empty() {
        return Err(p.type_error("missing generator"));
    }
    let g = match a.remove(0) {
        Value::Int(i) if (i as usize) < p.mts.len() && i >= 0 => i as usize,
        _ => return Err(p.type_error("invalid generator")),
    };
    Ok((g, a))
}

fn new(p: &mut Process, _a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    if p.mts.len() > 10_000 {
        return Err(p.err("MemoryError", "too many random generators"));
    }
    let m = mersenne::Mersenne::from_seed(&BigInt::from(p.seed));
    p.mts.push(m);
    Ok(Value::Int(p.mts.len() as i64 - 1))
}

fn getstate(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, _) = gen(p, a)?;
    let m = p.mts[g].clone();
    p.mts.push(m);
    let id = Value::Int(p.mts.len() as i64 - 1);
    Ok(p.alloc(Obj::Tuple(vec![Value::Int(3), id, Value::None].into())))
}

fn setstate(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let items = p.iterate(a.first().unwrap_or(&Value::None))?;
    match items.get(1) {
        Some(Value::Int(i)) if (*i as usize) < p.mts.len() && *i >= 0 => {
            p.mts[g] = p.mts[*i as usize].clone();
            Ok(Value::None)
        }
        _ => Err(p.value_error("state vector is the wrong size")),
    }
}

fn merr(p: &mut Process, m: String) -> Ctl {
    let k = mersenne::error_type(&m);
    p.err(k, m)
}

fn seed(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    match a.first() {
        // No seed: CPython takes OS entropy; a run takes its seed and the process's
        // pid, so each process (a forked child reseeds) draws its own numbers.
        None | Some(Value::None) => {
            let key = BigInt::from(p.seed) * BigInt::from(1_000_003u32) + BigInt::from(p.pid);
            p.mts[g] = mersenne::Mersenne::from_seed(&key)
        }
        Some(Value::Str(s)) => p.mts[g].seed_bytes(s.as_bytes()),
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            let b = to_big(v).unwrap_or_default();
            p.mts[g].seed_int(&b)
        }
        Some(v) => {
            let h = p.hash(v)? as i64;
            p.mts[g].seed_hash(h)
        }
    }
    Ok(Value::None)
}

fn random(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    Ok(Value::Float(p.mts[g].random()))
}

fn int_arg(p: &mut Process, v: &Value) -> Result<BigInt, Ctl> {
    match to_big(v) {
        Some(b) => Ok(b),
        None => {
            if let Value::Float(f) = v {
                if f.fract() == 0.0 {
                    return Ok(BigInt::from(*f as i64));
                }
            }
            let t = p.type_name(v);
            Err(p.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
        }
    }
}

fn randint(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let lo = int_arg(p, a.first().unwrap_or(&Value::None))?;
    let hi = int_arg(p, a.get(1).unwrap_or(&Value::None))?;
    match p.mts[g].randint(&lo, &hi) {
        Ok(v) => Ok(int_from_big(v)),
        Err(m) => Err(merr(p, m)),
    }
}

fn randrange(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let start = int_arg(p, a.first().unwrap_or(&Value::None))?;
    let stop = match a.get(1) {
        Some(v) if !matches!(v, Value::None) => Some(int_arg(p, v)?),
        _ => None,
    };
    let step = match a.get(2) {
        Some(v) => Some(int_arg(p, v)?),
        None => None,
    };
    match p.mts[g].randrange(&start, stop.as_ref(), step.as_ref()) {
        Ok(v) => Ok(int_from_big(v)),
        Err(m) => Err(merr(p, m)),
    }
}

fn seq_items(p: &mut Process, v: &Value) -> Result<Vec<Value>, Ctl> {
    if let Value::Ref(id) = v {
        if let Obj::Dict(_) | Obj::Set(_) = p.heap.get(*id) {
            let t = p.type_name(v);
            return Err(p.type_error(format!("Population must be a sequence.  For dicts or sets, use sorted(d).").replace("{}", &t)));
        }
    }
    p.iterate(v)
}

fn choice(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let items = seq_items(p, a.first().unwrap_or(&Value::None))?;
    match p.mts[g].choice_index(items.len()) {
        Ok(i) => Ok(items[i].clone()),
        Err(m) => Err(merr(p, m)),
    }
}

fn choices(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let items = seq_items(p, a.first().unwrap_or(&Value::None))?;
    let n = match kwarg(&k, "k") {
        Some(v) => crate::python::builtins::as_int(p, &v)?.max(0) as usize,
        None => 1,
    };
    let weights = kwarg(&k, "weights").or_else(|| a.get(1).cloned()).filter(|v| !matches!(v, Value::None));
    let cum = kwarg(&k, "cum_weights").filter(|v| !matches!(v, Value::None));
    let idx = if let Some(c) = cum {
        let cw: Vec<f64> = p.iterate(&c)?.iter().map(|v| crate::python::vm::ops::as_f64(v).unwrap_or(0.0)).collect();
        p.mts[g].choices_cum_weights(items.len(), &cw, n).map_err(|m| merr(p, m))?
    } else if let Some(w) = weights {
        let ws = p.iterate(&w)?;
        let mut acc = 0.0;
        let mut cw = Vec::new();
        for x in ws {
            acc += num_arg(p, &x)?;
            cw.push(acc);
        }
        p.mts[g].choices_cum_weights(items.len(), &cw, n).map_err(|m| merr(p, m))?
    } else {
        if items.is_empty() && n > 0 {
            return Err(p.err("IndexError", "list index out of range"));
        }
        p.mts[g].choices_indices(items.len(), n)
    };
    let out = idx.into_iter().map(|i| items[i].clone()).collect();
    Ok(p.alloc(Obj::List(out)))
}

fn shuffle(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let Some(Value::Ref(id)) = a.first() else {
        return Err(p.type_error("shuffle() argument must be a list"));
    };
    let mut items = match p.heap.get(*id) {
        Obj::List(v) => v.clone(),
        _ => return Err(p.type_error("'tuple' object does not support item assignment")),
    };
    p.mts[g].shuffle(&mut items);
    if let Obj::List(v) = p.heap.get_mut(*id) {
        *v = items;
    }
    Ok(Value::None)
}

fn sample(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let items = seq_items(p, a.first().unwrap_or(&Value::None))?;
    let n = match kwarg(&k, "k").or_else(|| a.get(1).cloned()) {
        Some(v) => crate::python::builtins::as_int(p, &v)?,
        None => return Err(p.type_error("sample() missing 1 required positional argument: 'k'")),
    };
    let idx = p.mts[g].sample_indices(items.len(), n).map_err(|m| merr(p, m))?;
    let out = idx.into_iter().map(|i| items[i].clone()).collect();
    Ok(p.alloc(Obj::List(out)))
}

fn two_floats(p: &mut Process, a: &[Value], d1: f64, d2: f64) -> Result<(f64, f64), Ctl> {
    let x = match a.first() {
        Some(v) => num_arg(p, v)?,
        None => d1,
    };
    let y = match a.get(1) {
        Some(v) => num_arg(p, v)?,
        None => d2,
    };
    Ok((x, y))
}

fn uniform(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let (x, y) = two_floats(p, &a, 0.0, 1.0)?;
    Ok(Value::Float(p.mts[g].uniform(x, y)))
}
fn gauss(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let (x, y) = two_floats(p, &a, 0.0, 1.0)?;
    Ok(Value::Float(p.mts[g].gauss(x, y)))
}
fn normalvariate(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let (x, y) = two_floats(p, &a, 0.0, 1.0)?;
    Ok(Value::Float(p.mts[g].normalvariate(x, y)))
}
fn triangular(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let (x, y) = two_floats(p, &a, 0.0, 1.0)?;
    let mode = match a.get(2) {
        Some(v) if !matches!(v, Value::None) => Some(num_arg(p, v)?),
        _ => None,
    };
    Ok(Value::Float(p.mts[g].triangular(x, y, mode)))
}
fn expovariate(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let (x, _) = two_floats(p, &a, 1.0, 0.0)?;
    Ok(Value::Float(p.mts[g].expovariate(x)))
}
fn getrandbits(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let (g, a) = gen(p, a)?;
    let _ = &a;
    let k = crate::python::builtins::as_int(p, a.first().unwrap_or(&Value::Int(0)))?;
    if k < 0 {
        return Err(p.value_error("number of bits must be non-negative"));
    }
    Ok(int_from_big(p.mts[g].getrandbits(k as u64)))
}
