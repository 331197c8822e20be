//! The catalog the unit tests recognise against: the instruments and glossary of the Russia–DPRK
//! treaty's news coverage, with the names the bundles give them.

use super::{Catalog, Instrument, Term};

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

pub(super) fn catalog() -> Catalog {
    let instrument = |id: &str, names: &[&str], self_names: &[&str]| Instrument {
        id: id.to_owned(),
        names: strings(names),
        self_names: strings(self_names),
    };
    let term = |id: &str, forms: &[&str], documents: &[&str]| Term {
        id: id.to_owned(),
        forms: strings(forms),
        documents: strings(documents),
    };
    Catalog {
        instruments: vec![
            instrument(
                "un-charter-1945",
                &[
                    "Charter of the United Nations",
                    "UN Charter",
                    "U.N. Charter",
                    "United Nations Charter",
                    "Устав ООН",
                    "Устав Организации Объединенных Наций",
                    "UN-Charta",
                    "Charta der Vereinten Nationen",
                ],
                &["the present Charter", "this Charter"],
            ),
            instrument(
                "north-atlantic-treaty-1949",
                &["North Atlantic Treaty", "Washington Treaty", "NATO Treaty"],
                &["this Treaty", "the present Treaty"],
            ),
            instrument(
                "rus-dprk-2024",
                &["Treaty on Comprehensive Strategic Partnership", "Russia–DPRK treaty"],
                &[],
            ),
            instrument(
                "ussr-dprk-1961",
                &[
                    "USSR–DPRK Treaty of 1961",
                    "Treaty of Friendship, Co-operation and Mutual Assistance between the USSR and the DPRK",
                ],
                &[],
            ),
        ],
        terms: vec![
            term("dprk", &["DPRK", "КНДР", "Democratic People's Republic of Korea"], &[]),
            term(
                "unilateral-coercive-measures",
                &[
                    "unilateral coercive measures",
                    "односторонних принудительных мер",
                    "односторонние принудительные меры",
                ],
                &[],
            ),
            term("un", &["ООН", "United Nations"], &[]),
            term("collective-self-defence", &["collective self-defence"], &["north-atlantic-treaty-1949"]),
        ],
    }
}
