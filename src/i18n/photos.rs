//! Her product photos: adding, ordering and removing them (the listing builder), their space
//! (`#/data`), and what a backup's photos can be refused for.

use crate::domain::lang::Lang;
use crate::domain::photos::{Added, BackupPhotoError};

crate::messages! {
    pub enum PhotoMsg {
        Title => ("Foto produk", "Product photos"),
        Help => (
            "Foto yang jelas dan terang menarik pembeli. Foto diperkecil di perangkat ini (paling panjang 1600 piksel) dan disimpan di browser, tidak dikirim ke mana pun. Foto pertama tampil di katalog dan halaman web.",
            "Clear, well-lit photos attract buyers. Photos are made smaller on this device (1600 pixels on the long side at most) and kept in the browser, never sent anywhere. The first photo shows in the catalogue and the web page."
        ),
        Add => ("Tambah foto", "Add a photo"),
        Adding => ("Memperkecil dan menyimpan foto…", "Making the photo smaller and saving it…"),
        Added => ("Foto disimpan.", "Photo saved."),
        Count => ("{count} dari {most} foto", "{count} of {most} photos"),
        Caption => ("Keterangan (bahasa Inggris): {caption}", "Caption (English): {caption}"),
        Earlier => ("Geser ke depan", "Move earlier"),
        Later => ("Geser ke belakang", "Move later"),
        Remove => ("Hapus foto", "Remove photo"),
        RemoveAsk => ("Hapus foto ini? Foto yang dihapus tidak bisa dikembalikan.", "Remove this photo? A removed photo cannot be brought back."),
        RemoveYes => ("Ya, hapus", "Yes, remove"),
        Keep => ("Batal", "Cancel"),
        Removed => ("Foto dihapus.", "Photo removed."),
        PhotoOf => ("Foto {number}", "Photo {number}"),
        NotImage => (
            "File ini bukan foto. Pilih file gambar (JPG, PNG atau WebP) dari kamera atau galeri.",
            "This file is not a photo. Pick an image file (JPG, PNG or WebP) from the camera or the gallery."
        ),
        TooBig => (
            "Foto ini lebih dari 30 MB. Pilih foto lain, atau kecilkan dulu di galeri.",
            "This photo is over 30 MB. Pick another, or make it smaller in the gallery first."
        ),
        Undecodable => (
            "Browser ini tidak bisa membuka foto ini (misalnya format HEIC dari beberapa ponsel). Ubah kamera ke format JPG (\"Paling kompatibel\"), atau kirim fotonya ke diri sendiri lewat WhatsApp lalu pilih lagi.",
            "This browser cannot open this photo (HEIC from some phones, for example). Set the camera to JPG (\"Most compatible\"), or send the photo to yourself on WhatsApp and pick it again."
        ),
        Full => (
            "Penyimpanan browser penuh: foto ini tidak disimpan. Foto dan data yang sudah ada tetap aman. Hapus foto yang tidak perlu, atau kosongkan ruang di ponsel.",
            "The browser's storage is full: this photo was not saved. The photos and data you already have are safe. Remove photos you do not need, or free space on the phone."
        ),
        Limit => ("Satu produk paling banyak {most} foto. Hapus satu dulu untuk menambah.", "A product has at most {most} photos. Remove one to add another."),
        Failed => (
            "Foto tidak bisa disimpan di browser ini (mode pribadi atau penyimpanan diblokir). Data lain tetap aman.",
            "Photos cannot be kept in this browser (private mode or storage blocked). Your other data is safe."
        ),
        Usage => ("Foto produk: {usage}.", "Product photos: {usage}."),
        UsageNone => ("Belum ada foto produk.", "No product photos yet."),
        BackupPhotos => ("{count} foto", "{count} photos"),
        BackupInvalid => (
            "Foto di file cadangan ini rusak atau tidak lengkap. Tidak ada yang diganti.",
            "The photos in this backup file are damaged or incomplete. Nothing was replaced."
        ),
        BackupNotImage => (
            "File cadangan ini berisi sesuatu yang bukan foto. Tidak ada yang diganti.",
            "This backup file holds something that is not a photo. Nothing was replaced."
        ),
        BackupTooLarge => (
            "Sebuah foto di file cadangan ini terlalu besar (lebih dari 2 MB), bukan buatan aplikasi ini. Tidak ada yang diganti.",
            "A photo in this backup file is too large (over 2 MB): not made by this app. Nothing was replaced."
        ),
        BackupUnknownListing => (
            "File cadangan ini berisi foto untuk produk yang tidak ada di dalamnya. Tidak ada yang diganti.",
            "This backup file holds photos of products it does not contain. Nothing was replaced."
        ),
        BackupTooMany => (
            "File cadangan ini berisi lebih dari {most} foto untuk satu produk. Tidak ada yang diganti.",
            "This backup file holds more than {most} photos for one product. Nothing was replaced."
        ),
        LogoTitle => ("Logo usaha (boleh kosong)", "Business logo (optional)"),
        LogoHelp => (
            "Tampil di sampul katalog dan di atas halaman web. Foto atau gambar logo dari galeri; diperkecil di perangkat ini.",
            "Shown on the catalogue's cover and at the top of the web page. A photo or picture of the logo from the gallery; made smaller on this device."
        ),
        LogoChoose => ("Pilih logo", "Choose a logo"),
        LogoChange => ("Ganti logo", "Change the logo"),
        LogoRemove => ("Hapus logo", "Remove the logo"),
        LogoRemoveAsk => ("Hapus logo dari katalog? Logo yang dihapus tidak bisa dikembalikan.", "Remove the logo from the catalogue? A removed logo cannot be brought back."),
        LogoSaved => ("Logo disimpan.", "Logo saved."),
        LogoRemoved => ("Logo dihapus.", "Logo removed."),
        RestoreFull => (
            "Penyimpanan browser tidak cukup untuk foto dari file cadangan. Tidak ada yang diganti: data dan foto Anda tetap seperti semula.",
            "The browser's storage has no room for the backup's photos. Nothing was replaced: your data and photos are as they were."
        ),
    }
}

/// What she reads after trying to add a photo.
pub fn added_text(added: Added, lang: Lang) -> String {
    let most = crate::domain::photos::MAX_PER_LISTING.to_string();
    let message = match added {
        Added::Ok => PhotoMsg::Added,
        Added::NotImage => PhotoMsg::NotImage,
        Added::TooBig => PhotoMsg::TooBig,
        Added::Undecodable => PhotoMsg::Undecodable,
        Added::Full => PhotoMsg::Full,
        Added::Limit => PhotoMsg::Limit,
        Added::Failed => PhotoMsg::Failed,
    };
    super::fill(message.text(lang), &[("most", &most)])
}

/// Why a backup's photos were refused.
pub fn backup_error_text(error: BackupPhotoError, lang: Lang) -> String {
    let most = crate::domain::photos::MAX_PER_LISTING.to_string();
    let message = match error {
        BackupPhotoError::Invalid => PhotoMsg::BackupInvalid,
        BackupPhotoError::NotImage => PhotoMsg::BackupNotImage,
        BackupPhotoError::TooLarge => PhotoMsg::BackupTooLarge,
        BackupPhotoError::UnknownListing => PhotoMsg::BackupUnknownListing,
        BackupPhotoError::TooMany => PhotoMsg::BackupTooMany,
    };
    super::fill(message.text(lang), &[("most", &most)])
}
