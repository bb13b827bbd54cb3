// Runs whose trace must hash the same natively and in wasm: included by the
// engine's native session test (which checks these hashes against native runs and
// prints new ones under UPDATE_EXPECT=1) and by the browser unit tests.
// (name, program, seed, trace hash)

pub const TRACE_CASES: &[(&str, &str, u64, &str)] = &[
    ("ticks without a lock", include_str!("../tests/scenarios/seeds/001_05_ticks_nolock.py"), 3, "ae38f5087b8ad766"),
    ("bakery with sentinels", include_str!("../tests/scenarios/seeds/002_13_bakery_sentinel.py"), 1, "ec97372b91cdb9ae"),
    ("thread race without a lock", include_str!("../tests/scenarios/seeds/002_23_thread_race_nolock.py"), 7, "6ce3b3569d5e4951"),
    ("threads with a lock", include_str!("../tests/scenarios/seeds/002_24_thread_lock.py"), 5, "631af63fd126e58f"),
];

/// The options the cases run under: random scheduling, so the run's every decision counts.
pub fn trace_case_options(seed: u64) -> interleave_engine::RunOptions {
    let mut options = interleave_engine::RunOptions {
        seed,
        policy: interleave_engine::os::Policy::Random { quantum: 500_000 },
        cores: 2,
        ..interleave_engine::RunOptions::default()
    };
    options.files.insert("ticks.json".into(), br#"{"origin": "beijing", "dest": "shanghai", "count": 1}"#.to_vec());
    options
}
