//! Her product photos: the rules the browser glue (`assets/js/photos.js` through `crate::photos`)
//! does not decide. How many a listing may have, what a try to add one can come to, the English
//! caption each gets, the data URI the one-file web page may embed, and the check of the photos a
//! backup file brings before anything is replaced. The photos themselves (binary) are kept in
//! IndexedDB, never in her document (docs/catalogue.md).

use super::storage_status::size_text;
use crate::domain::lang::Lang;

/// Photos one listing may have: enough to show a product from every side, few enough that the
/// backup of thirty listings stays a file a phone can write (30 × 6 × ≤ 250 KB).
pub const MAX_PER_LISTING: usize = 6;

/// Where her business's logo is kept in the photo store: under this listing id, which no listing
/// reaches (ids count up from 0, one per listing she makes, at most 30 kept). One logo at most.
pub const LOGO: u32 = u32::MAX;

/// The logo's `alt` text: "UD Rotan Jaya logo".
pub fn logo_alt(name: &str) -> String {
    format!("{} logo", name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A photo in a backup file may be at most this big once decoded (the app writes ≤ 250 KB; a
/// larger one was not made by it).
pub const MAX_BACKUP_PHOTO_BYTES: u64 = 2 * 1024 * 1024;

/// A backup file with photos may be this big (the document alone stays within
/// `persist::MAX_BACKUP_BYTES`).
pub const MAX_BACKUP_FILE_BYTES: f64 = 80.0 * 1024.0 * 1024.0;

/// The image types a backup's photo may have.
pub const TYPES: [&str; 3] = ["image/jpeg", "image/png", "image/webp"];

crate::code_enum! {
    /// What a try to add a photo came to (the codes `photos.js` returns).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Added: code {
        Ok = "ok",
        /// The file is not an image (a PDF, a video).
        NotImage = "not-image",
        /// An original over 30 MB.
        TooBig = "too-big",
        /// An image the browser cannot read (HEIC on many phones, a broken file).
        Undecodable = "undecodable",
        /// The phone's storage for the app is full: nothing was added, nothing lost.
        Full = "full",
        /// The listing already has [`MAX_PER_LISTING`].
        Limit = "limit",
        /// The photo store could not be opened (private mode, blocked storage).
        Failed = "failed",
    }
}

impl Added {
    /// Any code the glue did not write (or no answer) is a failure, never a success.
    pub fn from_code(code: &str) -> Added {
        Added::ALL.into_iter().find(|added| added.code() == code).unwrap_or(Added::Failed)
    }
}

/// A stored photo as a page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub id: String,
    /// An object URL (`blob:`) of the stored image.
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub bytes: u64,
}

/// The English caption (and `alt` text) of photo `index` (from 0) of `count` of a product titled
/// `title`: the title alone for a single photo, "…, photo 2 of 3" among several.
pub fn caption(title: &str, index: usize, count: usize) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = if title.is_empty() { "Product photo".to_string() } else { title };
    if count > 1 {
        format!("{title}, photo {} of {count}", index + 1)
    } else {
        title
    }
}

/// Whether a text may go into the web page as an image's `src`: a base64 data URI of one of the
/// [`TYPES`], nothing else (so nothing from the store can make the page fetch or run anything).
pub fn is_image_data_uri(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("data:") else { return false };
    let Some((kind, data)) = rest.split_once(";base64,") else { return false };
    TYPES.contains(&kind)
        && !data.is_empty()
        && data.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

/// Count and bytes of every stored photo, for `#/data`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub count: u64,
    pub bytes: u64,
}

impl Usage {
    /// "3 foto, 612 KB" / "3 photos, 612 KB".
    pub fn text(self, lang: Lang) -> String {
        let size = size_text(self.bytes, lang);
        match (lang, self.count) {
            (Lang::Id, count) => format!("{count} foto, {size}"),
            (Lang::En, 1) => format!("1 photo, {size}"),
            (Lang::En, count) => format!("{count} photos, {size}"),
        }
    }
}

/// One photo of a backup file as the glue read it: a field of the wrong JSON kind is `-1` or
/// empty, `bytes` is what its base64 decodes to (`-1`: not base64), `image` whether those bytes
/// begin as an image of its type does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    pub listing: i64,
    pub order: i64,
    pub kind: String,
    pub bytes: i64,
    pub image: bool,
}

/// Why the photos of a backup file are refused (and with them the whole file: nothing replaced).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupPhotoError {
    /// An entry is not a photo record (a missing or wrong field, data that is not base64).
    Invalid,
    /// An entry's type is not an image type the app keeps, or its bytes are not that image.
    NotImage,
    /// An entry is bigger than [`MAX_BACKUP_PHOTO_BYTES`].
    TooLarge,
    /// An entry belongs to no listing of the file's document.
    UnknownListing,
    /// A listing has more than [`MAX_PER_LISTING`].
    TooMany,
}

/// Checks every photo of a backup against the listings its document has (and at most one
/// [`LOGO`]), before she is asked.
/// `Ok` is the count and bytes it would store.
pub fn check_backup(photos: &[Incoming], listings: &[u32]) -> Result<Usage, BackupPhotoError> {
    let mut usage = Usage::default();
    for photo in photos {
        let (Ok(listing), Ok(_), Ok(bytes)) =
            (u32::try_from(photo.listing), u32::try_from(photo.order), u64::try_from(photo.bytes))
        else {
            return Err(BackupPhotoError::Invalid);
        };
        if !TYPES.contains(&photo.kind.as_str()) || !photo.image || bytes == 0 {
            return Err(BackupPhotoError::NotImage);
        }
        if bytes > MAX_BACKUP_PHOTO_BYTES {
            return Err(BackupPhotoError::TooLarge);
        }
        if listing != LOGO && !listings.contains(&listing) {
            return Err(BackupPhotoError::UnknownListing);
        }
        let most = if listing == LOGO { 1 } else { MAX_PER_LISTING };
        if photos.iter().filter(|other| other.listing == photo.listing).count() > most {
            return Err(BackupPhotoError::TooMany);
        }
        usage.count += 1;
        usage.bytes += bytes;
    }
    Ok(usage)
}
