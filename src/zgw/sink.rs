//! The ZGW sink: a rendered letter in, a filed document out. Holds the
//! client and what every filing shares (the `auteur`, the user of calls made
//! without an API client or staff member), so `cli`, `batch` and `server`
//! each make one call.

use super::client::ZgwClient;
use super::config::ZgwConfig;
use super::filing::{self, Filed, Filing, FilingError, Identity, Language};
use super::jwt::ZgwUser;
use crate::render::{Engine, Letter};

/// What a letter is, kept after the letter itself is dropped (a batch
/// renders on one thread and files on the same thread, but a resumed batch
/// may file a letter written by an earlier run).
#[derive(Debug, Clone)]
pub struct LetterFacts {
    pub template: String,
    /// The template's Dutch title, e.g. `Afsprakenbrief`.
    pub kind_nl: String,
    /// Subject in the resident's language.
    pub title: String,
    pub languages: Vec<Language>,
    pub date: (i32, u8, u8),
    /// `render::Provenance::text_nl`.
    pub provenance: String,
}

impl LetterFacts {
    pub fn of(engine: &Engine, letter: &Letter) -> Self {
        let kind_nl = engine
            .templates()
            .get(&letter.template)
            .map(|t| t.manifest.title.clone())
            .unwrap_or_else(|_| letter.template.clone());
        let languages = letter
            .languages
            .iter()
            .map(|tag| Language {
                tag: tag.clone(),
                name_nl: engine
                    .locales()
                    .get(tag)
                    .map(|l| l.meta.name_nl.clone())
                    .unwrap_or_else(|| tag.clone()),
            })
            .collect();
        Self {
            template: letter.template.clone(),
            kind_nl,
            title: letter.title.clone(),
            languages,
            date: letter.date,
            provenance: letter.provenance.text_nl(),
        }
    }
}

/// A configured ZGW connection ready to file letters.
#[derive(Debug, Clone)]
pub struct ZgwSink {
    pub client: ZgwClient,
    auteur: String,
    default_user: ZgwUser,
}

impl ZgwSink {
    /// Checks `config` against the engine's templates and builds the client.
    /// `fallback_user` is used when the configuration names no `user-id`.
    pub fn new(config: ZgwConfig, engine: &Engine, fallback_user: ZgwUser) -> Result<Self, String> {
        let names: Vec<&str> = engine.templates().iter().map(|t| t.name.as_str()).collect();
        config.check_templates(&names).map_err(|e| e.to_string())?;
        let auteur = config
            .auteur
            .clone()
            .unwrap_or_else(|| engine.templates().branding.name.clone());
        let default_user = config.user.clone().unwrap_or(fallback_user);
        Ok(Self {
            client: ZgwClient::new(config).map_err(|e| e.to_string())?,
            auteur,
            default_user,
        })
    }

    /// The user of calls made for nobody in particular.
    pub fn default_user(&self) -> &ZgwUser {
        &self.default_user
    }

    /// Whether `zaak` is a zaak of the configured Zaken API.
    pub fn check_zaak(&self, zaak: &str) -> Result<(), FilingError> {
        self.client
            .config()
            .check_zaak(zaak)
            .map_err(FilingError::InvalidZaak)
    }

    /// Files one letter (see [`filing::file`]); `user` defaults to the
    /// configured one.
    #[allow(clippy::too_many_arguments)]
    pub fn file(
        &self,
        facts: &LetterFacts,
        pdf: &[u8],
        file_name: &str,
        zaak: &str,
        identity: Identity,
        user: Option<&ZgwUser>,
        known_document: Option<&str>,
        on_stored: &mut dyn FnMut(&str),
    ) -> Result<Filed, FilingError> {
        let filing = Filing {
            template: &facts.template,
            kind_nl: &facts.kind_nl,
            title: &facts.title,
            languages: facts.languages.clone(),
            date: facts.date,
            file_name,
            pdf,
            provenance: &facts.provenance,
            zaak,
            auteur: &self.auteur,
            identity,
        };
        filing::file(
            &self.client,
            user.unwrap_or(&self.default_user),
            &filing,
            known_document,
            on_stored,
        )
    }
}

/// The login name of whoever runs the command line, as the user of its
/// calls: `$USER`, else `eigentaal`.
pub fn login_user() -> ZgwUser {
    let login = std::env::var("USER")
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| "eigentaal".into());
    ZgwUser::new(login.clone(), format!("{login} (eigentaal)"))
}
