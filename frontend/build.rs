//! Keeps each piece of read-only data (a page's texts, mostly) in a data segment of its own, so
//! that `cargo leptos build --split` can move it into the lazily loaded part that uses it. By
//! default wasm-ld merges them into one `.rodata` segment whose strings overlap (tail merging),
//! which the splitter cannot divide: the whole segment, every page's texts, stayed in the main
//! module (leptos-rs/cargo-leptos#679).
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch.starts_with("wasm")) {
        println!("cargo:rustc-link-arg-cdylib=--no-merge-data-segments");
    }
}
