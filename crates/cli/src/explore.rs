//! `interleave explore FILE`: run a program under many schedules and say how it
//! can end, with the shortest way to each failure.

use interleave_engine::explore::{describe, ExploreOptions, Explorer, Found, Report, Strategy};
use interleave_engine::RunOptions;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct ExploreArgs {
    #[command(flatten)]
    program: super::ProgramArgs,
    /// dfs: every schedule (up to --preemptions), independent steps in one order
    /// only; pct: random priorities that change --preemptions times a run;
    /// random: a random choice at every decision.
    #[arg(long, default_value = "dfs", value_parser = ["dfs", "pct", "random"])]
    strategy: String,
    /// The most preemptions a schedule may have (dfs raises the bound from 0 to
    /// this); for pct, the priority changes per run.
    #[arg(long, default_value_t = 2, value_name = "N")]
    preemptions: u32,
    /// Stop after this many schedules.
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    max_schedules: u64,
    /// Stop after this many seconds.
    #[arg(long, value_name = "S")]
    seconds: Option<f64>,
    /// A run whose stdout differs from this file's text fails.
    #[arg(long, value_name = "FILE")]
    expect_output: Option<PathBuf>,
    /// Write the shortest failing schedule (else the first outcome's) as JSON, for
    /// `interleave run FILE --schedule S.json`.
    #[arg(long, value_name = "S.json")]
    schedule_out: Option<PathBuf>,
    /// Seeds the program's randomness, and pct's and random's choices.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Each schedule stops at this many instructions (a failure: "stopped at a limit").
    #[arg(long, default_value_t = 20_000_000, value_name = "N")]
    max_instructions: u64,
    /// dfs: run every interleaving, not each reordering of independent steps once
    /// (slower; a check of the reduction).
    #[arg(long)]
    no_reduction: bool,
    /// multiprocessing's default start method.
    #[arg(long, default_value = "fork", value_parser = ["fork", "spawn"])]
    start_method: String,
}

/// Why a search promises nothing about time, said wherever its results are.
pub const TIMING_NOTE: &str = "Timing is not a promise: during a search a sleep or a cost orders nothing (a sleeping thread may wake before or after anything that runs meanwhile), as on a loaded machine.";

