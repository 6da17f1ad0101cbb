//! The ZGW connection, from a TOML file (`--zgw-config`,
//! `EIGENTAAL_ZGW_CONFIG`) and the secret from a file or the environment
//! (`EIGENTAAL_ZGW_SECRET`), never from the command line. docs/zgw.md shows
//! a file for Open Zaak.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

/// The environment variable holding the client secret (instead of
/// `secret-file`).
pub const SECRET_ENV: &str = "EIGENTAAL_ZGW_SECRET";

/// The command-line options of the ZGW connection, shared by `render`,
/// `batch` and `serve`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ZgwArgs {
    /// ZGW connection (TOML): Documenten and Zaken API base URLs, client id, secret file, RSIN, informatieobjecttype per template. See docs/zgw.md. The secret may also come from EIGENTAAL_ZGW_SECRET.
    #[arg(long, env = "EIGENTAAL_ZGW_CONFIG", value_name = "FILE")]
    pub zgw_config: Option<PathBuf>,
}

impl ZgwArgs {
    /// The configuration, if a file was given.
    pub fn load(&self) -> Result<Option<ZgwConfig>, ConfigError> {
        self.zgw_config
            .as_deref()
            .map(|path| ZgwConfig::from_file(path, std::env::var(SECRET_ENV).ok()))
            .transpose()
    }
}

/// Where a letter goes besides its file or response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Store {
    /// File it in a zaak: Documenten API + Zaken API (ZGW).
    Zgw,
}

/// A configuration that cannot be used; the message names the file and key.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct ConfigError {
    pub file: String,
    pub message: String,
}

/// The values of the confidentiality level (`vertrouwelijkheidaanduiding`)
/// in the Documenten API.
pub const CONFIDENTIALITY: [&str; 8] = [
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
];

/// What a template's letters are filed as.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TemplateSettings {
    /// URL of the informatieobjecttype in the Catalogi API.
    pub informatieobjecttype: Option<String>,
    /// Confidentiality level; without it the registration takes the
    /// informatieobjecttype's own.
    pub vertrouwelijkheidaanduiding: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct File {
    documenten_api: String,
    zaken_api: String,
    client_id: String,
    secret_file: Option<PathBuf>,
    rsin: String,
    auteur: Option<String>,
    user_id: Option<String>,
    user_representation: Option<String>,
    timeout_seconds: Option<u64>,
    retries: Option<u32>,
    ca_file: Option<PathBuf>,
    informatieobjecttype: Option<String>,
    vertrouwelijkheidaanduiding: Option<String>,
    #[serde(default)]
    templates: BTreeMap<String, TemplateSettings>,
}

