//! The instructions of `with` blocks and `except*` clauses, which call Python code
//! as frames (see resumable.rs).

use super::{Ctl, Process};
use crate::python::code::Instr;
use crate::python::heap::Obj;
use crate::python::value::Value;
use std::rc::Rc;

impl Process {
    pub(crate) fn context_instr(&mut self, ins: Instr) -> Result<(), Ctl> {
        match ins {
            Instr::StarMatch => {
                let t = self.pop();
                let group = self.pop();
                let Some(split) = self.interleave_helper("star_split") else {
                    return Err(self.err("SystemError", "except* needs the _interleave helpers"));
                };
                let pair = self.call_sync(&split, vec![group, t], vec![])?;
                let items = self.iterate(&pair)?;
                let (m, rest) = (
                    items.first().cloned().unwrap_or(Value::None),
                    items.get(1).cloned().unwrap_or(Value::None),
                );
                self.push(rest);
                self.push(m);
            }
            Instr::BeforeWith => {
                let mgr = self.pop();
                let cls = self.type_of(&mgr);
                let native = !matches!(&mgr, Value::Ref(id) if matches!(self.heap.get(*id), Obj::Instance(_)))
                    && self.has_native_method(&mgr, "__enter__");
                if native {
                    let exit_b = self.alloc(Obj::BoundNative {
                        recv: mgr.clone(),
                        name: Rc::from("__exit__"),
                    });
                    self.push(exit_b);
                    let r = self.call_native_method(&mgr, "__enter__", vec![], vec![])?;
                    self.push(r);
                    return Ok(());
                }
                let enter = self.class_lookup(cls, "__enter__");
                let exit = self.class_lookup(cls, "__exit__");
                let (Some(enter), Some(exit)) = (enter, exit) else {
                    let t = self.type_name(&mgr);
                    let what = if self.class_lookup(cls, "__enter__").is_none() {
                        ""
                    } else {
                        "/__exit__"
                    };
                    let _ = what;
                    return Err(self.type_error(format!(
                        "'{}' object does not support the context manager protocol",
                        t
                    )));
                };
                let exit_b = self.alloc(Obj::BoundMethod {
                    recv: mgr.clone(),
                    func: exit,
                });
                self.push(exit_b);
                // A Python __enter__/__exit__ runs as a frame of this thread, not as an
                // atomic callback, so it may block (`with lock:`) or make any syscall.
                let r = self.call_value(&enter, vec![mgr], vec![])?;
                self.push(r);
            }
            Instr::WithExitNormal => {
                let exit = self.pop();
                self.call_discarding(&exit, vec![Value::None, Value::None, Value::None])?;
            }
            Instr::WithExceptStart => {
                let e = self.top();
                let exit = {
                    let st = &self.frame().stack;
                    st[st.len() - 3].clone()
                };
                let t = Value::Ref(self.type_of(&e));
                // The raw result: PopJumpIfTrue, next, takes its truth value.
                let r = self.call_value(&exit, vec![t, e, Value::None], vec![])?;
                self.push(r);
            }
            _ => {}
        }
        Ok(())
    }
}
