//! Depth-first search of every schedule, with sleep sets, under a preemption
//! bound raised one at a time (iterative context bounding, as CHESS does).
//!
//! One step of the search is the run from one decision to the next: the chosen
//! thread runs to its next point where another could see a difference, plus
//! whatever runs after it while nothing is left to decide. A step's footprint
//! (os/footprint.rs) is what it touched. Sleep sets (Godefroid): once the choice
//! of thread `u` has been explored at a decision, a sibling choice `t` whose step
//! is independent of `u`'s need not try `u` again right after `t`, as `t` then `u`
//! ends where `u` then `t` did; `u` sleeps in `t`'s subtree until a step that
//! conflicts with it runs. A decision where every thread sleeps ends its path:
//! every way on from there has been run already.
//!
//! A preemption is choosing, at a `Switch` decision, another thread than the one
//! running. At bound b the search runs the schedules with at most b preemptions
//! and counts those with exactly b (the others were counted at a lower bound);
//! when no choice was ever cut by the bound, raising it finds nothing new.

use super::{preempts, Next, Report, Searchable};
use crate::os::{DecisionKind, Footprint, Pending, Tid};
use std::collections::VecDeque;

pub struct Tree<M> {
    stack: Vec<Node<M>>,
    bound: u32,
    started: bool,
    /// A choice was left out for the bound: a higher bound has more to run.
    cut: bool,
    /// Sleep sets on (off: every interleaving is run, to check the reduction).
    reduce: bool,
    /// A run went past `MAX_DEPTH` decisions: its later ones were not varied.
    deep: bool,
}

/// Decisions of one run a search varies; later ones go the first way.
pub const MAX_DEPTH: usize = 2_000;

/// A decision on the current path.
struct Node<M> {
    /// The machine paused before the decision, kept while choices remain (boxed:
    /// a long run's path holds a node a decision).
    machine: Option<Box<M>>,
    pending: Pending,
    /// Preemptions on the path before this decision.
    preemptions: u32,
    sleep: Vec<(Tid, Footprint)>,
    /// Choices run from here, with their steps' footprints.
    done: Vec<(Tid, Footprint)>,
    /// Choices still to run.
    todo: VecDeque<Tid>,
}

impl<M: Searchable> Tree<M> {
    pub fn new(reduce: bool) -> Tree<M> {
        Tree { stack: Vec::new(), bound: 0, started: false, cut: false, reduce, deep: false }
    }

    /// Runs schedules until one ends that counts at this bound: the machine at
    /// its end, its decisions and its preemptions; None once the search is over.
    pub fn next(&mut self, root: &M, max_bound: u32, report: &mut Report) -> Option<(M, Vec<Tid>, u32)> {
        loop {
            report.bound = self.bound;
            report.deep = self.deep;
            if !self.started {
                self.started = true;
                let mut machine = root.clone();
                let next = unwatched_decision(&mut machine);
                match next {
                    Next::Forced(_) => unreachable!("passed above"),
                    Next::End => {
                        // Nothing to decide: the program has one schedule.
                        self.bound = max_bound;
                        report.bound = max_bound;
                        return Some((machine, Vec::new(), 0));
                    }
                    Next::Decide(pending) => {
                        if let Some(tid) = self.push(machine, pending, 0, Vec::new(), report) {
                            if let Some(found) = self.descend(tid, report) {
                                return Some(found);
                            }
                        }
                        continue;
                    }
                }
            }
            let Some(top) = self.stack.last_mut() else {
                if self.bound >= max_bound || !self.cut {
                    report.exhausted = !self.deep;
                    return None;
                }
                self.bound += 1;
                self.started = false;
                self.cut = false;
                continue;
            };
            let Some(tid) = top.todo.front().copied() else {
                self.stack.pop();
                continue;
            };
            if let Some(found) = self.descend(tid, report) {
                return Some(found);
            }
        }
    }

    /// Runs choice `tid` of the top decision (taking it off its list) and goes on
    /// down the first choice of every decision after it, to the end of the run or
    /// a decision where every choice sleeps.
    fn descend(&mut self, mut tid: Tid, report: &mut Report) -> Option<(M, Vec<Tid>, u32)> {
        loop {
            let top = self.stack.last_mut().expect("a decision to run");
            top.todo.pop_front();
            let mut machine = *if top.todo.is_empty() { top.machine.take() } else { top.machine.clone() }.expect("a node with choices keeps its machine");
            machine.decide(tid);
            let preemptions = top.preemptions + preempts(&top.pending, tid) as u32;
            let mut step = Step::new(top, tid);
            if !self.reduce {
                step.sleep.clear();
            }
            let next = loop {
                let next = machine.next_decision();
                let ran = step.ran(&machine.take_steps(), top);
                // A thread that sleeps ran, or is about to: that way on was run before.
                let asleep = match next {
                    Next::Forced(runner) => runner != tid && step.asleep(runner),
                    _ => false,
                };
                if !ran || asleep {
                    report.pruned += 1;
                    return None;
                }
                match next {
                    Next::Forced(_) => machine.pass_forced(),
                    next => break next,
                }
            };
            let sleep = step.sleep;
            match next {
                Next::End => {
                    if preemptions < self.bound {
                        return None; // counted at a lower bound
                    }
                    let decisions = machine.decisions();
                    return Some((machine, decisions, preemptions));
                }
                Next::Decide(pending) if self.stack.len() >= MAX_DEPTH => {
                    self.deep = true;
                    return self.run_out(machine, pending, preemptions);
                }
                Next::Decide(pending) => match self.push(machine, pending, preemptions, sleep, report) {
                    Some(first) => tid = first,
                    None => return None,
                },
                Next::Forced(_) => unreachable!("passed above"),
            }
        }
    }

