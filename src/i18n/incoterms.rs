//! The price calculator (`#/incoterms`): labels, errors, and the plain explanation of each rule.
//! Facts about the rules follow ICC, Incoterms® 2020 (see `domain::incoterms`).

use crate::domain::incoterms::{CostItem, Field, Incoterm, InsuranceCell, Payer, RiskPoint, TransportMode};
use crate::domain::lang::Lang;
use crate::domain::money::AmountError;

crate::messages! {
    pub enum IncotermsMsg {
        Title => ("Hitung harga ekspor", "Export price calculator"),
        Intro => (
            "Isi biaya untuk seluruh kiriman dalam satu mata uang. Harga untuk 11 aturan Incoterms® 2020 langsung dihitung di bawah, per kiriman dan per satuan.",
            "Enter the costs for the whole shipment in one currency. Prices under all 11 Incoterms® 2020 rules appear below at once, for the shipment and per unit."
        ),
        SecGoods => ("Barang dan mata uang", "Goods and currency"),
        SecOrigin => ("Biaya di Indonesia", "Costs in Indonesia"),
        SecTransport => ("Pengiriman dan asuransi", "Transport and insurance"),
        SecDestination => ("Biaya di negara tujuan", "Costs in the destination country"),
        SecDestinationHelp => ("Hanya perlu untuk harga DAP, DPU dan DDP.", "Only needed for DAP, DPU and DDP prices."),
        AmountHelp => (
            "Contoh: 1.500.000, 1.500.000,50 atau 15 juta. \"1.500\" dibaca seribu lima ratus; untuk sen tulis 1,50.",
            "For example 1,500,000, 1,500,000.50 or 15 million. \"1,500\" reads as fifteen hundred; for cents write 1.50."
        ),
        ReadAs => ("Dibaca: {amount}", "Read as: {amount}"),
        RateDate => ("Kurs dicatat {date}. Aplikasi tidak mengambil kurs dari internet.", "Rate noted on {date}. The app does not fetch rates from the internet."),
        RateHelp => ("Rupiah per 1 dolar AS, misalnya 16.250.", "Rupiah per US dollar, for example 16,250."),
        InsuranceAHelp => (
            "Klausul A (all risks) biasanya lebih mahal dari klausul C. Kosong = CIP dihitung dengan tarif klausul C, dan harga CIP menyebutnya.",
            "Clauses A (all risks) usually cost more than clauses C. Empty = CIP is priced with the clauses C rate, and the CIP price says so."
        ),
        AlongsideHelp => (
            "Untuk FAS: dari gerbang terminal sampai di samping kapal (dermaga). Kosong bila sudah termasuk THC atau tidak ada.",
            "For FAS: from the terminal gate to alongside the ship (quay). Leave empty if it is part of the THC or there is none."
        ),
        LineCurrency => ("Mata uang baris ini", "Currency of this line"),
        LineConverted => ("{typed} dengan kurs {rate} per USD = {converted}", "{typed} at {rate} per USD = {converted}"),
        SmallLine => (
            "{amount} kurang dari satu dolar AS. Bila biaya ini ditawarkan dalam dolar, pilih USD untuk baris ini.",
            "{amount} is less than one US dollar. If this cost was quoted in dollars, choose USD for this line."
        ),
        ErrNeedsRate => (
            "Baris ini dalam mata uang lain: isi kurs (rupiah per 1 USD) di atas untuk mengubahnya.",
            "This line is in the other currency: enter the exchange rate (rupiah per USD) above to convert it."
        ),
        NeedsCosts => (
            "Belum dihitung: isi dulu {fields}. Tulis 0 bila memang tidak ada biayanya.",
            "Not priced yet: first enter {fields}. Write 0 if there is no such cost."
        ),
        CipRateFromC => (
            "Tarif klausul A belum diisi: CIP dihitung dengan tarif klausul C ({rate}). Klausul A menanggung lebih banyak risiko dan biasanya lebih mahal: tanyakan tarifnya ke perusahaan asuransi.",
            "No clauses A rate yet: CIP is priced with the clauses C rate ({rate}). Clauses A cover more risks and usually cost more: ask an insurer for the rate."
        ),
        InsuranceHelp => ("Tanyakan ke perusahaan asuransi; biasanya di bawah 1%.", "Ask an insurer; usually below 1%."),
        OriginHelp => ("Pilih dari daftar atau ketik sendiri.", "Pick from the list or type your own."),
        DestinationHelp => ("Pelabuhan atau kota pembeli, misalnya Tokyo.", "The buyer's port or city, for example Tokyo."),
        UnitHelp => ("Misalnya kg, pcs, karton.", "For example kg, pcs, carton."),
        ErrEmpty => ("Wajib diisi.", "Required."),
        ErrNotANumber => ("Hanya angka, titik, dan koma.", "Digits, points and commas only."),
        ErrNegative => ("Tidak boleh negatif.", "Cannot be negative."),
        ErrBadGrouping => ("Pemisah ribuan tidak tepat. Contoh yang benar: 1.500.000", "Thousands separators are misplaced. For example: 1,500,000"),
        ErrTooManyDecimals => ("Terlalu banyak angka di belakang koma.", "Too many decimal places."),
        ErrTooLarge => ("Angka terlalu besar.", "The number is too large."),
        ErrZero => ("Tidak boleh nol.", "Cannot be zero."),
        ErrWrongCurrency => ("Mata uangnya berbeda dengan pilihan mata uang di atas.", "This currency differs from the currency chosen above."),
        ErrUnknownChoice => ("Pilihan ini tidak dikenal.", "This choice is not known."),
        ErrInsuranceTooHigh => ("Tarif di atas 20% tidak masuk akal untuk asuransi kargo: periksa lagi.", "A rate above 20% makes no sense for cargo insurance: check it."),
        ResultsTitle => ("Harga untuk setiap aturan", "Prices under each rule"),
        ResultsNeedGoods => ("Isi harga barang (EXW) untuk melihat harga.", "Enter the goods value (EXW) to see prices."),
        Shipment => ("Kiriman", "Shipment"),
        PerUnit => ("Per {unit}", "Per {unit}"),
        PerUnitPlain => ("Per satuan", "Per unit"),
        NoRate => ("Isi kurs untuk melihat harga dalam {currency}.", "Enter the exchange rate to see prices in {currency}."),
        NotPriced => ("Belum bisa dihitung: periksa \"{field}\".", "Cannot be priced yet: check \"{field}\"."),
        NotPricedGeneric => ("Belum bisa dihitung dengan angka ini.", "Cannot be priced with these numbers."),
        SeaOnly => (
            "{rule} hanya untuk angkutan laut dan perairan. Untuk angkutan {mode}, pakai {instead}.",
            "{rule} is for sea and inland waterway only. For {mode} transport, use {instead}."
        ),
        ExwWarning => (
            "Dengan EXW, pembeli harus mengurus sendiri ekspor (PEB) di Indonesia, yang jarang bisa dilakukan pembeli asing. Lebih aman menawarkan FCA.",
            "Under EXW the buyer must clear export (PEB) in Indonesia, which foreign buyers rarely can. FCA is the safer offer."
        ),
        InsuranceLine => (
            "Premi {premium} (klausul {clauses}, tarif {rate}) atas nilai pertanggungan {insured} = 110% × harga.",
            "Premium {premium} (clauses {clauses}, rate {rate}) on an insured value of {insured} = 110% × the price."
        ),
        InsuranceMethod => (
            "Cara hitung: premi = 1,1 × tarif × harga CIF, jadi CIF = CFR ÷ (1 − 1,1 × tarif). Situs yang memakai tarif × (C + F) tanpa 110% menghitung premi terlalu rendah.",
            "Method: premium = 1.1 × rate × CIF price, so CIF = CFR ÷ (1 − 1.1 × rate). Sites that use rate × (C + F) without the 110% understate the premium."
        ),
        DutiesLine => (
            "Nilai pabean {value} (dasar {basis}); bea masuk {duty}; PPN impor {vat}.",
            "Customs value {value} ({basis} basis); import duty {duty}; import VAT {vat}."
        ),
        ExplainSeller => ("Penjual", "Seller"),
        ExplainRisk => ("Risiko berpindah", "Risk passes"),
        ExplainInsurance => ("Asuransi", "Insurance"),
        MatrixTitle => ("Siapa membayar apa", "Who pays what"),
        MatrixLegend => ("P = penjual (Anda), B = pembeli. Geser tabel ke samping untuk melihat semua aturan.", "S = seller (you), B = buyer. Swipe the table sideways to see every rule."),
        MatrixCost => ("Biaya", "Cost"),
        MatrixSeller => ("P", "S"),
        MatrixBuyer => ("B", "B"),
        MatrixSellerFull => ("penjual", "seller"),
        MatrixBuyerFull => ("pembeli", "buyer"),
        QuoteTitle => ("Baris harga untuk penawaran", "Price line for your offer"),
        QuoteRule => ("Aturan yang ditawarkan", "Rule to quote"),
        QuoteMinOrder => ("Minimum order", "Minimum order"),
        QuoteMinOrderHelp => ("Dalam satuan barang di atas, misalnya 500.", "In the unit above, for example 500."),
        QuoteCurrency => ("Mata uang untuk pembeli", "Buyer's currency"),
        QuoteCurrencyHelp => (
            "Pembeli luar negeri membandingkan harga dalam dolar AS. Biaya dalam rupiah diubah dengan kurs yang Anda isi.",
            "Foreign buyers compare prices in US dollars. Costs in rupiah are converted at the rate you entered."
        ),
        QuoteProduct => ("Produk", "Product"),
        QuoteProductNone => ("— Tidak disebut —", "— Not named —"),
        QuoteProductHelp => ("Dari profil Anda: penawaran yang disimpan menyebut produknya.", "From your profile: a saved quote says which product it is for."),
        LineNeedsRate => (
            "Isi kurs (rupiah per 1 USD) di bagian atas untuk baris harga dalam {currency}, atau pilih mata uang lain untuk pembeli.",
            "Enter the exchange rate (rupiah per USD) above for a price line in {currency}, or choose the other currency for the buyer."
        ),
        LineBadMinOrder => ("Minimum order harus berupa angka, misalnya 500 atau 2 ribu.", "The minimum order must be a number, for example 500 or 2,000."),
        LineLoading => ("Menyiapkan baris harga…", "Preparing the price line…"),
        LineConvertedAt => ("Dihitung dari biaya dalam {from} dengan kurs {rate} per USD.", "Converted from costs in {from} at {rate} per USD."),
        LineConvertedAtDated => (
            "Dihitung dari biaya dalam {from} dengan kurs {rate} per USD (dicatat {date}).",
            "Converted from costs in {from} at {rate} per USD (rate noted {date})."
        ),
        SavedFor => ("Untuk: {product}", "For: {product}"),
        QuoteLine => ("Baris harga (dalam bahasa Inggris, untuk pembeli)", "Price line (in English, for the buyer)"),
        QuoteUnavailable => ("Baris harga muncul setelah harga aturan ini bisa dihitung.", "The price line appears once this rule can be priced."),
        Copy => ("Salin", "Copy"),
        Share => ("Bagikan", "Share"),
        WhatsApp => ("Kirim lewat WhatsApp", "Send by WhatsApp"),
        Copied => ("Tersalin.", "Copied."),
        Shared => ("Dibagikan.", "Shared."),
        CopyFailed => ("Tidak bisa menyalin di sini: tekan lama pada teks lalu salin.", "Could not copy here: long-press the text and copy it."),
        SaveQuote => ("Simpan penawaran", "Save the quote"),
        Saved => ("Penawaran disimpan.", "Quote saved."),
        SavedTitle => ("Penawaran tersimpan", "Saved quotes"),
        SavedNone => ("Belum ada penawaran tersimpan.", "No saved quotes yet."),
        SavedOn => ("Disimpan {date}", "Saved {date}"),
        Open => ("Buka", "Open"),
        Delete => ("Hapus", "Delete"),
        ShareLink => ("Salin tautan perhitungan", "Copy a link to this calculation"),
        ShareLinkHelp => ("Siapa pun yang membuka tautan ini melihat perhitungan yang sama.", "Anyone who opens the link sees the same calculation."),
        ClearForm => ("Kosongkan formulir", "Clear the form"),
        ClearAsk => (
            "Kosongkan semua isian kalkulator? Penawaran yang sudah disimpan tetap ada.",
            "Clear every field of the calculator? Saved quotes stay."
        ),
        ClearYes => ("Ya, kosongkan", "Yes, clear it"),
        ClearNo => ("Batal", "Cancel"),
        Cleared => ("Formulir dikosongkan.", "The form was cleared."),
        LinkLoaded => ("Perhitungan dari tautan dimuat.", "The calculation from the link was loaded."),
        LinkProblems => ("Sebagian isi tautan tidak terbaca; periksa kolom yang ditandai.", "Part of the link could not be read; check the marked fields."),
        Source => (
            "Sumber: ICC, Incoterms® 2020 (publikasi ICC 723E), pasal A2/B2 penyerahan, A3/B3 risiko, A5/B5 asuransi, A7/B7 urusan ekspor-impor, A9/B9 pembagian biaya; diperiksa 2026-11-28. Incoterms® adalah merek dagang Kamar Dagang Internasional (ICC). Bea masuk dan PPN impor berbeda di tiap negara: tanyakan ke pembeli atau agen bea cukai negara tujuan.",
            "Source: ICC, Incoterms® 2020 (ICC publication 723E), articles A2/B2 delivery, A3/B3 risk, A5/B5 insurance, A7/B7 export and import clearance, A9/B9 allocation of costs; checked 2026-11-28. Incoterms® is a trademark of the International Chamber of Commerce. Import duty and VAT differ by country: ask the buyer or a customs broker in the destination country."
        ),
        PortsSource => ("Daftar pelabuhan dan bandara: {source} (diperiksa {checked}).", "Ports and airports list: {source} (checked {checked})."),
        BasisCif => ("Nilai CIF (kebanyakan negara)", "CIF value (most countries)"),
        BasisFob => ("Nilai FOB (AS, Kanada, Australia)", "FOB value (US, Canada, Australia)"),
    }
}

