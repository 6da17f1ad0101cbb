//! The project's own files — `templates/`, `locales/`, `branding/` — as one
//! in-memory tree, taken either from the copy embedded in the binary or from a
//! directory on disk (for maintainers editing templates and translations).
//!
//! Everything downstream reads from an [`Assets`] and never from the file
//! system directly, so the embedded defaults and a working copy behave alike.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

static EMBEDDED_TEMPLATES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/templates");
static EMBEDDED_LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/locales");
static EMBEDDED_BRANDING: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/branding");

/// The top-level folders that make up a project tree.
pub const TOP_DIRS: [&str; 3] = ["templates", "locales", "branding"];

/// Errors reading a project tree from disk.
#[derive(Debug, thiserror::Error)]
pub enum AssetsError {
    #[error(
        "project folder {path} has no templates/ or locales/ folder (expected a checkout of eigentaal or a copy of its templates/, locales/ and branding/)"
    )]
    NotAProject { path: PathBuf },
    #[error("failed to read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// An immutable tree of project files keyed by `/`-separated relative path,
/// e.g. `templates/afspraken/letter.typ`.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    files: BTreeMap<String, Vec<u8>>,
    /// Where the files came from, for error messages (`None` = embedded).
    origin: Option<PathBuf>,
    /// Name files by their path in the project (`templates/x/letter.typ`),
    /// as the linter reports them.
    project_paths: bool,
}

impl Assets {
    /// The templates, locales and branding compiled into this binary.
    pub fn embedded() -> Self {
        let mut files = BTreeMap::new();
        for (prefix, dir) in [
            ("templates", &EMBEDDED_TEMPLATES),
            ("locales", &EMBEDDED_LOCALES),
            ("branding", &EMBEDDED_BRANDING),
        ] {
            collect_embedded(dir, prefix, &mut files);
        }
        Self {
            files,
            origin: None,
            project_paths: false,
        }
    }

    /// Reads `templates/`, `locales/` and `branding/` below `root`.
    pub fn from_dir(root: &Path) -> Result<Self, AssetsError> {
        if !root.join("templates").is_dir() && !root.join("locales").is_dir() {
            return Err(AssetsError::NotAProject {
                path: root.to_path_buf(),
            });
        }
        let mut files = BTreeMap::new();
        for top in TOP_DIRS {
            let dir = root.join(top);
            if dir.is_dir() {
                collect_disk(&dir, top, &mut files)?;
            }
        }
        Ok(Self {
            files,
            origin: Some(root.to_path_buf()),
            project_paths: false,
        })
    }

    /// Builds a tree from explicit files; used by tests and tools.
    pub fn from_files<I, P, B>(files: I) -> Self
    where
        I: IntoIterator<Item = (P, B)>,
        P: Into<String>,
        B: Into<Vec<u8>>,
    {
        Self {
            files: files
                .into_iter()
                .map(|(p, b)| (p.into(), b.into()))
                .collect(),
            origin: None,
            project_paths: false,
        }
    }

    /// The same tree with one file added or replaced; for tests and tools
    /// that try a change without touching the files on disk.
    pub fn with_file(mut self, path: &str, bytes: impl Into<Vec<u8>>) -> Self {
        self.files.insert(path.to_string(), bytes.into());
        self
    }

    /// The bytes of one file, if present.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// The file as UTF-8 text, if present and valid.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.get(path).and_then(|b| std::str::from_utf8(b).ok())
    }

    /// All files whose path starts with `prefix`.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        self.files
            .range(prefix.to_string()..)
            .take_while(move |(p, _)| p.starts_with(prefix))
            .map(|(p, b)| (p.as_str(), b.as_slice()))
    }

    /// Names of the immediate subfolders of `dir` (e.g. the languages in `locales`).
    pub fn subdirs(&self, dir: &str) -> Vec<String> {
        let prefix = format!("{dir}/");
        let mut names: Vec<String> = self
            .under(&prefix)
            .filter_map(|(p, _)| {
                let rest = &p[prefix.len()..];
                rest.split_once('/').map(|(first, _)| first.to_string())
            })
            .collect();
        names.dedup();
        names
    }

    /// A path as the user knows it: on disk when read from disk, else marked embedded.
    /// With [`Assets::named_in_project`]: the path in the project.
    pub fn display_path(&self, path: &str) -> String {
        match &self.origin {
            _ if self.project_paths => path.to_string(),
            Some(root) => root.join(path).display().to_string(),
            None => format!("{path} (embedded)"),
        }
    }

    /// The same files, named in messages by their path in the project.
    pub fn named_in_project(mut self) -> Self {
        self.project_paths = true;
        self
    }

    /// The directory this tree was read from, if any.
    pub fn origin(&self) -> Option<&Path> {
        self.origin.as_deref()
    }
}

fn collect_embedded(dir: &Dir<'_>, prefix: &str, out: &mut BTreeMap<String, Vec<u8>>) {
    for file in dir.files() {
        let rel = file.path().to_string_lossy().replace('\\', "/");
        out.insert(format!("{prefix}/{rel}"), file.contents().to_vec());
    }
    for sub in dir.dirs() {
        collect_embedded(sub, prefix, out);
    }
}

fn collect_disk(
    dir: &Path,
    rel: &str,
    out: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), AssetsError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| AssetsError::Io { path, source }
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .collect::<Result<_, _>>()
        .map_err(io(dir))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let child = format!("{rel}/{name}");
        if path.is_dir() {
            collect_disk(&path, &child, out)?;
        } else {
            out.insert(child, std::fs::read(&path).map_err(io(&path))?);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subdirs_lists_each_child_folder_once() {
        let assets = Assets::from_files([
            ("locales/ar/common.ftl", "a"),
            ("locales/ar/afspraken.ftl", "b"),
            ("locales/nl/common.ftl", "c"),
            ("locales/readme.md", "d"),
        ]);
        assert_eq!(assets.subdirs("locales"), vec!["ar", "nl"]);
        assert_eq!(assets.under("locales/ar/").count(), 2);
    }
}
