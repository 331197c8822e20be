//! libFuzzer entry for treaty_fuzz::refs (what it drives and checks is documented there).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| treaty_fuzz::refs(data));