pub fn field_label(field: Field, lang: Lang) -> &'static str {
    let (id, en) = match field {
        Field::Currency => ("Mata uang biaya", "Currency of the costs"),
        Field::Quantity => ("Jumlah barang dalam kiriman", "Quantity in the shipment"),
        Field::Unit => ("Satuan", "Unit"),
        Field::Goods => {
            ("Harga barang di tempat Anda, termasuk kemasan (EXW)", "Goods at your premises, packing included (EXW)")
        }
        Field::Loading => ("Muat barang di tempat Anda", "Loading at your premises"),
        Field::Inland => ("Angkutan ke pelabuhan atau terminal", "Transport to the port or terminal"),
        Field::ExportClearance => {
            ("Urusan ekspor (PEB, sertifikat, jasa PPJK)", "Export clearance (PEB, certificates, broker)")
        }
        Field::OriginThc => {
            ("Biaya terminal asal dan muat ke kapal (THC)", "Origin terminal handling and loading on board (THC)")
        }
        Field::Freight => ("Ongkos angkut utama (freight)", "Main freight"),
        Field::InsuranceC => ("Tarif asuransi klausul C, % (untuk CIF)", "Insurance rate, clauses C, % (for CIF)"),
        Field::InsuranceA => ("Tarif asuransi klausul A, % (untuk CIP)", "Insurance rate, clauses A, % (for CIP)"),
        Field::DestinationThc => ("Biaya terminal tujuan (THC tujuan)", "Destination terminal charges"),
        Field::OnCarriage => ("Angkutan lanjutan ke tempat tujuan", "On-carriage to the named place"),
        Field::Unloading => ("Bongkar di tempat tujuan", "Unloading at the named place"),
        Field::ImportClearance => ("Biaya urusan impor (broker)", "Import clearance fees (broker)"),
        Field::Duty => ("Bea masuk negara tujuan, %", "Import duty, %"),
        Field::Vat => ("PPN/VAT impor negara tujuan, %", "Import VAT, %"),
        Field::Basis => ("Bea masuk dihitung dari", "Duty is charged on"),
        Field::Mode => ("Moda angkutan utama", "Main transport mode"),
        Field::Rate => ("Kurs: rupiah per 1 USD", "Exchange rate: rupiah per USD"),
        Field::Origin => ("Pelabuhan atau bandara asal", "Port or airport of origin"),
        Field::Destination => ("Tempat tujuan", "Destination"),
        Field::MinOrder => ("Minimum order", "Minimum order"),
        Field::Alongside => ("Bawa barang ke samping kapal (dermaga)", "Bringing the goods alongside the ship (quay)"),
        Field::LoadingCurrency => ("Mata uang: muat barang", "Currency: loading"),
        Field::InlandCurrency => ("Mata uang: angkutan ke pelabuhan", "Currency: transport to the port"),
        Field::ExportClearanceCurrency => ("Mata uang: urusan ekspor", "Currency: export clearance"),
        Field::AlongsideCurrency => ("Mata uang: ke samping kapal", "Currency: alongside the ship"),
        Field::OriginThcCurrency => ("Mata uang: THC asal", "Currency: origin terminal handling"),
        Field::FreightCurrency => ("Mata uang: ongkos angkut utama", "Currency: main freight"),
        Field::DestinationThcCurrency => ("Mata uang: THC tujuan", "Currency: destination terminal charges"),
        Field::OnCarriageCurrency => ("Mata uang: angkutan lanjutan", "Currency: on-carriage"),
        Field::UnloadingCurrency => ("Mata uang: bongkar di tujuan", "Currency: unloading"),
        Field::ImportClearanceCurrency => ("Mata uang: urusan impor", "Currency: import clearance"),
    };
    lang.pick(id, en)
}

