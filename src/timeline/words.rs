//! The timeline's words, made when they are shown and in the page's language of
//! that moment: what a blocked thread waits for, what happened at a mark, what
//! the pointer is over. The layout keeps what happened as data, since the
//! language may change after the run was recorded.

use super::lane::{Lane, Reason, State};
use super::layout::{Layout, ObjectKind};
use super::view::format_duration;
use crate::i18n::{fill, Text};
use interleave_engine::os::{Handle, Nanos, Pid, Wait, What};

/// What a blocked thread waits for (the engine's `describe_wait`, in either language).
pub fn wait(wait: &Wait, text: &Text) -> String {
    let n = |template: &str, h: &Handle| fill(template, &[("n", &h.index)]);
    let end = |template: &str, h: &Handle, side: &u8| fill(template, &[("n", &h.index), ("end", side)]);
    match wait {
        Wait::Startup => text.wait_startup.into(),
        Wait::Sleep => text.wait_sleep.into(),
        Wait::Lock(h) => n(text.obj_lock, h),
        Wait::Semaphore(h) => n(text.obj_semaphore, h),
        Wait::Event(h) => n(text.wait_event, h),
        Wait::PipeRecv(h, side) => end(text.wait_pipe_recv, h, side),
        Wait::PipeSend(h, side) => end(text.wait_pipe_send, h, side),
        Wait::QueueGet(h) => n(text.wait_queue_get, h),
        Wait::QueuePut(h) => n(text.wait_queue_put, h),
        Wait::QueueJoin(h) => n(text.wait_queue_join, h),
        Wait::QueueFlush(h) => n(text.wait_queue_flush, h),
        Wait::JoinThread(t) => fill(text.wait_thread, &[("t", t)]),
        Wait::JoinProcess(p) => fill(text.wait_process, &[("p", p)]),
        Wait::AnyChild => text.wait_any_child.into(),
        Wait::Select(lists) => fill(text.wait_select, &[("n", &lists.len())]),
    }
}

/// A blocked thread's wait, with the lane that held the lock it waits for.
pub fn reason(layout: &Layout, reason: &Reason, text: &Text) -> String {
    if reason.event_loop {
        return text.wait_event_loop.into();
    }
    let words = wait(&reason.wait, text);
    match reason.holder.and_then(|lane| layout.lanes.get(lane)) {
        Some(holder) => fill(text.wait_held, &[("what", &words), ("holder", &holder.label(text))]),
        None => words,
    }
}

/// "1 byte", "12 bytes".
pub fn bytes(n: usize, text: &Text) -> String {
    if n == 1 {
        text.one_byte.into()
    } else {
        format!("{n} {}", text.bytes)
    }
}

/// A lock or semaphore of process `pid`, named by kind once the run has told it.
fn object(layout: &Layout, pid: Pid, handle: Handle, text: &Text) -> String {
    match layout.object_kind(pid, handle) {
        Some(ObjectKind::Lock) => fill(text.obj_lock, &[("n", &handle.index)]),
        Some(ObjectKind::Semaphore) => fill(text.obj_semaphore, &[("n", &handle.index)]),
        None => format!("#{}", handle.index),
    }
}

