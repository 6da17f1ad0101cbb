//! The templates, locales and branding are embedded with `include_dir!`,
//! which stable Rust cannot track; this makes cargo rebuild when they change.

fn main() {
    for dir in ["templates", "locales", "branding", "fonts", "web"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
