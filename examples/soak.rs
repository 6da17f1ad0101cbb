//! Renders the same letters thousands of times with changing case data and
//! prints resident memory, to show that typst's cache eviction keeps memory
//! flat. `cargo run --release --example soak [renders]`.

use eigentaal::render::{Engine, RenderRequest};

/// The allocator of the `eigentaal` binary, whose memory this stands for.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total: usize = std::env::args().nth(1).map_or(Ok(2000), |s| s.parse())?;
    let engine = Engine::embedded()?;
    let template = engine.templates().get("afspraken")?;
    let mut data = template.example.clone();
    let start = std::time::Instant::now();
    for i in 1..=total {
        data["reference"] = format!("AFS-{i:06}").into();
        let lang = if i % 2 == 0 { "ar" } else { "nl" };
        let letter = engine.render(&RenderRequest {
            template: "afspraken",
            lang,
            with: Some("nl"),
            data: &data,
        })?;
        letter.pdf()?;
        if i == 100 || i % 1000 == 0 || i == total {
            println!(
                "{i:>6} renders  rss {:>7} KiB  {:.1} letters/s",
                rss_kib(),
                i as f64 / start.elapsed().as_secs_f64()
            );
        }
    }
    Ok(())
}
