//! The user import formats (Markdown, Akoma Ntoso, HTML pages) and the byte-level checks in
//! front of them: realistic samples, every error a user can meet, and no panic on any input.

use proptest::prelude::*;
use treaty_core::import::{
    check_size, decode, detect, html_title, import_akoma_ntoso, import_akoma_ntoso_with,
    import_markdown, import_text, import_treaty_file, readable_text, Format, FormatError,
    FormatOptions, ImportError, TextOptions, MAX_IMPORT_BYTES,
};
use treaty_core::model::{Completeness, Document, WitnessKind};

const ARTICLE_1: &str = "The Parties undertake, as set forth in the Charter of the United Nations, to settle any international dispute in which they may be involved by peaceful means in such a manner that international peace and security and justice are not endangered, and to refrain in their international relations from the threat or use of force in any manner inconsistent with the purposes of the United Nations.";
const ARTICLE_5A: &str = "The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all and consequently they agree that, if such an armed attack occurs, each of them, in exercise of the right of individual or collective self-defence recognised by Article 51 of the Charter of the United Nations, will assist the Party or Parties so attacked by taking forthwith, individually and in concert with the other Parties, such action as it deems necessary, including the use of armed force, to restore and maintain the security of the North Atlantic area.";
const ARTICLE_5B: &str = "Any such armed attack and all measures taken as a result thereof shall immediately be reported to the Security Council. Such measures shall be terminated when the Security Council has taken the measures necessary to restore and maintain international peace and security.";

fn corpus_nato() -> Document {
    let path = format!(
        "{}/../../corpus/north-atlantic-treaty-1949.en.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).unwrap();
    import_text("nato", &text, &TextOptions::default()).unwrap()
}

/// Article numbers and paragraph texts of Articles 1 and 5, as the reader shows them.
fn articles_1_and_5(doc: &Document) -> Vec<(String, Vec<String>)> {
    ["1", "5"]
        .iter()
        .map(|n| {
            let article = doc.article(n).unwrap();
            let texts = article.texts[0]
                .paragraphs
                .iter()
                .map(|p| p.text.clone())
                .collect();
            (article.number.clone().unwrap(), texts)
        })
        .collect()
}

fn markdown_sample() -> String {
    format!(
        "# The North Atlantic Treaty\n\n## Preamble\n\nThe Parties to this Treaty reaffirm their faith.\n\n## Article 1\n\n{ARTICLE_1}\n\n### Article 5 — Collective defence\n\n{ARTICLE_5A}\n\n{ARTICLE_5B}\n"
    )
}

fn akn_sample() -> String {
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="treaty">
    <meta><identification source="#user"><FRBRWork><FRBRthis value="/akn/int/act/1949"/></FRBRWork></identification></meta>
    <preface><p class="title"><docTitle>The North Atlantic Treaty</docTitle></p></preface>
    <preamble><p>The Parties to this Treaty reaffirm
      their faith.</p></preamble>
    <body>
      <chapter eId="chp_I"><num>I</num><heading>Settlement of disputes</heading>
        <article eId="art_1"><num>Article 1</num>
          <content><p>{ARTICLE_1}</p></content>
        </article>
      </chapter>
      <article eId="art_5"><num>Article 5</num><heading>Collective defence</heading>
        <paragraph eId="art_5__para_1"><content><p>{ARTICLE_5A}</p></content></paragraph>
        <paragraph eId="art_5__para_2"><content><p>{ARTICLE_5B}</p></content></paragraph>
      </article>
    </body>
    <conclusions><p>Done at Washington, the fourth day of April, 1949.</p></conclusions>
  </act>
</akomaNtoso>"##
    )
}

