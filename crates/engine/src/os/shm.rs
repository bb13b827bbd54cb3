//! POSIX shared memory (`multiprocessing.shared_memory`): a block of raw bytes every
//! process that attaches sees, read and written in place, a range at a time, so two
//! processes writing different bytes never undo each other's writes.

use super::call::{KError, Reply, Scope};
use super::fs::{EEXIST, ENOENT};
use super::kernel::{Kernel, Object};
use super::{Handle, Pid};

impl Kernel {
    /// The block named `name`: a new one of `size` zero bytes, or (size 0) the one
    /// made before. Names are the kernel's, as POSIX keeps them apart from files.
    pub(super) fn shm_open(&mut self, pid: Pid, name: String, size: u64) -> Reply {
        match (self.shm_names.get(&name), size) {
            (Some(_), 1..) => Reply::Err(KError::Fs(EEXIST)),
            (Some(&h), 0) => Reply::Handle(h),
            (None, 0) => Reply::Err(KError::Fs(ENOENT)),
            (None, _) => {
                let reply = self.create(pid, Scope::Shared, Object::Shared(vec![0; size as usize]));
                if let Reply::Handle(h) = reply {
                    self.shm_names.insert(name, h);
                }
                reply
            }
        }
    }

    /// The block stays for those attached; the name goes.
    pub(super) fn shm_unlink(&mut self, name: &str) -> Reply {
        match self.shm_names.remove(name) {
            Some(_) => Reply::Unit,
            None => Reply::Err(KError::Fs(ENOENT)),
        }
    }

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
