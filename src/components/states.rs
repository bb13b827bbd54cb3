//! The textbook's state diagram of a process (new, ready, running, blocked,
//! zombie) with how many processes are in each state at the cursor, and the
//! transitions made since the moment shown before lit up, so a student sees a
//! process being scheduled, preempted, blocked, woken and exiting as it happens.

use crate::i18n::Lang;
use interleave_engine::os::{Nanos, Pid, ProcState, INIT_PID};
use interleave_engine::session::Snapshot;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::prelude::*;

/// A state of the diagram. A reaped process has left the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Node {
    New,
    Ready,
    Running,
    Blocked,
    Zombie,
}

impl Node {
    pub const ALL: [Node; 5] = [Node::New, Node::Ready, Node::Running, Node::Blocked, Node::Zombie];

    fn of(state: &ProcState) -> Option<Node> {
        match state {
            ProcState::New => Some(Node::New),
            ProcState::Ready => Some(Node::Ready),
            ProcState::Running => Some(Node::Running),
            ProcState::Blocked => Some(Node::Blocked),
            ProcState::Zombie => Some(Node::Zombie),
            ProcState::Reaped => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The diagram's arrows, as an operating-systems course draws them.
pub const EDGES: [(Node, Node); 6] = [
    (Node::New, Node::Ready),
    (Node::Ready, Node::Running),
    (Node::Running, Node::Ready),
    (Node::Running, Node::Blocked),
    (Node::Blocked, Node::Ready),
    (Node::Running, Node::Zombie),
];

/// Each process of the program (init left out) in its state.
fn states(snapshot: &Snapshot) -> BTreeMap<Pid, Node> {
    snapshot.kernel.processes.iter().filter(|p| p.pid != INIT_PID).filter_map(|p| Some((p.pid, Node::of(&p.state)?))).collect()
}

/// How many processes are in each state.
pub fn counts(snapshot: &Snapshot) -> [usize; 5] {
    let mut counts = [0; 5];
    for node in states(snapshot).values() {
        counts[node.index()] += 1;
    }
    counts
}

/// The arrows taken between two moments, `before` earlier than `after`. A process
/// that went further than one arrow (blocked to running between two frames)
/// took every arrow of the shortest way, which is the way it went: a woken
/// process is made ready before it is scheduled. A process that appeared came
/// from New.
pub fn transitions(before: &Snapshot, after: &Snapshot) -> BTreeSet<(Node, Node)> {
    let was = states(before);
    let mut taken = BTreeSet::new();
    for (pid, &now) in &states(after) {
        let then = was.get(pid).copied().unwrap_or(Node::New);
        taken.extend(way(then, now));
    }
    taken
}

/// The arrows of the shortest way from `from` to `to` (none when they are the same).
fn way(from: Node, to: Node) -> Vec<(Node, Node)> {
    // Breadth-first over five nodes: the first way found is a shortest one.
    let mut came_from: BTreeMap<Node, Node> = BTreeMap::new();
    let mut frontier = vec![from];
    while !frontier.is_empty() && !came_from.contains_key(&to) && from != to {
        let mut next = Vec::new();
        for node in frontier {
            for &(a, b) in EDGES.iter().filter(|(a, _)| *a == node) {
                if b != from && !came_from.contains_key(&b) {
                    came_from.insert(b, a);
                    next.push(b);
                }
            }
        }
        frontier = next;
    }
    let mut path = Vec::new();
    let mut at = to;
    while let Some(&prev) = came_from.get(&at) {
        path.push((prev, at));
        at = prev;
        if at == from {
            break;
        }
    }
    path.reverse();
    path
}

#[derive(Properties, PartialEq)]
pub struct StatesProps {
    pub lang: Lang,
    pub snapshot: Option<Rc<(Nanos, Snapshot)>>,
}

/// Where each node sits in the drawing (its centre), in the SVG's units.
fn centre(node: Node) -> (f64, f64) {
    match node {
        Node::New => (32.0, 30.0),
        Node::Ready => (142.0, 30.0),
        Node::Running => (258.0, 30.0),
        Node::Zombie => (368.0, 30.0),
        Node::Blocked => (200.0, 92.0),
    }
}

const HALF_W: f64 = 30.0;
const HALF_H: f64 = 16.0;

/// An arrow's path between two boxes: straight along the top row, bent for the
/// pair that goes both ways (ready and running), diagonal to and from blocked.
fn arrow_path(from: Node, to: Node) -> String {
    let ((x1, y1), (x2, y2)) = (centre(from), centre(to));
    if (y1 - y2).abs() < 1.0 {
        // Same row: from one box's side to the other's; the way back runs below.
        let dir = if x2 > x1 { 1.0 } else { -1.0 };
        let lift = match (from, to) {
            (Node::Ready, Node::Running) => -7.0,
            (Node::Running, Node::Ready) => 7.0,
            _ => 0.0,
        };
        return format!("M{} {} L{} {}", x1 + dir * HALF_W, y1 + lift, x2 - dir * (HALF_W + 2.0), y2 + lift);
    }
    // Between rows: from the bottom (or top) edge of one box to the other's.
    let down = y2 > y1;
    let (sy, ey) = if down { (y1 + HALF_H, y2 - HALF_H - 2.0) } else { (y1 - HALF_H, y2 + HALF_H + 2.0) };
    format!("M{x1} {sy} L{x2} {ey}")
}

/// Where an arrow's label sits.
fn label_at(from: Node, to: Node) -> (f64, f64, &'static str) {
    let ((x1, y1), (x2, y2)) = (centre(from), centre(to));
    let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
    match (from, to) {
        (Node::Ready, Node::Running) => (mx, my - 12.0, "middle"),
        (Node::Running, Node::Ready) => (mx, my + 19.0, "middle"),
        (Node::Running, Node::Blocked) => (mx + 10.0, my + 6.0, "start"),
        (Node::Blocked, Node::Ready) => (mx - 10.0, my + 6.0, "end"),
        _ => (mx, my - 5.0, "middle"),
    }
}

/// The diagram at the cursor. It remembers the moment it showed last, to light
/// the arrows taken since (only going forward: going back undoes, not transitions).
#[function_component]
pub fn States(props: &StatesProps) -> Html {
    let text = props.lang.text();
    let last = use_mut_ref(|| None::<Rc<(Nanos, Snapshot)>>);
    let lit = use_memo(props.snapshot.clone(), {
        let last = last.clone();
        move |snapshot| {
            let mut last = last.borrow_mut();
            let lit = match (last.as_ref(), snapshot) {
                (Some(before), Some(after)) if after.0 > before.0 => transitions(&before.1, &after.1),
                _ => BTreeSet::new(),
            };
            *last = snapshot.clone();
            lit
        }
    });
    let counts = props.snapshot.as_ref().map(|s| counts(&s.1)).unwrap_or_default();
    let name = |node: Node| match node {
        Node::New => text.state_new,
        Node::Ready => text.state_ready,
        Node::Running => text.state_running,
        Node::Blocked => text.state_blocked,
        Node::Zombie => text.state_zombie,
    };
    let edge_name = |edge: (Node, Node)| match edge {
        (Node::New, Node::Ready) => text.edge_admitted,
        (Node::Ready, Node::Running) => text.edge_scheduled,
        (Node::Running, Node::Ready) => text.edge_preempted,
        (Node::Running, Node::Blocked) => text.edge_waits,
        (Node::Blocked, Node::Ready) => text.edge_woken,
        _ => text.edge_exits,
    };
    // In words too, for screen readers: the counts, then what just happened.
    let summary = {
        let mut words: Vec<String> = Node::ALL.iter().map(|&n| format!("{} {}", name(n), counts[n.index()])).collect();
        words.extend(lit.iter().map(|&(a, b)| format!("{} → {}", name(a), name(b))));
        words.join(", ")
    };
    let edges = EDGES.iter().map(|&(from, to)| {
        let on = lit.contains(&(from, to));
        let (lx, ly, anchor) = label_at(from, to);
        html! {
            <g class={classes!("edge", on.then_some("lit"))} key={format!("{from:?}{to:?}")}>
                <path d={arrow_path(from, to)} marker-end={if on { "url(#arrow-lit)" } else { "url(#arrow)" }} />
                <text x={lx.to_string()} y={ly.to_string()} text-anchor={anchor}>{ edge_name((from, to)) }</text>
            </g>
        }
    });
    let nodes = Node::ALL.iter().map(|&node| {
        let (x, y) = centre(node);
        let count = counts[node.index()];
        let entered = lit.iter().any(|&(_, to)| to == node);
        html! {
            <g class={classes!("node", format!("node-{node:?}").to_lowercase(), (count > 0).then_some("occupied"), entered.then_some("entered"))} key={format!("{node:?}")}>
                <rect x={(x - HALF_W).to_string()} y={(y - HALF_H).to_string()} width={(2.0 * HALF_W).to_string()} height={(2.0 * HALF_H).to_string()} rx="6" />
                <text class="name" x={x.to_string()} y={(y - 2.0).to_string()} text-anchor="middle">{ name(node) }</text>
                <text class="count" x={x.to_string()} y={(y + 11.0).to_string()} text-anchor="middle">{ count }</text>
            </g>
        }
    });
    html! {
        <section class="panel states" data-testid="state-diagram">
            <h2>{ text.state_diagram }</h2>
            <svg viewBox="0 0 400 112" role="img" aria-label={summary.clone()} preserveAspectRatio="xMidYMid meet">
                <defs>
                    <marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0 L8 4 L0 8 z" class="head" />
                    </marker>
                    <marker id="arrow-lit" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0 L8 4 L0 8 z" class="head lit" />
                    </marker>
                </defs>
                { for edges }
                { for nodes }
            </svg>
            <p class="visually-hidden" aria-live="polite">{ summary }</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortest_way_is_the_way_a_process_goes() {
        assert_eq!(way(Node::Ready, Node::Running), [(Node::Ready, Node::Running)]);
        assert_eq!(way(Node::Blocked, Node::Running), [(Node::Blocked, Node::Ready), (Node::Ready, Node::Running)]);
        assert_eq!(way(Node::New, Node::Blocked), [(Node::New, Node::Ready), (Node::Ready, Node::Running), (Node::Running, Node::Blocked)]);
        // Killed while blocked: woken to die, as on Linux.
        assert_eq!(way(Node::Blocked, Node::Zombie).last(), Some(&(Node::Running, Node::Zombie)));
        assert!(way(Node::Running, Node::Running).is_empty());
        assert!(way(Node::Zombie, Node::Ready).is_empty(), "nothing comes back from the dead");
    }

    /// A snapshot of a run of the course's ticket race at `ms` milliseconds.
    fn race_at(ms: u64) -> Snapshot {
        let program = crate::samples::DEFAULT_PROGRAM;
        let options = crate::protocol::Settings::default().options(&Default::default(), "");
        let mut session = interleave_engine::session::Session::new(program, &options);
        session.seek_time(ms * interleave_engine::os::MILLI);
        session.snapshot()
    }

    #[test]
    fn counts_add_up_to_the_processes_not_yet_reaped() {
        let snapshot = race_at(3);
        let live = snapshot.kernel.processes.iter().filter(|p| p.pid != INIT_PID && p.state != ProcState::Reaped).count();
        assert!(live > 1, "children have started by then");
        assert_eq!(counts(&snapshot).iter().sum::<usize>(), live);
    }

    #[test]
    fn a_run_takes_the_diagrams_arrows_and_only_them() {
        let (start, later) = (race_at(0), race_at(3));
        let taken = transitions(&start, &later);
        assert!(taken.contains(&(Node::New, Node::Ready)) || taken.contains(&(Node::Ready, Node::Running)), "{taken:?}");
        assert!(taken.iter().all(|e| EDGES.contains(e)));
        assert!(transitions(&later, &later).is_empty(), "no time passed, nothing happened");
    }
}
