//! Scheduling decisions as data.
//!
//! A decision is a moment where the kernel picks which ready thread a free core
//! runs next and more than one thread could take it. Each is recorded (which thread
//! was chosen, among how many), so a run can be replayed, rewound and handed over
//! as a list of tids. Who makes the choice is replaceable, as in shuttle's
//! scheduler-as-strategy: the policy by default, a script of earlier choices when
//! replaying, or the caller, for whom the kernel pauses before the decision.

use super::kernel::Kernel;
use super::Tid;
use serde::{Deserialize, Serialize};

/// One decision made: the thread chosen and how many could have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub chosen: Tid,
    pub among: u32,
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
    /// The choices the script could not make: the first decision that does not fit.
    pub misfit: Option<Misfit>,
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
    /// Decides among `candidates` (ready, eligible, in arrival order) for a free core.
    pub(super) fn choose(&mut self, candidates: &[Tid], policy_pick: impl FnOnce(&mut Self) -> Option<usize>) -> Choice {
        if candidates.len() < 2 {
            return Choice::Take(0);
        }
        let index = self.decisions.made_count;
        if self.decisions.pause_at == Some(index) {
            return Choice::Stop;
        }
        let pick = match self.decisions.script.get(index) {
            Some(&wanted) => match candidates.iter().position(|&t| t == wanted) {
                Some(i) => i,
                None => {
                    self.decisions.misfit = Some(Misfit { index, wanted, candidates: candidates.to_vec() });
                    return Choice::Stop;
                }
            },
            None => match policy_pick(self) {
                Some(i) => i,
                None => return Choice::Take(0),
            },
        };
        self.decisions.made.push(Decision { chosen: candidates[pick], among: candidates.len() as u32 });
        self.decisions.made_count += 1;
        Choice::Take(pick)
    }

    /// The threads a free core could take now (ready and eligible, in arrival
    /// order): the candidates of the next decision, and of the one the kernel is
    /// paused before, if it is.
    pub fn candidates(&self) -> Vec<Tid> {
        self.ready.iter().copied().filter(|&t| self.eligible(t, None)).collect()
    }
}
