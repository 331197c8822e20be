//! For a quote in another language than the text: which of the passage's content terms it
//! renders and which it does not. Only terms the lexicon knows in every language are named
//! (a concept such as "attack" or "assistance"), since for any other word a translation
//! cannot be told from an omission.

use super::Compared;
use crate::attribution::terms::{tokens, Token};
use crate::attribution::QuoteChange;

pub(super) fn changes(c: &Compared) -> Vec<QuoteChange> {
    let statement = tokens(c.statement, c.statement_language, &[], "");
    let mut present: Vec<String> = Vec::new();
    let mut absent: Vec<String> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let passage = tokens(c.matched, c.text_language, &[], "");
    for token in &passage {
        // Named once per concept, by its first word in the passage ("sides", not also "side").
        let Some(concept) = token.terms.iter().find(|t| is_concept(t)) else {
            continue;
        };
        if !token.content || seen.contains(&concept.as_str()) {
            continue;
        }
        seen.push(concept);
        let word = c.matched[token.start..token.end].to_owned();
        if statement
            .iter()
            .any(|s: &Token| s.content && s.matches(token))
        {
            present.push(word);
        } else {
            absent.push(word);
        }
    }
    let mut out = Vec::new();
    if !present.is_empty() {
        out.push(QuoteChange::TermsPresent { terms: present });
    }
    if !absent.is_empty() {
        out.push(QuoteChange::TermsAbsent { terms: absent });
    }
    out
}

/// A lexicon concept ("c:attack"), not a stem ("en:…") or a reference ("ref:…").
fn is_concept(term: &str) -> bool {
    term.starts_with("c:")
}
