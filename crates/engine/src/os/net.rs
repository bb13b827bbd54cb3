//! Loopback TCP: sockets that connect processes of this machine to each other.
//!
//! A connection is a pair of endpoints, each a shared [`Socket`] object whose inbox
//! holds the bytes its peer sent, each chunk with the time it becomes readable (as
//! for pipes). A process names its sockets by descriptor (`fd`, from 3 up, lowest
//! free first, as Linux hands them out); fork copies the descriptor table, and an
//! endpoint closes for its peer only when no process holds it any more.
//!
//! What the peer sees when one side goes away follows Linux: a close with nothing
//! unread sends FIN (the peer reads b'' after the data already sent; its first send
//! still succeeds and draws a reset, the next fails with EPIPE); a close with unread
//! data sends RST (the peer's next recv fails with ECONNRESET, then reads b'').

use super::call::{Call, KError, Reply, Scope};
use super::kernel::{Kernel, Object, Outcome};
use super::task::Wait;
use super::trace::What;
use super::{Handle, Nanos, Pid, Tid};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// Errors as Linux reports them; the VM raises the matching OSError subclass.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NetError {
    BadFd,
    WouldBlock,
    Invalid,
    BrokenPipe,
    AddrInUse,
    AddrNotAvail,
    NetUnreachable,
    Reset,
    IsConnected,
    NotConnected,
    Refused,
    MsgSize,
    DestRequired,
}

impl NetError {
    pub fn errno(self) -> i32 {
        match self {
            NetError::BadFd => 9,
            NetError::WouldBlock => 11,
            NetError::Invalid => 22,
            NetError::BrokenPipe => 32,
            NetError::AddrInUse => 98,
            NetError::AddrNotAvail => 99,
            NetError::NetUnreachable => 101,
            NetError::Reset => 104,
            NetError::IsConnected => 106,
            NetError::NotConnected => 107,
            NetError::Refused => 111,
            NetError::MsgSize => 90,
            NetError::DestRequired => 89,
        }
    }

    /// strerror(errno) in glibc's words.
    pub fn message(self) -> &'static str {
        match self {
            NetError::BadFd => "Bad file descriptor",
            NetError::WouldBlock => "Resource temporarily unavailable",
            NetError::Invalid => "Invalid argument",
            NetError::BrokenPipe => "Broken pipe",
            NetError::AddrInUse => "Address already in use",
            NetError::AddrNotAvail => "Cannot assign requested address",
            NetError::NetUnreachable => "Network is unreachable",
            NetError::Reset => "Connection reset by peer",
            NetError::IsConnected => "Transport endpoint is already connected",
            NetError::NotConnected => "Transport endpoint is not connected",
            NetError::Refused => "Connection refused",
            NetError::MsgSize => "Message too long",
            NetError::DestRequired => "Destination address required",
        }
    }
}

/// An address: dotted-quad IPv4 text and a port.
pub type Addr = (String, u16);

pub(super) const ANY: &str = "0.0.0.0";
pub(super) const LOOPBACK: &str = "127.0.0.1";
/// Linux's default ip_local_port_range starts here.
const FIRST_EPHEMERAL: u16 = 32768;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Socket {
    pub local: Option<Addr>,
    pub remote: Option<Addr>,
    /// The other endpoint of the connection.
    pub peer: Option<Handle>,
    pub listening: bool,
    pub backlog: u32,
    /// Connections not yet accepted, in arrival order, each with when its handshake ends.
    pub pending: VecDeque<(Nanos, Handle)>,
    /// Bytes the peer sent, in chunks, each with the time it becomes readable.
    pub inbox: VecDeque<(Nanos, Vec<u8>)>,
    /// How many processes hold a descriptor for it.
    pub holders: u32,
    /// No process holds it any more (an endpoint waiting in a backlog has no holder yet
    /// but is not closed).
    pub closed: bool,
    pub shut_rd: bool,
    pub shut_wr: bool,
    /// The peer sent FIN: reads end with b'' once the inbox is empty.
    pub fin: bool,
    /// A reset arrived and has not been reported yet (reported once, as sk_err is).
    pub error: Option<NetError>,
    /// The connection was reset: sends fail from now on.
    pub reset: bool,
    pub reuse_addr: bool,
    /// setsockopt calls, kept for the snapshot: (level, name, value).
    pub options: Vec<(i32, i32, i64)>,
    /// Threads in accept or recv, in arrival order.
    pub waiters: VecDeque<Tid>,
    /// A UDP socket (datagram.rs): its port is UDP's, apart from TCP's.
    #[serde(default)]
    pub dgram: bool,
    /// Datagrams sent to it, each with when it becomes readable and where it came from.
    #[serde(default)]
    pub datagrams: VecDeque<(Nanos, Vec<u8>, Addr)>,
    /// One of an asyncio event loop's self-pipe pair (`Call::PairSockets`).
    #[serde(default)]
    pub wakeup: bool,
}

