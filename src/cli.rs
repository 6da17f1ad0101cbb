//! The `eigentaal` command line: clap definitions mapped onto the library.
//! No logic of its own beyond reading inputs and writing outputs safely.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};
use serde_json::Value;

mod review;

use crate::assets::Assets;
use crate::batch::input::DecimalSeparator;
use crate::render::{Engine, ExportOptions, Format, PdfStandard, RenderRequest, ReviewPolicy};
pub use review::{ReviewAction, ReviewApproveArgs, ReviewArgs, ReviewStatusArgs, ReviewTarget};

/// Exit code for a failure caused by the input or a template (bad data,
/// unknown language, compile error, unwritable output).
pub const EXIT_FAILURE: i32 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "eigentaal",
    version,
    about = "Municipal letters a resident can read: case data + typst templates + Fluent translations → PDF",
    long_about = "eigentaal merges a municipality's case data (JSON) into letter templates written in typst, \
with every sentence taken from Fluent translation files, and writes an archival, tagged PDF: \
Dutch, Arabic, Tigrinya, Ukrainian, English, or a bilingual edition beside the binding Dutch text.\n\n\
Templates, translations, branding and fonts are embedded in the binary; use --project to work on a copy on disk.\n\n\
Without a command, eigentaal serves the HTTP API on 127.0.0.1:8080 (see `eigentaal serve --help`).",
    after_help = "Exit codes: 0 success, 1 bad input or template error (the message says which field or line), 2 wrong command-line usage."
)]
pub struct Cli {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Without a command, `serve` runs with its defaults.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// Read templates/, locales/ and branding/ from this folder instead of the copy embedded in the binary.
    #[arg(long, global = true, env = "EIGENTAAL_PROJECT", value_name = "DIR")]
    pub project: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render one letter to PDF (or a PNG/SVG page).
    #[command(after_help = "Examples:\n  \
eigentaal render afspraken --lang ar --with nl --data case.json -o brief.pdf\n  \
eigentaal render uitnodiging --lang ti --example -o uitnodiging-ti.pdf\n  \
cat case.json | eigentaal render beschikking --lang uk --data - -o - > brief.pdf")]
    Render(RenderArgs),
    /// List the templates with the languages each is offered in and their translation status.
    Templates,
    /// Render many letters from NDJSON, CSV or an Excel workbook into a folder (resumable, shardable, in parallel).
    #[command(
        after_help = "Each input line (NDJSON) or row (CSV or .xlsx; the first row names the columns with paths such as \
recipient/name or agreements/0/action) is one case. The case's `lang` and `id` fields choose its language and file \
name and are taken out before validation. Letters are written as <template>-<id>-<languages>.pdf; failed cases go to \
errors.ndjson in the output folder with their line number, JSON pointers and, for a spreadsheet, the cell \
(e.g. Blad1!D7), and the batch goes on.\n\n\
CSV as Excel saves it is read as is: the separator (; , or tab) is found in the header line, the encoding from \
the byte order mark, else UTF-8, else detected (windows-1252 and other Windows code pages); numbers may use a \
decimal comma (1.234,56), dates may be written 23-11-2026, yes/no as ja/nee or WAAR/ONWAAR. In .xlsx, date cells \
are dates and number cells numbers. A `?` where the file's encoding lost a letter (ş, Arabic) is reported, not printed.\n\n\
Exit codes: 0 all letters written, 1 some cases failed (see errors.ndjson) or the run could not start.\n\n\
Examples:\n  \
eigentaal batch --template-sheet afspraken -o afspraken.xlsx      # ready-to-fill spreadsheet\n  \
eigentaal batch afspraken --input afspraken.xlsx --out brieven/\n  \
eigentaal batch beschikking --input cases.ndjson --out brieven/\n  \
eigentaal batch uitnodiging --input ronde.csv --lang nl --with nl --out brieven/ --merge drukwerk.pdf\n  \
eigentaal batch uitnodiging --input export.csv --encoding windows-1254 --delimiter ';' --out brieven/\n  \
eigentaal batch afspraken --input cases.ndjson --out brieven/ --shard 2/4 --resume\n  \
eigentaal batch afspraken --input /data/cases.ndjson --out /data/brieven --shard auto/8 --resume   # in an Indexed Job with 8 completions"
    )]
    Batch(BatchArgs),
    /// Check templates and translations: Fluent syntax, missing and unused keys, variables, plural categories, examples, compilation in every language.
    #[command(
        after_help = "Exit codes: 0 clean, 1 errors (or warnings with --strict), 2 wrong usage.\n\n\
Examples:\n  \
eigentaal check --strict\n  \
eigentaal check ../my-municipality --format json\n  \
eigentaal check --report md > docs/translations.md"
    )]
    Check(CheckArgs),
    /// Review translations per message: walk through the unreviewed and stale messages of a language and approve them, or approve and list them from a script.
    #[command(after_help = review::AFTER_HELP)]
    Review(ReviewArgs),
    /// Serve the HTTP API (the default command).
    #[command(after_help = "Examples:\n  \