#[test]
fn markdown_gives_the_corpus_text_of_articles_1_and_5() {
    let doc = import_markdown("nato", &markdown_sample()).unwrap();
    assert_eq!(doc.title, "The North Atlantic Treaty");
    assert_eq!(articles_1_and_5(&doc), articles_1_and_5(&corpus_nato()));
    assert_eq!(
        doc.article("5").unwrap().heading.as_deref(),
        Some("Collective defence")
    );
    assert!(doc.preamble.is_some());
    assert_eq!(doc.completeness, Completeness::Complete);
    assert_eq!(doc.articles[0].texts[0].witness.kind, WitnessKind::Official);
}

#[test]
fn markdown_chapters_numbers_and_gaps() {
    let md = "# T\n\n## Chapter I — Purposes\n\n## Article 1\n\n1. First.\n\na. Item [...]\n\n## Article II\n\nText.";
    let doc = import_markdown("t", md).unwrap();
    assert_eq!(doc.chapters[0].title, "Purposes");
    assert_eq!(doc.chapters[0].first_article, "1");
    let paragraphs = &doc.articles[0].texts[0].paragraphs;
    assert_eq!(paragraphs[0].number.as_deref(), Some("1."));
    assert_eq!(paragraphs[1].number.as_deref(), Some("a."));
    assert!(paragraphs[2].gap);
    assert_eq!(doc.articles[0].completeness(), Completeness::Partial);
    assert_eq!(doc.articles[1].completeness(), Completeness::Complete);
    assert_eq!(doc.completeness, Completeness::Partial);
}

#[test]
fn akoma_ntoso_gives_the_corpus_text_of_articles_1_and_5() {
    let doc = import_akoma_ntoso("nato", &akn_sample()).unwrap();
    assert_eq!(doc.title, "The North Atlantic Treaty");
    assert_eq!(articles_1_and_5(&doc), articles_1_and_5(&corpus_nato()));
    let preamble = &doc.preamble.as_ref().unwrap().texts[0].paragraphs[0];
    assert_eq!(
        preamble.text,
        "The Parties to this Treaty reaffirm their faith."
    );
    assert_eq!(doc.chapters[0].number, "I");
    assert_eq!(doc.chapters[0].title, "Settlement of disputes");
    assert_eq!(doc.chapters[0].first_article, "1");
    assert_eq!(
        doc.article("5").unwrap().heading.as_deref(),
        Some("Collective defence")
    );
    assert_eq!(doc.unplaced.len(), 1);
    assert!(doc.unplaced[0].text.paragraphs[0]
        .text
        .starts_with("Done at Washington"));
}

#[test]
fn akoma_ntoso_paragraph_numbers_unknown_elements_and_options() {
    let xml = r#"<akomaNtoso><doc><mainBody><article eId="art_4"><heading>Consultation</heading>
        <paragraph><num>1.</num><content><p>The <i>Parties</i> will <foo>consult</foo>&#160;together.</p></content></paragraph>
        </article></mainBody></doc></akomaNtoso>"#;
    let options = FormatOptions {
        kind: WitnessKind::Translation,
        language: "fr".into(),
        ..FormatOptions::default()
    };
    let doc = import_akoma_ntoso_with("x", xml, &options).unwrap();
    let article = doc.article("4").unwrap();
    assert_eq!(article.heading.as_deref(), Some("Consultation"));
    let text = &article.texts[0];
    assert_eq!(text.language, "fr");
    assert_eq!(text.witness.kind, WitnessKind::Translation);
    assert_eq!(text.paragraphs[0].number.as_deref(), Some("1."));
    assert_eq!(
        text.paragraphs[0].text,
        "The Parties will consult together."
    );
}

fn message(e: impl std::fmt::Display) -> String {
    e.to_string()
}

#[test]
fn size_limit_names_size_and_limit() {
    assert!(check_size(MAX_IMPORT_BYTES).is_ok());
    let e = check_size(MAX_IMPORT_BYTES + 1).unwrap_err();
    let m = message(&e);
    assert!(m.contains("the file is 20.1 MB"), "{m}");
    assert!(m.contains("limit of 20 MB"), "{m}");
    let m = message(check_size(3 * MAX_IMPORT_BYTES).unwrap_err());
    assert!(m.contains("the file is 60 MB"), "{m}");
}

