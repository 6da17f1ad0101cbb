//! `eigentaal review`: a translator's review of one language in the
//! terminal, message by message, and its scriptable forms `approve` and
//! `status`. The records go to `locales/<lang>/reviews.toml` of the project
//! folder; the statuses come from [`crate::l10n::Locales::review`].

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::json;

use super::{CliError, ProjectArgs, write_output};
use crate::assets::Assets;
use crate::l10n::review::{REVIEWS_FILE, today, write_reviews};
use crate::l10n::source::shape_of_text;
use crate::l10n::{COMMON, Locales, MessageStatus, REFERENCE, ReviewItem, ReviewRecord};

pub(super) const AFTER_HELP: &str = "\
Without a subcommand, shows each message of the language that is not reviewed or whose review is \
stale: the Dutch text, the translation, the Dutch text as it was when last reviewed, the variables \
and the variants. Answer a (approve), s or Enter (skip), q (quit). Each approval is written to \
locales/<lang>/reviews.toml at once. Edit the translation itself in the .ftl file, so git shows \
who changed what; then review it here.\n\n\
A record holds the reviewer, the date and SHA-256 hashes of the Dutch message and the translation; \
when either changes, the record is stale and the message counts as not reviewed again.\n\n\
Examples:\n  \
eigentaal review --lang ar --reviewer \"A. Haddad\" --template beschikking\n  \
eigentaal review approve --lang ar --reviewer \"A. Haddad\" --key beschikking-subject\n  \
eigentaal review status --lang ar --format json";

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ReviewArgs {
    #[command(subcommand)]
    pub action: Option<ReviewAction>,
    #[command(flatten)]
    pub target: Option<ReviewTarget>,
    /// The qualified translator reviewing (recorded with every approval).
    #[arg(long, env = "EIGENTAAL_REVIEWER", value_name = "NAME")]
    pub reviewer: Option<String>,
    /// Also show messages that are reviewed and current.
    #[arg(long)]
    pub all: bool,
}

/// Which language, which messages, which project folder.
#[derive(Debug, Clone, Args)]
pub struct ReviewTarget {
    /// The language, as its folder under locales/ (ar, ti, uk, en).
    #[arg(long, short, required = true)]
    pub lang: String,
    /// Only the messages of this template (its .ftl file and common.ftl).
    #[arg(long, short, value_name = "NAME")]
    pub template: Option<String>,
    /// Folder holding templates/ and locales/ (default: --project, else the current folder).
    pub path: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ReviewAction {
    /// Approve messages without asking: for scripts and for importing a translation tool's review.
    Approve(ReviewApproveArgs),
    /// Per message: reviewed, stale, machine-draft or missing (and the Dutch reference).
    Status(ReviewStatusArgs),
}

#[derive(Debug, Args)]
pub struct ReviewApproveArgs {
    #[command(flatten)]
    pub target: ReviewTarget,
    /// The qualified translator who reviewed the messages.
    #[arg(long, env = "EIGENTAAL_REVIEWER", value_name = "NAME")]
    pub reviewer: String,
    /// Message id to approve (repeat for several).
    #[arg(long = "key", short, required = true, value_name = "KEY")]
    pub keys: Vec<String>,
    /// Day of the review as YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReviewStatusArgs {
    #[command(flatten)]
    pub target: ReviewTarget,
    /// text (a table) or json (one object per message).
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

pub(super) fn run(args: ReviewArgs, project: &ProjectArgs) -> Result<(), CliError> {
    match args.action {
        Some(ReviewAction::Approve(a)) => approve(a, project),
        Some(ReviewAction::Status(a)) => status(a, project),
        None => {
            let target = args.target.ok_or_else(|| {
                CliError("name the language to review with --lang (see --help)".into())
            })?;
            let reviewer = args.reviewer.filter(|r| !r.trim().is_empty()).ok_or_else(|| {
                CliError(
                    "name the qualified translator reviewing with --reviewer \"Name\" (or EIGENTAAL_REVIEWER)"
                        .into(),
                )
            })?;
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let mut output = std::io::stdout().lock();
            walk(
                &target,
                project,
                &reviewer,
                args.all,
                &mut input,
                &mut output,
            )
        }
    }
}

/// The project folder, its locales, and the review file of the language.
struct Project {
    root: PathBuf,
    locales: Locales,
    lang: String,
    stems: Option<Vec<String>>,
}

impl Project {
    fn open(target: &ReviewTarget, project: &ProjectArgs) -> Result<Self, CliError> {
        let root = target
            .path
            .clone()
            .or_else(|| project.project.clone())
            .unwrap_or_else(|| PathBuf::from("."));
        let assets = Assets::from_dir(&root).map_err(CliError::new)?;
        let locales = Locales::load(&assets).map_err(|e| {
            CliError(format!(
                "failed to load the translations (fix this first; `eigentaal check` lists everything): {e}"
            ))
        })?;
        let lang = target.lang.clone();
        if locales.get(&lang).is_none() {
            let available: Vec<&str> = locales.languages().collect();
            return Err(CliError(format!(
                "there is no language `{lang}` in {}/locales/; available: {}",
                root.display(),
                available.join(", ")
            )));
        }
        let stems = match &target.template {
            Some(t) if locales.reference().has_file(t) => Some(vec![COMMON.to_string(), t.clone()]),
            Some(t) => {
                return Err(CliError(format!(
                    "there is no template `{t}` with messages in locales/{REFERENCE}/{t}.ftl"
                )));
            }
            None => None,
        };
        Ok(Self {
            root,
            locales,
            lang,
            stems,
        })
    }

