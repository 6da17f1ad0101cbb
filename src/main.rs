//! The `eigentaal` binary: parse the command line, run it, report errors.

use clap::Parser;

/// mimalloc instead of glibc's allocator: typst allocates many small objects
/// on every render thread, and with glibc's arenas two threads contend
/// (`batch --jobs 2` gained about 10 %; see docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = eigentaal::cli::Cli::parse();
    if let Err(e) = eigentaal::cli::run(cli) {
        eprintln!("error: {e}");
        std::process::exit(eigentaal::cli::EXIT_FAILURE);
    }
}