impl Socket {
    /// Up to `max` readable bytes, taken across chunks as a TCP stream would give them.
    fn take(&mut self, max: usize, now: Nanos) -> Vec<u8> {
        let mut out = Vec::new();
        while out.len() < max {
            let Some((visible, chunk)) = self.inbox.front_mut() else { break };
            if *visible > now {
                break;
            }
            let n = chunk.len().min(max - out.len());
            out.extend(chunk.drain(..n));
            if chunk.is_empty() {
                self.inbox.pop_front();
            }
        }
        out
    }

    fn readable(&self, now: Nanos) -> bool {
        self.inbox.front().is_some_and(|&(visible, _)| visible <= now)
    }

    /// What `select` reports readable: something to read, a connection to accept,
    /// or a read that would not wait (the end of the stream, an error).
    pub(super) fn select_readable(&self, now: Nanos) -> bool {
        self.readable(now)
            || self.datagrams.front().is_some_and(|d| d.0 <= now)
            || (self.listening && self.pending.front().is_some_and(|&(at, _)| at <= now))
            || self.fin
            || self.error.is_some()
            || self.reset
            || self.shut_rd
            || self.closed
    }

    /// Still occupies its port (for bind's conflict check).
    fn live(&self) -> bool {
        !self.closed
    }
}

pub(super) fn is_any(ip: &str) -> bool {
    ip == ANY
}

pub(super) fn is_loopback(ip: &str) -> bool {
    ip.starts_with("127.")
}

/// Two local addresses overlap when either is the wildcard or they are equal.
pub(super) fn overlaps(a: &str, b: &str) -> bool {
    is_any(a) || is_any(b) || a == b
}