    fn items(&self) -> Vec<ReviewItem<'_>> {
        let stems: Option<Vec<&str>> = self
            .stems
            .as_ref()
            .map(|s| s.iter().map(String::as_str).collect());
        self.locales.review_items(&self.lang, stems.as_deref())
    }

    fn reviews_path(&self) -> PathBuf {
        self.root
            .join("locales")
            .join(&self.lang)
            .join(REVIEWS_FILE)
    }

    /// The records as they are on disk now.
    fn records(&self) -> BTreeMap<String, ReviewRecord> {
        self.locales
            .get(&self.lang)
            .map(|l| l.reviews.records.clone())
            .unwrap_or_default()
    }

    /// Writes all records to `reviews.toml` at once (a temporary file renamed).
    fn save(&self, records: &BTreeMap<String, ReviewRecord>) -> Result<(), CliError> {
        write_output(
            &self.reviews_path(),
            write_reviews(&self.lang, records).as_bytes(),
        )
    }

    /// `locales/<lang>/<stem>.ftl:<line>`.
    fn place(&self, lang: &str, source: &crate::l10n::MessageSource) -> String {
        format!("locales/{lang}/{}.ftl:{}", source.stem, source.line)
    }

    fn language_name(&self) -> String {
        self.locales
            .get(&self.lang)
            .map_or_else(|| self.lang.clone(), |l| l.meta.name_nl.clone())
    }
}

fn approve(args: ReviewApproveArgs, project: &ProjectArgs) -> Result<(), CliError> {
    let project = Project::open(&args.target, project)?;
    let date = args.date.unwrap_or_else(today);
    let mut records = project.records();
    // Every key is checked before anything is written.
    let mut approved = Vec::new();
    for key in &args.keys {
        let record = project
            .locales
            .approve(&project.lang, key, &args.reviewer, &date)
            .map_err(CliError::new)?;
        approved.push((key.clone(), record));
    }
    for (key, record) in approved {
        println!(
            "approved {key} in {} by {} on {}",
            project.lang, record.reviewer, record.date
        );
        records.insert(key, record);
    }
    project.save(&records)?;
    eprintln!("written: {}", project.reviews_path().display());
    Ok(())
}

fn status(args: ReviewStatusArgs, project: &ProjectArgs) -> Result<(), CliError> {
    let project = Project::open(&args.target, project)?;
    let items = project.items();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for item in &items {
        *counts.entry(item.review.status.as_str()).or_default() += 1;
    }
    if args.format == "json" {
        let messages: Vec<_> = items
            .iter()
            .map(|item| {
                let review = &item.review;
                let mut m = json!({
                    "key": item.key,
                    "status": review.status,
                    "dutch": project.place(REFERENCE, item.dutch),
                });
                if let Some(t) = item.translation {
                    m["file"] = json!(format!("locales/{}/{}.ftl", project.lang, t.stem));
                    m["line"] = json!(t.line);
                }
                if let Some(r) = review.record {
                    m["reviewer"] = json!(r.reviewer);
                    m["date"] = json!(r.date);
                }
                if review.status == MessageStatus::Stale {
                    m["source_changed"] = json!(review.source_changed);
                    m["translation_changed"] = json!(review.translation_changed);
                }
                m
            })
            .collect();
        let out = json!({
            "lang": project.lang,
            "messages": messages,
            "counts": counts,
        });
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("JSON values serialise")
        );
        return Ok(());
    }
    let width = items.iter().map(|i| i.key.len()).max().unwrap_or(0);
    for item in &items {
        let place = item
            .translation
            .map_or_else(|| "-".to_string(), |t| project.place(&project.lang, t));
        println!(
            "{:<13}  {:<width$}  {place}{}",
            item.review.status.as_str(),
            item.key,
            describe(item)
                .map(|d| format!("  ({d})"))
                .unwrap_or_default(),
        );
    }
    let summary: Vec<String> = counts.iter().map(|(s, n)| format!("{n} {s}")).collect();
    println!(
        "{} ({}): {} message(s): {}",
        project.lang,
        project.language_name(),
        items.len(),
        summary.join(", ")
    );
    Ok(())
}

