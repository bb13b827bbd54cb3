//! An exception group in a report: CPython's tree, each member's report indented in
//! a margin of `| ` under a `+-+---- 1 ----` title (traceback.py's format).

use super::Process;
use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};

/// How many members of a group are shown before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;

/// Where a report is in a tree of groups: how deep, and whether the last member's
/// closing line is still owed.
#[derive(Default)]
pub(crate) struct Margin {
    pub depth: usize,
    pub need_close: bool,
}

impl Margin {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with every line in the margin (`margin` is `+` for a tree's first line).
    pub fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{} ", self.indent(), margin);
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Process {
    /// The members of `e` when it is a BaseExceptionGroup.
    pub(crate) fn group_members(&mut self, e: &Value) -> Option<Vec<Value>> {
        let Value::Ref(id) = e else { return None };
        let Obj::Instance(i) = self.heap.get(*id) else { return None };
        let mro = self.class(i.class)?.mro.clone();
        let is_group = mro.iter().any(|k| matches!(self.class(*k), Some(c) if &*c.name == "BaseExceptionGroup" && &*c.module == "builtins"));
        if !is_group {
            return None;
        }
        let members = self.get_instance_attr(e, "exceptions")?;
        self.iterate(&members).ok()
    }

    pub(crate) fn format_members(&mut self, members: &[Value], out: &mut String, seen: &mut Vec<ObjId>, depth: usize, m: &mut Margin) {
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        m.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                m.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!("{}{}+---------------- {title} ----------------\n", m.indent(), if i == 0 { "+-" } else { "  " }));
            m.depth += 1;
            if truncated {
                let rest = members.len() - MAX_GROUP_WIDTH;
                m.emit(out, &format!("and {rest} more exception{}\n", if rest > 1 { "s" } else { "" }), '|');
            } else {
                self.format_chain(&members[i], out, seen, depth + 1, m);
            }
            if last && m.need_close {
                out.push_str(&format!("{}+------------------------------------\n", m.indent()));
                m.need_close = false;
            }
            m.depth -= 1;
        }
    }
}
