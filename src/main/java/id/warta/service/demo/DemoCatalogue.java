package id.warta.service.demo;

import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.ContentType;

import java.util.List;

/**
 * The fixed cast of the demo: three fictional agencies, their accounts and campaigns. Every name,
 * region, handle, domain and number here is invented; none refers to a real office or person.
 */
final class DemoCatalogue {
    private DemoCatalogue() {
    }

    /** One of a client's accounts. */
    record AccountProfile(Channel channel, String handle, String displayName) {
    }

    /** A campaign, dated relative to the demo's "today". */
    record CampaignProfile(String key, String name, int startOffset, int endOffset, List<String> hashtags) {
    }

    /**
     * A client with what its texts need: the places and venues it talks about, its official contacts and the
     * content types it publishes (greetings are placed on observance days, not drawn from this list).
     *
     * @param nikProvince two-digit province code used when a flagged demo text needs a NIK-shaped number
     * @param closings    sign-off lines appended to some posts (an empty string means none)
     */
    record ClientProfile(String key, String name, String shortName, AccountZone zone, String website,
                         String waCenter, String email, List<String> places, List<String> venues,
                         List<String> hashtags, List<ContentType> contentTypes, List<AccountProfile> accounts,
                         List<CampaignProfile> campaigns, int nikProvince, List<String> closings) {
    }

    static final String HEALTH = "dinkes";
    static final String DISASTER = "bpbd";
    static final String DIGITAL = "lpd";

    static List<ClientProfile> clients() {
        return List.of(health(), disaster(), digital());
    }

    private static ClientProfile health() {
        return new ClientProfile(HEALTH, "Dinas Kesehatan Kabupaten Tanjung Kasuari", "Dinkes Tanjung Kasuari",
                AccountZone.WIT, "dinkes.tanjungkasuarikab.go.id", "0811-0000-4021",
                "humas@dinkes.tanjungkasuarikab.go.id",
                List.of("Distrik Waimanu", "Distrik Sorenda", "Distrik Teluk Arwana", "Distrik Kasuari Hulu",
                        "Distrik Yomber", "Distrik Mamberi Selatan", "Kampung Sawinggrai Baru", "Kampung Orkeri"),
                List.of("Puskesmas Waimanu", "Puskesmas Teluk Arwana", "Posyandu Kampung Orkeri",
                        "Pustu Kampung Yomber", "RSUD Tanjung Kasuari", "Puskesmas Sorenda"),
                List.of("#DinkesTanjungKasuari", "#KasuariSehat"),
                List.of(ContentType.EDUCATIONAL, ContentType.INFOGRAPHIC, ContentType.VIDEO, ContentType.LIVE,
                        ContentType.QA_WEBINAR, ContentType.ANNOUNCEMENT, ContentType.SINGLE_NARRATIVE,
                        ContentType.HOAX_CLARIFICATION, ContentType.EMERGENCY, ContentType.EDUCATIONAL,
                        ContentType.ANNOUNCEMENT, ContentType.INFOGRAPHIC),
                List.of(new AccountProfile(Channel.INSTAGRAM, "@dinkes.tanjungkasuari", "Dinkes Tanjung Kasuari"),
                        new AccountProfile(Channel.FACEBOOK, "dinkestanjungkasuari",
                                "Dinas Kesehatan Kab. Tanjung Kasuari"),
                        new AccountProfile(Channel.WHATSAPP_CHANNEL, "Info Sehat Tanjung Kasuari",
                                "Saluran WhatsApp Info Sehat Tanjung Kasuari"),
                        new AccountProfile(Channel.TIKTOK, "@sehat.tanjungkasuari", "Sehat Tanjung Kasuari")),
                List.of(new CampaignProfile("imunisasi", "Gerakan Imunisasi Kejar Tanjung Kasuari", -50, 25,
                                List.of("#ImunisasiKejar", "#AnakSehatKasuari")),
                        new CampaignProfile("malaria", "Kasuari Bebas Malaria dan DBD", -20, 60,
                                List.of("#CegahMalaria", "#BerantasDBD")),
                        new CampaignProfile("gizi", "Pekan Gizi Posyandu", -10, 15,
                                List.of("#IsiPiringku", "#CegahStunting"))),
                94, List.of("", "", "Salam sehat dari Tanjung Kasuari! 💚", "Sehat itu hak semua warga, ayo ke posyandu.",
                        "Ada pertanyaan? Hubungi WA Center Dinkes {wa}.", "Bersama kita wujudkan Tanjung Kasuari sehat.",
                        "Tabea, salam sehat."));
    }

