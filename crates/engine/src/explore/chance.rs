//! The strategies for programs too large to exhaust: seeded random choices, and
//! PCT (Burckhardt et al., "A randomized scheduler with probabilistic guarantees
//! of finding bugs", 2010): each thread gets a random priority, the highest that
//! can run runs, and at `depth` random decisions the running thread's priority
//! drops below every other. A bug that needs d ordering constraints is found
//! with a probability of at least 1/(n k^(d-1)) per run, n threads and k steps.

use super::{preempts, Next, Report, Searchable, Strategy};
use crate::os::{next_random, DecisionKind, Tid};
use std::collections::BTreeMap;

pub struct Chance {
    strategy: Strategy,
    rng: u64,
    depth: u32,
    /// The most decisions a run has had so far: where PCT's change points fall.
    longest: usize,
}

impl Chance {
    pub fn new(strategy: Strategy, seed: u64, depth: u32) -> Chance {
        Chance { strategy, rng: seed ^ 0x5DEE_CE66_D1CE_4E5B, depth, longest: 1 }
    }

    /// One more run: the machine at its end, its decisions and its preemptions.
    pub fn next<M: Searchable>(&mut self, root: &M, _report: &mut Report) -> Option<(M, Vec<Tid>, u32)> {
        let mut machine = root.clone();
        let changes: Vec<usize> = (0..self.depth).map(|_| self.random(self.longest)).collect();
        let mut priority: BTreeMap<Tid, u64> = BTreeMap::new();
        let (mut index, mut preemptions, mut last) = (0, 0, None);
        loop {
            let next = machine.next_decision();
            machine.take_steps();
            let pending = match next {
                Next::End => {
                    self.longest = self.longest.max(index);
                    let decisions = machine.decisions();
                    return Some((machine, decisions, preemptions));
                }
                Next::Decide(pending) => pending,
                Next::Forced(_) => {
                    machine.pass_forced();
                    continue;
                }
            };
            let candidates = &pending.candidates;
            let handoff = matches!(pending.kind, DecisionKind::HandOff { .. });
            let pick = if self.strategy == Strategy::Random || handoff {
                candidates[self.random(candidates.len())]
            } else {
                for &tid in candidates {
                    if let std::collections::btree_map::Entry::Vacant(slot) = priority.entry(tid) {
                        slot.insert(self.depth as u64 + 1 + next_random(&mut self.rng, 1 << 30) as u64);
                    }
                }
                // At a change point the thread that ran last drops below all others.
                for (i, _) in changes.iter().enumerate().filter(|(_, &at)| at == index) {
                    let running = match pending.kind {
                        DecisionKind::Switch { .. } => candidates.first().copied(),
                        _ => last,
                    };
                    if let Some(tid) = running {
                        priority.insert(tid, (self.depth as usize - i) as u64);
                    }
                }
                *candidates.iter().max_by_key(|t| (priority[t], std::cmp::Reverse(**t))).expect("a decision has candidates")
            };
            preemptions += preempts(&pending, pick) as u32;
            machine.decide(pick);
            last = Some(pick);
            index += 1;
        }
    }

    fn random(&mut self, n: usize) -> usize {
        next_random(&mut self.rng, n)
    }
}

