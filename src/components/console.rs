use super::controls::format_time;
use crate::i18n::Lang;
use crate::palette::process_colour;
use crate::recording::{End, Recording};
use crate::state::Shared;
use interleave_engine::os::Nanos;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub lang: Lang,
    pub run: Shared,
    pub cursor_time: Nanos,
    /// Is the cursor at the end of a finished run (then the exit code shows)?
    pub at_end: bool,
    pub on_seek: Callback<Nanos>,
}

/// What the program printed by the cursor's moment: each write tinted by the
/// process that made it (hover: who and when; click: the cursor goes there),
/// stderr in red, and at the end the engine's note and the exit code.
#[function_component]
pub fn Console(props: &ConsoleProps) -> Html {
    let text = props.lang.text();
    let rec = props.run.recording.borrow();
    if rec.id == 0 {
        return html! {
            <section class="console" data-testid="console" aria-live="polite">
                <h2>{ text.console }</h2>
                <div class="console-empty">{ text.console_empty }</div>
            </section>
        };
    }
    let lines = rec.output_until(props.cursor_time);
    let body = lines.map(|line| {
        let colour = process_colour(rec.colour_of(line.pid), 45);
        let title = format!("pid {} · thread {} · {}", line.pid, line.tid, format_time(line.time));
        let time = line.time;
        let onclick = props.on_seek.reform(move |_: MouseEvent| time);
        let class = if line.fd == 2 { "out stderr" } else { "out" };
        html! { <span {class} style={format!("--who: {colour}")} {title} {onclick}>{ &line.text }</span> }
    });
    html! {
        <section class="console" data-testid="console" aria-live="polite">
            <h2>{ text.console }</h2>
            <pre class="stdout" data-testid="stdout">{ for body }</pre>
            if props.at_end { { ending(&rec, props.lang) } }
        </section>
    }
}

fn ending(rec: &Recording, lang: Lang) -> Html {
    let text = lang.text();
    match &rec.end {
        Some(End::Exited { code, note }) => html! {
            <>
                if !note.is_empty() { <pre class="note" data-testid="stderr">{ note }</pre> }
                <div class={classes!("exit", (*code != 0).then_some("failed"))} data-testid="exit">
                    { format!("{} {code}", text.exited_with) }
                </div>
            </>
        },
        Some(End::Stopped) => {
            html! { <div class="exit failed" data-testid="exit">{ text.stopped }</div> }
        }
        None => html! {},
    }
}
