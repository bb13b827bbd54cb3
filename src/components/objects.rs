use crate::i18n::Lang;
use interleave_engine::os::{Nanos, ObjectKind, Scope};
use interleave_engine::session::Snapshot;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ObjectsProps {
    pub lang: Lang,
    pub snapshot: Option<Rc<(Nanos, Snapshot)>>,
    /// Behind another tab.
    #[prop_or_default]
    pub hidden: bool,
}

/// Every lock, semaphore, event, queue, pipe and socket at the cursor: who holds
/// it, who waits (in the order they will be served) and what it holds.
#[function_component]
pub fn Objects(props: &ObjectsProps) -> Html {
    let text = props.lang.text();
    let Some(snapshot) = &props.snapshot else {
        return html! { <section class="panel objects" data-testid="objects" id="panel-objects" role="tabpanel" aria-labelledby="tab-objects" hidden={props.hidden}><h2 class="visually-hidden">{ text.objects }</h2><p class="empty">{ text.no_objects }</p></section> };
    };
    let snapshot = &snapshot.1;
    let objects = &snapshot.kernel.objects;
    let cards = objects.iter().map(|o| {
        let (kind, state, busy) = match &o.kind {
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
                format!("value {value}{}", bound.map_or(String::new(), |b| format!(" / {b}"))),
                *value == 0,
            ),
            ObjectKind::Event { set } => ("Event", if *set { "set".into() } else { "clear".into() }, !*set),
            ObjectKind::Pipe { queued, holders, .. } => (
                "Pipe",
                format!(
                    "end 0: {} waiting, open in {}; end 1: {} waiting, open in {}",
                    queued[0], holders[0], queued[1], holders[1]
                ),
                false,
            ),
            ObjectKind::Queue { maxsize, items, unfinished } => (
                "Queue",
                format!(
                    "{items} {}{}{}",
                    text.items,
                    if *maxsize > 0 { format!(" / {maxsize}") } else { String::new() },
                    if *unfinished > 0 {
                        format!(", {unfinished} unfinished")
                    } else {
                        String::new()
                    }
                ),
                false,
            ),
            ObjectKind::Shared { bytes } => ("Value", format!("{bytes} bytes"), false),
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
                        "listening"
                    } else if *closed {
                        "closed"
                    } else {
                        "connected"
                    },
                    if *queued > 0 { format!(", {queued} bytes waiting") } else { String::new() }
                ),
                false,
            ),
        };
        let contents = snapshot.contents.iter().filter(|c| c.handle == o.handle).flat_map(|c| c.items.iter());
        let place = match (o.handle.scope, o.process) {
            (Scope::Process, Some(pid)) => format!(" (pid {pid})"),
            _ => String::new(),
        };
        html! {
            <li class={classes!("object", busy.then_some("busy"))}>
                <div class="head"><span class="kind">{ kind }</span>{ format!(" #{}{place}", o.handle.index) }<span class="state">{ state }</span></div>
                if !o.waiters.is_empty() {
                    <div class="waiters">{ text.waiting }{ ": " }{ for o.waiters.iter().map(|t| html! { <span class="tid">{ format!("t{t}") }</span> }) }</div>
                }
                <div class="items">{ for contents.take(12).map(|item| html! { <span class="item">{ item }</span> }) }</div>
            </li>
        }
    });
    html! {
        <section class="panel objects" data-testid="objects" id="panel-objects" role="tabpanel" aria-labelledby="tab-objects" hidden={props.hidden}>
            <h2 class="visually-hidden">{ text.objects }</h2>
            if objects.is_empty() {
                <p class="empty">{ text.no_objects }</p>
            } else {
                <ul>{ for cards }</ul>
            }
        </section>
    }
}
