//! A long run's trace, kept compact: events encoded one after another as bytes.
//!
//! A run may record up to 20 million events (`RunOptions::max_events`). As structs
//! they take about 56 bytes each (a `What` is as big as its biggest variant), and the
//! page keeps a copy of the worker's: over a gigabyte each. Encoded (bincode's varint
//! form, the time as the difference from the event before) most take 6 to 12 bytes.
//! Every `STRIDE` events a mark keeps the byte offset and the time there, so reading
//! from any event, or backwards in strides, decodes at most a stride it does not need.

use super::{Nanos, TraceEvent, What};
use bincode::Options;
use serde::{Deserialize, Serialize};

const STRIDE: usize = 64;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TraceLog {
    bytes: Vec<u8>,
    /// (byte offset, time of the event before) of events 0, STRIDE, 2 * STRIDE, ...
    marks: Vec<(usize, Nanos)>,
    len: usize,
    /// The time of the last event (the next one is encoded relative to it).
    last: Nanos,
}

/// One event as stored: its time relative to the event before (times may go back a
/// little: two cores' slices interleave in the order they were simulated).
#[derive(Serialize, Deserialize)]
struct Stored<W> {
    dt: i64,
    pid: super::Pid,
    tid: super::Tid,
    what: W,
}

fn options() -> impl Options {
    bincode::DefaultOptions::new().with_varint_encoding()
}

impl TraceLog {
    pub fn new() -> TraceLog {
        TraceLog::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The bytes the events take (for the memory the page reports).
    pub fn bytes(&self) -> usize {
        self.bytes.len() + self.marks.len() * std::mem::size_of::<(usize, Nanos)>()
    }

    pub fn push(&mut self, event: &TraceEvent) {
        if self.len % STRIDE == 0 {
            self.marks.push((self.bytes.len(), self.last));
        }
        let stored = Stored { dt: event.time.wrapping_sub(self.last) as i64, pid: event.pid, tid: event.tid, what: &event.what };
        // Writing into a Vec cannot fail, and every `What` serialises.
        let _ = options().serialize_into(&mut self.bytes, &stored);
        self.last = event.time;
        self.len += 1;
    }

    pub fn extend<'a>(&mut self, events: impl IntoIterator<Item = &'a TraceEvent>) {
        for event in events {
            self.push(event);
        }
    }

    /// The events from `from` on, in order.
    pub fn iter_from(&self, from: usize) -> Iter<'_> {
        let from = from.min(self.len);
        let mark = from / STRIDE;
        let (at, time) = self.marks.get(mark).copied().unwrap_or((self.bytes.len(), self.last));
        let mut iter = Iter { log: self, at, time, index: mark * STRIDE, end: self.len };
        for _ in iter.index..from {
            iter.next();
        }
        iter
    }

    pub fn iter(&self) -> Iter<'_> {
        self.iter_from(0)
    }

    /// The events `from..to`, decoded.
    pub fn range(&self, from: usize, to: usize) -> Vec<TraceEvent> {
        let to = to.min(self.len);
        self.iter_from(from).take(to.saturating_sub(from)).collect()
    }

    /// The events from the last on, backwards (decoded a stride at a time).
    pub fn iter_rev(&self) -> impl Iterator<Item = TraceEvent> + '_ {
        self.rev_from(self.len)
    }

    /// The events before `end`, backwards.
    pub fn rev_from(&self, end: usize) -> impl Iterator<Item = TraceEvent> + '_ {
        let end = end.min(self.len);
        (0..end.div_ceil(STRIDE)).rev().flat_map(move |mark| self.range(mark * STRIDE, end.min((mark + 1) * STRIDE)).into_iter().rev())
    }

    /// Backwards from at least every event at or before `time` (and a few after it:
    /// times go back only within a stride, as slices of two cores interleave).
    pub fn rev_from_time(&self, time: Nanos) -> impl Iterator<Item = TraceEvent> + '_ {
        let later = self.marks.partition_point(|&(_, t)| t <= time);
        self.rev_from((later + 1) * STRIDE)
    }

    /// Keeps the first `n` events.
    pub fn truncate(&mut self, n: usize) {
        if n >= self.len {
            return;
        }
        let (at, time) = {
            let iter = self.iter_from(n);
            (iter.at, iter.time)
        };
        self.bytes.truncate(at);
        self.marks.truncate(n.div_ceil(STRIDE));
        self.len = n;
        self.last = time;
    }
}

pub struct Iter<'a> {
    log: &'a TraceLog,
    at: usize,
    time: Nanos,
    index: usize,
    end: usize,
}

impl Iterator for Iter<'_> {
    type Item = TraceEvent;

    fn next(&mut self) -> Option<TraceEvent> {
        if self.index >= self.end {
            return None;
        }
        let mut rest = &self.log.bytes[self.at..];
        let before = rest.len();
        let stored: Stored<What> = options().deserialize_from(&mut rest).ok()?;
        self.at += before - rest.len();
        self.time = self.time.wrapping_add(stored.dt as u64);
        self.index += 1;
        Some(TraceEvent { time: self.time, pid: stored.pid, tid: stored.tid, what: stored.what })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.index;
        (n, Some(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::os::{Handle, Scope};

    fn events(n: u64) -> Vec<TraceEvent> {
        (0..n)
            .map(|i| {
                let what = match i % 4 {
                    0 => What::Ran { core: (i % 3) as usize, until: i * 1000 + 700 },
                    1 => What::Output { fd: 1, text: format!("line {i}\n") },
                    2 => What::Acquired(Handle { scope: Scope::Shared, index: i as u32 }),
                    _ => What::Woken,
                };
                // A little out of order, as two cores' slices can be.
                let time = if i % 5 == 3 { i * 1000 - 1500 } else { i * 1000 };
                TraceEvent { time, pid: 1000 + (i % 7) as u32, tid: (i % 11) as u32, what }
            })
            .collect()
    }

    #[test]
    fn events_come_back_as_they_went_in_from_anywhere_and_backwards() {
        let all = events(1000);
        let mut log = TraceLog::new();
        log.extend(&all);
        assert_eq!(log.len(), 1000);
        assert_eq!(log.iter().collect::<Vec<_>>(), all);
        for from in [0, 1, 63, 64, 65, 500, 999, 1000] {
            assert_eq!(log.iter_from(from).collect::<Vec<_>>(), all[from..], "from {from}");
        }
        let backwards: Vec<_> = log.iter_rev().collect();
        let time = all[500].time;
        let before: Vec<_> = log.rev_from_time(time).filter(|e| e.time <= time).collect();
        let expected: Vec<_> = all.iter().rev().filter(|e| e.time <= time).cloned().collect();
        assert_eq!(before, expected, "every event at or before a moment, backwards");
        assert_eq!(backwards, all.iter().rev().cloned().collect::<Vec<_>>());
        assert!(log.bytes() < 1000 * 16, "compact: {} bytes for 1,000 events", log.bytes());
    }

    #[test]
    fn a_truncated_log_goes_on_from_where_it_was_cut() {
        let all = events(300);
        for cut in [0, 1, 64, 100, 299] {
            let mut log = TraceLog::new();
            log.extend(&all);
            log.truncate(cut);
            assert_eq!(log.iter().collect::<Vec<_>>(), all[..cut]);
            log.extend(&all[cut..]);
            assert_eq!(log.iter().collect::<Vec<_>>(), all, "cut at {cut}");
        }
    }
}
