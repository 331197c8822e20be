//! Properties of the UTF-8/UTF-16 offset conversions behind `TextPositionSelector`s, on
//! arbitrary text including astral characters (emoji: two UTF-16 units, four UTF-8 bytes).

use proptest::prelude::*;
use treaty_core::attribution::utf16::{byte_to_utf16, utf16_to_byte, Utf16Index};

/// Arbitrary strings, and strings dense in emoji and other multi-byte characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a😀é\u{10FFFF}ё\u{1F1FA}\u{1F1F3} ]{0,40}"
    ]
}

proptest! {
    #[test]
    fn agrees_with_encoding_the_prefix(s in text()) {
        let index = Utf16Index::new(&s);
        for (b, _) in s.char_indices().chain([(s.len(), ' ')]) {
            let expected = s[..b].encode_utf16().count() as u32;
            prop_assert_eq!(byte_to_utf16(&s, b), expected);
            prop_assert_eq!(index.byte_to_utf16(b), expected);
        }
    }

    #[test]
    fn round_trips_every_character_boundary(s in text()) {
        let index = Utf16Index::new(&s);
        for (b, _) in s.char_indices().chain([(s.len(), ' ')]) {
            let unit = index.byte_to_utf16(b);
            prop_assert_eq!(index.utf16_to_byte(unit), Some(b));
            prop_assert_eq!(utf16_to_byte(&s, unit), Some(b));
        }
    }

    #[test]
    fn every_unit_offset_converts_or_is_inside_a_pair(s in text()) {
        let index = Utf16Index::new(&s);
        let units: Vec<u16> = s.encode_utf16().collect();
        for unit in 0..=units.len() + 1 {
            let byte = index.utf16_to_byte(unit as u32);
            prop_assert_eq!(byte, utf16_to_byte(&s, unit as u32));
            let inside_pair = units
                .get(unit)
                .is_some_and(|u| (0xDC00..0xE000).contains(u));
            if unit > units.len() || inside_pair {
                prop_assert_eq!(byte, None);
            } else {
                let byte = byte.unwrap_or(usize::MAX);
                prop_assert!(s.is_char_boundary(byte));
                prop_assert_eq!(s[..byte].encode_utf16().count(), unit);
            }
        }
    }

    #[test]
    fn bytes_inside_a_character_round_down(s in text(), byte in 0usize..200) {
        let mut floor = byte.min(s.len());
        while !s.is_char_boundary(floor) {
            floor -= 1;
        }
        let expected = s[..floor].encode_utf16().count() as u32;
        prop_assert_eq!(byte_to_utf16(&s, byte), expected);
        prop_assert_eq!(Utf16Index::new(&s).byte_to_utf16(byte), expected);
    }
}