pub fn amount_error(error: AmountError, lang: Lang) -> &'static str {
    let msg = match error {
        AmountError::Empty => IncotermsMsg::ErrEmpty,
        AmountError::NotANumber => IncotermsMsg::ErrNotANumber,
        AmountError::Negative => IncotermsMsg::ErrNegative,
        AmountError::BadGrouping => IncotermsMsg::ErrBadGrouping,
        AmountError::TooManyDecimals => IncotermsMsg::ErrTooManyDecimals,
        AmountError::TooLarge => IncotermsMsg::ErrTooLarge,
        AmountError::Zero => IncotermsMsg::ErrZero,
        AmountError::WrongCurrency => IncotermsMsg::ErrWrongCurrency,
    };
    msg.text(lang)
}

pub fn mode_name(mode: TransportMode, lang: Lang) -> &'static str {
    let (id, en) = match mode {
        TransportMode::Sea => ("laut", "sea"),
        TransportMode::Air => ("udara", "air"),
        TransportMode::Road => ("darat (truk)", "road"),
        TransportMode::Rail => ("kereta api", "rail"),
        TransportMode::Multimodal => ("multimoda (kontainer lewat terminal)", "multimodal (container via a terminal)"),
    };
    lang.pick(id, en)
}

/// The rule's official English name, and in Indonesian a gloss after it.
pub fn rule_name(rule: Incoterm, lang: Lang) -> &'static str {
    let (id, en) = match rule {
        Incoterm::Exw => ("Ex Works (di tempat penjual)", "Ex Works"),
        Incoterm::Fca => ("Free Carrier (diserahkan ke pengangkut)", "Free Carrier"),
        Incoterm::Fas => ("Free Alongside Ship (di samping kapal)", "Free Alongside Ship"),
        Incoterm::Fob => ("Free On Board (di atas kapal)", "Free On Board"),
        Incoterm::Cfr => {
            ("Cost and Freight, dulu \"C&F/CNF\" (biaya dan ongkos angkut)", "Cost and Freight (once \"C&F/CNF\")")
        }
        Incoterm::Cif => {
            ("Cost, Insurance and Freight (biaya, asuransi, ongkos angkut)", "Cost, Insurance and Freight")
        }
        Incoterm::Cpt => ("Carriage Paid To (ongkos angkut dibayar sampai)", "Carriage Paid To"),
        Incoterm::Cip => {
            ("Carriage and Insurance Paid To (angkut dan asuransi dibayar sampai)", "Carriage and Insurance Paid To")
        }
        Incoterm::Dap => ("Delivered at Place (diserahkan di tempat tujuan)", "Delivered at Place"),
        Incoterm::Dpu => ("Delivered at Place Unloaded (diserahkan dan dibongkar)", "Delivered at Place Unloaded"),
        Incoterm::Ddp => ("Delivered Duty Paid (diserahkan, bea masuk dibayar)", "Delivered Duty Paid"),
    };
    lang.pick(id, en)
}

