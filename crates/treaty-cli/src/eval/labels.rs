//! The labels file of an evaluation set (`labels.json`): which article each statement belongs
//! to, as people established it. Only read to score the pipeline, never to run it.

use serde::Deserialize;

/// One label; fields the protocol does not score (`kind`, `verified`, `notes`, …) are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub id: String,
    /// File name in the sources directory.
    pub source: String,
    /// An exact substring of the source body; its first occurrence is the labelled span.
    pub quote: String,
    /// Article numbers; 0 is the preamble.
    #[serde(default)]
    pub articles: Vec<u32>,
    /// Best estimate where `articles` could not be established.
    #[serde(default)]
    pub articles_inferred: Vec<u32>,
    #[serde(default)]
    pub negative: bool,
    /// Charter articles the statement cites, e.g. "UN Charter Art. 51".
    #[serde(default)]
    pub charter_refs: Vec<String>,
}

/// Parses a labels file.
pub fn parse(text: &str) -> Result<Vec<Label>, String> {
    serde_json::from_str(text).map_err(|e| format!("not a list of labels: {e}"))
}

/// "UN Charter Art. 51" → ("UN Charter", "51").
pub fn split_reference(reference: &str) -> Option<(&str, &str)> {
    let (name, article) = reference.rsplit_once(" Art")?;
    let article = article.trim_start_matches(['.', 'i', 'c', 'l', 'e']).trim();
    (!name.trim().is_empty() && !article.is_empty()).then(|| (name.trim(), article))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charter_references_split_into_name_and_article() {
        assert_eq!(
            split_reference("UN Charter Art. 51"),
            Some(("UN Charter", "51"))
        );
        assert_eq!(
            split_reference("UN Charter Article 2"),
            Some(("UN Charter", "2"))
        );
        assert_eq!(split_reference("Art. 51"), None);
    }

    #[test]
    fn unscored_fields_are_ignored() {
        let labels = parse(r#"[{"id":"L1","source":"a.txt","quote":"q","kind":"paraphrase","articles":[4],"verified":true}]"#).unwrap();
        assert_eq!(labels[0].articles, [4]);
        assert!(!labels[0].negative);
    }
}
