//! End-to-end tests: render real letters, read the PDFs back.

mod batch;
mod check;
mod cli;
mod letters;
mod server;
mod util;
mod web;
