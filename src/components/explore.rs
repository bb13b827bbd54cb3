//! "Can it break?": the Explore panel (a search of the program's schedules, its
//! outcomes as bars, each loadable into the timeline) and "you are the
//! scheduler" (the run stops at each decision and the student picks who runs).

use crate::explore::{common_lines, differing, gist, Scheduling, SearchView};
use crate::i18n::{fill, Lang, Text};
use crate::protocol::Search;
use interleave_engine::explore::{Failure, Strategy};
use interleave_engine::os::{DecisionKind, Tid};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExploreProps {
    pub lang: Lang,
    pub search: Option<Rc<SearchView>>,
    pub scheduling: Option<Rc<Scheduling>>,
    /// The scheduled run ended: whether its challenge's goal was reached
    /// (Some(false) with no challenge: it just ended).
    pub ended: Option<bool>,
    /// The share link of a reached goal.
    pub share: Option<AttrValue>,
    /// The program was edited since the search: its schedules no longer replay.
    #[prop_or_default]
    pub stale: bool,
    /// The open example's challenge for a student playing the scheduler.
    #[prop_or_default]
    pub challenge: Option<AttrValue>,
    pub on_search: Callback<Search>,
    pub on_stop: Callback<()>,
    /// An outcome clicked: its index in the report.
    pub on_load: Callback<usize>,
    pub on_scheduler: Callback<bool>,
    pub on_pick: Callback<Tid>,
    pub on_undo: Callback<()>,
    pub on_finish: Callback<()>,
}

#[function_component]
pub fn Explore(props: &ExploreProps) -> Html {
    let text = props.lang.text();
    let strategy = use_state(|| Strategy::Dfs);
    let preemptions = use_state(|| 2u32);
    let running = props.search.as_ref().is_some_and(|s| !s.done);
    let on_search = {
        let (on_search, strategy, preemptions) = (props.on_search.clone(), strategy.clone(), preemptions.clone());
        Callback::from(move |_: MouseEvent| on_search.emit(Search { strategy: *strategy, preemptions: *preemptions, max_schedules: 200_000 }))
    };
    let on_strategy = {
        let strategy = strategy.clone();
        Callback::from(move |event: Event| {
            if let Some(value) = event.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()) {
                strategy.set(value.parse().unwrap_or(Strategy::Dfs));
            }
        })
    };
    let on_preemptions = {
        let preemptions = preemptions.clone();
        Callback::from(move |event: Event| {
            if let Some(value) = event.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()) {
                preemptions.set(value.parse().unwrap_or(2));
            }
        })
    };
    let stop = props.on_stop.reform(|_: MouseEvent| ());
    html! {
        <section class="panel explore" data-testid="explore" aria-label={text.explore_title}>
            <div class="pane-title"><h2>{ text.explore_title }</h2></div>
            <div class="explore-controls">
                if running {
                    <button type="button" class="primary" data-testid="explore-stop" onclick={stop}>{ text.stop }</button>
                } else {
                    <button type="button" class="primary" data-testid="explore-run" onclick={on_search} title={text.explore_hint}>{ text.explore_search }</button>
                }
                <label>{ text.explore_strategy }
                    <select data-testid="explore-strategy" onchange={on_strategy} disabled={running}>
                        { for [(Strategy::Dfs, "dfs", text.strategy_dfs), (Strategy::Pct, "pct", text.strategy_pct), (Strategy::Random, "random", text.strategy_random)].into_iter().map(|(s, code, label)| html! {
                            <option value={code} selected={*strategy == s}>{ label }</option>
                        }) }
                    </select>
                </label>
                <label>{ text.explore_preemptions }
                    <select data-testid="explore-preemptions" onchange={on_preemptions} disabled={running}>
                        { for (0..=3u32).map(|n| html! { <option value={n.to_string()} selected={*preemptions == n}>{ n }</option> }) }
                    </select>
                </label>
            </div>
            { outcomes(props, text) }
            <p class="explore-note">{ text.explore_timing }</p>
            { scheduler(props, text) }
        </section>
    }
}

