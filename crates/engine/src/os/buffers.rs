//! How much of a kernel buffer a message takes, and when its writer may return.
//!
//! `multiprocessing.Pipe(duplex=False)` is an `os.pipe()`; the default duplex
//! `Pipe()` is a Unix `socketpair()`. Linux bounds both, differently: a pipe holds
//! 64 KiB of bytes, a socket charges each buffer it allocates (its `truesize`:
//! the data rounded up to kmalloc buckets and pages, plus bookkeeping) against a
//! send budget of `wmem_default`. The constants and the rule below reproduce, on
//! CPython 3.11 over Linux 6, where `send_bytes` of n bytes starts to block with
//! nobody reading: 65,532 bytes return and 65,533 block on a pipe; a socket takes
//! 278 ten-byte messages, 93 of 1,000 bytes, 13 of 16,000, and one of 219,264 bytes
//! but not 219,265. (A pipe also packs small writes into pages, so it takes 64
//! messages of 1,000 bytes where this byte count lets 65 through.)

/// What a pipe holds (16 pages).
pub const PIPE_CAPACITY: usize = 65_536;
/// A socket's send budget (`/proc/sys/net/core/wmem_default`).
pub const SOCKET_BUDGET: usize = 212_992;

/// `Connection._send_bytes`: a 4-byte length, then the data, in one write up to
/// 16 KiB and in two above.
const HEADER: usize = 4;
const ONE_WRITE: usize = 16_384;

const PAGE: usize = 4096;
/// `sizeof(struct skb_shared_info)` and `sizeof(struct sk_buff)`, cache-aligned.
const SHARED_INFO: usize = 320;
const SKB: usize = 256;
/// The most a socket buffer keeps in its head (`SKB_MAX_HEAD(0)`); the rest goes in pages.
const MAX_HEAD: usize = PAGE - SHARED_INFO;
/// The most one buffer carries (`SKB_MAX_HEAD(0)` plus 32 KiB of pages): a longer
/// write is cut into buffers this size, each waiting for budget in turn.
const MAX_BUFFER: usize = MAX_HEAD + 32_768;

/// A message's place in a buffer: what it takes there, and how much must be free
/// (counting what is ahead of it) before its writer returns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Charge {
    pub takes: usize,
    /// The writer returns once the charges ahead of the message plus `needs`
    /// are at most the capacity.
    pub needs: usize,
}

/// The charge of a message of `len` bytes sent with `Connection.send_bytes`.
pub fn charge(duplex: bool, len: usize) -> Charge {
    if !duplex {
        // A pipe counts bytes, and a write returns once all of it is in.
        let takes = len.saturating_add(HEADER);
        return Charge { takes, needs: takes };
    }
    let writes: &[usize] = if len <= ONE_WRITE { &[len + HEADER] } else { &[HEADER, len] };
    let buffers: Vec<usize> = writes.iter().flat_map(|&w| cut(w)).map(truesize).collect();
    let takes: usize = buffers.iter().sum();
    // Each buffer is allocated only while the budget is not yet used up, so the
    // writer returns once its last buffer could start: what comes before it is
    // below the budget.
    let last = buffers.last().copied().unwrap_or(0);
    Charge { takes, needs: takes - last + 1 }
}

/// The capacity `Charge::needs` is measured against.
pub fn capacity(duplex: bool) -> usize {
    if duplex { SOCKET_BUDGET } else { PIPE_CAPACITY }
}

/// A write cut into the buffers the socket allocates for it.
fn cut(write: usize) -> impl Iterator<Item = usize> {
    let count = write.div_ceil(MAX_BUFFER).max(1);
    (0..count).map(move |i| (write - i * MAX_BUFFER).min(MAX_BUFFER))
}

/// `skb->truesize` of a buffer carrying `size` bytes (`unix_stream_sendmsg`):
/// what does not fit the head goes in whole pages.
fn truesize(size: usize) -> usize {
    let in_pages = if size > MAX_HEAD { size.min((size - MAX_HEAD).next_multiple_of(PAGE)) } else { 0 };
    let head = (size - in_pages).next_multiple_of(64) + SHARED_INFO;
    head.next_power_of_two().max(512) + SKB + in_pages.next_multiple_of(PAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many messages of `len` bytes a writer gets through with nobody reading.
    fn fit(duplex: bool, len: usize) -> usize {
        let c = charge(duplex, len);
        let mut ahead = 0;
        let mut sent = 0;
        while ahead + c.needs <= capacity(duplex) {
            ahead += c.takes;
            sent += 1;
        }
        sent
    }

    #[test]
    fn thresholds_measured_on_linux() {
        // (duplex, message length, messages that return before one blocks)
        let measured = [
            (false, 65_532, 1),
            (false, 65_533, 0),
            (false, 100_000, 0),
            (true, 10, 278),
            (true, 100, 278),
            (true, 1_000, 93),
            (true, 4_000, 44),
            (true, 10_000, 17),
            (true, 16_000, 13),
            (true, 20_000, 10),
            (true, 50_000, 4),
            (true, 219_264, 1),
            (true, 219_265, 0),
        ];
        for (duplex, len, sent) in measured {
            assert_eq!(fit(duplex, len), sent, "duplex={duplex} len={len}");
        }
    }
}
