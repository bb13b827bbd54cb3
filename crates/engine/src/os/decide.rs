//! Scheduling decisions as data.
//!
//! A decision is a moment where more than one thing could happen next and the
//! kernel picks one (ARCHITECTURE.md, "The session"):
//! - a free core takes one of the ready threads (`Kind::Run`);
//! - a running thread reaches a point where it may be preempted and another
//!   thread could take its core: it runs on, or that thread takes over
//!   (`Kind::Switch`; the running thread is the first candidate);
//! - an object with something to hand over (a lock released, an item in a queue,
//!   a message in a pipe) and several threads waiting for it gives it to one of
//!   them (`Kind::HandOff`).
//!
//! Each is recorded (which thread was chosen, among how many), so a run can be
//! replayed, rewound and handed over as a list of tids. Who makes the choice is
//! replaceable, as in shuttle's scheduler-as-strategy: the policy by default, a
//! script of earlier choices when replaying, or the caller, for whom the kernel
//! pauses before the decision.

use super::kernel::Kernel;
use super::{Handle, Tid};
use serde::{Deserialize, Serialize};

/// What a decision is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// Core `core` is free: which ready thread takes it.
    Run { core: usize },
    /// The thread on core `core` may be preempted here: it (the first candidate)
    /// runs on, or another takes the core.
    Switch { core: usize },
    /// `object` has something for one of the threads waiting on `side` of it.
    HandOff { object: Handle, side: u8 },
}

/// One decision made: the thread chosen, how many could have been, what about,
/// and where in the run (virtual time and trace events recorded before it), so a
/// viewer can put it on the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub chosen: Tid,
    pub among: u32,
    pub kind: Kind,
    pub time: super::Nanos,
    pub event: usize,
}

/// The decision the kernel stopped before: what it is about and its candidates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub kind: Kind,
    pub candidates: Vec<Tid>,
}

/// Who makes the kernel's decisions, and what it has made so far.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Decisions {
    /// How many decisions have been made: the index of the next one.
    pub made_count: usize,
    /// Decisions made since a session last took them (session/run.rs keeps the timeline).
    pub made: Vec<Decision>,
    /// Choices to follow, by decision index; past its end the policy decides.
    pub script: Vec<Tid>,
    /// Stop before making decision number `pause_at` (`Dispatch::Decide`).
    pub pause_at: Option<usize>,
    /// The decision the kernel stopped before, if it did.
    pub pending: Option<Pending>,
    /// Stop before anything that happens after this virtual time (a viewer's
    /// moment between decisions); `stopped_at_time` says the kernel did.
    pub stop_at: Option<super::Nanos>,
    pub stopped_at_time: bool,
    /// The choices the script could not make: the first decision that does not fit.
    pub misfit: Option<Misfit>,
    /// Also stop before a free core takes the one thread that can run (a search
    /// watching every thread that runs); `forced` names it, and `pass_forced`
    /// lets it go on the next dispatch. Not a decision: nothing is recorded.
    #[serde(default)]
    pub stop_forced: bool,
    #[serde(default)]
    pub forced: Option<Tid>,
    #[serde(default)]
    pub pass_forced: bool,
}

/// A scripted choice that is not among the candidates (the program or the
/// machine changed since the schedule was written).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Misfit {
    pub index: usize,
    pub wanted: Tid,
    pub candidates: Vec<Tid>,
}

/// What a decision point asks of the one who decides.
pub(super) enum Choice {
    /// Take this candidate (an index into the candidates).
    Take(usize),
    /// Stop here: the caller decides (pause) or the script does not fit.
    Stop,
}

impl Kernel {
    /// Decides `kind` among `candidates` (in the kernel's order); `policy_pick`
    /// is what the policy would do.
    pub(super) fn choose(&mut self, kind: Kind, candidates: &[Tid], policy_pick: impl FnOnce(&mut Self) -> Option<usize>) -> Choice {
        if candidates.len() < 2 {
            let watched = self.decisions.stop_forced && candidates.len() == 1 && matches!(kind, Kind::Run { .. });
            if watched && !std::mem::take(&mut self.decisions.pass_forced) {
                self.decisions.forced = Some(candidates[0]);
                return Choice::Stop;
            }
            return Choice::Take(0);
        }
        let index = self.decisions.made_count;
        if self.decisions.pause_at == Some(index) {
            self.decisions.pending = Some(Pending { kind, candidates: candidates.to_vec() });
            return Choice::Stop;
        }
        let pick = match self.decisions.script.get(index) {
            Some(&wanted) => match candidates.iter().position(|&t| t == wanted) {
                Some(i) => i,
                None => {
                    self.decisions.misfit = Some(Misfit { index, wanted, candidates: candidates.to_vec() });
                    self.decisions.pending = Some(Pending { kind, candidates: candidates.to_vec() });
                    return Choice::Stop;
                }
            },
            None => match policy_pick(self) {
                Some(i) => i,
                None => return Choice::Take(0),
            },
        };
        self.decisions.pending = None;
        let (time, event) = (self.now, self.trace_count);
        self.decisions.made.push(Decision { chosen: candidates[pick], among: candidates.len() as u32, kind, time, event });
        self.decisions.made_count += 1;
        Choice::Take(pick)
    }

    /// The decision the kernel is paused before, if it is: what about and among whom.
    pub fn pending(&self) -> Option<&Pending> {
        self.decisions.pending.as_ref()
    }
}
