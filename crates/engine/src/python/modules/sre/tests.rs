//! The matcher's own cases: what scenarios cannot show (steps counted, the stack's
//! bound, empty iterations ending), and error positions beside CPython's.

use super::compile::compile;
use super::exec::{run, Limits, Mode, Stop};
use super::parse::{parse, Fail};

fn find(pattern: &str, text: &str, max_steps: u64) -> Result<Option<(u32, u32)>, Stop> {
    let chars: Vec<char> = pattern.chars().collect();
    let Ok(parsed) = parse(&chars, true, 0) else { panic!("{pattern} does not parse") };
    let prog = compile(&parsed.nodes, parsed.groups, false);
    let text: Vec<char> = text.chars().collect();
    let mut lim = Limits { steps: 0, max_steps, max_stack: 1 << 20 };
    run(&prog, &text, 0, text.len(), Mode::Search, false, &mut lim).map(|f| f.map(|f| (f.spans[0], f.spans[1])))
}

fn error(pattern: &str) -> (String, Option<usize>) {
    let chars: Vec<char> = pattern.chars().collect();
    match parse(&chars, true, 0) {
        Err(Fail::Re(msg, pos)) => (msg, pos),
        _ => panic!("{pattern} parses"),
    }
}

#[test]
fn empty_iterations_end() {
    assert_eq!(find("(a*)*", "aaa", 10_000).ok().flatten(), Some((0, 3)));
    assert_eq!(find("(?:a?)*?b", "aab", 10_000).ok().flatten(), Some((0, 3)));
    assert_eq!(find("(|a)+b", "ab", 10_000).ok().flatten(), Some((0, 2)));
}

#[test]
fn catastrophic_patterns_stop_at_the_limit() {
    assert!(matches!(find("(a*)*b", &"a".repeat(30), 1_000_000), Err(Stop::Limit)));
    assert!(matches!(find("(x+x+)+y", &"x".repeat(40), 1_000_000), Err(Stop::Limit)));
}

#[test]
fn the_backtracking_stack_is_bounded() {
    let chars: Vec<char> = "(?:a|b)*c".chars().collect();
    let Ok(parsed) = parse(&chars, true, 0) else { panic!() };
    let prog = compile(&parsed.nodes, parsed.groups, false);
    let text: Vec<char> = "ab".repeat(100_000).chars().collect();
    let mut lim = Limits { steps: 0, max_steps: u64::MAX, max_stack: 1000 };
    assert!(matches!(run(&prog, &text, 0, text.len(), Mode::Match, false, &mut lim), Err(Stop::Memory)));
}

#[test]
fn errors_name_cpythons_positions() {
    assert_eq!(error("ab(cd"), ("missing ), unterminated subpattern".into(), Some(2)));
    assert_eq!(error("a{3,1}"), ("min repeat greater than max repeat".into(), Some(2)));
    assert_eq!(error("x**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(error("[b-a]"), ("bad character range b-a".into(), Some(1)));
    assert_eq!(error("(?P<a>x)(?P<a>y)"), ("redefinition of group name 'a' as group 2; was group 1".into(), Some(12)));
}

#[test]
fn nesting_past_the_limit_is_a_recursion_error() {
    let deep = format!("{}{}", "(".repeat(2000), ")".repeat(2000));
    let chars: Vec<char> = deep.chars().collect();
    assert!(matches!(parse(&chars, true, 0), Err(Fail::Recursion)));
}
