//! Scheduling policies: which ready thread a free core takes, and for how long.

use super::{Nanos, Thread};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Policy {
    /// First come, first served: a thread keeps its core until it blocks.
    Fcfs,
    /// Shortest job first: the ready thread with the shortest expected burst
    /// (an exponential average of its past bursts); not preemptive.
    Sjf,
    /// Round robin: first come first served, preempted after `quantum`.
    RoundRobin { quantum: Nanos },
    /// Multi-level feedback queue: a thread that uses up its quantum drops a level;
    /// level n's quantum is `quantum * 2^n`; every `boost` all threads return to level 0.
    Mlfq { levels: u8, quantum: Nanos, boost: Nanos },
    /// Any ready thread, chosen by the run's seed; preempted after `quantum`.
    /// With different seeds it explores different interleavings.
    Random { quantum: Nanos },
}

impl Policy {
    /// How long `thread` may keep its core before it is preempted (None: until it blocks).
    pub fn quantum(&self, thread: &Thread) -> Option<Nanos> {
        match *self {
            Policy::Fcfs | Policy::Sjf => None,
            Policy::RoundRobin { quantum } | Policy::Random { quantum } => Some(quantum),
            Policy::Mlfq { quantum, .. } => Some(quantum << thread.level.min(20)),
        }
    }

    /// Picks among `candidates` (ready and eligible, in arrival order): an index into it.
    pub fn pick(&self, candidates: &[&Thread], random: &mut impl FnMut(usize) -> usize) -> Option<usize> {
        if candidates.is_empty() {
            return None;
        }
        let best_by = |key: &dyn Fn(&Thread) -> Nanos| {
            (0..candidates.len()).min_by_key(|&i| (key(candidates[i]), i))
        };
        match self {
            Policy::Fcfs | Policy::RoundRobin { .. } => Some(0),
            Policy::Sjf => best_by(&|t| t.burst_estimate),
            Policy::Mlfq { .. } => best_by(&|t| t.level as Nanos),
            Policy::Random { .. } => Some(random(candidates.len())),
        }
    }

    /// What happens to a thread that used up its quantum.
    pub fn demote(&self, thread: &mut Thread) {
        if let Policy::Mlfq { levels, .. } = *self {
            thread.level = (thread.level + 1).min(levels.saturating_sub(1));
        }
    }
}
