//! Values as bytes, to cross from one process to another (pipes, queues, shared
//! memory, pool tasks), as pickle carries them in CPython. Processes share no memory,
//! so the receiver gets a copy: a child's changes never reach its parent.
//!
//! A tagged format of our own. Heap objects are memoised in the order they are
//! first met, so an object reached twice (or a cycle) arrives as one object.
//! Classes and functions travel by reference, `(module, qualname)`, and are looked
//! up again in the receiving process, which has them because it is a fork of the
//! sender (or re-imported the same program).

use crate::python::items::Items;
use super::heap::{BuiltinType, Obj};
use super::value::{int_from_big, ObjId, Value};
use super::vm::{Ctl, Process};
use num_bigint::BigInt;
use std::collections::BTreeMap;
use std::rc::Rc;

const NONE: u8 = 0;
const FALSE: u8 = 1;
const TRUE: u8 = 2;
const INT: u8 = 3;
const BIGINT: u8 = 4;
const FLOAT: u8 = 5;
const STR: u8 = 6;
const BYTES: u8 = 7;
const BYTEARRAY: u8 = 8;
const LIST: u8 = 9;
const TUPLE: u8 = 10;
const DICT: u8 = 11;
const SET: u8 = 12;
const FROZENSET: u8 = 13;
const RANGE: u8 = 14;
const MEMO: u8 = 15;
const GLOBAL: u8 = 16;
const INSTANCE: u8 = 17;
const ELLIPSIS: u8 = 18;
const BOUND_METHOD: u8 = 19;
const SLICE: u8 = 20;

/// Deeper than this, serialising gives up (CPython's pickle raises RecursionError).
const MAX_DEPTH: usize = 900;

/// Serialises `value`, or fails with the exception CPython's pickle would raise.
pub fn dumps(p: &mut Process, value: &Value) -> Result<Vec<u8>, Ctl> {
    let mut writer = Writer { out: Vec::new(), memo: BTreeMap::new(), spawning: None };
    writer.value(p, value, 0)?;
    Ok(writer.out)
}

/// What a spawned child is handed, serialised.
pub enum ForSpawn {
    Ready {
        bytes: Vec<u8>,
        /// `(handle, side)` of each pipe end (`Connection`) met: the child holds those.
        ends: Vec<(i64, u8)>,
        /// Modules whose classes and functions it names: the child imports them first.
        modules: Vec<String>,
    },
    /// An object that may not go to a spawned child (a lock made in a fork context):
    /// its `__getstate__` raises CPython's error.
    Refused(Value),
}

/// Serialises what a spawned child is handed (its process object). While spawning,
/// CPython lets the synchronisation objects that otherwise refuse pickling
/// (`multiprocessing.Lock`, ...) through, unless they were made for fork children.
pub fn dumps_for_spawn(p: &mut Process, value: &Value) -> Result<ForSpawn, Ctl> {
    let mut writer = Writer { out: Vec::new(), memo: BTreeMap::new(), spawning: Some(Spawning::default()) };
    let result = writer.value(p, value, 0);
    let spawning = writer.spawning.unwrap_or_default();
    if let Some(refused) = spawning.refused {
        return Ok(ForSpawn::Refused(refused));
    }
    result?;
    Ok(ForSpawn::Ready { bytes: writer.out, ends: spawning.ends, modules: spawning.modules.into_iter().collect() })
}

#[derive(Default)]
struct Spawning {
    ends: Vec<(i64, u8)>,
    modules: std::collections::BTreeSet<String>,
    refused: Option<Value>,
}

/// Rebuilds in `p` a value that `dumps` made in another process.
pub fn loads(p: &mut Process, bytes: &[u8]) -> Result<Value, Ctl> {
    let mut reader = Reader { bytes, pos: 0, memo: Vec::new() };
    let value = reader.value(p, 0)?;
    Ok(value)
}

struct Writer {
    out: Vec<u8>,
    /// Heap object -> its memo index.
    memo: BTreeMap<ObjId, u32>,
    /// When spawning: what the child will need, or what it may not have.
    spawning: Option<Spawning>,
}

impl Writer {
    fn len(&mut self, n: usize) {
        self.out.extend((n as u32).to_le_bytes());
    }

    fn text(&mut self, s: &str) {
        self.len(s.len());
        self.out.extend(s.as_bytes());
    }

