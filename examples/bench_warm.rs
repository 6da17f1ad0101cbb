//! Warm, in-process throughput of one letter, for `bench/run.sh`.
//!
//! ```text
//! bench_warm eigentaal <nl|ar|mix> <threads> <seconds> [--out letter.pdf] [--count N]
//! bench_warm floor     <nl|ar> <threads> <seconds> [--out letter.pdf] [--count N] [--prefilled DIR]
//!                      [--memoize-binary-streams] [--evict-as-eigentaal]
//! ```
//!
//! `eigentaal`: `Engine::embedded()` once, then `engine.render(..)?.pdf()?` for
//! the `afspraken` example in a loop, with a new `reference` every time (so
//! typst cannot answer a render from its cache), on `threads` threads sharing
//! the one engine. `mix` renders Dutch and Arabic in turn (the batch
//! benchmark's mix).
//!
//! `floor`: the same letter with all text already typed in
//! (`bench/prefilled/afspraken-<lang>.typ` in `bench/prefilled/house.typ`, a
//! copy of the house style with every message and case value written out: no
//! message functions, no JSON, no Fluent or ICU4X; the same pages, layout and
//! text as eigentaal's letter), compiled by the same typst library in-process
//! through a minimal `World` that serves those two sources, the logo
//! (`/branding/logo.svg`) and the same embedded Noto fonts, with the same
//! `comemo::evict(10)` after each compile (as `typst watch` does) and the same tagged PDF/A-2a +
//! PDF/UA-1 export as eigentaal's `Letter::pdf`. The floor is typst as
//! published: it compresses the font subsets for every letter, as a typst
//! compile does, where eigentaal's engine turns on krilla's cache for them
//! (vendor/krilla/PATCHED.md). `--memoize-binary-streams` gives the floor
//! that cache too (for information: what is left when both have it).
//! `--evict-as-eigentaal` evicts typst's cache as eigentaal's engine does
//! (every `EVICT_EVERY`th compile, `CACHE_MAX_AGE`) instead of after every
//! compile, also for information.
//! Both modes use mimalloc, the allocator of the `eigentaal` binary.
//! The reference in the source text is replaced for every compile, as
//! eigentaal changes `case.reference`.
//!
//! Each run prints one line of `key=value` pairs: letters, seconds, letters/s,
//! resident memory now and at its peak (VmRSS, VmHWM). One mode per process,
//! so the peak memory belongs to that mode alone. `--count N` renders exactly
//! N letters on one thread instead (for instruction counts under callgrind).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use eigentaal::render::{Engine, RenderRequest};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration as TypstDuration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

type Error = Box<dyn std::error::Error + Send + Sync>;

/// The allocator of the `eigentaal` binary, for both modes, so the numbers are
/// those of `eigentaal serve` and `batch` and the floor is measured alike.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The reference printed in the example letter; replaced for every render.
const EXAMPLE_REFERENCE: &str = "AFS-2026-01873";

/// The same font files eigentaal embeds (src/render/fonts.rs).
static FONT_FILES: [&[u8]; 7] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../fonts/NotoSansEthiopic-Bold.ttf"),
];

fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Something that renders the letter with a given reference to PDF bytes.
trait Renderer: Sync {
    fn render(&self, reference: &str) -> Result<Vec<u8>, Error>;
}

struct Eigentaal {
    engine: Engine,
    data: serde_json::Value,
    lang: String,
    letters: AtomicU64,
}

impl Renderer for Eigentaal {
    fn render(&self, reference: &str) -> Result<Vec<u8>, Error> {
        let mut data = self.data.clone();
        data["reference"] = reference.into();
        // `mix`: Dutch and Arabic in turn, the batch benchmark's mix.
        let lang = match self.lang.as_str() {
            "mix"
                if self
                    .letters
                    .fetch_add(1, Ordering::Relaxed)
                    .is_multiple_of(2) =>
            {
                "nl"
            }
            "mix" => "ar",
            lang => lang,
        };
        let letter = self.engine.render(&RenderRequest {
            template: "afspraken",
            lang,
            with: None,
            data: &data,
        })?;
        Ok(letter.pdf()?)
    }
}