eigentaal serve                                   # http://127.0.0.1:8080, no keys, loopback only\n  \
EIGENTAAL_API_KEYS=zaaksysteem=$(openssl rand -hex 32) eigentaal serve --listen 0.0.0.0:8080\n  \
EIGENTAAL_OIDC_CLIENT_SECRET=... eigentaal serve --listen 0.0.0.0:8080 \\\n    \
--oidc-issuer https://login.gemeente.nl/realms/medewerkers --oidc-client-id eigentaal \\\n    \
--public-url https://brieven.gemeente.nl --session-key-file /run/secrets/session-key\n\n\
Endpoints: GET /v1/templates, GET /v1/templates/{name}, POST /v1/templates/{name}/render,\n\
POST /v1/templates/{name}/batch, GET /healthz, /readyz, /metrics, /openapi.json\n\
Staff sign-in (with --oidc-issuer): GET /auth/login, /auth/callback, /auth/me, POST /auth/logout")]
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Template name, e.g. beschikking.
    #[arg(required_unless_present = "template_sheet")]
    pub template: Option<String>,
    /// Cases as NDJSON (one JSON object per line), CSV (as Excel or LibreOffice saves it) or an .xlsx workbook; by file name (.ndjson, .csv, .tsv, .txt, .xlsx), else by content. `-` reads standard input.
    #[arg(
        long,
        short,
        value_name = "FILE",
        required_unless_present = "template_sheet"
    )]
    pub input: Option<PathBuf>,
    /// Folder for the letters and errors.ndjson (created if missing); with --template-sheet, the spreadsheet to write (.xlsx or .csv).
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// Language for cases without a language field.
    #[arg(long, short, default_value = "nl")]
    pub lang: String,
    /// Case field holding the case's language.
    #[arg(long, default_value = "lang", value_name = "FIELD")]
    pub lang_field: String,
    /// Add a second edition in this language to every letter (bilingual, e.g. nl).
    #[arg(long, value_name = "LANG")]
    pub with: Option<String>,
    /// Case field holding the id used in file names (else the line number).
    #[arg(long, default_value = "id", value_name = "FIELD")]
    pub id_field: String,
    /// CSV column separator: ; , tab or another character (default: the one the header line uses most).
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// Encoding of a CSV, e.g. utf-8, windows-1252, windows-1254, iso-8859-15 (default: the byte order mark, else UTF-8 when the file is valid UTF-8, else the first of the Windows code pages 1252, 1254, 1250, 1256, 1251 that reads without garbled words).
    #[arg(long, value_name = "ENCODING", value_parser = parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Decimal separator of numbers typed as text: comma (1.234,56) or point (1,234.56). Default: comma, but point in a comma-separated CSV.
    #[arg(long, value_name = "SEP", value_parser = parse_decimal)]
    pub decimal: Option<DecimalSeparator>,
    /// Sheet of an .xlsx workbook to read (default: the first visible sheet).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Instead of rendering, write this template's ready-to-fill spreadsheet to --out (.xlsx or .csv): the column paths, and the example case as row 2.
    #[arg(long, value_name = "TEMPLATE", conflicts_with_all = ["template", "input", "resume", "shard", "merge"])]
    pub template_sheet: Option<String>,
    /// Letters rendered at once (default: the number of cores).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// Skip letters an earlier run already wrote completely.
    #[arg(long)]
    pub resume: bool,
    /// Render only shard k of n (e.g. 2/4): input lines k, k+n, k+2n, … — for splitting one input over machines. auto/n takes k from JOB_COMPLETION_INDEX (+1), as set in a Kubernetes Indexed Job with n completions. Sharded runs write errors-k-of-n.ndjson, so shards can share one output folder.
    #[arg(long, env = "EIGENTAAL_SHARD", value_name = "K/N", value_parser = parse_shard)]
    pub shard: Option<crate::batch::runner::Shard>,
    /// Also write every letter of this run, in input order, as one print-ready PDF.
    #[arg(long, value_name = "FILE")]
    pub merge: Option<PathBuf>,
    /// Standards every letter's PDF conforms to: a-2a+ua-1, a-2a or a-3a (see `render --help`).
    #[arg(long, value_name = "STANDARD", default_value_t = PdfStandard::default(), value_parser = parse_standard)]
    pub pdf_standard: PdfStandard,
    /// Also write letters with messages no qualified translator reviewed, where the template has require-review (otherwise such cases fail as unreviewed-translation).
    #[arg(long)]
    pub accept_unreviewed: bool,
    /// Also file every letter in its zaak: zgw stores it in the Documenten API and links it to the zaak (see --zgw-config). What was filed is recorded in zgw.ndjson in the output folder; a repeated or resumed run never files a letter twice.
    #[arg(long, value_enum, value_name = "SINK")]
    pub store: Option<crate::zgw::Store>,
    /// Case field holding the URL of the zaak to file the case's letter in (taken out before validation).
    #[arg(long, default_value = "zaak", value_name = "FIELD", requires = "store")]
    pub zaak_field: String,
    /// URL of the zaak for cases without a zaak field.
    #[arg(long, value_name = "URL", requires = "store")]
    pub zaak: Option<String>,
    #[command(flatten)]
    pub zgw: crate::zgw::ZgwArgs,
    /// Refuse letters in another language than Dutch whose free text (notes, situations, places staff type) is given in Dutch only; every such field is reported as invalid case data. Templates can require this with refuse-dutch-only = true.
    #[arg(long)]
    pub refuse_dutch_only: bool,
    #[command(flatten)]
    pub records: crate::records::RecordsArgs,
    /// Seconds the batch may run. At the limit no new case is started: the letters written stay, every case not rendered is listed in errors.ndjson (kind time-limit), no merged PDF is written, and the run exits 1; run it again with --resume to render the rest. Ctrl-C or SIGTERM stops a batch the same way (kind cancelled); a second Ctrl-C ends it at once.
    #[arg(long, env = "EIGENTAAL_BATCH_TIME_LIMIT", default_value = "14400", value_name = "SECS", value_parser = parse_seconds)]
    pub time_limit: std::time::Duration,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    crate::batch::input::parse_delimiter(s)
}

fn parse_encoding(s: &str) -> Result<&'static encoding_rs::Encoding, String> {
    crate::batch::input::encoding_for_label(s)
}

fn parse_decimal(s: &str) -> Result<DecimalSeparator, String> {
    s.parse()
}

