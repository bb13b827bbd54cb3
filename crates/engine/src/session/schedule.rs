//! A run's schedule as plain data: everything that decides its interleaving, so
//! that the same program under it runs the same way, trace for trace, anywhere.

use crate::os::{Misfit, Policy, Tid};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    /// The program it was recorded on (FNV-1a of its source, in hex): a schedule
    /// replayed on another program is refused up front.
    pub program: String,
    pub seed: u64,
    pub policy: Policy,
    pub cores: usize,
    /// The start method `multiprocessing` used (the program may set its own).
    pub start_method: String,
    /// Whether every point where CPython could switch threads was a decision.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub every_switch_point: bool,
    /// Recorded on a search's machine (`RunOptions::explore`), so replayed on one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub explore: bool,
    /// The thread chosen at each decision, in order (os/decide.rs).
    pub decisions: Vec<Tid>,
}

impl Schedule {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a schedule is plain data")
    }

    /// Reads a schedule, with a clear message for text that is not one.
    pub fn from_json(text: &str) -> Result<Schedule, String> {
        serde_json::from_str(text).map_err(|e| format!("not a schedule: {e}"))
    }

    /// Whether this schedule was recorded on `source`: an error naming both when not.
    pub fn fits(&self, source: &str) -> Result<(), String> {
        let hash = program_hash(source);
        if hash == self.program {
            Ok(())
        } else {
            Err(format!(
                "the schedule was recorded on another program (hash {}, this one is {hash}): was the code edited since?",
                self.program
            ))
        }
    }
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike std's hasher.
pub fn program_hash(source: &str) -> String {
    fnv(source.as_bytes())
}

/// A trace's fingerprint (of its Chrome JSON): the same run natively and in wasm
/// has the same one.
pub fn trace_hash(trace: &[crate::os::TraceEvent]) -> String {
    fnv(crate::os::chrome_json(trace).as_bytes())
}

fn fnv(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

pub fn misfit_message(misfit: &Misfit) -> String {
    let could: Vec<String> = misfit.candidates.iter().map(|t| t.to_string()).collect();
    format!(
        "\n[interleave] stopped: the schedule does not fit this run: decision {} chooses thread {}, but only threads {} can run there (was the program or the machine changed?)\n",
        misfit.index,
        misfit.wanted,
        could.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_schedule_round_trips_as_json() {
        let schedule = Schedule {
            program: program_hash("print(1)\n"),
            seed: 7,
            policy: Policy::RoundRobin { quantum: 10_000_000 },
            cores: 2,
            start_method: "fork".into(),
            every_switch_point: false,
            explore: false,
            decisions: vec![1, 3, 2, 3],
        };
        let json = schedule.to_json();
        assert_eq!(Schedule::from_json(&json), Ok(schedule.clone()));
        assert!(schedule.fits("print(1)\n").is_ok());
        assert!(schedule.fits("print(2)\n").unwrap_err().contains("another program"));
        assert!(Schedule::from_json("{").unwrap_err().starts_with("not a schedule"));
    }
}
