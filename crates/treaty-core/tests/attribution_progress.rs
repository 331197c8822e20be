//! Attribution with progress reports gives the same result as without, and counts every
//! statement once, in order.

mod common;

use treaty_core::attribution::{attribute_source, attribute_source_with_progress, Progress};

#[test]
fn progress_reports_count_every_statement_and_change_nothing() {
    let bundle = common::library();
    let tass = bundle.source("tass-2024-10-24").unwrap();
    let mut seen = Vec::new();
    let attributed = attribute_source_with_progress(tass, &bundle, &mut |p| seen.push(p));
    assert_eq!(attributed.statements_found, None);
    let found = attributed.attributions;
    assert_eq!(found, attribute_source(tass, &bundle));
    assert_eq!(seen.first(), Some(&Progress::Finding));
    let total = found.len();
    assert!(total > 0);
    let counts: Vec<usize> = seen[1..]
        .iter()
        .map(|p| match p {
            Progress::Attributing { done, total: t } => {
                assert_eq!(*t, total);
                *done
            }
            Progress::Finding => panic!("finding after attributing"),
        })
        .collect();
    assert_eq!(counts, (0..=total).collect::<Vec<_>>());
}