fn parse_shard(s: &str) -> Result<crate::batch::runner::Shard, String> {
    s.parse()
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folder holding templates/ and locales/. Without it: the folder of --project (or EIGENTAAL_PROJECT), else the current folder.
    pub path: Option<PathBuf>,
    /// Fail on warnings too (missing translations, stale reviews, unused keys, plural categories).
    #[arg(long)]
    pub strict: bool,
    /// How to print the findings.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    /// Print the translation report instead of the findings: the languages (names, direction, formatting locale, aliases, CLDR plural categories) and per language and template how much is translated and reviewed. text, json (the per-template rows) or md (the whole of docs/translations.md).
    #[arg(long, value_parser = ["text", "json", "md"], value_name = "FORMAT")]
    pub report: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "EIGENTAAL_LISTEN",
        default_value = "127.0.0.1:8080",
        value_name = "ADDR:PORT"
    )]
    pub listen: std::net::SocketAddr,
    /// API keys, comma-separated, each `key` or `name=key` (prefer the environment variable: command lines are visible to other users).
    #[arg(
        long,
        env = "EIGENTAAL_API_KEYS",
        hide_env_values = true,
        value_name = "KEYS"
    )]
    pub api_keys: Option<String>,
    /// File with API keys, one `name=key` per line (`#` starts a comment).
    #[arg(long, env = "EIGENTAAL_API_KEYS_FILE", value_name = "FILE")]
    pub api_keys_file: Option<PathBuf>,
    /// Serve without API keys on a non-loopback address (only behind a gateway that authenticates).
    #[arg(long)]
    pub no_auth: bool,
    /// Renders running at once (default: the number of cores).
    #[arg(long, value_name = "N")]
    pub concurrency: Option<usize>,
    /// Largest request body for one letter, in KiB.
    #[arg(long, default_value_t = 1024, value_name = "KIB")]
    pub max_body_kib: usize,
    /// Largest batch request body, in MiB.
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    pub max_batch_mib: usize,
    /// Seconds a request may wait for a render slot before 503.
    #[arg(long, default_value_t = 5, value_name = "SECS")]
    pub queue_timeout: u64,
    /// Seconds one render may take before the request gets 503.
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    pub render_timeout: u64,
    /// Seconds a client may take to send a request's headers (and a keep-alive connection may sit idle); then the connection is closed.
    #[arg(long, env = "EIGENTAAL_HEADER_TIMEOUT", default_value = "10", value_name = "SECS", value_parser = parse_seconds)]
    pub header_timeout: std::time::Duration,
    /// Seconds a client may take to send a request's body after its headers; then the request gets 408 and the connection is closed.
    #[arg(long, env = "EIGENTAAL_BODY_TIMEOUT", default_value = "60", value_name = "SECS", value_parser = parse_seconds)]
    pub body_timeout: std::time::Duration,
    /// Connections open at once; a connection over this is answered 503 (Retry-After: 1) and closed. Keep it below the open-file limit (ulimit -n).
    #[arg(long, env = "EIGENTAAL_MAX_CONNECTIONS", default_value_t = 512, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,
    /// Seconds one batch request may render. At the limit no new case is started; the ZIP still ends with errors.ndjson, which lists every case not rendered (kind time-limit), and summary.json ("ended": "time-limit").
    #[arg(long, env = "EIGENTAAL_BATCH_TIME_LIMIT", default_value = "300", value_name = "SECS", value_parser = parse_seconds)]
    pub batch_time_limit: std::time::Duration,
    /// Serve the staff web page from this folder instead of the copy embedded in the binary (for developing the page).
    #[arg(long, env = "EIGENTAAL_WEB_DIR", value_name = "DIR")]
    pub web_dir: Option<PathBuf>,
    /// Treat every template as if it had require-review = true: refuse (409) letters with messages in the resident's language that no qualified translator reviewed, unless the request sends acceptUnreviewed=true.
    #[arg(long, env = "EIGENTAAL_REQUIRE_REVIEW")]
    pub require_review: bool,
    #[command(flatten)]
    pub zgw: crate::zgw::ZgwArgs,
    /// Refuse letters in another language than Dutch whose free text (notes, situations, places staff type) is given in Dutch only; every such field is reported as invalid case data. Templates can require this with refuse-dutch-only = true. (HTTP 422 with the pointers.)
    #[arg(long, env = "EIGENTAAL_REFUSE_DUTCH_ONLY")]
    pub refuse_dutch_only: bool,
    #[command(flatten)]
    pub records: crate::records::RecordsArgs,
    #[command(flatten)]
    pub login: LoginArgs,
}

