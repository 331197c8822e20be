//! A document of the library read from a treaty file as a reader would import it (a UN PDF's
//! text, a treaty database's Markdown, a web page), by the same
//! [`import_treaty_file`](crate::import::import_treaty_file) the app's worker runs on a reader's
//! file: the shipped copy is what the importer reads at every build, never a hand-fixed text.
//! The manifest adds what such a file does not say: titles, parties, dates, and where the file
//! comes from, which becomes every text's witness and a note on the document.

use super::manifest::{DocumentSpec, ProvenanceSpec};
use super::LibraryError;
use crate::import::import_treaty_file;
use crate::model::{Document, ProvisionText, Witness, WitnessKind};

/// Builds the document `spec` describes from its `import` file (`file`), found at manifest line
/// `line`; `read` returns the file's text.
pub(crate) fn import_document(
    spec: &DocumentSpec,
    file: &str,
    line: usize,
    read: &mut dyn FnMut(&str) -> Result<String, String>,
) -> Result<Document, LibraryError> {
    let fail = |message: String| LibraryError::Manifest {
        line: Some(line),
        message: format!("document \"{}\": {message}", spec.id),
    };
    let provenance = spec.provenance.as_ref().ok_or_else(|| {
        fail("`import` needs a [document.provenance] saying where the file comes from".into())
    })?;
    if !spec.texts.is_empty() {
        return Err(fail(
            "has both `import` and [[document.text]]; a document comes from one or the other"
                .into(),
        ));
    }
    let content = read(file).map_err(|message| LibraryError::Read {
        file: file.to_owned(),
        message,
    })?;
    let name = file.rsplit('/').next().unwrap_or(file);
    let mut bundle =
        import_treaty_file(name, content.as_bytes()).map_err(|error| LibraryError::ImportFile {
            file: file.to_owned(),
            error,
        })?;
    if bundle.documents.len() != 1 {
        return Err(fail(format!(
            "{file} holds {} documents; an imported file must be one treaty",
            bundle.documents.len()
        )));
    }
    let imported = bundle.documents.remove(0);
    if let Some(count) = spec.article_count {
        let read = imported.articles.len();
        if read != count as usize {
            return Err(fail(format!(
                "the importer reads {read} articles in {file}, but article_count = {count}"
            )));
        }
    }
    if spec.preamble && imported.preamble.is_none() {
        return Err(fail(format!(
            "preamble = true, but the importer finds no preamble in {file}"
        )));
    }
    let mut notes = spec.notes.clone();
    notes.push(provenance_note(file, provenance));
    notes.extend(imported.notes.iter().cloned());
    let mut doc = Document {
        id: spec.id.clone(),
        title: spec.title.clone(),
        short_title: spec.short_title.clone(),
        aliases: spec.aliases.clone(),
        self_references: spec.self_references.clone(),
        parties: spec.parties.clone(),
        signed: spec.signed.clone(),
        in_force: spec.in_force.clone(),
        authentic_languages: spec.authentic_languages.clone(),
        notes,
        ..imported
    };
    for text in texts_mut(&mut doc) {
        text.witness = witness(provenance, &text.language);
    }
    Ok(doc)
}

/// Every text of the document: preamble, articles, unplaced passages, annexes.
fn texts_mut(doc: &mut Document) -> impl Iterator<Item = &mut ProvisionText> {
    let provisions = doc
        .preamble
        .iter_mut()
        .chain(doc.articles.iter_mut())
        .flat_map(|p| p.texts.iter_mut());
    let passages = doc.unplaced.iter_mut().map(|p| &mut p.text);
    let annexes = doc.annexes.iter_mut().flat_map(|a| {
        a.articles
            .iter_mut()
            .flat_map(|p| p.texts.iter_mut())
            .chain(a.texts.iter_mut())
    });
    provisions.chain(passages).chain(annexes)
}

/// The witness of a text in `language`: the provenance's kind (a translation for the languages
/// it names), its publisher, and the file at its commit.
fn witness(provenance: &ProvenanceSpec, language: &str) -> Witness {
    let primary = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    let translated = provenance
        .translations
        .iter()
        .any(|t| primary(t) == primary(language));
    Witness {
        kind: if translated {
            WitnessKind::Translation
        } else {
            provenance.kind
        },
        publisher: Some(provenance.publisher.clone()),
        url: Some(format!(
            "https://github.com/{}/blob/{}/{}",
            provenance.repository, provenance.commit, provenance.path
        )),
        date: None,
        note: Some(format!(
            "Copied byte for byte from {} in github.com/{} at commit {}, and read by Treaty Reader's importer as a reader's own file would be.",
            provenance.path,
            provenance.repository,
            short(&provenance.commit)
        )),
    }
}