/// What happened at a mark of `lane`.
pub fn mark(layout: &Layout, lane: &Lane, what: &What, text: &Text) -> String {
    let sized = |template: &str, h: &Handle, bytes_: usize| fill(template, &[("n", &h.index), ("bytes", &bytes(bytes_, text))]);
    match what {
        What::Forked { child } => fill(text.did_fork, &[("pid", child)]),
        What::ThreadStarted { new } => fill(text.did_start_thread, &[("t", new)]),
        What::ProcessExited { code } => fill(text.did_exit, &[("code", code)]),
        What::Reaped { child } => fill(text.did_reap, &[("pid", child)]),
        What::Adopted { .. } => text.did_adopt.into(),
        What::Signalled { target, signal } => fill(text.did_signal, &[("signal", signal), ("pid", target)]),
        What::Acquired(h) => fill(text.did_acquire, &[("what", &object(layout, lane.pid, *h, text))]),
        // Only locks report a release.
        What::Released(h) => fill(text.did_release, &[("what", &fill(text.obj_lock, &[("n", &h.index)]))]),
        What::Uncontended { lock, times, .. } => {
            let what = fill(text.obj_lock, &[("n", &lock.index)]);
            fill(text.did_uncontended, &[("what", &what), ("times", times)])
        }
        What::EventSet(h) => fill(text.did_set_event, &[("n", &h.index)]),
        What::Sent { pipe, side, bytes: b } => fill(text.did_send_pipe, &[("n", &pipe.index), ("end", side), ("bytes", &bytes(*b, text))]),
        What::Received { pipe, side, bytes: b } => {
            fill(text.did_recv_pipe, &[("n", &pipe.index), ("end", side), ("bytes", &bytes(*b, text))])
        }
        What::Put { queue, bytes: b } => sized(text.did_put, queue, *b),
        What::Got { queue, bytes: b } => sized(text.did_get, queue, *b),
        What::Output { fd, text: printed } => fill(if *fd == 2 { text.did_stderr } else { text.did_print }, &[("text", printed)]),
        What::FileRead { path, bytes: b } => fill(text.did_read, &[("bytes", &bytes(*b, text)), ("path", path)]),
        What::FileWritten { path, bytes: b, append } => {
            fill(if *append { text.did_append } else { text.did_write }, &[("bytes", &bytes(*b, text)), ("path", path)])
        }
        What::Listening { port, .. } => fill(text.did_listen, &[("port", port)]),
        What::Connected { port, .. } => fill(text.did_connect, &[("port", port)]),
        What::Accepted { port, .. } => fill(text.did_accept, &[("port", port)]),
        What::SockSent { socket, bytes: b } => sized(text.did_sock_send, socket, *b),
        What::SockReceived { socket, bytes: b } => sized(text.did_sock_recv, socket, *b),
        What::SockClosed { socket } => fill(text.did_sock_close, &[("n", &socket.index)]),
        What::SockOpt { socket, .. } => fill(text.did_sock_opt, &[("n", &socket.index)]),
        // Not marks: states of the lane.
        What::Ran { .. } | What::Blocked(_) | What::Woken | What::Preempted | What::ThreadExited => String::new(),
        // States of a task's lane.
        What::TaskCreated { .. } | What::Task { .. } => String::new(),
    }
}

/// A lane's state at `time`.
pub fn state_at(layout: &Layout, lane: &Lane, time: Nanos, text: &Text) -> String {
    let state = match lane.segment_at(time) {
        None if lane.segments.first().is_some_and(|s| s.start <= time) => text.lane_finished.to_string(),
        None => text.lane_not_started.to_string(),
        Some(segment) => {
            let length = format_duration(segment.end_at(layout.end) - segment.start);
            let length = if segment.end == super::OPEN { fill(text.so_far, &[("length", &length)]) } else { length };
            match &segment.state {
                State::Running { core } if lane.task.is_some() => fill(text.lane_task_running, &[("core", core), ("length", &length)]),
                State::Running { core } => fill(text.lane_running, &[("core", core), ("length", &length)]),
                State::Ready if lane.task.is_some() => fill(text.lane_task_ready, &[("length", &length)]),
                State::Ready => fill(text.lane_ready, &[("length", &length)]),
                State::Awaiting { on } => fill(text.lane_awaiting, &[("what", on), ("length", &length)]),
                State::Blocked { reason: r } => fill(text.lane_blocked, &[("reason", &reason(layout, r, text)), ("length", &length)]),
                State::Zombie => fill(text.lane_zombie, &[("length", &length)]),
            }
        }
    };
    fill(text.tip_state, &[("lane", &lane.label(text)), ("state", &state)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use interleave_engine::os::Scope;
    use interleave_engine::session::machine::describe_wait;

    fn every_wait() -> Vec<Wait> {
        let h = Handle { scope: Scope::Shared, index: 3 };
        vec![
            Wait::Startup,
            Wait::Sleep,
            Wait::Lock(h),
            Wait::Semaphore(h),
            Wait::Event(h),
            Wait::PipeRecv(h, 1),
            Wait::PipeSend(h, 0),
            Wait::QueueGet(h),
            Wait::QueuePut(h),
            Wait::QueueJoin(h),
            Wait::QueueFlush(h),
            Wait::JoinThread(4),
            Wait::JoinProcess(1001),
            Wait::AnyChild,
            Wait::Select(vec![(h, 0), (h, 1)]),
        ]
    }

    #[test]
    fn a_wait_reads_in_english_as_the_engine_says_it_and_in_chinese_otherwise() {
        for w in every_wait() {
            assert_eq!(wait(&w, &EN), describe_wait(&w), "{w:?}");
            let zh = wait(&w, &ZH);
            assert!(!zh.contains('{') && zh != describe_wait(&w), "{w:?}: {zh}");
        }
    }

    #[test]
    fn a_byte_is_one_and_more_are_bytes() {
        assert_eq!((bytes(1, &EN), bytes(3, &EN)), ("1 byte".to_string(), "3 bytes".to_string()));
        assert_eq!(bytes(3, &ZH), "3 字节");
    }
}
