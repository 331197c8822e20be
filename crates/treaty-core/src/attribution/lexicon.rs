//! A small cross-lingual lexicon of treaty language, so that a Russian or German report, or an
//! English paraphrase, can be compared with the English text the library holds.
//!
//! News sources rarely reproduce a treaty's words: they translate it ("armed attack",
//! "вооруженное нападение", "bewaffneter Angriff") and paraphrase it ("put in a state of war by
//! an armed invasion" against "subjected to an armed attack … finds itself in a state of war").
//! Stemming makes inflected forms of one word agree; this table makes the usual words for one
//! idea agree across English, Russian and German. Each row is one concept of the vocabulary
//! that security, friendship and partnership treaties are written in (attack, assistance,
//! sovereignty, consultation, ratification, …), with the common English paraphrases of it and
//! its Russian and German equivalents. It is deliberately general: no row is taken from, or
//! needed by, one particular news report.
//!
//! Words are written as they usually appear; their stems are computed with the same Snowball
//! stemmers the comparison uses, so the table never has to spell a stem. A word may belong to
//! two concepts (Russian "мир" is both "peace" and "world").

/// Concept name, then its English, Russian and German words.
pub(crate) type Row = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

/// The lexicon. Function words are not listed (they are stop words, see `terms`).
pub(crate) const CONCEPTS: &[Row] = &[
    // Armed conflict and defence.
    (
        "attack",
        &[
            "attack",
            "attacked",
            "invasion",
            "invade",
            "invaded",
            "aggression",
            "incursion",
            "assault",
        ],
        &["нападение", "напасть", "агрессия", "вторжение"],
        &[
            "Angriff",
            "angegriffen",
            "Aggression",
            "Invasion",
            "Überfall",
        ],
    ),
    ("armed", &["armed"], &["вооруженный"], &["bewaffnet"]),
    ("war", &["war", "wartime"], &["война"], &["Krieg"]),
    (
        "military",
        &["military"],
        &["военный"],
        &["militärisch", "Militär"],
    ),
    (
        "defence",
        &["defence", "defense", "defensive", "defend"],
        &["оборона", "оборонный", "оборонительный", "самооборона"],
        &["Verteidigung", "verteidigen"],
    ),
    ("self", &["self"], &["самооборона"], &["selbst"]),
    (
        "threat",
        &["threat", "threaten", "threatened"],
        &["угроза"],
        &["Bedrohung", "Drohung"],
    ),
    (
        "direct",
        &["direct", "directly", "imminent"],
        &["непосредственный", "прямой"],
        &["direkt", "unmittelbar"],
    ),
    (
        "security",
        &["security"],
        &["безопасность"],
        &["Sicherheit"],
    ),
    (
        "peace",
        &["peace", "peaceful"],
        &["мир", "мирный"],
        &["Frieden", "friedlich"],
    ),
    (
        "prevent",
        &["prevent", "prevention", "preventing", "deter"],
        &["предотвращение", "предотвращать", "недопущение"],
        &["verhüten", "Verhütung", "verhindern"],
    ),
    (
        "individual",
        &["individual"],
        &["индивидуальный"],
        &["individuell"],
    ),
    (
        "collective",
        &["collective"],
        &["коллективный"],
        &["kollektiv"],
    ),
    // Assistance and its manner.
    (
        "assistance",
        &["assistance", "assist", "help", "aid", "support"],
        &["помощь", "помогать", "поддержка", "содействие"],
        &[
            "Hilfe",
            "helfen",
            "Beistand",
            "Unterstützung",
            "unterstützen",
        ],
    ),
    (
        "provide",
        &["provide", "render", "extend", "give"],
        &["оказать", "оказывать", "предоставлять"],
        &["leisten", "gewähren"],
    ),
    (
        "immediate",
        &["immediately", "immediate", "promptly", "delay", "instantly"],
        &["незамедлительно", "немедленно", "безотлагательно", "сразу"],
        &["unverzüglich", "sofort", "sofortig", "umgehend"],
    ),
    ("means", &["means"], &["средство"], &["Mittel"]),
    (
        "disposal",
        &["disposal", "possession", "available"],
        &["распоряжение", "имеющийся"],
        &["Verfügung", "verfügbar"],
    ),
    (
        "measures",
        &["measures", "measure", "steps"],
        &["меры", "мера"],
        &["Maßnahme"],
    ),
    (
        "practical",
        &["practical", "feasible"],
        &["практический"],
        &["praktisch"],
    ),
    (
        "eliminate",
        &["eliminate", "elimination", "remove", "removing", "removal"],
        &["устранение", "устранить", "исключение"],
        &["Beseitigung", "beseitigen"],
    ),
    (
        "request",
        &["request"],
        &["просьба", "запрос"],
        &["Bitte", "Ersuchen", "Antrag"],
    ),
    // Consultation.
    (
        "negotiation",
        &[
            "negotiations",
            "negotiation",
            "consultations",
            "consultation",
            "consult",
            "talks",
            "dialogue",
        ],
        &["переговоры", "консультации", "диалог"],
        &["Verhandlung", "Konsultation", "Gespräch", "Dialog"],
    ),
    ("channel", &["channel", "channels"], &["канал"], &["Kanal"]),
    (
        "exchange",
        &["exchange", "exchanged"],
        &["обмен", "обмениваться"],
        &["Austausch", "austauschen"],
    ),
    (
        "views",
        &["views", "opinions", "positions", "stands"],
        &["мнения", "позиции"],
        &["Ansichten", "Standpunkte", "Positionen"],
    ),
    (
        "coordinate",
        &[
            "coordinate",
            "coordination",
            "adjust",
            "adjusting",
            "concerted",
        ],
        &[
            "координировать",
            "координация",
            "согласовывать",
            "согласование",
        ],
        &["koordinieren", "Koordinierung", "abstimmen"],
    ),
    ("summit", &["summit"], &["саммит"], &["Gipfel"]),
    // Sovereignty and the principles of relations.
    (
        "sovereignty",
        &["sovereignty", "sovereign"],
        &["суверенитет"],
        &["Souveränität", "souverän"],
    ),
    (
        "territory",
        &["territory", "territorial", "territories"],
        &["территория", "территориальный"],
        &["Territorium", "territorial", "Hoheitsgebiet"],
    ),
    (
        "integrity",
        &["integrity", "inviolability"],
        &["целостность", "неприкосновенность"],
        &["Integrität", "Unverletzlichkeit"],
    ),
    (
        "interference",
        &["interference", "intervention", "interfere", "interfering"],
        &["вмешательство", "невмешательство"],
        &["Einmischung", "Nichteinmischung"],
    ),
    (
        "internal",
        &["internal", "domestic"],
        &["внутренний"],
        &["inner", "innere"],
    ),
    ("affairs", &["affairs"], &["дела"], &["Angelegenheiten"]),
    (
        "equality",
        &["equality", "equal"],
        &["равенство", "равноправие"],
        &["Gleichheit", "gleichberechtigt"],
    ),
    (
        "principle",
        &["principle", "principles"],
        &["принцип"],
        &["Grundsatz", "Prinzip"],
    ),
    (
        "respect",
        &["respect"],
        &["уважение", "уважать"],
        &["Achtung", "Respekt", "achten"],
    ),
    (
        "mutual",
        &["mutual", "mutually", "reciprocal"],
        &["взаимный", "взаимно"],
        &["gegenseitig", "wechselseitig"],
    ),
    (
        "international",
        &["international"],
        &["международный"],
        &["international", "völkerrechtlich"],
    ),
    (
        "law",
        &["law", "laws", "legislation", "legal"],
        &["право", "законодательство", "закон"],
        &[
            "Recht",
            "Gesetz",
            "Gesetzgebung",
            "Völkerrecht",
            "völkerrechtlich",
        ],
    ),
    ("national", &["national"], &["национальный"], &["national"]),
    (
        "obligation",
        &["obligations", "obligation", "commitments", "commitment"],
        &["обязательство"],
        &["Verpflichtung"],
    ),
    // Partnership and cooperation.
    (
        "partnership",
        &["partnership", "partner"],
        &["партнерство"],
        &["Partnerschaft"],
    ),
    (
        "strategic",
        &["strategic"],
        &["стратегический"],
        &["strategisch"],
    ),
    (
        "comprehensive",
        &["comprehensive"],
        &["всеобъемлющий", "всесторонний"],
        &["umfassend"],
    ),
    (
        "cooperation",
        &[
            "cooperation",
            "cooperate",
            "collaborate",
            "collaboration",
            "interaction",
        ],
        &[
            "сотрудничество",
            "сотрудничать",
            "взаимодействие",
            "взаимодействовать",
        ],
        &["Zusammenarbeit", "Kooperation", "zusammenarbeiten"],
    ),
    (
        "relations",
        &["relations", "relationship", "ties"],
        &["отношения"],
        &["Beziehung"],
    ),
    (
        "develop",
        &["develop", "development"],
        &["развивать", "развитие"],
        &["entwickeln", "Entwicklung"],
    ),
    (
        "maintain",
        &["maintain", "preserve", "sustain"],
        &["поддерживать", "поддержание", "сохранять"],
        &["aufrechterhalten", "pflegen"],
    ),
    (
        "permanent",
        &[
            "permanent",
            "permanently",
            "constantly",
            "lasting",
            "perpetuate",
            "continuous",
        ],
        &["постоянный", "постоянно"],
        &["dauerhaft", "ständig", "beständig"],
    ),
    (
        "friendship",
        &["friendship", "friendly"],
        &["дружба", "дружественный"],
        &["Freundschaft", "freundschaftlich"],
    ),
    (
        "joint",
        &["joint", "jointly", "together", "common"],
        &["совместный", "совместно"],
        &["gemeinsam"],
    ),
    (
        "bilateral",
        &["bilateral"],
        &["двусторонний"],
        &["bilateral"],
    ),
    (
        "multilateral",
        &["multilateral"],
        &["многосторонний"],
        &["multilateral"],
    ),
    (
        "strengthen",
        &[
            "strengthen",
            "strengthening",
            "enhance",
            "reinforce",
            "intensify",
            "bolster",
            "solidify",
        ],
        &["укреплять", "укрепление", "усиливать"],
        &["stärken", "Stärkung", "verstärken"],
    ),
    (
        "mechanism",
        &["mechanism", "mechanisms", "institutions"],
        &["механизм"],
        &["Mechanismus", "Institution"],
    ),
    (
        "capability",
        &["capabilities", "capability", "capacity"],
        &["способность", "потенциал"],
        &["Fähigkeit"],
    ),
    // World order.
    (
        "world",
        &["world", "global"],
        &["мир", "глобальный", "мировой"],
        &["Welt", "global"],
    ),
    (
        "order",
        &["order", "system"],
        &["порядок", "система"],
        &["Ordnung", "System"],
    ),
    (
        "multipolar",
        &["multipolar"],
        &["многополярный"],
        &["multipolar"],
    ),
    (
        "fair",
        &["fair", "just", "justice"],
        &["справедливый", "справедливость"],
        &["gerecht", "Gerechtigkeit"],
    ),
    (
        "hegemony",
        &["hegemony", "hegemonic", "domination"],
        &["гегемония"],
        &["Hegemonie"],
    ),
    (
        "stability",
        &["stability", "stable"],
        &["стабильность"],
        &["Stabilität"],
    ),
    (
        "region",
        &["region", "regional"],
        &["регион", "региональный"],
        &["Region", "regional"],
    ),
    // Parties, states and third states.
    (
        "party",
        &["party", "parties", "side", "sides", "signatory"],
        &["сторона"],
        &["Vertragspartei", "Partei", "Seite"],
    ),
    (
        "country",
        &[
            "country",
            "countries",
            "nation",
            "nations",
            "state",
            "states",
        ],
        &["страна", "государство"],
        &["Land", "Staat", "Nation"],
    ),
    ("third", &["third"], &["третий"], &["dritte", "Dritt"]),
    (
        "interests",
        &["interests", "interest"],
        &["интерес"],
        &["Interesse"],
    ),
    (
        "core",
        &["core", "key", "vital", "fundamental"],
        &["ключевой", "коренной"],
        &["Kern"],
    ),
    (
        "directed",
        &["directed", "targeting", "targeted"],
        &["направленный"],
        &["gerichtet", "richten"],
    ),
    (
        "violate",
        &["violate", "breach", "infringe", "infringes", "compromise"],
        &["нарушение", "нарушать", "ущемлять"],
        &["verletzen", "Verletzung"],
    ),
    // The instrument itself and its life.
    (
        "treaty",
        &["treaty", "agreement", "pact", "accord"],
        &["договор", "соглашение"],
        &["Vertrag", "Abkommen", "Pakt"],
    ),
    (
        "conclude",
        &["conclude", "sign"],
        &["заключать", "подписывать"],
        &["schließen", "unterzeichnen"],
    ),
    ("charter", &["charter"], &["устав"], &["Charta"]),
    (
        "united-nations",
        &["un", "united"],
        &["оон"],
        &["UN", "Vereinte"],
    ),
    (
        "ratification",
        &["ratification", "ratify", "ratified"],
        &["ратификация", "ратифицировать", "ратификационный"],
        &["Ratifizierung", "Ratifikation", "ratifizieren"],
    ),
    (
        "instrument",
        &["instruments", "instrument"],
        &["грамота"],
        &["Urkunde"],
    ),
    (
        "force",
        &["force", "effect", "effective"],
        &["сила", "вступать"],
        &["Kraft"],
    ),
    (
        "date",
        &["date", "day"],
        &["дата", "день"],
        &["Datum", "Tag"],
    ),
    (
        "indefinite",
        &["indefinite", "unlimited"],
        &["бессрочный"],
        &["unbestimmt", "unbefristet"],
    ),
    (
        "duration",
        &["duration", "term"],
        &["срок", "действие"],
        &["Dauer", "Laufzeit"],
    ),
    (
        "terminate",
        &[
            "terminate",
            "termination",
            "suspend",
            "withdraw",
            "denounce",
            "invalid",
        ],
        &[
            "прекращение",
            "прекращать",
            "приостановить",
            "денонсировать",
        ],
        &["kündigen", "aussetzen", "suspendieren", "Kündigung"],
    ),
    // Sanctions.
    (
        "coercive",
        &["coercive", "sanctions"],
        &["принудительный", "санкции"],
        &["Zwangsmaßnahme", "Sanktion"],
    ),
    (
        "unilateral",
        &["unilateral"],
        &["односторонний"],
        &["einseitig"],
    ),
    (
        "extraterritorial",
        &["extraterritorial"],
        &["экстерриториальный"],
        &["extraterritorial"],
    ),
    (
        "oppose",
        &["oppose", "counter", "opposition"],
        &["противодействовать", "противодействие"],
        &["entgegentreten", "ablehnen"],
    ),
];
