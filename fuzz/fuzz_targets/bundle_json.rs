//! libFuzzer entry for treaty_fuzz::bundle_json (what it drives and checks is documented there).
#![no_main]

libfuzzer_sys::fuzz_target!(init: treaty_fuzz::prepare(), |data: &[u8]| treaty_fuzz::bundle_json(data));
