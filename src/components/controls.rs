use super::icons;
use crate::i18n::{Lang, Text};
use crate::protocol::{PolicyName, Settings};
use crate::recording::Cursor;
use crate::state::Speed;
use interleave_engine::os::{Nanos, MILLI};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub lang: Lang,
    pub settings: Settings,
    pub speed: Speed,
    pub playing: bool,
    /// Is a run recorded or being recorded?
    pub has_run: bool,
    pub recording: bool,
    pub cursor: Cursor,
    /// Is the cursor at the end of a finished run?
    pub at_end: bool,
    /// How far the run is recorded, and how many decisions it made.
    pub end_time: Nanos,
    pub decisions: usize,
    pub on_run: Callback<()>,
    pub on_play: Callback<()>,
    pub on_pause: Callback<()>,
    pub on_step: Callback<()>,
    pub on_step_line: Callback<()>,
    pub on_step_back: Callback<()>,
    pub on_restart: Callback<()>,
    pub on_stop: Callback<()>,
    pub on_seek: Callback<Nanos>,
    pub on_speed: Callback<Speed>,
    pub on_settings: Callback<Settings>,
    /// An embed's controls: the run and its playback, the speed, no machine settings.
    #[prop_or_default]
    pub compact: bool,
}

/// A virtual time for people: "12.5 ms", "1.20 s".
pub fn format_time(ns: Nanos) -> String {
    let ms = ns as f64 / MILLI as f64;
    if ms >= 1000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else if ms >= 10.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{ms:.3} ms")
    }
}

/// The scrubber counts in microseconds: fine enough to land on any event.
const SCRUB_UNIT: Nanos = 1_000;

