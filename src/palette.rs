//! One colour per process, the same on every panel (timeline lanes, console
//! tints, editor marks, process rows), in both themes. Processes are coloured
//! by the order they appear in the run, not by pid, so the first processes of
//! every run get the most distinct hues.

/// Hues chosen to stay apart for readers with the common colour-vision
/// deficiencies when paired with the state patterns of the timeline.
const HUES: [u16; 10] = [212, 28, 152, 340, 262, 48, 188, 4, 96, 300];

/// The colour of the `index`-th process of the run, as a CSS colour; `lightness`
/// in percent lets a caller draw states (solid for running, pale for ready).
pub fn process_colour(index: usize, lightness: u8) -> String {
    let hue = HUES[index % HUES.len()];
    // Past the first ten, the same hues again, a little less saturated.
    let saturation = if index < HUES.len() { 62 } else { 42 };
    format!("hsl({hue} {saturation}% {lightness}%)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_processes_get_different_colours() {
        let colours: std::collections::BTreeSet<String> = (0..10).map(|i| process_colour(i, 50)).collect();
        assert_eq!(colours.len(), 10);
        assert_ne!(process_colour(0, 50), process_colour(10, 50));
    }
}