/// Staff sign-in at the municipality's OpenID Provider (docs/login.md).
#[derive(Debug, Args)]
#[command(next_help_heading = "Staff sign-in (OpenID Connect, see docs/login.md)")]
pub struct LoginArgs {
    /// Sign staff in at this OpenID Provider (its issuer URL; discovery reads <URL>/.well-known/openid-configuration at start-up, and a wrong or unreachable issuer stops serve). The staff page then asks for no API key, and the API takes a session as well as a key. Needs --oidc-client-id, the client secret, --public-url and the session key.
    #[arg(long, env = "EIGENTAAL_OIDC_ISSUER", value_name = "URL")]
    pub oidc_issuer: Option<String>,
    /// This service's client id at the provider.
    #[arg(long, env = "EIGENTAAL_OIDC_CLIENT_ID", value_name = "ID")]
    pub oidc_client_id: Option<String>,
    /// File holding the client secret (first line). The environment variable EIGENTAAL_OIDC_CLIENT_SECRET may hold the secret itself instead; it is never taken from the command line.
    #[arg(long, env = "EIGENTAAL_OIDC_CLIENT_SECRET_FILE", value_name = "FILE")]
    pub oidc_client_secret_file: Option<PathBuf>,
    /// Where staff reach this service, e.g. https://brieven.gemeente.nl; the provider sends them back to <URL>/auth/callback (register that as the redirect URI). https:// only, except http://localhost or 127.0.0.1 for tests (the cookie is then not marked Secure).
    #[arg(long, env = "EIGENTAAL_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// Scopes asked for besides openid, comma-separated.
    #[arg(
        long,
        env = "EIGENTAAL_OIDC_SCOPES",
        value_delimiter = ',',
        default_value = "profile,email",
        value_name = "SCOPES"
    )]
    pub oidc_scopes: Vec<String>,
    /// The ID-token claim with the staff member's groups or roles; a dotted path reaches into objects (Keycloak: realm_access.roles; Entra ID: groups or roles).
    #[arg(
        long,
        env = "EIGENTAAL_OIDC_GROUPS_CLAIM",
        default_value = "groups",
        value_name = "CLAIM"
    )]
    pub oidc_groups_claim: String,
    /// Only staff with one of these groups or roles (comma-separated) in the groups claim may sign in; without it, everyone the provider signs in for this client may.
    #[arg(
        long,
        env = "EIGENTAAL_OIDC_ALLOWED_GROUPS",
        value_delimiter = ',',
        value_name = "GROUPS"
    )]
    pub oidc_allowed_groups: Vec<String>,
    /// File holding the secret the session cookie is encrypted with (at least 32 characters, e.g. `openssl rand -hex 32`; the same on every replica). EIGENTAAL_SESSION_KEY may hold it instead.
    #[arg(long, env = "EIGENTAAL_SESSION_KEY_FILE", value_name = "FILE")]
    pub session_key_file: Option<PathBuf>,
    /// How long a sign-in lasts, in hours.
    #[arg(
        long,
        env = "EIGENTAAL_SESSION_HOURS",
        default_value_t = 8,
        value_name = "HOURS"
    )]
    pub session_hours: u64,
}

impl LoginArgs {
    /// The login configuration, or `None` without --oidc-issuer. Secrets
    /// come from files or the environment, never from the command line.
    pub fn load(&self) -> Result<Option<crate::server::LoginConfig>, String> {
        let Some(issuer) = &self.oidc_issuer else {
            return Ok(None);
        };
        let secret = |file: &Option<PathBuf>, var: &str, what: &str, flag: &str| {
            let text = match file {
                Some(path) => std::fs::read_to_string(path)
                    .map_err(|e| format!("failed to read {what} from {}: {e}", path.display()))?,
                None => std::env::var(var).map_err(|_| {
                    format!("--oidc-issuer needs {what}: give {flag} FILE or set {var}")
                })?,
            };
            Ok::<_, String>(text.lines().next().unwrap_or("").trim().to_string())
        };
        let client_secret = secret(
            &self.oidc_client_secret_file,
            "EIGENTAAL_OIDC_CLIENT_SECRET",
            "the client secret",
            "--oidc-client-secret-file",
        )?;
        let session_secret = secret(
            &self.session_key_file,
            "EIGENTAAL_SESSION_KEY",
            "the session key",
            "--session-key-file",
        )?;
        let client_id = self.oidc_client_id.clone().ok_or(
            "--oidc-issuer needs --oidc-client-id (EIGENTAAL_OIDC_CLIENT_ID): this service's client id at the provider",
        )?;
        let public_url = self.public_url.clone().ok_or(
            "--oidc-issuer needs --public-url (EIGENTAAL_PUBLIC_URL): where staff reach this service, e.g. https://brieven.gemeente.nl",
        )?;
        let scopes = self
            .oidc_scopes
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty() && s != "openid")
            .collect();
        let allowed_groups = self
            .oidc_allowed_groups
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        Ok(Some(crate::server::LoginConfig {
            issuer: issuer.clone(),
            client_id,
            client_secret,
            public_url,
            scopes,
            groups_claim: self.oidc_groups_claim.clone(),
            allowed_groups,
            session_secret: session_secret.into_bytes(),
            session_lifetime: std::time::Duration::from_secs(
                self.session_hours.saturating_mul(3600),
            ),
            timeout: std::time::Duration::from_secs(10),
        }))
    }
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Template name, e.g. afspraken, uitnodiging, plan-van-aanpak, beschikking.
    pub template: String,
    /// The resident's language as a BCP 47 tag (ar, ar-SY, fa, prs, ps, ti, uk, en, nl): negotiated against the template's languages; a region the language has no folder for reaches the dates and numbers (ar-SY: Levantine month names), an alias reaches its language (prs → fa-AF).
    #[arg(long, short, default_value = "nl")]
    pub lang: String,
    /// Add a second edition in this language after the first, with a notice that the Dutch text is binding (bilingual letter).
    #[arg(long, value_name = "LANG")]
    pub with: Option<String>,
    /// Case data as JSON; `-` reads standard input.
    #[arg(
        long,
        short,
        value_name = "FILE",
        required_unless_present = "example",
        conflicts_with = "example"
    )]
    pub data: Option<PathBuf>,
    /// Use the template's example case data instead of --data.
    #[arg(long)]
    pub example: bool,
    /// Output file; `-` writes standard output. Default: <template>-<reference>-<lang>.<format> in the current folder.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format: pdf (archival and accessible, see --pdf-standard), png or svg (one page).
    #[arg(long, short, default_value = "pdf", value_parser = parse_format)]
    pub format: Format,
    /// Standards the PDF conforms to: a-2a+ua-1 (archival PDF/A-2a and accessible PDF/UA-1), a-2a, or a-3a. Always tagged, fonts embedded.
    #[arg(long, value_name = "STANDARD", default_value_t = PdfStandard::default(), value_parser = parse_standard)]
    pub pdf_standard: PdfStandard,
    /// Page to write for png and svg (1-based).
    #[arg(long, default_value_t = 1)]
    pub page: usize,
    /// Resolution of png output in dots per inch.
    #[arg(long, default_value_t = 144.0)]
    pub dpi: f32,
    /// Write the letter even though messages in the resident's language are not reviewed by a qualified translator, where the template has require-review (decisions).
    #[arg(long)]
    pub accept_unreviewed: bool,
    /// Also file the letter in a zaak: zgw stores the PDF in the Documenten API and links it to --zaak (see --zgw-config). Filing the same letter in the same zaak again finds the first document instead of storing it twice.
    #[arg(long, value_enum, value_name = "SINK", requires = "zaak")]
    pub store: Option<crate::zgw::Store>,
    /// URL of the zaak to file the letter in (with --store zgw).
    #[arg(long, value_name = "URL", requires = "store")]
    pub zaak: Option<String>,
    #[command(flatten)]
    pub zgw: crate::zgw::ZgwArgs,
    /// Refuse letters in another language than Dutch whose free text (notes, situations, places staff type) is given in Dutch only; every such field is reported as invalid case data. Templates can require this with refuse-dutch-only = true.
    #[arg(long)]
    pub refuse_dutch_only: bool,
    #[command(flatten)]
    pub records: crate::records::RecordsArgs,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

