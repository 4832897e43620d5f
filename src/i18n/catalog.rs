//! `#/catalog`: her business e-mail kit.

use crate::domain::catalog::signature::Role;
use crate::domain::lang::Lang;

crate::messages! {
    pub enum CatalogMsg {
        Title => ("E-mail usaha & katalog", "Business e-mail & catalogue"),
        Intro => (
            "Pembeli luar negeri pertama-tama melihat e-mail Anda. Di sini tanda tangan e-mail dalam bahasa Inggris dibuat dari profil Anda.",
            "A buyer abroad first sees your e-mail. Here your English e-mail signature is made from your profile."
        ),
        WhyTitle => ("Mengapa e-mail atas nama usaha", "Why an address in your business's name"),
        Why => (
            "Alamat seperti info@namausaha.com atau namausaha.export@gmail.com tampak lebih tepercaya daripada alamat pribadi, mudah diingat pembeli, dan bisa dipakai untuk mendaftar di marketplace seperti EC21.",
            "An address such as info@yourbusiness.com or yourbusiness.export@gmail.com looks more trustworthy than a personal one, is easy for a buyer to remember, and is what marketplaces such as EC21 ask for when you sign up."
        ),
        HowTitle => ("Cara memilih alamat", "How to choose the address"),
        HowDomain => (
            "Domain sendiri (namausaha.com atau .id) paling meyakinkan; biayanya tahunan dan perlu diperpanjang.",
            "Your own domain (yourbusiness.com or .id) convinces most; it costs a yearly fee and must be renewed."
        ),
        HowFree => (
            "E-mail gratis (Gmail, Outlook) cukup untuk mulai: pakai nama usaha, bukan nama panggilan atau tanggal lahir.",
            "Free webmail (Gmail, Outlook) is enough to start: use the business's name, not a nickname or a birth date."
        ),
        HowReadable => (
            "Pilih nama yang mudah dieja pembeli: tanpa angka acak, tanpa garis bawah berlebihan, huruf kecil.",
            "Pick a name a buyer can spell: no random numbers, no string of underscores, lower case."
        ),
        SignatureTitle => ("Tanda tangan e-mail (bahasa Inggris)", "E-mail signature (English)"),
        SignatureHelp => (
            "Ditulis dari profil Anda: nama, usaha, tempat, telepon, e-mail, situs web. Yang belum diisi tidak ditulis. Ubah di profil.",
            "Written from your profile: name, business, place, phone, e-mail, website. What you have not filled in is left out. Change it in the profile."
        ),
        Role => ("Jabatan Anda", "Your role"),
        NoEmail => (
            "Tanda tangan ini belum punya alamat e-mail. Isi e-mail usaha di profil.",
            "This signature has no e-mail address yet. Add your business e-mail in the profile."
        ),
        PhoneKept => (
            "Nomor telepon di profil tidak bisa ditulis dalam bentuk +62; ditulis seperti Anda mengetiknya. Periksa lagi nomornya.",
            "The phone number in your profile could not be written in +62 form; it is written as you typed it. Check the number."
        ),
        OpenProfile => ("Ubah di profil", "Change in the profile"),
        Copy => ("Salin tanda tangan", "Copy the signature"),
    }
}

/// A role's name in her language (the signature says it in English).
pub fn role(role: Role, lang: Lang) -> &'static str {
    let (id, en) = match role {
        Role::Owner => ("Pemilik", "Owner"),
        Role::Founder => ("Pendiri", "Founder"),
        Role::Director => ("Direktur", "Director"),
        Role::Marketing => ("Manajer pemasaran", "Marketing manager"),
        Role::Export => ("Manajer ekspor", "Export manager"),
    };
    lang.pick(id, en)
}
