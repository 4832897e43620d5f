//! Query strings in the URL: `?lang=en&embed=1` before the hash and `#/classify?q=kopi` after it.
//!
//! Parsed here rather than with the browser's `URLSearchParams` so the rules are the same in native
//! tests and in the app.

/// Decoded `key=value` pairs in the order they appear. Repeated keys are kept; [`Query::get`]
/// returns the last, as a later parameter usually corrects an earlier one in a hand-edited link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Parses `a=1&b=two%20words` (a leading `?` is allowed). Never fails: malformed escapes are
    /// kept as typed, empty keys are skipped.
    pub fn parse(text: &str) -> Query {
        let text = text.strip_prefix('?').unwrap_or(text);
        let pairs = text
            .split('&')
            .filter(|part| !part.is_empty())
            .filter_map(|part| {
                let (key, value) = part.split_once('=').unwrap_or((part, ""));
                let key = decode_component(key);
                if key.is_empty() {
                    None
                } else {
                    Some((key, decode_component(value)))
                }
            })
            .collect();
        Query { pairs }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// A query of these pairs, in this order.
    pub fn of(pairs: &[(&str, &str)]) -> Query {
        Query { pairs: pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() }
    }

    /// `a=1&b=two%20words`, each key and value encoded: what [`Query::parse`] reads back.
    pub fn encode(&self) -> String {
        let pairs = self.pairs.iter().map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)));
        pairs.collect::<Vec<_>>().join("&")
    }

    /// True when the flag is present and not explicitly off (`embed=1`, `embed=true`, bare `embed`).
    pub fn flag(&self, key: &str) -> bool {
        match self.get(key) {
            None => false,
            Some(value) => !matches!(value.trim().to_ascii_lowercase().as_str(), "0" | "false" | "no" | "off"),
        }
    }
}

/// Percent-decoding as in `application/x-www-form-urlencoded`: `+` is a space, `%XX` a byte; the
/// bytes are read as UTF-8, invalid sequences replaced rather than rejected.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i) {
            Some(b'+') => {
                out.push(b' ');
                i += 1;
            }
            Some(b'%') => {
                let hi = bytes.get(i + 1).and_then(|b| hex_value(*b));
                let lo = bytes.get(i + 2).and_then(|b| hex_value(*b));
                match (hi, lo) {
                    (Some(hi), Some(lo)) => {
                        out.push(hi * 16 + lo);
                        i += 3;
                    }
                    _ => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            Some(byte) => {
                out.push(*byte);
                i += 1;
            }
            None => break,
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encoding for a query value: unreserved characters stay, everything else is `%XX`.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

const HEX: [u8; 16] = *b"0123456789ABCDEF";

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}
