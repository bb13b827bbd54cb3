//! The import instructions: `import a.b`, `from m import x` (a submodule, or
//! CPython's ImportError naming the module's file) and `from m import *`.

use super::{Ctl, Process};
use crate::python::code::Instr;
use crate::python::heap::Obj;
use crate::python::value::Value;
use std::rc::Rc;

impl Process {
    pub(crate) fn import_instr(&mut self, ins: Instr) -> Result<(), Ctl> {
        match ins {
            Instr::ImportName(i) => {
                let name = self.name(i);
                let v = self.import(&name)?;
                self.push(v);
            }
            Instr::ImportFrom(i) => {
                let name = self.name(i);
                let m = self.top();
                let v = match self.get_attr(&m, &name) {
                    Ok(v) => v,
                    Err(_) => {
                        let mn = match &m {
                            Value::Ref(id) => match self.heap.get(*id) {
                                Obj::Module { name, .. } => name.to_string(),
                                _ => "?".into(),
                            },
                            _ => "?".into(),
                        };
                        // `from package import submodule` imports the submodule.
                        let sub = format!("{mn}.{name}");
                        if self.modules.contains_key(sub.as_str()) || self.sources.contains_key(sub.as_str()) {
                            let v = self.import(&sub)?;
                            self.push(v);
                            return Ok(());
                        }
                        let place = match self.lookup_attr(&m, "__file__", false) {
                            Ok(Some(Value::Str(file))) => file.to_string(),
                            _ => "unknown location".to_string(),
                        };
                        let c = self.err("ImportError", format!("cannot import name '{}' from '{}' ({})", name, mn, place));
                        if let Ctl::Exc(Value::Ref(id)) = &c {
                            if let Obj::Instance(i) = self.heap.get_mut(*id) {
                                i.attrs.set(Rc::from("name"), Value::str(&mn));
                            }
                        }
                        return Err(c);
                    }
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
}
