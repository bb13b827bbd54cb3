//! printf-style `str % args`, a port of CPython 3.11's `PyUnicode_Format`.
//!
//! The VM drives it because `%s`/`%r` need `str()`/`repr()` of objects:
//!
//! ```text
//! items = parse_percent(template)
//! cursor = ArgCursor::new(tuple_len_or_None, is_mapping)   // is_mapping: has __getitem__,
//!                                                          // not a tuple, not a str
//! out = ""
//! for item in items:
//!   Literal(s)  => out += s
//!   Spec(spec)  =>
//!     if spec.key != None: if !cursor.is_mapping() -> TypeError "format requires a mapping"
//!                         if key is Incomplete -> ValueError "incomplete format key"
//!                         obj = mapping[key]  (KeyError propagates); cursor.use_key_value()
//!     if spec.width == Some(Star):     a = arg(cursor.next_arg()?) ; must be int else TypeError "* wants int"
//!     if spec.precision == Some(Star): likewise
//!     if let Some(msg) = spec.error:   ValueError(msg)
//!     v = arg(cursor.next_arg()?)          // ArgRef::Whole = the args object itself (or key value)
//!     convert v to a PercentValue according to spec.conv (see PercentValue docs), or raise
//!       percent_arg_type_error(conv, type_name_of_v) when it has the wrong type
//!     out += render_percent(&spec, width_arg, prec_arg, value)?
//!     cursor.after_conversion()?
//! cursor.finish()?
//! ```

use num_bigint::{BigInt, Sign};

use super::float_repr::double_to_string;

/// A width or precision: a literal number or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Num(usize),
    Star,
}

