//! The words of a website's furniture in every language of the layer: what photo captions,
//! cookie and consent notices, share buttons, bylines, mastheads, menus and date lines are made
//! of, so that a saved or pasted news page's furniture is never taken for its headline or its
//! statements (`import/site_furniture.rs` reads them).

use super::{de, en, es, fr, it, nl, pt, ru};

/// How a language's news sites write their furniture. Every entry is lower case; phrases are
/// matched as they are written, words as whole words.
pub struct SiteFurniture {
    /// Words that open a photo caption or credit when followed by a colon or "by"
    /// ("Photo: Reuters", "Photo by …", "Фото: ТАСС").
    pub photo: &'static [&'static str],
    /// Phrases only a site's notices use: cookie and consent banners, text-only and app
    /// banners, subscription and sign-in prompts, placeholders left in by the site's editor.
    pub notices: &'static [&'static str],
    /// Words of share, follow and print buttons; a short line of nothing else is a button row.
    pub buttons: &'static [&'static str],
    /// Words of a site's menus and section names; a short line of nothing else is a menu.
    pub navigation: &'static [&'static str],
    /// Words that open a byline ("By Thomson Reuters", "Von …").
    pub bylines: &'static [&'static str],
    /// Staff roles that open a masthead line ("Editor in Chief Mohamed Wadie").
    pub mastheads: &'static [&'static str],
    /// Words of a date line besides its numbers and the months and weekdays of the reference
    /// words: abbreviated months, labels such as "date", "published", "updated", times of day
    /// (and English "may", which the reference words leave out as a modal verb).
    pub dates: &'static [&'static str],
}

/// Every language's site furniture, English first.
pub const SITE_FURNITURE: &[&SiteFurniture] = &[
    &en::SITE_FURNITURE,
    &ru::SITE_FURNITURE,
    &de::SITE_FURNITURE,
    &fr::SITE_FURNITURE,
    &es::SITE_FURNITURE,
    &it::SITE_FURNITURE,
    &pt::SITE_FURNITURE,
    &nl::SITE_FURNITURE,
];
