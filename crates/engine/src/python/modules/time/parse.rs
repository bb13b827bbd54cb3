//! `time.strptime`: CPython's _strptime.py, its regular expression as a matcher.

use crate::python::items::Items;
use super::*;


#[derive(Clone, Copy, Debug)]
pub(super) enum Tok {
    Lit(char),
    /// A run of white space in the format: `\s+`.
    Space,
    Dir(char),
}

pub(super) const REGEX_CHARS: &str = "\\.^$*+?(){}[]|";

/// The format as TimeRE.pattern() turns it into a regex: `%c`, `%x` and `%X` are
/// the C locale's formats, as _strptime's LocaleTime works them out.
pub(super) fn strptime_tokens(p: &mut Process, format: &str) -> Result<Vec<Tok>, Ctl> {
    let chars: Vec<char> = format.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            toks.push(Tok::Space);
            continue;
        }
        if c != '%' {
            toks.push(Tok::Lit(c));
            i += 1;
            continue;
        }
        let Some(&d) = chars.get(i + 1) else {
            return Err(p.value_error(format!("stray % in format '{format}'")));
        };
        match d {
            '%' => toks.push(Tok::Lit('%')),
            'c' => toks.extend(strptime_tokens(p, "%a %b %d %H:%M:%S %Y")?),
            'x' => toks.extend(strptime_tokens(p, "%m/%d/%y")?),
            'X' => toks.extend(strptime_tokens(p, "%H:%M:%S")?),
            d if "dfHIGjmMSUWwuVyYzAaBbpZ".contains(d) => toks.push(Tok::Dir(d)),
            // The regex escaping and white space replacement come first, so a `%`
            // before either finds a backslash, which _strptime reports as `%`.
            d => {
                let bad = if d.is_whitespace() || REGEX_CHARS.contains(d) { '%' } else { d };
                return Err(p.value_error(format!("'{bad}' is a bad directive in format '{format}'")));
            }
        }
        i += 2;
    }
    Ok(toks)
}

/// Does a regex alternative (`3[0-1]`, `[1-2]\d`, ` [1-9]`) match at `pos`?
/// `D` stands for `\d`, `[ab]` for the range a..b.
pub(super) fn alt_len(alt: &str, s: &[char], pos: usize) -> Option<usize> {
    let pat: Vec<char> = alt.chars().collect();
    let (mut i, mut at) = (0, pos);
    while i < pat.len() {
        let c = *s.get(at)?;
        let ok = match pat[i] {
            'D' => c.is_ascii_digit(),
            '[' => {
                let ok = pat[i + 1] <= c && c <= pat[i + 2];
                i += 3;
                ok
            }
            lit => lit == c,
        };
        if !ok {
            return None;
        }
        i += 1;
        at += 1;
    }
    Some(at)
}

pub(super) const WEEKDAYS_FULL: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
pub(super) const WEEKDAYS_ABBR: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
pub(super) const MONTHS_FULL: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
pub(super) const MONTHS_ABBR: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/// The local zone's names that mean "not summer time": 'utc', 'gmt' and tzname[0].
pub(super) const ZONES: [&str; 2] = ["utc", "gmt"];

pub(super) fn starts_with_ci(s: &[char], pos: usize, word: &str) -> Option<usize> {
    let mut at = pos;
    for w in word.chars() {
        let c = *s.get(at)?;
        if !c.to_lowercase().eq(w.to_lowercase()) {
            return None;
        }
        at += 1;
    }
    Some(at)
}

