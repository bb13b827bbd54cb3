//! Built-in classes and the type of every value.

use super::Process;
use crate::python::heap::{AttrMap, BuiltinType, Class, IterState, Obj};
use crate::python::value::{ObjId, Value};
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Clone, Debug, Default)]
pub struct Types {
    pub object: ObjId,
    pub type_: ObjId,
    pub int: ObjId,
    pub bool_: ObjId,
    pub float: ObjId,
    pub str_: ObjId,
    pub bytes: ObjId,
    pub bytearray: ObjId,
    pub list: ObjId,
    pub tuple: ObjId,
    pub dict: ObjId,
    pub set: ObjId,
    pub frozenset: ObjId,
    pub none: ObjId,
    pub function: ObjId,
    pub builtin_function: ObjId,
    pub range: ObjId,
    pub slice: ObjId,
    pub module: ObjId,
    pub generator: ObjId,
    pub property: ObjId,
    pub staticmethod: ObjId,
    pub classmethod: ObjId,
    pub super_: ObjId,
    pub file: ObjId,
    pub method: ObjId,
    pub notimpl: ObjId,
    pub ellipsis: ObjId,
    pub cell: ObjId,
    pub iterators: BTreeMap<&'static str, ObjId>,
    pub exc: BTreeMap<&'static str, ObjId>,
}

impl Types {
    pub fn all(&self) -> Vec<ObjId> {
        let mut v = vec![
            self.object, self.type_, self.int, self.bool_, self.float, self.str_, self.bytes, self.bytearray,
            self.list, self.tuple, self.dict, self.set, self.frozenset, self.none, self.function,
            self.builtin_function, self.range, self.slice, self.module, self.generator, self.property,
            self.staticmethod, self.classmethod, self.super_, self.file, self.method, self.notimpl, self.ellipsis, self.cell,
        ];
        v.extend(self.exc.values());
        v.extend(self.iterators.values());
        v
    }
}

/// Names the VM looks up often, allocated once.
#[derive(Clone, Debug)]
pub struct Names {
    pub init: Rc<str>,
    pub name: Rc<str>,
    pub module: Rc<str>,
    pub qualname: Rc<str>,
    pub class_: Rc<str>,
    pub main: Rc<str>,
}

impl Default for Names {
    fn default() -> Self {
        Names {
            init: Rc::from("__init__"),
            name: Rc::from("__name__"),
            module: Rc::from("__module__"),
            qualname: Rc::from("__qualname__"),
            class_: Rc::from("__class__"),
            main: Rc::from("__main__"),
        }
    }
}

/// CPython's built-in exception tree: (name, base).
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

impl Process {
    pub fn new_class(&mut self, name: &str, bases: Vec<ObjId>, builtin: Option<BuiltinType>, module: &str) -> ObjId {
        let id = self.heap.alloc(Obj::Class(Box::new(Class {
            name: Rc::from(name),
            qualname: Rc::from(name),
            bases: bases.clone(),
            mro: Vec::new(),
            dict: AttrMap::default(),
            builtin,
            module: Rc::from(module),
            plain: false,
            meta: None,
            finalizer: false,
        })));
        let mro = self.compute_mro(id, &bases).unwrap_or_else(|_| vec![id]);
        if let Obj::Class(c) = self.heap.get_mut(id) {
            c.mro = mro;
        }
        id
    }

