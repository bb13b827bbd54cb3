fn main() {
    interleave::start();
}
