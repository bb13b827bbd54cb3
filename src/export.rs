//! What a run can be taken away as: the trace as Chrome Trace Event JSON (Perfetto
//! and chrome://tracing open it: process and thread names, slices, instants, and
//! flow arrows for forks, queue items and pipe messages), the console as text, and
//! the schedule as JSON (`interleave run prog.py --schedule s.json` replays it).
//! Plain functions of the recording, tested natively; the page downloads them.

use crate::i18n::{Text, EN};
use crate::recording::Recording;
use crate::timeline::ArrowKind;
use interleave_engine::os::chrome_json;
use interleave_engine::session::schedule::program_hash;
use interleave_engine::session::Schedule;
use serde_json::{json, Value};

/// The recording's trace, with each lane's name and the timeline's arrows as flows.
/// A tool's file, in English whatever the page's language, like the engine's
/// event names in it (and `interleave run --trace`).
pub fn chrome_trace(rec: &Recording) -> String {
    let mut trace: Value = serde_json::from_str(&chrome_json(&rec.events().iter().collect::<Vec<_>>())).unwrap_or_else(|_| json!({ "traceEvents": [] }));
    let layout = rec.layout.layout.borrow();
    let micros = |ns: u64| ns as f64 / 1000.0;
    let mut extra = Vec::new();
    for lane in &layout.lanes {
        extra.push(json!({ "name": "thread_name", "ph": "M", "pid": lane.pid, "tid": lane.tid, "args": { "name": lane.label(&EN) } }));
    }
    for (id, arrow) in layout.arrows.iter().enumerate() {
        let (Some(from), Some(to)) = (layout.lanes.get(arrow.from_lane), layout.lanes.get(arrow.to_lane)) else { continue };
        let name = match arrow.kind {
            ArrowKind::Fork => "fork",
            ArrowKind::Queue => "queue item",
            ArrowKind::Pipe => "pipe message",
        };
        extra.push(json!({ "name": name, "cat": "flow", "ph": "s", "id": id, "pid": from.pid, "tid": from.tid, "ts": micros(arrow.from_time) }));
        extra.push(json!({ "name": name, "cat": "flow", "ph": "f", "bp": "e", "id": id, "pid": to.pid, "tid": to.tid, "ts": micros(arrow.to_time) }));
    }
    if let Some(events) = trace.get_mut("traceEvents").and_then(Value::as_array_mut) {
        events.extend(extra);
    }
    trace.to_string()
}

/// The console as it reads by `until`: what the program wrote (and what the user
/// typed), then how the run ended when it has, in the page's words (`text`).
pub fn console_text(rec: &Recording, until: u64, text: &Text) -> String {
    let mut console: String = rec.output_until(until).map(|line| line.text.as_str()).collect();
    if rec.at_end(rec.cursor_at(until)) {
        if let Some(crate::recording::End::Exited { code, note }) = &rec.end {
            console.push_str(note);
            console.push_str(&format!("\n{} {code}\n", text.exited_with));
        }
    }
    console
}

/// The run's schedule: the program's hash, its settings and every decision made.
pub fn schedule(rec: &Recording) -> Schedule {
    let options = rec.settings.options(&Default::default(), "");
    Schedule {
        program: program_hash(&rec.source),
        seed: options.seed,
        policy: options.policy,
        cores: options.cores,
        start_method: options.start_method,
        every_switch_point: options.every_switch_point,
        explore: options.explore,
        decisions: rec.decisions.iter().map(|d| d.chosen).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{Line, Settings, Update};
    use interleave_engine::session::Session;

    /// The course's ticket race recorded as the worker records it.
    fn recorded() -> (Recording, String, Settings) {
        let source = crate::samples::DEFAULT_PROGRAM.to_string();
        let settings = Settings { policy: crate::protocol::PolicyName::Random, cores: 1, ..Settings::default() };
        let mut session = Session::new(&source, &settings.options(&Default::default(), ""));
        let outcome = session.finish();
        let mut rec = Recording::new(1);
        rec.source = source.clone();
        rec.settings = settings.clone();
        let output = session
            .output_since(0)
            .iter()
            .map(|o| Line { time: o.time, pid: o.pid, tid: o.tid, fd: o.fd, text: String::from_utf8_lossy(&o.data).into_owned() })
            .collect();
        let position = session.position();
        rec.apply(&Update::Recorded {
            run: 1,
            events: session.trace_since(0).to_vec(),
            output,
            decisions: session.decisions().to_vec(),
            time: position.time,
            instructions: position.instructions,
        });
        rec.apply(&Update::Ended { run: 1, exit_code: outcome.exit_code, note: String::new() });
        (rec, source, settings)
    }

    #[test]
    fn the_trace_names_every_lane_and_draws_the_timelines_arrows_as_flows() {
        let (rec, _, _) = recorded();
        let trace: Value = serde_json::from_str(&chrome_trace(&rec)).unwrap();
        let events = trace["traceEvents"].as_array().unwrap();
        let names: Vec<&str> = events.iter().filter(|e| e["name"] == "thread_name").filter_map(|e| e["args"]["name"].as_str()).collect();
        assert_eq!(names.len(), 5, "the parent and four buyers: {names:?}");
        let starts = events.iter().filter(|e| e["ph"] == "s").count();
        let ends = events.iter().filter(|e| e["ph"] == "f").count();
        assert!(starts >= 4 && starts == ends, "a fork arrow to each buyer: {starts} starts, {ends} ends");
        assert!(events.iter().any(|e| e["ph"] == "X" && e["name"] == "run"), "the slices are there");
    }

    #[test]
    fn the_console_reads_as_at_the_cursor() {
        let (rec, _, _) = recorded();
        let all = console_text(&rec, rec.time, &EN);
        assert!(all.contains("买票成功") && all.ends_with("Process finished with exit code 0\n"), "{all}");
        assert!(console_text(&rec, rec.time, &crate::i18n::ZH).ends_with("进程结束，退出码 0\n"));
        assert_eq!(console_text(&rec, 0, &EN), "", "nothing printed at the first moment");
    }

    #[test]
    fn the_schedule_replays_the_run() {
        let (rec, source, settings) = recorded();
        let schedule = schedule(&rec);
        assert!(!schedule.decisions.is_empty(), "one core, five processes: decisions");
        let mut replay = Session::replay(&source, &settings.options(&Default::default(), ""), &schedule).unwrap();
        replay.finish();
        assert_eq!(chrome_json(&replay.trace_since(0)), chrome_json(&rec.events().iter().collect::<Vec<_>>()), "the same run, event for event");
        let parsed = Schedule::from_json(&schedule.to_json()).unwrap();
        assert_eq!(parsed, schedule);
    }
}
