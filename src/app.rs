use crate::components::{Console, Controls, Editor, EmbedBar, Explore, Export, Files, Gallery, Header, Objects, Processes, Share, States, Timeline};
use crate::engine_link::EngineLink;
use crate::i18n::Lang;
use crate::protocol::{Command, Resume, Script, Search, Settings, Update};
use crate::fragment::Opens;
use crate::state::{Action, AppState, Workspace};
use crate::storage::{self, Unkept};
use gloo::timers::callback::{Interval, Timeout};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const LANG_KEY: &str = "interleave.lang";
/// The user's program (its files, stdin and settings), kept between visits.
const YOURS_KEY: &str = "interleave.yours";
/// What the page showed when it was left: a gallery entry's id, or "yours".
const SHOWING_KEY: &str = "interleave.showing";
/// A stop the worker has not answered by then means a worker stuck in a long
/// built-in: it is ended and replaced. A working worker answers within a slice
/// (8 ms), so this leaves room for a busy machine and still says "stopped"
/// within the 200 ms a stop may take.
const STOP_DEADLINE_MS: u32 = 100;
/// Playback's frame: the cursor moves this often while playing.
const FRAME_MS: u32 = 40;
/// While playing, the snapshot at the cursor is asked for at most this often.
const SNAPSHOT_EVERY_MS: f64 = 200.0;

/// The language of a first visit: the one chosen before, else the browser's.
fn initial_lang() -> Lang {
    storage::get(LANG_KEY).unwrap_or_else(|| {
        let tag = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
        Lang::from_browser_tag(&tag)
    })
}

