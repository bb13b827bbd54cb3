//! Creating a process: built-in classes, the builtins namespace, the main thread.

use super::frame::{Frame, FrameKind, GenResume};
use super::types::{Names, Types, EXCEPTIONS};
use super::{Process, Thread};
use crate::python::code::Code;
use crate::python::heap::{BuiltinType, Heap, NativeFn, NativeFnPtr, Obj};
use crate::python::value::{ObjId, Value};
use std::collections::BTreeMap;
use std::rc::Rc;

impl Process {
    /// A fresh process with builtins set up and no threads.
    pub fn new(argv: Vec<String>, seed: u64) -> Process {
        let mut p = Process {
            heap: Heap::default(),
            threads: Vec::new(),
            cur: 0,
            types: Types::default(),
            builtins: 0,
            modules: BTreeMap::new(),
            sources: BTreeMap::new(),
            srcs: BTreeMap::new(),
            pid: 4242,
            ppid: 4241,
            deferred: Vec::new(),
            step_save: Default::default(),
            replays: 0,
            fork_empties: Vec::new(),
            nested: 0,
            cmp_depth: 0,
            recursion_limit: 1000,
            steps: 0,
            int_max_str_digits: 4300,
            vec_pool: Vec::new(),
            fin: Default::default(),
            uncaught: None,
            format_trap: None,
            tasks: Default::default(),
            step_limit: u64::MAX,
            soft_budget: false,
            argv,
            seed,
            boot: None,
            max_elements: crate::session::default_max_elements(),
            start_method: std::rc::Rc::from("fork"),
            stdin_closed: false,
            kernel: None,
            kernel_tid: 0,
            slice_base: 0,
            rng: None,
            mts: vec![crate::python::mersenne::Mersenne::from_seed(&num_bigint::BigInt::from(seed))],
            names: Names::default(),
            str_index: Vec::new(),
        };
        p.setup_types();
        p.setup_builtins();
        p
    }

    fn setup_types(&mut self) {
        use BuiltinType as B;
        let object = self.new_class("object", vec![], Some(B::Object), "builtins");
        self.types.object = object;
        let mk = |p: &mut Process, name: &str, b: BuiltinType| p.new_class(name, vec![object], Some(b), "builtins");
        self.types.type_ = mk(self, "type", B::Type);
        for (name, f) in super::classes::TYPE_METHODS {
            let v = self.native(name, *f);
            if let Obj::Class(c) = self.heap.get_mut(self.types.type_) {
                c.dict.set(Rc::from(*name), v);
            }
        }
        self.types.int = mk(self, "int", B::Int);
        let int = self.types.int;
        self.types.bool_ = self.new_class("bool", vec![int], Some(B::Bool), "builtins");
        self.types.float = mk(self, "float", B::Float);
        self.types.str_ = mk(self, "str", B::Str);
        self.types.bytes = mk(self, "bytes", B::Bytes);
        self.types.bytearray = mk(self, "bytearray", B::ByteArray);
        self.types.list = mk(self, "list", B::List);
        self.types.tuple = mk(self, "tuple", B::Tuple);
        self.types.dict = mk(self, "dict", B::Dict);
        self.types.set = mk(self, "set", B::Set);
        self.types.frozenset = mk(self, "frozenset", B::FrozenSet);
        self.types.none = mk(self, "NoneType", B::NoneType);
        self.types.function = mk(self, "function", B::Function);
        self.types.builtin_function = mk(self, "builtin_function_or_method", B::Function);
        self.types.range = mk(self, "range", B::Range);
        self.types.slice = mk(self, "slice", B::Slice);
        self.types.module = mk(self, "module", B::Module);
        self.types.generator = mk(self, "generator", B::Generator);
        self.types.property = mk(self, "property", B::Property);
        self.types.staticmethod = mk(self, "staticmethod", B::StaticMethod);
        self.types.classmethod = mk(self, "classmethod", B::ClassMethod);
        self.types.super_ = mk(self, "super", B::Super);
        self.types.file = mk(self, "TextIOWrapper", B::File);
        self.types.method = mk(self, "method", B::Method);
        self.types.notimpl = mk(self, "NotImplementedType", B::NotImplementedType);
        self.types.ellipsis = mk(self, "ellipsis", B::EllipsisType);
        self.types.cell = mk(self, "cell", B::Object);
        for n in [
            "list_iterator", "str_ascii_iterator", "range_iterator", "dict_keyiterator", "dict_valueiterator",
            "dict_itemiterator", "enumerate", "zip", "map", "filter", "list_reverseiterator", "iterator", "dict_keys",
            "dict_values", "dict_items", "coroutine", "async_generator",
        ] {
            let c = mk(self, n, B::Iterator);
            self.types.iterators.insert(n, c);
        }
        let base = self.new_class("BaseException", vec![object], Some(B::BaseException), "builtins");
        self.types.exc.insert("BaseException", base);
        for (name, parent) in EXCEPTIONS {
            let pid = self.types.exc[parent];
            let c = self.new_class(name, vec![pid], None, "builtins");
            self.types.exc.insert(name, c);
        }
        // Raised inside native loops when the run's instruction budget is exhausted; the
        // run loop turns it into a clean stop (it is never catchable).
        let stop = self.new_class("_InstructionLimit", vec![base], None, "builtins");
        self.types.exc.insert("_InstructionLimit", stop);
        let (os_err, val_err) = (self.types.exc["OSError"], self.types.exc["ValueError"]);
        let u = self.new_class("UnsupportedOperation", vec![os_err, val_err], None, "io");
        self.types.exc.insert("io.UnsupportedOperation", u);
        // struct.error, raised by the native half of `struct` (modules/structs.rs).
        let exception = self.types.exc["Exception"];
        let struct_error = self.new_class("error", vec![exception], None, "struct");
        self.types.exc.insert("struct.error", struct_error);
        // What pickling raises (serial.rs); CPython shows them as `_pickle.PicklingError`.
        let exception = self.types.exc["Exception"];
        let pickle_error = self.new_class("PickleError", vec![exception], None, "_pickle");
        self.types.exc.insert("_pickle.PickleError", pickle_error);
        for name in ["PicklingError", "UnpicklingError"] {
            let c = self.new_class(name, vec![pickle_error], None, "_pickle");
            self.types.exc.insert(if name == "PicklingError" { "_pickle.PicklingError" } else { "_pickle.UnpicklingError" }, c);
        }
    }