/// Everything the floor's compiles share: library, fonts, the house style
/// source and the logo, all in memory as in eigentaal's engine.
struct Floor {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
    main: FileId,
    main_text: String,
    /// Evict after every `evict_every`th compile, entries unused for `max_age` evictions.
    evict_every: u64,
    max_age: usize,
}

static EVICTIONS: AtomicU64 = AtomicU64::new(0);

fn file_id(path: &str) -> Result<FileId, Error> {
    let vpath = VirtualPath::new(path).map_err(|e| format!("{path}: {e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl Floor {
    fn new(prefilled: &std::path::Path, lang: &str) -> Result<Self, Error> {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
            .collect();
        let book = FontBook::from_fonts(&fonts);
        let read = |name: &str| -> Result<String, Error> {
            let path = prefilled.join(name);
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()).into())
        };
        let house_id = file_id("/bench/prefilled/house.typ")?;
        let mut sources = HashMap::new();
        sources.insert(house_id, Source::new(house_id, read("house.typ")?));
        let mut files = HashMap::new();
        files.insert(
            file_id("/branding/logo.svg")?,
            Bytes::new(include_bytes!("../branding/logo.svg").to_vec()),
        );
        let name = format!("afspraken-{lang}.typ");
        let main_text = read(&name)?;
        if !main_text.contains(EXAMPLE_REFERENCE) {
            return Err(format!("{name} does not contain {EXAMPLE_REFERENCE}").into());
        }
        Ok(Self {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            sources,
            files,
            main: file_id(&format!("/bench/prefilled/{name}"))?,
            main_text,
            evict_every: 1,
            max_age: 10,
        })
    }
}

struct FloorWorld<'a> {
    floor: &'a Floor,
    main: Source,
}

impl World for FloorWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.floor.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &self.floor.book
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        self.floor
            .sources
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.get().vpath().get_with_slash().into()))
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.floor
            .files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.get().vpath().get_with_slash().into()))
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.floor.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<TypstDuration>) -> Option<Datetime> {
        Datetime::from_ymd(2026, 11, 23)
    }
}

impl Renderer for Floor {
    fn render(&self, reference: &str) -> Result<Vec<u8>, Error> {
        let text = self.main_text.replace(EXAMPLE_REFERENCE, reference);
        let world = FloorWorld {
            floor: self,
            main: Source::new(self.main, text),
        };
        let warned = typst::compile::<PagedDocument>(&world);
        // As `typst watch` does after every compile, or as eigentaal does
        // (`--evict-as-eigentaal`).
        if EVICTIONS
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(self.evict_every)
        {
            comemo::evict(self.max_age);
        }
        let document = warned.output.map_err(|errors| {
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        })?;
        // The export options of eigentaal's Letter::pdf.
        let timestamp = Datetime::from_ymd(2026, 11, 23).map(typst_pdf::Timestamp::new_utc);
        let standards = typst_pdf::PdfStandards::new(&[
            typst_pdf::PdfStandard::A_2a,
            typst_pdf::PdfStandard::Ua_1,
        ])
        .map_err(|e| e.message().to_string())?;
        let options = typst_pdf::PdfOptions {
            ident: Smart::Auto,
            creator: Smart::Custom(Some("bench floor".into())),
            timestamp,
            page_ranges: None,
            standards,
            tagged: true,
            pretty: false,
        };
        typst_pdf::pdf(&document, &options).map_err(|diags| {
            diags
                .iter()
                .map(|d| d.message.to_string())
                .collect::<Vec<_>>()
                .join("; ")
                .into()
        })
    }
}

/// Renders on `threads` threads until `seconds` have passed; returns
/// (letters, elapsed seconds).
fn run(renderer: &dyn Renderer, threads: usize, seconds: f64) -> Result<(u64, f64), Error> {
    let next = AtomicU64::new(1);
    let stop = AtomicBool::new(false);
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(seconds);
    let results: Vec<Result<u64, Error>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| -> Result<u64, Error> {
                    let mut done = 0;
                    while !stop.load(Ordering::Relaxed) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let pdf = renderer.render(&format!("AFS-{i:08}"))?;
                        std::hint::black_box(pdf);
                        done += 1;
                        if Instant::now() >= deadline {
                            stop.store(true, Ordering::Relaxed);
                        }
                    }
                    Ok(done)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("render thread panicked"))
            .collect()
    });
    let elapsed = start.elapsed().as_secs_f64();
    let mut letters = 0;
    for r in results {
        letters += r?;
    }
    Ok((letters, elapsed))
}

