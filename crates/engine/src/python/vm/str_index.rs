//! Character positions in long strings. A `str` is UTF-8 (`Rc<str>`), so the n-th
//! character is found by walking; for the last two long strings indexed or sliced the VM
//! keeps whether it is ASCII and where every 64th character starts, so `s[i:j]` in a
//! loop costs O(j - i) as in CPython, not a scan of the whole string each time.

use super::Process;
use std::rc::Rc;

/// Shorter strings are simply scanned.
const MIN_LEN: usize = 256;
const STEP: usize = 64;
/// How many strings are kept indexed (a loop may slice two alternately).
const KEPT: usize = 2;

#[derive(Clone, Debug)]
pub struct StrIndex {
    /// Held, so the string (and its address) cannot be reused while indexed.
    s: Rc<str>,
    ascii: bool,
    chars: usize,
    /// Byte offset of characters 0, 64, 128, ...
    marks: Vec<u32>,
}

impl StrIndex {
    fn new(s: &Rc<str>) -> StrIndex {
        let ascii = s.is_ascii();
        let mut marks = Vec::new();
        let mut chars = s.len();
        if !ascii {
            chars = 0;
            for (b, _) in s.char_indices() {
                if chars % STEP == 0 {
                    marks.push(b as u32);
                }
                chars += 1;
            }
        }
        StrIndex { s: s.clone(), ascii, chars, marks }
    }

    fn byte_at(&self, char_idx: usize) -> usize {
        if self.ascii {
            return char_idx.min(self.s.len());
        }
        if char_idx >= self.chars {
            return self.s.len();
        }
        let start = self.marks[char_idx / STEP] as usize;
        let skip = char_idx % STEP;
        self.s[start..].char_indices().nth(skip).map_or(self.s.len(), |(b, _)| start + b)
    }
}

impl Process {
    fn str_index(&mut self, s: &Rc<str>) -> Option<&StrIndex> {
        if s.len() < MIN_LEN {
            return None;
        }
        let at = match self.str_index.iter().position(|ix| Rc::ptr_eq(&ix.s, s)) {
            Some(at) => at,
            None => {
                if self.str_index.len() == KEPT {
                    self.str_index.remove(0);
                }
                self.str_index.push(StrIndex::new(s));
                self.str_index.len() - 1
            }
        };
        self.str_index.get(at)
    }

    /// len(s) in characters.
    pub fn str_len(&mut self, s: &Rc<str>) -> usize {
        match self.str_index(s) {
            Some(ix) => ix.chars,
            None if s.is_ascii() => s.len(),
            None => s.chars().count(),
        }
    }

    /// Is `s` all ASCII (known at once for the indexed string)?
    pub fn str_is_ascii(&mut self, s: &Rc<str>) -> bool {
        match self.str_index(s) {
            Some(ix) => ix.ascii,
            None => s.is_ascii(),
        }
    }

    /// The byte offset where character `char_idx` of `s` starts (its length past the end).
    pub fn str_byte_at(&mut self, s: &Rc<str>, char_idx: usize) -> usize {
        match self.str_index(s) {
            Some(ix) => ix.byte_at(char_idx),
            None => s.char_indices().nth(char_idx).map_or(s.len(), |(b, _)| b),
        }
    }
}