#[test]
fn decode_accepts_utf8_and_strips_its_bom() {
    assert_eq!(decode(b"\xEF\xBB\xBFArticle 1").unwrap(), "Article 1");
    assert_eq!(
        decode("Статья 1\n\tтекст".as_bytes()).unwrap(),
        "Статья 1\n\tтекст"
    );
}

#[test]
fn decode_rejects_binary_utf16_and_bad_utf8() {
    let e = decode(b"line one\nline\0two").unwrap_err();
    assert_eq!(e, FormatError::Binary { line: 2 });
    assert!(message(&e).contains("line 2") && message(&e).contains("binary"));
    assert!(matches!(
        decode(b"\x01\x02\x03\x04abc"),
        Err(FormatError::Binary { .. })
    ));
    for bom in [&b"\xFF\xFEA\0"[..], &b"\xFE\xFF\0A"[..]] {
        let m = message(decode(bom).unwrap_err());
        assert!(m.contains("saved as UTF-16; save it as UTF-8"), "{m}");
    }
    let e = decode(b"ok\nok\n\xC3\x28").unwrap_err();
    assert_eq!(e, FormatError::NotUtf8 { line: 3 });
    assert!(message(&e).contains("UTF-8"));
}

#[test]
fn malformed_xml_names_the_line() {
    let e = import_akoma_ntoso("x", "<akomaNtoso>\n<act>\n<body></act>").unwrap_err();
    assert!(matches!(e, FormatError::Xml { line: 3, .. }), "{e:?}");
    assert!(message(&e).starts_with("line 3: malformed XML"), "{e}");
    let e = import_akoma_ntoso("x", "<akomaNtoso>\n<act>").unwrap_err();
    assert!(message(&e).contains("not closed"), "{e}");
}

#[test]
fn no_articles_is_an_error_in_both_formats() {
    let e = import_markdown("x", "# Title\n\n## Preamble\n\nText.").unwrap_err();
    assert_eq!(e, FormatError::Import(ImportError::NoArticles));
    assert!(message(&e).contains("no article headings"));
    let e = import_akoma_ntoso(
        "x",
        "<akomaNtoso><act><body><p>x</p></body></act></akomaNtoso>",
    )
    .unwrap_err();
    assert_eq!(e, FormatError::Import(ImportError::NoArticles));
}

#[test]
fn duplicate_articles_name_both_lines() {
    let e = import_markdown("x", "## Article 1\n\nA.\n\n## Article I\n\nB.").unwrap_err();
    assert_eq!(
        message(&e),
        "line 5: Article I appears twice (first at line 1)"
    );
    let xml = "<akomaNtoso><act><body>\n<article><num>Article 2</num></article>\n<article><num>Article 2</num></article>\n</body></act></akomaNtoso>";
    let e = import_akoma_ntoso("x", xml).unwrap_err();
    assert_eq!(
        message(&e),
        "line 3: Article 2 appears twice (first at line 2)"
    );
}

#[test]
fn unreadable_article_numbers_name_the_line() {
    let e = import_markdown("x", "# T\n\n## Article four\n\nText.").unwrap_err();
    assert!(
        message(&e).starts_with("line 3: the heading \"Article four\""),
        "{e}"
    );
    let e = import_akoma_ntoso(
        "x",
        "<akomaNtoso>\n<article><num>Article four</num></article></akomaNtoso>",
    )
    .unwrap_err();
    assert!(message(&e).starts_with("line 2:"), "{e}");
}

#[test]
fn text_before_the_first_heading_is_an_error() {
    let e = import_markdown("x", "# T\n\nIntro.\n\n## Article 1\n\nA.").unwrap_err();
    assert_eq!(
        e,
        FormatError::Import(ImportError::TextBeforeHeading { line: 3 })
    );
}

