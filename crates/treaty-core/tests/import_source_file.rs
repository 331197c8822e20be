//! A reader's news source (saved page, text file, paste or corpus source file) through the app's
//! single entry point: what each form yields, how the reader's details override it, every error
//! a reader can meet, and no panic on any input.

use proptest::prelude::*;
use treaty_core::import::{
    import_source, import_source_file, Format, FormatError, SourceDetails, SourceFileError,
    MAX_IMPORT_BYTES,
};

const PASTED: &str = "pasted text";

fn details() -> SourceDetails {
    SourceDetails {
        about: "rus-dprk-2024".into(),
        now: "2025-01-31T09:30:00Z".into(),
        ..SourceDetails::default()
    }
}

fn read(relative: &str) -> String {
    let path = format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn error(name: &str, bytes: &[u8]) -> SourceFileError {
    import_source_file(name, bytes, &details()).unwrap_err()
}

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Putin and Kim sign pact | Example News</title>
  <meta property="og:title" content="Putin and Kim sign mutual defence pact">
  <meta property="og:site_name" content="Example News">
  <link rel="stylesheet" href="/site.css">
  <link rel="canonical" href="https://www.example-news.com/world/pact?ref=a&amp;b=c">
  <style>body { font-family: serif } .evil::after { content: "STYLE TEXT" }</style>
  <script>document.write("SCRIPT TEXT"); if (a < b) { alert("</p>") }</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Putin and Kim sign mutual defence pact</h1>
    <p>The treaty obliges each side to provide military assistance
       &ldquo;without delay&rdquo; if the other is attacked.</p>
    <p>Article 4 covers an armed attack &amp; a state of war.</p>
    <script type="application/ld+json">{"headline": "SCRIPT TEXT"}</script>
  </article>
  <footer>© Example News</footer>
</body>
</html>
"#;

#[test]
fn a_saved_page_gives_its_article_text_headline_site_and_address() {
    let s = import_source_file("pact.html", PAGE.as_bytes(), &details()).unwrap();
    // Readability leaves out the headline above the article, which is the source's title.
    assert_eq!(
        s.body,
        "The treaty obliges each side to provide military assistance “without delay” if the other is attacked.\n\
         Article 4 covers an armed attack & a state of war."
    );
    assert!(!s.body.contains("SCRIPT TEXT") && !s.body.contains("STYLE TEXT"));
    assert!(!s.body.contains("Home") && !s.body.contains("©"));
    assert_eq!(s.title, "Putin and Kim sign mutual defence pact");
    assert_eq!(s.outlet, "Example News");
    assert_eq!(
        s.url.as_deref(),
        Some("https://www.example-news.com/world/pact?ref=a&b=c")
    );
    assert_eq!(s.id, "local-source-putin-and-kim-sign-mutual-defence-pact");
    assert_eq!(s.language, "en");
    assert_eq!(s.date, "2025-01-31");
    assert_eq!(s.date_note, None);
    assert_eq!(s.about, ["rus-dprk-2024"]);
    assert!(s.attributions.is_empty());
}

#[test]
fn a_page_without_site_name_is_named_after_its_host() {
    let page = r#"<html><head><title> KCNA  report </title>
        <meta property="og:url" content="https://www.kcnawatch.org/newstream/1">
        <link rel="canonical" href="/relative/only"></head>
        <body><p>Стороны договорились о взаимной помощи.</p></body></html>"#;
    let s = import_source_file("page.htm", page.as_bytes(), &details()).unwrap();
    assert_eq!(s.title, "KCNA report");
    // The relative canonical link is no address; og:url is not used once a canonical link is
    // found, so the page has no usable address and the outlet stays unknown.
    assert_eq!(s.url, None);
    assert_eq!(s.outlet, "Unknown outlet");
    assert_eq!(s.language, "ru");

    let page = page.replace("/relative/only", "https://www.kcnawatch.org/newstream/1");
    let s = import_source_file("page.htm", page.as_bytes(), &details()).unwrap();
    assert_eq!(s.outlet, "kcnawatch.org");
}

#[test]
fn a_page_without_any_title_is_titled_by_its_first_line() {
    let page = "<html><body><p>First paragraph.</p><p>Second.</p></body></html>";
    let s = import_source_file("p.html", page.as_bytes(), &details()).unwrap();
    assert_eq!(s.title, "First paragraph.");
    assert_eq!(s.body, "First paragraph.\nSecond.");
}

#[test]
fn pasted_text_keeps_its_words_with_unified_line_breaks() {
    let text = "\r\n  \r\nRussia and North Korea sign treaty  \r\nThe Parties shall consult.\r\rThey shall <b>not</b> &amp; never be bound.\r\n\r\n\t\r\n";
    let s = import_source_file(PASTED, text.as_bytes(), &details()).unwrap();
    assert_eq!(
        s.body,
        "Russia and North Korea sign treaty  \nThe Parties shall consult.\n\nThey shall <b>not</b> &amp; never be bound."
    );
    assert_eq!(s.title, "Russia and North Korea sign treaty");
    assert_eq!(s.language, "en");
    assert_eq!(s.outlet, "Unknown outlet");
    assert_eq!(s.url, None);
    assert_eq!(s.date, "2025-01-31");
    assert_eq!(s.id, "local-source-russia-and-north-korea-sign-treaty");
}

#[test]
fn a_long_first_line_gives_a_short_title_and_id() {
    let line = "The treaty ".repeat(60);
    let s = import_source_file(PASTED, line.as_bytes(), &details()).unwrap();
    assert!(s.title.chars().count() <= 201, "{}", s.title);
    assert!(s.title.ends_with("treaty…"));
    let slug = s.id.strip_prefix("local-source-").unwrap();
    assert!(slug.chars().count() <= 48 && !slug.ends_with('-'), "{slug}");
    assert_eq!(s.body, line.trim_end());
}

#[test]
fn the_language_is_guessed_from_the_script() {
    let ru =
        "Договор о всеобъемлющем стратегическом партнёрстве\nСтороны обязуются оказывать помощь.";
    let s = import_source_file(PASTED, ru.as_bytes(), &details()).unwrap();
    assert_eq!(s.language, "ru");
    // Slugs keep Cyrillic letters and stop at 48 characters.
    assert_eq!(
        s.id,
        "local-source-договор-о-всеобъемлющем-стратегическом-партнёрст"
    );

    let ko = "북러 포괄적 전략적 동반자 관계 조약\n쌍방은 지체없이 군사적 원조를 제공한다. (NATO)";
    let s = import_source_file("kbs.txt", ko.as_bytes(), &details()).unwrap();
    assert_eq!(s.language, "ko");

    let zh = "中俄关系\n双方将立即提供军事援助。";
    let s = import_source_file(PASTED, zh.as_bytes(), &details()).unwrap();
    assert_eq!(s.language, "zh");
}

#[test]
fn a_german_report_without_headers_is_guessed_german() {
    let file = read("tests/fixtures/eval-dev/sources/49-cri-german-2024-11-10.txt");
    let body = &file[file.find("\n\n").unwrap() + 2..];
    let s = import_source_file("cri.txt", body.as_bytes(), &details()).unwrap();
    assert_eq!(s.language, "de");
    assert!(s
        .title
        .starts_with("Der russische Präsident Wladimir Putin"));
}

#[test]
fn a_corpus_source_file_keeps_its_headers_and_exact_body() {
    let text = read("../../corpus/sources/reuters-2024-06-20.txt");
    let s = import_source_file("reuters-2024-06-20.txt", text.as_bytes(), &details()).unwrap();
    let expected = import_source("x", vec![], &text).unwrap();
    assert_eq!(s.outlet, "Reuters (Hyonhee Shin), syndicated copy");
    assert_eq!(s.date, "2024-06-20");
    assert_eq!(s.language, "en");
    assert_eq!(s.url, expected.url);
    assert_eq!(s.title, expected.title);
    assert_eq!(s.body, expected.body);
    assert_eq!(s.about, ["rus-dprk-2024"]);
    assert!(s.id.starts_with("local-source-"));
}

#[test]
fn every_eval_dev_source_file_imports_with_its_own_headers() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/eval-dev/sources"
    );
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let s =
            import_source_file(&name, &bytes, &details()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected = import_source("x", vec![], std::str::from_utf8(&bytes).unwrap()).unwrap();
        assert_eq!(
            (&s.outlet, &s.date, &s.language, &s.url, &s.body),
            (
                &expected.outlet,
                &expected.date,
                &expected.language,
                &expected.url,
                &expected.body
            ),
            "{name}"
        );
    }
}

