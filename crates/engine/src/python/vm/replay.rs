//! Callbacks from native code that block.
//!
//! A native function (`str.format`, `sorted`, a dict lookup, `print` of a list) that
//! calls back into Python runs the callback as a nested loop on the Rust stack, which
//! cannot be suspended. When such a callback makes a syscall that must wait (a lock, a
//! sleep, `input()`), the native is given up instead of refusing: the callback's frames
//! stay on the thread as ordinary frames (its bottom frame marked `callback`), the
//! instruction that called the native is rewound, and the thread waits. When the
//! callback finishes, its outcome is written in the log of the frame that ran the
//! instruction (`Frame::replay`), and the instruction runs again: every callback it
//! makes is answered from the log, in order, without running again, until the log is
//! used up and the native goes on live. Natives are deterministic given their inputs
//! and their callbacks' outcomes, so the second run takes the path the first one took.
//!
//! This is what lets a `__str__` that takes a lock run under `str.format` exactly as
//! in CPython (the thread blocks inside it, others run, the format finishes later).
//! The inputs an instruction consumes are kept as it starts (`StepSave`, a few
//! values), so that it can be rewound; `inputs` lists every instruction, those that
//! cannot call back (and keep nothing) included.

use super::frame::{Frame, FrameKind};
use super::{Ctl, Process};
use crate::python::code::Instr;
use crate::python::heap::Obj;
use crate::python::value::Value;

/// What a frame has to do with replays (boxed: most frames have nothing, and the
/// frame stays small).
#[derive(Clone, Debug, Default)]
pub struct Replay {
    /// This frame is a callback whose native was given up when it blocked: its outcome
    /// goes into the log of the frame below, not onto its stack.
    callback: bool,
    /// The log of the instruction this frame is running, once it made a callback.
    log: Option<Log>,
}

impl Replay {
    pub fn trace(&self, f: &mut dyn FnMut(&Value)) {
        if let Some(log) = &self.log {
            log.trace(f);
        }
    }
}

/// Whether frame `f` is a callback that outlived its native.
#[inline]
pub(crate) fn is_callback(f: &Frame) -> bool {
    f.replay.as_ref().is_some_and(|r| r.callback)
}

fn log_mut(f: &mut Frame) -> Option<&mut Log> {
    f.replay.as_mut().and_then(|r| r.log.as_mut())
}

/// The callbacks' outcomes of the instruction a frame is running, and what it needs to
/// run it again.
#[derive(Clone, Debug, Default)]
struct Log {
    /// Where the instruction is, the stack below its inputs, and its inputs.
    ip: usize,
    keep: usize,
    inputs: Vec<Value>,
    outcomes: Vec<Result<Value, Value>>,
    /// The next outcome to give; equal to `outcomes.len()` while running live.
    next: usize,
}

impl Log {
    fn trace(&self, f: &mut dyn FnMut(&Value)) {
        self.inputs.iter().for_each(&mut *f);
        for o in &self.outcomes {
            match o {
                Ok(v) | Err(v) => f(v),
            }
        }
    }
}

/// The inputs of the instruction being started, kept until its first callback.
/// Kept for every instruction that may call a native, so a few inputs go in place
/// (no allocation, no loop): this is on the dispatch loop's path.
#[derive(Clone, Debug)]
pub struct StepSave {
    /// The thread's frame count when the instruction started (0: nothing kept).
    depth: usize,
    ip: usize,
    keep: usize,
    /// How many inputs: up to `FEW` are in `few`, more in `more`.
    n: usize,
    few: [Value; FEW],
    more: Vec<Value>,
}

const FEW: usize = 4;

impl Default for StepSave {
    fn default() -> Self {
        StepSave { depth: 0, ip: 0, keep: 0, n: 0, few: [Value::Null, Value::Null, Value::Null, Value::Null], more: Vec::new() }
    }
}

impl StepSave {
    fn take_inputs(&mut self) -> Vec<Value> {
        match self.n <= FEW {
            true => self.few[..self.n].to_vec(),
            false => std::mem::take(&mut self.more),
        }
    }
}