    fn value(&mut self, p: &mut Process, value: &Value, depth: usize) -> Result<(), Ctl> {
        if depth > MAX_DEPTH {
            return Err(p.err("RecursionError", "maximum recursion depth exceeded while pickling an object"));
        }
        match value {
            Value::None => self.out.push(NONE),
            Value::Bool(false) => self.out.push(FALSE),
            Value::Bool(true) => self.out.push(TRUE),
            Value::Int(i) => {
                self.out.push(INT);
                self.out.extend(i.to_le_bytes());
            }
            Value::BigInt(b) => {
                self.out.push(BIGINT);
                let bytes = b.to_signed_bytes_le();
                self.len(bytes.len());
                self.out.extend(bytes);
            }
            Value::Float(f) => {
                self.out.push(FLOAT);
                self.out.extend(f.to_bits().to_le_bytes());
            }
            Value::Str(s) => {
                self.out.push(STR);
                self.text(s);
            }
            Value::Ellipsis => self.out.push(ELLIPSIS),
            Value::Ref(id) => return self.object(p, *id, depth),
            Value::Null | Value::NotImplemented | Value::NativeMeth(_) => {
                let name = p.type_name(value);
                return Err(p.type_error(format!("cannot pickle '{name}' object")));
            }
        }
        Ok(())
    }

    fn object(&mut self, p: &mut Process, id: ObjId, depth: usize) -> Result<(), Ctl> {
        if let Some(&index) = self.memo.get(&id) {
            self.out.push(MEMO);
            self.len(index as usize);
            return Ok(());
        }
        let index = self.memo.len() as u32;
        self.memo.insert(id, index);
        let object = p.heap.get(id).clone();
        let items = |w: &mut Writer, p: &mut Process, tag: u8, items: &[Value]| -> Result<(), Ctl> {
            w.out.push(tag);
            w.len(items.len());
            items.iter().try_for_each(|item| w.value(p, item, depth + 1))
        };
        match object {
            Obj::List(values) => items(self, p, LIST, &values),
            Obj::Tuple(values) => items(self, p, TUPLE, &values),
            Obj::Set(d) => items(self, p, SET, &d.keys()),
            Obj::FrozenSet(d) => items(self, p, FROZENSET, &d.keys()),
            Obj::Dict(d) => {
                self.out.push(DICT);
                let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                self.len(entries.len());
                for (key, value) in entries {
                    self.value(p, &key, depth + 1)?;
                    self.value(p, &value, depth + 1)?;
                }
                Ok(())
            }
            Obj::Bytes(b) | Obj::ByteArray(b) => {
                self.out.push(if matches!(p.heap.get(id), Obj::Bytes(_)) { BYTES } else { BYTEARRAY });
                self.len(b.len());
                self.out.extend(b);
                Ok(())
            }
            Obj::Slice(start, stop, step) => {
                self.out.push(SLICE);
                [start, stop, step].iter().try_for_each(|v| self.value(p, v, depth + 1))
            }
            Obj::Range { start, stop, step } => {
                self.out.push(RANGE);
                [start, stop, step].iter().for_each(|n| self.out.extend(n.to_le_bytes()));
                Ok(())
            }
            Obj::Class(class) => {
                let (module, qualname) = (class.module.clone(), class.qualname.clone());
                self.global(p, &module, &qualname, id)
            }
            Obj::Function(f) => {
                let module = p.dict_get_str(f.globals, "__name__").map(|m| p.to_str_lossy(&m)).unwrap_or_default();
                self.global(p, &module, &f.qualname.clone(), id)
            }
            Obj::Native(native) => {
                // By the module that holds it (`time.sleep`), as pickle names it.
                let module = native.module.clone().unwrap_or_else(|| Rc::from("builtins"));
                self.global(p, &module, native.name, id)
            }
            Obj::BoundMethod { recv, func } => {
                let name = match func.as_ref().map(|f| p.heap.get(f)) {
                    Some(Obj::Function(f)) => f.name.clone(),
                    _ => {
                        let name = p.type_name(&Value::Ref(id));
                        return Err(p.type_error(format!("cannot pickle '{name}' object")));
                    }
                };
                self.out.push(BOUND_METHOD);
                self.value(p, &recv, depth + 1)?;
                self.text(&name);
                Ok(())
            }
            Obj::Instance(mut instance) => {
                let class = instance.class;
                // Attributes living in a taken `__dict__` travel as attributes, as pickle
                // sends an instance's `__dict__` as its state.
                if instance.dict.is_some() {
                    instance.attrs.items = p.heap.inst_attr_items(&instance);
                }
                if let Some((kind, message)) = unpicklable(p, class, self.spawning.is_some()) {
                    return Err(p.err(kind, message));
                }
                if let Some(spawning) = &mut self.spawning {
                    if matches!(instance.attrs.get("_is_fork_ctx"), Some(Value::Bool(true))) {
                        spawning.refused = Some(Value::Ref(id));
                        return Err(Ctl::Exc(Value::None));
                    }
                    if let Some(end) = pipe_end(p, class, &instance.attrs) {
                        spawning.ends.push(end);
                    }
                }
                self.out.push(INSTANCE);
                self.object(p, class, depth + 1)?;
                let args = instance.exc.as_ref().map(|e| e.args.clone()).unwrap_or_default();
                items(self, p, TUPLE, &args)?;
                match &instance.payload {
                    Some(payload) => {
                        self.out.push(1);
                        self.value(p, payload, depth + 1)?;
                    }
                    None => self.out.push(0),
                }
                self.len(instance.attrs.items.len());
                for (name, value) in &instance.attrs.items {
                    self.text(name);
                    self.value(p, value, depth + 1)?;
                }
                Ok(())
            }
            _ => {
                let name = p.type_name(&Value::Ref(id));
                Err(p.type_error(format!("cannot pickle '{name}' object")))
            }
        }
    }

