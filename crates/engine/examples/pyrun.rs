//! Developer helper: `cargo run -p interleave-engine --example pyrun -- FILE [--dis]`.
use interleave_engine::{run_program, RunOptions};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: pyrun FILE [--dis]");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(path).unwrap_or_default();
    if args.iter().any(|a| a == "--dis") {
        match interleave_engine::python::compile_module(&src, "main.py") {
            Ok(c) => print!("{}", interleave_engine::python::disassemble(&c)),
            Err(e) => eprint!("{}", e.render("main.py")),
        }
        return;
    }
    let mut opts = RunOptions::default();
    let dir = std::path::Path::new(path).parent().map(|p| p.to_path_buf()).unwrap_or_default();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().to_string();
            if e.path().is_file() && !n.ends_with(".py") && !n.ends_with(".expected") {
                opts.files.insert(n, std::fs::read(e.path()).unwrap_or_default());
            }
        }
    }
    if let Ok(s) = std::env::var("STDIN") {
        opts.stdin = s;
    }
    let out = run_program(&src, &opts);
    print!("{}", out.stdout);
    eprint!("{}", out.stderr);
    std::process::exit(out.exit_code);
}
