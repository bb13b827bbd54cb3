//! Loopback TCP scenarios (net.rs), played by the harness in tests.rs. The main
//! process's first socket is fd 3; a forked child's copies keep their numbers.

use super::*;

const PORT: u16 = 8080;

fn new_socket() -> Step {
    Do(Call::NewSocket { dgram: false })
}
fn bind(fd: u32) -> Step {
    Do(Call::Bind { fd, addr: "127.0.0.1".into(), port: PORT })
}
fn listen(fd: u32) -> Step {
    Do(Call::Listen { fd, backlog: 5 })
}
fn accept(fd: u32) -> Step {
    Do(Call::Accept { fd, timeout: None })
}
fn connect(fd: u32) -> Step {
    Do(Call::Connect { fd, addr: "127.0.0.1".into(), port: PORT })
}
fn send(fd: u32, data: &str) -> Step {
    Do(Call::SockSend { fd, data: data.as_bytes().to_vec() })
}
fn recv(fd: u32) -> Step {
    Do(Call::SockRecv { fd, max: 1024, timeout: None })
}
fn close(fd: u32) -> Step {
    Do(Call::SockClose { fd })
}

/// A server listening on fd 3.
fn server() -> Vec<Step> {
    vec![new_socket(), bind(3), listen(3)]
}

fn with(mut first: Vec<Step>, rest: Vec<Step>) -> Vec<Step> {
    first.extend(rest);
    first
}

/// What a thread received: the bytes, EOF, errors and timeouts, in order.
fn received(sim: &Sim, tid: Tid) -> Vec<Reply> {
    sim.replies[&tid]
        .iter()
        .filter(|r| matches!(r, Reply::Bytes(_) | Reply::Eof | Reply::Err(_) | Reply::TimedOut))
        .cloned()
        .collect()
}

fn bytes(text: &str) -> Reply {
    Reply::Bytes(text.as_bytes().to_vec())
}

fn net(error: NetError) -> Reply {
    Reply::Err(KError::Net(error))
}

#[test]
fn an_echo_server_answers_a_forked_client_and_reads_eof_when_it_closes() {
    let client = vec![new_socket(), connect(4), send(4, "ping"), recv(4), close(4)];
    let sim = run(with(server(), vec![Fork(client), accept(3), recv(4), send(4, "PING"), recv(4), JoinChild]));
    let (main_tid, client_tid) = (1, 2);
    assert_eq!(received(&sim, main_tid), [bytes("ping"), Reply::Eof]);
    assert_eq!(received(&sim, client_tid), [bytes("PING")]);
    assert_eq!(sim.end, Some(Dispatch::Finished));
}

#[test]
fn connecting_where_nobody_listens_is_refused() {
    let sim = run(vec![new_socket(), connect(3), new_socket(), bind(4), connect(3)]);
    assert_eq!(received(&sim, 1), [net(NetError::Refused), net(NetError::Refused)], "bound but not listening refuses too");
}

#[test]
fn the_peer_reads_eof_only_when_every_process_holding_the_socket_has_closed_it() {
    // fd 4 is the client end, fd 5 the accepted one. The child keeps its copy of fd 4
    // for 5 ms and exits without closing it: its exit closes it.
    let sim = run(with(
        server(),
        vec![new_socket(), connect(4), accept(3), Fork(vec![sleep(5)]), close(4), recv(5), Do(Call::Now), JoinChild],
    ));
    assert_eq!(received(&sim, 1), [Reply::Eof], "{:?}", sim.replies[&1]);
    let replies = &sim.replies[&1];
    let eof = replies.iter().position(|r| *r == Reply::Eof).expect("EOF");
    let Reply::Int(at) = replies[eof + 1] else { panic!("{replies:?}") };
    assert!(at as u64 >= 5 * MILLI, "EOF came at {at} ns, before the child's copy was closed");
}

#[test]
fn a_second_bind_of_a_listening_port_is_refused_even_with_reuse_addr() {
    let reuse = |fd| Do(Call::SetSockOpt { fd, level: 1, name: 2, value: 1 });
    let sim = run(vec![new_socket(), reuse(3), bind(3), listen(3), new_socket(), reuse(4), bind(4), new_socket(), bind(5)]);
    assert_eq!(received(&sim, 1), [net(NetError::AddrInUse), net(NetError::AddrInUse)]);
}