/// A client secret; never printed.
#[derive(Clone)]
pub struct Secret(pub(crate) Vec<u8>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// The ZGW connection.
#[derive(Debug, Clone)]
pub struct ZgwConfig {
    /// Base URL of the Documenten API, e.g. `https://zaken.example.nl/documenten/api/v1`.
    pub documenten_api: String,
    /// Base URL of the Zaken API, e.g. `https://zaken.example.nl/zaken/api/v1`.
    pub zaken_api: String,
    pub client_id: String,
    pub(crate) secret: Secret,
    /// RSIN of the municipality: the documents' `bronorganisatie`.
    pub rsin: String,
    /// `auteur` of the documents (default: the municipality in the branding).
    pub auteur: Option<String>,
    /// The user calls are made for where no API client or staff member is
    /// known (the command line): default the login name.
    pub user: Option<super::ZgwUser>,
    /// How long one call may take.
    pub timeout: Duration,
    /// How often a call that failed for a passing reason (timeout, 5xx,
    /// 429, connection) is tried again.
    pub retries: u32,
    /// PEM file with the certificate authorities to trust instead of the
    /// bundled Mozilla roots (e.g. PKIoverheid Private Root).
    pub ca_file: Option<PathBuf>,
    /// For templates without their own setting.
    pub defaults: TemplateSettings,
    pub templates: BTreeMap<String, TemplateSettings>,
    /// Where it was read from, for messages.
    pub source: String,
}

impl ZgwConfig {
    /// Reads `path`; `secret` (from the environment) is used when the file
    /// names no `secret-file`.
    pub fn from_file(path: &Path, secret: Option<String>) -> Result<Self, ConfigError> {
        let shown = path.display().to_string();
        let error = |message: String| ConfigError {
            file: shown.clone(),
            message,
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| error(format!("failed to read the ZGW configuration: {e}")))?;
        let file: File = toml::from_str(&text).map_err(|e| error(e.to_string()))?;
        let base = path.parent().unwrap_or(Path::new("."));
        let secret = match (&file.secret_file, secret) {
            (Some(secret_file), _) => {
                let secret_path = base.join(secret_file);
                std::fs::read_to_string(&secret_path)
                    .map_err(|e| {
                        error(format!(
                            "failed to read secret-file {}: {e}",
                            secret_path.display()
                        ))
                    })?
                    .trim()
                    .to_string()
            }
            (None, Some(secret)) => secret.trim().to_string(),
            (None, None) => {
                return Err(error(format!(
                    "no client secret: set secret-file in this file or {SECRET_ENV} in the environment"
                )));
            }
        };
        if secret.is_empty() {
            return Err(error("the client secret is empty".into()));
        }
        let user = match (&file.user_id, &file.user_representation) {
            (Some(id), representation) => Some(super::ZgwUser::new(
                id.clone(),
                representation.clone().unwrap_or_else(|| id.clone()),
            )),
            (None, Some(_)) => {
                return Err(error("user-representation needs user-id next to it".into()));
            }
            (None, None) => None,
        };
        let config = Self {
            documenten_api: base_url(&file.documenten_api, "documenten-api").map_err(error)?,
            zaken_api: base_url(&file.zaken_api, "zaken-api").map_err(error)?,
            client_id: file.client_id,
            secret: Secret(secret.into_bytes()),
            rsin: file.rsin,
            auteur: file.auteur,
            user,
            timeout: Duration::from_secs(file.timeout_seconds.unwrap_or(30).max(1)),
            retries: file.retries.unwrap_or(2),
            ca_file: file.ca_file.map(|f| base.join(f)),
            defaults: TemplateSettings {
                informatieobjecttype: file.informatieobjecttype,
                vertrouwelijkheidaanduiding: file.vertrouwelijkheidaanduiding,
            },
            templates: file.templates,
            source: shown.clone(),
        };
        config.check().map_err(error)?;
        Ok(config)
    }

    fn check(&self) -> Result<(), String> {
        if self.client_id.trim().is_empty() {
            return Err("client-id is empty".into());
        }
        if !is_rsin(&self.rsin) {
            return Err(format!(
                "rsin `{}` is not an RSIN: nine digits that pass the eleven test (the municipality's RSIN, e.g. 002220647)",
                self.rsin
            ));
        }
        if self.auteur.as_ref().is_some_and(|a| a.trim().is_empty()) {
            return Err("auteur is empty".into());
        }
        let named = std::iter::once(("(top level)", &self.defaults))
            .chain(self.templates.iter().map(|(k, v)| (k.as_str(), v)));
        for (name, settings) in named {
            if let Some(url) = &settings.informatieobjecttype {
                base_url(url, "informatieobjecttype").map_err(|e| format!("{name}: {e}"))?;
            }
            if let Some(level) = &settings.vertrouwelijkheidaanduiding
                && !CONFIDENTIALITY.contains(&level.as_str())
            {
                return Err(format!(
                    "{name}: vertrouwelijkheidaanduiding `{level}` is not one of {}",
                    CONFIDENTIALITY.join(", ")
                ));
            }
        }
        Ok(())
    }

    /// Checks the templates named in the file exist.
    pub fn check_templates(&self, known: &[&str]) -> Result<(), ConfigError> {
        for name in self.templates.keys() {
            if !known.contains(&name.as_str()) {
                return Err(ConfigError {
                    file: self.source.clone(),
                    message: format!(
                        "[templates.{name}]: there is no template `{name}`; templates: {}",
                        known.join(", ")
                    ),
                });
            }
        }
        Ok(())
    }

    /// The informatieobjecttype and confidentiality of a template's letters.
    pub fn for_template(&self, template: &str) -> TemplateSettings {
        let own = self.templates.get(template).cloned().unwrap_or_default();
        TemplateSettings {
            informatieobjecttype: own
                .informatieobjecttype
                .or_else(|| self.defaults.informatieobjecttype.clone()),
            vertrouwelijkheidaanduiding: own
                .vertrouwelijkheidaanduiding
                .or_else(|| self.defaults.vertrouwelijkheidaanduiding.clone()),
        }
    }

    /// Whether `zaak` is the URL of a zaak in the configured Zaken API
    /// (links are made in the Zaken API the zaak lives in).
    pub fn check_zaak(&self, zaak: &str) -> Result<(), String> {
        let prefix = format!("{}/zaken/", self.zaken_api);
        let uuid = zaak.strip_prefix(&prefix).unwrap_or_default();
        if uuid.is_empty()
            || uuid.contains(['/', '?', '#'])
            || zaak.chars().any(char::is_whitespace)
        {
            return Err(format!(
                "`{zaak}` is not the URL of a zaak in the configured Zaken API; expected {prefix}<uuid>"
            ));
        }
        Ok(())
    }
}

/// A base URL without its trailing slash; http or https only.
fn base_url(url: &str, key: &str) -> Result<String, String> {
    let trimmed = url.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"));
    match rest {
        Some(rest) if !rest.is_empty() && !trimmed.contains(char::is_whitespace) => {
            Ok(trimmed.to_string())
        }
        _ => Err(format!("{key} `{url}` is not an http:// or https:// URL")),
    }
}

/// Nine digits passing the eleven test of RSINs and BSNs: 9·d1 + 8·d2 + …
/// + 2·d8 − d9 is a multiple of 11.
pub fn is_rsin(s: &str) -> bool {
    let digits: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 9 || s.len() != 9 {
        return false;
    }
    let sum: i64 = digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(d, w)| i64::from(*d) * w)
        .sum::<i64>()
        - i64::from(digits[8]);
    sum % 11 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str) -> PathBuf {
        let path = dir.join("zgw.toml");
        std::fs::write(&path, text).unwrap();
        path
    }

    const GOOD: &str = r#"