    private static ClientProfile disaster() {
        return new ClientProfile(DISASTER, "Badan Penanggulangan Bencana Daerah Provinsi Nusa Lestari",
                "BPBD Nusa Lestari", AccountZone.WITA, "bpbd.nusalestariprov.go.id", "0811-0000-7117",
                "pusdalops@bpbd.nusalestariprov.go.id",
                List.of("Kabupaten Lembah Sari", "Kota Bandar Lestari", "Kabupaten Pesisir Selaras",
                        "Kabupaten Gunung Kenari", "Kabupaten Teluk Damar", "Kecamatan Lawe Hilir"),
                List.of("Balai Desa Lawe Hilir", "Posko Terpadu Bandar Lestari", "SD Negeri 3 Teluk Damar",
                        "Lapangan Merdeka Pesisir Selaras", "Aula Kantor BPBD Nusa Lestari"),
                List.of("#BPBDNusaLestari", "#SiagaBencana"),
                List.of(ContentType.EDUCATIONAL, ContentType.INFOGRAPHIC, ContentType.VIDEO, ContentType.LIVE,
                        ContentType.ANNOUNCEMENT, ContentType.EMERGENCY, ContentType.HOAX_CLARIFICATION,
                        ContentType.PRESS_RELEASE, ContentType.EDUCATIONAL, ContentType.EMERGENCY),
                List.of(new AccountProfile(Channel.X, "@bpbd_nusalestari", "BPBD Prov. Nusa Lestari"),
                        new AccountProfile(Channel.INSTAGRAM, "@bpbd.nusalestari", "BPBD Nusa Lestari"),
                        new AccountProfile(Channel.YOUTUBE, "@bpbdnusalestari", "BPBD Nusa Lestari TV"),
                        new AccountProfile(Channel.FACEBOOK, "bpbdnusalestari", "BPBD Provinsi Nusa Lestari")),
                List.of(new CampaignProfile("siaga", "Siaga Banjir dan Longsor Musim Hujan", -45, 45,
                                List.of("#SiagaBanjir", "#KenaliRisikonya")),
                        new CampaignProfile("sekolah", "Satuan Pendidikan Aman Bencana", -10, 40,
                                List.of("#SekolahAmanBencana")),
                        new CampaignProfile("tsunami", "Simulasi Evakuasi Tsunami Pesisir Selaras", 5, 50,
                                List.of("#SiapEvakuasi", "#PesisirTangguh"))),
                52, List.of("", "", "Salam tangguh! 💪", "Kenali bahayanya, kurangi risikonya.",
                        "Laporan kejadian bencana: Pusdalops BPBD, WA {wa} (24 jam).",
                        "Informasi resmi hanya dari kanal BPBD dan BMKG.", "Siap untuk selamat!"));
    }

    private static ClientProfile digital() {
        return new ClientProfile(DIGITAL, "Direktorat Layanan Publik Digital, Kementerian Tata Layanan Warga",
                "Dit. Layanan Publik Digital", AccountZone.WIB, "layanandigital.kemtlw.go.id", "0811-0000-1500",
                "pengaduan@layanandigital.kemtlw.go.id",
                List.of("Kota Karang Jati", "Kabupaten Sendang Arum", "Kota Banyu Wangsa", "Kabupaten Tegal Sari Wetan",
                        "Kota Muara Pinang"),
                List.of("Mal Pelayanan Publik Karang Jati", "Gedung Layanan Terpadu Banyu Wangsa",
                        "Mal Pelayanan Publik Muara Pinang", "Kantor Kecamatan Sendang Arum"),
                List.of("#LayananPublikDigital", "#KemenTLW"),
                List.of(ContentType.EDUCATIONAL, ContentType.INFOGRAPHIC, ContentType.VIDEO, ContentType.QA_WEBINAR,
                        ContentType.ANNOUNCEMENT, ContentType.PRESS_RELEASE, ContentType.SINGLE_NARRATIVE,
                        ContentType.HOAX_CLARIFICATION, ContentType.EDUCATIONAL, ContentType.ANNOUNCEMENT),
                List.of(new AccountProfile(Channel.X, "@layanandigital_tlw", "Layanan Publik Digital"),
                        new AccountProfile(Channel.THREADS, "@layanandigital.tlw", "Layanan Publik Digital"),
                        new AccountProfile(Channel.LINKEDIN, "direktorat-layanan-publik-digital-tlw",
                                "Direktorat Layanan Publik Digital"),
                        new AccountProfile(Channel.WEBSITE, "layanandigital.kemtlw.go.id", "Portal Layanan Digital"),
                        new AccountProfile(Channel.PRESS_RELEASE, "Siaran Pers Dit. LPD",
                                "Siaran Pers Direktorat Layanan Publik Digital")),
                List.of(new CampaignProfile("literasi", "Cek Dulu Sebelum Bagikan", -60, 30,
                                List.of("#CekDuluSebelumBagikan", "#LawanHoaks")),
                        new CampaignProfile("identitas", "Layanan Kartu Warga Digital", -30, 45,
                                List.of("#KartuWargaDigital")),
                        new CampaignProfile("survei", "Survei Kepuasan Layanan Publik", 0, 40,
                                List.of("#SuaraWarga", "#SurveiLayanan"))),
                35, List.of("", "", "Layanan publik makin dekat, makin mudah. 🙌", "Cek dulu sebelum bagikan!",
                        "Informasi resmi: https://{situs}", "Aduan dan saran: {email}",
                        "Data pribadimu, tanggung jawab kita bersama."));
    }
}
