//! Export files: each format's text, file name and media type, made in one place so that a
//! download from the app and `treaty export` give the same bytes under the same name.

use super::{akoma_ntoso, citation_bibtex, citation_csl, citation_ris, web_annotations};
use crate::bundle::Bundle;

/// The formats a treaty (or one of its articles) exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    /// Akoma Ntoso 3.0 XML of the whole treaty, with the provenance of every text.
    Akn,
    /// The treaty with its sources as a Treaty Reader bundle, to import into another browser.
    Bundle,
    /// A CSL-JSON citation, for Zotero, Pandoc and citeproc processors.
    Csl,
    /// A BibTeX citation.
    Bibtex,
    /// A RIS citation (EndNote, Mendeley, Zotero).
    Ris,
    /// The statements news sources make about it, as W3C Web Annotations (JSON-LD).
    Annotations,
}

impl ExportFormat {
    /// Every format, in the order the app offers them.
    pub const ALL: [ExportFormat; 6] = [
        Self::Akn,
        Self::Bundle,
        Self::Csl,
        Self::Bibtex,
        Self::Ris,
        Self::Annotations,
    ];

    /// The name the command line takes (`akn`, `bibtex`, …).
    pub fn name(self) -> &'static str {
        match self {
            Self::Akn => "akn",
            Self::Bundle => "bundle",
            Self::Csl => "csl",
            Self::Bibtex => "bibtex",
            Self::Ris => "ris",
            Self::Annotations => "annotations",
        }
    }

    /// The format named `name`, as [`ExportFormat::name`] gives it.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name.trim())
    }

    /// Whether the format exports the whole treaty only: an article is cited, or its quotes
    /// exported, but a legal document or a bundle is always the whole treaty.
    pub fn whole_treaty_only(self) -> bool {
        matches!(self, Self::Akn | Self::Bundle)
    }

    /// Whether the format needs the date the text was consulted (a citation's "accessed").
    pub fn needs_accessed(self) -> bool {
        matches!(self, Self::Csl | Self::Bibtex | Self::Ris)
    }

    /// What a reader sees on the button: "Akoma Ntoso (XML)".
    pub fn label(self) -> &'static str {
        match self {
            Self::Akn => "Akoma Ntoso (XML)",
            Self::Bundle => "Treaty Reader bundle (JSON)",
            Self::Csl => "Citation (CSL-JSON)",
            Self::Bibtex => "Citation (BibTeX)",
            Self::Ris => "Citation (RIS)",
            Self::Annotations => "Quotes as Web Annotations (JSON-LD)",
        }
    }

    /// The file's name: the treaty's id, the article if one is asked for (and the format
    /// exports one), the format's suffix: `rus-dprk-2024-art-4.bib`, `rus-dprk-2024.akn.xml`.
    pub fn file_name(self, treaty: &str, article: Option<&str>) -> String {
        let stem = match article.filter(|_| !self.whole_treaty_only()) {
            Some(a) => format!("{treaty}-art-{}", a.trim()),
            None => treaty.to_owned(),
        };
        format!("{}.{}", file_name_safe(&stem), self.suffix())
    }

    fn suffix(self) -> &'static str {
        match self {
            Self::Akn => "akn.xml",
            Self::Bundle => "treaty-reader.json",
            Self::Csl => "csl.json",
            Self::Bibtex => "bib",
            Self::Ris => "ris",
            Self::Annotations => "annotations.jsonld",
        }
    }

    /// The file's media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Akn => "application/akn+xml",
            Self::Bundle => "application/json",
            Self::Csl => "application/vnd.citationstyles.csl+json",
            Self::Bibtex => "application/x-bibtex",
            Self::Ris => "application/x-research-info-systems",
            Self::Annotations => "application/ld+json",
        }
    }
}

/// One exported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// See [`ExportFormat::file_name`].
    pub name: String,
    pub media_type: &'static str,
    /// The file's text, ending with a newline.
    pub text: String,
}

/// What to export and how links are made.
#[derive(Debug, Clone, Copy)]
pub struct ExportRequest<'a> {
    pub treaty: &'a str,
    /// The article ("4", "IV", "preamble"); ignored by the whole-treaty formats.
    pub article: Option<&'a str>,
    pub format: ExportFormat,
    /// Where the reader app is published: links and ids are its deep links.
    pub app_base: &'a str,
    /// The date the text was consulted (YYYY-MM-DD), for citations.
    pub accessed: &'a str,
}

/// The file `request` asks for, made from `bundle`; `None` when it has no such treaty or
/// article.
pub fn export_file(bundle: &Bundle, request: &ExportRequest<'_>) -> Option<ExportFile> {
    let ExportRequest {
        treaty,
        format,
        app_base,
        accessed,
        ..
    } = *request;
    let article = request.article.filter(|_| !format.whole_treaty_only());
    let pretty = |v: serde_json::Value| serde_json::to_string_pretty(&v).ok();
    let text = match format {
        ExportFormat::Akn => Some(akoma_ntoso(bundle.document(treaty)?, app_base)),
        ExportFormat::Bundle => Some(bundle.for_document(treaty)?.to_json()),
        ExportFormat::Csl => pretty(citation_csl(bundle, treaty, article, app_base, accessed)?),
        ExportFormat::Bibtex => citation_bibtex(bundle, treaty, article, app_base, accessed),
        ExportFormat::Ris => citation_ris(bundle, treaty, article, app_base, accessed),
        ExportFormat::Annotations => pretty(web_annotations(bundle, treaty, article, app_base)?),
    }?;
    Some(ExportFile {
        name: format.file_name(treaty, article),
        media_type: format.media_type(),
        text: with_final_newline(text),
    })
}

/// `stem` with the characters file systems refuse or treat specially (path separators,
/// `:*?"<>|`, control characters) replaced by `_`: an imported treaty's id may hold any.
fn file_name_safe(stem: &str) -> String {
    stem.chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect()
}

fn with_final_newline(mut text: String) -> String {
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_named_as_the_command_takes_them() {
        for format in ExportFormat::ALL {
            assert_eq!(ExportFormat::named(format.name()), Some(format));
        }
        assert_eq!(ExportFormat::named("docx"), None);
    }

    #[test]
    fn file_names_are_safe_whatever_the_id() {
        assert_eq!(file_name_safe("a/b:c?\u{7}d"), "a_b_c__d");
        assert_eq!(file_name_safe("rus-dprk-2024-art-4"), "rus-dprk-2024-art-4");
    }
}