    /// Past the depth a search varies, a run goes on its first way to its end
    /// (the running thread keeps its core), with no decision kept on the path:
    /// a loop of sleeps makes millions of decisions.
    fn run_out(&mut self, mut machine: M, mut pending: Pending, preemptions: u32) -> Option<(M, Vec<Tid>, u32)> {
        loop {
            machine.decide(pending.candidates[0]);
            let next = unwatched_decision(&mut machine);
            match next {
                Next::Decide(again) => pending = again,
                _ if preemptions < self.bound => return None,
                _ => {
                    let decisions = machine.decisions();
                    return Some((machine, decisions, preemptions));
                }
            }
        }
    }

    /// A new decision on the path: its first choice, or None when it has none
    /// (all asleep, or cut by the bound).
    fn push(&mut self, machine: M, pending: Pending, preemptions: u32, sleep: Vec<(Tid, Footprint)>, report: &mut Report) -> Option<Tid> {
        let mut todo = VecDeque::new();
        let sleeps = !matches!(pending.kind, DecisionKind::HandOff { .. });
        for &tid in &pending.candidates {
            if sleeps && sleep.iter().any(|(t, _)| *t == tid) {
                continue;
            }
            if preemptions + preempts(&pending, tid) as u32 > self.bound {
                self.cut = true;
                continue;
            }
            todo.push_back(tid);
        }
        let first = todo.front().copied();
        if first.is_none() {
            report.pruned += 1;
            return None;
        }
        self.stack.push(Node { machine: Some(Box::new(machine)), pending, preemptions, sleep, done: Vec::new(), todo });
        first
    }
}

/// The sleep set along the run of one choice, step by step.
struct Step {
    tid: Tid,
    sleep: Vec<(Tid, Footprint)>,
    /// The chosen thread's own step has ended (another thread ran).
    own_done: bool,
}

impl Step {
    /// Choice `tid` at `node`: what slept there, and (at a choice of who runs)
    /// what ran from there before, sleeps along it until a step conflicts.
    fn new<M>(node: &mut Node<M>, tid: Tid) -> Step {
        let earlier = if handoff(node) { &[][..] } else { &node.done[..] };
        let sleep = node.sleep.iter().chain(earlier).cloned().collect();
        if !handoff(node) {
            node.done.push((tid, Footprint::default()));
        }
        Step { tid, sleep, own_done: false }
    }

    /// These steps ran (the chosen thread's own first, then those of threads
    /// that ran after it while nothing was left to decide): the chosen
    /// thread's step is noted at its node, and what they conflict with wakes.
    /// False when a thread that sleeps ran.
    fn ran<M>(&mut self, steps: &[(Tid, Footprint)], node: &mut Node<M>) -> bool {
        for (runner, footprint) in steps {
            if *runner == self.tid && !self.own_done && !handoff(node) {
                if let Some((_, own)) = node.done.last_mut() {
                    *own = Footprint::from_accesses(own.accesses().iter().chain(footprint.accesses()).cloned().collect());
                }
            } else if *runner != 0 {
                self.own_done = true;
                if *runner != self.tid && self.asleep(*runner) {
                    return false;
                }
            }
            self.sleep.retain(|(_, f)| f.independent(footprint));
        }
        true
    }

    fn asleep(&self, tid: Tid) -> bool {
        self.sleep.iter().any(|(t, _)| *t == tid)
    }
}

fn handoff<M>(node: &Node<M>) -> bool {
    matches!(node.pending.kind, DecisionKind::HandOff { .. })
}

/// The next decision or the end, letting threads that take a free core alone go
/// and forgetting what ran: where nothing on the path is varied or slept on.
fn unwatched_decision<M: Searchable>(machine: &mut M) -> Next {
    let mut next = machine.next_decision();
    while let Next::Forced(_) = next {
        machine.pass_forced();
        next = machine.next_decision();
    }
    machine.take_steps();
    next
}
