//! Developer helper: prints ruff's parse error for a file.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(path).unwrap_or_default();
    match ruff_python_parser::parse_module(&src) {
        Ok(_) => println!("ok"),
        Err(e) => println!("{:?}", e),
    }
}