impl Kernel {
    /// Applies a socket call (see call.rs); `Accept` and `SockRecv` may wait.
    pub(super) fn net_apply(&mut self, tid: Tid, pid: Pid, call: Call) -> Outcome {
        let reply = |r: Result<Reply, NetError>| Outcome::Reply(r.unwrap_or_else(|e| Reply::Err(KError::Net(e))));
        match call {
            Call::NewSocket { dgram } => {
                self.objects.push(Object::Socket(Socket { holders: 1, dgram, ..Socket::default() }));
                let handle = Handle { scope: Scope::Shared, index: self.objects.len() as u32 - 1 };
                reply(self.new_fd(pid, handle).map(|fd| Reply::Int(fd as i64)))
            }
            Call::Bind { fd, addr, port } => reply(self.bind(pid, fd, addr, port)),
            Call::Listen { fd, backlog } => reply(self.listen(tid, pid, fd, backlog)),
            Call::PairSockets { a, b, wakeup } => reply(self.pair_sockets(pid, a, b, wakeup)),
            Call::SendTo { fd, data, addr, port } => reply(self.send_to(tid, pid, fd, data, addr, port)),
            Call::RecvFrom { fd, timeout, .. } => {
                let handle = match self.socket_of(pid, fd) {
                    Ok(h) => h,
                    Err(e) => return reply(Err(e)),
                };
                let failed = Reply::Err(KError::Net(NetError::WouldBlock));
                self.blocking(tid, pid, call, true, timeout, Wait::PipeRecv(handle, 0), failed)
            }
            Call::Connect { fd, .. } if self.socket_of(pid, fd).ok().and_then(|h| self.sock(h)).is_some_and(|s| s.dgram) => {
                let Call::Connect { fd, addr, port } = call else { unreachable!() };
                reply(self.dgram_connect(pid, fd, addr, port))
            }
            Call::Connect { fd, addr, port } => match self.connect(tid, pid, fd, addr, port) {
                Ok(at) => Outcome::Block(Wait::Sleep, Some(at)),
                Err(e) => reply(Err(e)),
            },
            Call::Accept { fd, timeout } | Call::SockRecv { fd, timeout, .. } => {
                let handle = match self.socket_of(pid, fd) {
                    Ok(h) => h,
                    Err(e) => return reply(Err(e)),
                };
                let side = if matches!(call, Call::Accept { .. }) { 1 } else { 0 };
                let failed = Reply::Err(KError::Net(NetError::WouldBlock));
                // A socket wait is shown as a wait on a pipe end: the session's
                // deadlock report names `Wait` variants one by one.
                self.blocking(tid, pid, call, true, timeout, Wait::PipeRecv(handle, side), failed)
            }
            Call::SockSend { fd, data } => reply(self.sock_send(tid, pid, fd, data)),
            Call::Shutdown { fd, how } => reply(self.shutdown(pid, fd, how)),
            Call::SockClose { fd } => reply(self.close_fd(tid, pid, fd).map(|()| Reply::Unit)),
            Call::SetSockOpt { fd, level, name, value } => reply(self.set_opt(tid, pid, fd, level, name, value)),
            Call::SockName { fd } => reply(self.with_socket(pid, fd, |s| {
                let (ip, port) = s.local.clone().unwrap_or((ANY.into(), 0));
                Ok(Reply::Addr { ip, port })
            })),
            Call::PeerName { fd } => reply(self.with_socket(pid, fd, |s| match (&s.remote, s.reset) {
                (Some((ip, port)), false) => Ok(Reply::Addr { ip: ip.clone(), port: *port }),
                _ => Err(NetError::NotConnected),
            })),
            _ => Outcome::Reply(Reply::Err(KError::BadHandle)),
        }
    }

    /// Tries `Accept` or `SockRecv` now: the reply if it completes.
    pub(super) fn net_try(&mut self, tid: Tid, pid: Pid, call: &Call) -> Option<Reply> {
        let now = self.now;
        let err = |e| Some(Reply::Err(KError::Net(e)));
        let (fd, accept, max) = match call {
            Call::Accept { fd, .. } => (*fd, true, 0),
            Call::SockRecv { fd, max, .. } => (*fd, false, *max as usize),
            Call::RecvFrom { fd, max, .. } => return self.recv_from(tid, pid, *fd, *max as usize),
            _ => return None,
        };
        let handle = match self.socket_of(pid, fd) {
            Ok(h) => h,
            Err(e) => return err(e),
        };
        let sock = self.sock(handle)?;
        if accept {
            if !sock.listening {
                return err(NetError::Invalid);
            }
            if sock.pending.front().is_none_or(|&(at, _)| at > now) {
                return None;
            }
            let (_, conn) = sock.pending.pop_front()?;
            if let Some(s) = self.sock(conn) {
                s.holders = 1;
            }
            let fd = match self.new_fd(pid, conn) {
                Ok(fd) => fd,
                Err(e) => return err(e),
            };
            let port = self.sock(conn).and_then(|s| s.remote.as_ref().map(|r| r.1)).unwrap_or(0);
            self.record(pid, tid, What::Accepted { socket: conn, port });
            return Some(Reply::Int(fd as i64));
        }
        if sock.peer.is_none() {
            return err(NetError::NotConnected);
        }
        if max == 0 || sock.shut_rd {
            return Some(Reply::Bytes(Vec::new()));
        }
        if sock.readable(now) {
            let data = sock.take(max, now);
            self.record(pid, tid, What::SockReceived { socket: handle, bytes: data.len() });
            return Some(Reply::Bytes(data));
        }
        if !sock.inbox.is_empty() {
            return None; // bytes on their way
        }
        // Linux checks FIN before a pending error, and reads end at a reset.
        if sock.fin {
            return Some(Reply::Eof);
        }
        if let Some(e) = sock.error.take() {
            return err(e);
        }
        if sock.reset {
            return Some(Reply::Eof);
        }
        None
    }