    pub fn native(&mut self, name: &'static str, f: NativeFnPtr) -> Value {
        self.alloc(Obj::Native(NativeFn { name, f, bound: None, module: None }))
    }

    fn setup_builtins(&mut self) {
        let b = self.heap.alloc(Obj::Dict(Default::default()));
        self.builtins = b;
        let bv = Value::Ref(b);
        let t = self.types.clone();
        let classes: Vec<(&str, ObjId)> = vec![
            ("object", t.object), ("type", t.type_), ("int", t.int), ("bool", t.bool_), ("float", t.float),
            ("str", t.str_), ("bytes", t.bytes), ("bytearray", t.bytearray), ("list", t.list), ("tuple", t.tuple),
            ("dict", t.dict), ("set", t.set), ("frozenset", t.frozenset), ("range", t.range), ("slice", t.slice),
            ("property", t.property), ("staticmethod", t.staticmethod), ("classmethod", t.classmethod), ("super", t.super_),
        ];
        for (n, c) in classes {
            let _ = self.dict_set(&bv, Value::str(n), Value::Ref(c));
        }
        for (n, c) in t.exc.iter() {
            let _ = self.dict_set(&bv, Value::str(n), Value::Ref(*c));
        }
        let _ = self.dict_set(&bv, Value::str("EnvironmentError"), Value::Ref(t.exc["OSError"]));
        let _ = self.dict_set(&bv, Value::str("IOError"), Value::Ref(t.exc["OSError"]));
        for (n, f) in crate::python::builtins::funcs::FUNCS.iter().chain(crate::python::builtins::funcs2::FUNCS.iter()) {
            let v = self.native(n, *f);
            let _ = self.dict_set(&bv, Value::str(n), v);
        }
        let _ = self.dict_set(&bv, Value::str("NotImplemented"), Value::NotImplemented);
        let _ = self.dict_set(&bv, Value::str("Ellipsis"), Value::Ellipsis);
        let _ = self.dict_set(&bv, Value::str("__name__"), Value::str("builtins"));
    }

    /// Creates a module object with a fresh namespace.
    pub fn new_module(&mut self, name: &str) -> (Value, ObjId) {
        let d = self.heap.alloc(Obj::Dict(Default::default()));
        let _ = self.dict_set(&Value::Ref(d), Value::str("__name__"), Value::str(name));
        let m = self.alloc(Obj::Module { name: Rc::from(name), dict: d });
        (m, d)
    }

    /// Starts the main thread running `code` as module `name`.
    pub fn start_main(&mut self, code: Rc<Code>, name: &str) -> Value {
        let (m, d) = self.new_module(name);
        let _ = self.dict_set(&Value::Ref(d), Value::str("__file__"), Value::Str(code.filename.clone()));
        let _ = self.dict_set(&Value::Ref(d), Value::str("__builtins__"), Value::Ref(self.builtins));
        // A script has no package (a relative import in it fails) and no spec.
        let doc = code.doc.clone().map_or(Value::None, Value::Str);
        for (key, value) in [("__doc__", doc), ("__package__", Value::None), ("__spec__", Value::None)] {
            let _ = self.dict_set(&Value::Ref(d), Value::str(key), value);
        }
        // sys (made before the program) gets it too: `sys.modules[__name__]` works.
        self.register_module(name, m.clone());
        let frame = module_frame(code, d, FrameKind::Normal);
        self.threads.push(Thread { frames: vec![frame], ..Default::default() });
        m
    }
}

pub fn module_frame(code: Rc<Code>, globals: ObjId, kind: FrameKind) -> Frame {
    Frame {
        code,
        ip: 0,
        stack: Vec::new(),
        locals: Vec::new(),
        cells: Vec::new(),
        globals,
        ns: None,
        blocks: Vec::new(),
        kind,
        resume: GenResume::Call,
        strbufs: Vec::new(),
        replay: None,
    }
}