/// Seconds, whole or fractional (`0.5`), more than zero.
fn parse_seconds(s: &str) -> Result<std::time::Duration, String> {
    match s.parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs.is_finite() && secs < 1e9 => {
            Ok(std::time::Duration::from_secs_f64(secs))
        }
        _ => Err(format!("`{s}` is not a number of seconds above zero")),
    }
}

fn parse_standard(s: &str) -> Result<PdfStandard, String> {
    s.parse()
}

/// A failure to report to the user; `Display` is the whole message.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct CliError(pub String);

impl CliError {
    fn new(e: impl std::fmt::Display) -> Self {
        Self(e.to_string())
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), CliError> {
    let command = cli
        .command
        .unwrap_or_else(|| Command::Serve(ServeArgs::parse_from_env_defaults()));
    match command {
        // The linter reads a tree that may be broken; it builds no engine first.
        Command::Check(args) => check(args, cli.project.project.as_deref()),
        Command::Review(args) => review::run(args, &cli.project),
        Command::Render(args) => render(&load_engine(&cli.project)?, args),
        Command::Batch(args) => batch(&load_engine(&cli.project)?, args),
        Command::Templates => {
            print!("{}", templates_listing(&load_engine(&cli.project)?));
            Ok(())
        }
        Command::Serve(args) => serve(load_engine(&cli.project)?, args),
    }
}

fn batch(engine: &Engine, args: BatchArgs) -> Result<(), CliError> {
    use crate::batch::BatchOptions;
    use crate::batch::input::InputOptions;
    use crate::batch::runner::{RunOptions, run};
    use crate::batch::stop::Ending;
    if let Some(name) = &args.template_sheet {
        return template_sheet(engine, name, &args);
    }
    let (Some(template), Some(input)) = (args.template, args.input) else {
        unreachable!("clap requires a template and --input unless --template-sheet")
    };
    let options = RunOptions {
        template,
        input,
        reading: InputOptions {
            delimiter: args.delimiter,
            encoding: args.encoding,
            decimal: args.decimal,
            sheet: args.sheet,
        },
        out: args.out,
        batch: BatchOptions {
            lang: Some(args.lang),
            with: args.with,
            lang_field: args.lang_field,
            id_field: args.id_field,
            standard: args.pdf_standard,
            review: ReviewPolicy {
                require_all: false,
                accept_unreviewed: args.accept_unreviewed,
                refuse_dutch_only: args.refuse_dutch_only,
            },
            zaak_field: args.store.map(|_| args.zaak_field.clone()),
            zaak: args.zaak.clone(),
            records: args.records.open().map_err(CliError::new)?.map(|recorder| {
                let actor = args.records.cli_actor();
                let span = crate::records::Span::start(
                    crate::records::cli_traceparent().as_deref(),
                    &actor,
                );
                crate::batch::BatchRecords::start(std::sync::Arc::new(recorder), span, &actor)
            }),
            stop: crate::batch::stop::Stop::after(Some(args.time_limit)),
        },
        jobs: args
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())),
        resume: args.resume,
        shard: args.shard,
        merge: args.merge,
        zgw: match args.store {
            Some(crate::zgw::Store::Zgw) => Some(std::sync::Arc::new(zgw_sink(engine, &args.zgw)?)),
            None => None,
        },
    };
    if let (Some(sink), Some(zaak)) = (&options.zgw, &options.batch.zaak) {
        sink.check_zaak(zaak).map_err(CliError::new)?;
    }
    if engine
        .templates()
        .get(&options.template)
        .is_ok_and(|t| t.manifest.decision)
    {
        eprintln!(
            "note: `{}` is a decision: a letter in another language also carries the binding Dutch text",
            options.template
        );
    }
    let errors_path = options.errors_path();
    let mut progress = progress::for_stderr();
    cancel_on_signal(options.batch.stop.clone());
    let summary = run(engine, &options, progress.as_mut()).map_err(CliError)?;
    eprintln!("batch: {summary}");
    if summary.ended != Ending::Completed {
        let why = match summary.ended {
            Ending::TimeLimit => format!(
                "the batch reached its time limit ({} s, --time-limit)",
                args.time_limit.as_secs_f64()
            ),
            _ => "the batch was cancelled".to_string(),
        };
        return Err(CliError(format!(
            "{why}: {} case(s) not rendered and {} failed, listed in {}{}; run it again with --resume to render the rest",
            summary.not_rendered,
            summary.failed,
            errors_path.display(),
            if options.merge.is_some() {
                "; no merged PDF was written"
            } else {
                ""
            }
        )));
    }
    if summary.failed > 0 {
        return Err(CliError(format!(
            "{} case(s) failed; see {} (line number, id and JSON pointers per case)",
            summary.failed,
            errors_path.display()
        )));
    }
    Ok(())
}

