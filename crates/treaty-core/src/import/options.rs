//! What the caller of a user-format importer knows about the text that the file may not say.

use super::assemble::Provenance;
use crate::model::{Completeness, Witness, WitnessKind};

/// Provenance for Markdown and Akoma Ntoso imports. These formats carry no status statement, so
/// the defaults say what a user most often imports: an official text, complete unless it shows
/// gaps, in an undetermined language (`und`) until the user names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatOptions {
    /// Witness kind of every text in the file.
    pub kind: WitnessKind,
    /// Completeness for every text, instead of judging it from `[...]` gap markers.
    pub completeness: Option<Completeness>,
    /// Who published the text, if the user says.
    pub publisher: Option<String>,
    /// BCP 47 language tag of the text.
    pub language: String,
}

impl Default for FormatOptions {
    fn default() -> Self {
        Self {
            kind: WitnessKind::Official,
            completeness: None,
            publisher: None,
            language: "und".to_owned(),
        }
    }
}

impl FormatOptions {
    /// The provenance the shared assembler attaches. `has_gaps` says whether any paragraph is a
    /// gap marker: without one the text is complete, with one each article is judged by itself.
    pub(crate) fn provenance(&self, has_gaps: bool) -> Provenance {
        let mut witness = Witness::new(self.kind);
        witness.publisher.clone_from(&self.publisher);
        Provenance {
            language: self.language.clone(),
            witness,
            complete: !has_gaps,
            completeness: self.completeness,
        }
    }
}
