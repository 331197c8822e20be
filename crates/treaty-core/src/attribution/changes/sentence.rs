//! One short sentence per change, the wording the app and the Web Annotation export share.

use crate::attribution::{ForceKind, QuoteChange};

/// The change in words: "Leaves out: in accordance with Article 51 of the UN Charter",
/// "Says “will” where the text says “shall”", "Drops “immediately”".
pub fn sentence(change: &QuoteChange) -> String {
    match change {
        QuoteChange::LeavesOut { text } => format!("Leaves out: {text}"),
        QuoteChange::Adds { text } => format!("Adds: {text}"),
        QuoteChange::Substitutes { from, to } => {
            format!("Says “{to}” where the text says “{from}”")
        }
        QuoteChange::Force { kind, from, to } => force(*kind, from, to),
        QuoteChange::TermsPresent { terms } => format!("Renders the text’s {}", terms.join(", ")),
        QuoteChange::TermsAbsent { terms } => {
            format!("Does not render the text’s {}", terms.join(", "))
        }
    }
}

fn force(kind: ForceKind, from: &str, to: &str) -> String {
    let what = match kind {
        ForceKind::Modal | ForceKind::Urgency | ForceKind::Scope => "",
        ForceKind::Negation => "the negation ",
        ForceKind::Condition => "the condition ",
    };
    match (from.is_empty(), to.is_empty()) {
        (false, false) => format!("Says “{to}” where the text says “{from}”"),
        (false, true) => match kind {
            ForceKind::Condition => format!("Leaves out {what}“{from}”"),
            _ => format!("Drops {what}“{from}”"),
        },
        (true, false) => format!("Adds {what}“{to}”, which the text does not have"),
        (true, true) => String::new(),
    }
}
