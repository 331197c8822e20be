//! Ids made from what the reader called a thing (a file name, a title): lower-case letters and
//! digits of any script, every other run of characters one hyphen, none at either end.

/// `text` as an id part, at most `max_chars` characters; empty if it has no letter or digit.
pub(crate) fn slug(text: &str, max_chars: usize) -> String {
    let mut slug = String::new();
    let mut chars = 0;
    for c in text.chars().flat_map(char::to_lowercase) {
        if chars == max_chars {
            break;
        }
        if c.is_alphanumeric() {
            slug.push(c);
        } else if slug.is_empty() || slug.ends_with('-') {
            continue;
        } else {
            slug.push('-');
        }
        chars += 1;
    }
    slug.trim_end_matches('-').to_owned()
}

/// A file name without its extension ("My Treaty.md" → "My Treaty").
pub(crate) fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_of_any_script_and_one_hyphen_per_gap() {
        assert_eq!(
            slug("  Putin & Kim: the treaty!  ", 48),
            "putin-kim-the-treaty"
        );
        assert_eq!(slug("Договор", 48), "договор");
        assert_eq!(slug("?!", 48), "");
        assert_eq!(slug("ab cd ef", 4), "ab-c");
        assert_eq!(stem("My Treaty.en.md"), "My Treaty.en");
        assert_eq!(stem("notes"), "notes");
    }
}
