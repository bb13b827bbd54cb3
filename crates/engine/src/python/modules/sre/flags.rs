//! CPython's flag bits (`re.RegexFlag`'s values).

pub const FLAG_T: u32 = 1;
pub const FLAG_I: u32 = 2;
pub const FLAG_L: u32 = 4;
pub const FLAG_M: u32 = 8;
pub const FLAG_S: u32 = 16;
pub const FLAG_U: u32 = 32;
pub const FLAG_X: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_A: u32 = 256;
pub const TYPE_FLAGS: u32 = FLAG_A | FLAG_L | FLAG_U;
pub const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_T;
