//! The format-spec mini-language (`format(v, spec)`, f-strings, `str.format`), a port
//! of CPython 3.11's `Python/formatter_unicode.c`.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::float_repr::{double_to_string, float_repr};

/// Thousands separator requested in a spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every 3 digits.
    Comma,
    /// `_` every 3 digits (decimal/float types).
    Underscore,
    /// `_` every 4 digits (types b, o, x, X).
    UnderscoreFour,
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// One of `<`, `>`, `=`, `^`.
    pub align: char,
    /// `None`, `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type, or `None` when omitted.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn code_repr(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        format!("'{}'", c)
    } else {
        format!("'\\x{:x}'", n)
    }
}

/// "Unknown format code 'X' for object of type 'T'".
pub fn unknown_code(c: char, type_name: &str) -> String {
    format!("Unknown format code {} for object of type '{}'", code_repr(c), type_name)
}

fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut v: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(v) })
}

/// Parse a spec. `default_align` is `'>'` for numbers and `'<'` for strings;
/// `type_name` is only used in the "Invalid format specifier" message.
pub fn parse_spec_for(spec: &str, default_align: char, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: None,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(chars[1]) {
        f.align = chars[1];
        f.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping != Grouping::None {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Grouping::Underscore {
        return Err("Cannot specify both ',' and '_'.".into());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        f.precision = get_integer(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err("Format specifier missing precision".into());
        }
    }
    if end - pos > 1 {
        return Err(format!("Invalid format specifier '{}' for object of type '{}'", spec, type_name));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

/// Parse with the thousands-separator validation CPython does for a type whose
/// default presentation type is `default_ty` (`'d'` int, `None` float, `'s'` str).
fn parse_checked(spec: &str, default_align: char, default_ty: Option<char>, type_name: &str) -> Result<FormatSpec, String> {
    let mut f = parse_spec_for(spec, default_align, type_name)?;
    if f.ty.is_none() {
        f.ty = default_ty;
    }
    if f.grouping != Grouping::None {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if f.grouping == Grouping::Underscore => {
                f.grouping = Grouping::UnderscoreFour;
            }
            Some(t) => {
                let sep = if f.grouping == Grouping::Comma { ',' } else { '_' };
                let n = t as u32;
                return Err(if n > 32 && n < 128 {
                    format!("Cannot specify '{}' with '{}'.", sep, t)
                } else {
                    format!("Cannot specify '{}' with '\\x{:x}'.", sep, n)
                });
            }
        }
    }
    Ok(f)
}

/// Parse a spec with numeric defaults (align `>`), no type-specific validation.
pub fn parse_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_spec_for(spec, '>', "object")
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` (ASCII) padding with zeros
/// up to `min_width` characters.
fn group_digits(digits: &str, min_width: i64, grouping: Grouping) -> String {
    let (sep, size) = match grouping {
        Grouping::None => ("", 0usize),
        Grouping::Comma => (",", 3),
        Grouping::Underscore => ("_", 3),
        Grouping::UnderscoreFour => ("_", 4),
    };
    let d: Vec<char> = digits.chars().collect();
    let mut min_width = min_width.max(0);
    let mut remaining = d.len() as i64;
    let mut pieces: Vec<String> = Vec::new(); // from the right
    let emit = |len: i64, remaining: i64, pieces: &mut Vec<String>| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let mut s: String = "0".repeat(n_zeros as usize);
        let hi = remaining as usize;
        let lo = (remaining - n_chars) as usize;
        s.extend(&d[lo..hi]);
        pieces.push(s);
        n_chars
    };
    let mut broken = false;
    if size > 0 {
        loop {
            let len = (size as i64).min(remaining.max(min_width).max(1));
            let used = emit(len, remaining, &mut pieces);
            remaining -= used;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= sep.len() as i64;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        emit(len, remaining, &mut pieces);
    }
    pieces.reverse();
    pieces.join(sep)
}

/// `calc_number_widths` + `fill_number`. `number` is the unsigned digit string,
/// optionally followed by `.` and a remainder (`has_decimal`/`remainder` split as
/// `parse_number` does); for `c` pass `digits = ""` and the char as remainder.
fn fill_number(f: &FormatSpec, negative: bool, prefix: &str, digits: &str, has_decimal: bool, remainder: &str, upper: bool) -> String {
    let sign = match f.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let n_prefix = prefix.chars().count() as i64;
    let n_remainder = remainder.chars().count() as i64;
    let n_non_digit = sign.is_some() as i64 + n_prefix + has_decimal as i64 + n_remainder;
    let width = f.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if f.fill == '0' && f.align == '=' { width - n_non_digit } else { 0 };
    let grouped = if digits.is_empty() { String::new() } else { group_digits(digits, min_width, f.grouping) };
    let grouped = if upper { grouped.to_ascii_uppercase() } else { grouped };
    let n_padding = width - (n_non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match f.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let fill = |n: i64| std::iter::repeat_n(f.fill, n as usize).collect::<String>();
    let mut out = fill(lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    out.push_str(&fill(spad));
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    out.push_str(&fill(rpad));
    out
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_checked(spec, '<', Some('s'), "str")?;
    if f.ty != Some('s') {
        return Err(unknown_code(f.ty.unwrap_or('s'), "str"));
    }
    if let Some(sign) = f.sign {
        return Err(if sign == ' ' {
            "Space not allowed in string format specifier".into()
        } else {
            "Sign not allowed in string format specifier".into()
        });
    }
    if f.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if f.align == '=' {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let mut len = s.chars().count();
    let body: String = match f.precision {
        Some(p) if p < len => {
            len = p;
            s.chars().take(p).collect()
        }
        _ => s.to_string(),
    };
    Ok(pad(&body, len, f.width, f.align, f.fill))
}

fn pad(body: &str, len: usize, width: Option<usize>, align: char, fill: char) -> String {
    let total = width.unwrap_or(0);
    if total <= len {
        return body.to_string();
    }
    let n = total - len;
    let (l, r) = match align {
        '>' => (n, 0),
        '^' => (n / 2, n - n / 2),
        _ => (0, n),
    };
    let mut out: String = std::iter::repeat_n(fill, l).collect();
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, r));
    out
}

/// `format(i, spec)` for an int.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, String> {
    format_int_typed(v, spec, "int")
}

/// Like [`format_int`] but naming the type in errors (e.g. `"bool"`). Note: for a
/// bool with an empty spec CPython returns `str(b)` (`'True'`); the caller handles that.
pub fn format_int_typed(v: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let f = parse_checked(spec, '>', Some('d'), type_name)?;
    let ty = f.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(v).ok_or_else(|| "int too large to convert to float".to_string())?;
            return format_float_parsed(x, &f);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if f.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if f.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    if ty == 'c' {
        if f.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if f.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let n = v.to_i64().ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        let ch = u32::try_from(n)
            .ok()
            .filter(|&n| n <= 0x10ffff)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        let c = char::from_u32(ch).unwrap_or('\u{fffd}');
        return Ok(fill_number(&f, false, "", "", false, &c.to_string(), false));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude().to_str_radix(radix);
    let prefix = if f.alternate { prefix } else { "" };
    Ok(fill_number(&f, v.sign() == Sign::Minus, prefix, &digits, false, "", ty == 'X'))
}

/// Python's `float(int)`: correctly rounded, `None` on overflow.
pub fn int_to_f64(v: &BigInt) -> Option<f64> {
    if v.is_zero() {
        return Some(0.0);
    }
    // BigInt's ToPrimitive::to_f64 rounds correctly for num-bigint 0.4; guard overflow.
    v.to_f64().filter(|x| x.is_finite())
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_checked(spec, '>', None, "float")?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_parsed(x, &f),
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// `format_float_internal` on an already parsed spec.
pub fn format_float_parsed(x: f64, f: &FormatSpec) -> Result<String, String> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6;
    let mut add_dot_0 = false;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, false, add_dot_0, f.alternate, f.no_neg_0);
    if add_pct {
        buf.push('%');
    }
    let negative = buf.starts_with('-');
    let body = if negative { &buf[1..] } else { &buf[..] };
    let n_int = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &body[..n_int];
    let rest = &body[n_int..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    Ok(fill_number(f, negative, "", digits, has_decimal, remainder, false))
}
