//! Reads a PDF back with a PDF library (lopdf): the facts the archival and
//! accessibility standards are about. Tests assert on these, not on bytes.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Document, Object};

/// What a PDF says about itself and its structure.
#[derive(Debug, Default)]
pub struct PdfFacts {
    /// The XMP metadata packet.
    pub xmp: String,
    /// `/Lang` of the catalog.
    pub lang: Option<String>,
    /// `/MarkInfo /Marked`.
    pub marked: bool,
    /// `/ViewerPreferences /DisplayDocTitle`.
    pub display_doc_title: bool,
    /// `/Title` and `/Author` of the document information dictionary.
    pub title: Option<String>,
    pub author: Option<String>,
    /// Structure element types (after the role map) and how often each occurs.
    pub roles: BTreeMap<String, usize>,
    /// `/Lang` values on structure elements.
    pub span_langs: BTreeSet<String>,
    /// How many structure elements carry each `/Lang`.
    pub lang_counts: BTreeMap<String, usize>,
    /// How many marked-content sequences (`BDC` in the page contents) carry
    /// each `/Lang`: typst tags a run of text in another language so.
    pub content_langs: BTreeMap<String, usize>,
    /// `/Alt` of every `Figure` element (`None` when missing).
    pub figure_alts: Vec<Option<String>>,
    /// Every font: base name, embedded font program, subset prefix, subtype.
    pub fonts: Vec<FontFacts>,
}

#[derive(Debug)]
pub struct FontFacts {
    pub name: String,
    pub subtype: String,
    pub embedded: bool,
    pub subset: bool,
}

impl PdfFacts {
    pub fn read(pdf: &[u8]) -> Self {
        let doc = Document::load_mem(pdf).expect("the PDF parses");
        let catalog = doc.catalog().expect("the PDF has a catalog");
        let mut facts = PdfFacts {
            xmp: xmp(&doc, catalog),
            lang: text(&doc, catalog, b"Lang"),
            marked: deref_dict(&doc, catalog, b"MarkInfo")
                .and_then(|d| d.get(b"Marked").ok()?.as_bool().ok())
                .unwrap_or(false),
            display_doc_title: deref_dict(&doc, catalog, b"ViewerPreferences")
                .and_then(|d| d.get(b"DisplayDocTitle").ok()?.as_bool().ok())
                .unwrap_or(false),
            ..Default::default()
        };
        if let Some(info) = doc
            .trailer
            .get(b"Info")
            .ok()
            .and_then(|o| doc.dereference(o).ok()?.1.as_dict().ok())
        {
            facts.title = text(&doc, info, b"Title");
            facts.author = text(&doc, info, b"Author");
        }
        if let Some(root) = deref_dict(&doc, catalog, b"StructTreeRoot") {
            let role_map = deref_dict(&doc, root, b"RoleMap");
            if let Ok(kids) = root.get(b"K") {
                walk(&doc, kids, role_map, &mut facts, 0);
            }
        }
        for page in doc.get_pages().into_values() {
            let Ok(content) = doc.get_and_decode_page_content(page) else {
                continue;
            };
            for op in content.operations.iter().filter(|op| op.operator == "BDC") {
                let lang = op
                    .operands
                    .get(1)
                    .and_then(|o| o.as_dict().ok())
                    .and_then(|d| text(&doc, d, b"Lang"));
                if let Some(lang) = lang {
                    *facts.content_langs.entry(lang).or_default() += 1;
                }
            }
        }
        for object in doc.objects.values() {
            let Ok(dict) = object.as_dict() else { continue };
            if dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"Font") {
                facts.fonts.push(font(&doc, dict));
            }
        }
        facts
    }

    /// A property of the XMP packet, written as element or attribute.
    pub fn xmp_value(&self, property: &str) -> Option<String> {
        let element = format!("<{property}>");
        if let Some(start) = self.xmp.find(&element) {
            let rest = &self.xmp[start + element.len()..];
            return rest.find('<').map(|end| rest[..end].trim().to_string());
        }
        let attribute = format!("{property}=\"");
        let start = self.xmp.find(&attribute)? + attribute.len();
        let rest = &self.xmp[start..];
        rest.find('"').map(|end| rest[..end].to_string())
    }

    /// How many structure elements of this type the PDF has.
    pub fn count(&self, role: &str) -> usize {
        self.roles.get(role).copied().unwrap_or(0)
    }
}

fn walk(
    doc: &Document,
    node: &Object,
    role_map: Option<&Dictionary>,
    facts: &mut PdfFacts,
    depth: usize,
) {
    assert!(depth < 200, "structure tree nests implausibly deep");
    let Ok((_, node)) = doc.dereference(node) else {
        return;
    };
    match node {
        Object::Array(kids) => {
            for kid in kids {
                walk(doc, kid, role_map, facts, depth + 1);
            }
        }
        Object::Dictionary(element) => {
            // Marked-content and object references have no /S.
            if let Ok(role) = element.get(b"S").and_then(Object::as_name) {
                let mut role = String::from_utf8_lossy(role).into_owned();
                if let Some(mapped) = role_map
                    .and_then(|m| m.get(role.as_bytes()).ok())
                    .and_then(|o| o.as_name().ok())
                {
                    role = String::from_utf8_lossy(mapped).into_owned();
                }
                if role == "Figure" {
                    facts.figure_alts.push(text(doc, element, b"Alt"));
                }
                *facts.roles.entry(role).or_default() += 1;
                if let Some(lang) = text(doc, element, b"Lang") {
                    *facts.lang_counts.entry(lang.clone()).or_default() += 1;
                    facts.span_langs.insert(lang);
                }
            }
            if let Ok(kids) = element.get(b"K") {
                walk(doc, kids, role_map, facts, depth + 1);
            }
        }
        _ => {}
    }
}

fn font(doc: &Document, dict: &Dictionary) -> FontFacts {
    let name = dict
        .get(b"BaseFont")
        .and_then(Object::as_name)
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default();
    let subtype = dict
        .get(b"Subtype")
        .and_then(Object::as_name)
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default();
    // A composite font keeps its program in the descendant's descriptor.
    let descriptor = deref_dict(doc, dict, b"FontDescriptor").or_else(|| {
        let kids = dict.get(b"DescendantFonts").ok()?;
        let (_, kids) = doc.dereference(kids).ok()?;
        let first = kids.as_array().ok()?.first()?;
        let descendant = doc.dereference(first).ok()?.1.as_dict().ok()?;
        deref_dict(doc, descendant, b"FontDescriptor")
    });
    let embedded = descriptor.is_some_and(|d| {
        [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
            .iter()
            .any(|k| d.has(k))
    });
    let subset = name.len() > 7
        && name.as_bytes()[6] == b'+'
        && name[..6].chars().all(|c| c.is_ascii_uppercase());
    FontFacts {
        name,
        subtype,
        embedded,
        subset,
    }
}

fn deref_dict<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    let object = dict.get(key).ok()?;
    doc.dereference(object).ok()?.1.as_dict().ok()
}

fn text(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<String> {
    let object = dict.get(key).ok()?;
    let (_, object) = doc.dereference(object).ok()?;
    lopdf::decode_text_string(object).ok()
}

fn xmp(doc: &Document, catalog: &Dictionary) -> String {
    catalog
        .get(b"Metadata")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_stream().ok())
        .map(|s| {
            s.decompressed_content()
                .unwrap_or_else(|_| s.content.clone())
        })
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}