#[test]
fn accept_blocks_until_a_client_connects_and_waits_forever_without_one() {
    let client = vec![sleep(2), new_socket(), connect(4), Say("connected")];
    let sim = run(with(server(), vec![Thread(client), accept(3), Say("accepted"), JoinThread]));
    let mut lines = sim.lines();
    lines.sort();
    assert_eq!(lines, ["accepted", "connected"]);
    let blocked = sim.kernel.trace.iter().any(|e| e.tid == 1 && matches!(e.what, What::Blocked(Wait::PipeRecv(_, 1))));
    assert!(blocked, "accept waited");

    let sim = run(with(server(), vec![accept(3)]));
    let Some(Dispatch::Deadlock(waits)) = sim.end else { panic!("{:?}", sim.end) };
    assert!(matches!(waits[..], [(1, Wait::PipeRecv(_, 1))]), "{waits:?}");
}

#[test]
fn accept_and_recv_time_out_or_refuse_to_wait() {
    let sim = run(with(
        server(),
        vec![
            Do(Call::Accept { fd: 3, timeout: Some(MILLI) }),
            Do(Call::Accept { fd: 3, timeout: Some(0) }),
            new_socket(),
            connect(4),
            Do(Call::SockRecv { fd: 4, max: 10, timeout: Some(0) }),
        ],
    ));
    assert_eq!(received(&sim, 1), [Reply::TimedOut, net(NetError::WouldBlock), net(NetError::WouldBlock)]);
}

#[test]
fn closing_with_unread_bytes_resets_and_writing_to_a_closed_peer_breaks_the_pipe() {
    // fd 4: client, fd 5: server end. The server closes without reading "lost".
    let sim = run(with(
        server(),
        vec![new_socket(), connect(4), accept(3), send(4, "lost"), sleep(1), close(5), recv(4), recv(4), send(4, "x")],
    ));
    assert_eq!(received(&sim, 1), [net(NetError::Reset), Reply::Eof, net(NetError::BrokenPipe)]);

    // A clean close: EOF; the first send after it still succeeds, the second fails.
    let sim = run(with(server(), vec![new_socket(), connect(4), accept(3), close(5), recv(4), send(4, "a"), send(4, "b")]));
    assert_eq!(received(&sim, 1), [Reply::Eof, net(NetError::BrokenPipe)]);
    assert!(sim.replies[&1].contains(&Reply::Int(1)), "the first send reports its byte");
}

#[test]
fn bytes_arrive_after_the_latency_in_order_and_recv_takes_at_most_max() {
    let sim = run(with(
        server(),
        vec![
            new_socket(),
            connect(4),
            accept(3),
            send(4, "abc"),
            send(4, "def"),
            Do(Call::SockRecv { fd: 5, max: 4, timeout: Some(0) }),
            sleep(1),
            Do(Call::SockRecv { fd: 5, max: 4, timeout: None }),
            recv(5),
            Do(Call::SockName { fd: 5 }),
            Do(Call::PeerName { fd: 4 }),
        ],
    ));
    assert_eq!(received(&sim, 1), [net(NetError::WouldBlock), bytes("abcd"), bytes("ef")]);
    let addrs: Vec<&Reply> = sim.replies[&1].iter().filter(|r| matches!(r, Reply::Addr { .. })).collect();
    let server_side = Reply::Addr { ip: "127.0.0.1".into(), port: PORT };
    assert_eq!(addrs, [&server_side, &server_side]);
}

#[test]
fn a_closed_descriptor_is_bad_and_the_snapshot_shows_sockets() {
    let sim = run(with(server(), vec![close(3), recv(3), Do(Call::SockClose { fd: 3 }), new_socket()]));
    assert_eq!(received(&sim, 1), [net(NetError::BadFd), net(NetError::BadFd)]);
    assert_eq!(sim.replies[&1].last(), Some(&Reply::Int(3)), "the lowest free descriptor is reused");
    let sockets = sim.kernel.snapshot().objects.iter().filter(|o| matches!(o.kind, ObjectKind::Socket { .. })).count();
    assert_eq!(sockets, 2);
}