/// What the seller does and pays under the rule (A2, A4, A7, A9 in plain words).
pub fn seller_does(rule: Incoterm, lang: Lang) -> &'static str {
    let (id, en) = match rule {
        Incoterm::Exw => (
            "Menyiapkan barang berkemas di tempat Anda. Pembeli memuat, mengangkut, dan mengurus ekspor serta semua biaya sesudahnya.",
            "Has the packed goods ready at your premises. The buyer loads, carries and clears export, and pays everything after that."
        ),
        Incoterm::Fca => (
            "Mengurus ekspor dan membawa barang ke pengangkut pilihan pembeli di tempat yang disebut (terminal asal). Pembeli membayar angkutan utama.",
            "Clears export and brings the goods to the buyer's carrier at the named place (the departure terminal). The buyer pays the main carriage."
        ),
        Incoterm::Fas => (
            "Mengurus ekspor dan menaruh barang di samping kapal pilihan pembeli di pelabuhan muat.",
            "Clears export and places the goods alongside the buyer's ship at the port of shipment."
        ),
        Incoterm::Fob => (
            "Mengurus ekspor dan memuat barang ke atas kapal pilihan pembeli di pelabuhan muat. Pembeli membayar ongkos laut dan asuransi.",
            "Clears export and loads the goods on board the buyer's ship at the port of shipment. The buyer pays the sea freight and insurance."
        ),
        Incoterm::Cfr => (
            "Seperti FOB, ditambah membayar ongkos laut sampai pelabuhan tujuan.",
            "As FOB, and pays the sea freight to the port of destination."
        ),
        Incoterm::Cif => (
            "Seperti CFR, ditambah membeli asuransi untuk pembeli sampai pelabuhan tujuan.",
            "As CFR, and buys insurance for the buyer to the port of destination."
        ),
        Incoterm::Cpt => (
            "Mengurus ekspor, menyerahkan barang ke pengangkut yang Anda sewa, dan membayar angkutan sampai tempat tujuan.",
            "Clears export, hands the goods to a carrier you contract, and pays carriage to the named destination."
        ),
        Incoterm::Cip => (
            "Seperti CPT, ditambah membeli asuransi untuk pembeli sampai tempat tujuan.",
            "As CPT, and buys insurance for the buyer to the named destination."
        ),
        Incoterm::Dap => (
            "Membawa barang sampai tempat tujuan, siap dibongkar. Pembeli membongkar dan mengurus impor.",
            "Delivers the goods to the named destination, ready for unloading. The buyer unloads and clears import."
        ),
        Incoterm::Dpu => (
            "Seperti DAP, ditambah membongkar barang di tempat tujuan. Pembeli mengurus impor.",
            "As DAP, and unloads the goods at the named destination. The buyer clears import."
        ),
        Incoterm::Ddp => (
            "Seperti DAP, ditambah mengurus impor dan membayar bea masuk serta pajak impor di negara pembeli. Paling berat bagi penjual.",
            "As DAP, and clears import and pays the import duty and taxes in the buyer's country. The heaviest rule for the seller."
        ),
    };
    lang.pick(id, en)
}

