//! Where the program went wrong, read from what CPython prints: a traceback's last
//! frame in the program's own file, or a SyntaxError's line. The editor marks
//! those lines (with the error's last line as the label), so a student sees the
//! mistake where they would fix it.

/// The file name the program runs under (as in CPython's tracebacks).
pub const PROGRAM: &str = "main.py";

/// An error at a line of the program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorAt {
    pub line: u32,
    /// The exception as its last line says it ("NameError: name 'x' is not defined").
    pub message: String,
}

/// Every error in `stderr` that points into the program, in the order printed;
/// one per line of the program (the last one printed about it wins).
pub fn errors_in(stderr: &str) -> Vec<ErrorAt> {
    let mut found: Vec<ErrorAt> = Vec::new();
    // The program's line the current traceback was last in.
    let mut at: Option<u32> = None;
    for line in stderr.lines() {
        if let Some(number) = program_frame(line) {
            at = Some(number);
        } else if line.starts_with("Traceback (most recent call last):") {
            at = None;
        } else if !line.is_empty() && !line.starts_with(char::is_whitespace) {
            // An unindented line after a frame ends the traceback: the exception.
            if let Some(number) = at.take() {
                if is_exception_line(line) {
                    found.retain(|e| e.line != number);
                    found.push(ErrorAt { line: number, message: line.to_string() });
                }
            }
        }
    }
    found
}

/// `  File "main.py", line 12, in buy` (or without `, in ...` for a SyntaxError): 12.
fn program_frame(line: &str) -> Option<u32> {
    let rest = line.trim_start().strip_prefix("File \"")?;
    let rest = rest.strip_prefix(PROGRAM)?.strip_prefix("\", line ")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// "ValueError: ...", "KeyboardInterrupt", "mod.Error: ...": a dotted name first.
fn is_exception_line(line: &str) -> bool {
    let name = line.split(':').next().unwrap_or("");
    !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.') && !name.starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, message: &str) -> ErrorAt {
        ErrorAt { line, message: message.into() }
    }

    #[test]
    fn a_syntax_error_points_at_its_line() {
        let stderr = "  File \"main.py\", line 3\n    print(1\n         ^\nSyntaxError: '(' was never closed\n";
        assert_eq!(errors_in(stderr), [at(3, "SyntaxError: '(' was never closed")]);
    }

    #[test]
    fn a_traceback_points_at_the_programs_last_frame_not_the_librarys() {
        let stderr = "\
Process Process-1:
Traceback (most recent call last):
  File \"/usr/lib/python3.11/multiprocessing/process.py\", line 314, in _bootstrap
    self.run()
  File \"main.py\", line 20, in buy
    work()
  File \"main.py\", line 9, in work
    json.load(f)
  File \"/usr/lib/python3.11/json/__init__.py\", line 293, in load
    return loads(fp.read(),
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
";
        assert_eq!(errors_in(stderr), [at(9, "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)")]);
    }

    #[test]
    fn chained_and_repeated_errors_are_each_found_once_per_line() {
        let stderr = "\
Traceback (most recent call last):
  File \"main.py\", line 2, in <module>
    {}['x']
KeyError: 'x'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File \"main.py\", line 4, in <module>
    raise ValueError('no')
ValueError: no
Traceback (most recent call last):
  File \"main.py\", line 4, in <module>
    raise ValueError('no')
ValueError: again
";
        assert_eq!(errors_in(stderr), [at(2, "KeyError: 'x'"), at(4, "ValueError: again")]);
    }

    #[test]
    fn what_is_not_a_traceback_marks_nothing() {
        assert!(errors_in("hello\nValueError: printed by the program\n").is_empty());
        assert!(errors_in("Traceback (most recent call last):\n  File \"other.py\", line 1, in <module>\nNameError: x\n").is_empty());
        assert!(errors_in("").is_empty());
    }
}
