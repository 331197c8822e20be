//! The linguistic cues that mark a sentence as reporting what a treaty says, in English,
//! Russian and German.
//!
//! Reporters introduce treaty content in a few ways, whatever the treaty: the treaty is the
//! subject of a verb of saying or providing ("the treaty stipulates", "Article 4 states",
//! "документ предусматривает", "Artikel 4 besagt"); the treaty is the source ("according to the
//! document", "согласно договору", "Demnach", "In Artikel 8 heißt es", "В пункте 4 …
//! говорится"); the parties are the subject of a commitment ("the sides vow", "Moscow and
//! Pyongyang pledged", "стороны обязуются", "verpflichten sich Russland und Nordkorea"); or the
//! sentence restates a conditional obligation ("If either side is attacked, the other will …",
//! "В случае …", "Im Falle …"). The word lists are general vocabulary of reporting, not phrases
//! of particular sources.

use super::sentences::Span;
use super::words::{is_capitalised, is_cyrillic, is_relative, Word};
use crate::languages;

/// How far before a verb of entering into force its noun may be ("in Kraft treten", "в силу
/// вступит"), and how far after: a German separable verb puts it at the end of the clause
/// ("tritt ab dem Tag des Austausches der Ratifizierungsurkunden in Kraft").
const FORCE_NOUN_BEFORE: usize = 3;
/// How far before a word of a treaty's ending its noun may be: the treaty that ends is named in
/// full ("The bilateral treaty of friendship, good neighborliness and cooperation concluded by
/// Russia and North Korea on February 9, 2000 becomes invalid").
const ENDING_REACH: usize = 25;
const FORCE_NOUN_AFTER: usize = 10;

/// Why a sentence is taken for treaty content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// The treaty (or an article of it) says or provides something.
    TreatySubject,
    /// "according to the treaty", "Demnach", "In Artikel 8 heißt es".
    Source,
    /// The parties commit to something.
    Parties,
    /// A conditional obligation of the parties.
    Conditional,
    /// "It provides that …" after a sentence about the treaty.
    Anaphoric,
}

/// The words of a sentence (or part of one) and the spans of references to other instruments,
/// whose article words ("Article 51 of the UN Charter") are not this treaty.
pub(crate) struct Clause<'a> {
    pub text: &'a str,
    pub words: &'a [Word],
    pub external: &'a [Span],
}

