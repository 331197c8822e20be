//! The plain retrieval baseline the pipeline is measured against: Okapi BM25 over one document
//! per article (its texts and the bundle's reports on it), queried with the statement's words,
//! lower-cased, without stemming, lexicon, article numbers or cues. It predicts the best
//! scoring article whenever any word matches, so it rejects a statement only when it shares no
//! word with any article.

use std::collections::HashMap;
use treaty_core::model::Document;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// A BM25 index of a document's articles.
pub struct Baseline {
    articles: Vec<(String, HashMap<String, usize>, usize)>,
    df: HashMap<String, usize>,
    average: f32,
}

impl Baseline {
    /// Indexes the provisions of `document` that have text or reports.
    pub fn new(document: &Document) -> Self {
        let mut articles = Vec::new();
        let mut df: HashMap<String, usize> = HashMap::new();
        for p in document.provisions() {
            let mut words = Vec::new();
            for t in &p.texts {
                for para in t.paragraphs.iter().filter(|x| !x.gap) {
                    words.extend(tokens(&para.text));
                }
            }
            for r in &p.reports {
                words.extend(tokens(&r.quote));
            }
            if words.is_empty() {
                continue;
            }
            let mut tf: HashMap<String, usize> = HashMap::new();
            for w in &words {
                *tf.entry(w.clone()).or_default() += 1;
            }
            for w in tf.keys() {
                *df.entry(w.clone()).or_default() += 1;
            }
            let name = p.key();
            articles.push((name, tf, words.len()));
        }
        let average = if articles.is_empty() {
            1.0
        } else {
            articles.iter().map(|a| a.2 as f32).sum::<f32>() / articles.len() as f32
        };
        Self {
            articles,
            df,
            average,
        }
    }

    /// The best article for `query`, if any word of it occurs in one.
    pub fn predict(&self, query: &str) -> Option<String> {
        let n = self.articles.len() as f32;
        let words = tokens(query);
        self.articles
            .iter()
            .map(|(name, tf, len)| {
                let score: f32 = words
                    .iter()
                    .filter_map(|w| {
                        let f = *tf.get(w)? as f32;
                        let df = *self.df.get(w)? as f32;
                        let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                        let norm = K1 * (1.0 - B + B * *len as f32 / self.average);
                        Some(idf * f * (K1 + 1.0) / (f + norm))
                    })
                    .sum();
                (name, score)
            })
            .filter(|(_, score)| *score > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(name, _)| name.clone())
    }
}

/// Lower-cased runs of letters and digits.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
