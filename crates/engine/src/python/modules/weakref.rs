//! `_weakref`: what weak references need from the heap (vm/finalize.rs keeps the
//! table), and `gc.collect`'s search for unreachable objects.

use crate::python::heap::Obj;
use crate::python::value::{ObjId, Value};
use crate::python::vm::{Ctl, Process};

type Native = fn(&mut Process, Vec<Value>, Vec<(std::rc::Rc<str>, Value)>) -> Result<Value, Ctl>;

fn id_of(a: &[Value], i: usize) -> Option<ObjId> {
    a.get(i).and_then(|v| v.as_ref())
}

pub fn init(p: &mut Process, d: ObjId) {
    let fns: &[(&'static str, Native)] = &[
        // bind(ref, obj): `ref` refers to `obj` weakly from now on.
        ("bind", |p, a, _| {
            if let (Some(r), Some(t)) = (id_of(&a, 0), id_of(&a, 1)) {
                p.fin.watch_weak(t, r);
            }
            Ok(Value::None)
        }),
        // target(ref): the referent, or None once it died.
        ("target", |p, a, _| {
            Ok(id_of(&a, 0).and_then(|r| p.fin.weak.get(&r).copied()).map_or(Value::None, Value::Ref))
        }),
        // refs(obj): the weak reference objects to `obj`, oldest first.
        ("refs", |p, a, _| {
            let refs = id_of(&a, 0).and_then(|t| p.fin.watched.get(&t)).map(|w| w.refs.clone()).unwrap_or_default();
            let items = refs.into_iter().filter(|r| p.fin.weak.contains_key(r)).map(Value::Ref).collect();
            Ok(p.alloc(Obj::List(items)))
        }),
        // collect(): (how many unreachable objects a cycle kept, [(finalizer, arg)]).
        ("collect", |p, a, _| Ok(p.gc_collect(!matches!(a.first(), Some(Value::Bool(false)))))),
        // exit_direct(): [(finalizer, arg)] of what __main__'s globals hold directly.
        ("exit_direct", |p, _, _| Ok(p.exit_direct())),
        // clear_main(): lets go of __main__'s globals in order (at exit).
        ("clear_main", |p, _, _| {
            p.clear_main();
            Ok(Value::None)
        }),
        // sweep(): frees what the last collect() found (its finalizers have run).
        ("sweep", |p, _, _| {
            if p.nested == 0 {
                p.collect_now();
            }
            Ok(Value::None)
        }),
        ("watching", |p, _, _| Ok(Value::Bool(p.fin.armed()))),
    ];
    for (n, f) in fns {
        let v = p.alloc(Obj::Native(crate::python::heap::NativeFn { name: n, f: *f, bound: None, module: Some(std::rc::Rc::from("_weakref")) }));
        super::set(p, d, n, v);
    }
}
