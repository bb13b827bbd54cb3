//! `import name`: the module cache (`sys.modules`), then the module found
//! (finder.rs) loaded: a native module made, or Python source compiled and its
//! body run as a frame of the importing thread (`FrameKind::Import`), so an
//! import can block like any code. A dotted name imports its package first, and
//! the package's body has run before its submodule is looked for, as in CPython
//! (`FrameKind::ImportThen`). A module whose body raises is taken out of the
//! cache again, so a later import runs it anew, as CPython's does.

use super::finder::Found;
use super::frame::FrameKind;
use super::{Ctl, Process};
use super::builtins_setup::module_frame;
use crate::python::heap::Obj;
use crate::python::value::Value;
use std::rc::Rc;

/// Library modules that are packages in CPython (their file is `__init__.py`).
const PACKAGES: &[&str] = &["multiprocessing", "multiprocessing.dummy", "concurrent", "concurrent.futures", "json", "collections", "logging", "asyncio", "email", "http", "urllib", "xml", "importlib", "unittest", "ctypes", "encodings"];

impl Process {
    /// The module `name`: cached, or loaded now. Err(Ctl::Pushed) when its body
    /// (or its package's) was pushed as a frame, which delivers the module.
    pub fn import(&mut self, name: &str) -> Result<Value, Ctl> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        // What the program put in sys.modules itself is found first, as in CPython.
        if let Some(m) = self.sys_modules().and_then(|d| d.as_ref()).and_then(|d| self.dict_get_str(d, name)) {
            if matches!(m, Value::None) {
                return Err(self.err("ModuleNotFoundError", format!("import of {name} halted; None in sys.modules")));
            }
            return Ok(m);
        }
        if let Some((parent, _)) = name.rsplit_once('.') {
            if !self.modules.contains_key(parent) {
                match self.import(parent) {
                    Ok(_) => {}
                    // The package's body runs first; when it returns, `name` is
                    // imported (again from the top: its parent is there by then).
                    Err(Ctl::Pushed) => {
                        let frame = self.frame();
                        if let FrameKind::Import(m) | FrameKind::ImportThen(m, _) = &frame.kind {
                            frame.kind = FrameKind::ImportThen(m.clone(), Rc::from(name));
                        }
                        return Err(Ctl::Pushed);
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        match self.find_module(name) {
            Found::File { file, package } => self.load_file(name, &file, package),
            Found::Namespace(dirs) => {
                let (m, d) = self.new_module(name);
                let dirs = dirs.into_iter().map(Value::from_string).collect();
                let path = self.alloc(Obj::List(dirs));
                self.dict_set(&Value::Ref(d), Value::str("__path__"), path)?;
                self.dict_set(&Value::Ref(d), Value::str("__package__"), Value::str(name))?;
                self.register_module(name, m.clone());
                Ok(m)
            }
            Found::Library => self.load_library(name),
        }
    }

    /// A `.py` file of the run, as module `name`.
    fn load_file(&mut self, name: &str, file: &str, package: Option<String>) -> Result<Value, Ctl> {
        let Some(bytes) = self.fs_read(file) else { return Err(self.not_found(name)) };
        let src: Rc<str> = Rc::from(String::from_utf8_lossy(&bytes).as_ref());
        let code = match crate::python::compile::compile_module(&src, file) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error(&e, file)),
        };
        self.srcs.insert(Rc::from(file), src);
        let (m, d) = self.new_module(name);
        let globals = Value::Ref(d);
        self.dict_set(&globals, Value::str("__doc__"), code.doc.clone().map_or(Value::None, Value::Str))?;
        self.dict_set(&globals, Value::str("__file__"), Value::str(file))?;
        let home = match &package {
            Some(_) => name,
            None => name.rsplit_once('.').map_or("", |(parent, _)| parent),
        };
        self.dict_set(&globals, Value::str("__package__"), Value::str(home))?;
        if let Some(dir) = package {
            let path = self.alloc(Obj::List(vec![Value::from_string(dir)].into()));
            self.dict_set(&globals, Value::str("__path__"), path)?;
        }
        self.dict_set(&globals, Value::str("__builtins__"), Value::Ref(self.builtins))?;
        self.register_module(name, m.clone());
        self.push_frame(module_frame(code, d, FrameKind::Import(m)))?;
        Err(Ctl::Pushed)
    }

    /// The library's module `name`: native, or our Python source compiled now.
    fn load_library(&mut self, name: &str) -> Result<Value, Ctl> {
        if let Some(m) = crate::python::modules::native_module(self, name)? {
            self.register_module(name, m.clone());
            return Ok(m);
        }
        let src = match self.sources.get(name).cloned().map(Ok).or_else(|| crate::python::library::source(name)) {
            Some(Ok(src)) => src,
            // In the browser, a module it could not download: said, not a hang.
            Some(Err(why)) => return Err(self.err("ImportError", why)),
            None => return Err(self.not_found(name)),
        };
        let fname = format!("<{}>", name);
        let code = match crate::python::compile::compile_module(&src, &fname) {
            Ok(c) => c,
            Err(e) => return Err(self.err("SyntaxError", format!("{} in {}", e.msg, fname))),
        };
        self.srcs.insert(Rc::from(fname.as_str()), src);
        let (m, d) = self.new_module(name);
        // Where CPython's own file of the module is (ImportError messages, `__file__`).
        if !name.starts_with('_') {
            let path = name.replace('.', "/");
            let file = if PACKAGES.contains(&name) { format!("/usr/lib/python3.11/{path}/__init__.py") } else { format!("/usr/lib/python3.11/{path}.py") };
            self.dict_set(&Value::Ref(d), Value::str("__file__"), Value::from_string(file))?;
        }
        self.register_module(name, m.clone());
        self.push_frame(module_frame(code, d, FrameKind::Import(m)))?;
        Err(Ctl::Pushed)
    }

    /// Is `name` a module of the library written in Python?
    pub(crate) fn has_source(&self, name: &str) -> bool {
        self.sources.contains_key(name) || crate::python::library::is_library(name)
    }

    /// CPython's ModuleNotFoundError, with its `name`; for a submodule of a
    /// module that is no package, saying so.
    fn not_found(&mut self, name: &str) -> Ctl {
        let mut msg = format!("No module named '{name}'");
        if let Some((parent, _)) = name.rsplit_once('.') {
            let is_package = self.modules.get(parent).cloned().is_some_and(|m| self.lookup_attr(&m, "__path__", false).ok().flatten().is_some());
            if !is_package {
                msg += &format!("; '{parent}' is not a package");
            }
        }
        let c = self.err("ModuleNotFoundError", msg);
        if let Ctl::Exc(Value::Ref(id)) = &c {
            if let Obj::Instance(i) = self.heap.get_mut(*id) {
                i.attrs.set(Rc::from("name"), Value::str(name));
            }
        }
        c
    }

    /// Records a module in `self.modules` and in `sys.modules` once sys exists.
    pub fn register_module(&mut self, name: &str, m: Value) {
        self.modules.insert(Rc::from(name), m.clone());
        // A submodule is an attribute of its package, whichever was loaded first.
        if let Some((package, attr)) = name.rsplit_once('.') {
            if let Some(parent) = self.modules.get(package).cloned() {
                let _ = self.module_set(&parent, attr, m.clone());
            }
        }
        let prefix = format!("{name}.");
        let subs: Vec<(String, Value)> = self
            .modules
            .iter()
            .filter_map(|(k, v)| k.strip_prefix(prefix.as_str()).filter(|rest| !rest.contains('.')).map(|rest| (rest.to_string(), v.clone())))
            .collect();
        for (attr, sub) in subs {
            let _ = self.module_set(&m, &attr, sub);
        }
        if let Some(mods) = self.sys_modules() {
            let _ = self.dict_set(&mods, Value::str(name), m);
        }
    }

    /// A module whose body raised: out of the cache (and its package) again.
    pub(crate) fn forget_module(&mut self, m: &Value) {
        let Value::Ref(id) = m else { return };
        let Obj::Module { name, .. } = self.heap.get(*id) else { return };
        let name = name.clone();
        if self.modules.get(&name).and_then(Value::as_ref) != Some(*id) {
            return;
        }
        self.modules.remove(&name);
        if let Some(mods) = self.sys_modules() {
            let _ = self.dict_del(&mods, &Value::Str(name.clone()));
        }
        if let Some((package, attr)) = name.rsplit_once('.') {
            if let Some(Value::Ref(parent)) = self.modules.get(package).cloned() {
                if let Obj::Module { dict, .. } = self.heap.get(parent) {
                    let dict = *dict;
                    if self.dict_get_str(dict, attr).and_then(|v| v.as_ref()) == Some(*id) {
                        let _ = self.dict_del(&Value::Ref(dict), &Value::str(attr));
                    }
                }
            }
        }
    }

    fn sys_modules(&self) -> Option<Value> {
        let Some(Value::Ref(sys)) = self.modules.get("sys") else { return None };
        let Obj::Module { dict, .. } = self.heap.get(*sys) else { return None };
        self.dict_get_str(*dict, "modules")
    }

    fn module_set(&mut self, module: &Value, attr: &str, value: Value) -> Result<(), Ctl> {
        if let Value::Ref(id) = module {
            if let Obj::Module { dict, .. } = self.heap.get(*id) {
                let d = *dict;
                return self.dict_set(&Value::Ref(d), Value::str(attr), value);
            }
        }
        Ok(())
    }
}
