//! The marketplace guide page.

crate::messages! {
    pub enum MarketMsg {
        Title => ("Panduan marketplace", "Marketplace guide"),
        Intro => (
            "Marketplace B2B mempertemukan Anda dengan importir dan pedagang besar; marketplace B2C menjual satuan ke konsumen. Untuk ekspor pertama, mulailah dari B2B.",
            "B2B marketplaces connect you with importers and wholesalers; B2C marketplaces sell single items to consumers. For a first export, start with B2B."
        ),
        B2bTitle => ("B2B: jual partai ke pebisnis", "B2B: selling in quantity to businesses"),
        B2bBody => (
            "Pembeli memesan dalam jumlah besar, menanyakan harga FOB atau CIF, minimum order, dan contoh barang. Anda mengirim satu kiriman besar.",
            "Buyers order in quantity and ask for FOB or CIF prices, minimum orders and samples. You ship one large consignment."
        ),
        B2cTitle => ("B2C: jual satuan ke konsumen", "B2C: selling single items to consumers"),
        B2cBody => (
            "Banyak pesanan kecil, pengiriman per paket, pengembalian barang, dan layanan pelanggan dalam bahasa Inggris.",
            "Many small orders, parcel shipping, returns, and customer service in English."
        ),
        Who => ("Siapa pembelinya", "Who buys there"),
        Cost => ("Biaya bergabung", "Cost to join"),
        Language => ("Bahasa", "Language"),
        Ready => ("Yang perlu disiapkan", "What to have ready"),
        Source => ("Sumber: {source} (diperiksa {checked})", "Source: {source} (checked {checked})"),
        Steps => ("Langkah demi langkah", "Step by step"),
        StepsProgress => ("{done} dari {total} langkah selesai", "{done} of {total} steps done"),
        HaveAccount => ("Saya sudah punya akun di {name}", "I have an account on {name}"),
        StartHere => (
            "Mulai dari EC21, contoh di lokakarya: daftar gratis, lalu pasang produk pertama Anda, langkah demi langkah. Kata bahasa Inggris di formulirnya ada artinya di akhir halaman ini.",
            "Start with EC21, the workshop's example: join free, then post your first product, step by step. The English words on its forms are explained at the end of this page."
        ),
        JumpEc21 => ("Langkah EC21", "EC21 step by step"),
        OpenSite => ("Buka {site} ↗", "Open {site} ↗"),
        GlossaryTitle => ("Kata bahasa Inggris di formulir", "English words on the forms"),
        GlossaryIntro => ("Kata yang akan Anda temui saat mendaftar dan mengunggah produk, dengan artinya.", "Words you will meet when signing up and posting products, with their meaning."),
        English => ("Bahasa Inggris", "English"),
        Meaning => ("Arti", "Meaning"),
        HomeAccounts => ("Akun: {names}", "Accounts: {names}"),
        HomeNoAccount => ("Belum ada akun marketplace", "No marketplace account yet"),
    }
}
