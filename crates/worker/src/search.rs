//! A search of the program's schedules for the Explore panel, run in the
//! worker's slices beside any recording (`Command::Explore`).

use crate::protocol::{Search, Update};
use interleave_engine::explore::{ExploreOptions, Explorer};
use interleave_engine::RunOptions;

pub struct SearchJob {
    pub id: u64,
    explorer: Explorer,
    /// Slices since the last report: the page hears how far it got every few.
    quiet: u32,
}

/// The page hears of a search about every this many slices (of ~8 ms).
const REPORT_EVERY: u32 = 20;
/// The most instructions one schedule of a page's search may run.
const SCHEDULE_INSTRUCTIONS: u64 = 5_000_000;
/// Instructions a schedule takes, roughly, to turn a slice's budget into schedules.
const INSTRUCTIONS_A_SCHEDULE: u64 = 20_000;

impl SearchJob {
    /// A search of `source`, or the update that says it cannot be done (the
    /// program does not compile: the report has no schedules).
    pub fn start(id: u64, source: &str, options: &RunOptions, search: &Search) -> Result<SearchJob, Update> {
        let explore = ExploreOptions { strategy: search.strategy, preemptions: search.preemptions, max_schedules: search.max_schedules, ..ExploreOptions::default() };
        // A schedule that never ends stops at its limit ("stopped at a limit"):
        // lower than a run's, so one such schedule holds the worker a second at most.
        let options = RunOptions { max_instructions: options.max_instructions.min(SCHEDULE_INSTRUCTIONS), ..options.clone() };
        match Explorer::new(source, &options, explore) {
            Ok(explorer) => Ok(SearchJob { id, explorer, quiet: 0 }),
            Err(_) => Err(Update::Explored { run: id, report: Box::default(), done: true }),
        }
    }

    /// Runs about `budget` instructions' worth of schedules; a report now and
    /// then, and at the end.
    pub fn tick(&mut self, budget: u64) -> Option<Update> {
        let going = self.explorer.work((budget / INSTRUCTIONS_A_SCHEDULE).clamp(1, 500));
        self.quiet += 1;
        if going && self.quiet < REPORT_EVERY {
            return None;
        }
        self.quiet = 0;
        Some(self.report(!going))
    }

    /// How far it got, as the page shows it: outcomes that print the same lines
    /// in another order as one, the 200 that matter most, each output cut at
    /// 4,000 characters (thousands of them, sent every 160 ms, would swamp the page).
    pub fn report(&self, done: bool) -> Update {
        Update::Explored { run: self.id, report: Box::new(self.explorer.report().merged_by_lines().shortened(200, 4_000)), done }
    }
}