/// How many values the instruction takes from the stack, for those under which a
/// native may call back into Python.
#[inline(always)]
fn inputs(ins: Instr) -> Option<usize> {
    Some(match ins {
        Instr::Call(n) => n as usize + 1,
        Instr::CallKw(n, _) => n as usize + 1,
        Instr::CallMethod(n) => n as usize + 2,
        Instr::CallEx => 3,
        Instr::BinarySubscr | Instr::DeleteSubscr | Instr::Binary(_) | Instr::Inplace(_) => 2,
        Instr::Compare(_) | Instr::Contains(_) | Instr::StoreAttr(_) | Instr::MapAdd(_) => 2,
        Instr::DictSetItem | Instr::KwSetItem => 2,
        Instr::StoreSubscr => 3,
        Instr::Unary(_) | Instr::GetIter | Instr::ForIter(_) | Instr::LoadAttr(_) | Instr::DeleteAttr(_) => 1,
        Instr::LoadMethod(_) | Instr::UnpackSequence(_) | Instr::UnpackEx(..) | Instr::SetAdd(_) => 1,
        Instr::ListExtend(_) | Instr::SetUpdate(_) | Instr::DictUpdate(_) => 1,
        Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_) | Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_) => 1,
        Instr::BeforeWith | Instr::WithExitNormal => 1,
        Instr::BuildSet(n) | Instr::BuildString(n) => n as usize,
        Instr::BuildMap(n) => 2 * n as usize,
        Instr::FormatValue(flags) => 1 + (flags & 4 != 0) as usize,
        Instr::Raise(n) => n as usize,
        Instr::MatchSequence(..) => 1,
        Instr::MatchMapping(n, _) => 1 + n as usize,
        Instr::MatchClass(..) => 2,
        Instr::GetAwaitable | Instr::GetAIter | Instr::BeforeAsyncWith => 1,
        Instr::GetANext => 0,
        // A class body's namespace may be any mapping (a metaclass's `__prepare__`),
        // `yield from` and `from m import x` may call `__iter__`, `__next__` and a
        // module's `__getattr__`.
        Instr::LoadName(_) | Instr::DeleteName(_) => 0,
        Instr::StoreName(_) | Instr::GetYieldFromIter | Instr::ImportFrom(_) | Instr::ImportStar => 1,
        Instr::Send(_) | Instr::StarMatch => 2,
        Instr::WithExceptStart => 0,
        // These call no native that calls back into Python (a store into globals or
        // a frame's own slots, jumps, blocks, building tuples and lists of what is
        // on the stack, a return or yield: frames, not callbacks). Listed one by one
        // so that a new instruction must be placed on one side or the other.
        Instr::Nop | Instr::Pop | Instr::Copy(_) | Instr::Swap(_) | Instr::LoadConst(_) | Instr::LoadFast(_) => return None,
        Instr::LoadBytes(_) | Instr::StoreFast(_) | Instr::DeleteFast(_) | Instr::LoadDeref(_) | Instr::StoreDeref(_) => return None,
        Instr::DeleteDeref(_) | Instr::LoadClosure(_) | Instr::LoadGlobal(_) | Instr::StoreGlobal(_) => return None,
        Instr::DeleteGlobal(_) | Instr::InplaceAddFast(_) | Instr::Is(_) | Instr::Jump(_) | Instr::BuildList(_) => return None,
        Instr::BuildTuple(_) | Instr::BuildSlice(_) | Instr::ListAppend(_) | Instr::ListToTuple => return None,
        Instr::MakeFunction(..) | Instr::LoadBuildClass | Instr::Return | Instr::YieldValue | Instr::Reraise => return None,
        Instr::EndAsyncFor | Instr::AsyncGenWrap | Instr::SetupExcept(_) | Instr::PopBlock | Instr::PushExcInfo => return None,
        Instr::PopExcept | Instr::CleanupReraise | Instr::CheckExcMatch | Instr::ImportName(_) => return None,
        Instr::LoadAssertionError => return None,
    })
}

