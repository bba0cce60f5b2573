#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| copydesk_fuzz::targets::lsp_stream(data));
