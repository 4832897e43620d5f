//! The catalogue as one self-contained HTML file she can send or put on any free host: inline
//! CSS, no script that runs, no request to any network, readable on a phone, and structured data
//! (`application/ld+json`: the Organization and its Products) for search engines.
//!
//! Every text she typed is escaped where it lands: as HTML text or attribute ([`escape`]) and as
//! a JSON string inside the structured data ([`json_string`], which also writes `<`, `>` and `&`
//! as `\u003c`… so nothing she typed can close the `<script>` element). A Content-Security-Policy
//! in the file itself forbids every script, request and frame, so even a mistake here could not
//! make the page run anything or fetch anything.

use super::sheet::words::*;
use super::sheet::{Catalogue, Item};
use super::signature::contact_english;
use crate::domain::listing::generate::SpecLabel;
use crate::domain::model::ContactField;
use crate::domain::photos::{caption, is_image_data_uri, logo_alt, LOGO};

/// The page's stylesheet: system fonts, one column on a phone, colours with AA contrast.
const STYLE: &str = "\
*{box-sizing:border-box}\
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1a1a1a;background:#f6f7f5}\
header,main,footer{max-width:48rem;margin:0 auto;padding:1rem}\
header{background:#14532d;color:#fff;max-width:none}\
header>*{max-width:46rem;margin-left:auto;margin-right:auto}\
h1{margin:0.5rem auto 0.25rem;font-size:1.75rem}\
h2{font-size:1.35rem;margin:1.5rem 0 0.5rem}\
h3{font-size:1.2rem;margin:0 0 0.5rem}\
article,section.about,address{background:#fff;border:1px solid #d4d8d2;border-radius:8px;padding:1rem;margin:0 0 1rem}\
address{font-style:normal}\
table{border-collapse:collapse;width:100%;margin:0.5rem 0 1rem}\
caption{text-align:left;font-weight:700;padding:0.25rem 0}\
th,td{text-align:left;vertical-align:top;padding:0.35rem 0.5rem;border-bottom:1px solid #d4d8d2}\
th{width:40%;font-weight:600}\
a{color:#14532d}\
img{max-width:100%;height:auto;border-radius:6px}\
header img.logo{display:block;max-height:5rem;width:auto;margin:0.5rem 0 0 max(0px,calc((100% - 46rem)/2));background:#fff;padding:0.25rem}\
footer{color:#4a4f48;font-size:0.9rem}";

/// The whole file. `photos` are the first photo of each product that has one (listing id, data
/// URI) and her logo (under `photos::LOGO`); anything that is not an image data URI is left out
/// (`photos::is_image_data_uri`).
pub fn web_page(catalogue: &Catalogue, photos: &[(u32, String)]) -> String {
    let cover = &catalogue.cover;
    let name = cover.name();
    let mut html = String::new();
    html.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; \
         style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n",
    );
    html.push_str(&format!("<title>{} – Products from {}</title>\n", escape(name), escape(&cover.place)));
    if let Some(first) = cover.profile.first() {
        html.push_str(&format!("<meta name=\"description\" content=\"{}\">\n", escape(first)));
    }
    html.push_str(&format!("<style>{STYLE}</style>\n"));
    html.push_str(&format!("<script type=\"application/ld+json\">{}</script>\n", structured_data(catalogue)));
    html.push_str("</head>\n<body>\n<header>\n");
    // The one rule for what may become an image's source in the file.
    let photo_of = |owner: u32| {
        photos.iter().find(|(id, uri)| *id == owner && is_image_data_uri(uri)).map(|(_, uri)| uri.as_str())
    };
    if let Some(uri) = photo_of(LOGO) {
        html.push_str(&format!("<img class=\"logo\" src=\"{}\" alt=\"{}\">\n", escape(uri), escape(&logo_alt(name))));
    }
    html.push_str(&format!("<h1>{}</h1>\n<p>{}</p>\n</header>\n<main>\n", escape(name), escape(&cover.place)));
    if !cover.profile.is_empty() {
        html.push_str(&format!(
            "<section class=\"about\" aria-labelledby=\"about\">\n<h2 id=\"about\">{ABOUT_US}</h2>\n<p>{}</p>\n</section>\n",
            escape(&cover.profile.join(" "))
        ));
    }
    if !catalogue.items.is_empty() {
        html.push_str(&format!("<section aria-labelledby=\"products\">\n<h2 id=\"products\">{PRODUCTS}</h2>\n"));
        for item in &catalogue.items {
            html.push_str(&article(item, photo_of(item.id)));
        }
        html.push_str("</section>\n");
    }
    if !cover.contact.is_empty() {
        html.push_str(&format!(
            "<section aria-labelledby=\"contact\">\n<h2 id=\"contact\">{CONTACT}</h2>\n<address>\n"
        ));
        for (line, value) in &cover.contact {
            html.push_str(&format!(
                "<p><strong>{}:</strong> {}</p>\n",
                contact_english(*line),
                contact_value(*line, value)
            ));
        }
        html.push_str("</address>\n</section>\n");
    }
    html.push_str(&format!("</main>\n<footer>\n<p>{ASK_FOR_A_QUOTATION}</p>\n</footer>\n"));
    html.push_str("</body>\n</html>\n");
    html
}

