//! The Mersenne Twister and the algorithms of CPython's `random` module.
//!
//! [`Mersenne`] is CPython 3.11's `_random.Random` (MT19937, `init_by_array` seeding)
//! plus the pure-Python algorithms of `Lib/random.py` that consume it, exposed at the
//! index level so the VM can apply them to its own sequences. Errors are CPython's
//! messages; [`error_type`] gives the exception class.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde::{Deserialize, Serialize};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The exception class for a message returned by this module.
pub fn error_type(message: &str) -> &'static str {
    if message.starts_with("Missing a non-None stop") {
        "TypeError"
    } else if message.starts_with("Cannot choose from an empty sequence") || message == "list index out of range" {
        "IndexError"
    } else {
        "ValueError"
    }
}

/// A `random.Random` instance: plain, deterministic data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mersenne {
    state: Vec<u32>,
    index: usize,
    /// `Random.gauss_next`.
    gauss_next: Option<f64>,
}

impl Default for Mersenne {
    fn default() -> Self {
        Mersenne::from_seed(&BigInt::zero())
    }
}

impl Mersenne {
    /// `random.Random(n)` for an int seed.
    pub fn from_seed(n: &BigInt) -> Self {
        let mut m = Mersenne { state: vec![0; N], index: N, gauss_next: None };
        m.seed_int(n);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state.clear();
        self.state.resize(N, 0);
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// CPython's `init_by_array`; also `seed(None)` with 624 words of OS entropy.
    pub fn seed_key(&mut self, key: &[u32]) {
        self.gauss_next = None;
        self.init_genrand(19_650_218);
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// `seed(n)` for an int (and bool): uses `abs(n)` split into 32-bit words.
    pub fn seed_int(&mut self, n: &BigInt) {
        let words = n.magnitude().to_u32_digits();
        self.seed_key(&words);
    }

    /// `seed(x)` for other hashable objects (e.g. floats): `(size_t)hash(x)`.
    pub fn seed_hash(&mut self, hash: i64) {
        self.seed_int(&BigInt::from(hash as u64));
    }

    /// `seed(s)` for str (pass its UTF-8 bytes), bytes and bytearray (version 2):
    /// `int.from_bytes(s + sha512(s).digest(), 'big')`.
    pub fn seed_bytes(&mut self, bytes: &[u8]) {
        let mut all = bytes.to_vec();
        all.extend_from_slice(&sha512(bytes));
        self.seed_int(&BigInt::from_bytes_be(Sign::Plus, &all));
    }

    /// `genrand_uint32`.
    pub fn next_u32(&mut self) -> u32 {
        if self.state.len() != N {
            self.state.resize(N, 0);
        }
        let mt = &mut self.state;
        if self.index >= N {
            let twist = |a: u32, b: u32, c: u32| {
                let y = (a & UPPER_MASK) | (b & LOWER_MASK);
                c ^ (y >> 1) ^ if y & 1 != 0 { MATRIX_A } else { 0 }
            };
            for kk in 0..N - M {
                mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + M]);
            }
            for kk in N - M..N - 1 {
                mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + M - N]);
            }
            mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
            self.index = 0;
        }
        let mut y = mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`. The caller rejects negative k with ValueError
    /// "number of bits must be non-negative".
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.getrandbits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut v = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            v.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(v))
    }

    /// `getrandbits(k)` for k <= 64 (k > 64 is treated as 64).
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k.min(64) {
            0 => 0,
            k @ 1..=32 => (self.next_u32() >> (32 - k)) as u64,
            k => {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            }
        }
    }

    /// `_randbelow(n)` for n > 0 (returns 0 for n <= 0 instead of looping forever).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for a machine-size n (0 for n == 0).
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `randrange(start, stop=None, step=1)` on ints (`step: None` = omitted).
    pub fn randrange(&mut self, start: &BigInt, stop: Option<&BigInt>, step: Option<&BigInt>) -> Result<BigInt, String> {
        let Some(stop) = stop else {
            if step.is_some_and(|s| !s.is_one()) {
                return Err("Missing a non-None stop argument".into());
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err("empty range for randrange()".into());
        };
        let width = stop - start;
        let one = BigInt::one();
        let step = step.unwrap_or(&one);
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(format!("empty range for randrange() ({}, {}, {})", start, stop, width));
        }
        let n = if step.is_positive() {
            num_integer::Integer::div_floor(&(&width + step - 1), step)
        } else if step.is_negative() {
            num_integer::Integer::div_floor(&(&width + step + 1), step)
        } else {
            return Err("zero step for randrange()".into());
        };
        if !n.is_positive() {
            return Err("empty range for randrange()".into());
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `randint(a, b)` = `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, String> {
        self.randrange(a, Some(&(b + 1)), None)
    }

    /// `choice(seq)`: the index to pick. Error (IndexError) on an empty sequence.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, String> {
        if len == 0 {
            return Err("Cannot choose from an empty sequence".into());
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// `shuffle(x)` in place, with CPython's exact swap order.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// `sample(population, k)` for a population of length `n`: the chosen indices,
    /// in selection order. Error: "Sample larger than population or is negative".
    pub fn sample_indices(&mut self, n: usize, k: i64) -> Result<Vec<usize>, String> {
        if k < 0 || k as u64 > n as u64 {
            return Err("Sample larger than population or is negative".into());
        }
        let k = k as usize;
        let mut setsize: u128 = 21;
        if k > 5 {
            // 4 ** ceil(log(k * 3, 4)); 3k is never a power of 4.
            let target = 3 * k as u128;
            let mut p: u128 = 1;
            while p < target {
                p *= 4;
            }
            setsize += p;
        }
        let mut result = Vec::with_capacity(k);
        if n as u128 <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_u64(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `choices(population, k=k)` without weights: indices `floor(random() * n)`.
    pub fn choices_indices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let nf = n as f64;
        (0..k).map(|_| ((self.random() * nf).floor() as usize).min(n.saturating_sub(1))).collect()
    }

    /// `choices(population, cum_weights=cw, k=k)` (for `weights=w` pass the running sums
    /// computed with float/int addition as `itertools.accumulate` would).
    pub fn choices_cum_weights(&mut self, n: usize, cum_weights: &[f64], k: usize) -> Result<Vec<usize>, String> {
        if cum_weights.len() != n {
            return Err("The number of weights does not match the population".into());
        }
        let total = cum_weights.last().copied().unwrap_or(f64::NAN) + 0.0;
        if n == 0 {
            // CPython indexes cum_weights[-1] on an empty list: IndexError.
            return Err("list index out of range".into());
        }
        if total <= 0.0 {
            return Err("Total of weights must be greater than zero".into());
        }
        if !total.is_finite() {
            return Err("Total of weights must be finite".into());
        }
        let hi = n - 1;
        Ok((0..k)
            .map(|_| {
                let x = self.random() * total;
                // bisect_right(cum_weights, x, 0, hi)
                let (mut lo, mut hi) = (0usize, hi);
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    if x < cum_weights[mid] {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                lo
            })
            .collect())
    }

    /// `uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => {
                if high - low == 0.0 {
                    return low;
                }
                (m - low) / (high - low)
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `gauss(mu, sigma)` (uses and updates `gauss_next`).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `expovariate(lambd)`; the caller raises ZeroDivisionError for lambd == 0.
    pub fn expovariate(&mut self, lambd: f64) -> f64 {
        -(1.0 - self.random()).ln() / lambd
    }

    /// `randbytes(n)` = `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let mut v = self.getrandbits(n as u64 * 8).magnitude().to_bytes_le();
        v.resize(n, 0);
        v
    }
}

/// SHA-512 (FIPS 180-4), for str/bytes seeds.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1,
        0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (t, c) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            w[t] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[t]).wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    //! Expected values printed by CPython 3.11 (`python3`).
    use super::*;

    const SEEDS: &[(&str, [u32; 3], [f64; 2])] = &[
        ("0", [3626764237, 1654615998, 3255389356], [f64::from_bits(0x3fec7ce0d1aeaa51), f64::from_bits(0x3fa4ba5e50921780)]),
        ("1", [577090037, 2444712010, 3639700191], [f64::from_bits(0x3fe9ac27c70e1aef), f64::from_bits(0x3fb027c4c8298680)]),
        ("42", [2746317213, 478163327, 107420369], [f64::from_bits(0x3fe7bac81d19a149), f64::from_bits(0x3fcf589dc392456c)]),
        ("4294967295", [2728839433, 2661025012, 872737089], [f64::from_bits(0x3fcb905fd9b7c608), f64::from_bits(0x3fe0b77bb92a53dc)]),
        ("4294967296", [485306839, 1508871100, 1794561286], [f64::from_bits(0x3fede93c9811139c), f64::from_bits(0x3f975e9c4e4ce380)]),
        ("1099511627776", [445128065, 1517081360, 2880015531], [f64::from_bits(0x3fb0cf6beda72718), f64::from_bits(0x3fa8dfc518d094b0)]),
        ("-5", [2675342405, 1097127993, 3185950873], [f64::from_bits(0x3fd6f23eee5c8e70), f64::from_bits(0x3fe61823fbc511af)]),
        ("5", [2675342405, 1097127993, 3185950873], [f64::from_bits(0x3fd6f23eee5c8e70), f64::from_bits(0x3fe61823fbc511af)]),
        ("1000000000000000000000000000000", [4012147334, 2100903950, 2256175901], [f64::from_bits(0x3fbfb823cb2c6048), f64::from_bits(0x3f96320daa3bb240)]),
        ("-1267650600228229401496703205376", [3258412053, 345648520, 969030735], [f64::from_bits(0x3fb5004a5f5cb800), f64::from_bits(0x3fe0acf714856a60)]),
    ];
    const RANDINT_1_10_SEED1: [i64; 10] = [3, 10, 2, 5, 2, 8, 8, 8, 7, 4];
    const RANDOM_SEED1: [f64; 3] = [0.13436424411240122, 0.8474337369372327, 0.763774618976614];
    const CHOICE_SEED2_LEN7: [usize; 10] = [6, 6, 0, 0, 0, 2, 6, 1, 5, 6];
    const SHUFFLE_SEED3: ([usize; 10], [usize; 25]) = ([1, 5, 6, 0, 9, 4, 7, 2, 8, 3], [11, 4, 9, 1, 21, 0, 5, 20, 23, 16, 14, 3, 2, 13, 10, 12, 19, 18, 22, 24, 6, 7, 17, 8, 15]);
    const SAMPLE_SEED4: &[(usize, i64, &[usize])] = &[
        (10, 3, &[3, 4, 1]),
        (10, 10, &[6, 7, 2, 0, 9, 5, 3, 8, 1, 4]),
        (100, 5, &[28, 66, 68, 46, 35]),
        (1000, 5, &[798, 176, 846, 108, 268]),
        (30, 6, &[6, 0, 26, 20, 25, 8]),
        (1000, 50, &[819, 278, 198, 168, 317, 296, 642, 888, 749, 983, 875, 868, 901, 381, 88, 865, 620, 345, 687, 397, 518, 254, 182, 253, 484, 286, 91, 967, 957, 837, 886, 964, 560, 860, 307, 7, 930, 298, 586, 721, 903, 319, 783, 520, 199, 423, 433, 613, 295, 441]),
        (5, 0, &[]),
        (50, 20, &[28, 10, 14, 19, 16, 2, 5, 44, 29, 40, 17, 33, 34, 30, 21, 9, 12, 4, 26, 41]),
        (1000000, 10, &[212515, 665865, 663397, 462581, 289726, 192627, 373115, 457099, 783226, 617368]),
        (100, 100, &[41, 81, 71, 25, 99, 12, 7, 90, 29, 35, 74, 78, 30, 15, 42, 22, 37, 58, 3, 5, 45, 10, 36, 95, 2, 76, 77, 89, 19, 52, 9, 83, 24, 56, 68, 17, 32, 67, 38, 88, 21, 73, 0, 23, 75, 91, 60, 66, 50, 70, 18, 82, 6, 28, 13, 27, 79, 93, 98, 72, 40, 53, 69, 55, 34, 31, 86, 20, 48, 39, 26, 16, 65, 62, 43, 63, 47, 33, 51, 85, 14, 96, 84, 1, 54, 59, 64, 87, 61, 97, 94, 49, 44, 57, 11, 92, 4, 80, 8, 46]),
    ];
    const RANDRANGE_SEED5: &[(i64, Option<i64>, Option<i64>, i64)] = &[
        (10, None, None, 9),
        (0, Some(100), Some(7), 28),
        (100, Some(0), Some(-3), 34),
        (-50, Some(50), None, 38),
        (5, Some(6), None, 5),
        (0, Some(1000000), Some(1000), 860000),
        (10, Some(20), Some(2), 16),
        (1, Some(2), Some(5), 1),
        (-10, Some(-100), Some(-9), -10),
    ];
    const BIG_SEED6: [&str; 4] = ["144350071327281755801502897662", "20727789821454907397578111678", "2685440357799139976", "1043836396144513940020"];
    const UNIFORM_SEED7: [f64; 3] = [0.32383276483316237, -3.1618378041702204, 35.55748716905448];
    const GAUSS_SEED8: [f64; 3] = [0.3734151696239873, 15.066157576122881, -2.171668262158554];
    const STR_SEEDS: [f64; 5] = [0.3537754404730722, 0.09579186693672392, 0.9602256525641875, 0.551763726942059, 0.4779490710306722];
    const SHA512_ABC: &str = "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";
    const CHOICES_SEED9: ([usize; 6], [usize; 6]) = ([2, 1, 0, 4, 0, 2], [3, 0, 3, 3, 0, 2]);
    const RANDBYTES_SEED10: [u8; 7] = [211, 112, 71, 146, 126, 87, 8];
    const TRI_SEED11: [f64; 2] = [3.3811152208839204, 0.5469755876420642];
    // hash(1.5) = 1152921504606846977, hash(-2.5) = -1152921504606846978

    fn int(s: &str) -> BigInt {
        s.parse().expect("test int")
    }

    fn rng(seed: i64) -> Mersenne {
        Mersenne::from_seed(&BigInt::from(seed))
    }

    #[test]
    fn seeds_and_random() {
        for &(seed, words, floats) in SEEDS {
            let mut r = Mersenne::from_seed(&int(seed));
            let got: Vec<u64> = (0..3).map(|_| r.getrandbits(32).to_u64().unwrap_or(0)).collect();
            assert_eq!(got, words.map(u64::from).to_vec(), "seed {}", seed);
            assert_eq!([r.random(), r.random()], floats, "seed {}", seed);
        }
        let mut r = rng(1);
        assert_eq!([r.random(), r.random(), r.random()], RANDOM_SEED1);
        let mut r = rng(1);
        let got: Vec<i64> = (0..10).map(|_| r.randint(&1.into(), &10.into()).unwrap().to_i64().unwrap()).collect();
        assert_eq!(got, RANDINT_1_10_SEED1.to_vec());
    }

    #[test]
    fn sequences() {
        let mut r = rng(2);
        let got: Vec<usize> = (0..10).map(|_| r.choice_index(7).unwrap()).collect();
        assert_eq!(got, CHOICE_SEED2_LEN7.to_vec());
        assert_eq!(r.choice_index(0), Err("Cannot choose from an empty sequence".to_string()));
        let mut r = rng(3);
        let mut a: Vec<usize> = (0..10).collect();
        r.shuffle(&mut a);
        let mut b: Vec<usize> = (0..25).collect();
        r.shuffle(&mut b);
        assert_eq!((a, b), (SHUFFLE_SEED3.0.to_vec(), SHUFFLE_SEED3.1.to_vec()));
        let mut r = rng(4);
        for &(n, k, want) in SAMPLE_SEED4 {
            assert_eq!(r.sample_indices(n, k).unwrap(), want.to_vec(), "sample({}, {})", n, k);
        }
        let err = Err("Sample larger than population or is negative".to_string());
        assert_eq!(r.sample_indices(3, 4), err);
        assert_eq!(r.sample_indices(3, -1), err);
        let mut r = rng(9);
        assert_eq!(r.choices_indices(5, 6), CHOICES_SEED9.0.to_vec());
        assert_eq!(r.choices_cum_weights(4, &[1.0, 1.5, 4.0, 10.0], 6).unwrap(), CHOICES_SEED9.1.to_vec());
        assert_eq!(rng(10).randbytes(7), RANDBYTES_SEED10.to_vec());
    }

    #[test]
    fn ranges() {
        let mut r = rng(5);
        for &(a, b, c, want) in RANDRANGE_SEED5 {
            let (b, c) = (b.map(BigInt::from), c.map(BigInt::from));
            let got = r.randrange(&a.into(), b.as_ref(), c.as_ref()).unwrap();
            assert_eq!(got, want.into(), "randrange({}, {:?}, {:?})", a, b, c);
        }
        let mut r = rng(6);
        let big = [
            r.randrange(&num_traits::pow(BigInt::from(10), 30), None, None).unwrap(),
            r.getrandbits(100),
            r.getrandbits(64),
            r.randint(&-(BigInt::one() << 70usize), &(BigInt::one() << 70usize)).unwrap(),
        ];
        assert_eq!(big.map(|b| b.to_string()), BIG_SEED6.map(String::from));
        let e = |r: Result<BigInt, String>| r.unwrap_err();
        let z = BigInt::zero();
        assert_eq!(e(r.randrange(&z, None, None)), "empty range for randrange()");
        assert_eq!(e(r.randrange(&5.into(), Some(&5.into()), None)), "empty range for randrange() (5, 5, 0)");
        assert_eq!(e(r.randrange(&5.into(), Some(&1.into()), None)), "empty range for randrange() (5, 1, -4)");
        assert_eq!(e(r.randrange(&0.into(), Some(&10.into()), Some(&z))), "zero step for randrange()");
        assert_eq!(e(r.randrange(&0.into(), Some(&10.into()), Some(&(-1).into()))), "empty range for randrange()");
        assert_eq!(e(r.randrange(&10.into(), None, Some(&2.into()))), "Missing a non-None stop argument");
        assert_eq!(e(r.randint(&3.into(), &2.into())), "empty range for randrange() (3, 3, 0)");
    }

    #[test]
    fn floats_and_seeds() {
        let mut r = rng(7);
        assert_eq!([r.uniform(0.0, 1.0), r.uniform(-5.5, 10.0), r.uniform(100.0, 1.0)], UNIFORM_SEED7);
        let mut r = rng(8);
        assert_eq!([r.gauss(0.0, 1.0), r.gauss(10.0, 2.0), r.normalvariate(0.0, 1.0)], GAUSS_SEED8);
        let mut r = rng(11);
        assert_eq!([r.triangular(0.0, 10.0, Some(2.0)), r.expovariate(1.5)], TRI_SEED11);
        let mut got = Vec::new();
        for b in [&b"hello"[..], &[0u8, 0xff][..], &b""[..]] {
            let mut r = rng(0);
            r.seed_bytes(b);
            got.push(r.random());
        }
        for h in [1152921504606846977i64, -1152921504606846978] {
            let mut r = rng(0);
            r.seed_hash(h);
            got.push(r.random());
        }
        assert_eq!(got, STR_SEEDS.to_vec());
        let hex: String = sha512(b"abc").iter().map(|b| format!("{:02x}", b)).collect();
        assert_eq!(hex, SHA512_ABC);
        let long = vec![b'a'; 300];
        assert_eq!(sha512(&long).len(), 64);
    }

    #[test]
    fn serde_roundtrip_and_robustness() {
        let mut r = rng(12);
        r.random();
        let json = serde_json::to_string(&r).unwrap();
        let mut back: Mersenne = serde_json::from_str(&json).unwrap();
        assert_eq!(back.random(), r.random());
        let mut bad: Mersenne = serde_json::from_str(r#"{"state":[1,2],"index":9999,"gauss_next":null}"#).unwrap();
        bad.random();
        assert_eq!(rng(1).randbelow(&BigInt::zero()), BigInt::zero());
        assert_eq!(rng(1).getrandbits(0), BigInt::zero());
    }
}