/// The `(key)` part of a conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentKey {
    None,
    Key(String),
    /// Unbalanced parentheses: after checking for a mapping, raise
    /// ValueError "incomplete format key".
    Incomplete,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`
    pub left: bool,
    /// `+`
    pub sign: bool,
    /// ` `
    pub blank: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
}

/// One `%...` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    pub key: PercentKey,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character (may be invalid: `render_percent` reports it, after
    /// the argument was fetched, as CPython does).
    pub conv: char,
    /// Index (in chars) of `conv` in the template, for the error message.
    pub conv_index: usize,
    /// A ValueError to raise after the key and `*` arguments were processed
    /// ("incomplete format", "width too big", "precision too big").
    pub error: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentItem {
    Literal(String),
    Spec(PercentSpec),
}

/// Parse a template. Never fails: errors are carried in the last `PercentSpec::error`
/// (or its `PercentKey::Incomplete`) so they surface at the same point as in CPython.
pub fn parse_percent(template: &str) -> Vec<PercentItem> {
    let c: Vec<char> = template.chars().collect();
    let n = c.len();
    let mut items = Vec::new();
    let mut lit = String::new();
    let mut pos = 0;
    while pos < n {
        if c[pos] != '%' {
            lit.push(c[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos < n && c[pos] == '%' {
            lit.push('%');
            pos += 1;
            continue;
        }
        if !lit.is_empty() {
            items.push(PercentItem::Literal(std::mem::take(&mut lit)));
        }
        let mut spec = PercentSpec {
            key: PercentKey::None,
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            conv: '\0',
            conv_index: 0,
            error: None,
        };
        let stop = parse_one(&c, &mut pos, &mut spec);
        items.push(PercentItem::Spec(spec));
        if stop {
            return items;
        }
    }
    if !lit.is_empty() {
        items.push(PercentItem::Literal(lit));
    }
    items
}

/// Parses one conversion after the `%`; returns true when parsing must stop (error).
fn parse_one(c: &[char], pos: &mut usize, spec: &mut PercentSpec) -> bool {
    let n = c.len();
    if *pos < n && c[*pos] == '(' {
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while *pos < n && depth > 0 {
            match c[*pos] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            spec.key = PercentKey::Incomplete;
            return true;
        }
        spec.key = PercentKey::Key(c[start..*pos - 1].iter().collect());
    }
    let next = |pos: &mut usize| -> Option<char> {
        let ch = c.get(*pos).copied();
        if ch.is_some() {
            *pos += 1;
        }
        ch
    };
    let mut ch = next(pos);
    while let Some(x) = ch {
        match x {
            '-' => spec.flags.left = true,
            '+' => spec.flags.sign = true,
            ' ' => spec.flags.blank = true,
            '#' => spec.flags.alt = true,
            '0' => spec.flags.zero = true,
            _ => break,
        }
        ch = next(pos);
    }
    if ch == Some('*') {
        spec.width = Some(Count::Star);
        ch = next(pos);
    } else if let Some(d) = ch.and_then(|x| x.to_digit(10)) {
        let mut w = d as usize;
        loop {
            ch = next(pos);
            let Some(d) = ch.and_then(|x| x.to_digit(10)) else { break };
            match w.checked_mul(10).and_then(|w| w.checked_add(d as usize)).filter(|&w| w <= isize::MAX as usize) {
                Some(v) => w = v,
                None => {
                    spec.error = Some("width too big".into());
                    return true;
                }
            }
        }
        spec.width = Some(Count::Num(w));
    }
    if ch == Some('.') {
        spec.precision = Some(Count::Num(0));
        ch = next(pos);
        if ch == Some('*') {
            spec.precision = Some(Count::Star);
            ch = next(pos);
        } else if let Some(d) = ch.and_then(|x| x.to_digit(10)) {
            let mut p = d as usize;
            loop {
                ch = next(pos);
                let Some(d) = ch.and_then(|x| x.to_digit(10)) else { break };
                match p.checked_mul(10).and_then(|p| p.checked_add(d as usize)).filter(|&p| p <= i32::MAX as usize) {
                    Some(v) => p = v,
                    None => {
                        spec.error = Some("precision too big".into());
                        return true;
                    }
                }
            }
            spec.precision = Some(Count::Num(p));
        }
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = next(pos);
    }
    match ch {
        Some(x) => {
            spec.conv = x;
            spec.conv_index = *pos - 1;
            false
        }
        None => {
            spec.error = Some("incomplete format".into());
            true
        }
    }
}

/// Which argument to use next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// Element `i` of the args tuple.
    Index(usize),
    /// The args object itself (non-tuple args), or the value of the last `(key)` lookup.
    Whole,
}

/// CPython's `argidx`/`arglen` bookkeeping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArgCursor {
    arglen: i64,
    argidx: i64,
    is_mapping: bool,
}

impl ArgCursor {
    /// `tuple_len`: `Some(len)` when the right operand is a tuple. `is_mapping`: it is
    /// not a tuple, not a str, and has `__getitem__` (dict, list, ...: CPython's
    /// `PyMapping_Check`).
    pub fn new(tuple_len: Option<usize>, is_mapping: bool) -> Self {
        match tuple_len {
            Some(n) => ArgCursor { arglen: n as i64, argidx: 0, is_mapping: false },
            None => ArgCursor { arglen: -1, argidx: -2, is_mapping },
        }
    }
    pub fn is_mapping(&self) -> bool {
        self.is_mapping
    }
    /// After a `(key)` lookup: the looked-up value becomes the single argument.
    pub fn use_key_value(&mut self) {
        self.arglen = -1;
        self.argidx = -2;
    }
    pub fn next_arg(&mut self) -> Result<ArgRef, String> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                Ok(ArgRef::Whole)
            } else {
                Ok(ArgRef::Index(i as usize))
            }
        } else {
            Err("not enough arguments for format string".into())
        }
    }
    /// Check after each conversion.
    pub fn after_conversion(&self) -> Result<(), String> {
        if self.is_mapping && self.argidx < self.arglen {
            return Err("not all arguments converted during string formatting".into());
        }
        Ok(())
    }
    /// Check at the end of the template.
    pub fn finish(&self) -> Result<(), String> {
        if self.argidx < self.arglen && !self.is_mapping {
            return Err("not all arguments converted during string formatting".into());
        }
        Ok(())
    }
}

/// The argument of a conversion, already converted by the VM:
/// - `s`/`r`/`a`: `Str(str(v))` / `Str(repr(v))` / `Str(ascii(v))`.
/// - `d i u`: `Int(int(v))` for int/bool/float (anything with `__int__`), else TypeError.
/// - `o x X`: `Int(v.__index__())`, else TypeError.
/// - `e E f F g G`: `Float(float(v))` (int: OverflowError "int too large to convert to
///   float"; non-number: TypeError "must be real number, not T").
/// - `c`: `Int(v)` for ints, `Str(v)` for strs (must be 1 char), else TypeError
///   "%c requires int or char".
#[derive(Clone, Debug, PartialEq)]
pub enum PercentValue {
    Str(String),
    Int(BigInt),
    Float(f64),
}

/// The TypeError for a wrong argument type of an int conversion
/// (`"%d format: a real number is required, not str"`).
pub fn percent_arg_type_error(conv: char, type_name: &str) -> String {
    match conv {
        'o' | 'x' | 'X' => format!("%{} format: an integer is required, not {}", conv, type_name),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format!("must be real number, not {}", type_name),
        'c' => "%c requires int or char".to_string(),
        _ => format!("%{} format: a real number is required, not {}", conv, type_name),
    }
}

fn unsupported(spec: &PercentSpec) -> String {
    let ch = spec.conv;
    let shown = if (31..=126).contains(&(ch as u32)) { ch } else { '?' };
    format!(
        "unsupported format character '{}' (0x{:x}) at index {}",
        shown, ch as u32, spec.conv_index
    )
}

/// Render one conversion. `width_arg`/`prec_arg` are the values of `*` arguments
/// (ignored when the spec has a literal count). The value must match the conversion
/// as described on [`PercentValue`].
pub fn render_percent(
    spec: &PercentSpec,
    width_arg: Option<i64>,
    prec_arg: Option<i64>,
    value: &PercentValue,
) -> Result<String, String> {
    let mut flags = spec.flags;
    let width: i64 = match spec.width {
        None => -1,
        Some(Count::Num(n)) => n as i64,
        Some(Count::Star) => {
            let w = width_arg.unwrap_or(0);
            if w < 0 {
                flags.left = true;
            }
            w.checked_abs().unwrap_or(i64::MAX)
        }
    };
    let prec: i64 = match spec.precision {
        None => -1,
        Some(Count::Num(n)) => n as i64,
        Some(Count::Star) => prec_arg.unwrap_or(0).max(0),
    };
    let conv = spec.conv;
    let (text, numeric) = match conv {
        's' | 'r' | 'a' => match value {
            PercentValue::Str(s) => (s.clone(), false),
            PercentValue::Int(i) => (i.to_string(), false),
            PercentValue::Float(x) => (super::float_repr::float_repr(*x), false),
        },
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => match value {
            PercentValue::Int(i) => (format_long(i, flags.alt, prec, conv), true),
            PercentValue::Float(x) => {
                if x.is_nan() {
                    return Err("cannot convert float NaN to integer".into());
                }
                if x.is_infinite() {
                    return Err("cannot convert float infinity to integer".into());
                }
                match conv {
                    'o' | 'x' | 'X' => return Err(percent_arg_type_error(conv, "float")),
                    _ => {}
                }
                let i = float_trunc_to_bigint(*x);
                (format_long(&i, flags.alt, prec, conv), true)
            }
            PercentValue::Str(_) => return Err(percent_arg_type_error(conv, "str")),
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match value {
                PercentValue::Float(x) => *x,
                PercentValue::Int(i) => {
                    super::spec::int_to_f64(i).ok_or_else(|| "int too large to convert to float".to_string())?
                }
                PercentValue::Str(_) => return Err(percent_arg_type_error(conv, "str")),
            };
            let p = if prec < 0 { 6 } else { prec as usize };
            (double_to_string(x, conv, p, false, false, flags.alt, false), true)
        }
        'c' => {
            let ch = match value {
                PercentValue::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err("%c requires int or char".into()),
                    }
                }
                PercentValue::Int(i) => {
                    let n = u32::try_from(i).ok().filter(|&n| n <= 0x10ffff);
                    let n = n.ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
                    char::from_u32(n).unwrap_or('\u{fffd}')
                }
                PercentValue::Float(_) => return Err("%c requires int or char".into()),
            };
            (ch.to_string(), false)
        }
        _ => return Err(unsupported(spec)),
    };
    Ok(output(&text, conv, flags, width, prec, numeric))
}

fn float_trunc_to_bigint(x: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(x.trunc()).unwrap_or_default()
}

/// `_PyUnicode_FormatLong`: `[-][0x]` + zero-padded digits.
fn format_long(v: &BigInt, alt: bool, prec: i64, conv: char) -> String {
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::new();
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    if prec > digits.len() as i64 {
        out.push_str(&"0".repeat(prec as usize - digits.len()));
    }
    out.push_str(&digits);
    out
}

/// `unicode_format_arg_output`.
fn output(s: &str, conv: char, flags: PercentFlags, mut width: i64, prec: i64, mut sign: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let fill = if sign && flags.zero { '0' } else { ' ' };
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags.sign || flags.blank) {
        return s.to_string();
    }
    if matches!(conv, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if sign {
        let ch = chars.first().copied().unwrap_or('\0');
        if ch == '-' || ch == '+' {
            signchar = ch;
            len -= 1;
            pindex += 1;
        } else if flags.sign {
            signchar = '+';
        } else if flags.blank {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }
    let mut out = String::new();
    let alt_prefix = flags.alt && matches!(conv, 'x' | 'X' | 'o');
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(chars.iter().skip(pindex).take(len as usize));
    }
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    out
}