/// Ctrl-C or SIGTERM stops the batch before its next case (the letters
/// being rendered are finished and the report written); a second one ends
/// the process at once (exit 130).
#[cfg(unix)]
fn cancel_on_signal(stop: crate::batch::stop::Stop) {
    use tokio::signal::unix::{SignalKind, signal};
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
    else {
        return;
    };
    // Installed here, before the batch starts, so no signal falls between.
    let signals = {
        let _entered = runtime.enter();
        signal(SignalKind::interrupt())
            .and_then(|interrupt| Ok((interrupt, signal(SignalKind::terminate())?)))
    };
    let Ok((mut interrupt, mut terminate)) = signals else {
        return;
    };
    std::thread::spawn(move || {
        runtime.block_on(async move {
            for round in 0..2 {
                tokio::select! {
                    _ = interrupt.recv() => {}
                    _ = terminate.recv() => {}
                }
                if round == 0 {
                    eprintln!(
                        "batch: stopping after the letters being rendered (again to stop at once)"
                    );
                    stop.cancel();
                } else {
                    std::process::exit(130);
                }
            }
        });
    });
}

#[cfg(not(unix))]
fn cancel_on_signal(_stop: crate::batch::stop::Stop) {}

/// `batch --template-sheet`: the template's ready-to-fill spreadsheet.
fn template_sheet(engine: &Engine, name: &str, args: &BatchArgs) -> Result<(), CliError> {
    use crate::batch::input::MetaFields;
    use crate::batch::sheet::{self, SheetFormat};
    let template = engine.templates().get(name).map_err(CliError::new)?;
    let format = args
        .out
        .to_str()
        .and_then(SheetFormat::from_file_name)
        .ok_or_else(|| {
            CliError(format!(
                "cannot tell the spreadsheet format from {}; name the file .xlsx or .csv",
                args.out.display()
            ))
        })?;
    let meta = MetaFields {
        id: &args.id_field,
        lang: &args.lang_field,
        zaak: None,
    };
    let columns = sheet::columns(template, meta, &engine.languages_of(template));
    let bytes = sheet::write(&template.name, &columns, format).map_err(CliError)?;
    write_output(&args.out, &bytes)?;
    eprintln!(
        "wrote {}: {} columns, and the example as row 2 (overwrite or delete it); fill one row \
per letter, then run `eigentaal batch {} --input {} --out brieven/`",
        args.out.display(),
        columns.len(),
        template.name,
        args.out.display()
    );
    Ok(())
}

/// Progress on standard error: a bar with rate and ETA on a terminal,
/// a plain line every few seconds otherwise (logs, CI, Kubernetes Jobs).
mod progress {
    use std::io::IsTerminal;
    use std::time::{Duration, Instant};

    use indicatif::{ProgressBar, ProgressStyle};

    use crate::batch::runner::Progress;

    pub fn for_stderr() -> Box<dyn Progress> {
        if std::io::stderr().is_terminal() {
            Box::new(Bar(ProgressBar::new_spinner()))
        } else {
            Box::new(Lines {
                started: Instant::now(),
                last: Instant::now(),
                total: None,
            })
        }
    }

    struct Bar(ProgressBar);

    impl Progress for Bar {
        fn set_total(&mut self, total: Option<u64>) {
            if let Some(total) = total {
                self.0.set_length(total);
                self.0.set_style(
                    ProgressStyle::with_template(
                        "{bar:40} {pos}/{len} letters  {per_sec}  ETA {eta}  {msg}",
                    )
                    .expect("valid template"),
                );
            } else {
                self.0.set_style(
                    ProgressStyle::with_template("{spinner} {pos} letters  {per_sec}  {msg}")
                        .expect("valid template"),
                );
            }
        }
        fn update(&mut self, done: usize, failed: usize) {
            self.0.set_position(done as u64);
            if failed > 0 {
                self.0.set_message(format!("{failed} failed"));
            }
        }
        fn finish(&mut self) {
            self.0.finish();
        }
    }

    struct Lines {
        started: Instant,
        last: Instant,
        total: Option<u64>,
    }

    impl Progress for Lines {
        fn set_total(&mut self, total: Option<u64>) {
            self.total = total;
        }
        fn update(&mut self, done: usize, failed: usize) {
            if self.last.elapsed() < Duration::from_secs(5) {
                return;
            }
            self.last = Instant::now();
            let rate = done as f64 / self.started.elapsed().as_secs_f64().max(0.001);
            let of = self.total.map(|t| format!("/{t}")).unwrap_or_default();
            eprintln!("batch: {done}{of} done, {failed} failed, {rate:.1} letters/s");
        }
        fn finish(&mut self) {}
    }
}

fn check(args: CheckArgs, project: Option<&Path>) -> Result<(), CliError> {
    use crate::check;
    // The folder given to `check` wins; `--project` names the same tree
    // the other commands read.
    let folder = args
        .path
        .as_deref()
        .or(project)
        .unwrap_or_else(|| Path::new("."));
    let report = check::check(folder).map_err(CliError::new)?;
    let json = |value: &serde_json::Value| {
        println!(
            "{}",
            serde_json::to_string_pretty(value).expect("JSON values serialise")
        );
    };
    match (args.report.as_deref(), args.format.as_str()) {
        (Some("md"), _) => print!("{}", check::report_markdown(&report)),
        (Some("json"), _) => json(&check::completeness_json(&report.completeness)),
        (Some(_), _) => print!(
            "{}\n{}",
            check::languages_text(&report.languages),
            check::completeness_text(&report.completeness)
        ),
        (None, "json") => json(&check::report_json(&report)),
        (None, _) => {
            for finding in &report.findings {
                println!("{finding}");
            }
            println!(
                "{} error(s), {} warning(s){}",
                report.errors(),
                report.warnings(),
                if args.strict {
                    " (strict: warnings fail)"
                } else {
                    ""
                }
            );
        }
    }
    if report.passes(args.strict) {
        Ok(())
    } else {
        Err(CliError(format!(
            "check failed: {} error(s), {} warning(s)",
            report.errors(),
            report.warnings()
        )))
    }
}

