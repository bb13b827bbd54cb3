//! asyncio's event loops as cards of the objects panel: at the cursor, which task
//! runs on each loop's thread, the ready queue in the order the loop will step it,
//! and what each suspended task awaits. Read from the timeline's task lanes
//! (`Layout::event_loop_at`), so scrubbing back shows the queue as it was.

use crate::i18n::{fill, Text};
use crate::timeline::Layout;
use interleave_engine::os::Nanos;
use yew::prelude::*;

/// A card for each event loop that has tasks at `time`.
pub fn cards(layout: &Layout, time: Nanos, text: &Text) -> Vec<Html> {
    layout
        .loop_threads()
        .filter_map(|thread| layout.event_loop_at(thread, time))
        .map(|seen| {
            let name = |lane: usize| layout.lanes[lane].task.as_ref().map_or(String::new(), |t| t.name.clone());
            let full = |lane: usize| layout.lanes[lane].label(text);
            let chip = |lane: usize, class: &'static str| html! { <span class={classes!("task", class)} title={full(lane)}>{ name(lane) }</span> };
            let thread = layout.lanes[seen.thread].label(text);
            let count = seen.running.iter().count() + seen.ready.len() + seen.awaiting.len();
            let idle = seen.running.is_none() && seen.ready.is_empty();
            let ready = seen.ready.iter().enumerate().map(|(i, &lane)| {
                html! { <>{ if i > 0 { html! { <span class="then" aria-hidden="true">{ "→" }</span> } } else { html! {} } }{ chip(lane, "ready") }</> }
            });
            let awaiting = seen.awaiting.iter().map(|(lane, on)| {
                html! { <span class="task awaiting" title={full(*lane)}>{ name(*lane) }<span class="on">{ on }</span></span> }
            });
            html! {
                <li key={format!("loop{}", seen.thread)} class={classes!("object", "event-loop", (!idle).then_some("busy"))} data-testid="event-loop">
                    <div class="head">
                        <span class="kind">{ text.event_loop }</span>{ format!(" {thread}") }
                        <span class="state">{ fill(text.loop_tasks, &[("n", &count)]) }</span>
                    </div>
                    if let Some(lane) = seen.running {
                        <div class="loop-row"><span class="label">{ text.loop_running }</span><span class="chips">{ chip(lane, "running") }</span></div>
                    }
                    if !seen.ready.is_empty() {
                        <div class="loop-row" data-testid="ready-queue"><span class="label">{ text.loop_ready }</span><span class="chips">{ for ready }</span></div>
                    }
                    if idle {
                        <div class="loop-row idle">{ text.loop_idle }</div>
                    }
                    if !seen.awaiting.is_empty() {
                        <div class="loop-row" data-testid="awaiting"><span class="label">{ text.loop_awaiting }</span><span class="chips">{ for awaiting }</span></div>
                    }
                </li>
            }
        })
        .collect()
}