#[test]
fn the_readers_details_win_over_the_file() {
    let text = read("../../corpus/sources/rt-2024-10-14.txt");
    let plain = import_source_file("rt.txt", text.as_bytes(), &details()).unwrap();
    assert_eq!(plain.outlet, "RT (rt.com)");
    assert!(plain.date_note.is_some());

    let given = SourceDetails {
        outlet: Some("  RT English ".into()),
        title: Some("Duma gets the treaty".into()),
        url: Some("https://www.rt.com/russia/605000".into()),
        date: Some("2024-10-15".into()),
        language: Some("en-GB".into()),
        ..details()
    };
    let s = import_source_file("rt.txt", text.as_bytes(), &given).unwrap();
    assert_eq!(s.outlet, "RT English");
    assert_eq!(s.title, "Duma gets the treaty");
    assert_eq!(s.id, "local-source-duma-gets-the-treaty");
    assert_eq!(s.url.as_deref(), Some("https://www.rt.com/russia/605000"));
    assert_eq!(s.date, "2024-10-15");
    assert_eq!(
        s.date_note, None,
        "the file's note is about the file's date"
    );
    assert_eq!(s.language, "en-GB");
    assert_eq!(s.body, plain.body);
}

#[test]
fn details_fill_in_a_paste_and_blank_fields_count_as_absent() {
    let given = SourceDetails {
        url: Some("https://www.tass.com/politics/1861381".into()),
        outlet: Some("   ".into()),
        title: Some(String::new()),
        date: Some(" ".into()),
        ..details()
    };
    let s = import_source_file(PASTED, b"The Duma ratified the treaty.", &given).unwrap();
    assert_eq!(s.outlet, "tass.com");
    assert_eq!(s.title, "The Duma ratified the treaty.");
    assert_eq!(s.date, "2025-01-31");
    assert_eq!(
        s.url.as_deref(),
        Some("https://www.tass.com/politics/1861381")
    );
}

