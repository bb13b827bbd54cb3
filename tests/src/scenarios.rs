//! One test per scenario under tests/scenarios, named `group/NAME`.
//! Filter as usual: `cargo test -p interleave-conformance --test scenarios -- closure`.

use libtest_mimic::{Arguments, Trial};
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let trials = interleave_conformance::discover(&root)
        .into_iter()
        .map(|scenario| Trial::test(scenario.name.clone(), move || scenario.run().map_err(Into::into)))
        .collect();
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}
