//! `_json`: a native scanner for `json.loads`, the hot path of the course's ticket
//! programs (every buyer parses db.txt). It builds what the Python parser in
//! prelude/json.py builds; on anything it does not take (malformed text, a lone
//! surrogate escape), `scan` returns None and the Python parser runs instead, so
//! errors keep CPython's exact messages.

use crate::python::items::Items;
use super::add_fns;
use crate::python::heap::Obj;
use crate::python::value::{int_from_big, ObjId, Value};
use crate::python::vm::{Ctl, Process};
use std::rc::Rc;

type Kw = Vec<(Rc<str>, Value)>;

pub fn init(p: &mut Process, d: ObjId) {
    add_fns(p, d, &[("scan", scan)]);
}

fn scan(p: &mut Process, a: Vec<Value>, _k: Kw) -> Result<Value, Ctl> {
    let Some(Value::Str(text)) = a.first() else { return Ok(Value::None) };
    let text = text.clone();
    let mut scanner = Scanner { s: text.as_bytes(), i: 0 };
    let parsed = scanner.value(p, 0)?;
    scanner.ws();
    Ok(match parsed {
        Some(v) if scanner.i == scanner.s.len() => p.alloc(Obj::Tuple(vec![v].into())),
        _ => Value::None,
    })
}

/// Deeper than this, the Python parser takes over (and raises RecursionError as CPython).
const MAX_DEPTH: usize = 200;

struct Scanner<'a> {
    s: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    /// A value, or None where the Python parser must decide.
    fn value(&mut self, p: &mut Process, depth: usize) -> Result<Option<Value>, Ctl> {
        self.ws();
        if depth > MAX_DEPTH || self.i >= self.s.len() {
            return Ok(None);
        }
        let c = self.s[self.i];
        Ok(match c {
            b'{' => return self.object(p, depth),
            b'[' => return self.array(p, depth),
            b'"' => self.string().map(Value::from_string),
            b't' if self.eat("true") => Some(Value::Bool(true)),
            b'f' if self.eat("false") => Some(Value::Bool(false)),
            b'n' if self.eat("null") => Some(Value::None),
            b'N' if self.eat("NaN") => Some(Value::Float(f64::NAN)),
            b'I' if self.eat("Infinity") => Some(Value::Float(f64::INFINITY)),
            b'-' if self.eat("-Infinity") => Some(Value::Float(f64::NEG_INFINITY)),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        })
    }

    fn object(&mut self, p: &mut Process, depth: usize) -> Result<Option<Value>, Ctl> {
        self.i += 1;
        let dict = p.alloc(Obj::Dict(Default::default()));
        self.ws();
        if self.eat("}") {
            return Ok(Some(dict));
        }
        loop {
            self.ws();
            if self.s.get(self.i) != Some(&b'"') {
                return Ok(None);
            }
            let Some(key) = self.string() else { return Ok(None) };
            self.ws();
            if !self.eat(":") {
                return Ok(None);
            }
            let Some(value) = self.value(p, depth + 1)? else { return Ok(None) };
            p.dict_set(&dict, Value::from_string(key), value)?;
            self.ws();
            if self.eat("}") {
                return Ok(Some(dict));
            }
            if !self.eat(",") {
                return Ok(None);
            }
        }
    }

    fn array(&mut self, p: &mut Process, depth: usize) -> Result<Option<Value>, Ctl> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat("]") {
            return Ok(Some(p.alloc(Obj::List(Items::from(items)))));
        }
        loop {
            let Some(value) = self.value(p, depth + 1)? else { return Ok(None) };
            items.push(value);
            self.ws();
            if self.eat("]") {
                return Ok(Some(p.alloc(Obj::List(Items::from(items)))));
            }
            if !self.eat(",") {
                return Ok(None);
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while self.i < self.s.len() && !matches!(self.s[self.i], b'"' | b'\\') && self.s[self.i] >= 0x20 {
                self.i += 1;
            }
            out.push_str(std::str::from_utf8(&self.s[start..self.i]).ok()?);
            match self.s.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                b'\\' => {
                    let escape = *self.s.get(self.i + 1)?;
                    self.i += 2;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let first = self.hex4()?;
                            if (0xD800..0xDC00).contains(&first) && self.eat("\\u") {
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return None;
                                }
                                char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))?
                            } else {
                                // A lone surrogate is a str Rust cannot hold: the Python parser decides.
                                char::from_u32(first)?
                            }
                        }
                        _ => return None,
                    });
                }
                _ => return None, // a control character: strict JSON refuses it
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
        let n = u32::from_str_radix(digits, 16).ok()?;
        self.i += 4;
        Some(n)
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        self.eat("-");
        match self.s.get(self.i)? {
            b'0' => self.i += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        let mut float = false;
        if self.s.get(self.i) == Some(&b'.') && self.s.get(self.i + 1).is_some_and(u8::is_ascii_digit) {
            float = true;
            self.i += 1;
            self.digits();
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            let save = self.i;
            self.i += 1;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
                float = true;
                self.digits();
            } else {
                self.i = save;
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).ok()?;
        if float {
            return text.parse::<f64>().ok().map(Value::Float);
        }
        match text.parse::<i64>() {
            Ok(n) => Some(Value::Int(n)),
            Err(_) => text.parse::<num_bigint::BigInt>().ok().map(int_from_big),
        }
    }

    fn digits(&mut self) {
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
    }
}