const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Fallback title</title>
<meta property="og:title" content="Allies invoke Article&nbsp;5 &amp; consult">
<style>p { color: red; }</style><script>if (a < b) { document.write("<p>x</p>"); }</script>
</head><body><header><nav><ul><li>Home</li><li>World</li></ul></nav></header>
<article><h1>Allies invoke   Article 5</h1>
<p>The Parties agreed &#8212; &ldquo;an attack on one&rdquo;
   is an attack on all.</p><div><p>Second&#x20;paragraph<br>next line</p></div>
<aside>Related stories</aside><noscript>Enable JS</noscript><svg><text>icon</text></svg>
<form><input value="x">Subscribe</form><p>Stray < sign and <b>bold</b> text</p></article>
<footer>© News Agency</footer></body></html>"#;

#[test]
fn readable_text_keeps_only_the_article() {
    assert_eq!(
        readable_text(PAGE),
        "Allies invoke Article 5\nThe Parties agreed — “an attack on one” is an attack on all.\nSecond paragraph\nnext line\nStray < sign and bold text"
    );
}

#[test]
fn html_title_prefers_og_title() {
    assert_eq!(
        html_title(PAGE).as_deref(),
        Some("Allies invoke Article 5 & consult")
    );
    assert_eq!(
        html_title("<title> A &amp; B </title>").as_deref(),
        Some("A & B")
    );
    assert_eq!(html_title("<p>no title</p>"), None);
}

#[test]
fn malformed_html_does_not_lose_text() {
    assert_eq!(
        readable_text("<p>open <b>never closed"),
        "open never closed"
    );
    assert_eq!(readable_text("a <"), "a <");
    assert_eq!(readable_text("<div class=\"x>y\">in</div"), "in");
    assert_eq!(readable_text("<script>never closed"), "");
}

#[test]
fn detect_by_content_then_extension() {
    assert_eq!(detect("a.xml", akn_sample().as_bytes()), Format::AkomaNtoso);
    assert_eq!(detect("a.txt", akn_sample().as_bytes()), Format::AkomaNtoso);
    assert_eq!(detect("page", PAGE.as_bytes()), Format::Html);
    assert_eq!(
        detect("x.md", b"# title: X\n# language: en\n"),
        Format::CorpusText
    );
    assert_eq!(
        detect("x.md", markdown_sample().as_bytes()),
        Format::Markdown
    );
    assert_eq!(
        detect("treaty", markdown_sample().as_bytes()),
        Format::Markdown
    );
    assert_eq!(detect("bundle.json", b"{}"), Format::Bundle);
    assert_eq!(
        detect("b", br#"{"format":"x","documents":[]}"#),
        Format::Bundle
    );
    assert_eq!(detect("saved.htm", b"<p>x</p>"), Format::Html);
    assert_eq!(detect("notes.txt", b"Some report."), Format::PlainText);
}

proptest! {
    #[test]
    fn no_importer_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode(&bytes);
        let _ = detect("f", &bytes);
        let text = String::from_utf8_lossy(&bytes);
        let _ = import_markdown("x", &text);
        let _ = import_akoma_ntoso("x", &text);
        let _ = readable_text(&text);
        let _ = html_title(&text);
    }

    #[test]
    fn no_importer_panics_on_markup_like_text(
        text in r##"([<>/&;#="' a-zA-Z0-9\n.—é]|<article>|</article>|<num>|</num>|<p>|</p>|## Article 1|Article|<script>|</script>|&#x|<!--|-->|\[\.\.\.\])*"##
    ) {
        let _ = import_markdown("x", &text);
        let _ = import_akoma_ntoso("x", &text);
        let _ = readable_text(&text);
        let _ = html_title(&text);
        let _ = detect("f.xml", text.as_bytes());
    }

    /// A reader's plain text, read leniently: headings in many forms, run-in titles, restarts,
    /// annexes and broken lines never panic it, and every article read has a number.
    #[test]
    fn the_plain_text_reader_never_panics(
        text in r"((Article|ARTICLE|Art\.|Статья|Artículo|ANNEX|PART|PREAMBLE) ?([0-9]{1,3}[a-z]?|[IVX]{1,4}|I-[0-9]|premier|1º)?[ .–-]*|[a-zé 12.,;:\n-]|The|Every|\n\n|obli-\n|😀)*"
    ) {
        if let Ok(bundle) = import_treaty_file("t.txt", text.as_bytes()) {
            for document in &bundle.documents {
                prop_assert!(document.articles.iter().all(|a| a.number.is_some()));
            }
        }
    }
}