    pub(super) fn sock(&mut self, handle: Handle) -> Option<&mut Socket> {
        match self.objects.get_mut(handle.index as usize) {
            Some(Object::Socket(s)) => Some(s),
            _ => None,
        }
    }

    pub(super) fn socket_of(&self, pid: Pid, fd: u32) -> Result<Handle, NetError> {
        self.procs.get(&pid).and_then(|p| p.sockets.get(&fd)).copied().ok_or(NetError::BadFd)
    }

    fn with_socket<T>(&mut self, pid: Pid, fd: u32, f: impl FnOnce(&mut Socket) -> Result<T, NetError>) -> Result<T, NetError> {
        let handle = self.socket_of(pid, fd)?;
        f(self.sock(handle).ok_or(NetError::BadFd)?)
    }

    /// The lowest free descriptor from 3 (0-2 are the console).
    pub(super) fn new_fd(&mut self, pid: Pid, handle: Handle) -> Result<u32, NetError> {
        let proc = self.procs.get_mut(&pid).ok_or(NetError::BadFd)?;
        let fd = (3..).find(|fd| !proc.sockets.contains_key(fd)).unwrap_or(3);
        proc.sockets.insert(fd, handle);
        Ok(fd)
    }

    fn live_sockets(&self) -> impl Iterator<Item = (usize, &Socket)> {
        self.objects.iter().enumerate().filter_map(|(i, o)| match o {
            Object::Socket(s) if s.live() => Some((i, s)),
            _ => None,
        })
    }

    /// Linux refuses a port another socket of the same protocol has bound on an
    /// overlapping address, unless both set SO_REUSEADDR and the other is not listening.
    fn port_taken(&self, me: usize, dgram: bool, ip: &str, port: u16, reuse: bool) -> bool {
        self.live_sockets().any(|(i, s)| {
            i != me
                && s.dgram == dgram
                && s.local.as_ref().is_some_and(|(other_ip, p)| *p == port && overlaps(ip, other_ip))
                && !(reuse && s.reuse_addr && !s.listening)
        })
    }

    pub(super) fn ephemeral_port(&self) -> u16 {
        let used: std::collections::BTreeSet<u16> = self.live_sockets().filter_map(|(_, s)| s.local.as_ref().map(|l| l.1)).collect();
        (FIRST_EPHEMERAL..=u16::MAX).find(|p| !used.contains(p)).unwrap_or(FIRST_EPHEMERAL)
    }

    fn bind(&mut self, pid: Pid, fd: u32, addr: String, port: u16) -> Result<Reply, NetError> {
        let handle = self.socket_of(pid, fd)?;
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        if sock.local.is_some() {
            return Err(NetError::Invalid);
        }
        let (reuse, dgram) = (sock.reuse_addr, sock.dgram);
        if !is_any(&addr) && !is_loopback(&addr) {
            return Err(NetError::AddrNotAvail);
        }
        let port = if port == 0 { self.ephemeral_port() } else { port };
        if self.port_taken(handle.index as usize, dgram, &addr, port, reuse) {
            return Err(NetError::AddrInUse);
        }
        self.sock(handle).ok_or(NetError::BadFd)?.local = Some((addr, port));
        Ok(Reply::Unit)
    }