fn usage() -> ! {
    eprintln!(
        "usage: bench_warm (eigentaal|floor) (nl|ar|mix) THREADS SECONDS [--out FILE.pdf] [--count N] [--prefilled DIR] [--memoize-binary-streams] [--evict-as-eigentaal]"
    );
    std::process::exit(2)
}

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 4 {
        usage();
    }
    let (mode, lang) = (args[0].as_str(), args[1].as_str());
    let threads: usize = args[2].parse().unwrap_or_else(|_| usage());
    let seconds: f64 = args[3].parse().unwrap_or_else(|_| usage());
    let mut out: Option<PathBuf> = None;
    let mut count: Option<u64> = None;
    let mut prefilled = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/bench/prefilled"));
    let mut evict_as_eigentaal = false;
    let mut rest = args[4..].iter();
    while let Some(flag) = rest.next() {
        if flag == "--memoize-binary-streams" && mode == "floor" {
            krilla::stream::memoize_binary_streams(true);
            continue;
        }
        if flag == "--evict-as-eigentaal" && mode == "floor" {
            evict_as_eigentaal = true;
            continue;
        }
        match (flag.as_str(), rest.next()) {
            ("--out", Some(v)) => out = Some(v.into()),
            ("--prefilled", Some(v)) => prefilled = v.into(),
            ("--count", Some(v)) => count = Some(v.parse().unwrap_or_else(|_| usage())),
            _ => usage(),
        }
    }
    if !(matches!(lang, "nl" | "ar") || (lang, mode) == ("mix", "eigentaal")) {
        usage();
    }

    let setup = Instant::now();
    let renderer: Box<dyn Renderer> = match mode {
        "eigentaal" => {
            let engine = Engine::embedded()?;
            let data = engine.templates().get("afspraken")?.example.clone();
            Box::new(Eigentaal {
                engine,
                data,
                lang: lang.into(),
                letters: AtomicU64::new(0),
            })
        }
        "floor" => {
            let mut floor = Floor::new(&prefilled, lang)?;
            if evict_as_eigentaal {
                floor.evict_every = eigentaal::render::EVICT_EVERY as u64;
                floor.max_age = eigentaal::render::CACHE_MAX_AGE;
            }
            Box::new(floor)
        }
        _ => usage(),
    };
    // The first letter, with the example's own reference, is the one written
    // out for comparison; it also pays for the first-compile work.
    let first = renderer.render(EXAMPLE_REFERENCE)?;
    if let Some(out) = &out {
        std::fs::write(out, &first)?;
    }
    let first_secs = setup.elapsed().as_secs_f64();

    let (letters, elapsed) = if let Some(count) = count {
        // Exactly `count` letters on this thread, no warm-up: for counting
        // instructions (callgrind), where a time budget means nothing.
        // BENCH_SAME_REFERENCE=1 renders the first letter again and again:
        // what typst's caches save when nothing changes (a diagnostic).
        let same = std::env::var_os("BENCH_SAME_REFERENCE").is_some();
        let start = Instant::now();
        for i in 1..=count {
            let reference = if same {
                EXAMPLE_REFERENCE.to_string()
            } else {
                format!("AFS-{i:08}")
            };
            std::hint::black_box(renderer.render(&reference)?);
        }
        (count, start.elapsed().as_secs_f64())
    } else {
        // Warm-up: a few letters so fonts, shaping and layout caches are filled.
        run(renderer.as_ref(), threads, 0.5)?;
        run(renderer.as_ref(), threads, seconds)?
    };
    println!(
        "mode={mode} lang={lang} threads={threads} letters={letters} seconds={elapsed:.3} \
         letters_per_s={:.1} ms_per_letter={:.3} setup_and_first_s={first_secs:.3} \
         pdf_bytes={} rss_kib={} peak_rss_kib={}",
        letters as f64 / elapsed,
        1000.0 * elapsed * threads as f64 / letters as f64,
        first.len(),
        status_kib("VmRSS:"),
        status_kib("VmHWM:"),
    );
    Ok(())
}
