//! The JSON form of the entries' facts: the meta file carries them for every entry of the
//! library, so they are written as a table rather than as objects. Treaty ids, article numbers,
//! source ids and languages are written once per provision or source (a group) and each entry
//! is a row of numbers: this makes the meta file several times smaller than objects with
//! repeated names.

use super::entry::Target;
use super::index::{Facts, FIELD_COUNT};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A provision or a source, as rows refer to it: `(kind, id, article, treaties)`, kind
/// [`PROVISION`] or [`SOURCE`], article empty for a source.
type Group = (u8, String, String, Vec<String>);

const PROVISION: u8 = 0;
const SOURCE: u8 = 1;

/// Row layout: group, fragment, language, the field lengths, then for a provision its text and
/// paragraph, for a source its paragraph, start and (if any) statement. A fragment file holds
/// several groups' texts once the index is split, so it is a number of its own.
const LENGTHS_AT: usize = 3;
const REST_AT: usize = LENGTHS_AT + FIELD_COUNT;

#[derive(Serialize, Deserialize)]
struct Table {
    #[serde(rename = "g")]
    groups: Vec<Group>,
    #[serde(rename = "l")]
    languages: Vec<String>,
    #[serde(rename = "r")]
    rows: Vec<Vec<u64>>,
}

fn number(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

pub fn serialize<S: Serializer>(entries: &[Facts], serializer: S) -> Result<S::Ok, S::Error> {
    let mut table = Table {
        groups: Vec::new(),
        languages: Vec::new(),
        rows: Vec::with_capacity(entries.len()),
    };
    let mut group_of: std::collections::HashMap<(u8, String, String), usize> =
        std::collections::HashMap::new();
    for facts in entries {
        let (kind, id, article, rest) = match &facts.target {
            Target::Provision {
                treaty,
                article,
                text,
                paragraph,
            } => (PROVISION, treaty, article.clone(), vec![*text, *paragraph]),
            Target::Source {
                source,
                paragraph,
                start,
                statement,
            } => {
                let mut rest = vec![*paragraph, *start];
                rest.extend(*statement);
                (SOURCE, source, String::new(), rest)
            }
        };
        let group = *group_of
            .entry((kind, id.clone(), article.clone()))
            .or_insert_with(|| {
                table
                    .groups
                    .push((kind, id.clone(), article, facts.treaties.clone()));
                table.groups.len() - 1
            });
        let language = match table.languages.iter().position(|l| *l == facts.language) {
            Some(i) => i,
            None => {
                table.languages.push(facts.language.clone());
                table.languages.len() - 1
            }
        };
        let mut row = vec![number(group), u64::from(facts.fragment), number(language)];
        row.extend(facts.lengths.iter().map(|n| u64::from(*n)));
        row.extend(rest.into_iter().map(number));
        table.rows.push(row);
    }
    table.serialize(serializer)
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Facts>, D::Error> {
    let table = Table::deserialize(deserializer)?;
    table
        .rows
        .iter()
        .map(|row| facts(&table, row))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| serde::de::Error::custom("an entry row does not fit its table"))
}

/// The facts of one row; `None` when it names a group or language the table lacks.
fn facts(table: &Table, row: &[u64]) -> Option<Facts> {
    let at = |i: usize| row.get(i).and_then(|n| usize::try_from(*n).ok());
    let (kind, id, article, treaties) = table.groups.get(at(0)?)?;
    let fragment = u32::try_from(*row.get(1)?).ok()?;
    let language = table.languages.get(at(2)?)?.clone();
    let mut lengths = [0u32; FIELD_COUNT];
    for (i, length) in lengths.iter_mut().enumerate() {
        *length = u32::try_from(*row.get(LENGTHS_AT + i)?).ok()?;
    }
    let target = match *kind {
        PROVISION => Target::Provision {
            treaty: id.clone(),
            article: article.clone(),
            text: at(REST_AT)?,
            paragraph: at(REST_AT + 1)?,
        },
        SOURCE => Target::Source {
            source: id.clone(),
            paragraph: at(REST_AT)?,
            start: at(REST_AT + 1)?,
            statement: at(REST_AT + 2),
        },
        _ => return None,
    };
    Some(Facts {
        target,
        language,
        lengths,
        treaties: treaties.clone(),
        fragment,
    })
}