/// The search's progress line and its outcomes as bars.
fn outcomes(props: &ExploreProps, text: &'static Text) -> Html {
    let Some(search) = &props.search else {
        return html! { <p class="explore-empty">{ text.explore_intro }</p> };
    };
    let report = &search.report;
    let failing = report.failures().count();
    let state = if !search.done {
        text.explore_searching
    } else if report.exhausted {
        text.explore_exhausted
    } else if report.outcomes.is_empty() {
        text.explore_nothing
    } else {
        text.explore_cut
    };
    let common = if report.outcomes.len() > 1 { common_lines(report) } else { Default::default() };
    let most = report.outcomes.iter().map(|f| f.count).max().unwrap_or(1).max(1);
    html! {
        <>
            <p class="explore-progress" data-testid="explore-progress" aria-live="polite">
                <strong>{ format!("{} {}", thousands(report.schedules), text.explore_schedules) }</strong>
                { format!(" · {} {} · {} {} · {state}", report.outcomes.len() as u64 + report.omitted, text.explore_outcomes, failing, text.explore_failing) }
            </p>
            if props.stale {
                <p class="explore-stale" data-testid="explore-stale">{ text.explore_stale }</p>
            } else if !report.outcomes.is_empty() {
                <p class="explore-hint">{ text.explore_load_hint }{ " " }{ text.explore_grouped }</p>
            }
            <ol class="outcomes" data-testid="outcomes">
                { for report.outcomes.iter().enumerate().map(|(i, found)| {
                    let onclick = props.on_load.reform(move |_: MouseEvent| i);
                    let verdict = match &found.ending.failure {
                        None => html! { <span class="verdict ok">{ text.outcome_ok }</span> },
                        Some(failure) => html! { <span class="verdict fail">{ failure_words(failure, text) }</span> },
                    };
                    let printed = gist(&differing(&found.ending.stdout, &common));
                    let width = format!("width: {:.1}%", 100.0 * found.count as f64 / most as f64);
                    html! {
                        <li>
                            <button type="button" class="outcome" data-testid="outcome" disabled={props.stale} data-failing={found.ending.failure.is_some().to_string()} data-stdout={found.ending.stdout.clone()} {onclick}
                                title={format!("{} · {} {}", text.explore_watch, found.preemptions, text.explore_preemptions_short)}>
                                <span class="outcome-words">
                                    { verdict }
                                    <span class="printed">{ if printed.is_empty() { text.explore_silent.to_string() } else { printed } }</span>
                                </span>
                                <span class="bar-track"><span class={classes!("bar", found.ending.failure.is_some().then_some("fail"))} style={width}></span></span>
                                <span class="count">{ thousands(found.count) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if report.omitted > 0 {
                <p class="explore-hint">{ format!("+{} {}", report.omitted, text.explore_more) }</p>
            }
        </>
    }
}

/// "You are the scheduler": its button, the goal, the decision and its choices.
fn scheduler(props: &ExploreProps, text: &'static Text) -> Html {
    let Some(scheduling) = &props.scheduling else {
        let start = props.on_scheduler.reform(|_: MouseEvent| true);
        return html! {
            <div class="scheduler">
                <button type="button" data-testid="scheduler-start" onclick={start}>{ text.sched_start }</button>
                <span class="explore-hint">{ text.sched_intro }</span>
                if let Some(goal) = &props.challenge {
                    <p class="goal"><strong>{ text.sched_challenge }</strong>{ " " }{ goal.clone() }</p>
                }
            </div>
        };
    };
    let leave = props.on_scheduler.reform(|_: MouseEvent| false);
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    let finish = props.on_finish.reform(|_: MouseEvent| ());
    let goal = scheduling.challenge.map(|c| html! {
        <p class="goal" data-testid="goal"><strong>{ text.sched_goal }</strong>{ " " }{ c.goal.get(props.lang) }</p>
    });
    let choices = scheduling.deciding.as_ref().filter(|_| props.ended.is_none()).map(|deciding| {
        let question = match deciding.kind {
            DecisionKind::HandOff { .. } => text.sched_handoff,
            _ => text.sched_who,
        };
        let running = match deciding.kind {
            DecisionKind::Switch { .. } => deciding.candidates.first().map(|c| c.tid),
            _ => None,
        };
        html! {
            <>
                <p class="question">{ fill(text.decision_number, &[("n", &(scheduling.picks.len() + 1))]) }{ " · " }<strong>{ question }</strong></p>
                <ol class="choices" data-testid="choices">
                    { for deciding.candidates.iter().enumerate().map(|(i, c)| {
                        let tid = c.tid;
                        let onclick = props.on_pick.reform(move |_: MouseEvent| tid);
                        let what = if Some(c.tid) == running { text.sched_keeps } else if running.is_some() { text.sched_preempts } else { "" };
                        let place = if c.place.is_empty() { text.sched_library.to_string() } else { c.place.clone() };
                        let locks = c.holds.iter().map(|n| format!("#{n}")).collect::<Vec<_>>().join(", ");
                        let holds = c.holds.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
                        html! {
                            <li>
                                <button type="button" class="choice" data-testid="choice" data-tid={c.tid.to_string()} data-holds={holds} {onclick}>
                                    <kbd>{ i + 1 }</kbd>
                                    <span class="who">{ format!("pid {} · t{}", c.pid, c.tid) }</span>
                                    if !what.is_empty() { <span class="what">{ what }</span> }
                                    <span class="place">{ place }</span>
                                    if !locks.is_empty() { <span class="holds">{ fill(text.sched_holds, &[("locks", &locks)]) }</span> }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            </>
        }
    });
    let ended = props.ended.map(|reached| {
        let words = match (reached, scheduling.challenge.is_some()) {
            (true, _) => text.sched_reached,
            (false, true) => text.sched_missed,
            (false, false) => text.sched_ended,
        };
        html! {
            <div class={classes!("sched-end", reached.then_some("reached"))} data-testid="sched-end" data-reached={reached.to_string()}>
                <p><strong>{ words }</strong>{ format!(" ({} {})", scheduling.picks.len(), text.decisions) }</p>
                if let Some(link) = &props.share {
                    <label class="goal-link">{ text.sched_share }
                        <input type="text" readonly=true data-testid="share-link" value={link.clone()} />
                    </label>
                }
            </div>
        }
    });
    html! {
        <div class="scheduler active" data-testid="scheduler">
            <div class="explore-controls">
                <strong>{ text.sched_title }</strong>
                <button type="button" data-testid="sched-undo" onclick={undo} disabled={scheduling.stops.len() < 2 && props.ended.is_none()}>{ text.sched_undo }</button>
                <button type="button" data-testid="sched-finish" onclick={finish} disabled={props.ended.is_some()}>{ text.sched_finish }</button>
                <button type="button" data-testid="scheduler-leave" onclick={leave}>{ text.sched_leave }</button>
            </div>
            { for goal }
            { for choices }
            if scheduling.deciding.is_none() && props.ended.is_none() {
                <p class="explore-hint">{ text.loading }</p>
            }
            { for ended }
        </div>
    }
}

fn failure_words(failure: &Failure, text: &Text) -> String {
    match failure {
        Failure::Exception(line) => format!("{}: {line}", text.fail_exception),
        Failure::Deadlock => text.fail_deadlock.to_string(),
        Failure::Limit => text.fail_limit.to_string(),
        Failure::Exit(code) => format!("{} {code}", text.fail_exit),
        Failure::Output => text.fail_output.to_string(),
    }
}

/// 12345 as "12,345".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
