//! Both languages are whole, and the page's code keeps its words in `Text`: a
//! component that grows a hard-coded English label again fails here.

use super::*;
use std::collections::BTreeSet;

/// Every field of a language, by name.
fn fields(text: &Text) -> Vec<(String, String)> {
    let value = serde_json::to_value(text).expect("a Text serializes");
    let map = value.as_object().expect("a Text is an object");
    map.iter().map(|(name, value)| (name.clone(), value.as_str().unwrap_or_default().to_string())).collect()
}

/// The `{name}`s of a template.
fn placeholders(template: &str) -> BTreeSet<&str> {
    template.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

fn has_latin_word(s: &str) -> bool {
    s.as_bytes().windows(2).any(|w| w[0].is_ascii_alphabetic() && w[1].is_ascii_alphabetic())
}

/// Chinese characters, or Chinese punctuation ("Linux：fork").
fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c))
}

/// Fields that read the same in both languages: abbreviations, and the toggle
/// (which names the language it switches to, in that language).
const SAME_IN_BOTH: &[&str] = &["col_pid", "col_ppid", "col_cpu", "switch_to"];

#[test]
fn no_field_is_empty_in_either_language() {
    let (en, zh) = (fields(&EN), fields(&ZH));
    assert_eq!(en.len(), zh.len());
    assert!(en.len() > 200, "every field is seen: {}", en.len());
    for (name, value) in en.iter().chain(&zh) {
        assert!(!value.trim().is_empty(), "{name} is empty");
    }
}

#[test]
fn chinese_words_are_chinese() {
    for ((name, en), (_, zh)) in fields(&EN).iter().zip(fields(&ZH).iter()) {
        if !has_latin_word(en) || SAME_IN_BOTH.contains(&name.as_str()) {
            continue;
        }
        assert_ne!(en, zh, "{name} is not translated");
        assert!(has_chinese(zh), "{name} has no Chinese: {zh:?}");
    }
}

#[test]
fn a_template_has_the_same_placeholders_in_both_languages() {
    for ((name, en), (_, zh)) in fields(&EN).iter().zip(fields(&ZH).iter()) {
        assert_eq!(placeholders(en), placeholders(zh), "{name}: {en:?} / {zh:?}");
    }
}

#[test]
fn fill_puts_each_value_where_its_name_is() {
    assert_eq!(fill("{a} then {b}", &[("b", &2), ("a", &"one")]), "one then 2");
    assert_eq!(fill("{b}：{a}", &[("a", &1), ("b", &"x")]), "x：1", "the order is the template's");
    assert_eq!(fill("printed '{text}'", &[("text", &"{text} {")]), "printed '{text} {'", "a value is not filled again");
    assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
}

// ---- The audit of the page's code ----

/// Words a literal may hold in either language: Python's own names, keys'
/// names, units, the brand, and CSS's font words.
const ALLOWED: &[&str] = &[
    "Lock", "RLock", "Semaphore", "Event", "Pipe", "Queue", "Value", "socket", "pid", "Enter", "Escape", "Shift", "Interleave", "ms", "ns",
    "px", "bold", "system", "ui", "sans", "serif",
];

/// Attributes a person reads, or hears from a screen reader.
const UI_ATTRIBUTES: &[&str] = &["title", "aria-label", "placeholder", "alt", "aria-description", "aria-valuetext", "label"];

/// A string literal of the code, with what precedes it on its line.
struct Literal<'s> {
    line: usize,
    before: &'s str,
    text: &'s str,
}

/// The string literals of `source` outside comments and tests.
fn literals(source: &str) -> Vec<Literal<'_>> {
    // The tests module is left out (a `#[cfg(test)] use` above it is code like any).
    let tests = source.match_indices("#[cfg(test)]").find(|(at, tag)| source[at + tag.len()..].trim_start().starts_with("mod "));
    let code = &source[..tests.map_or(source.len(), |(at, _)| at)];
    let mut found = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |end| end + 2);
        } else if let Some(after) = rest.strip_prefix('\'') {
            // A char literal ('x', '\n', '"') is skipped whole (`close`: where it
            // closes); a lifetime ('static) is no literal.
            let close = if after.starts_with('\\') {
                after.get(2..).and_then(|tail| tail.find('\'')).map(|end| end + 3)
            } else {
                after.chars().next().map(|c| 1 + c.len_utf8()).filter(|&len| rest[len..].starts_with('\''))
            };
            i += close.map_or(1, |close| close + 1);
        } else if rest.starts_with('"') {
            // (Raw strings are not told apart: the page's code has none outside tests.)
            let mut end = 1;
            while end < rest.len() && rest.as_bytes()[end] != b'"' {
                end += if rest.as_bytes()[end] == b'\\' { 2 } else { 1 };
            }
            let end = end.min(rest.len());
            let line_start = code[..i].rfind('\n').map_or(0, |n| n + 1);
            found.push(Literal { line: code[..i].matches('\n').count() + 1, before: &code[line_start..i], text: &rest[1..end] });
            i += end + 1;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// The attribute a literal is the value of (`title="…"`, `title={"…"}`), if it is one.
fn attribute(before: &str) -> Option<&str> {
    let before = before.trim_end();
    let before = before.strip_suffix('{').unwrap_or(before).trim_end().strip_suffix('=')?;
    let name_start = before.rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).map_or(0, |i| i + 1);
    let name = &before[name_start..];
    // `a == "x"`, `let x = "y"`: no attribute.
    (!name.is_empty() && !before.ends_with(['=', '!', '<', '>'])).then_some(name)
}

/// Runs of two or more ASCII letters, the words a literal says.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 2)
}

