//! The typst `World` of one letter: the engine's shared library, fonts and
//! parsed sources, plus this request's case data and job description served
//! as virtual JSON files (`/case.json`, `/job.json`). Case data therefore
//! reaches the template as data and is never spliced into markup.

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

use super::Engine;
use super::messages::UsedSet;

/// Path of the case data inside a letter's world.
pub const CASE_PATH: &str = "/case.json";
/// Path of the job description (languages, branding) inside a letter's world.
pub const JOB_PATH: &str = "/job.json";
/// Path of the QR code (SVG) to the translated version, when there is one.
pub const QR_PATH: &str = "/qr.svg";

/// One compilation: cheap to build, borrows everything heavy from the engine.
pub struct LetterWorld<'a> {
    pub engine: &'a Engine,
    pub main: FileId,
    pub case: Bytes,
    pub job: Bytes,
    /// The QR code image, when the branding has a translation URL.
    pub qr: Option<Bytes>,
    /// The letter date, so `datetime.today()` is deterministic too.
    pub today: Datetime,
    /// The messages this letter's `t()` calls have read so far.
    pub used: UsedSet,
}

impl World for LetterWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.engine.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.engine
            .sources
            .get(&id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(message) = self.engine.messages.by_file(id) {
            self.used.insert(message);
            return Ok(self.engine.messages.empty.clone());
        }
        let path = id.get().vpath().get_with_slash();
        if path == CASE_PATH {
            return Ok(self.case.clone());
        }
        if path == JOB_PATH {
            return Ok(self.job.clone());
        }
        if path == QR_PATH
            && let Some(qr) = &self.qr
        {
            return Ok(qr.clone());
        }
        if let Some(bytes) = self.engine.files.get(&id) {
            return Ok(bytes.clone());
        }
        if let Some(source) = self.engine.sources.get(&id) {
            return Ok(Bytes::from_string(source.clone()));
        }
        Err(not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.get().vpath().get_with_slash().into())
}