/// Where a directive's match can end, in the order the regex tries them.
pub(super) fn candidates(d: char, s: &[char], pos: usize) -> Vec<usize> {
    let alts: &[&str] = match d {
        'd' => &["3[01]", "[12]D", "0[19]", "[19]", " [19]"],
        'H' => &["2[03]", "[01]D", "D"],
        'I' | 'm' => &["1[02]", "0[19]", "[19]"],
        'G' | 'Y' => &["DDDD"],
        'j' => &["36[06]", "3[05]D", "[12]DD", "0[19]D", "00[19]", "[19]D", "0[19]", "[19]"],
        'M' => &["[05]D", "D"],
        'S' => &["6[01]", "[05]D", "D"],
        'U' | 'W' => &["5[03]", "[04]D", "D"],
        'w' => &["[06]"],
        'u' => &["[17]"],
        'V' => &["5[03]", "0[19]", "[14]D", "D"],
        'y' => &["DD"],
        'f' => &["DDDDDD", "DDDDD", "DDDD", "DDD", "DD", "D"],
        'z' => return zone_offset_candidates(s, pos),
        _ => {
            let words: Vec<&str> = match d {
                'A' => WEEKDAYS_FULL.to_vec(),
                'a' => WEEKDAYS_ABBR.to_vec(),
                'B' => MONTHS_FULL.to_vec(),
                'b' => MONTHS_ABBR.to_vec(),
                'p' => vec!["am", "pm"],
                _ => ZONES.to_vec(),
            };
            // Longest first, as _strptime's __seqToRE sorts them.
            let mut words = words;
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            return words.iter().filter_map(|w| starts_with_ci(s, pos, w)).collect();
        }
    };
    alts.iter().filter_map(|a| alt_len(a, s, pos)).collect()
}

/// `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)`, every way it can match.
pub(super) fn zone_offset_candidates(s: &[char], pos: usize) -> Vec<usize> {
    let at = |i: usize| s.get(i).copied().unwrap_or('\0');
    let digit = |i: usize| at(i).is_ascii_digit();
    let sixty = |i: usize| ('0'..='5').contains(&at(i)) && digit(i + 1);
    let mut out = Vec::new();
    if matches!(at(pos), '+' | '-') && digit(pos + 1) && digit(pos + 2) {
        let colon = pos + 3;
        let minutes: Vec<usize> = if at(colon) == ':' { vec![colon + 1, colon] } else { vec![colon] };
        for m in minutes {
            if !sixty(m) {
                continue;
            }
            let after_minutes = m + 2;
            let seconds: Vec<usize> =
                if at(after_minutes) == ':' { vec![after_minutes + 1, after_minutes] } else { vec![after_minutes] };
            for sec in seconds {
                if !sixty(sec) {
                    continue;
                }
                let after_seconds = sec + 2;
                if at(after_seconds) == '.' {
                    let n = (1..=6).take_while(|k| digit(after_seconds + k)).count();
                    out.extend((1..=n).rev().map(|k| after_seconds + 1 + k));
                }
                out.push(after_seconds);
            }
            out.push(after_minutes);
        }
    }
    if at(pos) == 'Z' {
        out.push(pos + 1);
    }
    out
}

/// The first way the tokens match at `pos` (as `re.match` finds it): where the
/// match ends, with each directive's (directive, start, end).
pub(super) fn match_tokens(toks: &[Tok], s: &[char], pos: usize, caps: &mut Vec<(char, usize, usize)>) -> Option<usize> {
    let Some(tok) = toks.first() else { return Some(pos) };
    match *tok {
        Tok::Lit(c) => {
            let d = *s.get(pos)?;
            if d == c || d.to_lowercase().eq(c.to_lowercase()) {
                match_tokens(&toks[1..], s, pos + 1, caps)
            } else {
                None
            }
        }
        Tok::Space => {
            let end = pos + s[pos.min(s.len())..].iter().take_while(|c| c.is_whitespace()).count();
            (pos + 1..=end).rev().find_map(|e| match_tokens(&toks[1..], s, e, caps))
        }
        Tok::Dir(d) => {
            for end in candidates(d, s, pos) {
                caps.push((d, pos, end));
                if let Some(r) = match_tokens(&toks[1..], s, end, caps) {
                    return Some(r);
                }
                caps.pop();
            }
            None
        }
    }
}