documenten-api = "https://oz.example.nl/documenten/api/v1/"
zaken-api = "https://oz.example.nl/zaken/api/v1"
client-id = "eigentaal"
rsin = "002220647"
informatieobjecttype = "https://oz.example.nl/catalogi/api/v1/informatieobjecttypen/1"
[templates.beschikking]
informatieobjecttype = "https://oz.example.nl/catalogi/api/v1/informatieobjecttypen/2"
vertrouwelijkheidaanduiding = "vertrouwelijk"
"#;

    #[test]
    fn reads_a_configuration_with_defaults_per_template() {
        let dir = tempfile::tempdir().unwrap();
        let config = ZgwConfig::from_file(&write(dir.path(), GOOD), Some("s3cret".into())).unwrap();
        assert_eq!(
            config.documenten_api,
            "https://oz.example.nl/documenten/api/v1"
        );
        assert!(
            config
                .for_template("afspraken")
                .informatieobjecttype
                .unwrap()
                .ends_with("/1")
        );
        let b = config.for_template("beschikking");
        assert!(b.informatieobjecttype.unwrap().ends_with("/2"));
        assert_eq!(
            b.vertrouwelijkheidaanduiding.as_deref(),
            Some("vertrouwelijk")
        );
        assert!(
            config
                .check_zaak("https://oz.example.nl/zaken/api/v1/zaken/1b2c")
                .is_ok()
        );
        let err = config
            .check_zaak("https://elders.example.nl/zaken/api/v1/zaken/1b2c")
            .unwrap_err();
        assert!(
            err.contains("https://oz.example.nl/zaken/api/v1/zaken/<uuid>"),
            "{err}"
        );
        assert!(config.check_templates(&["afspraken"]).is_err());
        assert!(!format!("{config:?}").contains("s3cret"));
    }

    #[test]
    fn refuses_what_cannot_work_and_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), GOOD);
        let err = ZgwConfig::from_file(&path, None).unwrap_err().to_string();
        assert!(err.contains(SECRET_ENV), "{err}");
        let bad = GOOD.replace("002220647", "002220648");
        let err = ZgwConfig::from_file(&write(dir.path(), &bad), Some("s".into()))
            .unwrap_err()
            .to_string();
        assert!(err.contains("rsin"), "{err}");
        let bad = GOOD.replace("\"vertrouwelijk\"", "\"geheimpje\"");
        let err = ZgwConfig::from_file(&write(dir.path(), &bad), Some("s".into()))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("beschikking") && err.contains("zaakvertrouwelijk"),
            "{err}"
        );
        let bad = GOOD.replace("client-id", "clientid");
        assert!(ZgwConfig::from_file(&write(dir.path(), &bad), Some("s".into())).is_err());
    }

    #[test]
    fn eleven_test() {
        assert!(is_rsin("002220647"));
        assert!(!is_rsin("002220648"));
        assert!(!is_rsin("00222064"));
        assert!(!is_rsin("00222064a"));
    }
}