/// Run, playback, the scrubber, and the machine's settings.
#[function_component]
pub fn Controls(props: &ControlsProps) -> Html {
    let text = props.lang.text();
    let click = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    let on_scrub = {
        let (on_seek, end_time) = (props.on_seek.clone(), props.end_time);
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Ok(value) = input.value().parse::<u64>() {
                // The last step of the scrubber is the end itself, not the microsecond before it.
                let time = if value >= end_time / SCRUB_UNIT { end_time } else { value * SCRUB_UNIT };
                on_seek.emit(time);
            }
        })
    };
    let on_speed = {
        let on_speed = props.on_speed.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(speed) = select.value().parse::<usize>().ok().and_then(|i| Speed::ALL.get(i)) {
                on_speed.emit(*speed);
            }
        })
    };
    let setting = |change: fn(&mut Settings, String)| {
        let settings = props.settings.clone();
        let on_settings = props.on_settings.clone();
        Callback::from(move |event: Event| {
            let value = match event.target_dyn_into::<HtmlSelectElement>() {
                Some(select) => select.value(),
                None => event.target_unchecked_into::<HtmlInputElement>().value(),
            };
            let mut next = settings.clone();
            change(&mut next, value);
            on_settings.emit(next);
        })
    };
    let on_seed = setting(|s, v| s.seed = v.trim().parse().unwrap_or(s.seed));
    let on_policy = setting(|s, v| s.policy = PolicyName::from_code(&v).unwrap_or(s.policy));
    let on_cores = setting(|s, v| s.cores = v.parse().unwrap_or(s.cores));
    let on_start_method = setting(|s, v| s.start_method = v);
    let another_seed = {
        let settings = props.settings.clone();
        let on_settings = props.on_settings.clone();
        Callback::from(move |_: MouseEvent| on_settings.emit(Settings { seed: settings.seed.wrapping_add(1), ..settings.clone() }))
    };
    let where_label = if props.at_end {
        format!("{} · {}", format_time(props.cursor.time), text.the_end)
    } else {
        let decisions = if props.cursor.decision == 1 { text.decision } else { text.decisions };
        format!("{} / {} · {} {}", format_time(props.cursor.time), format_time(props.end_time), props.cursor.decision, decisions)
    };
    let speed_index = Speed::ALL.iter().position(|s| *s == props.speed).unwrap_or(0);
    html! {
        <div class="controls" role="toolbar" aria-label={text.run}>
            <div class="buttons">
                <button class="run primary" data-testid="run" onclick={click(&props.on_run)} title={text.run_hint}>{ "▶ " }{ text.run }</button>
                if props.playing {
                    <button data-testid="pause" onclick={click(&props.on_pause)} title={format!("{} ({})", text.pause, text.key_space)} aria-label={text.pause}>{ icons::pause() }</button>
                } else {
                    <button data-testid="pause" onclick={click(&props.on_play)} disabled={!props.has_run} title={format!("{} ({})", text.play, text.key_space)} aria-label={text.play}>{ icons::play() }</button>
                }
                <button data-testid="step-back" onclick={click(&props.on_step_back)} disabled={!props.has_run} title={format!("{} (Shift+F10)", text.step_back)} aria-label={text.step_back}>{ icons::step_back() }</button>
                <button data-testid="step" onclick={click(&props.on_step)} disabled={!props.has_run} title={format!("{} (F10)", text.step)} aria-label={text.step}>{ icons::step() }</button>
                <button data-testid="step-line" onclick={click(&props.on_step_line)} disabled={!props.has_run} title={format!("{} (F11)", text.step_line_hint)} aria-label={text.step_line}>{ icons::step_line() }</button>
                <button data-testid="restart" onclick={click(&props.on_restart)} disabled={!props.has_run} title={text.restart} aria-label={text.restart}>{ icons::restart() }</button>
                <button data-testid="stop" onclick={click(&props.on_stop)} disabled={!props.recording} title={text.stop} aria-label={text.stop}>{ icons::stop() }</button>
            </div>
            <div class="scrub">
                <input type="range" data-testid="scrubber" aria-label={text.scrubber} min="0"
                    max={(props.end_time / SCRUB_UNIT).to_string()} value={(props.cursor.time / SCRUB_UNIT).to_string()}
                    disabled={!props.has_run} oninput={on_scrub} />
                <span class="where" data-testid="where" aria-live="off">
                    { where_label }
                    if props.recording { <span class="live">{ " · " }{ text.recording }</span> }
                </span>
            </div>
            <div class="settings">
                <label>{ text.speed }
                    <select data-testid="speed" onchange={on_speed}>
                        { for Speed::ALL.iter().enumerate().map(|(i, s)| html! {
                            <option value={i.to_string()} selected={i == speed_index}>{ speed_label(*s, text) }</option>
                        }) }
                    </select>
                </label>
                if !props.compact {
                <label>{ text.seed }
                    <input type="number" data-testid="seed" min="0" value={props.settings.seed.to_string()} onchange={on_seed} class="seed" />
                </label>
                <button class="dice" onclick={another_seed} title={text.another_seed} aria-label={text.another_seed}>{ icons::die() }</button>
                <label>{ text.policy }
                    <select data-testid="policy" onchange={on_policy}>
                        { for PolicyName::ALL.iter().map(|p| {
                            let (label, name) = policy_label(*p, text);
                            html! { <option value={p.code()} selected={*p == props.settings.policy} title={name}>{ label }</option> }
                        }) }
                    </select>
                </label>
                <label>{ text.start_method }
                    <select data-testid="start-method" onchange={on_start_method}>
                        <option value="fork" selected={props.settings.start_method != "spawn"}>{ text.fork }</option>
                        <option value="spawn" selected={props.settings.start_method == "spawn"}>{ text.spawn }</option>
                    </select>
                </label>
                <label>{ text.cores }
                    <select data-testid="cores" onchange={on_cores}>
                        { for (1..=8).map(|n| html! { <option value={n.to_string()} selected={n == props.settings.cores}>{ n }</option> }) }
                    </select>
                </label>
                }
            </div>
        </div>
    }
}

/// A policy's option and its full name: a textbook's abbreviation stays one in
/// either language, its name is said in the page's.
fn policy_label(policy: PolicyName, text: &Text) -> (&'static str, &'static str) {
    match policy {
        PolicyName::Fcfs => ("FCFS", text.policy_fcfs),
        PolicyName::Sjf => ("SJF", text.policy_sjf),
        PolicyName::Rr => (text.policy_rr, text.policy_rr),
        PolicyName::Mlfq => ("MLFQ", text.policy_mlfq),
        PolicyName::Random => (text.policy_random, text.policy_random),
    }
}

/// A speed's option: rates are units ("1 ms/s"), the fastest is a word.
fn speed_label(speed: Speed, text: &Text) -> String {
    match speed {
        Speed::Fastest => text.speed_max.into(),
        rate => rate.label(),
    }
}
