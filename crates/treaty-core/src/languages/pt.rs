//! Portuguese: the words that open an article heading in a treaty file (its references and numbers
//! in words are not read yet).

use super::{Algorithm, ArticleWords, Cues, DivisionWords, Language, ReferenceWords, Script};

pub(super) const LANGUAGE: Language = Language {
    code: "pt",
    english_name: "Portuguese",
    native_name: "Português",
    script: Script::Latin,
    stemmer: Some(Algorithm::Portuguese),
    stop_words: STOP_WORDS,
    abbreviations: &["sr", "sra", "art", "arts"],
    common_words: &[],
    article: &ARTICLE,
    divisions: &DivisionWords {
        preamble: &[],
        chapter: &[],
        divisions: &[],
        annex: &["anexo"],
        schedule: &[],
        repealed: &[],
    },
    cues: &Cues::NONE,
    references: &ReferenceWords::NONE,
    numbers: None,
};

/// Function words: they carry no content, so they never align on their own.
const STOP_WORDS: &[&str] = &[
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "em", "no",
    "na", "nos", "nas", "por", "pelo", "pela", "para", "com", "sem", "sobre", "entre", "e", "ou",
    "que", "quem", "se", "seu", "sua", "seus", "suas", "é", "são", "foi", "ser", "está", "estão",
    "há", "não", "como", "mais",
];

pub(super) const ARTICLE: ArticleWords = ArticleWords {
    heading: &["artigo"],
    singular: &[],
    plural: &[],
    abbreviations: &[],
    first: &[],
    joiners: &[],
};

/// What Portuguese-language news sites' furniture is made of (see [`super::SiteFurniture`]).
pub(super) const SITE_FURNITURE: super::SiteFurniture = super::SiteFurniture {
    photo: &["foto", "imagem", "crédito"],
    notices: &[
        "utiliza cookies",
        "usamos cookies",
        "aceitar cookies",
        "política de privacidade",
        "todos os direitos reservados",
        "assine",
        "publicidade",
        "leia também",
        "leia mais",
        "entrar",
    ],
    buttons: &[
        "compartilhar",
        "partilhar",
        "imprimir",
        "copiar",
        "link",
        "comentários",
        "salvar",
        "seguir",
    ],
    navigation: &[
        "início",
        "notícias",
        "política",
        "economia",
        "mundo",
        "internacional",
        "esportes",
        "desporto",
        "cultura",
        "sociedade",
        "opinião",
        "vídeos",
        "menu",
        "buscar",
        "pesquisar",
        "contato",
    ],
    bylines: &["por"],
    mastheads: &["diretor", "diretora", "editor-chefe"],
    dates: &[
        "data",
        "publicado",
        "atualizado",
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
        "de",
        "às",
        "há",
    ],
};