    fn listen(&mut self, tid: Tid, pid: Pid, fd: u32, backlog: u32) -> Result<Reply, NetError> {
        let handle = self.socket_of(pid, fd)?;
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        if sock.peer.is_some() || sock.dgram {
            return Err(NetError::Invalid);
        }
        if sock.local.is_none() {
            // Listening unbound: Linux binds an ephemeral port first.
            let port = self.ephemeral_port();
            self.sock(handle).ok_or(NetError::BadFd)?.local = Some((ANY.into(), port));
        }
        let (ip, port) = self.sock(handle).and_then(|s| s.local.clone()).ok_or(NetError::BadFd)?;
        let clash = self.live_sockets().any(|(i, s)| {
            i != handle.index as usize && s.listening && s.local.as_ref().is_some_and(|(o, p)| *p == port && overlaps(&ip, o))
        });
        if clash {
            return Err(NetError::AddrInUse);
        }
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        sock.listening = true;
        sock.backlog = backlog;
        self.record(pid, tid, What::Listening { socket: handle, port });
        Ok(Reply::Unit)
    }

    /// Starts the handshake; the caller waits until it completes (returned).
    fn connect(&mut self, tid: Tid, pid: Pid, fd: u32, addr: String, port: u16) -> Result<Nanos, NetError> {
        let handle = self.socket_of(pid, fd)?;
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        if sock.peer.is_some() {
            return Err(NetError::IsConnected);
        }
        if sock.listening {
            return Err(NetError::Invalid);
        }
        let target = if is_any(&addr) { LOOPBACK.to_string() } else { addr };
        if !is_loopback(&target) {
            return Err(NetError::NetUnreachable); // this machine has no other network
        }
        let listener = self
            .live_sockets()
            .find(|(_, s)| s.listening && !s.dgram && s.local.as_ref().is_some_and(|(ip, p)| *p == port && (is_any(ip) || *ip == target)))
            .map(|(i, s)| (Handle { scope: Scope::Shared, index: i as u32 }, s.reuse_addr));
        let Some((listener, reuse)) = listener else { return Err(NetError::Refused) };
        let local_port = match self.sock(handle).and_then(|s| s.local.as_ref().map(|l| l.1)) {
            Some(p) => p,
            None => self.ephemeral_port(),
        };
        let at = self.now + self.config.costs.socket_latency;
        let local = (LOOPBACK.to_string(), local_port);
        let remote = (target.clone(), port);
        self.objects.push(Object::Socket(Socket {
            local: Some(remote.clone()),
            remote: Some(local.clone()),
            peer: Some(handle),
            reuse_addr: reuse,
            ..Socket::default()
        }));
        let server_end = Handle { scope: Scope::Shared, index: self.objects.len() as u32 - 1 };
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        sock.local = Some(local);
        sock.remote = Some(remote);
        sock.peer = Some(server_end);
        if let Some(l) = self.sock(listener) {
            l.pending.push_back((at, server_end));
        }
        self.when_visible(at, listener, 0);
        self.record(pid, tid, What::Connected { socket: handle, port });
        Ok(at)
    }

    fn sock_send(&mut self, tid: Tid, pid: Pid, fd: u32, data: Vec<u8>) -> Result<Reply, NetError> {
        let handle = self.socket_of(pid, fd)?;
        let at = self.now + self.config.costs.socket_latency;
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        let Some(peer) = sock.peer else { return Err(NetError::BrokenPipe) };
        if let Some(e) = sock.error.take() {
            return Err(e);
        }
        if sock.shut_wr || sock.reset {
            return Err(NetError::BrokenPipe);
        }
        let bytes = data.len();
        let peer_closed = self.sock(peer).is_none_or(|p| p.closed);
        if peer_closed {
            // The bytes go out and the closed peer answers with a reset: this send
            // succeeds, the next one fails.
            let sock = self.sock(handle).ok_or(NetError::BadFd)?;
            sock.error = Some(NetError::BrokenPipe);
            sock.reset = true;
        } else if bytes > 0 {
            if let Some(p) = self.sock(peer) {
                p.inbox.push_back((at, data));
            }
            self.when_visible(at, peer, 0);
        }
        self.record(pid, tid, What::SockSent { socket: handle, bytes });
        Ok(Reply::Int(bytes as i64))
    }