    /// C3 linearisation. Err(()) when no consistent order exists.
    pub fn compute_mro(&self, id: ObjId, bases: &[ObjId]) -> Result<Vec<ObjId>, ()> {
        let mut seqs: Vec<Vec<ObjId>> = bases.iter().map(|b| self.class(*b).map(|c| c.mro.clone()).unwrap_or_default()).collect();
        seqs.push(bases.to_vec());
        let mut out = vec![id];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut cand = None;
            for s in &seqs {
                let h = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&h)) {
                    cand = Some(h);
                    break;
                }
            }
            let h = cand.ok_or(())?;
            out.push(h);
            for s in seqs.iter_mut() {
                if s[0] == h {
                    s.remove(0);
                }
            }
        }
    }

    pub fn class(&self, id: ObjId) -> Option<&Class> {
        match self.heap.get(id) {
            Obj::Class(c) => Some(c),
            _ => None,
        }
    }

    /// The class of a value.
    pub fn type_of(&self, v: &Value) -> ObjId {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none,
            Value::NotImplemented => t.notimpl,
            Value::Ellipsis => t.ellipsis,
            Value::Bool(_) => t.bool_,
            Value::Int(_) | Value::BigInt(_) => t.int,
            Value::Float(_) => t.float,
            Value::Str(_) => t.str_,
            Value::NativeMeth(_) => t.builtin_function,
            Value::Ref(id) => match self.heap.get(*id) {
                Obj::Instance(i) => i.class,
                Obj::List(_) => t.list,
                Obj::Tuple(_) => t.tuple,
                Obj::Dict(_) => t.dict,
                Obj::Set(_) => t.set,
                Obj::FrozenSet(_) => t.frozenset,
                Obj::Bytes(_) => t.bytes,
                Obj::ByteArray(_) => t.bytearray,
                Obj::Function(_) => t.function,
                Obj::Cell(_) => t.cell,
                Obj::Class(c) => c.meta.unwrap_or(t.type_),
                Obj::Module { .. } => t.module,
                Obj::BoundMethod { .. } => t.method,
                Obj::BoundNative { .. } | Obj::Native(_) => t.builtin_function,
                Obj::Iter(st) => {
                    let name = match st {
                        IterState::Seq { .. } => "list_iterator",
                        IterState::Str { .. } => "str_ascii_iterator",
                        IterState::Range { .. } => "range_iterator",
                        IterState::DictKeys { .. } => "dict_keyiterator",
                        IterState::DictValues { .. } => "dict_valueiterator",
                        IterState::DictItems { .. } => "dict_itemiterator",
                        IterState::Enumerate { .. } => "enumerate",
                        IterState::Zip { .. } => "zip",
                        IterState::Map { .. } => "map",
                        IterState::Filter { .. } => "filter",
                        IterState::Reversed { .. } | IterState::RevStr { .. } => "list_reverseiterator",
                        _ => "iterator",
                    };
                    t.iterators.get(name).copied().unwrap_or(t.object)
                }
                Obj::Generator(g) if g.kind == crate::python::code::GenKind::Generator => t.generator,
                Obj::Generator(g) => t.iterators.get(g.kind.type_name()).copied().unwrap_or(t.generator),
                Obj::Range { .. } => t.range,
                Obj::Slice(..) => t.slice,
                Obj::Property { .. } => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super { .. } => t.super_,
                Obj::File(_) => t.file,
                Obj::Free => t.object,
                Obj::DictView { kind, .. } => {
                    let n = ["dict_keys", "dict_values", "dict_items"][(*kind as usize).min(2)];
                    t.iterators.get(n).copied().unwrap_or(t.object)
                }
            },
        }
    }

    pub fn type_name(&self, v: &Value) -> Rc<str> {
        let t = self.type_of(v);
        self.class(t).map(|c| c.name.clone()).unwrap_or_else(|| Rc::from("object"))
    }

    pub fn class_name(&self, id: ObjId) -> Rc<str> {
        self.class(id).map(|c| c.name.clone()).unwrap_or_else(|| Rc::from("?"))
    }

    pub fn is_subclass(&self, sub: ObjId, sup: ObjId) -> bool {
        if sub == sup {
            return true;
        }
        match self.class(sub) {
            Some(c) => c.mro.contains(&sup),
            None => false,
        }
    }

    pub fn isinstance(&self, v: &Value, cls: ObjId) -> bool {
        let t = self.type_of(v);
        self.is_subclass(t, cls)
    }

    /// Recomputes the `plain` flag of a class from its MRO.
    pub fn refresh_plain(&mut self, cls: ObjId) {
        let mro = self.class(cls).map(|c| c.mro.clone()).unwrap_or_default();
        let mut plain = true;
        let mut finalizer = false;
        for k in &mro {
            if let Some(c) = self.class(*k) {
                for (n, v) in &c.dict.items {
                    finalizer |= &**n == "__del__" && !matches!(v, Value::None);
                    let special = matches!(&**n, "__setattr__" | "__slots__" | "__getattr__" | "__getattribute__" | "__delattr__")
                        || matches!(v, Value::Ref(id) if matches!(self.heap.get(*id), Obj::Property { .. }))
                        || matches!(v, Value::Ref(id) if matches!(self.heap.get(*id), Obj::Instance(d)
                            if self.class_lookup(d.class, "__set__").is_some() || self.class_lookup(d.class, "__delete__").is_some()));
                    if special {
                        plain = false;
                    }
                }
            }
        }
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.plain = plain;
            c.finalizer = finalizer;
        }
    }

    /// Looks `name` up along the MRO of class `cls`.
    pub fn class_lookup(&self, cls: ObjId, name: &str) -> Option<Value> {
        super::attr::mro_lookup(&self.heap, cls, name).cloned()
    }

    /// The built-in type a class derives from (for user subclasses of exceptions etc.).
    pub fn builtin_base(&self, cls: ObjId) -> Option<BuiltinType> {
        let c = self.class(cls)?;
        for k in &c.mro {
            if let Some(b) = self.class(*k).and_then(|c| c.builtin) {
                if b != BuiltinType::Object {
                    return Some(b);
                }
            }
        }
        None
    }

    pub fn exc_class(&self, name: &str) -> ObjId {
        self.types.exc.get(name).copied().unwrap_or(self.types.object)
    }
}
