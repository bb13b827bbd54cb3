use super::controls::format_time;
use crate::i18n::Lang;
use crate::palette::process_colour;
use crate::recording::{End, Recording};
use crate::state::Shared;
use interleave_engine::os::Nanos;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub lang: Lang,
    pub run: Shared,
    pub cursor_time: Nanos,
    /// Is the cursor at the end of a finished run (then the exit code shows)?
    pub at_end: bool,
    pub on_seek: Callback<Nanos>,
    /// A line typed for the thread that waits to read stdin (with its newline),
    /// or the end of input (true).
    pub on_input: Callback<(String, bool)>,
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
        let title = format!("pid {} · {} {} · {}", line.pid, text.thread, line.tid, format_time(line.time));
        let time = line.time;
        let onclick = props.on_seek.reform(move |_: MouseEvent| time);
        // A write without its newline (a prompt) leaves the line open for the next.
        let open = (!line.text.ends_with('\n')).then_some("open");
        let class = match line.fd {
            0 => classes!("out", "typed"),
            2 => classes!("out", "stderr", open),
            _ => classes!("out", open),
        };
        html! { <span {class} style={format!("--who: {colour}")} {title} {onclick}>{ &line.text }</span> }
    });
    let asking = rec.asking.map(|asking| html! { <InputLine lang={props.lang} pid={asking.pid} tid={asking.tid} on_input={props.on_input.clone()} /> });
    html! {
        <section class="console" data-testid="console" aria-live="polite">
            <h2>{ text.console }</h2>
            <pre class="stdout" data-testid="stdout">{ for body }</pre>
            { for asking }
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

#[derive(Properties, PartialEq)]
struct InputLineProps {
    lang: Lang,
    pid: interleave_engine::os::Pid,
    tid: interleave_engine::os::Tid,
    on_input: Callback<(String, bool)>,
}

/// The console's input line, shown while a thread waits to read stdin: Enter
/// sends the line, Ctrl+D (or the button) ends the input, as on a terminal.
#[function_component]
fn InputLine(props: &InputLineProps) -> Html {
    let text = props.lang.text();
    let input = use_node_ref();
    // Focus comes to the line when it appears, as a terminal's cursor would.
    {
        let input = input.clone();
        use_effect_with(props.tid, move |_| {
            if let Some(element) = input.cast::<HtmlInputElement>() {
                let _ = element.focus();
            }
        });
    }
    let onkeydown = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: KeyboardEvent| {
            let element: HtmlInputElement = event.target_unchecked_into();
            if event.key() == "Enter" {
                event.prevent_default();
                on_input.emit((format!("{}\n", element.value()), false));
                element.set_value("");
            } else if event.ctrl_key() && event.key().eq_ignore_ascii_case("d") {
                event.prevent_default();
                let typed = element.value();
                on_input.emit((typed, true));
                element.set_value("");
            }
        })
    };
    let on_end = {
        let (on_input, input) = (props.on_input.clone(), input.clone());
        Callback::from(move |_: MouseEvent| {
            let typed = input.cast::<HtmlInputElement>().map(|e| e.value()).unwrap_or_default();
            on_input.emit((typed, true));
        })
    };
    let who = format!("t{} · pid {}", props.tid, props.pid);
    html! {
        <div class="console-input">
            <label for="console-input">{ format!("{who} {}", text.waits_for_input) }</label>
            <div class="row">
                <span class="caret" aria-hidden="true">{ "›" }</span>
                <input id="console-input" data-testid="console-input" ref={input} type="text" autocomplete="off" spellcheck="false"
                    placeholder={text.input_placeholder} {onkeydown} />
                <button type="button" class="end-input" onclick={on_end} title={text.end_input_hint}>{ text.end_input }</button>
            </div>
        </div>
    }
}
