use crate::i18n::{fill, Lang, Text};
use crate::motion::{self, Hands};
use interleave_engine::os::{Handle, Nanos, ObjectKind, ObjectView, Pid, Scope};
use std::collections::BTreeMap;
use interleave_engine::session::Snapshot;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ObjectsProps {
    pub lang: Lang,
    pub snapshot: Option<Rc<(Nanos, Snapshot)>>,
    /// The run's timeline, for its asyncio tasks (event_loops.rs).
    #[prop_or_default]
    pub layout: crate::timeline::LayoutRef,
    /// Behind another tab.
    #[prop_or_default]
    pub hidden: bool,
}

/// An object told apart across processes (a process-local handle names each
/// process's own copy).
type Key = (Handle, Option<Pid>);

/// What the panel remembers between renders to animate: the moment it showed
/// last, and for each object how many items have left its front so far (items
/// are keyed by their place in the object's whole history, so an item that stays
/// keeps its element and only newcomers animate).
#[derive(Default)]
struct Memory {
    last: Option<Rc<(Nanos, Snapshot)>>,
    taken: BTreeMap<Key, usize>,
}

/// Every lock, semaphore, event, queue, pipe and socket at the cursor: who holds
/// it, who waits (in the order they will be served) and what it holds. Played
/// forward, the changes since the moment shown before move: an item slides into
/// a queue's back and out of its front, a lock's new owner flashes with the
/// hand-over ("t3 → t5"), a waiter slides into the wait list and fades out of it.
#[function_component]
pub fn Objects(props: &ObjectsProps) -> Html {
    let text = props.lang.text();
    let memory = use_mut_ref(Memory::default);
    let Some(current) = &props.snapshot else {
        *memory.borrow_mut() = Memory::default();
        return html! { <section class="panel objects" data-testid="objects" id="panel-objects" role="tabpanel" aria-labelledby="tab-objects" hidden={props.hidden}><h2 class="visually-hidden">{ text.objects }</h2><p class="empty">{ text.no_objects }</p></section> };
    };
    let mut memory = memory.borrow_mut();
    // Only a step forward moves things; going back (or far) just shows the moment.
    let before: Option<Rc<(Nanos, Snapshot)>> = match &memory.last {
        // The same moment again (the language changed): nothing moved.
        Some(last) if Rc::ptr_eq(last, current) => None,
        Some(last) if last.0 < current.0 => Some(last.clone()),
        _ => {
            memory.taken.clear();
            None
        }
    };
    let snapshot = &current.1;
    // What the library made for its own use (a Condition's waiters, a pool's queues,
    // an event loop's self-pipe, shown as the loop's card) is not the program's.
    let objects: Vec<&ObjectView> = snapshot.kernel.objects.iter().filter(|o| !o.internal).collect();
    let loops = super::event_loops::cards(&props.layout.layout.borrow(), current.0, text);
    let contents_of = |snap: &Snapshot, o: &ObjectView| -> Vec<String> {
        snap.contents.iter().filter(|c| c.handle == o.handle).flat_map(|c| c.items.iter().cloned()).collect()
    };
    let mut cards = loops;
    for o in objects.iter().copied() {
        let key: Key = (o.handle, o.process);
        let old = before.as_ref().and_then(|b| b.1.kernel.objects.iter().find(|p| (p.handle, p.process) == key));
        let (kind, state, busy) = describe(o, text);
        let items = contents_of(snapshot, o);
        let old_items = match (&before, old) {
            (Some(b), Some(old)) => Some(contents_of(&b.1, old)),
            _ => None,
        };
        let moved = old_items.as_ref().map(|old_items| motion::shift(old_items, &items));
        let taken_before = memory.taken.get(&key).copied().unwrap_or(0);
        let taken_now = taken_before + moved.map_or(0, |m| m.taken);
        if moved.is_some() {
            memory.taken.insert(key, taken_now);
        }
        let leaving = match (&old_items, moved) {
            (Some(old_items), Some(m)) => old_items[..m.taken].to_vec(),
            _ => Vec::new(),
        };
        let added = moved.map_or(0, |m| m.added);
        let hands = match (&o.kind, old.map(|old| &old.kind)) {
            (ObjectKind::Lock { owner, .. }, Some(ObjectKind::Lock { owner: was, .. })) => motion::hands(*was, *owner),
            _ => None,
        };
        let (joined, left) = old.map(|old| motion::waiters_moved(&old.waiters, &o.waiters)).unwrap_or_default();
        let place = match (o.handle.scope, o.process) {
            (Scope::Process, Some(pid)) => format!(" (pid {pid})"),
            _ => String::new(),
        };
        let hand_class = hands.map(|h| match h {
            Hands::Acquired(_) => "acquired",
            Hands::Released(_) => "released",
            Hands::Passed { .. } => "passed",
        });
        let hand_badge = match hands {
            Some(Hands::Passed { from, to }) => Some(format!("t{from} → t{to}")),
            _ => None,
        };
        let shown = items.len().min(MAX_ITEMS);
        let first_new = items.len().saturating_sub(added);
        let item_nodes = items.iter().take(shown).enumerate().map(|(i, item)| {
            let entering = i >= first_new;
            html! { <span key={format!("i{}", taken_now + i)} class={classes!("item", entering.then_some("entering"))}>{ item }</span> }
        });
        let ghost_nodes = leaving.iter().enumerate().map(|(i, item)| {
            html! { <span key={format!("i{}", taken_before + i)} class="item leaving" aria-hidden="true">{ item }</span> }
        });
        let waiter_nodes = o.waiters.iter().map(|t| {
            let class = classes!("tid", joined.contains(t).then_some("joined"));
            html! { <span key={format!("w{t}")} {class}>{ format!("t{t}") }</span> }
        });
        let gone_nodes = left.iter().map(|t| html! { <span key={format!("w{t}")} class="tid left" aria-hidden="true">{ format!("t{t}") }</span> });
        cards.push(html! {
            <li key={format!("{:?}{}{:?}", o.handle.scope, o.handle.index, o.process)} class={classes!("object", busy.then_some("busy"))}>
                <div class="head">
                    <span class="kind">{ kind }</span>{ format!(" #{}{place}", o.handle.index) }
                    if let Some(badge) = hand_badge { <span class="handoff">{ badge }</span> }
                    <span class={classes!("state", hand_class)}>{ state }</span>
                </div>
                if !o.waiters.is_empty() || !left.is_empty() {
                    <div class="waiters">{ text.waiting }{ ": " }{ for waiter_nodes }{ for gone_nodes }</div>
                }
                if !items.is_empty() || !leaving.is_empty() {
                    <div class="items">
                        { for ghost_nodes }{ for item_nodes }
                        if items.len() > shown { <span class="more-items">{ format!("+{}", items.len() - shown) }</span> }
                    </div>
                }
            </li>
        });
    }
    memory.last = Some(current.clone());
    html! {
        <section class="panel objects" data-testid="objects" id="panel-objects" role="tabpanel" aria-labelledby="tab-objects" hidden={props.hidden}>
            <h2 class="visually-hidden">{ text.objects }</h2>
            if cards.is_empty() {
                <p class="empty">{ text.no_objects }</p>
            } else {
                <ul>{ for cards }</ul>
            }
        </section>
    }
}

