//! Pipes and queues: what crosses between processes, as bytes.

use super::buffers::Charge;
use super::{Nanos, Pid, Tid};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// A message in a pipe end's inbox.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Message {
    /// When a receiver blocked before it was sent sees it.
    pub visible: Nanos,
    pub data: Vec<u8>,
    pub charge: Charge,
}

/// One end of a pipe: what was sent to it, and who waits to receive.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PipeEnd {
    /// Messages in order.
    pub inbox: VecDeque<Message>,
    /// How many messages were ever taken from `inbox`: the message at `inbox[i]`
    /// is number `taken + i` of those sent to this end.
    pub taken: u64,
    /// How many processes hold this end open. When the end that writes to a
    /// reader is held by none, the reader gets EOF once its inbox is empty.
    pub holders: u32,
    pub waiters: VecDeque<Tid>,
    /// Writers whose message is in `inbox` past the pipe's capacity: on Linux
    /// their `write` has not returned yet, so neither has `send`.
    pub writers: VecDeque<Tid>,
}

impl PipeEnd {
    /// Has the writer of message `number` returned: is what is ahead of it in
    /// the buffer, plus what it needs, within `capacity` (buffers.rs)?
    pub fn written(&self, number: u64, capacity: usize) -> bool {
        let Some(ahead) = number.checked_sub(self.taken) else { return true };
        let Some(own) = self.inbox.get(ahead as usize) else { return true };
        let before: usize = self.inbox.iter().take(ahead as usize).map(|m| m.charge.takes).sum();
        before + own.charge.needs <= capacity
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Pipe {
    /// `Pipe(duplex=False)`: side 0 only receives, side 1 only sends.
    pub duplex: bool,
    pub ends: [PipeEnd; 2],
    /// Made by the library for its own use (`Call::MarkInternal`): not one of the
    /// program's objects, so the page does not list it.
    #[serde(default)]
    pub internal: bool,
}

pub enum Received {
    Message(Vec<u8>),
    Eof,
    Nothing,
}

impl Pipe {
    /// Sends `data` (`wire` bytes in CPython) to end `to`: the number of the message there.
    pub fn send(&mut self, to: u8, data: Vec<u8>, wire: usize, visible: Nanos) -> u64 {
        let charge = super::buffers::charge(self.duplex, wire);
        let end = &mut self.ends[to as usize & 1];
        end.inbox.push_back(Message { visible, data, charge });
        end.taken + end.inbox.len() as u64 - 1
    }

    /// Has the writer of message `number` to end `to` returned?
    pub fn written(&self, to: u8, number: u64) -> bool {
        self.ends[to as usize & 1].written(number, super::buffers::capacity(self.duplex))
    }

    /// What side `side` can receive at `now`.
    pub fn receive(&mut self, side: u8, now: Nanos) -> Received {
        let peer_holders = self.ends[1 - side as usize].holders;
        let end = &mut self.ends[side as usize];
        match end.inbox.front() {
            Some(m) if m.visible <= now => {
                end.taken += 1;
                Received::Message(end.inbox.pop_front().map(|m| m.data).unwrap_or_default())
            }
            None if peer_holders == 0 => Received::Eof,
            _ => Received::Nothing,
        }
    }

    /// Would `receive` return at once (a message or EOF)?
    pub fn ready(&self, side: u8, now: Nanos) -> bool {
        let end = &self.ends[side as usize];
        match end.inbox.front() {
            Some(m) => m.visible <= now,
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
    pub items: VecDeque<Item>,
    /// JoinableQueue: items put and not yet marked done.
    pub unfinished: u64,
    pub getters: VecDeque<Tid>,
    pub putters: VecDeque<Tid>,
    pub joiners: VecDeque<Tid>,
    /// Processes at exit waiting for their feeder thread to write what they put.
    pub flushers: VecDeque<Tid>,
    /// Made by the library for its own use (`Call::MarkInternal`): not one of the
    /// program's objects, so the page does not list it.
    #[serde(default)]
    pub internal: bool,
}

/// An item in a queue, with who put it: CPython's feeder thread writes it into
/// the queue's pipe (`os.pipe`, 64 KiB), and the putting process cannot exit
/// until it is all written.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Item {
    pub visible: Nanos,
    pub data: Vec<u8>,
    pub from: Pid,
}

impl Queue {
    pub fn has_room(&self) -> bool {
        self.maxsize == 0 || self.items.len() < self.maxsize
    }

    pub fn take_visible(&mut self, now: Nanos) -> Option<Vec<u8>> {
        match self.items.front() {
            Some(item) if item.visible <= now => self.items.pop_front().map(|item| item.data),
            _ => None,
        }
    }

    pub fn any_visible(&self, now: Nanos) -> bool {
        self.items.front().is_some_and(|item| item.visible <= now)
    }

    /// Has the feeder of process `pid` written everything it put? The pipe holds
    /// 64 KiB: the items ahead of its last one and that one must fit.
    pub fn flushed(&self, pid: Pid) -> bool {
        let Some(last) = self.items.iter().rposition(|item| item.from == pid) else { return true };
        let through: usize = self.items.iter().take(last + 1).map(|item| super::buffers::charge(false, item.data.len()).takes).sum();
        through <= super::buffers::capacity(false)
    }
}
