//! POSIX shared memory (`multiprocessing.shared_memory`): a block of raw bytes every
//! process that attaches sees, read and written in place, a range at a time, so two
//! processes writing different bytes never undo each other's writes.

use super::call::{KError, Reply};
use super::kernel::{Kernel, Object};
use super::Handle;

impl Kernel {
    pub(super) fn read_shared_bytes(&mut self, memory: Handle, start: u64, len: u64) -> Reply {
        match self.object(None, memory) {
            Some(Object::Shared(data)) => {
                let start = (start as usize).min(data.len());
                let end = start.saturating_add(len as usize).min(data.len());
                Reply::Bytes(data[start..end].to_vec())
            }
            _ => Reply::Err(KError::BadHandle),
        }
    }

    /// Writes past the block's end are cut off (the library checks the bounds first).
    pub(super) fn write_shared_bytes(&mut self, memory: Handle, at: u64, bytes: &[u8]) -> Reply {
        match self.object(None, memory) {
            Some(Object::Shared(data)) => {
                let start = (at as usize).min(data.len());
                let end = start.saturating_add(bytes.len()).min(data.len());
                data[start..end].copy_from_slice(&bytes[..end - start]);
                Reply::Unit
            }
            _ => Reply::Err(KError::BadHandle),
        }
    }
}