#[test]
fn bad_dates_and_addresses_are_named_in_the_message() {
    for bad in [
        "20 June 2024",
        "2024-13-01",
        "2024-06-32",
        "2024-6-20",
        "2024-06-20x",
    ] {
        let given = SourceDetails {
            date: Some(bad.into()),
            ..details()
        };
        let e = import_source_file(PASTED, b"Some text.", &given).unwrap_err();
        assert_eq!(e, SourceFileError::BadDate(bad.into()));
        assert_eq!(
            e.to_string(),
            format!("the date “{bad}” is not a date (write it as YYYY-MM-DD)")
        );
    }
    for bad in [
        "tass.com/politics",
        "ftp://tass.com",
        "https://",
        "https:// tass.com",
        "javascript:alert(1)",
    ] {
        let given = SourceDetails {
            url: Some(bad.into()),
            ..details()
        };
        let e = import_source_file(PASTED, b"Some text.", &given).unwrap_err();
        assert_eq!(e, SourceFileError::BadUrl(bad.into()));
        assert_eq!(
            e.to_string(),
            format!("the address “{bad}” is not a web address (it should start with http:// or https://)")
        );
    }
}

#[test]
fn nothing_readable_is_an_empty_source() {
    let cases: [(&str, &[u8]); 6] = [
        (PASTED, b""),
        (PASTED, b" \r\n\t\n  "),
        (
            "page.html",
            b"<html><head><script>var news = 'x';</script></head><body>  </body></html>",
        ),
        (
            "page.html",
            b"<!DOCTYPE html><style>p { color: red }</style><nav>Menu</nav>",
        ),
        ("notes.txt", b"\xEF\xBB\xBF\n\n"),
        (
            "src.txt",
            b"# outlet: TASS\n# date: 2024-10-24\n# language: en\n\n",
        ),
    ];
    for (name, bytes) in cases {
        let e = import_source_file(name, bytes, &details()).unwrap_err();
        assert_eq!(e, SourceFileError::Empty, "{name}: {bytes:?}");
        assert_eq!(e.to_string(), "no readable text was found in it");
    }
}

