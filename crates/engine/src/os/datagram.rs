//! UDP over loopback, and `socketpair()`.
//!
//! A UDP socket is a [`Socket`] with `dgram` set. Its port is UDP's, apart from
//! TCP's (a TCP server and a UDP one may both bind 9999, as on Linux). `sendto`
//! puts one datagram in the inbox of whichever live UDP socket is bound at the
//! address, readable `socket_latency` later (as a TCP segment on loopback); each
//! `recvfrom` takes one whole datagram, cut to the size asked (the rest is lost,
//! as Linux drops it). A datagram to a port nobody has bound is dropped: an
//! unconnected socket on Linux never hears of the ICMP error.
//!
//! `socketpair()` is two stream sockets already connected to each other, with no
//! address and no handshake (AF_UNIX): from then on they are TCP's endpoints (net.rs).

use super::call::{KError, Reply};
use super::kernel::{Kernel, Object};
use super::net::{is_any, is_loopback, overlaps, Addr, NetError, Socket, ANY, LOOPBACK};
use super::trace::What;
use super::{Handle, Pid, Tid};

/// The largest UDP payload over IPv4 (65,535 less the IP and UDP headers).
const MAX_DATAGRAM: usize = 65_507;

impl Kernel {
    /// Connects two fresh sockets of `pid` to each other.
    pub(super) fn pair_sockets(&mut self, pid: Pid, a: u32, b: u32, wakeup: bool) -> Result<Reply, NetError> {
        let (ha, hb) = (self.socket_of(pid, a)?, self.socket_of(pid, b)?);
        if ha == hb {
            return Err(NetError::Invalid);
        }
        for (mine, other) in [(ha, hb), (hb, ha)] {
            let sock = self.sock(mine).ok_or(NetError::BadFd)?;
            if sock.dgram || sock.peer.is_some() || sock.listening {
                return Err(NetError::Invalid);
            }
            sock.peer = Some(other);
            sock.wakeup = wakeup;
        }
        Ok(Reply::Unit)
    }

    /// Binds `handle` to an ephemeral port on every address when it has no address yet
    /// (Linux's autobind at a UDP socket's first send).
    fn autobind(&mut self, handle: Handle) -> Result<Addr, NetError> {
        if let Some(local) = self.sock(handle).ok_or(NetError::BadFd)?.local.clone() {
            return Ok(local);
        }
        let local = (ANY.to_string(), self.ephemeral_port());
        self.sock(handle).ok_or(NetError::BadFd)?.local = Some(local.clone());
        Ok(local)
    }

    /// A UDP `connect`: only remembers the default destination (no handshake).
    pub(super) fn dgram_connect(&mut self, pid: Pid, fd: u32, addr: String, port: u16) -> Result<Reply, NetError> {
        let handle = self.socket_of(pid, fd)?;
        let target = if is_any(&addr) { LOOPBACK.to_string() } else { addr };
        if !is_loopback(&target) {
            return Err(NetError::NetUnreachable);
        }
        let (ip, local_port) = self.autobind(handle)?;
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        // Connected, the socket's own address is the one the route leaves by.
        if is_any(&ip) {
            sock.local = Some((LOOPBACK.to_string(), local_port));
        }
        sock.remote = Some((target, port));
        Ok(Reply::Unit)
    }

    /// One datagram to (addr, port); replies how many bytes went.
    pub(super) fn send_to(&mut self, tid: Tid, pid: Pid, fd: u32, data: Vec<u8>, addr: String, port: u16) -> Result<Reply, NetError> {
        let handle = self.socket_of(pid, fd)?;
        let sock = self.sock(handle).ok_or(NetError::BadFd)?;
        if !sock.dgram {
            // sendto on a TCP socket: Linux ignores the address once connected.
            return Err(if sock.peer.is_some() { NetError::IsConnected } else { NetError::BrokenPipe });
        }
        if data.len() > MAX_DATAGRAM {
            return Err(NetError::MsgSize);
        }
        let target = if is_any(&addr) { LOOPBACK.to_string() } else { addr };
        if !is_loopback(&target) {
            return Err(NetError::NetUnreachable);
        }
        let (local_ip, local_port) = self.autobind(handle)?;
        // The source address the receiver sees: the loopback address it was sent over.
        let from = (if is_any(&local_ip) { LOOPBACK.to_string() } else { local_ip }, local_port);
        let receiver = self.live_udp(&target, port);
        let bytes = data.len();
        let at = self.now + self.config.costs.socket_latency;
        if let Some(to) = receiver {
            if let Some(s) = self.sock(to) {
                s.datagrams.push_back((at, data, from));
            }
            self.when_visible(at, to, 0);
        }
        self.record(pid, tid, What::SockSent { socket: handle, bytes });
        Ok(Reply::Int(bytes as i64))
    }

    /// The live UDP socket bound where a datagram to (ip, port) arrives.
    fn live_udp(&self, ip: &str, port: u16) -> Option<Handle> {
        self.objects.iter().enumerate().find_map(|(i, o)| match o {
            Object::Socket(s @ Socket { dgram: true, closed: false, .. })
                if s.local.as_ref().is_some_and(|(own, p)| *p == port && overlaps(own, ip)) =>
            {
                Some(Handle { scope: super::call::Scope::Shared, index: i as u32 })
            }
            _ => None,
        })
    }

    /// Tries `RecvFrom` now: a datagram if one has arrived.
    pub(super) fn recv_from(&mut self, tid: Tid, pid: Pid, fd: u32, max: usize) -> Option<Reply> {
        let now = self.now;
        let handle = match self.socket_of(pid, fd) {
            Ok(h) => h,
            Err(e) => return Some(Reply::Err(KError::Net(e))),
        };
        let sock = self.sock(handle)?;
        if !sock.dgram {
            return Some(Reply::Err(KError::Net(NetError::Invalid)));
        }
        if sock.datagrams.front().is_none_or(|d| d.0 > now) {
            return None;
        }
        let (_, mut data, (ip, port)) = sock.datagrams.pop_front()?;
        data.truncate(max);
        self.record(pid, tid, What::SockReceived { socket: handle, bytes: data.len() });
        Some(Reply::Datagram { data, ip, port })
    }
}
