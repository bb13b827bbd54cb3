//! `cargo xtask <command>`: everything a newcomer or CI runs, in Rust so it works
//! the same on every machine. Each command installs only what it needs and is
//! missing (see setup.rs), then does its job and fails loudly.

mod bench;
mod bless;
mod cmd;
mod fuzz;
mod setup;
mod size;
mod suites;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

  serve [--port N]   install what is missing, build the site and serve it on 127.0.0.1 (default 8080)
  test               install what is missing, then run every test suite
  setup [--test]     only install what is missing (--test: also what the tests need)
  bless [GROUP[/PREFIX]...]
                     re-record scenario outputs from python3 (default: every group;
                     `concurrency/spawn_` only those scenarios of the group);
                     `bless dis` re-records the golden bytecode listings
  check-cpython      prove the recorded outputs still match python3
  size               build for release and print what a first visit downloads
  bench              time the engine beside python3 on benches/programs, as ratios
  fuzz [--seconds N] [--target NAME]  run the fuzz targets run_program and hostile (default 60 s each)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => suites::serve(port(&args[1..])),
        Some("test") => suites::test_all(),
        Some("setup") => setup::ensure(if args.iter().any(|a| a == "--test") { setup::Need::Test } else { setup::Need::Web }),
        Some("bless") => bless::bless(&args[1..]),
        Some("check-cpython") => bless::check(&args[1..]),
        Some("size") => size::report(),
        Some("bench") => bench::bench(),
        Some("fuzz") => fuzz::fuzz(&args[1..]),
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn port(args: &[String]) -> u16 {
    args.iter()
        .position(|a| a == "--port")
        .and_then(|i| args.get(i + 1))
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080)
}