    /// A class or function by reference; one that cannot be found again by name
    /// (a lambda, a nested function) cannot be pickled, as in CPython.
    fn global(&mut self, p: &mut Process, module: &str, qualname: &str, id: ObjId) -> Result<(), Ctl> {
        if qualname.contains("<locals>") {
            return Err(p.err("AttributeError", format!("Can't pickle local object '{qualname}'")));
        }
        if qualname.contains("<lambda>") {
            let repr = p.repr(&Value::Ref(id)).unwrap_or_default();
            let last = qualname.rsplit('.').next().unwrap_or(qualname);
            let message = format!("Can't pickle {repr}: attribute lookup {last} on {module} failed");
            return Err(p.err("_pickle.PicklingError", message));
        }
        if let Some(spawning) = &mut self.spawning {
            if !matches!(module, "builtins" | "__main__" | "__mp_main__") {
                spawning.modules.insert(module.to_string());
            }
        }
        self.out.push(GLOBAL);
        self.text(module);
        self.text(qualname);
        Ok(())
    }
}

/// Objects CPython refuses to pickle: what our own library wraps in a class.
fn unpicklable(p: &Process, class: ObjId, spawning: bool) -> Option<(&'static str, String)> {
    let Obj::Class(c) = p.heap.get(class) else { return None };
    match (&*c.module, &*c.name) {
        ("threading", "lock") => Some(("TypeError", "cannot pickle '_thread.lock' object".into())),
        ("threading", "RLock") => Some(("TypeError", "cannot pickle '_thread.RLock' object".into())),
        ("re", "Match") => Some(("TypeError", "cannot pickle 're.Match' object".into())),
        // multiprocessing's context.assert_spawning.
        ("multiprocessing", "Lock" | "RLock" | "Semaphore" | "BoundedSemaphore" | "Condition" | "Event") if !spawning => {
            Some(("RuntimeError", format!("{} objects should only be shared between processes through inheritance", c.name)))
        }
        _ => None,
    }
}

