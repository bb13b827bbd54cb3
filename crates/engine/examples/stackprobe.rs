//! Developer helper: runs FILE on a thread with a small stack (KiB from argv[2]).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let kib: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(1024);
    let src = std::fs::read_to_string(path).unwrap_or_default();
    let h = std::thread::Builder::new()
        .stack_size(kib * 1024)
        .spawn(move || interleave_engine::run_program(&src, &Default::default()))
        .expect("spawn");
    let out = h.join().expect("join");
    print!("{}{}", out.stdout, out.stderr);
}