#[test]
fn akoma_ntoso_quoted_articles_are_text_and_ordinal_numbers_are_read() {
    let xml = r#"<akomaNtoso><act><body>
        <article eId="art_1"><num>Artículo 1º</num><paragraph><content><p>El artículo 5 queda así:</p>
          <p><mod><quotedStructure><article><num>Art. 5.</num><content><p>Texto nuevo.</p></content></article></quotedStructure></mod></p>
        </content></paragraph></article>
        <article eId="art_2"><num>Artículo 2º.</num><content><p>Comuníquese.</p></content></article>
    </body></act></akomaNtoso>"#;
    let document = import_akoma_ntoso("x", xml).unwrap();
    let numbers: Vec<_> = document
        .articles
        .iter()
        .map(|a| a.number.clone().unwrap())
        .collect();
    assert_eq!(numbers, ["1", "2"]);
    let first: Vec<_> = document.articles[0].texts[0]
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert!(
        first.iter().any(|t| t.contains("Texto nuevo.")),
        "{first:?}"
    );
}

#[test]
fn an_act_in_sections_has_them_as_its_articles() {
    let xml = r#"<akomaNtoso><act><body>
        <section eId="section-1"><num>1</num><heading>Interpretation</heading><content><p>In this Act “data” means information.</p></content></section>
        <section eId="section-9A"><num>9A</num><heading>Inserted</heading><content><p>Inserted text.</p></content></section>
        <section eId="section-10"><num>§ 10.</num><content><p>Last.</p></content></section>
    </body></act></akomaNtoso>"#;
    let document = import_akoma_ntoso("x", xml).unwrap();
    let numbers: Vec<_> = document
        .articles
        .iter()
        .map(|a| a.number.clone().unwrap())
        .collect();
    assert_eq!(numbers, ["1", "9A", "10"]);
    assert_eq!(
        document.articles[0].heading.as_deref(),
        Some("Interpretation")
    );
}

proptest! {
    /// Web pages, well-formed or not, shaped like the ones the HTML reader looks at (Indigo's
    /// akn- classes, tables of contents, preformatted blocks, heading-like paragraphs, character
    /// references cut short): no input panics the treaty or the source import, and every line
    /// of the readable text is trimmed and non-empty.
    #[test]
    fn no_web_page_panics_the_html_reader(
        text in r##"(<span class="akn-akomaNtoso">|<article class="akn-act">|<section class="akn-section" id="sec_1">|<section class="akn-chapter">|<div class="akn-attachment">|<span class="akn-num">|<span class="akn-remark">|<h2>Chapter 1<br>X</h2>|<h3>1\. Title</h3>|<h3>|</h3>|</section>|</span>|</div>|<div>|<aside>|<a href="#a">x</a>|<a href="#">|<pre>|</pre>|<div class="whitespace-pre-wrap">|<p class="T">Статья 1|<p>|Article 2|<table><tr><td>|<br>|&nbsp;|&#x|&amp|&#|<!--|<script>|<|>|"|=|\n| |a|1|\.)*"##
    ) {
        let _ = treaty_core::import::import_treaty_file("f.html", text.as_bytes());
        let details = treaty_core::import::SourceDetails {
            about: "x".into(),
            now: "2024-01-01T00:00:00Z".into(),
            ..Default::default()
        };
        let _ = treaty_core::import::import_source_file("f.html", text.as_bytes(), &details);
        let _ = html_title(&text);
        for line in readable_text(&text).lines() {
            prop_assert!(!line.is_empty() && line.trim() == line, "{line:?}");
        }
    }
}