/// The `(handle, side)` of a `multiprocessing` pipe end.
fn pipe_end(p: &Process, class: ObjId, attrs: &super::heap::AttrMap) -> Option<(i64, u8)> {
    let Obj::Class(c) = p.heap.get(class) else { return None };
    if (&*c.module, &*c.name) != ("multiprocessing", "Connection") {
        return None;
    }
    match (attrs.get("_handle"), attrs.get("_side")) {
        (Some(Value::Int(handle)), Some(Value::Int(side))) => Some((*handle, *side as u8)),
        _ => None,
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    memo: Vec<Value>,
}

impl Reader<'_> {
    fn corrupt(p: &mut Process) -> Ctl {
        p.err("EOFError", "Ran out of input")
    }

    fn take(&mut self, p: &mut Process, n: usize) -> Result<&[u8], Ctl> {
        let end = self.pos.checked_add(n).filter(|&end| end <= self.bytes.len()).ok_or_else(|| Self::corrupt(p))?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn byte(&mut self, p: &mut Process) -> Result<u8, Ctl> {
        Ok(self.take(p, 1)?[0])
    }

    fn len(&mut self, p: &mut Process) -> Result<usize, Ctl> {
        let bytes = self.take(p, 4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize)
    }

    fn i64(&mut self, p: &mut Process) -> Result<i64, Ctl> {
        let bytes = self.take(p, 8)?;
        let mut array = [0u8; 8];
        array.copy_from_slice(bytes);
        Ok(i64::from_le_bytes(array))
    }

    fn text(&mut self, p: &mut Process) -> Result<String, Ctl> {
        let n = self.len(p)?;
        Ok(String::from_utf8_lossy(self.take(p, n)?).into_owned())
    }

    /// Allocates `object`, remembering it before its contents are read (for cycles).
    fn remember(&mut self, p: &mut Process, object: Obj) -> (usize, Value) {
        let value = p.alloc(object);
        self.memo.push(value.clone());
        (self.memo.len() - 1, value)
    }

    fn items(&mut self, p: &mut Process, depth: usize) -> Result<Vec<Value>, Ctl> {
        let n = self.len(p)?;
        (0..n).map(|_| self.value(p, depth + 1)).collect()
    }

    fn value(&mut self, p: &mut Process, depth: usize) -> Result<Value, Ctl> {
        if depth > MAX_DEPTH {
            return Err(Self::corrupt(p));
        }
        Ok(match self.byte(p)? {
            NONE => Value::None,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            ELLIPSIS => Value::Ellipsis,
            INT => Value::Int(self.i64(p)?),
            BIGINT => {
                let n = self.len(p)?;
                int_from_big(BigInt::from_signed_bytes_le(self.take(p, n)?))
            }
            FLOAT => Value::Float(f64::from_bits(self.i64(p)? as u64)),
            STR => Value::from_string(self.text(p)?),
            BYTES | BYTEARRAY => {
                let tag = self.bytes[self.pos - 1];
                let n = self.len(p)?;
                let data = self.take(p, n)?.to_vec();
                let object = if tag == BYTES { Obj::Bytes(data) } else { Obj::ByteArray(data) };
                self.remember(p, object).1
            }
            LIST => {
                let (_, list) = self.remember(p, Obj::List(Items::from(Vec::new())));
                let items = self.items(p, depth)?;
                if let Obj::List(slot) = p.heap.get_mut(list.as_ref().unwrap_or(0)) {
                    *slot = Items::from(items);
                }
                list
            }
            TUPLE => {
                let (_, tuple) = self.remember(p, Obj::Tuple(Items::from(Vec::new())));
                let items = self.items(p, depth)?;
                if let Obj::Tuple(slot) = p.heap.get_mut(tuple.as_ref().unwrap_or(0)) {
                    *slot = Items::from(items);
                }
                tuple
            }
            DICT => {
                let (_, dict) = self.remember(p, Obj::Dict(Default::default()));
                let n = self.len(p)?;
                for _ in 0..n {
                    let key = self.value(p, depth + 1)?;
                    let value = self.value(p, depth + 1)?;
                    p.dict_set(&dict, key, value)?;
                }
                dict
            }
            SET | FROZENSET => {
                let tag = self.bytes[self.pos - 1];
                let object = if tag == SET { Obj::Set(Default::default()) } else { Obj::FrozenSet(Default::default()) };
                let (_, set) = self.remember(p, object);
                for item in self.items(p, depth)? {
                    p.set_add(&set, item)?;
                }
                set
            }
            RANGE => {
                let (start, stop, step) = (self.i64(p)?, self.i64(p)?, self.i64(p)?);
                self.remember(p, Obj::Range { start, stop, step }).1
            }
            MEMO => {
                let index = self.len(p)?;
                self.memo.get(index).cloned().ok_or_else(|| Self::corrupt(p))?
            }
            GLOBAL => {
                let (module, qualname) = (self.text(p)?, self.text(p)?);
                let found = lookup_global(p, &module, &qualname)?;
                self.memo.push(found.clone());
                found
            }
            BOUND_METHOD => {
                let slot = self.memo.len();
                self.memo.push(Value::None);
                let receiver = self.value(p, depth + 1)?;
                let name = self.text(p)?;
                let method = p.get_attr(&receiver, &name)?;
                self.memo[slot] = method.clone();
                method
            }
            INSTANCE => self.instance(p, depth)?,
            SLICE => {
                let (start, stop, step) = (self.value(p, depth + 1)?, self.value(p, depth + 1)?, self.value(p, depth + 1)?);
                p.alloc(Obj::Slice(start, stop, step))
            }
            _ => return Err(Self::corrupt(p)),
        })
    }

    fn instance(&mut self, p: &mut Process, depth: usize) -> Result<Value, Ctl> {
        // The memo slot is taken now, so attributes that point back find it.
        let slot = self.memo.len();
        self.memo.push(Value::None);
        let class = self.value(p, depth + 1)?;
        let Some(class_id) = class.as_ref().filter(|id| matches!(p.heap.get(*id), Obj::Class(_))) else {
            return Err(Self::corrupt(p));
        };
        if self.byte(p)? != TUPLE {
            return Err(Self::corrupt(p));
        }
        let args = self.items(p, depth)?;
        let payload = match self.byte(p)? {
            0 => None,
            _ => Some(self.value(p, depth + 1)?),
        };
        let base: Option<BuiltinType> = match p.heap.get(class_id) {
            Obj::Class(c) => c.mro.iter().find_map(|&k| match p.heap.get(k) {
                Obj::Class(k) => k.builtin,
                _ => None,
            }),
            _ => None,
        };
        let instance = p.new_instance(class_id, base, &args)?;
        if let (Some(payload), Some(id)) = (payload, instance.as_ref()) {
            if let Obj::Instance(i) = p.heap.get_mut(id) {
                i.payload = Some(payload);
            }
        }
        self.memo[slot] = instance.clone();
        let n = self.len(p)?;
        for _ in 0..n {
            let name = self.text(p)?;
            let value = self.value(p, depth + 1)?;
            if let Some(id) = instance.as_ref() {
                p.heap.inst_attr_set(id, &Rc::from(name), value);
            }
        }
        Ok(instance)
    }
}

/// `module.qualname` in this process, or CPython's AttributeError.
fn lookup_global(p: &mut Process, module: &str, qualname: &str) -> Result<Value, Ctl> {
    let mut current = if module == "builtins" {
        Value::Ref(p.builtins)
    } else {
        // A spawned child runs the program as `__mp_main__`, which is its `__main__` too.
        let found = match module {
            "__main__" | "__mp_main__" => p.modules.get("__mp_main__").or_else(|| p.modules.get("__main__")).cloned(),
            // Classes that CPython defines in C modules (`_queue.Empty`) live in our Python ones.
            "_queue" => p.modules.get("queue").cloned(),
            _ => p.modules.get(module).cloned(),
        };
        match found {
            Some(m) => m,
            None => return Err(p.err("ModuleNotFoundError", format!("No module named '{module}'"))),
        }
    };
    for part in qualname.split('.') {
        current = match (&current, module == "builtins") {
            (Value::Ref(id), true) if *id == p.builtins => p.dict_get_str(p.builtins, part).ok_or_else(|| {
                p.err("AttributeError", format!("Can't get attribute '{qualname}' on <module 'builtins' (built-in)>"))
            })?,
            _ => p
                .get_attr(&current, part)
                .map_err(|_| p.err("AttributeError", format!("Can't get attribute '{qualname}' on <module '{module}'>")))?,
        };
    }
    Ok(current)
}

/// What serialised bytes hold, as the page shows a queue's items or a pipe's
/// messages: Python's repr for plain values, `<module.Class object>` for instances.
/// Read without a process (nothing is rebuilt); None for bytes it cannot read.
pub fn preview(bytes: &[u8]) -> Option<String> {
    let mut reader = Preview { bytes, pos: 0, memo: Vec::new() };
    let text = reader.value(0)?;
    Some(text)
}

struct Preview<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// Each heap object's text by memo index ("" while it is being read: a cycle).
    memo: Vec<String>,
}

