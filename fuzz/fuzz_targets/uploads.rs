//! An uploaded file's bytes, as the server checks them before keeping any: the type decided
//! from the content, images decoded within limits and re-encoded. Nothing may panic, and a
//! file taken as an image comes out as one of the two formats the site stores.
#![no_main]

use app::submission::uploads::UploadKind;
use app::submission::uploads::images::prepare;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for kind in UploadKind::ALL {
        if let Ok(prepared) = prepare(kind, bytes)
            && kind == UploadKind::Image
        {
            assert!(
                matches!(prepared.content_type, "image/jpeg" | "image/png"),
                "{}",
                prepared.content_type
            );
        }
    }
});
