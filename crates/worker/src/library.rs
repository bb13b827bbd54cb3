//! The library modules a run needs that the worker does not hold yet
//! (`python::library`): the glue fetches them before it hands the recorder the
//! command (fetch.rs), and says so when it cannot.

use crate::protocol::{Command, Update};
use interleave_engine::python::library;

/// The library files a `Start` or `Explore` needs and the worker lacks, by the
/// import statements of the program and its `.py` files.
pub fn missing_for(command: &Command) -> Vec<&'static str> {
    let (source, files) = match command {
        Command::Start { source, files, .. } | Command::Explore { source, files, .. } => (source, files),
        _ => return Vec::new(),
    };
    let sources = std::iter::once(source.as_str()).chain(files.iter().filter(|(name, _)| name.ends_with(".py")).map(|(_, text)| text.as_str()));
    library::missing(&library::needed(sources))
}

/// The run a command is about, and whether it is a search.
pub fn run_of(command: &Command) -> (u64, bool) {
    match command {
        Command::Explore { run, .. } => (*run, true),
        Command::Start { run, .. } | Command::Snapshot { run, .. } | Command::Input { run, .. } | Command::StepLine { run, .. } | Command::Halt { run } => (*run, false),
    }
}

/// What the page hears of a run whose library could not be fetched: the
/// recording ends with the reason in its console; a search ends with nothing found.
pub fn failed(command: &Command, why: &str) -> Vec<Update> {
    let note = format!("The Python library could not be downloaded ({why}). Check the connection and run the program again.\n");
    match run_of(command) {
        (run, true) => vec![Update::Explored { run, report: Box::default(), done: true }],
        (run, false) => vec![Update::Ended { run, exit_code: 1, note }],
    }
}

/// What the page hears when it stops a run still waiting for its library.
pub fn halted(run: u64, search: bool) -> Update {
    match search {
        true => Update::Explored { run, report: Box::default(), done: true },
        false => Update::Halted { run },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Settings;

    #[test]
    fn natively_nothing_is_missing_and_a_failure_ends_the_run_with_its_reason() {
        let start = Command::Start { run: 4, source: "import threading\n".into(), files: Default::default(), stdin: String::new(), settings: Settings::default(), script: None };
        assert!(missing_for(&start).is_empty(), "natively the library is built in");
        let ended = failed(&start, "prelude/heapq.py: HTTP 404");
        let [Update::Ended { run: 4, exit_code: 1, note }] = ended.as_slice() else { panic!("{ended:?}") };
        assert!(note.contains("could not be downloaded (prelude/heapq.py: HTTP 404)"), "{note}");
    }
}
