use super::controls::format_time;
use crate::i18n::Lang;
use crate::palette::process_colour;
use interleave_engine::os::{Handle, Nanos, ObjectKind, Pid, ProcState, ThreadState, Wait, INIT_PID};
use interleave_engine::session::Snapshot;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProcessesProps {
    pub lang: Lang,
    pub snapshot: Option<Rc<(Nanos, Snapshot)>>,
    /// Colour indexes come from the recording's order of processes.
    pub pids: Vec<Pid>,
    pub selected: Option<Pid>,
    pub on_select: Callback<Option<Pid>>,
}

/// The process table at the cursor, like `ps -ef`: each process with its parent,
/// state, exit code, CPU time, and each thread's function, line and what it waits for.
#[function_component]
pub fn Processes(props: &ProcessesProps) -> Html {
    let text = props.lang.text();
    let Some(snapshot) = &props.snapshot else {
        return html! { <section class="panel processes" data-testid="ps"><h2>{ text.processes }</h2></section> };
    };
    let snapshot = &snapshot.1;
    let colour = |pid: Pid| process_colour(props.pids.iter().position(|&p| p == pid).unwrap_or(0), 45);
    let all: Vec<_> = snapshot.kernel.processes.iter().filter(|p| p.pid != INIT_PID).collect();
    // A thousand rows help nobody and cost every frame: the first ones (and the
    // selected process), then how many more there are, by state.
    let shown: Vec<_> = all.iter().enumerate().filter(|(i, p)| *i < MAX_ROWS || props.selected == Some(p.pid)).map(|(_, p)| *p).collect();
    let hidden: Vec<_> = all.iter().enumerate().filter(|(i, p)| *i >= MAX_ROWS && props.selected != Some(p.pid)).map(|(_, p)| *p).collect();
    let more = (!hidden.is_empty()).then(|| {
        let mut by_state: Vec<(&str, usize)> = Vec::new();
        for p in &hidden {
            let name = state_name(&p.state, text);
            match by_state.iter_mut().find(|(n, _)| *n == name) {
                Some((_, count)) => *count += 1,
                None => by_state.push((name, 1)),
            }
        }
        let states = by_state.iter().map(|(n, c)| format!("{c} {n}")).collect::<Vec<_>>().join(", ");
        html! { <tr class="more"><td colspan="6">{ format!("+{} {} ({states})", hidden.len(), text.more_processes) }</td></tr> }
    });
    let wakeup: Vec<Handle> =
        snapshot.kernel.objects.iter().filter(|o| matches!(o.kind, ObjectKind::Socket { wakeup: true, .. })).map(|o| o.handle).collect();
    let rows = shown.into_iter().map(|p| {
        let orphan = p.ppid == INIT_PID && props.pids.first() != Some(&p.pid);
        // The state's class (for its colour) and its name in the page's language.
        let (state, name) = (state_class(&p.state), state_name(&p.state, text));
        let hint = (p.state == ProcState::Zombie).then_some(text.zombie_hint);
        let hint = hint.or(orphan.then_some(text.orphan_hint));
        let places = p.threads.iter().filter(|t| t.state != ThreadState::Finished).map(|t| {
            let place = snapshot.threads.get(&t.tid).map(place_text).unwrap_or_default();
            let doing = match &t.state {
                ThreadState::Running { core } => format!("{} {core}", text.on_core),
                ThreadState::Ready => text.state_ready.into(),
                // An event loop's select (its self-pipe among what it waits on) waits for the loop's next timer or I/O.
                ThreadState::Blocked { wait: Wait::Select(on), .. } if on.iter().any(|(h, _)| wakeup.contains(h)) => {
                    format!("{} {}", text.waits_for, text.wait_event_loop)
                }
                ThreadState::Blocked { wait, .. } => format!("{} {}", text.waits_for, crate::timeline::words::wait(wait, text)),
                ThreadState::Finished => String::new(),
            };
            html! { <div class="thread"><span class="at">{ format!("t{}{place}", t.tid) }</span>{ format!(" · {doing}") }</div> }
        });
        let pid = p.pid;
        let selected = props.selected == Some(pid);
        let onclick = props.on_select.reform(move |_: MouseEvent| if selected { None } else { Some(pid) });
        let marks = if orphan { format!("{name} · {}", text.orphan) } else { name.to_string() };
        html! {
            <tr class={classes!(state, selected.then_some("selected"))} {onclick} title={hint.unwrap_or_default()}>
                <td class="pid"><span class="swatch" style={format!("background: {}", colour(pid))}></span>{ pid }</td>
                <td>{ p.ppid }</td>
                <td class="state">{ marks }</td>
                <td>{ p.exit_code.map(|c| c.to_string()).unwrap_or_default() }</td>
                <td class="num">{ format_time(p.cpu_time) }</td>
                <td class="where">{ for places }</td>
            </tr>
        }
    });
    html! {
        <section class="panel processes" data-testid="ps">
            <h2>{ text.processes }</h2>
            <table>
                <thead><tr>
                    <th>{ text.col_pid }</th><th>{ text.col_ppid }</th><th>{ text.col_state }</th>
                    <th>{ text.col_exit }</th><th>{ text.col_cpu }</th><th>{ text.col_where }</th>
                </tr></thead>
                <tbody>{ for rows }{ for more }</tbody>
            </table>
        </section>
    }
}

/// Rows shown before the rest are counted.
const MAX_ROWS: usize = 200;

/// The row's class, for its colour.
fn state_class(state: &ProcState) -> &'static str {
    match state {
        ProcState::New => "new",
        ProcState::Ready => "ready",
        ProcState::Running => "running",
        ProcState::Blocked => "blocked",
        ProcState::Zombie => "zombie",
        ProcState::Reaped => "exited",
    }
}

fn state_name(state: &ProcState, text: &crate::i18n::Text) -> &'static str {
    match state {
        ProcState::New => text.state_new,
        ProcState::Ready => text.state_ready,
        ProcState::Running => text.state_running,
        ProcState::Blocked => text.state_blocked,
        ProcState::Zombie => text.state_zombie,
        ProcState::Reaped => text.state_exited,
    }
}

/// Where a thread is: ` function:line`, with the file when it is one of the program's
/// own modules (` mean stats.py:12`).
fn place_text(place: &interleave_engine::session::ThreadPlace) -> String {
    match place.file == crate::errors::PROGRAM {
        true => format!(" {}:{}", place.function, place.line),
        false => format!(" {} {}:{}", place.function, place.file, place.line),
    }
}
