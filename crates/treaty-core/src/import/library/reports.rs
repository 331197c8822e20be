//! Attaching the manifest's reports to provisions, checked against the source bodies here so
//! that a wrong quote is reported at its manifest line rather than by the bundle check.

use super::manifest::ReportSpec;
use super::LibraryError;
use crate::bundle::Source;
use crate::model::{Document, Provision, Report};
use crate::numbering::article_value;
use toml::Spanned;

/// Adds each report to its provision (`article` is a number or `preamble`). `line_of` turns a
/// manifest offset into its line.
pub(crate) fn attach(
    doc: &mut Document,
    reports: &[ReportSpec],
    sources: &[Source],
    line_of: impl Fn(usize) -> usize,
) -> Result<(), LibraryError> {
    let fail = |at: &Spanned<String>, message: String| LibraryError::Manifest {
        line: Some(line_of(at.span().start)),
        message,
    };
    for r in reports {
        let (source_id, quote, article) =
            (r.source.get_ref(), r.quote.get_ref(), r.article.get_ref());
        let source = sources.iter().find(|s| &s.id == source_id).ok_or_else(|| {
            fail(
                &r.source,
                format!("report names the unknown source \"{source_id}\""),
            )
        })?;
        if !source.body.contains(quote.as_str()) {
            return Err(fail(
                &r.quote,
                format!(
                    "the quote is not in the body of source \"{source_id}\" (it must match exactly, quotation marks and apostrophes included): {quote}"
                ),
            ));
        }
        let id = doc.id.clone();
        let provision = provision(doc, article).ok_or_else(|| {
            fail(
                &r.article,
                format!(
                    "report on \"{article}\", which document \"{id}\" does not have (set article_count or preamble, or fix the number)"
                ),
            )
        })?;
        provision.reports.push(Report {
            source: source_id.clone(),
            quote: quote.clone(),
            basis: r.basis.clone(),
        });
    }
    Ok(())
}

/// The preamble, or the article with this number by value.
fn provision<'a>(doc: &'a mut Document, article: &str) -> Option<&'a mut Provision> {
    if article.eq_ignore_ascii_case("preamble") {
        return doc.preamble.as_mut();
    }
    let wanted = article_value(article)?;
    doc.articles
        .iter_mut()
        .find(|a| a.number.as_deref().and_then(article_value) == Some(wanted))
}
