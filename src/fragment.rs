//! What the address's fragment asks the page for: a shared run (`#run=1....`),
//! a gallery entry (`#example=ID`), a challenge with its picks
//! (`#challenge=ID&picks=...`), and how to show it: `&embed` for the compact
//! layout a course page puts in an iframe, with `&readonly` (the code cannot
//! be edited) and `&autoplay` (the run starts and plays as the page opens).
//! Flags may come in any order; ones the page does not know are ignored.

use interleave_engine::os::Tid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opens {
    Nothing,
    /// A shared run, as `interleave_worker::link::decode` reads it ("#run=...").
    Run(String),
    /// A gallery entry by id (it may not exist: the caller checks).
    Example(String),
    /// A challenge's entry and the student's picks.
    Challenge(String, Vec<Tid>),
}

/// How an embedded run is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    pub readonly: bool,
    pub autoplay: bool,
}

impl Embed {
    /// The flags `parse` reads back, to put after a link.
    pub fn flags(self) -> String {
        let mut flags = String::from("&embed");
        if self.readonly {
            flags.push_str("&readonly");
        }
        if self.autoplay {
            flags.push_str("&autoplay");
        }
        flags
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fragment {
    pub opens: Opens,
    /// Some in embed mode.
    pub embed: Option<Embed>,
}

pub fn parse(hash: &str) -> Fragment {
    let body = hash.strip_prefix('#').unwrap_or(hash);
    let (mut embed, mut readonly, mut autoplay) = (false, false, false);
    let mut rest = Vec::new();
    for part in body.split('&') {
        match part {
            "embed" => embed = true,
            "readonly" => readonly = true,
            "autoplay" => autoplay = true,
            "" => {}
            _ => rest.push(part),
        }
    }
    let main = rest.join("&");
    let opens = if main.starts_with("run=") {
        // A link is one part: base64url has no '&'.
        Opens::Run(format!("#{}", rest[0]))
    } else if let Some(id) = main.strip_prefix("example=") {
        Opens::Example(id.split('&').next().unwrap_or_default().to_string())
    } else if let Some((id, picks)) = crate::explore::parse_challenge_link(&main) {
        Opens::Challenge(id, picks)
    } else {
        Opens::Nothing
    };
    Fragment { opens, embed: embed.then_some(Embed { readonly, autoplay }) }
}

/// The `<iframe>` a course page pastes to embed `url` (a page address with its
/// fragment): the address and title escaped for an HTML attribute.
pub fn iframe_snippet(url: &str, title: &str) -> String {
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;");
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"560\" style=\"border: 1px solid #dde1e8; border-radius: 8px\" loading=\"lazy\"></iframe>",
        attr(url),
        attr(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_read_as_what_they_open_and_how() {
        let cases: &[(&str, Opens, Option<Embed>)] = &[
            ("", Opens::Nothing, None),
            ("#", Opens::Nothing, None),
            ("#run=1.abc_-", Opens::Run("#run=1.abc_-".into()), None),
            ("#run=1.abc&embed", Opens::Run("#run=1.abc".into()), Some(Embed::default())),
            ("#embed&autoplay&run=1.abc&readonly", Opens::Run("#run=1.abc".into()), Some(Embed { readonly: true, autoplay: true })),
            ("#example=002_13_bakery_sentinel&embed&autoplay", Opens::Example("002_13_bakery_sentinel".into()), Some(Embed { readonly: false, autoplay: true })),
            ("#example=x&utm=1", Opens::Example("x".into()), None),
            ("#challenge=two_workers&picks=1.2.1", Opens::Challenge("two_workers".into(), vec![1, 2, 1]), None),
            ("#challenge=two_workers&embed&picks=", Opens::Challenge("two_workers".into(), vec![]), Some(Embed::default())),
            ("#autoplay", Opens::Nothing, None),
            ("#something-else", Opens::Nothing, None),
        ];
        for (hash, opens, embed) in cases {
            assert_eq!(parse(hash), Fragment { opens: opens.clone(), embed: *embed }, "{hash}");
        }
    }

    #[test]
    fn flags_read_back() {
        for embed in [Embed::default(), Embed { readonly: true, autoplay: false }, Embed { readonly: true, autoplay: true }] {
            assert_eq!(parse(&format!("#run=1.x{}", embed.flags())).embed, Some(embed));
        }
    }

    #[test]
    fn a_snippet_escapes_what_it_quotes() {
        let snippet = iframe_snippet("https://a.example/?q=\"x\"#run=1.ab&embed", "Tickets <sold> & \"kept\"");
        assert!(snippet.starts_with("<iframe src=\"https://a.example/?q=&quot;x&quot;#run=1.ab&amp;embed\""), "{snippet}");
        assert!(snippet.contains("title=\"Tickets &lt;sold&gt; &amp; &quot;kept&quot;\""));
        assert_eq!(snippet.matches('<').count(), 2, "only the iframe's own tags");
    }
}
