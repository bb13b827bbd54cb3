use crate::i18n::Lang;
use interleave_engine::RunOutcome;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub lang: Lang,
    pub outcome: Option<RunOutcome>,
}

/// What the program printed: stdout, then stderr (tracebacks) in red, then the exit code.
#[function_component]
pub fn Console(props: &ConsoleProps) -> Html {
    let text = props.lang.text();
    let body = match &props.outcome {
        None => html! { <div class="console-empty">{ text.console_empty }</div> },
        Some(outcome) => html! {
            <>
                <pre class="stdout" data-testid="stdout">{ &outcome.stdout }</pre>
                if !outcome.stderr.is_empty() {
                    <pre class="stderr" data-testid="stderr">{ &outcome.stderr }</pre>
                }
                <div class={classes!("exit", (outcome.exit_code != 0).then_some("failed"))} data-testid="exit">
                    { format!("{} {}", text.exited_with, outcome.exit_code) }
                </div>
            </>
        },
    };
    html! {
        <section class="console" data-testid="console" aria-live="polite">
            <h2>{ text.console }</h2>
            { body }
        </section>
    }
}
