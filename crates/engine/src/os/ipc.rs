//! Pipes and queues: what crosses between processes, as bytes.

use super::{Nanos, Tid};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// One end of a pipe: what was sent to it, and who waits to receive.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PipeEnd {
    /// Messages in order, each with the time it becomes readable.
    pub inbox: VecDeque<(Nanos, Vec<u8>)>,
    /// How many processes hold this end open. When the end that writes to a
    /// reader is held by none, the reader gets EOF once its inbox is empty.
    pub holders: u32,
    pub waiters: VecDeque<Tid>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Pipe {
    /// `Pipe(duplex=False)`: side 0 only receives, side 1 only sends.
    pub duplex: bool,
    pub ends: [PipeEnd; 2],
}

pub enum Received {
    Message(Vec<u8>),
    Eof,
    Nothing,
}

impl Pipe {
    /// What side `side` can receive at `now`.
    pub fn receive(&mut self, side: u8, now: Nanos) -> Received {
        let peer_holders = self.ends[1 - side as usize].holders;
        let end = &mut self.ends[side as usize];
        match end.inbox.front() {
            Some(&(visible, _)) if visible <= now => Received::Message(end.inbox.pop_front().map(|(_, m)| m).unwrap_or_default()),
            None if peer_holders == 0 => Received::Eof,
            _ => Received::Nothing,
        }
    }

    /// Would `receive` return at once (a message or EOF)?
    pub fn ready(&self, side: u8, now: Nanos) -> bool {
        let end = &self.ends[side as usize];
        match end.inbox.front() {
            Some(&(visible, _)) => visible <= now,
            None => self.ends[1 - side as usize].holders == 0,
        }
    }
}

/// A multiprocessing queue. `put` hands the item to a feeder that makes it visible
/// to `get` a little later, which is why `empty()` right after `put()` can be True.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Queue {
    /// 0: unbounded.
    pub maxsize: usize,
    pub items: VecDeque<(Nanos, Vec<u8>)>,
    /// JoinableQueue: items put and not yet marked done.
    pub unfinished: u64,
    pub getters: VecDeque<Tid>,
    pub putters: VecDeque<Tid>,
    pub joiners: VecDeque<Tid>,
}

impl Queue {
    pub fn has_room(&self) -> bool {
        self.maxsize == 0 || self.items.len() < self.maxsize
    }

    pub fn take_visible(&mut self, now: Nanos) -> Option<Vec<u8>> {
        match self.items.front() {
            Some(&(visible, _)) if visible <= now => self.items.pop_front().map(|(_, item)| item),
            _ => None,
        }
    }

    pub fn any_visible(&self, now: Nanos) -> bool {
        self.items.front().is_some_and(|&(visible, _)| visible <= now)
    }
}
