//! Spanish: the words that open an article heading in a treaty file (its references and numbers
//! in words are not read yet).

use super::{Algorithm, ArticleWords, Cues, DivisionWords, Language, ReferenceWords, Script};

pub(super) const LANGUAGE: Language = Language {
    code: "es",
    english_name: "Spanish",
    native_name: "Español",
    script: Script::Latin,
    stemmer: Some(Algorithm::Spanish),
    stop_words: STOP_WORDS,
    abbreviations: &["sr", "sra", "art", "arts", "núm"],
    common_words: &["los", "las", "del", "por", "para", "y", "una"],
    article: &ARTICLE,
    divisions: &DivisionWords {
        preamble: &["preámbulo"],
        chapter: &[],
        divisions: &["sección", "capítulo", "título"],
        annex: &["anexo"],
        schedule: &[],
        repealed: &["(derogado)"],
    },
    cues: &Cues::NONE,
    references: &ReferenceWords::NONE,
    numbers: None,
};

/// Function words: they carry no content, so they never align on their own.
const STOP_WORDS: &[&str] = &[
    "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "a", "en",
    "por", "para", "con", "sin", "sobre", "entre", "y", "e", "o", "u", "que", "quien", "cual",
    "se", "su", "sus", "es", "son", "fue", "ser", "está", "están", "ha", "han", "no", "ni", "como",
    "más",
];

pub(super) const ARTICLE: ArticleWords = ArticleWords {
    heading: &["artículo", "articulo"],
    singular: &[],
    plural: &[],
    abbreviations: &[],
    first: &[],
    joiners: &["y"],
};

/// What Spanish-language news sites' furniture is made of (see [`super::SiteFurniture`]).
pub(super) const SITE_FURNITURE: super::SiteFurniture = super::SiteFurniture {
    photo: &["foto", "fotos", "imagen", "crédito"],
    notices: &[
        "utiliza cookies",
        "utilizamos cookies",
        "aceptar cookies",
        "política de privacidad",
        "aviso legal",
        "todos los derechos reservados",
        "suscríbete",
        "publicidad",
        "lee también",
        "leer más",
        "iniciar sesión",
    ],
    buttons: &[
        "compartir",
        "tuitear",
        "imprimir",
        "copiar",
        "enlace",
        "comentarios",
        "guardar",
        "seguir",
    ],
    navigation: &[
        "inicio",
        "noticias",
        "política",
        "economía",
        "mundo",
        "internacional",
        "deportes",
        "cultura",
        "sociedad",
        "opinión",
        "vídeos",
        "menú",
        "buscar",
        "contacto",
        "más",
    ],
    bylines: &["por"],
    mastheads: &["director", "directora", "redactor jefe", "editor"],
    dates: &[
        "fecha",
        "publicado",
        "actualizado",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "de",
        "a las",
        "hace",
    ],
};