/// `*slot = v.clone()`, without the out-of-line drop of what the slot held when that
/// owns nothing (an int, a reference into the heap): most inputs are such.
#[inline(always)]
fn put(slot: &mut Value, v: &Value) {
    let old = std::mem::replace(slot, v.clone());
    match old {
        Value::Str(_) | Value::BigInt(_) | Value::NativeMeth(_) => drop(old),
        _ => std::mem::forget(old),
    }
}

impl Process {
    /// Keeps the inputs of the instruction the current frame starts (`ins`, at ip - 1).
    #[inline(always)]
    pub(crate) fn save_step(&mut self, ins: Instr) {
        self.step_save.depth = 0;
        if let Some(k) = inputs(ins) {
            self.save_inputs(k);
        }
    }

    #[inline(never)]
    fn save_inputs(&mut self, k: usize) {
        let save = &mut self.step_save;
        let frames = &self.threads[self.cur].frames;
        let Some(fr) = frames.last() else { return };
        let Some(keep) = fr.stack.len().checked_sub(k) else { return };
        let given = &fr.stack[keep..];
        match k {
            0 => {}
            1 => put(&mut save.few[0], &given[0]),
            2 => {
                put(&mut save.few[0], &given[0]);
                put(&mut save.few[1], &given[1]);
            }
            3 | 4 => {
                for (slot, v) in save.few.iter_mut().zip(given) {
                    put(slot, v);
                }
            }
            _ => {
                save.more.clear();
                save.more.extend_from_slice(given);
            }
        }
        save.n = k;
        save.depth = frames.len();
        save.ip = fr.ip - 1;
        save.keep = keep;
    }

    /// After an instruction started at `depth` frames: a callback under it blocked
    /// (the frame above it is a callback), so it is rewound to run again; otherwise its
    /// log, if any, is done with.
    #[inline(always)]
    pub(crate) fn end_step(&mut self, depth: usize, trapped: bool) {
        // What was kept is this instruction's only: nothing after it may take it.
        self.step_save.depth = 0;
        if self.replays != 0 {
            self.end_logged_step(depth, trapped);
        }
    }

    #[inline(never)]
    fn end_logged_step(&mut self, depth: usize, trapped: bool) {
        let frames = &mut self.threads[self.cur].frames;
        let suspended = trapped && frames.get(depth).is_some_and(is_callback);
        let Some(owner) = depth.checked_sub(1).and_then(|i| frames.get_mut(i)) else { return };
        let Some(replay) = owner.replay.as_mut() else { return };
        match (&mut replay.log, suspended) {
            (Some(log), true) => {
                owner.ip = log.ip;
                owner.stack.truncate(log.keep);
                owner.stack.extend(log.inputs.iter().cloned());
                log.next = 0;
            }
            (Some(_), false) => {
                replay.log = None;
                if !replay.callback {
                    owner.replay = None;
                }
                self.replays = self.replays.saturating_sub(1);
            }
            (None, _) => {}
        }
    }

    /// Before a callback pushed at frame `base` runs: if its caller's instruction is
    /// being run again and this callback's outcome is known, the pushed frame is
    /// taken back and the outcome given. Otherwise the caller's log is readied, when
    /// its instruction kept its inputs (a frame has a log only if it can be rewound).
    pub(crate) fn replayed(&mut self, base: usize) -> Option<Result<Value, Ctl>> {
        let save_is_owners = self.step_save.depth == base;
        let frames = &mut self.threads[self.cur].frames;
        let owner = frames.get_mut(base.checked_sub(1)?)?;
        let has_log = owner.replay.as_ref().is_some_and(|r| r.log.is_some());
        if !has_log && !save_is_owners {
            return None;
        }
        let replay = owner.replay.get_or_insert_with(Default::default);
        if replay.log.is_none() {
            self.replays += 1;
        }
        let r = replay.log.get_or_insert_with(|| {
            let save = &mut self.step_save;
            Log { ip: save.ip, keep: save.keep, inputs: save.take_inputs(), ..Log::default() }
        });
        if r.next >= r.outcomes.len() {
            return None;
        }
        let outcome = r.outcomes[r.next].clone();
        r.next += 1;
        self.discard_pushed();
        Some(outcome.map_err(Ctl::Exc))
    }