#[function_component]
pub fn App() -> Html {
    // What the address asked for when the page opened (read once).
    let fragment = use_memo((), |_| crate::fragment::parse(&web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()));
    let embed = fragment.embed;
    let state = use_reducer(|| AppState::first_visit(initial_lang()).with_theme(crate::theme::Theme::initial()));
    // What is open on the page (no run state): the gallery, and the side panel's tab.
    let gallery_open = use_state(|| false);
    let gallery_button = use_node_ref();
    let files_tab = use_state(|| false);
    // The bottom of the left column: the console, or "Can it break?".
    let explore_tab = use_state(|| false);
    // Bumped when the timeline folds or unfolds a row: the pane's height follows.
    let folds = use_state(|| 0u64);
    // The last run the worker said was over (ended or halted): a stop checks it.
    let settled = use_memo((), |_| Rc::new(Cell::new(0u64)));
    let link = {
        let dispatcher = state.dispatcher();
        let settled = (*settled).clone();
        use_memo((), move |_| {
            EngineLink::new(move |updates: Vec<Update>| {
                for update in &updates {
                    if let Update::Ended { run, .. } | Update::Halted { run } = update {
                        settled.set(*run);
                    }
                }
                dispatcher.dispatch(Action::Engines(updates));
            })
        })
    };

    // The user's program survives a reload: kept in the browser whenever it
    // changes; the next visit opens what was shown when this one was left (the
    // user's program, or a gallery entry with theirs one click away). Storage
    // that is disabled or full is said once, in a warning the user can close.
    // An embed neither restores nor keeps anything: it shows the course page's
    // example, and the student's own program (same origin, same storage) stays theirs.
    let unkept = use_state(|| (embed.is_none() && !storage::available()).then_some(Unkept::Disabled));
    let unkept_closed = use_state(|| false);
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if embed.is_some() {
                return;
            }
            let saved = storage::get_raw(YOURS_KEY).as_deref().and_then(Workspace::from_json);
            let entry = storage::get_raw(SHOWING_KEY).as_deref().and_then(crate::gallery::find);
            let had_yours = saved.is_some();
            if let Some(workspace) = saved {
                dispatcher.dispatch(Action::KeepYours(workspace));
            }
            match entry {
                Some(entry) => dispatcher.dispatch(Action::Open(entry.id)),
                None if had_yours => dispatcher.dispatch(Action::OpenYours),
                None => {}
            }
        });
    }
    {
        let unkept = unkept.clone();
        use_effect_with(state.users_workspace(), move |yours| {
            if let Some(yours) = yours.as_ref().filter(|_| embed.is_none()) {
                if let Err(why) = storage::set_raw(YOURS_KEY, &yours.to_json()) {
                    if unkept.is_none() {
                        unkept.set(Some(why));
                    }
                }
            }
        });
    }
    // A link's program, unedited, is nobody's: the next visit shows what was before it.
    let showing = if embed.is_some() {
        None
    } else if state.is_users() {
        Some("yours")
    } else {
        state.origin
    };
    use_effect_with(showing, |showing| {
        if let Some(showing) = showing {
            let _ = storage::set_raw(SHOWING_KEY, showing);
        }
    });

    use_effect_with(state.theme, |theme| theme.apply());
    use_effect_with(state.lang, |lang| {
        let _ = storage::set(LANG_KEY, lang);
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });

    // Playback: move the cursor by the wall time that really passed.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.playing, move |playing| {
            let interval = playing.then(|| {
                let last = Cell::new(js_sys::Date::now());
                Interval::new(FRAME_MS, move || {
                    let now = js_sys::Date::now();
                    dispatcher.dispatch(Action::Tick(now - last.replace(now)));
                })
            });
            move || drop(interval)
        });
    }

    // The snapshot at the cursor: asked for whenever the cursor moves (the worker
    // keeps only the latest question, so fast playback does not queue them).
    // While playing, at most every SNAPSHOT_EVERY_MS: a snapshot of a thousand
    // processes costs the page a parse and a render, and the table need not
    // change faster than a student reads it; paused, stepping or scrubbing, at once.
    let asked = use_mut_ref(|| (0.0f64, None::<Timeout>));
    {
        let link = link.clone();
        let asked = asked.clone();
        let playing = state.playing;
        let run = state.run_id();
        let ended = !state.recording();
        // At the edge of the recording the moment itself may grow (a line typed
        // for input() is read at the moment the run waited): ask again as it does.
        let rec = state.run.recording.borrow();
        let edge = if state.cursor.time >= rec.time { rec.events().len() + rec.output.len() } else { 0 };
        drop(rec);
        use_effect_with((run, state.cursor.time, ended, edge), move |&(run, time, _, _)| {
            if run == 0 {
                return;
            }
            let now = js_sys::Date::now();
            let mut pending = asked.borrow_mut();
            let wait = pending.0 + SNAPSHOT_EVERY_MS - now;
            if !playing || wait <= 0.0 {
                pending.1 = None;
                pending.0 = now;
                link.send(Command::Snapshot { run, time });
            } else {
                // The latest moment wins: a later ask replaces this one.
                let (link, later) = (link.clone(), asked.clone());
                pending.1 = Some(Timeout::new(wait as u32, move || {
                    later.borrow_mut().0 = js_sys::Date::now();
                    link.send(Command::Snapshot { run, time });
                }));
            }
        });
    }

    let on_run = {
        let state = state.clone();
        let link = link.clone();
        Callback::from(move |()| {
            if state.scheduling.is_some() {
                state.dispatch(Action::Scheduler(false));
            }
            let run = state.next_run_id();
            state.dispatch(Action::NewRun);
            link.send(Command::Start {
                run,
                source: state.source.clone(),
                files: state.files.clone(),
                stdin: state.stdin.clone(),
                settings: state.settings.clone(),
                script: None,
            });
        })
    };
    // "Can it break?": searches, found schedules replayed, and the student's
    // own picks, all on a search's machine (one core, timing ordering nothing).
    let search_settings = |settings: &Settings| Settings { explore: true, cores: 1, ..settings.clone() };
    let start_scripted = {
        let state = state.clone();
        let link = link.clone();
        move |script: Script, replay: bool| {
            if state.recording() {
                link.send(Command::Halt { run: state.run_id() });
            }
            let run = state.next_run_id();
            state.dispatch(if replay { Action::NewReplay } else { Action::NewRun });
            link.send(Command::Start {
                run,
                source: state.source.clone(),
                files: state.files.clone(),
                stdin: state.stdin.clone(),
                settings: search_settings(&state.settings),
                script: Some(script),
            });
        }
    };
    let on_search = {
        let state = state.clone();
        let link = link.clone();
        Callback::from(move |search: Search| {
            let run = state.next_run_id();
            state.dispatch(Action::SearchStarted(run));
            link.send(Command::Explore {
                run,
                source: state.source.clone(),
                files: state.files.clone(),
                stdin: state.stdin.clone(),
                settings: search_settings(&state.settings),
                search,
            });
        })
    };
    let on_stop_search = {
        let state = state.clone();
        let link = link.clone();
        Callback::from(move |()| {
            if let Some(search) = &state.search {
                link.send(Command::Halt { run: search.run });
            }
        })
    };
    let on_load = {
        let state = state.clone();
        let start_scripted = start_scripted.clone();
        Callback::from(move |index: usize| {
            // A schedule replays only on the program it was found on.
            let Some(found) = state.search.as_ref().filter(|s| s.source == state.source).and_then(|s| s.report.outcomes.get(index).cloned()) else { return };
            if state.scheduling.is_some() {
                state.dispatch(Action::Scheduler(false));
            }
            start_scripted(Script { decisions: found.schedule.decisions, pause: None }, true);
        })
    };
    // The first stop of a scheduled run: no thread picked yet.
    let fresh = || Some(Resume { tid: 0, line: None });
    let on_scheduler = {
        let state = state.clone();
        let start_scripted = start_scripted.clone();
        let link = link.clone();
        Callback::from(move |on: bool| {
            state.dispatch(Action::Scheduler(on));
            if on {
                start_scripted(Script { decisions: Vec::new(), pause: fresh() }, false);
            } else if state.recording() {
                link.send(Command::Halt { run: state.run_id() });
            }
        })
    };
    let on_pick = {
        let state = state.clone();
        let start_scripted = start_scripted.clone();
        Callback::from(move |tid| {
            let Some(scheduling) = &state.scheduling else { return };
            let Some(deciding) = &scheduling.deciding else { return };
            let Some(candidate) = deciding.candidates.iter().find(|c| c.tid == tid) else { return };
            if state.run.recording.borrow().end.is_some() {
                return;
            }
            let resume = Resume { tid, line: candidate.line };
            start_scripted(Script { decisions: scheduling.with_pick(tid), pause: Some(resume) }, false);
        })
    };
    let on_undo = {
        let state = state.clone();
        let start_scripted = start_scripted.clone();
        Callback::from(move |()| {
            let Some(scheduling) = &state.scheduling else { return };
            let ended = state.run.recording.borrow().end.is_some();
            // After the end, back to the last stop; before it, to the stop before.
            let picks = if ended {
                let last = scheduling.stops.last().copied().unwrap_or(0);
                Some(scheduling.picks[..last.min(scheduling.picks.len())].to_vec())
            } else {
                scheduling.undone()
            };
            if let Some(picks) = picks {
                if !ended {
                    state.dispatch(Action::Undo);
                }
                start_scripted(Script { decisions: picks, pause: fresh() }, false);
            }
        })
    };
    let on_finish = {
        let state = state.clone();
        let start_scripted = start_scripted.clone();
        Callback::from(move |()| {
            if let Some(scheduling) = &state.scheduling {
                start_scripted(Script { decisions: scheduling.picks.clone(), pause: None }, false);
            }
        })
    };
    // What the address asks for (src/fragment.rs, opened by `address::open`).
    {
        let (state, link, explore_tab, fragment) = (state.clone(), link.clone(), explore_tab.clone(), (*fragment).clone());
        use_effect_with((), move |_| crate::address::open(&fragment, &state, &link, &explore_tab));
    }
    // A link pasted into the address bar of an open page changes only the
    // fragment: the page opens it as it would in a new tab (the user's work is
    // already kept, and comes back one click away).
    use_effect_with((), |_| {
        let listener = Closure::<dyn FnMut()>::new(|| {
            let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
            if crate::fragment::parse(&hash).opens != Opens::Nothing {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        });
        let window = web_sys::window();
        if let Some(window) = &window {
            let _ = window.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(window) = window {
                let _ = window.remove_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
            }
        }
    });
    let on_stop = {
        let state = state.clone();
        let link = link.clone();
        let settled = (*settled).clone();
        Callback::from(move |()| {
            let run = state.run_id();
            link.send(Command::Halt { run });
            let (link, settled, dispatcher) = (link.clone(), settled.clone(), state.dispatcher());
            Timeout::new(STOP_DEADLINE_MS, move || {
                // Answered: the worker's Halted already stopped the page's run.
                if settled.get() != run {
                    link.replace();
                    dispatcher.dispatch(Action::Stopped);
                }
            })
            .forget();
        })
    };
    // Opening a gallery entry (or the user's program) replaces the run: the one
    // being recorded is stopped, and the gallery closes with focus back on its button.
    let close_gallery = {
        let (gallery_open, gallery_button) = (gallery_open.clone(), gallery_button.clone());
        Callback::from(move |()| {
            gallery_open.set(false);
            if let Some(button) = gallery_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    let replace_run = {
        let state = state.clone();
        let link = link.clone();
        let close_gallery = close_gallery.clone();
        move |action: Action| {
            if state.recording() {
                link.send(Command::Halt { run: state.run_id() });
            }
            state.dispatch(action);
            close_gallery.emit(());
        }
    };
    let on_open = {
        let replace_run = replace_run.clone();
        Callback::from(move |id: &'static str| replace_run(Action::Open(id)))
    };
    let on_yours = Callback::from(move |()| replace_run(Action::OpenYours));
    let on_gallery = {
        let gallery_open = gallery_open.clone();
        Callback::from(move |()| gallery_open.set(true))
    };
    let file_action = |make: fn(String, String) -> Action| {
        let state = state.clone();
        Callback::from(move |(a, b): (String, String)| state.dispatch(make(a, b)))
    };
    let on_rename_file = file_action(|from, to| Action::RenameFile { from, to });
    let on_set_file = file_action(|name, text| Action::SetFile { name, text });
    let on_delete_file = {
        let state = state.clone();
        Callback::from(move |name| state.dispatch(Action::DeleteFile(name)))
    };
    let on_stdin = {
        let state = state.clone();
        Callback::from(move |text| state.dispatch(Action::SetStdin(text)))
    };
    let act = |make: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(make()))
    };
    let (on_play, on_pause, on_step, on_step_back, on_restart) =
        (act(|| Action::Play), act(|| Action::Pause), act(|| Action::Step), act(|| Action::StepBack), act(|| Action::Restart));
    let on_step_line = {
        let state = state.clone();
        let link = link.clone();
        Callback::from(move |()| {
            if let Some(tid) = state.line_thread() {
                link.send(Command::StepLine { run: state.run_id(), time: state.cursor.time, tid });
            }
        })
    };
    let on_input = {
        let state = state.clone();
        let link = link.clone();
        Callback::from(move |(text, end): (String, bool)| {
            link.send(Command::Input { run: state.run_id(), text, end });
            state.dispatch(Action::Typed);
        })
    };
    let on_toggle_lang = act(|| Action::ToggleLang);
    let on_toggle_theme = {
        let state = state.clone();
        Callback::from(move |()| {
            state.theme.other().remember();
            state.dispatch(Action::ToggleTheme);
        })
    };
    let on_add_file = act(|| Action::AddFile);
    let on_seek = {
        let state = state.clone();
        Callback::from(move |time| state.dispatch(Action::SeekTime(time)))
    };
    let on_speed = {
        let state = state.clone();
        Callback::from(move |speed| state.dispatch(Action::SetSpeed(speed)))
    };
    let on_settings = {
        let state = state.clone();
        Callback::from(move |settings| state.dispatch(Action::SetSettings(settings)))
    };
    let on_select = {
        let state = state.clone();
        Callback::from(move |pid| state.dispatch(Action::Select(pid)))
    };
    let on_change = {
        let state = state.clone();
        Callback::from(move |text| state.dispatch(Action::Edit(text)))
    };

    // Keys of a debugger: F10 steps, F11 steps a line, Shift+F10 steps back;
    // Space plays and pauses, anywhere but in a text field.
    {
        let keys = (on_step.clone(), on_step_back.clone(), on_play.clone(), on_pause.clone(), on_step_line.clone());
        let (on_pick, on_undo) = (on_pick.clone(), on_undo.clone());
        // A student scheduling picks the n-th choice with key n, and undoes with Backspace.
        let choices: Vec<interleave_engine::os::Tid> =
            state.scheduling.as_ref().and_then(|s| s.deciding.as_ref()).map(|d| d.candidates.iter().map(|c| c.tid).collect()).unwrap_or_default();
        let playing = state.playing;
        // The step-line callback sees the state it was made with: renew the
        // listener whenever the cursor or the snapshot changes, too.
        let moment = (playing, state.cursor, state.snapshot.as_ref().map(|s| s.0), state.selected, state.scheduling.clone(), state.run.version);
        use_effect_with(moment, move |_| {
            let (step, back, play, pause, step_line) = keys;
            let listener = Closure::<dyn FnMut(KeyboardEvent)>::new(move |event: KeyboardEvent| {
                let typing = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|e| e.closest(".cm-editor, input, select, textarea, .gallery, [role=tab]").ok().flatten().is_some());
                let key = event.key();
                let digit = key.parse::<usize>().ok().filter(|d| (1..=9).contains(d));
                match key.as_str() {
                    _ if !typing && digit.is_some_and(|d| d <= choices.len()) => on_pick.emit(choices[digit.unwrap_or(1) - 1]),
                    "Backspace" if !typing && !choices.is_empty() => on_undo.emit(()),
                    "F10" if event.shift_key() => back.emit(()),
                    "F10" => step.emit(()),
                    "F11" => step_line.emit(()),
                    " " if !typing => {
                        if playing {
                            pause.emit(())
                        } else {
                            play.emit(())
                        }
                    }
                    _ => return,
                }
                event.prevent_default();
            });
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(document) = &document {
                let _ = document.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(document) = document {
                    let _ = document.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
                }
            }
        });
    }

    let text = state.lang.text();
    let rec = state.run.recording.borrow();
    let has_run = rec.id != 0;
    let at_end = rec.at_end(state.cursor);
    let (end_time, decisions, pids, layout) = (rec.time, rec.decisions.len(), rec.pids.clone(), rec.layout.clone());
    let mut marks = state.snapshot.as_ref().map(|s| crate::marks::thread_marks(&s.1, &rec, state.selected)).unwrap_or_default();
    marks.extend(crate::marks::error_marks(&rec, state.cursor));
    drop(rec);
    let scenario = state.scenario();
    let scenario_title = scenario.map(|s| AttrValue::from(format!("{} · {}", text.example, s.title.get(state.lang))));
    let scenario_note = scenario.map(|s| AttrValue::from(s.note.get(state.lang)));
    let edited = (scenario.is_some() && state.modified).then(|| AttrValue::from(text.edited));
    let (on_objects_tab, on_files_tab) = {
        let (a, b) = (files_tab.clone(), files_tab.clone());
        (Callback::from(move |_: MouseEvent| a.set(false)), Callback::from(move |_: MouseEvent| b.set(true)))
    };
    // The tabs' keys (WAI-ARIA's tab pattern): the arrows move to the other tab.
    let on_tab_key = {
        let files_tab = files_tab.clone();
        Callback::from(move |event: KeyboardEvent| {
            if matches!(event.key().as_str(), "ArrowLeft" | "ArrowRight" | "Home" | "End") {
                event.prevent_default();
                let files = match event.key().as_str() {
                    "Home" => false,
                    "End" => true,
                    _ => !*files_tab,
                };
                files_tab.set(files);
                let id = if files { "tab-files" } else { "tab-objects" };
                if let Some(tab) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
                    if let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() {
                        let _ = tab.focus();
                    }
                }
            }
        })
    };
    let file_count = state.files.len();
    let on_fold = {
        let folds = folds.clone();
        Callback::from(move |()| folds.set(*folds + 1))
    };
    // The timeline as tall as its lanes need (the tables below get the rest): the
    // axis, a row a lane, the heading and a lane's room to spare.
    let timeline_height = 20 + 22 * (layout.layout.borrow().rows.len() + 1) + 48;
    let (choices, sched_ended, share) = scheduler_view(&state);
    let make_link = {
        let state = state.clone();
        Callback::from(move |()| crate::address::share_link(&state))
    };
    let notices = html! {
        <>
            if let Some(why) = (*unkept).filter(|_| !*unkept_closed) {
                <div class="notice warning" role="status" data-testid="storage-warning">
                    <span>{ if why == Unkept::Full { text.storage_full } else { text.storage_disabled } }</span>
                    <button type="button" onclick={{ let closed = unkept_closed.clone(); move |_: MouseEvent| closed.set(true) }}>{ text.dismiss }</button>
                </div>
            }
            if let Some(notice) = &state.notice {
                <div class="notice" role="alert" data-testid="notice">
                    <span>{ notice.clone() }</span>
                    <button type="button" onclick={{ let state = state.clone(); move |_: MouseEvent| state.dispatch(Action::Notice(None)) }}>{ text.dismiss }</button>
                </div>
            }
        </>
    };
    let timeline = html! {
        if has_run {
            <Timeline lang={state.lang} layout={layout.clone()} {on_fold} theme={state.theme} cursor={state.cursor.time} selected_pid={state.selected} on_seek={on_seek.clone()} on_select={on_select.clone()} label={text.timeline} {choices} on_pick={on_pick.clone()} />
        } else {
            <p class="timeline-empty">{ text.timeline_empty }</p>
        }
    };

    // A course page's iframe: the program, its run and playback, the console
    // and the timeline; the rest is a click away in the full page.
    if let Some(embed) = embed {
        let title = scenario.map(|s| AttrValue::from(s.title.get(state.lang)));
        return html! {
            <div class="app embed" data-testid="embed">
                <EmbedBar lang={state.lang} {title} {on_toggle_lang} {make_link} />
                <Controls compact=true lang={state.lang} settings={state.settings.clone()} speed={state.speed} playing={state.playing}
                    {has_run} recording={state.recording()} cursor={state.cursor} {at_end} {end_time} {decisions}
                    on_run={on_run.clone()} {on_play} {on_pause} {on_step} on_step_line={on_step_line.clone()} {on_step_back} {on_restart} {on_stop}
                    on_seek={on_seek.clone()} {on_speed} {on_settings} />
                { notices }
                <main class="embed-body">
                    <Editor key={state.loaded.to_string()} initial={state.source.clone()} label={text.editor_label} readonly={embed.readonly} {on_change} {on_run} {marks} />
                    <section class="panel timeline-pane">
                        <div class="pane-title"><h2>{ text.timeline }</h2></div>
                        { timeline }
                    </section>
                    <Console lang={state.lang} run={state.run.clone()} cursor_time={state.cursor.time} {at_end} on_seek={on_seek.clone()} {on_input} />
                </main>
            </div>
        };
    }

    html! {
        <div class="app">
            <Header lang={state.lang} {on_toggle_lang} theme={state.theme} {on_toggle_theme} {on_gallery} gallery_open={*gallery_open} gallery_ref={gallery_button.clone()} />
            if *gallery_open {
                <Gallery lang={state.lang} current={(!state.is_users()).then_some(state.origin).flatten()}
                    has_yours={state.yours.is_some() || state.is_users()} {on_open} {on_yours} on_close={close_gallery.clone()} />
            }
            <Controls lang={state.lang} settings={state.settings.clone()} speed={state.speed} playing={state.playing}
                {has_run} recording={state.recording()} cursor={state.cursor} {at_end} {end_time} {decisions}
                on_run={on_run.clone()} {on_play} {on_pause} {on_step} on_step_line={on_step_line.clone()} {on_step_back} {on_restart} {on_stop}
                on_seek={on_seek.clone()} {on_speed} {on_settings} />
            { notices }
            <main class="workspace">
                <div class="left">
                    <Editor key={state.loaded.to_string()} initial={state.source.clone()} label={text.editor_label}
                        title={scenario_title} note={scenario_note} {edited} more_less={(AttrValue::from(text.more), AttrValue::from(text.less))} {on_change} {on_run} {marks} />
                    <div class="bottom">
                        <div class="tabs" role="tablist" aria-label={text.bottom_tabs}>
                            <button role="tab" id="tab-console" data-testid="console-tab" aria-controls="panel-console" aria-selected={(!*explore_tab).to_string()}
                                tabindex={if *explore_tab { "-1" } else { "0" }} onclick={{ let t = explore_tab.clone(); move |_: MouseEvent| t.set(false) }} onkeydown={tab_keys(&explore_tab)}>
                                { text.console }
                            </button>
                            <button role="tab" id="tab-explore" data-testid="explore-tab" aria-controls="panel-explore" aria-selected={explore_tab.to_string()}
                                tabindex={if *explore_tab { "0" } else { "-1" }} onclick={{ let t = explore_tab.clone(); move |_: MouseEvent| t.set(true) }} onkeydown={tab_keys(&explore_tab)}>
                                { text.explore_title }
                                if state.scheduling.is_some() || state.search.as_ref().is_some_and(|s| !s.done) { <span class="count">{ "●" }</span> }
                            </button>
                        </div>
                        <div id="panel-console" role="tabpanel" class="tab-body" hidden={*explore_tab}>
                            <Console lang={state.lang} run={state.run.clone()} cursor_time={state.cursor.time} {at_end} on_seek={on_seek.clone()} {on_input} />
                        </div>
                        <div id="panel-explore" role="tabpanel" class="tab-body" hidden={!*explore_tab}>
                            <Explore lang={state.lang} search={state.search.clone()} scheduling={state.scheduling.clone()} ended={sched_ended} {share}
                        stale={state.search.as_ref().is_some_and(|s| s.source != state.source)}
                        challenge={scenario.and_then(|s| s.challenge.as_ref()).map(|c| AttrValue::from(c.goal.get(state.lang)))}
                                {on_search} on_stop={on_stop_search} {on_load} {on_scheduler} on_pick={on_pick.clone()} {on_undo} {on_finish} />
                        </div>
                    </div>
                </div>
                <div class="right">
                    <section class="panel timeline-pane" style={format!("--timeline-height: {}px", timeline_height)}>
                        <div class="pane-title">
                            <h2>{ text.timeline }</h2>
                            <div class="pane-menus">
                                <Share lang={state.lang} {make_link} title={scenario.map(|s| AttrValue::from(s.title.get(state.lang)))} />
                                <Export lang={state.lang} run={state.run.clone()} cursor_time={state.cursor.time} />
                            </div>
                        </div>
                        { timeline }
                    </section>
                    <div class="tables">
                        <div class="machine">
                            <States lang={state.lang} snapshot={state.snapshot.clone()} />
                            <Processes lang={state.lang} snapshot={state.snapshot.clone()} {pids} selected={state.selected} {on_select} />
                        </div>
                        <section class="panel side">
                            <div class="tabs" role="tablist" aria-label={text.side_tabs} onkeydown={on_tab_key}>
                                <button role="tab" id="tab-objects" data-testid="objects-tab" aria-controls="panel-objects"
                                    aria-selected={(!*files_tab).to_string()} tabindex={if *files_tab { "-1" } else { "0" }} onclick={on_objects_tab}>
                                    { text.objects }
                                </button>
                                <button role="tab" id="tab-files" data-testid="files-tab" aria-controls="panel-files"
                                    aria-selected={files_tab.to_string()} tabindex={if *files_tab { "0" } else { "-1" }} onclick={on_files_tab}>
                                    { text.files }
                                    if file_count > 0 { <span class="count">{ file_count }</span> }
                                </button>
                            </div>
                            <Objects lang={state.lang} snapshot={state.snapshot.clone()} layout={layout.clone()} hidden={*files_tab} />
                            <Files lang={state.lang} files={state.files.clone()} stdin={state.stdin.clone()} {has_run} run={state.run_id()}
                                snapshot={state.snapshot.clone()} on_add={on_add_file} on_rename={on_rename_file} on_delete={on_delete_file}
                                on_set={on_set_file} {on_stdin} hidden={!*files_tab} />
                        </section>
                    </div>
                </div>
            </main>
        </div>
    }
}

