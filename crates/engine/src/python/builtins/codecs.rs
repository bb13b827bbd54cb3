//! The wide Unicode codecs: UTF-16 and UTF-32, with CPython's names and layout
//! (the plain names write a little-endian BOM first, as on x86 Linux).

/// A codec by its normalised name (lower case, `_` as `-`).
#[derive(Clone, Copy)]
pub struct Wide {
    width: usize,
    big_endian: bool,
    bom: bool,
}

pub fn wide(name: &str) -> Option<Wide> {
    let (width, rest) = match name.strip_prefix("utf-16").or_else(|| name.strip_prefix("utf16")) {
        Some(rest) => (2, rest),
        None => (4, name.strip_prefix("utf-32").or_else(|| name.strip_prefix("utf32"))?),
    };
    let (big_endian, bom) = match rest.trim_start_matches('-') {
        "" => (false, true),
        "le" => (false, false),
        "be" => (true, false),
        _ => return None,
    };
    Some(Wide { width, big_endian, bom })
}

impl Wide {
    pub fn encode(self, text: &str) -> Vec<u8> {
        let mut units: Vec<u32> = Vec::new();
        if self.bom {
            units.push(0xFEFF);
        }
        if self.width == 2 {
            units.extend(text.encode_utf16().map(u32::from));
        } else {
            units.extend(text.chars().map(u32::from));
        }
        let mut out = Vec::with_capacity(units.len() * self.width);
        for unit in units {
            let bytes = unit.to_le_bytes();
            let bytes = &bytes[..self.width];
            if self.big_endian {
                out.extend(bytes.iter().rev());
            } else {
                out.extend(bytes);
            }
        }
        out
    }

    /// The text, or CPython's message for bytes that are not valid.
    pub fn decode(self, data: &[u8]) -> Result<String, String> {
        let codec = if self.width == 2 { "utf-16" } else { "utf-32" };
        let mut big_endian = self.big_endian;
        let mut data = data;
        if self.bom && data.len() >= self.width {
            let le = [0xFF, 0xFE, 0, 0];
            let be = [0xFE, 0xFF];
            if data[..self.width] == le[..self.width] {
                data = &data[self.width..];
            } else if self.width == 2 && data[..2] == be {
                big_endian = true;
                data = &data[2..];
            }
        }
        if data.len() % self.width != 0 {
            let at = data.len() - data.len() % self.width;
            return Err(format!("'{codec}-le' codec can't decode byte 0x{:02x} in position {at}: truncated data", data[at]));
        }
        let units = data.chunks(self.width).map(|chunk| {
            let mut bytes = [0u8; 4];
            bytes[..self.width].copy_from_slice(chunk);
            if big_endian {
                bytes[..self.width].reverse();
            }
            u32::from_le_bytes(bytes)
        });
        if self.width == 2 {
            let units: Vec<u16> = units.map(|u| u as u16).collect();
            String::from_utf16(&units).map_err(|_| format!("'{codec}-le' codec can't decode bytes: illegal UTF-16 surrogate"))
        } else {
            units
                .map(|u| char::from_u32(u).ok_or_else(|| format!("'{codec}-le' codec can't decode bytes: code point not in range(0x110000)")))
                .collect()
        }
    }
}