/// What _strptime._strptime returns.
pub(super) struct Parsed {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: i64,
    julian: i64,
    tz: i64,
    tzname: Option<String>,
    gmtoff: Option<i64>,
    fraction: i64,
    gmtoff_fraction: i64,
}

/// datetime.date's argument check, with its messages.
pub(super) fn check_date(p: &mut Process, year: i64, month: i64, day: i64) -> Result<(), Ctl> {
    if !(1..=9999).contains(&year) {
        return Err(p.value_error(format!("year {year} is out of range")));
    }
    if !(1..=12).contains(&month) {
        return Err(p.value_error("month must be in 1..12"));
    }
    if day < 1 || day > days_in_month(year, month) {
        return Err(p.value_error("day is out of range for month"));
    }
    Ok(())
}

pub(super) fn ordinal_of(p: &mut Process, year: i64, month: i64, day: i64) -> Result<i64, Ctl> {
    check_date(p, year, month, day)?;
    Ok(to_ordinal(year, month, day))
}

pub(super) fn from_ordinal(p: &mut Process, ordinal: i64) -> Result<(i64, i64, i64), Ctl> {
    if ordinal < 1 {
        return Err(p.value_error("ordinal must be >= 1"));
    }
    let (y, m, d) = civil_from_days(ordinal - 719_163);
    if y > 9999 {
        return Err(p.value_error(format!("year {y} is out of range")));
    }
    Ok((y, m, d))
}

pub(super) fn parse_int(p: &mut Process, text: &str) -> Result<i64, Ctl> {
    match text.trim().parse::<i64>() {
        Ok(n) => Ok(n),
        Err(_) => Err(p.value_error(format!("invalid literal for int() with base 10: '{text}'"))),
    }
}

