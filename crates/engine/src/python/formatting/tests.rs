//! Tests against CPython 3.11 output (tables in `tests_data/`, generated with python3).

use super::tests_data::*;
use super::*;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A test argument: int (decimal text), float (bits), str, or none.
#[derive(Clone, Copy, Debug)]
pub(super) enum A {
    I(&'static str),
    F(u64),
    S(&'static str),
    N,
}

fn int(s: &str) -> BigInt {
    s.parse().expect("test int")
}

#[test]
fn float_repr_matches_cpython() {
    for &(b, want) in FLOAT_REPR {
        assert_eq!(float_repr(f64::from_bits(b)), want, "repr of {:?}", f64::from_bits(b));
    }
}

#[test]
fn format_float_matches_cpython() {
    let mut bad = Vec::new();
    for &(b, spec, want) in FORMAT_FLOAT {
        let got = format_float(f64::from_bits(b), spec);
        if got.as_deref() != want.map_err(|e| e.to_string()).as_deref() {
            bad.push(format!("format({:?}, {:?}) = {:?}, want {:?}", f64::from_bits(b), spec, got, want));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn format_int_matches_cpython() {
    let mut bad = Vec::new();
    for &(v, spec, want) in FORMAT_INT {
        let got = format_int(&int(v), spec);
        if got.as_deref() != want.map_err(|e| e.to_string()).as_deref() {
            bad.push(format!("format({}, {:?}) = {:?}, want {:?}", v, spec, got, want));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn format_str_matches_cpython() {
    let mut bad = Vec::new();
    for &(v, spec, want) in FORMAT_STR {
        let got = format_str(v, spec);
        if got.as_deref() != want.map_err(|e| e.to_string()).as_deref() {
            bad.push(format!("format({:?}, {:?}) = {:?}, want {:?}", v, spec, got, want));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}

fn type_name(a: A) -> &'static str {
    match a {
        A::I(_) => "int",
        A::F(_) => "float",
        A::S(_) => "str",
        A::N => "NoneType",
    }
}

/// Convert a test argument for `conv` the way the VM would.
fn convert(conv: char, a: A) -> Result<PercentValue, String> {
    Ok(match (conv, a) {
        ('s' | 'r' | 'a', A::S(s)) => PercentValue::Str(if conv == 's' { s.to_string() } else { format!("'{}'", s) }),
        ('s' | 'r' | 'a', A::I(i)) => PercentValue::Str(i.to_string()),
        ('s' | 'r' | 'a', A::F(b)) => PercentValue::Str(float_repr(f64::from_bits(b))),
        (_, A::I(i)) => PercentValue::Int(int(i)),
        (_, A::F(b)) => PercentValue::Float(f64::from_bits(b)),
        ('c', A::S(s)) => PercentValue::Str(s.to_string()),
        ('d' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c', a) => {
            return Err(percent_arg_type_error(conv, type_name(a)))
        }
        (_, A::S(s)) => PercentValue::Str(s.to_string()),
        (_, A::N) => PercentValue::Str("None".into()),
    })
}

/// The VM loop from the `percent` module docs.
fn run_percent(t: &str, tuple: Option<&[A]>, single: A, map: Option<&[(&str, A)]>) -> Result<String, String> {
    let items = parse_percent(t);
    let mut cur = ArgCursor::new(tuple.map(|t| t.len()), map.is_some());
    let mut current = single;
    let get = |r: ArgRef, current: A| match r {
        ArgRef::Index(i) => tuple.map(|t| t[i]).unwrap_or(A::N),
        ArgRef::Whole => current,
    };
    let mut out = String::new();
    for item in items {
        let spec = match item {
            PercentItem::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentItem::Spec(spec) => spec,
        };
        if spec.key != PercentKey::None {
            let Some(m) = map.filter(|_| cur.is_mapping()) else { return Err("format requires a mapping".into()) };
            let PercentKey::Key(k) = &spec.key else { return Err("incomplete format key".into()) };
            current = m.iter().find(|(kk, _)| kk == k).map(|p| p.1).ok_or_else(|| format!("KeyError {}", k))?;
            cur.use_key_value();
        }
        let star = |cur: &mut ArgCursor| -> Result<i64, String> {
            match get(cur.next_arg()?, current) {
                A::I(i) => Ok(int(i).to_i64().unwrap_or(0)),
                _ => Err("* wants int".into()),
            }
        };
        let w = if spec.width == Some(Count::Star) { Some(star(&mut cur)?) } else { None };
        let p = if spec.precision == Some(Count::Star) { Some(star(&mut cur)?) } else { None };
        if let Some(e) = &spec.error {
            return Err(e.clone());
        }
        let v = get(cur.next_arg()?, current);
        let value = convert(spec.conv, v)?;
        out.push_str(&render_percent(&spec, w, p, &value)?);
        cur.after_conversion()?;
    }
    cur.finish()?;
    Ok(out)
}

#[test]
fn percent_matches_cpython() {
    let mut bad = Vec::new();
    for &(t, tuple, single, want) in PERCENT {
        let got = run_percent(t, tuple, single, None);
        if got.as_deref() != want.map_err(|e| e.to_string()).as_deref() {
            bad.push(format!("{:?} % {:?}/{:?} = {:?}, want {:?}", t, tuple, single, got, want));
        }
    }
    for &(t, map, want) in PERCENT_MAP {
        let got = run_percent(t, None, A::N, Some(map));
        if got.as_deref() != want.map_err(|e| e.to_string()).as_deref() {
            bad.push(format!("{:?} % {:?} = {:?}, want {:?}", t, map, got, want));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn round_matches_cpython() {
    let mut bad = Vec::new();
    for &(b, n, want) in ROUND_FLOAT {
        let x = f64::from_bits(b);
        let got = round_float(x, n).map(f64::to_bits);
        if got.as_ref().map(|b| *b).map_err(|e| e.as_str()) != want {
            bad.push(format!("round({:?}, {}) = {:?}, want {:?}", x, n, got.map(f64::from_bits), want.map(f64::from_bits)));
        }
    }
    for &(b, want) in ROUND_FLOAT_INT {
        let x = f64::from_bits(b);
        let got = round_float_to_int(x).map(|v| v.to_string());
        if got.as_deref() != want.map_err(|e| e.to_string()).as_deref() {
            bad.push(format!("round({:?}) = {:?}, want {:?}", x, got, want));
        }
    }
    for &(v, n, want) in ROUND_INT {
        let got = round_int(&int(v), n).to_string();
        if got != want {
            bad.push(format!("round({}, {}) = {}, want {}", v, n, got, want));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn error_types() {
    assert_eq!(error_type("not enough arguments for format string"), "TypeError");
    assert_eq!(error_type("%d format: a real number is required, not str"), "TypeError");
    assert_eq!(error_type("%c arg not in range(0x110000)"), "OverflowError");
    assert_eq!(error_type("unsupported format character 'y' (0x79) at index 3"), "ValueError");
    assert_eq!(error_type("cannot convert float NaN to integer"), "ValueError");
}