#[test]
fn bytes_that_are_not_text_say_why_with_the_line() {
    let e = error("a.txt", b"News\nmore\0\x01");
    assert_eq!(e, SourceFileError::Format(FormatError::Binary { line: 2 }));
    assert!(e.to_string().contains("line 2: binary content"));

    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("News".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let e = error("a.txt", &utf16);
    assert_eq!(e, SourceFileError::Format(FormatError::Utf16));
    assert!(e.to_string().contains("UTF-16"));

    let e = error("a.txt", b"News\n\nLatin-1 caf\xE9");
    assert_eq!(e, SourceFileError::Format(FormatError::NotUtf8 { line: 3 }));
    assert!(e
        .to_string()
        .contains("line 3: the text is not valid UTF-8"));
}

#[test]
fn a_file_over_the_limit_is_refused_before_reading() {
    let big = vec![b'a'; MAX_IMPORT_BYTES + 1];
    let e = error("huge.txt", &big);
    assert_eq!(
        e,
        SourceFileError::Format(FormatError::TooLarge {
            size: MAX_IMPORT_BYTES + 1,
            limit: MAX_IMPORT_BYTES,
        })
    );
    assert!(e.to_string().contains("larger than the import limit"));
}

#[test]
fn treaties_are_sent_to_the_library() {
    const TREATY: &str =
        "this is a treaty, not a news source (add it with “Add your own treaty” instead)";
    let markdown = b"# Test Treaty\n\n## Article 1\n\nThe Parties agree.\n";
    let akn = br#"<?xml version="1.0"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
<article eId="art_1"><num>Article 1</num><content><p>The Parties agree.</p></content></article>
</body></act></akomaNtoso>"#;
    let bundle = br#"{"format": "treaty-reader-bundle", "version": 1, "documents": []}"#;
    let corpus_treaty = read("../../corpus/north-atlantic-treaty-1949.en.txt");
    let cases: [(&str, &[u8], Format); 5] = [
        ("treaty.md", markdown, Format::Markdown),
        ("Treaty.MARKDOWN", markdown, Format::Markdown),
        ("treaty.xml", akn, Format::AkomaNtoso),
        ("library.json", bundle, Format::Bundle),
        ("nato.txt", corpus_treaty.as_bytes(), Format::CorpusText),
    ];
    for (name, bytes, format) in cases {
        let e = import_source_file(name, bytes, &details()).unwrap_err();
        assert_eq!(e, SourceFileError::NotASource(format), "{name}");
        assert_eq!(e.to_string(), TREATY);
    }
}

#[test]
fn article_headings_in_a_text_file_or_paste_are_quoted_not_a_treaty() {
    let text = "Key points of the treaty\n\n## Article 4\n\nMilitary assistance without delay.\n";
    for name in ["points.txt", PASTED] {
        let s = import_source_file(name, text.as_bytes(), &details()).unwrap();
        assert_eq!(s.body, text.trim_end());
        assert_eq!(s.title, "Key points of the treaty");
    }
}

#[test]
fn a_malformed_corpus_source_file_names_its_problem() {
    let e = error(
        "src.txt",
        b"# outlet: TASS\n# date: yesterday\n# language: en\n\nBody.\n",
    );
    assert!(
        matches!(e, SourceFileError::Format(FormatError::Import(_))),
        "{e:?}"
    );
    assert!(e.to_string().contains("line 2"), "{e}");
    // A lower-case "# update: ..." line looks like a header but is just text.
    let s =
        import_source_file(PASTED, b"# update: talks resumed\nMore later.", &details()).unwrap();
    assert_eq!(s.body, "# update: talks resumed\nMore later.");
}

#[test]
fn errors_are_standard_errors() {
    fn is_error<E: std::error::Error>(_: &E) {}
    let e = SourceFileError::from(FormatError::Utf16);
    is_error(&e);
    assert_eq!(e, SourceFileError::Format(FormatError::Utf16));
}

proptest! {
    #[test]
    fn any_text_imports_or_fails_cleanly(text in "\\PC*", html in any::<bool>()) {
        let name = if html { "page.html" } else { PASTED };
        if let Ok(s) = import_source_file(name, text.as_bytes(), &details()) {
            prop_assert!(!s.body.trim().is_empty());
            prop_assert!(!s.title.is_empty());
            prop_assert!(s.id.starts_with("local-source-") && !s.id.ends_with('-'));
        }
    }

    #[test]
    fn any_bytes_and_details_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
        date in proptest::option::of(".{0,12}"),
        url in proptest::option::of("(https?://)?.{0,20}"),
    ) {
        let given = SourceDetails { date, url, ..details() };
        if let Ok(s) = import_source_file("x.txt", &bytes, &given) {
            prop_assert!(!s.body.trim().is_empty());
        }
    }

    #[test]
    fn markup_fragments_never_panic(parts in proptest::collection::vec(
        prop_oneof![
            Just("<p>"), Just("</p>"), Just("<script>"), Just("</script>"), Just("<meta property=\"og:site_name\" content=\""),
            Just("<link rel=canonical href="), Just("\""), Just(">"), Just("&amp;"), Just("Текст "), Just("news "), Just("\r\n"),
        ],
        0..40,
    )) {
        let page = format!("<!DOCTYPE html>{}", parts.concat());
        if let Ok(s) = import_source_file("p.html", page.as_bytes(), &details()) {
            prop_assert!(!s.body.trim().is_empty());
        }
    }
}