/// The maxsize of a queue made without one (the library's SEM_VALUE_MAX), and above.
const UNBOUNDED: usize = 32_767;

/// Items shown of a long queue (the rest counted).
const MAX_ITEMS: usize = 12;

/// An object's kind, its state in words, and whether it is taken (held, empty).
/// Kinds are Python's class names, in either language.
fn describe(o: &ObjectView, text: &Text) -> (&'static str, String, bool) {
    match &o.kind {
        ObjectKind::Lock { reentrant, owner, count } => (
            if *reentrant { "RLock" } else { "Lock" },
            match owner {
                Some(t) if *count > 1 => format!("{} t{t} ×{count}", text.held_by),
                Some(t) => format!("{} t{t}", text.held_by),
                None => text.free.to_string(),
            },
            owner.is_some(),
        ),
        ObjectKind::Semaphore { value, bound } => (
            "Semaphore",
            format!("{} {value}{}", text.sem_value, bound.map_or(String::new(), |b| format!(" / {b}"))),
            *value == 0,
        ),
        // Python's own words for an Event's state (set(), clear(), is_set()), in either language.
        ObjectKind::Event { set } => ("Event", if *set { "set".into() } else { "clear".into() }, !*set),
        ObjectKind::Pipe { queued, holders, .. } => (
            "Pipe",
            fill(text.pipe_ends, &[("q0", &queued[0]), ("h0", &holders[0]), ("q1", &queued[1]), ("h1", &holders[1])]),
            false,
        ),
        ObjectKind::Queue { maxsize, items, unfinished } => (
            "Queue",
            format!(
                "{items} {}{}{}",
                text.items,
                // A queue made without a maxsize has the semaphore's largest.
                if *maxsize > 0 && *maxsize < UNBOUNDED { format!(" / {maxsize}") } else { String::new() },
                if *unfinished > 0 {
                    fill(text.queue_unfinished, &[("n", unfinished)])
                } else {
                    String::new()
                }
            ),
            false,
        ),
        ObjectKind::Shared { bytes } => ("Value", format!("{bytes} {}", text.bytes), false),
        ObjectKind::Socket {
            local,
            listening,
            queued,
            closed,
            ..
        } => (
            "socket",
            format!(
                "{}{}{}",
                local.as_ref().map_or(String::new(), |(ip, port)| format!("{ip}:{port} ")),
                if *listening {
                    text.sock_listening
                } else if *closed {
                    text.sock_closed
                } else {
                    text.sock_connected
                },
                if *queued > 0 { fill(text.sock_waiting, &[("n", queued)]) } else { String::new() }
            ),
            false,
        ),
    
    }
}
