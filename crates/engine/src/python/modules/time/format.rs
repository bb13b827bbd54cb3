//! `time.strftime`: glibc 2.36's __strftime_internal in the C locale.

use super::*;


pub(super) fn strftime(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    no_kwargs(p, &k, "strftime")?;
    match a.len() {
        0 => return Err(p.type_error("strftime() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => return Err(p.type_error(format!("strftime() takes at most 2 arguments ({n} given)"))),
    }
    let format = str_arg(p, &a[0], "strftime() argument 1")?;
    let mut tm = match a.get(1) {
        None => {
            let secs = now_secs(p).floor() as i64;
            breakdown(p, secs, "UTC")?
        }
        Some(v) => {
            let mut tm = gettmarg(p, v, "strftime")?;
            checktm(p, &mut tm)?;
            tm
        }
    };
    if format.contains('\0') {
        return Err(p.value_error("embedded null character"));
    }
    // CPython keeps tm_isdst in [-1, 1] in case %Z indexes tzname with it.
    tm.isdst = tm.isdst.clamp(-1, 1);
    let chars: Vec<char> = format.chars().collect();
    // CPython doubles its buffer from 1024 until it is 256 times the format's
    // length; a result that does not fit the last one comes back empty.
    let mut limit = 1024usize;
    while limit < 256 * chars.len() {
        limit *= 2;
    }
    let mut out = String::new();
    format_tm(&chars, &tm, &mut out, limit as i64);
    if out.chars().count() >= limit {
        out.clear();
    }
    Ok(Value::from_string(out))
}

/// How a conversion's text is written: padded to the width (zeros only with the `0`
/// flag) and case-changed.
pub(super) struct Style {
    width: i64,
    pad: Option<char>,
    upper: bool,
    lower: bool,
}

impl Style {
    /// glibc's `cpy`: the text, after `width - len` pad characters.
    fn add(&self, out: &mut String, text: &str) {
        let n = text.chars().count() as i64;
        let fill = if self.pad == Some('0') { '0' } else { ' ' };
        for _ in n..self.width {
            out.push(fill);
        }
        if self.lower {
            out.push_str(&text.to_lowercase());
        } else if self.upper {
            out.push_str(&text.to_uppercase());
        } else {
            out.push_str(text);
        }
    }

    /// glibc's do_number: at least `digits` digits, padded with zeros unless the
    /// `_` flag (spaces) or `-` flag (none) says otherwise.
    fn number(&mut self, out: &mut String, digits: i64, value: i64) {
        let digits = digits.max(self.width);
        let mut text = value.unsigned_abs().to_string();
        if value < 0 {
            text.insert(0, '-');
        }
        self.sign_and_padding(out, digits, text);
    }

    fn sign_and_padding(&mut self, out: &mut String, digits: i64, mut text: String) {
        if self.pad != Some('-') {
            let padding = digits - text.len() as i64;
            if padding > 0 {
                if self.pad == Some('_') {
                    out.extend(std::iter::repeat_n(' ', padding as usize));
                    self.width = if self.width > padding { self.width - padding } else { 0 };
                } else {
                    if text.starts_with('-') {
                        text.remove(0);
                        out.push('-');
                    }
                    out.extend(std::iter::repeat_n('0', padding as usize));
                    self.width = 0;
                }
            }
        }
        self.add(out, &text);
    }
}

/// The days from the first day of the ISO week-numbering year to this day (glibc's
/// iso_week_days; negative when the day is in the previous ISO year).
pub(super) fn iso_week_days(yday: i64, wday: i64) -> i64 {
    let big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1
}

/// Formats `f` into `out`; widths past `limit` are cut to it (the result is too
/// long for CPython's buffer then anyway).
pub(super) fn format_tm(f: &[char], tm: &Tm, out: &mut String, limit: i64) {
    let hour12 = match tm.hour {
        h if h > 12 => h - 12,
        0 => 12,
        h => h,
    };
    let mut i = 0;
    while i < f.len() {
        if f[i] != '%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut style = Style { width: -1, pad: None, upper: false, lower: false };
        let mut change_case = false;
        loop {
            match f.get(i) {
                Some(&c @ ('_' | '-' | '0')) => style.pad = Some(c),
                Some('^') => style.upper = true,
                Some('#') => change_case = true,
                _ => break,
            }
            i += 1;
        }
        if f.get(i).is_some_and(|c| c.is_ascii_digit()) {
            style.width = 0;
            while let Some(d) = f.get(i).and_then(|c| c.to_digit(10)) {
                style.width = (style.width * 10 + d as i64).min(limit);
                i += 1;
            }
        }
        let modifier = match f.get(i) {
            Some(&c @ ('E' | 'O')) => {
                i += 1;
                Some(c)
            }
            _ => None,
        };
        let e = modifier == Some('E');
        let bad = match f.get(i).copied() {
            // A `%` (with its flags) at the end of the format is copied as it is.
            None => {
                let text: String = f[start..i].iter().collect();
                style.add(out, &text);
                break;
            }
            Some('%') if modifier.is_some() => true,
            Some('%') => {
                style.add(out, "%");
                false
            }
            Some(c @ ('a' | 'A')) if modifier.is_none() => {
                if change_case {
                    style.upper = true;
                }
                let day = tm.wday as usize;
                style.add(out, if c == 'a' { ABDAY[day] } else { DAY[day] });
                false
            }
            // `%Ob` and `%OB` are the alternative (nominative) month names: the same in C.
            Some(c @ ('b' | 'h' | 'B')) if !e => {
                if change_case {
                    style.upper = true;
                }
                let month = tm.mon as usize;
                style.add(out, if c == 'B' { MON[month] } else { ABMON[month] });
                false
            }
            Some('c') if modifier != Some('O') => sub_format(D_T_FMT, tm, &style, out, limit),
            Some('x') if modifier != Some('O') => sub_format(D_FMT, tm, &style, out, limit),
            Some('X') if modifier != Some('O') => sub_format(T_FMT, tm, &style, out, limit),
            Some('D') if modifier.is_none() => sub_format("%m/%d/%y", tm, &style, out, limit),
            Some('F') if modifier.is_none() => sub_format("%Y-%m-%d", tm, &style, out, limit),
            Some('R') => sub_format("%H:%M", tm, &style, out, limit),
            Some('r') => sub_format(T_FMT_AMPM, tm, &style, out, limit),
            Some('T') => sub_format("%H:%M:%S", tm, &style, out, limit),
            Some('C') => {
                // No eras in the C locale, so `%EC` is the century too.
                let year = tm.year;
                style.number(out, 1, year / 100 - (year % 100 < 0) as i64);
                false
            }
            Some('d') if !e => number(&mut style, out, 2, tm.mday, false),
            Some('e') if !e => number(&mut style, out, 2, tm.mday, true),
            Some('H') if !e => number(&mut style, out, 2, tm.hour, false),
            Some('I') if !e => number(&mut style, out, 2, hour12, false),
            Some('k') if !e => number(&mut style, out, 2, tm.hour, true),
            Some('l') if !e => number(&mut style, out, 2, hour12, true),
            Some('j') if !e => number(&mut style, out, 3, tm.yday + 1, false),
            Some('M') if !e => number(&mut style, out, 2, tm.min, false),
            Some('m') if !e => number(&mut style, out, 2, tm.mon + 1, false),
            Some('S') if !e => number(&mut style, out, 2, tm.sec, false),
            Some('U') if !e => number(&mut style, out, 2, (tm.yday - tm.wday + 7) / 7, false),
            Some('W') if !e => number(&mut style, out, 2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, false),
            Some('w') if !e => number(&mut style, out, 1, tm.wday, false),
            Some('u') => number(&mut style, out, 1, (tm.wday - 1 + 7) % 7 + 1, false),
            Some('y') => number(&mut style, out, 2, (tm.year % 100 + 100) % 100, false),
            Some('Y') if modifier != Some('O') => number(&mut style, out, 1, tm.year, false),
            Some(c @ ('V' | 'g' | 'G')) if !e => {
                let mut year = tm.year;
                let mut days = iso_week_days(tm.yday, tm.wday);
                if days < 0 {
                    year -= 1;
                    days = iso_week_days(tm.yday + 365 + is_leap(year) as i64, tm.wday);
                } else {
                    let d = iso_week_days(tm.yday - (365 + is_leap(year) as i64), tm.wday);
                    if d >= 0 {
                        year += 1;
                        days = d;
                    }
                }
                match c {
                    'g' => number(&mut style, out, 2, (year % 100 + 100) % 100, false),
                    'G' => number(&mut style, out, 1, year, false),
                    _ => number(&mut style, out, 2, days / 7 + 1, false),
                }
            }
            Some('n') => {
                style.add(out, "\n");
                false
            }
            Some('t') => {
                style.add(out, "\t");
                false
            }
            Some(c @ ('p' | 'P')) => {
                if c == 'P' {
                    style.lower = true;
                }
                if change_case {
                    style.upper = false;
                    style.lower = true;
                }
                style.add(out, if tm.hour > 11 { "PM" } else { "AM" });
                false
            }
            Some('s') => {
                // Seconds since the epoch of the fields, as mktime reads them.
                let secs = mktime_secs(tm).unwrap_or(-1);
                let text = if secs < 0 { format!("-{}", secs.unsigned_abs()) } else { secs.to_string() };
                style.sign_and_padding(out, 1, text);
                false
            }
            Some('Z') => {
                if change_case {
                    style.upper = false;
                    style.lower = true;
                }
                let zone = match &tm.zone {
                    Some(z) if !z.is_empty() => z.to_string(),
                    // No zone in the tuple: the local zone's name, unless tm_isdst < 0.
                    _ if tm.isdst >= 0 => "UTC".to_string(),
                    _ => String::new(),
                };
                style.add(out, &zone);
                false
            }
            Some('z') => {
                if tm.isdst >= 0 {
                    let mut diff = tm.gmtoff;
                    if diff < 0 {
                        style.add(out, "-");
                        diff = -diff;
                    } else {
                        style.add(out, "+");
                    }
                    diff /= 60;
                    style.number(out, 4, (diff / 60) * 100 + diff % 60);
                }
                false
            }
            Some(_) => true,
        };
        if bad {
            // An unknown conversion is copied through, flags and all: from the
            // nearest `%` back, which for a refused `%%` (`%E%`) is its last `%`.
            let from = if f[i] == '%' { i } else { start };
            let text: String = f[from..=i].iter().collect();
            style.add(out, &text);
        }
        i += 1;
    }
}

pub(super) fn number(style: &mut Style, out: &mut String, digits: i64, value: i64, spacepad: bool) -> bool {
    // %e, %k and %l pad with spaces unless the `0` or `-` flag says otherwise.
    if spacepad && style.pad != Some('0') && style.pad != Some('-') {
        style.pad = Some('_');
    }
    style.number(out, digits, value);
    false
}

/// `%c`, `%D`, ...: the expansion, padded to the width as one piece, and upper-cased
/// by `^` (but not case-swapped by `#`).
pub(super) fn sub_format(fmt: &str, tm: &Tm, style: &Style, out: &mut String, limit: i64) -> bool {
    let chars: Vec<char> = fmt.chars().collect();
    let mut text = String::new();
    format_tm(&chars, tm, &mut text, limit);
    let plain = Style { width: style.width, pad: style.pad, upper: style.upper, lower: false };
    plain.add(out, &text);
    false
}

