//! libFuzzer entry for treaty_fuzz::treaty_file (what it drives and checks is documented there).
#![no_main]

libfuzzer_sys::fuzz_target!(init: treaty_fuzz::prepare(), |data: &[u8]| treaty_fuzz::treaty_file(data));
