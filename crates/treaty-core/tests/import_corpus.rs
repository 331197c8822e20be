//! Imports every corpus treaty text and checks the structure a reader relies on.

use treaty_core::import::{import_text, TextOptions};
use treaty_core::model::{Completeness, Document, Paragraph, Provision, WitnessKind};

fn import(file: &str) -> Document {
    let path = format!("{}/../../corpus/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let id = file.split('.').next().unwrap();
    import_text(id, &text, &TextOptions::default()).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn article<'a>(doc: &'a Document, n: &str) -> &'a Provision {
    doc.article(n)
        .unwrap_or_else(|| panic!("{} has no Article {n}", doc.id))
}

fn paragraphs(p: &Provision) -> &[Paragraph] {
    &p.texts[0].paragraphs
}

fn joined(p: &Provision) -> String {
    paragraphs(p)
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn numbers(doc: &Document) -> Vec<&str> {
    doc.articles
        .iter()
        .map(|a| a.number.as_deref().unwrap())
        .collect()
}

#[test]
fn un_charter_has_its_whole_structure() {
    let doc = import("un-charter-1945.en.txt");
    assert_eq!(doc.articles.len(), 111);
    let expected: Vec<String> = (1..=111).map(|n| n.to_string()).collect();
    assert_eq!(numbers(&doc), expected);
    assert_eq!(doc.chapters.len(), 19);
    assert_eq!(doc.chapters[0].number, "I");
    assert_eq!(doc.chapters[0].title, "Purposes and Principles");
    assert_eq!(doc.chapters[0].first_article, "1");
    assert_eq!(doc.chapters[6].number, "VII");
    assert_eq!(doc.chapters[18].first_article, "110");
    assert!(doc.preamble.is_some());
    assert!(joined(article(&doc, "51"))
        .contains("inherent right of individual or collective self-defense"));
    assert_eq!(doc.completeness, Completeness::Complete);
    assert!(doc
        .provisions()
        .all(|p| p.completeness() == Completeness::Complete));
    let witness = &article(&doc, "1").texts[0].witness;
    assert_eq!(witness.kind, WitnessKind::Official);
    assert_eq!(article(&doc, "1").texts[0].language, "en");
}

#[test]
fn un_charter_sub_headings_head_the_next_article_only() {
    let doc = import("un-charter-1945.en.txt");
    let chapter_v = doc
        .chapter_opening("23")
        .expect("Chapter V opens at Article 23");
    assert_eq!(chapter_v.title, "The Security Council");
    let art23 = article(&doc, "23");
    assert_eq!(art23.heading.as_deref(), Some("Composition"));
    assert_eq!(paragraphs(art23)[0].number.as_deref(), Some("1."));
    assert!(paragraphs(art23)[0]
        .text
        .starts_with("The Security Council shall consist of fifteen Members"));
    assert!(paragraphs(art23)
        .iter()
        .all(|p| !p.text.contains("Composition") && !p.text.contains("Functions and Powers")));
    assert_eq!(
        article(&doc, "24").heading.as_deref(),
        Some("Functions and Powers")
    );
    assert_eq!(article(&doc, "25").heading, None);
    assert_eq!(article(&doc, "27").heading.as_deref(), Some("Voting"));
    assert_eq!(article(&doc, "28").heading.as_deref(), Some("Procedure"));
    assert_eq!(article(&doc, "9").heading.as_deref(), Some("Composition"));
}

#[test]
fn un_charter_paragraph_numbers_are_taken_off() {
    let doc = import("un-charter-1945.en.txt");
    let art1 = paragraphs(article(&doc, "1"));
    assert_eq!(art1[0].number, None);
    assert_eq!(art1[1].number.as_deref(), Some("1."));
    assert!(art1[1].text.starts_with("To maintain international peace"));
    let art55 = paragraphs(article(&doc, "55"));
    assert_eq!(art55[1].number.as_deref(), Some("a."));
    assert!(art55[1].text.starts_with("higher standards of living"));
}

#[test]
fn north_atlantic_treaty_is_complete() {
    let doc = import("north-atlantic-treaty-1949.en.txt");
    let expected: Vec<String> = (1..=14).map(|n| n.to_string()).collect();
    assert_eq!(numbers(&doc), expected);
    assert!(doc.preamble.is_some());
    assert!(doc.chapters.is_empty());
    let art5 = paragraphs(article(&doc, "5"));
    assert_eq!(art5.len(), 2);
    assert!(art5[0]
        .text
        .contains("Article 51 of the Charter of the United Nations"));
    assert_eq!(doc.completeness, Completeness::Complete);
    let art6 = paragraphs(article(&doc, "6"));
    assert_eq!(art6[1].number.as_deref(), Some("(i)"));
    assert_eq!(art6[2].number.as_deref(), Some("(ii)"));
}

#[test]
fn ussr_dprk_treaty_breaks_off_in_article_5() {
    let doc = import("ussr-dprk-1961.en.txt");
    assert_eq!(numbers(&doc), ["1", "2", "3", "4", "5"]);
    for n in ["1", "2", "3", "4"] {
        assert_eq!(
            article(&doc, n).completeness(),
            Completeness::Complete,
            "{n}"
        );
    }
    let art5 = article(&doc, "5");
    assert_eq!(art5.completeness(), Completeness::Partial);
    assert!(paragraphs(art5).last().unwrap().gap);
    assert!(paragraphs(art5)[0].text.ends_with("and with"));
    let preamble = doc.preamble.as_ref().unwrap();
    let gap = paragraphs(preamble).iter().find(|p| p.gap).unwrap();
    assert_eq!(
        gap.text,
        "[... names of the plenipotentiaries: missing in every stored copy ...]"
    );
    assert_eq!(preamble.completeness(), Completeness::Partial);
    assert_eq!(doc.completeness, Completeness::Partial);
    assert_eq!(preamble.texts[0].witness.kind, WitnessKind::Translation);
}

#[test]
fn prc_dprk_treaty_keeps_roman_numbers() {
    let doc = import("prc-dprk-1961.en.txt");
    assert_eq!(numbers(&doc), ["I", "II"]);
    assert_eq!(article(&doc, "1").completeness(), Completeness::Complete);
    let art2 = article(&doc, "II");
    assert_eq!(art2.completeness(), Completeness::Partial);
    let p = paragraphs(art2);
    assert!(p[0].text.ends_with("by any state. In the"));
    assert!(p[1].gap);
    assert_eq!(p[1].text, "[...]");
    assert_eq!(art2.texts[0].witness.kind, WitnessKind::Translation);
}

#[test]
fn kcna_report_is_placed_by_its_article_map() {
    let options = TextOptions {
        completeness: Some(Completeness::Partial),
        ..TextOptions::default()
    };
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpus/rus-dprk-2024.en.txt"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let doc = import_text("rus-dprk-2024", &text, &options).unwrap();
    assert_eq!(numbers(&doc), ["1", "2", "3", "4"]);
    for a in &doc.articles {
        assert_eq!(a.completeness(), Completeness::Partial);
        assert_eq!(a.texts[0].witness.kind, WitnessKind::Report);
        assert_eq!(a.texts[0].witness.date.as_deref(), Some("2024-06-20"));
    }
    assert!(paragraphs(article(&doc, "1"))[0]
        .text
        .starts_with("According to the treaty, the two sides"));
    assert!(paragraphs(article(&doc, "3"))[0]
        .text
        .starts_with("In case a direct threat of armed invasion"));
    let art4 = paragraphs(article(&doc, "4"));
    assert!(art4[0]
        .text
        .ends_with("all means in its possession without"));
    assert!(art4.last().unwrap().gap);

    assert_eq!(doc.unplaced.len(), 1);
    let unplaced = &doc.unplaced[0];
    assert!(unplaced.text.paragraphs[0]
        .text
        .starts_with("The two sides shall aspire to global strategic stability"));
    assert_eq!(
        unplaced.note,
        "Article 2 or 3: no report names it; left unassigned"
    );

    let all_text: Vec<&str> = doc
        .provisions()
        .flat_map(|p| p.texts.iter().flat_map(|t| &t.paragraphs))
        .map(|p| p.text.as_str())
        .collect();
    assert!(all_text.iter().all(|t| !t.contains("(KCNA)")));
    assert!(all_text
        .iter()
        .all(|t| *t != "DPRK-Russia Treaty on Comprehensive Strategic Partnership"));
}

#[test]
fn kcna_report_without_override_judges_each_article() {
    let doc = import("rus-dprk-2024.en.txt");
    assert_eq!(article(&doc, "1").completeness(), Completeness::Complete);
    assert_eq!(article(&doc, "4").completeness(), Completeness::Partial);
}

#[test]
fn english_fragments_of_article_16_are_separated_by_gaps() {
    let doc = import("rus-dprk-2024.en.fragments.txt");
    assert_eq!(numbers(&doc), ["16"]);
    let art16 = article(&doc, "16");
    let p = paragraphs(art16);
    let text: Vec<&Paragraph> = p.iter().filter(|p| !p.gap).collect();
    assert_eq!(text.len(), 3);
    assert!(text[0]
        .text
        .starts_with("The parties oppose the use of unilateral coercive measures"));
    assert!(!p[0].gap && p[1].gap && !p[2].gap && p[3].gap && !p[4].gap);
    assert_eq!(art16.completeness(), Completeness::Partial);
    let witness = &art16.texts[0].witness;
    assert_eq!(witness.kind, WitnessKind::Translation);
    assert_eq!(
        witness.publisher.as_deref(),
        Some("Oreanda-News (English service)")
    );
    assert_eq!(witness.date.as_deref(), Some("2024-12-05"));
}

#[test]
fn russian_fragments_of_article_16() {
    let doc = import("rus-dprk-2024.ru.txt");
    assert_eq!(numbers(&doc), ["16"]);
    let art16 = article(&doc, "16");
    assert_eq!(art16.texts[0].language, "ru");
    assert!(paragraphs(art16)[0]
        .text
        .starts_with("Стороны противодействуют применению односторонних принудительных мер"));
    assert_eq!(art16.completeness(), Completeness::Partial);
    let witness = &art16.texts[0].witness;
    assert_eq!(witness.kind, WitnessKind::Official);
    assert_eq!(
        witness.url.as_deref(),
        Some("https://hoz-sklad.ru/rossiia-i-kndr-dogovorilis-ne-podderjivat-odnostoronnie-sankcii.html")
    );
}
