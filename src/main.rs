//! The `eigentaal` binary: parse the command line, run it, report errors.

use clap::Parser;

fn main() {
    let cli = eigentaal::cli::Cli::parse();
    if let Err(e) = eigentaal::cli::run(cli) {
        eprintln!("error: {e}");
        std::process::exit(eigentaal::cli::EXIT_FAILURE);
    }
}
