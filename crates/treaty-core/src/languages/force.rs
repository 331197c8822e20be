//! The words by which a language gives a provision its legal force: how binding it is (a
//! modal verb and its strength), how urgent ("immediately"), whether it is negated, how far it
//! reaches ("all means") and on what condition ("if", "at the request of"). A quote that
//! changes one of these changes what the treaty obliges, however close its other words are,
//! so the comparison of a quote with its article looks for them first. Each language lists its
//! own in its module; every entry is a folded word or a phrase of folded words separated by
//! single spaces.

/// How binding a modal word makes a provision, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// "may", "can", "может", "kann".
    Permission,
    /// "should", "следует", "sollte".
    Recommendation,
    /// "will", "будет", "wird": a statement of what will happen.
    Future,
    /// "shall", "must", "undertakes", "обязуется", "verpflichtet sich".
    Obligation,
}

/// A language's words of legal force.
pub struct ForceWords {
    /// BCP 47 tag.
    pub language: &'static str,
    pub modals: &'static [(&'static str, Strength)],
    /// "immediately", "without delay".
    pub urgency: &'static [&'static str],
    /// "not", "never".
    pub negation: &'static [&'static str],
    /// Words that make a provision universal: "all", "every".
    pub scope: &'static [&'static str],
    /// Words that open a condition: "if", "in case", "at the request".
    pub condition: &'static [&'static str],
}

impl ForceWords {
    /// The strength of a modal word or phrase, if it is one.
    pub fn strength(&self, phrase: &str) -> Option<Strength> {
        self.modals
            .iter()
            .find(|(m, _)| *m == phrase)
            .map(|(_, s)| *s)
    }
}