/// The bottom tabs' keys (WAI-ARIA's tab pattern): the arrows move to the other tab.
fn tab_keys(explore_tab: &UseStateHandle<bool>) -> Callback<KeyboardEvent> {
    let explore_tab = explore_tab.clone();
    Callback::from(move |event: KeyboardEvent| {
        if matches!(event.key().as_str(), "ArrowLeft" | "ArrowRight") {
            event.prevent_default();
            let explore = !*explore_tab;
            explore_tab.set(explore);
            let id = if explore { "tab-explore" } else { "tab-console" };
            if let Some(tab) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
                if let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() {
                    let _ = tab.focus();
                }
            }
        }
    })
}

/// What a student playing the scheduler sees: the threads they can pick now,
/// whether the run ended (and reached its challenge's goal), and the share link
/// of a reached goal.
fn scheduler_view(state: &AppState) -> (Vec<interleave_engine::os::Tid>, Option<bool>, Option<AttrValue>) {
    let Some(scheduling) = &state.scheduling else { return (Vec::new(), None, None) };
    let rec = state.run.recording.borrow();
    if matches!(rec.end, Some(crate::recording::End::Exited { .. })) {
        let reached = scheduling.challenge.is_some_and(|c| crate::explore::reached(&c.check, &rec));
        let share = reached.then(|| {
            let picks: Vec<interleave_engine::os::Tid> = rec.decisions.iter().map(|d| d.chosen).collect();
            AttrValue::from(crate::address::page_base() + &crate::explore::challenge_link(state.origin.unwrap_or_default(), &picks))
        });
        return (Vec::new(), Some(reached), share);
    }
    let choices = scheduling.deciding.as_ref().map(|d| d.candidates.iter().map(|c| c.tid).collect()).unwrap_or_default();
    (choices, None, None)
}