impl ServeArgs {
    /// `serve` with no flags: defaults and environment variables only.
    fn parse_from_env_defaults() -> Self {
        #[derive(Parser)]
        struct Only {
            #[command(flatten)]
            args: ServeArgs,
        }
        Only::parse_from(["eigentaal"]).args
    }
}

fn serve(engine: Engine, args: ServeArgs) -> Result<(), CliError> {
    use crate::server::{ServeConfig, parse_keys, read_keys_file};
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let mut config = ServeConfig::new(args.listen);
    if let Some(keys) = &args.api_keys {
        config
            .keys
            .extend(parse_keys(keys.split(',')).map_err(CliError)?);
    }
    if let Some(file) = &args.api_keys_file {
        config.keys.extend(read_keys_file(file).map_err(CliError)?);
    }
    config.no_auth = args.no_auth;
    if let Some(n) = args.concurrency {
        config.concurrency = n.max(1);
    }
    config.max_body_bytes = args.max_body_kib * 1024;
    config.max_batch_bytes = args.max_batch_mib * 1024 * 1024;
    config.queue_timeout = std::time::Duration::from_secs(args.queue_timeout);
    config.render_timeout = std::time::Duration::from_secs(args.render_timeout);
    config.limits = crate::server::ConnectionLimits {
        header_read_timeout: args.header_timeout,
        body_read_timeout: args.body_timeout,
        max_connections: args.max_connections as usize,
    };
    config.batch_time_limit = args.batch_time_limit;
    config.web_dir = args.web_dir;
    config.require_review = args.require_review;
    if let Some(zgw) = args.zgw.load().map_err(CliError::new)? {
        let fallback = crate::zgw::ZgwUser::new("eigentaal", "eigentaal");
        config.zgw = Some(std::sync::Arc::new(
            crate::zgw::ZgwSink::new(zgw, &engine, fallback).map_err(CliError)?,
        ));
    }
    config.refuse_dutch_only = args.refuse_dutch_only;
    config.records = args
        .records
        .open()
        .map_err(CliError::new)?
        .map(std::sync::Arc::new);
    if let Some(login) = args.login.load().map_err(CliError)? {
        // Discovery now: a wrong or unreachable issuer stops serve here.
        config.login = Some(std::sync::Arc::new(
            crate::server::Login::discover(login).map_err(CliError)?,
        ));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError(format!("failed to start the async runtime: {e}")))?;
    runtime
        .block_on(crate::server::serve(engine, config))
        .map_err(CliError::new)
}

/// Builds the engine from `--project` or the embedded files.
pub fn load_engine(project: &ProjectArgs) -> Result<Engine, CliError> {
    let assets = match &project.project {
        Some(dir) => Assets::from_dir(dir).map_err(CliError::new)?,
        None => Assets::embedded(),
    };
    Engine::new(assets)
        .map_err(|e| CliError(format!("failed to load templates and translations: {e}")))
}

/// The ZGW connection of `--store zgw`: the configuration is required.
fn zgw_sink(engine: &Engine, args: &crate::zgw::ZgwArgs) -> Result<crate::zgw::ZgwSink, CliError> {
    let config = args.load().map_err(CliError::new)?.ok_or_else(|| {
        CliError(
            "--store zgw needs the ZGW connection: give --zgw-config FILE or set EIGENTAAL_ZGW_CONFIG (see docs/zgw.md)"
                .into(),
        )
    })?;
    crate::zgw::ZgwSink::new(config, engine, crate::zgw::sink::login_user()).map_err(CliError)
}

fn render(engine: &Engine, args: RenderArgs) -> Result<(), CliError> {
    // Checked before rendering: a letter that cannot be filed is not made.
    let zgw = match (&args.store, &args.zaak) {
        (Some(crate::zgw::Store::Zgw), Some(zaak)) => {
            if args.format != Format::Pdf {
                return Err(CliError(
                    "--store zgw files the PDF; leave out --format".into(),
                ));
            }
            let sink = zgw_sink(engine, &args.zgw)?;
            sink.check_zaak(zaak).map_err(CliError::new)?;
            Some((sink, zaak.clone()))
        }
        _ => None,
    };
    let data = match (&args.data, args.example) {
        (_, true) => engine
            .templates()
            .get(&args.template)
            .map_err(CliError::new)?
            .example
            .clone(),
        (Some(path), false) => read_case(path)?,
        (None, false) => unreachable!("clap requires --data unless --example"),
    };
    // The processing record is written before the letter: a letter whose
    // record cannot be written is not written either.
    let recorder = args.records.open().map_err(CliError::new)?;
    let action = recorder.as_ref().and_then(|r| {
        let template = engine.templates().get(&args.template).ok()?;
        let actor = args.records.cli_actor();
        let span =
            crate::records::Span::start(crate::records::cli_traceparent().as_deref(), &actor);
        let name = crate::records::Recorder::render_action(args.format);
        Some(r.action(name, span, &actor, template, &data))
    });
    let made = make_letter(engine, &args, &data);
    if let (Some(recorder), Some(action)) = (&recorder, action) {
        let tags = made.as_ref().map(|(letter, _)| letter.tags.clone());
        recorder
            .record_render(action, tags.map_err(crate::records::Outcome::of_error))
            .map_err(|e| CliError(format!("{e}; the letter is not written without its record")))?;
    }
    let (letter, bytes) = made.map_err(CliError::new)?;
    let facts = zgw
        .as_ref()
        .map(|_| crate::zgw::LetterFacts::of(engine, &letter));
    let reference = data
        .get("reference")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let output = args.output.unwrap_or_else(|| {
        PathBuf::from(crate::batch::file_name(
            &args.template,
            reference,
            &letter.tags,
            args.format,
        ))
    });
    write_output(&output, &bytes)?;
    if let (Some((sink, zaak)), Some(facts)) = (zgw, facts) {
        let file_name = match output.file_name().and_then(|n| n.to_str()) {
            Some(name) if output != Path::new("-") => name.to_string(),
            _ => crate::batch::file_name(
                &args.template,
                reference,
                &facts
                    .languages
                    .iter()
                    .map(|l| l.tag.clone())
                    .collect::<Vec<_>>(),
                Format::Pdf,
            ),
        };
        let filed = sink
            .file(
                &facts,
                &bytes,
                &file_name,
                &zaak,
                crate::zgw::Identity::Content,
                None,
                None,
                &mut |_| {},
            )
            .map_err(|e| CliError(format!("{e} (the letter itself is written)")))?;
        eprintln!(
            "{} {} in zaak {} (taal {}); link {}",
            if filed.existing {
                "already filed as"
            } else {
                "filed as"
            },
            filed.document,
            filed.zaak,
            filed.taal,
            filed.zaakinformatieobject
        );
    }
    Ok(())
}