/// The document note that says where the text comes from and under what terms.
fn provenance_note(file: &str, provenance: &ProvenanceSpec) -> String {
    format!(
        "Source of the text: {} in the public repository github.com/{} (commit {}), copied unchanged as {} (SHA-256 {}) and read at build time by the importer that reads a reader's own files. Rights, as the repository states them: {}",
        provenance.path,
        provenance.repository,
        provenance.commit,
        file,
        provenance.sha256,
        provenance.rights
    )
}

fn short(commit: &str) -> &str {
    commit.get(..7).unwrap_or(commit)
}

#[cfg(test)]
mod tests {
    use crate::import::build_library;
    use crate::model::WitnessKind;

    const MANIFEST: &str = r#"
[[document]]
id = "test-treaty"
import = "imported/test.md"
title = "Test Treaty"
short_title = "Test"
article_count = 2

[document.provenance]
repository = "owner/repo"
path = "texts/test.md"
commit = "0123456789abcdef0123456789abcdef01234567"
sha256 = "00"
rights = "public domain, as the repository says"
publisher = "The Publisher"
kind = "official"
translations = ["fr"]
"#;

    const FILE: &str =
        "# Test Treaty\n\n## Article 1\n\nThe Parties agree.\n\n## Article 2\n\nThey consult.\n";

    fn build(manifest: &str) -> Result<crate::bundle::Bundle, super::LibraryError> {
        build_library(manifest, |f| match f {
            "imported/test.md" => Ok(FILE.to_owned()),
            other => Err(format!("{other}: no such file")),
        })
    }

    #[test]
    fn an_imported_file_gets_the_manifest_s_facts_and_its_provenance() {
        let bundle = build(MANIFEST).unwrap();
        let d = &bundle.documents[0];
        assert_eq!(
            (d.id.as_str(), d.title.as_str()),
            ("test-treaty", "Test Treaty")
        );
        assert_eq!(d.articles.len(), 2);
        let w = &d.articles[0].texts[0].witness;
        assert_eq!(
            w.kind,
            WitnessKind::Official,
            "English is not a translation here"
        );
        assert_eq!(w.publisher.as_deref(), Some("The Publisher"));
        assert_eq!(
            w.url.as_deref(),
            Some("https://github.com/owner/repo/blob/0123456789abcdef0123456789abcdef01234567/texts/test.md")
        );
        assert!(w.note.as_deref().unwrap().contains("0123456"));
        let note = d.notes.iter().find(|n| n.contains("owner/repo")).unwrap();
        assert!(note.contains("public domain, as the repository says"));
        assert!(note.contains("imported/test.md"));
    }

    #[test]
    fn a_language_named_as_a_translation_is_one() {
        let manifest = MANIFEST.replace(r#"translations = ["fr"]"#, r#"translations = ["en-GB"]"#);
        let bundle = build(&manifest).unwrap();
        let kind = bundle.documents[0].articles[1].texts[0].witness.kind;
        assert_eq!(
            kind,
            WitnessKind::Translation,
            "matched by primary language"
        );
    }

    #[test]
    fn the_manifest_must_agree_with_what_the_importer_reads() {
        let wrong = build(&MANIFEST.replace("article_count = 2", "article_count = 3")).unwrap_err();
        assert!(wrong.to_string().contains("reads 2 articles"), "{wrong}");
        let start = MANIFEST.find("[document.provenance]").unwrap();
        let without = build(&MANIFEST[..start]).unwrap_err();
        assert!(without.to_string().contains("provenance"), "{without}");
        let both = format!("{MANIFEST}\n[[document.text]]\nfile = \"x.txt\"\n");
        assert!(build(&both).unwrap_err().to_string().contains("both"));
        let missing = build(&MANIFEST.replace("imported/test.md", "imported/none.md")).unwrap_err();
        assert!(missing.to_string().contains("no such file"), "{missing}");
    }
}
