//! Locks, semaphores and events. Each keeps its waiters in arrival order, so the
//! page can show them and a release hands over deterministically.

use super::call::KError;
use super::Tid;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Lock {
    /// An RLock: its owner may acquire again and only its owner may release.
    pub reentrant: bool,
    pub owner: Option<Tid>,
    /// How many times the owner holds it (always 1 for a plain lock).
    pub count: u32,
    pub waiters: VecDeque<Tid>,
    /// Made by the library for its own use (`Call::MarkInternal`): not one of the
    /// program's objects, so the page does not list it.
    #[serde(default)]
    pub internal: bool,
}

impl Lock {
    pub fn acquire(&mut self, tid: Tid) -> bool {
        match self.owner {
            None => {
                self.owner = Some(tid);
                self.count = 1;
                true
            }
            Some(owner) if self.reentrant && owner == tid => {
                self.count += 1;
                true
            }
            Some(_) => false,
        }
    }

    /// A plain lock may be released by any thread (as in CPython); an RLock only by its owner.
    pub fn release(&mut self, tid: Tid) -> Result<(), KError> {
        match self.owner {
            None => return Err(if self.reentrant { KError::NotOwner } else { KError::Unlocked }),
            Some(owner) if self.reentrant && owner != tid => return Err(KError::NotOwner),
            Some(_) => {}
        }
        self.count -= 1;
        if self.count == 0 {
            self.owner = None;
        }
        Ok(())
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Semaphore {
    pub value: u32,
    /// A BoundedSemaphore's initial value: releasing past it is an error.
    pub bound: Option<u32>,
    pub waiters: VecDeque<Tid>,
    /// Made by the library for its own use (`Call::MarkInternal`): not one of the
    /// program's objects, so the page does not list it.
    #[serde(default)]
    pub internal: bool,
}

impl Semaphore {
    pub fn acquire(&mut self) -> bool {
        if self.value == 0 {
            return false;
        }
        self.value -= 1;
        true
    }

    pub fn release(&mut self) -> Result<(), KError> {
        if self.bound.is_some_and(|bound| self.value >= bound) {
            return Err(KError::TooManyReleases);
        }
        self.value += 1;
        Ok(())
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Event {
    pub flag: bool,
    pub waiters: VecDeque<Tid>,
    /// Made by the library for its own use (`Call::MarkInternal`): not one of the
    /// program's objects, so the page does not list it.
    #[serde(default)]
    pub internal: bool,
}