pub fn risk_point(point: RiskPoint, lang: Lang) -> &'static str {
    let (id, en) = match point {
        RiskPoint::SellerPremises => (
            "Saat barang siap diambil di tempat Anda (belum dimuat).",
            "When the goods are ready for collection at your premises (not loaded).",
        ),
        RiskPoint::FirstCarrier => (
            "Saat barang diserahkan ke pengangkut (pertama) di tempat yang disebut.",
            "When the goods are handed to the (first) carrier at the named place.",
        ),
        RiskPoint::AlongsideShip => (
            "Saat barang berada di samping kapal di pelabuhan muat.",
            "When the goods are alongside the ship at the port of shipment.",
        ),
        RiskPoint::OnBoard => (
            "Saat barang sudah di atas kapal di pelabuhan muat, bukan di pelabuhan tujuan.",
            "When the goods are on board at the port of shipment, not at destination.",
        ),
        RiskPoint::DestinationReadyForUnloading => (
            "Di tempat tujuan, di atas kendaraan, siap dibongkar.",
            "At the named destination, on the arriving vehicle, ready for unloading.",
        ),
        RiskPoint::DestinationUnloaded => {
            ("Di tempat tujuan, setelah dibongkar.", "At the named destination, once unloaded.")
        }
    };
    lang.pick(id, en)
}