pub fn explore(args: &ExploreArgs) -> ExitCode {
    let loaded = (|| -> Result<_, String> {
        let program = super::Program::load(&args.program)?;
        let expected = args.expect_output.as_deref().map(super::read_text).transpose()?;
        Ok((program, expected))
    })();
    let (super::Program { source, stdin, files, filename }, expected) = match loaded {
        Ok(loaded) => loaded,
        Err(message) => return super::usage_error(&message),
    };
    let options = RunOptions {
        filename: filename.clone(),
        seed: args.seed,
        stdin,
        files,
        max_instructions: args.max_instructions,
        start_method: args.start_method.clone(),
        ..RunOptions::default()
    };
    let strategy: Strategy = args.strategy.parse().expect("clap checked the strategy");
    let search = ExploreOptions { strategy, preemptions: args.preemptions, max_schedules: args.max_schedules, seed: args.seed, expect_output: expected, reduce: !args.no_reduction };
    let mut explorer = match Explorer::new(&source, &options, search) {
        Ok(explorer) => explorer,
        Err(outcome) => {
            eprint!("{}", outcome.stderr);
            eprintln!("interleave: the program does not compile: nothing to explore");
            return ExitCode::from(2);
        }
    };
    let deadline = args.seconds.map(|s| Instant::now() + Duration::from_secs_f64(s.max(0.0)));
    let started = Instant::now();
    // One schedule at a time: one that runs to its limit may take a second.
    while explorer.work(1) {
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break;
        }
    }
    let report = explorer.report();
    let mut out = summary(&filename, args, report, started.elapsed());
    let shown = report.failures().min_by_key(|f| (f.preemptions, f.schedule.decisions.len())).or(report.outcomes.first());
    if let Some(found) = shown.filter(|f| f.ending.failure.is_some()) {
        let number = report.outcomes.iter().position(|f| std::ptr::eq(f, found)).unwrap_or(0) + 1;
        out += &format!("\nShortest counterexample (outcome {number}: {} preemption(s), {} decisions):\n", found.preemptions, found.schedule.decisions.len());
        match describe(&source, explorer.run_options(), &found.schedule) {
            Ok(steps) => {
                for (i, step) in steps.iter().enumerate() {
                    out += &format!("  {:>3}. {step}\n", i + 1);
                }
            }
            Err(message) => out += &format!("  (cannot replay it: {message})\n"),
        }
        if !found.stderr.is_empty() {
            out += "  and then, on stderr:\n";
            for line in found.stderr.lines() {
                out += &format!("    {line}\n");
            }
        }
    }
    // A closed pipe (`interleave explore x.py | head`) is not an error worth reporting.
    let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
    if let (Some(path), Some(found)) = (&args.schedule_out, shown) {
        if let Err(e) = std::fs::write(path, found.schedule.to_json() + "\n") {
            eprintln!("interleave: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    ExitCode::from(if report.failures().next().is_some() { 1 } else { 0 })
}

fn summary(filename: &str, args: &ExploreArgs, report: &Report, took: Duration) -> String {
    let mut out = String::new();
    let how = match args.strategy.as_str() {
        "dfs" if args.no_reduction => format!("depth first, every interleaving, up to {} preemption(s)", args.preemptions),
        "dfs" => format!("depth first, sleep sets, up to {} preemption(s)", args.preemptions),
        "pct" => format!("PCT, {} priority change(s) a run, seed {}", args.preemptions, args.seed),
        _ => format!("random, seed {}", args.seed),
    };
    let end = if report.exhausted {
        format!("every schedule with up to {} preemption(s) was run", report.bound)
    } else if args.strategy == "dfs" {
        format!("cut short (at {} preemption(s)): more schedules remain", report.bound)
    } else {
        "a sample: other schedules may end otherwise".to_string()
    };
    out += &format!("Explored {} schedule(s) of {filename} ({how}) in {:.2} s: {end}.\n", report.schedules, took.as_secs_f64());
    if report.deep {
        out += &format!("Runs longer than {} decisions were varied only in their first {}: the space is not exhausted.\n", interleave_engine::explore::MAX_DEPTH, interleave_engine::explore::MAX_DEPTH);
    }
    if report.pruned > 0 {
        out += &format!("{} partial schedule(s) were left out as reorderings of independent steps already run.\n", report.pruned);
    }
    out += TIMING_NOTE;
    out += "\n\n";
    let failures = report.failures().count();
    out += &format!("{} distinct outcome(s), {failures} failing:\n", report.outcomes.len());
    for (i, found) in report.outcomes.iter().enumerate().take(SHOWN) {
        out += &outcome(i + 1, found);
    }
    if report.outcomes.len() > SHOWN {
        let failing = report.outcomes[SHOWN..].iter().filter(|f| f.ending.failure.is_some()).count();
        out += &format!("  ... and {} more outcome(s), {failing} of them failing\n", report.outcomes.len() - SHOWN);
    }
    out
}

/// Outcomes printed at most (the shortest counterexample is printed whatever its number).
const SHOWN: usize = 100;

fn outcome(number: usize, found: &Found) -> String {
    let verdict = match &found.ending.failure {
        Some(failure) => format!("FAIL ({failure})"),
        None => "ok".to_string(),
    };
    let mut out = format!("  [{number}] {verdict}: {} schedule(s), exit code {}\n", found.count, found.ending.exit_code);
    let lines: Vec<&str> = found.ending.stdout.lines().collect();
    for line in lines.iter().take(12) {
        out += &format!("      | {line}\n");
    }
    if lines.len() > 12 {
        out += &format!("      | ... ({} more lines)\n", lines.len() - 12);
    }
    out
}
