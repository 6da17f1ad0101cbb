//! End-to-end tests: render real letters, read the PDFs back.

mod accessibility;
mod batch;
mod batch_input;
mod beschikking;
mod check;
mod cli;
mod free_text;
mod hostile;
mod house_style;
mod kurdish_turkish_somali;
mod languages;
mod letter_texts;
mod letters;
mod long_text;
mod money_letters;
mod ocr;
mod oidc;
mod pdf_read;
mod records;
mod review;
mod server;
mod taxonomy;
mod util;
mod web;
mod zgw;