/// Who reviewed a message and what changed since, in a few words.
fn describe(item: &ReviewItem<'_>) -> Option<String> {
    let review = &item.review;
    let record = review.record?;
    let by = format!("reviewed by {} on {}", record.reviewer, record.date);
    Some(match (review.source_changed, review.translation_changed) {
        _ if review.status == MessageStatus::Missing => {
            format!("{by}; the translation is gone since")
        }
        (true, true) => format!("{by}; the Dutch text and the translation changed since"),
        (true, false) => format!("{by}; the Dutch text changed since"),
        (false, true) => format!("{by}; the translation changed since"),
        (false, false) => by,
    })
}

/// The interactive review: every message to look at, one by one.
fn walk(
    target: &ReviewTarget,
    project: &ProjectArgs,
    reviewer: &str,
    all: bool,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let project = Project::open(target, project)?;
    let io = |e: std::io::Error| CliError(format!("failed to write to the terminal: {e}"));
    if project.lang == REFERENCE {
        return Err(CliError(
            "Dutch is the reference text; review a translation (--lang ar, ti, uk, en)".into(),
        ));
    }
    let items = project.items();
    let missing: Vec<&str> = items
        .iter()
        .filter(|i| i.review.status == MessageStatus::Missing)
        .map(|i| i.key)
        .collect();
    let todo: Vec<&ReviewItem<'_>> = items
        .iter()
        .filter(|i| i.translation.is_some())
        .filter(|i| all || !i.review.status.is_reviewed())
        .collect();
    let name = project.language_name();
    writeln!(
        out,
        "Review of {name} ({}) by {reviewer}: {} message(s) to look at, of {}.",
        project.lang,
        todo.len(),
        items.len()
    )
    .map_err(io)?;
    if !missing.is_empty() {
        writeln!(
            out,
            "Not translated yet (translate these in the .ftl files first): {}",
            missing.join(", ")
        )
        .map_err(io)?;
    }
    writeln!(
        out,
        "For each message: a = approve, s or Enter = skip, q = quit. Approvals are saved at once."
    )
    .map_err(io)?;

    let date = today();
    let mut records = project.records();
    let (mut approved, mut skipped) = (0, 0);
    'messages: for (n, item) in todo.iter().enumerate() {
        show(&project, item, n + 1, todo.len(), out).map_err(io)?;
        loop {
            write!(out, "[a]pprove  [s]kip  [q]uit > ").map_err(io)?;
            out.flush().map_err(io)?;
            let mut line = String::new();
            let read = input
                .read_line(&mut line)
                .map_err(|e| CliError(format!("failed to read the answer: {e}")))?;
            if read == 0 {
                writeln!(out).map_err(io)?;
                break 'messages;
            }
            match line.trim().to_lowercase().as_str() {
                "a" | "approve" | "y" | "yes" => {
                    let record = project
                        .locales
                        .approve(&project.lang, item.key, reviewer, &date)
                        .map_err(CliError::new)?;
                    records.insert(item.key.to_string(), record);
                    project.save(&records)?;
                    approved += 1;
                    writeln!(out, "approved.").map_err(io)?;
                    break;
                }
                "" | "s" | "skip" | "n" | "no" => {
                    skipped += 1;
                    break;
                }
                "q" | "quit" => break 'messages,
                other => {
                    writeln!(out, "`{other}`? Answer a (approve), s (skip) or q (quit).")
                        .map_err(io)?;
                }
            }
        }
    }
    writeln!(
        out,
        "{approved} approved, {skipped} skipped, {} not looked at.{}",
        todo.len() - approved - skipped,
        if approved > 0 {
            format!(
                " Records: {}",
                relative(&project.root, &project.reviews_path())
            )
        } else {
            String::new()
        }
    )
    .map_err(io)?;
    Ok(())
}