    /// Writes the outcome of the callback that was pushed at frame `base` and ran
    /// nested (the native goes on past it).
    pub(crate) fn record(&mut self, base: usize, outcome: Result<Value, Value>) {
        let Some(owner) = base.checked_sub(1) else { return };
        if let Some(r) = self.threads[self.cur].frames.get_mut(owner).and_then(log_mut) {
            r.outcomes.push(outcome);
            r.next = r.outcomes.len();
        }
    }

    /// The callback pushed at `base` made a syscall that waits: the callback becomes
    /// frames of the thread (the trap goes on up) and its caller's instruction runs
    /// again when it is done. Every instruction that may call back keeps its inputs
    /// (`inputs`), and the engine calls Python only from instructions (what the end
    /// of a program prints is printed by its shutdown code), so a caller that cannot
    /// be run again is a fault of the engine: reported as such, never as Python's.
    pub(crate) fn suspend(&mut self, base: usize, trap: Ctl) -> Ctl {
        let frames = &mut self.threads[self.cur].frames;
        let rewindable = base
            .checked_sub(1)
            .and_then(|i| frames.get(i))
            .and_then(|f| f.replay.as_ref())
            .is_some_and(|r| r.log.is_some());
        if rewindable {
            frames[base].replay.get_or_insert_with(Default::default).callback = true;
            return trap;
        }
        debug_assert!(false, "a callback waited under an instruction that cannot run again");
        while self.threads[self.cur].frames.len() > base {
            self.discard_pushed();
        }
        self.err("SystemError", "the engine cannot suspend this callback (please report this program)")
    }

    /// Takes the top frame back as if it had not been pushed: a generator's frame
    /// goes back to its generator, as it was.
    pub(crate) fn discard_pushed(&mut self) {
        let Some(mut f) = self.threads[self.cur].frames.pop() else { return };
        if let FrameKind::Generator(g) = f.kind {
            if f.ip != 0 {
                f.stack.pop();
            }
            f.replay = None;
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.running = false;
                gen.frame = Some(Box::new(f));
            }
        }
    }

    /// A callback frame that outlived its native ended with `outcome`: it goes into
    /// the log of the frame now on top, whose instruction runs again.
    pub(crate) fn callback_done(&mut self, outcome: Result<Value, Value>) {
        // The instruction was rewound (`next` is 0): it will read this outcome last.
        if let Some(r) = self.threads[self.cur].frames.last_mut().and_then(log_mut) {
            r.outcomes.push(outcome);
        }
    }

    /// The top frame, a callback that outlived its native, returned `v`: its outcome
    /// as its kind makes it for the native (`__init__` gives the instance; a generator
    /// resumed by the native ends with StopIteration).
    pub(crate) fn return_from_callback(&mut self, v: Value) {
        let Some(f) = self.threads[self.cur].frames.pop() else { return };
        let outcome = match f.kind {
            FrameKind::Init(inst) if matches!(v, Value::None) => Ok(inst),
            FrameKind::Init(_) => {
                let t = self.type_name(&v);
                Err(self.type_error(format!("__init__() should return None, not '{}'", t)))
            }
            FrameKind::Generator(g) => {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.running = false;
                    gen.frame = None;
                }
                let cls = self.exc_class("StopIteration");
                let args = if matches!(v, Value::None) { vec![] } else { vec![v] };
                Err(Ctl::Exc(self.new_exc(cls, args)))
            }
            _ => Ok(v),
        };
        self.callback_done(outcome.map_err(|e| match e {
            Ctl::Exc(e) => e,
            _ => Value::None,
        }));
    }

    /// The top frame, a generator's that outlived the native resuming it, yielded `v`.
    pub(crate) fn yield_from_callback(&mut self, v: Value) {
        let Some(mut f) = self.threads[self.cur].frames.pop() else { return };
        f.replay = None;
        if let FrameKind::Generator(g) = f.kind {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.running = false;
                gen.frame = Some(Box::new(f));
            }
        }
        self.callback_done(Ok(v));
    }
}