#[test]
fn a_saved_page_is_read_as_readability_reads_it() {
    // A news page as sites serve it: menus, a share bar, a byline, related links and a cookie
    // notice around the article, and a template that declares English for a Russian article.
    let page = r##"<!DOCTYPE html><html lang="en"><head>
<title>Договор вступил в силу — Пример Новостей</title>
<meta property="og:title" content="Договор вступил в силу">
<meta property="og:site_name" content="Пример Новостей">
<meta name="author" content="Анна Иванова">
<meta property="article:published_time" content="2024-12-05T09:15:00+03:00">
</head><body>
<header><nav><a href="/">Главная</a> <a href="/politics">Политика</a> <a href="/world">В мире</a></nav></header>
<div class="share-bar"><a href="#">Поделиться</a> <a href="#">Telegram</a></div>
<main><article>
<h1>Договор вступил в силу</h1>
<p class="byline">Анна Иванова</p>
<p>Договор о всеобъемлющем стратегическом партнерстве между Россией и КНДР вступил в силу 4 декабря, сообщило Центральное телеграфное агентство Кореи.</p>
<p>В статье 4 договора говорится, что в случае вооруженного нападения на одну из сторон другая сторона незамедлительно окажет военную и иную помощь всеми имеющимися средствами.</p>
<p>Обмен ратификационными грамотами состоялся в Москве, протокол подписали заместители министров иностранных дел двух стран.</p>
<figure><img src="x.jpg"><figcaption>Фото: ТАСС</figcaption></figure>
</article></main>
<aside class="related"><h2>Читайте также</h2><ul><li><a href="/1">Погода на выходные</a></li><li><a href="/2">Курс рубля</a></li></ul></aside>
<div class="cookie-banner">Сайт использует cookie. <button>Принять</button></div>
<footer>© Пример Новостей. Все права защищены.</footer>
</body></html>"##;
    let s = import_source_file("news.html", page.as_bytes(), &details()).unwrap();
    assert_eq!(s.title, "Договор вступил в силу");
    assert_eq!(s.byline.as_deref(), Some("Анна Иванова"));
    assert_eq!(s.outlet, "Пример Новостей");
    assert_eq!(s.date, "2024-12-05");
    assert_eq!(s.language, "ru");
    assert!(s.body.contains("В статье 4 договора говорится"));
    for furniture in [
        "Главная",
        "Поделиться",
        "Читайте также",
        "Погода",
        "cookie",
        "©",
        "Фото: ТАСС",
    ] {
        assert!(!s.body.contains(furniture), "{furniture} in {}", s.body);
    }
}