fn udp_socket() -> Step {
    Do(Call::NewSocket { dgram: true })
}
fn send_to(fd: u32, data: &str) -> Step {
    Do(Call::SendTo { fd, data: data.as_bytes().to_vec(), addr: "127.0.0.1".into(), port: PORT })
}
fn recv_from(fd: u32, max: u32) -> Step {
    Do(Call::RecvFrom { fd, max, timeout: None })
}
fn select(read: Vec<Watch>, timeout: Option<Nanos>) -> Step {
    Do(Call::Select { read, write: Vec::new(), timeout })
}

fn datagrams(sim: &Sim, tid: Tid) -> Vec<Vec<u8>> {
    sim.replies[&tid].iter().filter_map(|r| if let Reply::Datagram { data, .. } = r { Some(data.clone()) } else { None }).collect()
}

fn chosen(sim: &Sim, tid: Tid) -> Vec<Reply> {
    sim.replies[&tid].iter().filter(|r| matches!(r, Reply::Chosen { .. } | Reply::TimedOut)).cloned().collect()
}

#[test]
fn udp_keeps_message_boundaries_and_cuts_a_datagram_to_the_size_asked() {
    // fd 3 is the server; the forked client's socket is fd 4.
    let client = vec![udp_socket(), send_to(4, "first"), send_to(4, "second one")];
    let sim = run(vec![udp_socket(), bind(3), Fork(client), recv_from(3, 3), recv_from(3, 100), JoinChild]);
    assert_eq!(datagrams(&sim, 1), [b"fir".to_vec(), b"second one".to_vec()]);
    let from = sim.replies[&1].iter().find_map(|r| if let Reply::Datagram { ip, port, .. } = r { Some((ip.clone(), *port)) } else { None });
    assert_eq!(from, Some(("127.0.0.1".to_string(), 32768)), "the sender was bound to the first ephemeral port");
}

#[test]
fn udp_and_tcp_ports_are_apart() {
    let sim = run(vec![udp_socket(), bind(3), new_socket(), bind(4), udp_socket(), bind(5)]);
    let errors: Vec<Reply> = sim.replies[&1].iter().filter(|r| matches!(r, Reply::Err(_))).cloned().collect();
    assert_eq!(errors, [net(NetError::AddrInUse)], "only the second UDP bind clashes");
}

#[test]
fn a_socketpair_carries_bytes_both_ways_and_eof() {
    let sim = run(vec![new_socket(), new_socket(), Do(Call::PairSockets { a: 3, b: 4, wakeup: false }), send(3, "hi"), recv(4), close(3), recv(4)]);
    assert_eq!(received(&sim, 1), [bytes("hi"), Reply::Eof]);
}

#[test]
fn select_wakes_for_the_first_ready_socket_and_leaves_every_wait_list() {
    // Two UDP sockets (3, 4); a child sends to the one at PORT (3) after 5 ms.
    let child = vec![sleep(5), udp_socket(), send_to(5, "x")];
    let watches = vec![Watch::Socket(4), Watch::Socket(3)];
    let sim = run(vec![
        udp_socket(),
        bind(3),
        udp_socket(),
        select(watches.clone(), Some(MILLI)),
        Fork(child),
        select(watches, None),
        JoinChild,
    ]);
    assert_eq!(chosen(&sim, 1), [Reply::TimedOut, Reply::Chosen { read: vec![1], write: Vec::new() }]);
    let waiting: usize = sim.kernel.objects.iter().map(|o| if let Object::Socket(s) = o { s.waiters.len() } else { 0 }).sum();
    assert_eq!(waiting, 0, "a woken select is in no wait list");
}

#[test]
fn select_of_a_descriptor_not_open_is_ebadf() {
    let sim = run(vec![select(vec![Watch::Socket(9)], None)]);
    assert_eq!(received(&sim, 1), [net(NetError::BadFd)]);
}
