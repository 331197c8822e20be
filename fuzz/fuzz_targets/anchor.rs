//! libFuzzer entry for treaty_fuzz::anchor (what it drives and checks is documented there).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| treaty_fuzz::anchor(data));