impl Clause<'_> {
    fn lower(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.lower.as_str())
    }

    /// A word that names the treaty or a part of it, outside references to other instruments.
    pub fn is_treaty_noun(&self, i: usize) -> bool {
        let Some(w) = self.words.get(i) else {
            return false;
        };
        let external = self
            .external
            .iter()
            .any(|s| s.start <= w.start && w.end <= s.end);
        !external && is_treaty_noun(&w.lower)
    }

    /// The cue that makes this clause treaty content, if any. `after_treaty` says whether the
    /// sentence before mentions the treaty (for "It provides that …").
    pub fn cue(&self, after_treaty: bool) -> Option<Cue> {
        if self.treaty_subject() {
            Some(Cue::TreatySubject)
        } else if self.source() {
            Some(Cue::Source)
        } else if self.parties() {
            Some(Cue::Parties)
        } else if self.conditional() {
            Some(Cue::Conditional)
        } else if after_treaty && self.anaphoric() {
            Some(Cue::Anaphoric)
        } else {
            None
        }
    }

    /// Whether any word names the treaty.
    pub fn mentions_treaty(&self) -> bool {
        (0..self.words.len()).any(|i| self.is_treaty_noun(i))
    }

    /// A treaty noun followed within ten words by a verb of saying or providing, in the same
    /// clause or a relative clause of it ("Article 4 …, which provides for"); "said" and
    /// "says" only right after the noun ("the agreement's second article said"), since "the
    /// treaty is historic, Kim said" is Kim speaking.
    fn treaty_subject(&self) -> bool {
        (0..self.words.len()).any(|v| {
            let verb = self.lower(v);
            let into_force = self.enters_into_force(v);
            let ending = languages::is_cue(verb, |c| &c.ending_words);
            if !is_content_verb(verb) && !into_force && !ending {
                return false;
            }
            let reach = if matches!(verb, "said" | "says" | "say" | "sagt" | "говорит") {
                3
            } else if ending {
                ENDING_REACH
            } else {
                10
            };
            // A treaty that ends is named in full, lists and dates with their commas ("the
            // treaty of friendship, good neighborliness and cooperation … of February 9, 2000
            // becomes invalid"): only a stronger break parts it from its verb.
            let joined = |n| {
                if ending {
                    self.unbroken(n, v)
                } else {
                    self.same_clause(n, v)
                }
            };
            (v.saturating_sub(reach)..v).any(|n| self.is_treaty_noun(n) && joined(n))
        })
    }

    /// Whether word `v` is a verb of entering into force with the force noun near it, before
    /// or after ("enters into force", "вступит в силу", "tritt … in Kraft", "in Kraft treten").
    fn enters_into_force(&self, v: usize) -> bool {
        let near = v.saturating_sub(FORCE_NOUN_BEFORE)..(v + FORCE_NOUN_AFTER + 1);
        languages::is_cue(self.lower(v), |c| &c.entry_verbs)
            && near.filter(|&k| k != v && k < self.words.len()).any(|k| {
                languages::is_cue(self.lower(k), |c| &c.force_nouns)
                    && self.same_clause(k.min(v), k.max(v))
            })
    }

    /// Whether no colon, semicolon or dash comes between words `a` < `b`.
    fn unbroken(&self, a: usize, b: usize) -> bool {
        (a..b).all(|i| {
            !self
                .text
                .get(self.words[i].end..self.words[i + 1].start)
                .unwrap_or("")
                .contains([';', ':', '—', '–'])
        })
    }

    /// Whether words `a` < `b` are in one clause: no colon, semicolon or dash between them,
    /// and no comma unless it opens a relative clause ("Article 4, which provides") or the
    /// commas enclose an aside ("The treaty, signed in June, obliges").
    fn same_clause(&self, a: usize, b: usize) -> bool {
        let mut commas = 0;
        for i in a..b {
            let gap = self
                .text
                .get(self.words[i].end..self.words[i + 1].start)
                .unwrap_or("");
            if gap.contains([';', ':', '—', '–']) {
                return false;
            }
            if gap.contains(',') && !is_relative(self.lower(i + 1)) {
                commas += 1;
            }
        }
        commas % 2 == 0
    }

    /// The treaty as the source of what follows: "according to the treaty", "under the
    /// agreement", "in accordance with the treaty", "согласно договору", "по договору",
    /// "laut Vertrag", "gemäß dem Abkommen", "dem Vertrag zufolge", "Demnach"; or a treaty noun
    /// after "in" followed by a verb of saying or committing ("In Artikel 8 heißt es",
    /// "В пункте 4 … говорится"), or "Darin heißt es".
    fn source(&self) -> bool {
        let n = self.words.len();
        let noun_within =
            |from: usize, len: usize| (from..(from + len).min(n)).find(|&j| self.is_treaty_noun(j));
        if self.lower(0) == "demnach" || (self.lower(0) == "darin" && self.lower(1) == "heißt") {
            return true;
        }
        (0..n).any(|i| {
            let (w, next) = (self.lower(i), self.lower(i + 1));
            let according = (matches!((w, next), ("according", "to") | ("accordance", "with"))
                && noun_within(i + 2, 3).is_some())
                || (languages::is_cue(w, |c| &c.source_prepositions)
                    && noun_within(i + 1, 2).is_some())
                || (w == "zufolge" && (i.saturating_sub(3)..i).any(|j| self.is_treaty_noun(j)));
            let located = languages::is_cue(w, |c| &c.location_prepositions)
                && noun_within(i + 1, 3).is_some_and(|noun| {
                    (noun + 1..(noun + 6).min(n)).any(|j| {
                        let v = self.lower(j);
                        is_content_verb(v) || is_commitment(v)
                    })
                });
            according || located
        })
    }

    /// The parties as the subject of a commitment, in either order ("the sides vow",
    /// "verpflichten sich Russland und Nordkorea").
    fn parties(&self) -> bool {
        let n = self.words.len();
        (0..n).any(|i| {
            let Some((end, generic)) = self.party_at(i) else {
                return false;
            };
            let accepts = |v: &str| is_commitment(v) || (generic && is_modal(v));
            let after = (end..(end + 4).min(n)).any(|j| accepts(self.lower(j)));
            let before = (i.saturating_sub(3)..i).any(|j| is_commitment(self.lower(j)));
            after || before
        })
    }

    /// An opening condition ("If", "In the event of", "В случае", "Im Falle", "Should") with the
    /// parties and a modal verb in the sentence.
    fn conditional(&self) -> bool {
        let n = self.words.len();
        let opens = (0..n.min(4)).any(|i| {
            let (w, next) = (self.lower(i), self.lower(i + 1));
            languages::is_cue(w, |c| &c.conditionals)
                || (matches!(w, "should" | "sollte") && i == 0)
                || (w == "in"
                    && (next == "case" || (next == "the" && self.lower(i + 2) == "event")))
                || (w == "в" && next == "случае")
                || (w == "im" && next == "falle")
        });
        opens
            && (0..n).any(|i| self.party_at(i).is_some() || self.lower(i) == "other")
            && (0..n).any(|i| is_modal(self.lower(i)) || is_commitment(self.lower(i)))
    }

    /// "It provides that …", "Он предусматривает …", "Er sieht vor …".
    fn anaphoric(&self) -> bool {
        let verb = if languages::is_cue(self.lower(1), |c| &c.additives) {
            self.lower(2)
        } else {
            self.lower(1)
        };
        languages::is_cue(self.lower(0), |c| &c.document_pronouns) && is_content_verb(verb)
    }

    /// A phrase naming the parties starting at word `i`: its end, and whether it is a generic
    /// phrase ("the two sides", "стороны", "beide Länder") rather than two names joined by
    /// "and" (which needs a verb of commitment, not just "will").
    fn party_at(&self, i: usize) -> Option<(usize, bool)> {
        let w = self.lower(i);
        if is_party_noun(w) && i > 0 && is_party_determiner(self.lower(i - 1)) {
            return Some((i + 1, true));
        }
        if matches!(w, "either" | "each" | "one") && self.lower(i + 1) == "of" {
            let noun = i + 2 + usize::from(self.lower(i + 2) == "the");
            if is_party_noun(self.lower(noun)) {
                return Some((noun + 1, true));
            }
        }
        if languages::is_cue(w, |c| &c.party_names) {
            return Some((i + 1, true));
        }
        self.name_pair_at(i).map(|end| (end, false))
    }

    /// "Russia and North Korea", "Moscow and Pyongyang", "Россия и КНДР", "Russland und
    /// Nordkorea": one to three capitalised words, "and", one to three capitalised words.
    fn name_pair_at(&self, i: usize) -> Option<usize> {
        let cap = |j: usize| {
            self.words
                .get(j)
                .is_some_and(|w| is_capitalised(self.text, w))
        };
        let run = |from: usize| (from..from + 3).take_while(|&j| cap(j)).count();
        let first = run(i);
        if first == 0 || (i > 0 && cap(i - 1)) {
            return None;
        }
        let and = i + first;
        if !languages::is_cue(self.lower(and), |c| &c.conjunctions) {
            return None;
        }
        let second_start = and + 1 + usize::from(self.lower(and + 1) == "the");
        let second = run(second_start);
        (second > 0).then_some(second_start + second)
    }
}