    fn shutdown(&mut self, pid: Pid, fd: u32, how: u8) -> Result<Reply, NetError> {
        let handle = self.socket_of(pid, fd)?;
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        let Some(peer) = sock.peer else { return Err(NetError::NotConnected) };
        if how > 2 {
            return Err(NetError::Invalid);
        }
        if how != 1 {
            sock.shut_rd = true;
        }
        let send_fin = how != 0 && !sock.shut_wr;
        if how != 0 {
            sock.shut_wr = true;
        }
        self.retry_waiters(None, handle, 0);
        if send_fin {
            if let Some(p) = self.sock(peer) {
                p.fin = true;
            }
            self.retry_waiters(None, peer, 0);
        }
        Ok(Reply::Unit)
    }

    fn set_opt(&mut self, tid: Tid, pid: Pid, fd: u32, level: i32, name: i32, value: i64) -> Result<Reply, NetError> {
        let handle = self.socket_of(pid, fd)?;
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        const SOL_SOCKET: i32 = 1;
        const SO_REUSEADDR: i32 = 2;
        if (level, name) == (SOL_SOCKET, SO_REUSEADDR) {
            sock.reuse_addr = value != 0;
        }
        sock.options.push((level, name, value));
        self.record(pid, tid, What::SockOpt { socket: handle, level, name, value });
        Ok(Reply::Unit)
    }

    /// This process gives up its descriptor; the last holder's close reaches the peer.
    pub(super) fn close_fd(&mut self, tid: Tid, pid: Pid, fd: u32) -> Result<(), NetError> {
        let handle = self.procs.get_mut(&pid).and_then(|p| p.sockets.remove(&fd)).ok_or(NetError::BadFd)?;
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        sock.holders = sock.holders.saturating_sub(1);
        if sock.holders > 0 {
            return Ok(());
        }
        self.record(pid, tid, What::SockClosed { socket: handle });
        self.release_socket(handle, false);
        Ok(())
    }

    /// No process holds the endpoint any more: its peer sees FIN, or a reset when
    /// bytes were left unread (or `reset`: connections left in a closed backlog).
    fn release_socket(&mut self, handle: Handle, reset: bool) {
        let Some(sock) = self.sock(handle) else { return };
        sock.closed = true;
        sock.listening = false;
        let unread = reset || !sock.inbox.is_empty();
        let (peer, pending, shut_wr) = (sock.peer, std::mem::take(&mut sock.pending), sock.shut_wr);
        sock.inbox.clear();
        sock.datagrams.clear();
        for (_, conn) in pending {
            self.release_socket(conn, true);
        }
        self.retry_waiters(None, handle, 0);
        let Some(peer) = peer else { return };
        let Some(p) = self.sock(peer) else { return };
        if unread {
            p.error = Some(NetError::Reset);
            p.reset = true;
        } else if !shut_wr {
            p.fin = true;
        }
        self.retry_waiters(None, peer, 0);
    }

    /// A forked child holds copies of its parent's descriptors.
    pub(super) fn inherit_sockets(&mut self, child: Pid) {
        let handles: Vec<Handle> = self.procs.get(&child).map(|p| p.sockets.values().copied().collect()).unwrap_or_default();
        for handle in handles {
            if let Some(s) = self.sock(handle) {
                s.holders += 1;
            }
        }
    }

    /// An exiting process closes every descriptor it holds.
    pub(super) fn close_all_sockets(&mut self, tid: Tid, pid: Pid) {
        let fds: Vec<u32> = self.procs.get(&pid).map(|p| p.sockets.keys().copied().collect()).unwrap_or_default();
        for fd in fds {
            let _ = self.close_fd(tid, pid, fd);
        }
    }
}
