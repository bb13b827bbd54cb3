//! Any text as a shared link (the page reads one from any URL it is opened at):
//! decoding never panics, and what decodes encodes to a link that decodes the same.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for fragment in [text.to_string(), format!("#run=1.{text}")] {
        if let Ok(shared) = interleave_worker::link::decode(&fragment) {
            let again = interleave_worker::link::encode(&shared);
            assert_eq!(interleave_worker::link::decode(&again), Ok(shared));
        }
    }
});
