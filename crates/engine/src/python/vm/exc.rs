//! Exceptions: creation, the messages natives raise, and CPython 3.11's traceback format.

use crate::python::items::Items;
use super::{Ctl, Process};
use crate::python::heap::{ExcData, Instance, Obj, TbEntry};
use crate::python::value::{ObjId, Value};
use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

pub(crate) use super::exc_group::Margin;

/// Groups nested deeper are shown as "... (max_group_depth is 10)", as CPython does.
pub(crate) const MAX_GROUP_DEPTH: usize = 10;

impl Process {
    /// A new exception instance of class `cls` with `args`.
    pub fn new_exc(&mut self, cls: ObjId, args: Vec<Value>) -> Value {
        self.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            attrs: Default::default(),
            dict: None,
            exc: Some(Box::new(ExcData { args, ..Default::default() })),
            payload: None,
        })))
    }

    /// `name(msg)` as a control value, ready to be returned from a native.
    pub fn err(&mut self, name: &str, msg: impl AsRef<str>) -> Ctl {
        let cls = self.exc_class(name);
        let e = self.new_exc(cls, vec![Value::str(msg.as_ref())]);
        Ctl::Exc(e)
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> Ctl {
        self.err("TypeError", msg)
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> Ctl {
        self.err("ValueError", msg)
    }

    pub fn os_error(&mut self, errno: i32, msg: &str, filename: &str) -> Ctl {
        let name = match errno {
            2 => "FileNotFoundError",
            13 => "PermissionError",
            17 => "FileExistsError",
            21 => "IsADirectoryError",
            20 => "NotADirectoryError",
            _ => "OSError",
        };
        let cls = self.exc_class(name);
        let e = self.new_exc(cls, vec![Value::Int(errno as i64), Value::str(msg)]);
        if let Value::Ref(id) = &e {
            if let Obj::Instance(i) = self.heap.get_mut(*id) {
                i.attrs.set("filename".into(), Value::str(filename));
                i.attrs.set("errno".into(), Value::Int(errno as i64));
                i.attrs.set("strerror".into(), Value::str(msg));
            }
        }
        Ctl::Exc(e)
    }

    pub fn exc_data(&self, e: &Value) -> Option<&ExcData> {
        match e {
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Instance(i) => i.exc.as_deref(),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, e: &Value) -> Option<&mut ExcData> {
        match e {
            Value::Ref(id) => match self.heap.get_mut(*id) {
                Obj::Instance(i) => i.exc.as_deref_mut(),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_exc_instance(&self, v: &Value) -> bool {
        self.exc_data(v).is_some()
    }

    pub fn exc_is(&self, e: &Value, name: &str) -> bool {
        let cls = self.exc_class(name);
        self.isinstance(e, cls)
    }

    pub fn push_tb(&mut self, e: &Value, entry: TbEntry) {
        if let Some(d) = self.exc_data_mut(e) {
            d.traceback.push(entry);
        }
    }

    /// str(exception) following CPython's special cases (KeyError, OSError).
    pub fn exc_str(&mut self, e: &Value) -> String {
        let Some(d) = self.exc_data(e) else { return String::new() };
        let args = d.args.clone();
        if self.exc_is(e, "SyntaxError") && self.get_instance_attr(e, "lineno").is_some() {
            return self.syntax_error_str(e).unwrap_or_default();
        }
        if self.exc_is(e, "OSError") && args.len() >= 2 {
            if let Value::Int(n) = args[0] {
                let msg = self.to_str_lossy(&args[1]);
                // OSError(errno, strerror, filename[, winerror, filename2]).
                let fname = self.get_instance_attr(e, "filename").or_else(|| args.get(2).cloned());
                let fname2 = self.get_instance_attr(e, "filename2").or_else(|| args.get(4).cloned());
                return match (fname, fname2) {
                    (Some(f), Some(f2)) if !matches!(f, Value::None) && !matches!(f2, Value::None) => {
                        let (r, r2) = (self.repr_lossy(&f), self.repr_lossy(&f2));
                        format!("[Errno {}] {}: {} -> {}", n, msg, r, r2)
                    }
                    (Some(f), _) if !matches!(f, Value::None) => {
                        let r = self.repr_lossy(&f);
                        format!("[Errno {}] {}: {}", n, msg, r)
                    }
                    _ => format!("[Errno {}] {}", n, msg),
                };
            }
        }
        match args.len() {
            0 => String::new(),
            1 => {
                if self.exc_is(e, "KeyError") {
                    self.repr_lossy(&args[0])
                } else {
                    self.to_str_lossy(&args[0])
                }
            }
            _ => {
                let t = self.alloc(Obj::Tuple(Items::from(args)));
                self.repr_lossy(&t)
            }
        }
    }

    pub fn get_instance_attr(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Instance(i) => self.heap.inst_attr(i, name).cloned(),
                _ => None,
            },
            _ => None,
        }
    }

    /// The "Type: message" line; user `__str__` is honoured.
    pub fn exc_only(&mut self, e: &Value) -> String {
        let cls = self.type_of(e);
        let (name, module) = match self.class(cls) {
            Some(c) => {
                let m = match c.dict.get("__module__") {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => c.module.to_string(),
                };
                (c.qualname.to_string(), m)
            }
            None => ("Exception".into(), "builtins".into()),
        };
        let stype = if module == "builtins" || module == "__main__" { name } else { format!("{}.{}", module, name) };
        let has_user_str = self.class_lookup(cls, "__str__").map(|f| self.is_python_callable(&f)).unwrap_or(false);
        let msg = if has_user_str {
            match self.str_of(e) {
                Ok(s) => s.to_string(),
                Err(Ctl::Exc(_)) => "<exception str() failed>".into(),
                // The callback waits: the instruction that formats runs again after it.
                Err(wait) => {
                    self.format_trap.get_or_insert(wait);
                    String::new()
                }
            }
        } else {
            self.exc_str(e)
        };
        if msg.is_empty() {
            stype
        } else {
            format!("{}: {}", stype, msg)
        }
    }

    /// The full report CPython prints for an uncaught exception, chained causes first.
    pub fn format_exception(&mut self, e: &Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        if let Value::Ref(id) = e {
            seen.push(*id);
        }
        self.format_chain(e, &mut out, &mut seen, 0, &mut Margin::default());
        out
    }

    /// What CPython's default unraisable hook prints after "Exception ignored in"
    /// (a finalizer's exception): the traceback, else the line that was running where
    /// C code raised it (here the program's frame that let go of the object), and the
    /// exception's line; never what it was chained to.
    pub fn format_unraisable(&mut self, e: &Value) -> String {
        let Some(d) = self.exc_data(e).cloned() else { return "Exception\n".into() };
        let mut frames = String::new();
        self.format_frames(&d, &mut frames);
        if frames.is_empty() {
            let here = self.threads[self.cur].frames.iter().rev().find(|f| self.library_module(&f.code.filename).is_none());
            if let Some(f) = here {
                let entry = TbEntry { code: f.code.clone(), ip: f.ip.saturating_sub(1) as u32 };
                self.format_frame(&entry, &mut frames);
            }
        }
        let mut out = String::new();
        if !frames.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&frames);
        }
        out.push_str(&self.exc_last_lines(e, &d));
        out
    }

    /// One exception of the report with what it was chained to before it; an
    /// exception group as CPython's tree, its members in the margin (`Margin`).
    pub(crate) fn format_chain(&mut self, e: &Value, out: &mut String, seen: &mut Vec<ObjId>, depth: usize, m: &mut Margin) {
        if depth > 50 {
            return;
        }
        let Some(d) = self.exc_data(e).cloned() else {
            m.emit(out, "Exception\n", '|');
            return;
        };
        let mut unseen = |v: &Option<Value>| match v {
            Some(Value::Ref(id)) if !seen.contains(id) => {
                seen.push(*id);
                Some(Value::Ref(*id))
            }
            _ => None,
        };
        if let Some(c) = unseen(&d.cause) {
            self.format_chain(&c, out, seen, depth + 1, m);
            m.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if d.cause.as_ref().map_or(true, |c| matches!(c, Value::None)) && !d.suppress_context {
            if let Some(c) = unseen(&d.context) {
                self.format_chain(&c, out, seen, depth + 1, m);
                m.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
            }
        }
        let mut frames = String::new();
        self.format_frames(&d, &mut frames);
        let members = self.group_members(e);
        if members.is_some() && m.depth > MAX_GROUP_DEPTH {
            m.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            return;
        }
        let toplevel = m.depth == 0;
        if members.is_some() && toplevel {
            m.depth += 1;
        }
        if !frames.is_empty() {
            let head = if members.is_some() { "Exception Group Traceback" } else { "Traceback" };
            m.emit(out, &format!("{head} (most recent call last):\n"), if members.is_some() && toplevel { '+' } else { '|' });
            m.emit(out, &frames, '|');
        }
        let last = self.exc_last_lines(e, &d);
        m.emit(out, &last, '|');
        if let Some(members) = members {
            self.format_members(&members, out, seen, depth, m);
            if toplevel {
                m.depth = 0;
            }
        }
    }

    fn format_frames(&mut self, d: &ExcData, out: &mut String) {
        if d.traceback.is_empty() {
            return;
        }
        let mut last: Option<(String, u32, String)> = None;
        let mut count = 0usize;
        for t in d.traceback.iter().rev() {
            let line = t.code.line_at(t.ip as usize);
            let key = (t.code.filename.to_string(), line, t.code.name.to_string());
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                if count > 3 {
                    let n = count - 3;
                    out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
                }
                last = Some(key);
                count = 1;
            }
            if count <= 3 {
                self.format_frame(t, out);
            }
        }
        if count > 3 {
            let n = count - 3;
            out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
        }
    }

    /// The exception's own line (with a SyntaxError's report or a suggestion) and its notes.
    fn exc_last_lines(&mut self, e: &Value, d: &ExcData) -> String {
        let mut out = String::new();
        let mut line = self.exc_only(e);
        if self.exc_is(e, "SyntaxError") {
            let kind = line.split_once(": ").map_or(line.as_str(), |(kind, _)| kind).to_string();
            if let Some(report) = self.syntax_error_report(e, &kind) {
                line = report;
            }
        }
        if let Some(s) = self.suggestion(e, d) {
            line.push_str(&format!(". Did you mean: '{}'?", s));
        }
        out.push_str(&line);
        out.push('\n');
        if let Some(notes) = self.get_instance_attr(e, "__notes__") {
            if let Ok(items) = self.iterate(&notes) {
                for n in items {
                    let s = self.to_str_lossy(&n);
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
        out
    }

    /// The module whose library source `filename` (`<threading>`) is, if it is one.
    fn library_module<'a>(&self, filename: &'a str) -> Option<&'a str> {
        // `<string>` is code given as text (exec, `python -c`), not the `string` module.
        let name = filename.strip_prefix('<')?.strip_suffix('>').filter(|&n| n != "string")?;
        self.has_source(name).then_some(name)
    }

    /// A frame of our own library. CPython's traceback would show its own file
    /// there, so a line marked `#@cpython:N` is shown as line N of the module's
    /// `__cpython_file__`; unmarked library frames are internals and not shown
    /// (python/stdlib/README.md).
    fn format_library_frame(&self, module: &str, t: &TbEntry, line: u32, out: &mut String) {
        let Some(src) = self.srcs.get(&t.code.filename) else { return };
        let Some(text) = src.lines().nth((line as usize).saturating_sub(1)) else { return };
        let Some((_, marker)) = text.split_once("#@cpython:") else { return };
        // `#@cpython:N` is line N of the module's file; `#@cpython:PATH:N` of another
        // file of CPython's library (`multiprocessing/context.py`, `<frozen runpy>`).
        // A `|TEXT` suffix is the line as CPython shows it, where ours cannot read
        // the same (CPython's opens a triple-quoted string).
        let (marker, shown_as) = match marker.split_once('|') {
            Some((marker, text)) => (marker, Some(text.trim())),
            None => (marker, None),
        };
        let (other_file, line_text) = match marker.trim().rsplit_once(':') {
            Some((path, n)) if path.starts_with('<') => (Some(path.to_string()), n),
            Some((path, n)) => (Some(format!("/usr/lib/python3.11/{path}")), n),
            None => (None, marker.trim()),
        };
        let Ok(cpython_line) = line_text.parse::<u32>() else { return };
        let file = other_file.unwrap_or_else(|| self
            .modules
            .get(module)
            .and_then(|m| m.as_ref())
            .and_then(|m| match self.heap.get(m) {
                Obj::Module { dict, .. } => self.dict_get_str(*dict, "__cpython_file__"),
                _ => None,
            })
            .map(|f| match f {
                Value::Str(s) => s.to_string(),
                _ => String::new(),
            })
            .unwrap_or_else(|| format!("/usr/lib/python3.11/{module}.py")));
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", file, cpython_line, t.code.name));
        if file.starts_with('<') {
            // A frozen module: CPython has no source line to show.
            return;
        }
        if let Some(text) = shown_as {
            out.push_str(&format!("    {text}\n"));
            return;
        }
        // The line as CPython's file has it: the marker comments become blanks, which
        // the renderer trims, and positions before them do not move.
        let shown: String = src
            .split_inclusive('\n')
            .map(|l| match l.find("#@cpython:") {
                Some(at) => format!("{}{}", &l[..at], " ".repeat(l.trim_end_matches('\n').len() - at) + if l.ends_with('\n') { "\n" } else { "" }),
                None => l.to_string(),
            })
            .collect();
        let pos = t.code.positions.get(t.ip as usize).copied().unwrap_or_default();
        self.format_source_line(&shown, pos, out);
    }

    /// CPython's "Did you mean" for uncaught NameError / AttributeError.
    fn suggestion(&mut self, e: &Value, d: &ExcData) -> Option<String> {
        let name = match self.get_instance_attr(e, "name")? {
            Value::Str(s) => s.to_string(),
            _ => return None,
        };
        if self.exc_is(e, "AttributeError") {
            let obj = self.get_instance_attr(e, "obj")?;
            let mut cands: Vec<String> = Vec::new();
            if let Value::Ref(id) = &obj {
                match self.heap.get(*id) {
                    Obj::Instance(i) => {
                        cands.extend(self.heap.inst_attr_names(i));
                        let mro = self.class(i.class).map(|c| c.mro.clone()).unwrap_or_default();
                        for c in mro {
                            if let Some(cc) = self.class(c) {
                                cands.extend(cc.dict.items.iter().map(|(k, _)| k.to_string()));
                            }
                        }
                    }
                    Obj::Class(c) => {
                        for k in c.mro.clone() {
                            if let Some(cc) = self.class(k) {
                                cands.extend(cc.dict.items.iter().map(|(k, _)| k.to_string()));
                            }
                        }
                    }
                    Obj::Module { dict, .. } => {
                        let dict = *dict;
                        if let Obj::Dict(dd) = self.heap.get(dict) {
                            cands.extend(dd.keys().iter().filter_map(|k| if let Value::Str(s) = k { Some(s.to_string()) } else { None }));
                        }
                    }
                    _ => {}
                }
            }
            if let Value::Str(_) = obj {
                cands.extend(crate::python::builtins::str_methods::METHODS.iter().map(|s| s.to_string()));
            }
            return calculate_suggestion(&cands, &name);
        }
        if self.exc_is(e, "NameError") {
            let code = d.traceback.first().map(|t| t.code.clone())?;
            let locals: Vec<String> = code.varnames.iter().chain(code.cellvars.iter()).chain(code.freevars.iter()).map(|s| s.to_string()).collect();
            if let Some(s) = calculate_suggestion(&locals, &name) {
                return Some(s);
            }
            let mut globals = Vec::new();
            if let Some(Value::Ref(m)) = self.modules.get("__main__").cloned() {
                if let Obj::Module { dict, .. } = self.heap.get(m) {
                    if let Obj::Dict(dd) = self.heap.get(*dict) {
                        globals.extend(dd.keys().iter().filter_map(|k| if let Value::Str(s) = k { Some(s.to_string()) } else { None }));
                    }
                }
            }
            if let Some(s) = calculate_suggestion(&globals, &name) {
                return Some(s);
            }
            let mut builtins = Vec::new();
            if let Obj::Dict(dd) = self.heap.get(self.builtins) {
                builtins.extend(dd.keys().iter().filter_map(|k| if let Value::Str(s) = k { Some(s.to_string()) } else { None }));
            }
            return calculate_suggestion(&builtins, &name);
        }
        None
    }

    fn format_frame(&self, t: &TbEntry, out: &mut String) {
        let pos = t.code.positions.get(t.ip as usize).copied().unwrap_or_default();
        if let Some(module) = self.library_module(&t.code.filename) {
            return self.format_library_frame(module, t, pos.line, out);
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", t.code.filename, pos.line, t.code.name));
        let Some(src) = self.srcs.get(&t.code.filename) else { return };
        self.format_source_line(src, pos, out);
    }

    /// The source line of a traceback entry, and CPython 3.11's `~~^^` markers under
    /// the failing part when it is not the whole line.
    fn format_source_line(&self, src: &str, pos: crate::python::code::Pos, out: &mut String) {
        let line_start = src[..(pos.start as usize).min(src.len())].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_text = match src.get(line_start..) {
            Some(rest) => rest.split('\n').next().unwrap_or(""),
            None => return,
        };
        let stripped = line_text.trim();
        if stripped.is_empty() {
            return;
        }
        out.push_str(&format!("    {}\n", stripped));
        let stripped_chars = line_text.chars().count() - line_text.trim_start().chars().count();
        let start = pos.start as usize;
        let end = pos.end as usize;
        if start < line_start || end < start || end > src.len() {
            return;
        }
        let start_off = src[line_start..start].chars().count() + 1;
        let line_end = line_start + line_text.len();
        let single = end <= line_end;
        let end_off = if single {
            src[line_start..end].chars().count() + 1
        } else {
            stripped_chars + stripped.chars().count() + 1
        };
        let mut anchors = None;
        if single {
            anchors = caret_anchors(&src[start..end]);
        }
        let stripped_len = stripped.chars().count();
        let width = end_off.saturating_sub(start_off);
        let show = width < stripped_len || anchors.map(|(l, r)| r > l).unwrap_or(false);
        if !show || width == 0 {
            return;
        }
        let mut row = String::from("    ");
        row.push_str(&" ".repeat(start_off.saturating_sub(1).saturating_sub(stripped_chars)));
        match anchors {
            Some((l, r)) => {
                row.push_str(&"~".repeat(l));
                row.push_str(&"^".repeat(r.saturating_sub(l)));
                row.push_str(&"~".repeat(width.saturating_sub(r)));
            }
            None => row.push_str(&"^".repeat(width)),
        }
        out.push_str(&row);
        out.push('\n');
    }
}

const MOVE_COST: usize = 2;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        1
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` from suggestions.c.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > 40 || b.len() > 40 {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (0..a.len()).map(|i| (i + 1) * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

pub fn calculate_suggestion(cands: &[String], name: &str) -> Option<String> {
    if cands.len() >= 750 {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_d = usize::MAX;
    for item in cands {
        if item == name {
            continue;
        }
        let maxd = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_d.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), maxd);
        if d > maxd {
            continue;
        }
        if best.is_none() || d < best_d {
            best = Some(item);
            best_d = d;
        }
    }
    best.cloned()
}

/// CPython 3.11's `_extract_caret_anchors_from_line_segment`: for a binary operation the
/// operator is marked `^` and the operands `~`; for a subscript the `[...]` part.
/// Returns character offsets into the segment.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    if segment.starts_with(char::is_whitespace) {
        return None;
    }
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let module = parsed.into_syntax();
    if module.body.len() != 1 {
        return None;
    }
    let ruff_python_ast::Stmt::Expr(stmt) = &module.body[0] else { return None };
    let norm = |b: usize| segment[..b.min(segment.len())].chars().count();
    let seg: Vec<char> = segment.chars().collect();
    match &*stmt.value {
        Expr::BinOp(b) => {
            let lend = b.left.range().end().to_usize();
            let rstart = b.right.range().start().to_usize();
            let op_str: Vec<char> = segment.get(lend..rstart)?.chars().collect();
            let op_off = op_str.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = norm(lend) + op_off;
            let mut right = left + 1;
            if op_off + 1 < op_str.len() && !op_str[op_off + 1].is_whitespace() {
                right += 1;
            }
            while left < seg.len() && (seg[left].is_whitespace() || seg[left] == ')' || seg[left] == '#') {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(s) => {
            let mut left = norm(s.value.range().end().to_usize());
            let mut right = norm(s.slice.range().end().to_usize()) + 1;
            while left < seg.len() && seg[left] != '[' {
                left += 1;
            }
            while right < seg.len() && seg[right] != ']' {
                right += 1;
            }
            if right < seg.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