pub fn insurance_text(cell: InsuranceCell, lang: Lang) -> &'static str {
    use crate::domain::incoterms::Clauses;
    let (id, en) = match cell {
        InsuranceCell::SellerMustInsure(Clauses::C) => (
            "Penjual wajib mengasuransikan minimal klausul C (Institute Cargo Clauses), 110% dari harga, dalam mata uang kontrak.",
            "The seller must insure at least Institute Cargo Clauses (C), 110% of the price, in the contract currency."
        ),
        InsuranceCell::SellerMustInsure(Clauses::A) => (
            "Penjual wajib mengasuransikan minimal klausul A (Institute Cargo Clauses, \"all risks\"), 110% dari harga.",
            "The seller must insure at least Institute Cargo Clauses (A), \"all risks\", 110% of the price."
        ),
        InsuranceCell::NoDutyRiskOn(Payer::Buyer) => (
            "Tidak ada kewajiban asuransi. Pembeli menanggung risiko dalam perjalanan utama, jadi pembeli yang biasanya mengasuransikan.",
            "No one must insure. The buyer bears the risk on the main carriage, so the buyer usually insures."
        ),
        InsuranceCell::NoDutyRiskOn(Payer::Seller) => (
            "Tidak ada kewajiban asuransi. Penjual menanggung risiko sampai tujuan, jadi sebaiknya penjual mengasuransikan.",
            "No one must insure. The seller bears the risk to the destination, so the seller should insure."
        ),
    };
    lang.pick(id, en)
}

