//! Hash routes: `#/`, `#/profile`, … Hash-based so that any static host and any iframe work, and
//! public: the government portal and shared links point at them (docs/design.md, "Contracts").

use super::query::Query;

/// One tool of the app, one route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Profile,
    Checklist,
    Classify,
    Incoterms,
    Describe,
    /// Her business e-mail kit (signature), then her catalogue and product web page.
    Catalog,
    Market,
    Documents,
    Data,
    /// The facilitator's side: sessions, the link and QR code, reports collected from the chat.
    Workshop,
    /// A hash that names no tool; the app says so and links home.
    NotFound,
}

impl Route {
    /// Every real route, in the order the navigation lists them.
    pub const ALL: [Route; 11] = [
        Route::Home,
        Route::Profile,
        Route::Checklist,
        Route::Classify,
        Route::Incoterms,
        Route::Describe,
        Route::Catalog,
        Route::Market,
        Route::Documents,
        Route::Data,
        Route::Workshop,
    ];

    /// The path after `#`, e.g. `/profile`.
    pub fn path(self) -> &'static str {
        match self {
            Route::Home => "/",
            Route::Profile => "/profile",
            Route::Checklist => "/checklist",
            Route::Classify => "/classify",
            Route::Incoterms => "/incoterms",
            Route::Describe => "/describe",
            Route::Catalog => "/catalog",
            Route::Market => "/market",
            Route::Documents => "/documents",
            Route::Data => "/data",
            Route::Workshop => "/workshop",
            Route::NotFound => "/404",
        }
    }

    /// The full `href`, e.g. `#/profile`.
    pub fn href(self) -> String {
        format!("#{}", self.path())
    }

    fn from_path(path: &str) -> Route {
        let trimmed = path.trim().trim_end_matches('/');
        let lower = trimmed.to_ascii_lowercase();
        match lower.as_str() {
            "" => Route::Home,
            "/profile" => Route::Profile,
            "/checklist" => Route::Checklist,
            "/classify" => Route::Classify,
            "/incoterms" => Route::Incoterms,
            "/describe" => Route::Describe,
            "/catalog" => Route::Catalog,
            "/market" => Route::Market,
            "/documents" => Route::Documents,
            "/data" => Route::Data,
            "/workshop" => Route::Workshop,
            _ => Route::NotFound,
        }
    }
}

/// Where the URL points: the route and the query after it (`#/classify?q=kopi`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub route: Route,
    pub query: Query,
}

impl Location {
    /// A route without a query.
    pub fn of(route: Route) -> Location {
        Location { route, query: Query::default() }
    }

    /// The `href` that points here: `#/classify?q=kopi%20bubuk`, or `#/profile` without a query.
    /// [`Location::parse_hash`] reads it back to the same location.
    pub fn href(&self) -> String {
        let query = self.query.encode();
        if query.is_empty() {
            self.route.href()
        } else {
            format!("{}?{}", self.route.href(), query)
        }
    }

    /// Parses `location.hash` (with or without the leading `#`; empty means home).
    pub fn parse_hash(hash: &str) -> Location {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let path = if path.is_empty() || path.starts_with('/') { path.to_string() } else { format!("/{path}") };
        Location { route: Route::from_path(&path), query: Query::parse(query) }
    }
}