pub(super) fn strptime_core(p: &mut Process, data: &str, format: &str) -> Result<Parsed, Ctl> {
    let toks = strptime_tokens(p, format)?;
    let s: Vec<char> = data.chars().collect();
    let mut caps = Vec::new();
    let Some(end) = match_tokens(&toks, &s, 0, &mut caps) else {
        let (d, f) = (p.repr(&Value::str(data))?, p.repr(&Value::str(format))?);
        return Err(p.value_error(format!("time data {d} does not match format {f}")));
    };
    if end != s.len() {
        let rest: String = s[end..].iter().collect();
        return Err(p.value_error(format!("unconverted data remains: {rest}")));
    }
    let found: Vec<(char, String)> = caps.iter().map(|&(d, a, b)| (d, s[a..b].iter().collect())).collect();
    let text_of = |d: char| found.iter().find(|(k, _)| *k == d).map(|(_, t)| t.clone());
    let index_of = |words: &[&str], t: &str| words.iter().position(|w| *w == t.to_lowercase()).unwrap_or(0) as i64;

    let (mut iso_year, mut year) = (None, None);
    let (mut month, mut day) = (1, 1);
    let (mut hour, mut minute, mut second, mut fraction) = (0, 0, 0, 0);
    let mut tz = -1;
    let mut gmtoff = None;
    let mut gmtoff_fraction = 0;
    let (mut iso_week, mut week_of_year, mut week_starts_monday) = (None, None, false);
    let (mut weekday, mut julian): (Option<i64>, Option<i64>) = (None, None);
    for (key, text) in &found {
        match key {
            'y' => {
                let y = parse_int(p, text)?;
                // POSIX: 00..68 are 2000..2068, 69..99 are 1969..1999.
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(parse_int(p, text)?),
            'G' => iso_year = Some(parse_int(p, text)?),
            'm' => month = parse_int(p, text)?,
            'B' => month = index_of(&MONTHS_FULL, text) + 1,
            'b' => month = index_of(&MONTHS_ABBR, text) + 1,
            'd' => day = parse_int(p, text)?,
            'H' => hour = parse_int(p, text)?,
            'I' => {
                hour = parse_int(p, text)?;
                let ampm = text_of('p').unwrap_or_default().to_lowercase();
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == "pm" && hour != 12 {
                    hour += 12;
                }
            }
            'M' => minute = parse_int(p, text)?,
            'S' => second = parse_int(p, text)?,
            'f' => fraction = parse_int(p, &format!("{text:0<6}"))?,
            'A' => weekday = Some(index_of(&WEEKDAYS_FULL, text)),
            'a' => weekday = Some(index_of(&WEEKDAYS_ABBR, text)),
            'w' => {
                let w = parse_int(p, text)?;
                weekday = Some(if w == 0 { 6 } else { w - 1 });
            }
            'u' => weekday = Some(parse_int(p, text)? - 1),
            'j' => julian = Some(parse_int(p, text)?),
            'U' | 'W' => {
                week_of_year = Some(parse_int(p, text)?);
                week_starts_monday = *key == 'W';
            }
            'V' => iso_week = Some(parse_int(p, text)?),
            'z' => {
                if text == "Z" {
                    gmtoff = Some(0);
                } else {
                    let mut z: Vec<char> = text.chars().collect();
                    if z[3] == ':' {
                        z.remove(3);
                        if z.len() > 5 {
                            if z[5] != ':' {
                                return Err(p.value_error(format!("Inconsistent use of : in {text}")));
                            }
                            z.remove(5);
                        }
                    }
                    let piece = |a: usize, b: usize| z[a.min(z.len())..b.min(z.len())].iter().collect::<String>();
                    let hours = parse_int(p, &piece(1, 3))?;
                    let minutes = parse_int(p, &piece(3, 5))?;
                    let secs = piece(5, 7);
                    let secs = if secs.is_empty() { 0 } else { parse_int(p, &secs)? };
                    let mut off = hours * 3600 + minutes * 60 + secs;
                    let mut frac = parse_int(p, &format!("{:0<6}", piece(8, z.len())))?;
                    if z[0] == '-' {
                        off = -off;
                        frac = -frac;
                    }
                    gmtoff = Some(off);
                    gmtoff_fraction = frac;
                }
            }
            // 'utc', 'gmt' and tzname[0] are the zone without summer time.
            'Z' if ZONES.contains(&text.to_lowercase().as_str()) => tz = 0,
            _ => {}
        }
    }
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(p.value_error(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        if julian.is_some() {
            return Err(p.value_error(
                "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
            ));
        }
    } else if week_of_year.is_none() && iso_week.is_some() {
        if weekday.is_none() {
            return Err(p.value_error(
                "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        return Err(p.value_error(
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.",
        ));
    }
    // February 29th without a year is taken in 1904 (a leap year), and reported as 1900.
    let leap_year_fix = year.is_none() && month == 2 && day == 29;
    let mut year = year.unwrap_or(if leap_year_fix { 1904 } else { 1900 });
    if let (None, Some(wd)) = (julian, weekday) {
        if let Some(week) = week_of_year {
            let mut first_weekday = (ordinal_of(p, year, 1, 1)? + 6) % 7;
            let mut day_of_week = wd;
            if !week_starts_monday {
                first_weekday = (first_weekday + 1) % 7;
                day_of_week = (day_of_week + 1) % 7;
            }
            let week_0_length = (7 - first_weekday) % 7;
            julian = Some(if week == 0 {
                1 + day_of_week - first_weekday
            } else {
                1 + week_0_length + 7 * (week - 1) + day_of_week
            });
        } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
            let jan4_isoweekday = (ordinal_of(p, iy, 1, 4)? + 6) % 7 + 1;
            let mut ordinal = iw * 7 + wd + 1 - (jan4_isoweekday + 3);
            let mut y = iy;
            if ordinal < 1 {
                ordinal += ordinal_of(p, y, 1, 1)?;
                y -= 1;
                ordinal -= ordinal_of(p, y, 1, 1)?;
            }
            year = y;
            julian = Some(ordinal);
        }
        if let Some(j) = julian.filter(|j| *j <= 0) {
            year -= 1;
            julian = Some(j + if is_leap(year) { 366 } else { 365 });
        }
    }
    let julian = match julian {
        None => ordinal_of(p, year, month, day)? - ordinal_of(p, year, 1, 1)? + 1,
        Some(j) => {
            let first = ordinal_of(p, year, 1, 1)?;
            let (y, m, d) = from_ordinal(p, j - 1 + first)?;
            (year, month, day) = (y, m, d);
            j
        }
    };
    let weekday = match weekday {
        Some(w) => w,
        None => (ordinal_of(p, year, month, day)? + 6) % 7,
    };
    if leap_year_fix {
        year = 1900;
    }
    Ok(Parsed {
        year,
        month,
        day,
        hour,
        minute,
        second,
        weekday,
        julian,
        tz,
        tzname: text_of('Z'),
        gmtoff,
        fraction,
        gmtoff_fraction,
    })
}

/// The two arguments of strptime, checked as _strptime checks them.
pub(super) fn strptime_args(p: &mut Process, a: &[Value], k: &Kw, function: &str) -> Result<(Rc<str>, Rc<str>), Ctl> {
    no_kwargs(p, k, "strptime")?;
    if a.is_empty() {
        return Err(p.type_error(format!("{function}() missing 1 required positional argument: 'data_string'")));
    }
    if a.len() > 2 {
        return Err(p.type_error(format!("{function}() takes from 1 to 2 positional arguments but {} were given", a.len())));
    }
    let format = a.get(1).cloned().unwrap_or(Value::str("%a %b %d %H:%M:%S %Y"));
    let mut out = Vec::new();
    for (index, arg) in [&a[0], &format].into_iter().enumerate() {
        match arg {
            Value::Str(s) => out.push(s.clone()),
            other => {
                let t = Value::Ref(p.type_of(other));
                let t = p.repr(&t)?;
                return Err(p.type_error(format!("strptime() argument {index} must be str, not {t}")));
            }
        }
    }
    Ok((out[0].clone(), out[1].clone()))
}

pub(super) fn parsed_fields(r: &Parsed) -> [Value; 9] {
    [r.year, r.month, r.day, r.hour, r.minute, r.second, r.weekday, r.julian, r.tz].map(Value::Int)
}

pub(super) fn strptime(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let (data, format) = strptime_args(p, &a, &k, "_strptime_time")?;
    let r = strptime_core(p, &data, &format)?;
    let zone = r.tzname.clone().map_or(Value::None, Value::from_string);
    let gmtoff = r.gmtoff.map_or(Value::None, Value::Int);
    make_struct_time(p, parsed_fields(&r), zone, gmtoff)
}

/// `_strptime(data, format)`: CPython's `_strptime._strptime`, for datetime's
/// strptime: `((y, m, d, H, M, S, wday, yday, isdst, tzname, gmtoff), microseconds,
/// gmtoff microseconds)`.
pub(super) fn strptime_parts(p: &mut Process, a: Vec<Value>, k: Kw) -> Result<Value, Ctl> {
    let (data, format) = strptime_args(p, &a, &k, "_strptime")?;
    let r = strptime_core(p, &data, &format)?;
    let mut fields = parsed_fields(&r).to_vec();
    fields.push(r.tzname.clone().map_or(Value::None, Value::from_string));
    fields.push(r.gmtoff.map_or(Value::None, Value::Int));
    let tt = p.alloc(Obj::Tuple(Items::from(fields)));
    Ok(p.alloc(Obj::Tuple(vec![tt, Value::Int(r.fraction), Value::Int(r.gmtoff_fraction)].into())))
}