/// One product: its title, its first photo, description, specification and trade terms.
fn article(item: &Item, photo: Option<&str>) -> String {
    let id = format!("product-{}", item.id);
    let mut html = format!("<article aria-labelledby=\"{id}\">\n<h3 id=\"{id}\">{}</h3>\n", escape(&item.title));
    if let Some(uri) = photo {
        html.push_str(&format!("<img src=\"{}\" alt=\"{}\">\n", escape(uri), escape(&caption(&item.title, 0, 1))));
    }
    if !item.description.is_empty() {
        html.push_str(&format!("<p>{}</p>\n", escape(&item.description)));
    }
    html.push_str(&table(SPECIFICATIONS, &item.specs, None));
    let validity = item.valid_until.as_deref().map(|date| (PRICE_VALID_UNTIL, date));
    html.push_str(&table(TRADE_TERMS, &item.terms, validity));
    html.push_str("</article>\n");
    html
}

/// A captioned two-column table; nothing when it has no rows.
fn table(caption: &str, rows: &[(SpecLabel, String)], extra: Option<(&str, &str)>) -> String {
    if rows.is_empty() && extra.is_none() {
        return String::new();
    }
    let mut html = format!("<table>\n<caption>{caption}</caption>\n<tbody>\n");
    let rows = rows.iter().map(|(label, value)| (label.english(), value.as_str())).chain(extra);
    for (label, value) in rows {
        html.push_str(&format!("<tr><th scope=\"row\">{label}</th><td>{}</td></tr>\n", escape(value)));
    }
    html.push_str("</tbody>\n</table>\n");
    html
}

/// An e-mail address and a website become links when they look like one; a link to anything
/// else than `mailto:`, `https:` or `http:` is never written.
fn contact_value(line: ContactField, value: &str) -> String {
    match line {
        ContactField::Email if is_email(value) => format!("<a href=\"mailto:{}\">{}</a>", escape(value), escape(value)),
        ContactField::Website => match web_address(value) {
            Some(href) => format!("<a href=\"{}\">{}</a>", escape(&href), escape(value)),
            None => escape(value),
        },
        _ => escape(value),
    }
}

/// One word with an `@` in it.
fn is_email(value: &str) -> bool {
    !value.contains(char::is_whitespace) && value.contains('@')
}

/// Her website as an address a browser opens: `rotanjaya.id` → `https://rotanjaya.id`; an
/// `http:` or `https:` address as typed; `None` for text with spaces, without a dot, or with
/// any other scheme (`javascript:`, `data:`).
pub fn web_address(value: &str) -> Option<String> {
    if value.contains(char::is_whitespace) || !value.contains('.') {
        return None;
    }
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        Some(value.to_string())
    } else if lower.contains(':') {
        None
    } else {
        Some(format!("https://{value}"))
    }
}

/// Schema.org's Organization and one Product per item, as JSON-LD.
fn structured_data(catalogue: &Catalogue) -> String {
    let cover = &catalogue.cover;
    let mut organization =
        vec![("@type".to_string(), json_string("Organization")), ("@id".to_string(), json_string("#organization"))];
    if !cover.business.is_empty() {
        organization.push(("name".to_string(), json_string(&cover.business)));
    }
    organization.push((
        "address".to_string(),
        object(&[
            ("@type".to_string(), json_string("PostalAddress")),
            ("addressLocality".to_string(), json_string(&cover.place)),
            ("addressCountry".to_string(), json_string("ID")),
        ]),
    ));
    for (line, value) in &cover.contact {
        let (key, value) = match line {
            ContactField::Phone => ("telephone", value.clone()),
            ContactField::Email if is_email(value) => ("email", value.clone()),
            ContactField::Website => match web_address(value) {
                Some(address) => ("url", address),
                None => continue,
            },
            ContactField::Email | ContactField::Address | ContactField::Founded | ContactField::Staff => continue,
        };
        organization.push((key.to_string(), json_string(&value)));
    }
    if !cover.profile.is_empty() {
        organization.push(("description".to_string(), json_string(&cover.profile.join(" "))));
    }
    let mut graph = vec![object(&organization)];
    for item in &catalogue.items {
        let mut product =
            vec![("@type".to_string(), json_string("Product")), ("name".to_string(), json_string(&item.title))];
        if !item.description.is_empty() {
            product.push(("description".to_string(), json_string(&item.description)));
        }
        for (label, key) in [(SpecLabel::Material, "material"), (SpecLabel::Colour, "color")] {
            if let Some((_, value)) = item.specs.iter().find(|(l, _)| *l == label) {
                product.push((key.to_string(), json_string(value)));
            }
        }
        if let Some((_, brand)) = item.specs.iter().find(|(l, _)| *l == SpecLabel::Brand) {
            product.push((
                "brand".to_string(),
                object(&[("@type".to_string(), json_string("Brand")), ("name".to_string(), json_string(brand))]),
            ));
        }
        product.push(("manufacturer".to_string(), object(&[("@id".to_string(), json_string("#organization"))])));
        graph.push(object(&product));
    }
    object(&[
        ("@context".to_string(), json_string("https://schema.org")),
        ("@graph".to_string(), format!("[{}]", graph.join(","))),
    ])
}

/// `{"key":value,…}` from keys and already written JSON values.
fn object(members: &[(String, String)]) -> String {
    let members: Vec<String> = members.iter().map(|(key, value)| format!("{}:{value}", json_string(key))).collect();
    format!("{{{}}}", members.join(","))
}

/// Text as HTML text or a double-quoted attribute value: `&`, `<`, `>`, `"` and `'` as
/// character references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text as a JSON string that is also safe inside an HTML `<script>` element: quotes,
/// backslashes and control characters escaped as JSON requires, and `<`, `>`, `&` written as
/// `\u003c`, `\u003e`, `\u0026` (and the two line separators JavaScript once refused).
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
