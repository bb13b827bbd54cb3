//! What the page sees of the machine at a moment: the kernel's view, where each thread
//! is in the program's own code (its modules' too), and what queues and pipes hold.

use super::Machine;
use crate::os::{self, Tid};

impl Machine {
    /// Everything the page draws at this moment: the kernel's view, plus where each
    /// thread is in its Python code and how big each process's heap is.
    pub fn snapshot(&self) -> crate::session::Snapshot {
        let kernel = self.kernel.snapshot();
        let threads = self
            .threads
            .iter()
            .filter_map(|(&tid, &(pid, index))| {
                let frames = &self.vms.get(&pid)?.process.threads.get(index)?.frames;
                // Where the thread is in the program's own code (inside a library
                // call, the line that made it), else its innermost frame.
                let frame = self.program_frames(frames).next_back().or(frames.last())?;
                let line = frame.code.line_at(frame.ip.saturating_sub(1));
                let file = frame.code.filename.to_string();
                Some((tid, crate::session::ThreadPlace { function: frame.code.name.to_string(), line, file }))
            })
            .collect();
        let heaps = self.vms.iter().map(|(&pid, vm)| (pid, vm.process.heap.live)).collect();
        crate::session::Snapshot { kernel, threads, heaps, contents: self.contents(), tasks: self.task_places() }
    }

    /// The line each suspended asyncio task waits at: the innermost of the program's
    /// frames down its chain of awaits (a coroutine awaiting another holds it on its
    /// stack while suspended).
    fn task_places(&self) -> Vec<crate::session::TaskPlace> {
        use crate::python::heap::Obj;
        let mut out = Vec::new();
        for (&pid, vm) in &self.vms {
            let heap = &vm.process.heap;
            for (&task, &coro) in &vm.process.tasks {
                let mut at = coro;
                let mut place = None;
                for _ in 0..64 {
                    let Obj::Generator(g) = heap.get(at) else { break };
                    let Some(frame) = g.frame.as_deref().filter(|f| f.ip > 0 && !g.running) else { break };
                    if self.program_frames(std::slice::from_ref(frame)).next().is_some() {
                        let line = frame.code.line_at(frame.ip - 1);
                        place = Some(crate::session::ThreadPlace { function: frame.code.name.to_string(), line, file: frame.code.filename.to_string() });
                    }
                    match frame.stack.last() {
                        Some(crate::python::value::Value::Ref(next)) => at = *next,
                        _ => break,
                    }
                }
                if let Some(place) = place {
                    out.push(crate::session::TaskPlace { pid, task, place });
                }
            }
        }
        out
    }

    /// The items in queues and pipes, previewed from their bytes.
    fn contents(&self) -> Vec<crate::session::Contents> {
        let show = |items: &mut dyn Iterator<Item = &Vec<u8>>| -> Vec<String> {
            // What is not a serialised value is raw bytes (a subprocess's output).
            items.map(|bytes| crate::python::serial::preview(bytes).unwrap_or_else(|| crate::python::vm::repr::bytes_repr(bytes, "b"))).collect()
        };
        let mut out = Vec::new();
        for (index, object) in self.kernel.objects.iter().enumerate() {
            let handle = os::Handle { scope: os::Scope::Shared, index: index as u32 };
            match object {
                os::Object::Queue(q) => {
                    out.push(crate::session::Contents { handle, side: None, items: show(&mut q.items.iter().map(|item| &item.data)) })
                }
                os::Object::Pipe(p) => {
                    for (side, end) in p.ends.iter().enumerate().filter(|(_, e)| !e.inbox.is_empty()) {
                        let items = show(&mut end.inbox.iter().map(|m| &m.data));
                        out.push(crate::session::Contents { handle, side: Some(side as u8), items });
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// A thread's frames that run the program's own code, its modules' too (library
    /// frames, whose files are `<name>` or CPython's absolute paths, and `exec`'s
    /// `<string>` left out), outermost first.
    fn program_frames<'f>(&self, frames: &'f [crate::python::vm::frame::Frame]) -> impl DoubleEndedIterator<Item = &'f crate::python::vm::frame::Frame> + Clone {
        let program = self.program.filename.clone();
        frames.iter().filter(move |f| {
            let file = &*f.code.filename;
            file == &*program || !(file.starts_with('<') || file.starts_with('/'))
        })
    }

    /// Where a live thread is in the program's own code: how many of its frames are
    /// the program's, and the line of the innermost (a debugger's "step" stops when
    /// either changes; library frames are stepped over).
    pub fn thread_line(&self, tid: Tid) -> Option<(usize, u32)> {
        let &(pid, index) = self.threads.get(&tid)?;
        if !self.kernel.threads.get(&tid).is_some_and(|t| t.is_live()) {
            return None;
        }
        let thread = self.vms.get(&pid)?.process.threads.get(index)?;
        let mut mine = self.program_frames(&thread.frames);
        let depth = mine.clone().count();
        let frame = mine.next_back()?;
        Some((depth, frame.code.line_at(frame.ip.saturating_sub(1))))
    }

    /// Where a thread is in the program's own code (library frames skipped): the
    /// line's text, the function and the line number.
    pub fn program_place(&self, tid: Tid) -> Option<(String, String, u32)> {
        let &(pid, index) = self.threads.get(&tid)?;
        let process = &self.vms.get(&pid)?.process;
        let thread = process.threads.get(index)?;
        let frame = self.program_frames(&thread.frames).next_back()?;
        let line = frame.code.line_at(frame.ip.saturating_sub(1));
        let source = match *frame.code.filename == *self.program.filename {
            true => self.program.source.clone(),
            false => process.srcs.get(&frame.code.filename)?.clone(),
        };
        let text = source.lines().nth(line.checked_sub(1)? as usize)?.trim();
        Some((text.to_string(), frame.code.name.to_string(), line))
    }
}