/// Renders, checks and exports the letter of `render`, printing its notes.
fn make_letter(
    engine: &Engine,
    args: &RenderArgs,
    data: &Value,
) -> Result<(crate::render::Letter, Vec<u8>), crate::render::RenderError> {
    let letter = engine.render(&RenderRequest {
        template: &args.template,
        lang: &args.lang,
        with: args.with.as_deref(),
        data,
    })?;
    for warning in &letter.warnings {
        eprintln!("{warning}");
    }
    if letter.dutch_added {
        eprintln!("note: {}", crate::render::DUTCH_ADDED_NOTICE);
    }
    if !letter.fallbacks.is_empty() {
        eprintln!(
            "warning: {} message(s) are not translated and appear in Dutch: {}",
            letter.fallbacks.len(),
            letter.fallbacks.join(", ")
        );
    }
    letter.check_review(ReviewPolicy {
        require_all: false,
        accept_unreviewed: args.accept_unreviewed,
        refuse_dutch_only: args.refuse_dutch_only,
    })?;
    if let Some(note) = crate::render::free_text_note(&letter) {
        eprintln!("note: {note}");
    }
    let review = letter.review();
    if !review.all_reviewed() {
        eprintln!(
            "note: {} of the {} message(s) this letter uses in `{}` are not reviewed by a qualified translator ({} machine draft, {} stale, {} missing); see `eigentaal review status --lang {}`",
            review.unreviewed(),
            review.messages,
            review.lang,
            review.machine_draft,
            review.stale,
            review.missing,
            review.lang
        );
    }
    let bytes = letter.export(
        args.format,
        &ExportOptions {
            page: args.page,
            dpi: args.dpi,
            standard: args.pdf_standard,
        },
    )?;
    Ok((letter, bytes))
}

/// Reads and parses case data from a file or `-` (stdin).
pub fn read_case(path: &Path) -> Result<Value, CliError> {
    let (text, shown) = if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| CliError(format!("failed to read case data from standard input: {e}")))?;
        (text, "standard input".to_string())
    } else {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| CliError(format!("failed to read case data from {shown}: {e}")))?;
        (text, shown)
    };
    serde_json::from_str(&text).map_err(|e| {
        CliError(format!(
            "case data in {shown} is not valid JSON: {e} (fix the JSON at that line and column)"
        ))
    })
}

/// Writes all bytes or nothing: a temporary file beside the target is
/// renamed into place, so a failure never leaves half a PDF behind.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    if path == Path::new("-") {
        let mut out = std::io::stdout().lock();
        return out
            .write_all(bytes)
            .and_then(|()| out.flush())
            .map_err(|e| CliError(format!("failed to write to standard output: {e}")));
    }
    // `-o /dev/stdout`, a FIFO or a device (also behind a symlink) is written
    // into: replacing it with a renamed file would delete it.
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.is_dir() {
            return Err(CliError(format!(
                "{} is a folder; give a file name",
                path.display()
            )));
        }
        if !meta.is_file() {
            return std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .and_then(|mut f| f.write_all(bytes).and_then(|()| f.flush()))
                .map_err(|e| CliError(format!("failed to write to {}: {e}", path.display())));
        }
    }
    crate::batch::runner::write_atomically(path, bytes).map_err(CliError)
}

/// The text printed by `eigentaal templates`.
pub fn templates_listing(engine: &Engine) -> String {
    let mut out = String::new();
    for template in engine.templates().iter() {
        out.push_str(&format!(
            "{} — {}\n",
            template.name, template.manifest.title
        ));
        out.push_str(&format!("  {}\n", template.manifest.description));
        for lang in engine.languages_of(template) {
            let Some(locale) = engine.locales().get(lang) else {
                continue;
            };
            let missing = engine
                .locales()
                .missing_keys(lang, &[crate::l10n::COMMON, &template.name])
                .len();
            let completeness = if missing == 0 {
                "complete".to_string()
            } else {
                format!("{missing} message(s) missing, shown in Dutch")
            };
            out.push_str(&format!(
                "  {lang:<4} {} — {} ({}; {})\n",
                locale.meta.name_nl,
                locale.meta.name,
                locale.meta.translation.status.label_nl(),
                completeness
            ));
        }
    }
    out
}