fn is_party_determiner(w: &str) -> bool {
    languages::is_cue(w, |c| &c.party_determiners)
}

fn is_party_noun(w: &str) -> bool {
    languages::is_cue(w, |c| &c.party_nouns)
}

/// Words naming the treaty or a part of it.
pub(crate) fn is_treaty_noun(w: &str) -> bool {
    languages::is_cue(w, |c| &c.treaty_nouns)
}

/// Verbs with which a document says or provides something, or with which its final clauses
/// are reported ("the treaty takes effect", "der Vertrag gilt", "договор вступает в силу").
pub(crate) fn is_content_verb(w: &str) -> bool {
    languages::is_cue(w, |c| &c.content_verbs)
}

/// Verbs of commitment: the parties vow, pledge, agree, undertake.
fn is_commitment(w: &str) -> bool {
    languages::is_cue(w, |c| &c.commitment_verbs)
}

/// Modal and future forms with which obligations are restated ("the other will provide").
fn is_modal(w: &str) -> bool {
    languages::is_cue(w, |c| &c.modal_verbs) || is_russian_present_plural(w)
}

/// Russian treaty language states obligations in the present ("Стороны противодействуют").
fn is_russian_present_plural(w: &str) -> bool {
    w.chars().count() > 5
        && ["ют", "ут", "ят"].iter().any(|e| w.ends_with(e))
        && w.chars().all(is_cyrillic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::words::words;

    fn cue(text: &str) -> Option<Cue> {
        let w = words(text);
        Clause {
            text,
            words: &w,
            external: &[],
        }
        .cue(true)
    }

    #[test]
    fn the_treaty_as_subject() {
        assert_eq!(
            cue("Article six of the agreement also states that they will"),
            Some(Cue::TreatySubject)
        );
        assert_eq!(
            cue("Artikel 4 besagt, falls eine Vertragspartei"),
            Some(Cue::TreatySubject)
        );
        assert_eq!(
            cue("Он предусматривает постоянное поддержание"),
            Some(Cue::Anaphoric)
        );
        assert_eq!(
            cue("the agreement's second article said"),
            Some(Cue::TreatySubject)
        );
        assert_eq!(cue("The treaty was signed in Pyongyang"), None);
        assert_eq!(cue("The treaty is historic, Kim said"), None);
        assert_eq!(
            cue("The treaty, signed in June, obliges both"),
            Some(Cue::TreatySubject)
        );
    }

    #[test]
    fn the_treaty_as_source() {
        assert_eq!(
            cue("According to the document, the sides"),
            Some(Cue::Source)
        );
        assert_eq!(cue("Demnach wird die Vertragspartei"), Some(Cue::Source));
        assert_eq!(cue("Laut dem Vertrag werden beide"), Some(Cue::Source));
        assert_eq!(cue("According to her, the plan"), None);
        assert_eq!(cue("Under the treaty, Moscow may act"), Some(Cue::Source));
    }

    #[test]
    fn other_instruments_are_not_the_treaty() {
        let text = "in accordance with Article 51 of the UN Charter, which covers";
        let w = words(text);
        let external = [Span {
            start: text.find("Article").unwrap(),
            end: text.find(", which").unwrap(),
        }];
        let clause = Clause {
            text,
            words: &w,
            external: &external,
        };
        assert_eq!(clause.cue(false), None);
    }

    #[test]
    fn the_parties_commit() {
        assert_eq!(
            cue("Moscow and Pyongyang also pledged not to"),
            Some(Cue::Parties)
        );
        assert_eq!(
            cue("verpflichten sich Russland und Nordkorea"),
            Some(Cue::Parties)
        );
        assert_eq!(
            cue("Both sides have agreed not to enter"),
            Some(Cue::Parties)
        );
        assert_eq!(cue("Putin and Kim met in Pyongyang"), None);
    }

    #[test]
    fn conditional_obligations() {
        assert_eq!(
            cue("Should a direct threat arise, one side will help the other"),
            Some(Cue::Conditional)
        );
        assert_eq!(
            cue("If one side is attacked, the other will help"),
            Some(Cue::Conditional)
        );
        assert_eq!(cue("If it rains, the match is off"), None);
    }
}
