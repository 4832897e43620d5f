//! The session link as a QR code: the matrix of modules (from the `qrcodegen` crate) and the SVG
//! path the page draws from it. A test decodes that path with a QR decoder, so a wrong code fails.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code that scanners need (the standard's quiet zone).
pub const QUIET: usize = 4;

/// A QR code's modules, row by row; `true` is dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    size: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// The code for `text` at error correction level M (15 % of it may be lost: a screen's glare,
    /// a video call's compression), or `None` if the text is too long for any QR code.
    pub fn encode(text: &str) -> Option<QrMatrix> {
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
        let size = usize::try_from(code.size()).ok()?;
        let mut dark = Vec::with_capacity(size * size);
        for y in 0..code.size() {
            for x in 0..code.size() {
                dark.push(code.get_module(x, y));
            }
        }
        Some(QrMatrix { size, dark })
    }

    /// Modules per side, without the quiet zone.
    pub fn size(&self) -> usize {
        self.size
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark.get(y * self.size + x).copied().unwrap_or(false)
    }

    /// The side of the SVG's `viewBox`: the modules and the quiet zone on both sides.
    pub fn view_size(&self) -> usize {
        self.size + 2 * QUIET
    }

    /// One path of the dark modules, a rectangle per horizontal run (`M5,4h3v1h-3z`), in the
    /// coordinates of a `viewBox` of [`Self::view_size`] that includes the quiet zone.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.size && self.is_dark(x, y) {
                        x += 1;
                    }
                    let run = x - start;
                    path.push_str(&format!("M{},{}h{run}v1h-{run}z", start + QUIET, y + QUIET));
                } else {
                    x += 1;
                }
            }
        }
        path
    }
}

/// The link a participant opens: the app's address with the session id, at the home page
/// (`https://host/path/index.html?ws=ID#/`). `page` is the app's address without query or hash.
pub fn session_link(page: &str, id: &str) -> String {
    let base = page.split(['?', '#']).next().unwrap_or(page);
    format!("{base}?ws={id}#/")
}
