//! The import instructions: `import a.b`, `from m import x` (a submodule, or
//! CPython's ImportError naming the module's file), `from m import *`, and the
//! relative forms (`from . import x`, `from .m import y`), whose module name the
//! compiler writes with its leading dots and which are resolved here against
//! the importing module's package, as CPython's `_resolve_name` does.

use super::frame::FrameKind;
use super::{Ctl, Process};
use crate::python::code::Instr;
use crate::python::heap::Obj;
use crate::python::value::Value;
use std::rc::Rc;

impl Process {
    pub(crate) fn import_instr(&mut self, ins: Instr) -> Result<(), Ctl> {
        match ins {
            Instr::ImportName(i) => {
                let mut name = self.name(i);
                if name.starts_with('.') {
                    name = Rc::from(self.resolve_relative(&name)?);
                }
                let v = self.import(&name)?;
                self.push(v);
            }
            Instr::ImportFrom(i) => {
                let name = self.name(i);
                let m = self.top();
                let v = match self.get_attr(&m, &name) {
                    Ok(v) => v,
                    Err(Ctl::Exc(e)) if self.exc_is(&e, "AttributeError") => match self.import_from_failed(&m, &name)? {
                        Some(v) => v,
                        None => return Ok(()),
                    },
                    Err(e) => return Err(e),
                };
                self.push(v);
            }
            Instr::ImportStar => {
                let m = self.pop();
                if let Value::Ref(id) = m {
                    if let Obj::Module { dict, .. } = self.heap.get(id) {
                        let items = self.dict_items(&Value::Ref(*dict))?;
                        let f = self.frame();
                        let target = f.ns.unwrap_or(f.globals);
                        for (k, v) in items {
                            if let Value::Str(s) = &k {
                                if s.starts_with('_') {
                                    continue;
                                }
                            }
                            self.dict_set(&Value::Ref(target), k, v)?;
                        }
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `from m import name` where `m` has no attribute `name`: the submodule
    /// `m.name` (Some, or None once its body was pushed as a frame, which
    /// delivers it), or CPython's ImportError.
    fn import_from_failed(&mut self, m: &Value, name: &str) -> Result<Option<Value>, Ctl> {
        let mn = match m {
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Module { name, .. } => name.to_string(),
                _ => "?".into(),
            },
            _ => "?".into(),
        };
        let sub = format!("{mn}.{name}");
        let known = self.modules.contains_key(sub.as_str()) || self.has_source(sub.as_str());
        if known || self.package_path(&mn).is_some() {
            match self.import(&sub) {
                Ok(v) => return Ok(Some(v)),
                Err(Ctl::Pushed) => return Ok(None),
                // No such submodule: the ImportError below says so, as CPython's.
                Err(Ctl::Exc(e)) if !known && self.is_not_found(&e, &sub) => {}
                Err(e) => return Err(e),
            }
        }
        let place = match self.lookup_attr(m, "__file__", false) {
            Ok(Some(Value::Str(file))) => file.to_string(),
            _ => "unknown location".to_string(),
        };
        let msg = if self.initializing(m) {
            format!("cannot import name '{name}' from partially initialized module '{mn}' (most likely due to a circular import) ({place})")
        } else {
            format!("cannot import name '{name}' from '{mn}' ({place})")
        };
        let c = self.err("ImportError", msg);
        if let Ctl::Exc(Value::Ref(id)) = &c {
            if let Obj::Instance(i) = self.heap.get_mut(*id) {
                i.attrs.set(Rc::from("name"), Value::str(&mn));
            }
        }
        Err(c)
    }

    fn is_not_found(&mut self, e: &Value, name: &str) -> bool {
        self.exc_is(e, "ModuleNotFoundError") && matches!(self.get_instance_attr(e, "name"), Some(Value::Str(n)) if &*n == name)
    }

    /// Whether module `m`'s body is still running (in any thread): a circular import.
    fn initializing(&self, m: &Value) -> bool {
        let Some(id) = m.as_ref() else { return false };
        self.threads.iter().flat_map(|t| &t.frames).any(|f| match &f.kind {
            FrameKind::Import(v) | FrameKind::ImportThen(v, _) => v.as_ref() == Some(id),
            _ => false,
        })
    }

    /// `..m` in the running module: the absolute name, as CPython's
    /// `_calc___package__` and `_resolve_name` make it.
    fn resolve_relative(&mut self, dotted: &str) -> Result<String, Ctl> {
        let level = dotted.len() - dotted.trim_start_matches('.').len();
        let rest = &dotted[level..];
        let globals = self.frame().globals;
        let package = match self.dict_get_str(globals, "__package__") {
            Some(Value::Str(p)) => p.to_string(),
            _ => {
                let name = match self.dict_get_str(globals, "__name__") {
                    Some(Value::Str(n)) => n.to_string(),
                    _ => String::new(),
                };
                if self.dict_get_str(globals, "__path__").is_some() {
                    name
                } else {
                    name.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string())
                }
            }
        };
        if package.is_empty() {
            return Err(self.err("ImportError", "attempted relative import with no known parent package"));
        }
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(self.err("ImportError", "attempted relative import beyond top-level package"));
        }
        let base = bits[bits.len() - 1];
        Ok(if rest.is_empty() { base.to_string() } else { format!("{base}.{rest}") })
    }
}