/// Does a literal read as English a person would see? A phrase (words with a
/// space between them, or a word beside a `{value}`), or a capitalized word.
/// Single lowercase words are left alone: they cannot be told apart from CSS
/// classes, test ids and keys' names.
fn reads_as_english(text: &str) -> bool {
    // A format's values are one token with what they stand in: "run-{}.json" stays one.
    let mut filled = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    filled.push('∎');
                }
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => filled.push(c),
            _ => {}
        }
    }
    let tokens: Vec<&str> = filled.split_whitespace().collect();
    // "width: {}", "left: {}px; transform: translateX(-100%);": CSS for a style attribute.
    let css_property = |t: &str| t.ends_with(':') && t.trim_end_matches(':').chars().all(|c| c.is_ascii_lowercase() || c == '-');
    if tokens.first().is_some_and(|t| css_property(t)) {
        return false;
    }
    let unknown = |w: &&str| !ALLOWED.contains(w);
    let phrase = tokens.len() > 1 && tokens.iter().flat_map(|t| words(t)).any(|w| unknown(&w));
    let capitalized = words(&filled).filter(unknown).any(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && w.contains(|c: char| c.is_ascii_lowercase()));
    phrase || capitalized
}

/// Where `source` shows English of its own: a literal in an attribute a person
/// reads, or a literal elsewhere that reads as English (not in a machine's
/// attribute: class, id, key, role, data-…, path data…).
fn offenders(source: &str) -> Vec<String> {
    literals(source)
        .into_iter()
        .filter(|l| match attribute(l.before) {
            Some(name) if UI_ATTRIBUTES.contains(&name) => words(l.text).any(|w| !ALLOWED.contains(&w)),
            Some(_) => false,
            // An icon's path data.
            None if l.before.trim_end().ends_with("icon(") => false,
            None => reads_as_english(l.text),
        })
        .map(|l| format!("line {}: {:?}", l.line, l.text))
        .collect()
}

#[test]
fn the_audit_finds_hard_coded_english_and_lets_python_and_machines_be() {
    // What the page had before its words moved into `Text` (verbatim, the first
    // ten), and the other forms a hard-coded label takes.
    let offending = [
        r#"PolicyName::Rr => "Round robin","#,
        r#"PolicyName::Random => "Random","#,
        r#"format!("value {value}{}", bound.map_or(String::new(), |b| format!(" / {b}"))),"#,
        r#""end 0: {} waiting, open in {}; end 1: {} waiting, open in {}","#,
        r#"format!(", {unfinished} unfinished")"#,
        r#"ObjectKind::Shared { bytes } => ("Value", format!("{bytes} bytes"), false),"#,
        r#"if *queued > 0 { format!(", {queued} bytes waiting") } else { String::new() }"#,
        r#"let title = format!("pid {} · thread {} · {}", line.pid, line.tid, format_time(line.time));"#,
        r#"<button title={format!("{} (Space)", text.pause)} aria-label={text.pause}>"#,
        r#"State::Running { core } => format!("{label}: running on core {core} ({length})"),"#,
        r#"<button class="close" aria-label="Close">{ "✕" }</button>"#,
        r#"<input placeholder="what input() reads" />"#,
        r#"<span title={"Pick out its process"}></span>"#,
        r#"<p class="empty">{ "No files." }</p>"#,
        r#"State::Ready => "ready, waiting for a core".to_string(),"#,
        r#"let (q, n) = ('\'', '\n'); let t = "Hello there";"#,
    ];
    for line in offending {
        assert_eq!(offenders(line).len(), 1, "not found: {line}");
    }
    let with_tests = "#[cfg(test)]\nuse super::MIN;\nfn f() { \"Hello there\" }\n#[cfg(test)]\nmod tests { fn g() { \"Test words\" } }";
    assert_eq!(offenders(with_tests), ["line 3: \"Hello there\""], "the code is read up to its tests module");
    let fine = [
        r#"<button class="run primary" data-testid="run" title={text.run_hint}>{ "▶ " }{ text.run }</button>"#,
        r#"ObjectKind::Lock { reentrant, .. } => (if *reentrant { "RLock" } else { "Lock" }, "Semaphore"),"#,
        r#"if event.key() == "Enter" || event.key() == "Escape" {"#,
        r#"<path d="M0 0 L8 4 L0 8 z" class="head" /><svg viewBox="0 0 400 112" preserveAspectRatio="xMidYMid meet">"#,
        r#"icon("M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z")"#,
        r#"format!("interleave-run-{}.trace.json", rec.id), format!("--who: {colour}"), format!("left: {}px; top: {}px;{shift}", a, b), " transform: translateX(-100%);""#,
        r#"format!("pid {} · t{}", c.pid, c.tid), format!("{:.2} s", s), format!("{ms:.1} ms")"#,
        r#"<span class="brand">{ "Interleave" }</span> // a "Comment with words" in it"#,
        r#"let c = '"'; let s: &'static str = "listening"; classes!("item", entering.then_some("entering"))"#,
    ];
    for line in fine {
        assert_eq!(offenders(line), Vec::<String>::new(), "{line}");
    }
}

/// Reads the source files: natively only (not in the browser's test run).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn components_and_the_timeline_take_their_words_from_text() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut found = Vec::new();
    let mut scanned = 0;
    for dir in ["src/components", "src/timeline"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}")).expect("the source is there").filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        for path in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "rs")) {
            let source = std::fs::read_to_string(&path).expect("readable source");
            scanned += 1;
            found.extend(offenders(&source).into_iter().map(|o| format!("{}: {o}", path.display())));
        }
    }
    assert!(scanned > 15, "only {scanned} files scanned");
    assert!(found.is_empty(), "words the page shows belong in i18n's Text (or the gallery's Words):\n{}", found.join("\n"));
}
