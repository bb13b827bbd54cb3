//! What a scenario teaches, as checks on its outcome: `NAME.assert`, one check a line.
//!
//! ```text
//! # the race sells more tickets than exist
//! exit == 0
//! stdout contains 买票成功
//! stdout lacks Traceback
//! count stdout 买票成功 > 1
//! lines stdout == 5
//! order stdout 主进程 before 子进程
//! deadlock
//! ```

use interleave_engine::RunOutcome;

#[derive(Debug, PartialEq)]
pub enum Check {
    Exit(Cmp, i64),
    Contains(Stream, String),
    Lacks(Stream, String),
    Count(Stream, String, Cmp, i64),
    Lines(Stream, Cmp, i64),
    Order(Stream, String, String),
    Deadlock,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stream {
    Stdout,
    Stderr,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    fn parse(word: &str) -> Result<Cmp, String> {
        Ok(match word {
            "==" => Cmp::Eq,
            "!=" => Cmp::Ne,
            "<" => Cmp::Lt,
            "<=" => Cmp::Le,
            ">" => Cmp::Gt,
            ">=" => Cmp::Ge,
            _ => return Err(format!("unknown comparison {word:?}")),
        })
    }

    fn holds(self, left: i64, right: i64) -> bool {
        match self {
            Cmp::Eq => left == right,
            Cmp::Ne => left != right,
            Cmp::Lt => left < right,
            Cmp::Le => left <= right,
            Cmp::Gt => left > right,
            Cmp::Ge => left >= right,
        }
    }
}

/// Parses a whole `.assert` file; comments and blank lines are skipped.
pub fn parse(text: &str) -> Result<Vec<Check>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|(n, line)| parse_line(line.trim()).map_err(|e| format!("line {}: {e}: {line:?}", n + 1)))
        .collect()
}

fn parse_line(line: &str) -> Result<Check, String> {
    let stream = |word: &str| match word {
        "stdout" => Ok(Stream::Stdout),
        "stderr" => Ok(Stream::Stderr),
        _ => Err(format!("expected stdout or stderr, found {word:?}")),
    };
    let number = |word: &str| word.parse::<i64>().map_err(|_| format!("expected a number, found {word:?}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    // The text of a check is everything after its leading words, spaces included.
    let rest_after = |n: usize| line.splitn(n + 1, char::is_whitespace).nth(n).unwrap_or("").trim().to_string();
    match words.as_slice() {
        ["deadlock"] => Ok(Check::Deadlock),
        ["exit", cmp, n] => Ok(Check::Exit(Cmp::parse(cmp)?, number(n)?)),
        ["lines", s, cmp, n] => Ok(Check::Lines(stream(s)?, Cmp::parse(cmp)?, number(n)?)),
        [s, "contains", ..] => Ok(Check::Contains(stream(s)?, rest_after(2))),
        [s, "lacks", ..] => Ok(Check::Lacks(stream(s)?, rest_after(2))),
        ["count", s, .., cmp, n] => {
            let text = rest_after(2);
            let text = text.rsplitn(3, char::is_whitespace).nth(2).unwrap_or("").trim().to_string();
            Ok(Check::Count(stream(s)?, text, Cmp::parse(cmp)?, number(n)?))
        }
        ["order", s, ..] => {
            let text = rest_after(2);
            let (first, second) = text.split_once(" before ").ok_or("order needs `A before B`")?;
            Ok(Check::Order(stream(s)?, first.trim().to_string(), second.trim().to_string()))
        }
        _ => Err("unknown check".into()),
    }
}

/// Every check that fails, described.
pub fn failures(checks: &[Check], outcome: &RunOutcome, deadlocked: bool) -> Vec<String> {
    let text = |s: Stream| match s {
        Stream::Stdout => &outcome.stdout,
        Stream::Stderr => &outcome.stderr,
    };
    let first_line = |s: Stream, needle: &str| text(s).lines().position(|l| l.contains(needle));
    checks
        .iter()
        .filter_map(|check| {
            let ok = match check {
                Check::Exit(cmp, n) => cmp.holds(outcome.exit_code as i64, *n),
                Check::Contains(s, needle) => text(*s).contains(needle.as_str()),
                Check::Lacks(s, needle) => !text(*s).contains(needle.as_str()),
                Check::Count(s, needle, cmp, n) => cmp.holds(text(*s).matches(needle.as_str()).count() as i64, *n),
                Check::Lines(s, cmp, n) => cmp.holds(text(*s).lines().count() as i64, *n),
                Check::Order(s, a, b) => matches!((first_line(*s, a), first_line(*s, b)), (Some(i), Some(j)) if i < j),
                Check::Deadlock => deadlocked,
            };
            (!ok).then(|| format!("check failed: {check:?}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_parses() {
        let checks = parse(
            "# teaches\n\nexit == 1\nstdout contains 买票 成功\nstderr lacks Traceback\ncount stdout 成功 x > 1\nlines stdout <= 5\norder stdout a b before c\ndeadlock\n",
        )
        .unwrap();
        assert_eq!(
            checks,
            [
                Check::Exit(Cmp::Eq, 1),
                Check::Contains(Stream::Stdout, "买票 成功".into()),
                Check::Lacks(Stream::Stderr, "Traceback".into()),
                Check::Count(Stream::Stdout, "成功 x".into(), Cmp::Gt, 1),
                Check::Lines(Stream::Stdout, Cmp::Le, 5),
                Check::Order(Stream::Stdout, "a b".into(), "c".into()),
                Check::Deadlock,
            ]
        );
    }

    #[test]
    fn a_bad_line_names_itself() {
        assert_eq!(parse("exit = 1").unwrap_err(), "line 1: unknown comparison \"=\": \"exit = 1\"");
        assert!(parse("stdout shows x").is_err());
    }

    #[test]
    fn checks_judge_an_outcome() {
        let outcome = RunOutcome { stdout: "主进程\n子进程 成功\n子进程 成功\n".into(), stderr: String::new(), exit_code: 0 };
        let ok = parse("exit == 0\ncount stdout 成功 == 2\norder stdout 主进程 before 子进程\nlines stdout == 3").unwrap();
        assert_eq!(failures(&ok, &outcome, false), Vec::<String>::new());
        let bad = parse("order stdout 子进程 before 主进程\ndeadlock\nstdout contains 失败").unwrap();
        assert_eq!(failures(&bad, &outcome, false).len(), 3);
    }
}
