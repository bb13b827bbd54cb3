//! A SyntaxError raised while the program runs (a module of its own that does
//! not compile): made from the compiler's error with CPython's attributes
//! (`filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`), shown
//! by `str()` as `msg (file, line N)`, and in a traceback, after the frames, as
//! the place in the source with its caret, as CPython's `print_exception` does.

use super::{Ctl, Process};
use crate::python::compile::syntax_error::SyntaxErr;
use crate::python::heap::Obj;
use crate::python::value::Value;
use std::rc::Rc;

impl Process {
    /// The compiler's error `e` in `file`, as the exception CPython raises.
    pub(crate) fn syntax_error(&mut self, e: &SyntaxErr, file: &str) -> Ctl {
        let cls = self.exc_class(e.kind);
        let place = |v: u32| if e.line == 0 { Value::None } else { Value::Int(v as i64) };
        let text = if e.line == 0 { Value::None } else { Value::from_string(format!("{}\n", e.text)) };
        let end_offset = if e.end_col > e.col { e.end_col } else { e.col + 1 };
        let attrs = [
            ("filename", Value::str(file)),
            ("lineno", place(e.line)),
            ("offset", place(e.col)),
            ("text", text),
            ("end_lineno", place(e.line)),
            ("end_offset", place(end_offset)),
        ];
        let details = self.alloc(Obj::Tuple(attrs.iter().map(|(_, v)| v.clone()).collect()));
        let exc = self.new_exc(cls, vec![Value::str(&e.msg), details]);
        if let Value::Ref(id) = &exc {
            if let Obj::Instance(i) = self.heap.get_mut(*id) {
                for (name, value) in attrs {
                    i.attrs.set(Rc::from(name), value);
                }
            }
        }
        Ctl::Exc(exc)
    }

    /// `str()` of a SyntaxError that knows its place: `msg (file, line N)`.
    pub(crate) fn syntax_error_str(&mut self, e: &Value) -> Option<String> {
        let msg = self.exc_data(e)?.args.first().cloned()?;
        let msg = self.to_str_lossy(&msg);
        match (self.get_instance_attr(e, "filename"), self.get_instance_attr(e, "lineno")) {
            (Some(Value::Str(file)), Some(Value::Int(line))) => Some(format!("{msg} ({file}, line {line})")),
            (Some(Value::Str(file)), _) => Some(format!("{msg} ({file})")),
            (_, Some(Value::Int(line))) => Some(format!("{msg} (line {line})")),
            _ => Some(msg),
        }
    }

    /// The lines a traceback shows for a SyntaxError: its place, source line and
    /// caret, then `Kind: msg` (None for one without a place).
    pub(crate) fn syntax_error_report(&mut self, e: &Value, kind: &str) -> Option<String> {
        let Some(Value::Str(file)) = self.get_instance_attr(e, "filename") else { return None };
        let Some(Value::Int(line)) = self.get_instance_attr(e, "lineno") else { return None };
        let msg = self.exc_data(e)?.args.first().cloned()?;
        let int = |v: Option<Value>| if let Some(Value::Int(n)) = v { n.max(0) as u32 } else { 0 };
        let col = int(self.get_instance_attr(e, "offset"));
        let end_col = int(self.get_instance_attr(e, "end_offset"));
        let text = match self.get_instance_attr(e, "text") {
            Some(Value::Str(t)) => t.trim_end_matches('\n').to_string(),
            _ => String::new(),
        };
        let err = SyntaxErr { kind: "", msg: String::new(), line: line.max(0) as u32, col, end_col, text };
        let mut report = err.render(&file);
        // `render` ends with its own "kind: msg" line: ours names the class as the traceback does.
        report.truncate(report.trim_end_matches('\n').rfind('\n').map_or(0, |i| i + 1));
        let msg = self.to_str_lossy(&msg);
        report.push_str(&format!("{kind}: {msg}"));
        Some(report)
    }
}