pub fn cost_item(item: CostItem, lang: Lang) -> &'static str {
    let (id, en) = match item {
        CostItem::GoodsAndPacking => ("Barang dan kemasan ekspor", "Goods and export packing"),
        CostItem::LoadingAtOrigin => ("Muat di tempat penjual", "Loading at the seller's premises"),
        CostItem::InlandToTerminal => ("Angkutan ke terminal/pelabuhan", "Transport to the terminal or port"),
        CostItem::ExportClearance => ("Urusan ekspor (PEB)", "Export clearance (PEB)"),
        CostItem::AlongsideShip => ("Ke samping kapal (dermaga)", "Alongside the ship (quay)"),
        CostItem::OriginTerminalHandling => ("THC asal, muat ke kapal", "Origin handling, loading on board"),
        CostItem::MainFreight => ("Ongkos angkut utama", "Main freight"),
        CostItem::Insurance => ("Asuransi", "Insurance"),
        CostItem::DestinationTerminal => {
            ("THC tujuan, bongkar dari kapal", "Destination handling, unloading from the carrier")
        }
        CostItem::OnCarriage => ("Angkutan lanjutan ke tempat tujuan", "On-carriage to the named place"),
        CostItem::UnloadingAtPlace => ("Bongkar di tempat tujuan", "Unloading at the named place"),
        CostItem::ImportClearance => ("Urusan impor", "Import clearance"),
        CostItem::ImportDutiesAndTaxes => ("Bea masuk dan pajak impor", "Import duty and taxes"),
    };
    lang.pick(id, en)
}

/// All texts of this module's functions, for the completeness test.
pub fn catalogue() -> Vec<(&'static str, &'static str)> {
    let both = |f: &dyn Fn(Lang) -> &'static str| (f(Lang::Id), f(Lang::En));
    let mut out = Vec::new();
    for field in Field::ALL {
        out.push(both(&|l| field_label(field, l)));
    }
    for rule in Incoterm::ALL {
        out.push(both(&|l| rule_name(rule, l)));
        out.push(both(&|l| seller_does(rule, l)));
        out.push(both(&|l| risk_point(crate::domain::incoterms::risk_transfer(rule), l)));
        out.push(both(&|l| insurance_text(crate::domain::incoterms::insurance_cell(rule), l)));
    }
    for item in CostItem::ALL {
        out.push(both(&|l| cost_item(item, l)));
    }
    for mode in TransportMode::ALL {
        out.push(both(&|l| mode_name(mode, l)));
    }
    out
}