/// One message as the reviewer sees it.
fn show(
    project: &Project,
    item: &ReviewItem<'_>,
    n: usize,
    of: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let review = &item.review;
    let state = match review.status {
        MessageStatus::Stale => {
            format!("stale: {}", describe(item).unwrap_or_default())
        }
        MessageStatus::MachineDraft => "not reviewed (machine draft)".to_string(),
        MessageStatus::Reviewed => describe(item).unwrap_or_else(|| {
            "reviewed (the language is reviewed as a whole in locale.toml)".into()
        }),
        other => other.as_str().to_string(),
    };
    writeln!(out)?;
    writeln!(out, "── {n} of {of} · {} · {state}", item.key)?;
    writeln!(out, "Dutch ({}):", project.place(REFERENCE, item.dutch))?;
    indented(out, &item.dutch.text)?;
    if let Some(record) = review.record
        && review.source_changed
    {
        writeln!(out, "Dutch when reviewed on {}:", record.date)?;
        indented(out, &record.source)?;
    }
    if let Some(translation) = item.translation {
        writeln!(
            out,
            "{} ({}):",
            project.language_name(),
            project.place(&project.lang, translation)
        )?;
        indented(out, &translation.text)?;
    }
    let dutch = shape_of_text(&item.dutch.text);
    let theirs = item
        .translation
        .map(|t| shape_of_text(&t.text))
        .unwrap_or_default();
    let vars: Vec<String> = dutch.variables.iter().map(|v| format!("${v}")).collect();
    if !vars.is_empty() {
        let unused: Vec<String> = dutch
            .variables
            .difference(&theirs.variables)
            .map(|v| format!("${v}"))
            .collect();
        let note = if unused.is_empty() || item.translation.is_none() {
            String::new()
        } else {
            format!(" (the translation does not use {})", unused.join(", "))
        };
        writeln!(out, "Variables: {}{note}", vars.join(", "))?;
    }
    let mut selectors: Vec<&str> = dutch
        .selects
        .iter()
        .chain(&theirs.selects)
        .map(|(s, _)| s.as_str())
        .collect();
    selectors.sort_unstable();
    selectors.dedup();
    let keys = |shape: &crate::l10n::source::MessageShape, selector: &str| {
        let keys: std::collections::BTreeSet<&str> = shape
            .selects
            .iter()
            .filter(|(s, _)| s == selector)
            .flat_map(|(_, k)| k.iter().map(String::as_str))
            .collect();
        keys.into_iter().collect::<Vec<_>>().join(", ")
    };
    for selector in selectors {
        writeln!(
            out,
            "Variants by ${selector}: Dutch [{}], {} [{}]",
            keys(&dutch, selector),
            project.language_name(),
            keys(&theirs, selector)
        )?;
    }
    Ok(())
}

fn indented(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    for line in text.trim_end().lines() {
        writeln!(out, "    {line}")?;
    }
    Ok(())
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}