impl Preview<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.pos.checked_add(n).filter(|&end| end <= self.bytes.len())?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Some(slice)
    }

    fn len(&mut self) -> Option<usize> {
        let b = self.take(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn text(&mut self) -> Option<String> {
        let n = self.len()?;
        Some(String::from_utf8_lossy(self.take(n)?).into_owned())
    }

    fn items(&mut self, depth: usize) -> Option<Vec<String>> {
        let n = self.len()?;
        (0..n).map(|_| self.value(depth + 1)).collect()
    }

    /// Reads one heap object, keeping the memo in step with the writer's.
    fn object(&mut self, read: impl FnOnce(&mut Self) -> Option<String>) -> Option<String> {
        let slot = self.memo.len();
        self.memo.push(String::new());
        let text = read(self)?;
        self.memo[slot] = text.clone();
        Some(text)
    }

    fn value(&mut self, depth: usize) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        let tag = *self.take(1)?.first()?;
        Some(match tag {
            NONE => "None".into(),
            FALSE => "False".into(),
            TRUE => "True".into(),
            ELLIPSIS => "Ellipsis".into(),
            INT => self.i64()?.to_string(),
            BIGINT => {
                let n = self.len()?;
                BigInt::from_signed_bytes_le(self.take(n)?).to_string()
            }
            FLOAT => super::vm::repr::float_repr(f64::from_bits(self.i64()? as u64)),
            STR => super::vm::repr::str_repr(&self.text()?),
            MEMO => {
                let index = self.len()?;
                match self.memo.get(index)? {
                    t if t.is_empty() => "...".into(),
                    t => t.clone(),
                }
            }
            BYTES | BYTEARRAY => self.object(|r| {
                let n = r.len()?;
                let shown = super::vm::repr::bytes_repr(r.take(n)?, "b");
                Some(if tag == BYTES { shown } else { format!("bytearray({shown})") })
            })?,
            LIST => self.object(|r| Some(format!("[{}]", r.items(depth)?.join(", "))))?,
            TUPLE => self.object(|r| {
                let items = r.items(depth)?;
                Some(if items.len() == 1 { format!("({},)", items[0]) } else { format!("({})", items.join(", ")) })
            })?,
            SET | FROZENSET => self.object(|r| {
                let items = r.items(depth)?;
                let inner = format!("{{{}}}", items.join(", "));
                Some(match (tag, items.is_empty()) {
                    (SET, true) => "set()".into(),
                    (SET, false) => inner,
                    (_, true) => "frozenset()".into(),
                    _ => format!("frozenset({inner})"),
                })
            })?,
            DICT => self.object(|r| {
                let n = r.len()?;
                let mut pairs = Vec::with_capacity(n);
                for _ in 0..n {
                    let key = r.value(depth + 1)?;
                    let value = r.value(depth + 1)?;
                    pairs.push(format!("{key}: {value}"));
                }
                Some(format!("{{{}}}", pairs.join(", ")))
            })?,
            RANGE => self.object(|r| {
                let (start, stop, step) = (r.i64()?, r.i64()?, r.i64()?);
                Some(if step == 1 { format!("range({start}, {stop})") } else { format!("range({start}, {stop}, {step})") })
            })?,
            SLICE => self.object(|r| Some(format!("slice({}, {}, {})", r.value(depth + 1)?, r.value(depth + 1)?, r.value(depth + 1)?)))?,
            GLOBAL => self.object(|r| {
                let (module, qualname) = (r.text()?, r.text()?);
                Some(if module == "builtins" { qualname } else { format!("{module}.{qualname}") })
            })?,
            BOUND_METHOD => self.object(|r| {
                let receiver = r.value(depth + 1)?;
                let name = r.text()?;
                Some(format!("<bound method {name} of {receiver}>"))
            })?,
            INSTANCE => self.object(|r| {
                let class = r.value(depth + 1)?;
                if *r.take(1)?.first()? != TUPLE {
                    return None;
                }
                let args = r.items(depth)?;
                let payload = match *r.take(1)?.first()? {
                    0 => None,
                    _ => Some(r.value(depth + 1)?),
                };
                let n = r.len()?;
                for _ in 0..n {
                    r.text()?;
                    r.value(depth + 1)?;
                }
                // An exception shows as itself; a subclass of a built-in as its value.
                Some(match payload {
                    Some(value) => value,
                    None if !args.is_empty() || class.ends_with("Error") || class.ends_with("Exception") => {
                        let name = class.rsplit('.').next().unwrap_or(&class).to_string();
                        format!("{name}({})", args.join(", "))
                    }
                    None => format!("<{class} object>"),
                })
            })?,
            _ => return None,
        })
    }
}
