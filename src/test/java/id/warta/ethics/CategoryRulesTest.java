package id.warta.ethics;

import id.warta.domain.EthicsCategory;
import id.warta.domain.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static id.warta.domain.EthicsCategory.ACCESSIBILITY;
import static id.warta.domain.EthicsCategory.CLASSIFIED;
import static id.warta.domain.EthicsCategory.CLARIFICATION_FORMAT;
import static id.warta.domain.EthicsCategory.DEFAMATION;
import static id.warta.domain.EthicsCategory.EMERGENCY_WORDING;
import static id.warta.domain.EthicsCategory.GAMBLING_SCAM;
import static id.warta.domain.EthicsCategory.HOAX_UNVERIFIED;
import static id.warta.domain.EthicsCategory.INDECENCY;
import static id.warta.domain.EthicsCategory.INSULT_PROFANITY;
import static id.warta.domain.EthicsCategory.LINK_HYGIENE;
import static id.warta.domain.EthicsCategory.MISSING_SOURCE;
import static id.warta.domain.EthicsCategory.PARTISAN;
import static id.warta.domain.EthicsCategory.PERSONAL_DATA;
import static id.warta.domain.EthicsCategory.SARA_HATE;
import static id.warta.domain.EthicsCategory.TIMEZONE_MISSING;
import static id.warta.domain.EthicsCategory.VIOLENCE_RADICAL;
import static org.assertj.core.api.Assertions.assertThat;

/** One positive and the reference's hard negatives per category, in words not taken from the sample. */
class CategoryRulesTest {
    private final EthicsChecker checker = TestPacks.checker();

    static Stream<Arguments> positives() {
        return Stream.of(
                Arguments.of(PERSONAL_DATA, "Data penerima: Ibu Warsini, NIK 3201234506780003, Desa Cikole."),
                Arguments.of(PERSONAL_DATA, "Info lomba hubungi Mas Bagus 0812 3456 7890 ya."),
                Arguments.of(PERSONAL_DATA, "Selamat kepada Bapak Joko, rumahnya di Gg. Mawar No. 3 RT 05/RW 01 kini sudah teraliri listrik."),
                Arguments.of(PERSONAL_DATA, "Doakan kesembuhan Ibu Sri Wahyuni, pasien HIV yang kini dirawat di RSUD."),
                Arguments.of(PARTISAN, "Besok jangan lupa coblos nomor 3 ya warga!"),
                Arguments.of(PARTISAN, "Salam dua jari untuk kemajuan kota kita!"),
                Arguments.of(PARTISAN, "Terima kasih Bupati, lanjutkan dua periode!"),
                Arguments.of(SARA_HATE, "Dasar cina, bikin harga naik terus."),
                Arguments.of(SARA_HATE, "Pendatang itu memang jorok, usir saja mereka dari kampung."),
                Arguments.of(HOAX_UNVERIFIED, "Kabarnya air PDAM tercemar, sebarkan ke grup keluarga!"),
                Arguments.of(HOAX_UNVERIFIED, "Ramuan ini dijamin sembuh dalam tiga hari."),
                Arguments.of(CLASSIFIED, "RAHASIA: daftar mutasi pejabat bulan depan."),
                Arguments.of(CLASSIFIED, "Ini bocoran hasil seleksi CPNS, jangan disebar dulu ya."),
                Arguments.of(CLASSIFIED, "Razia gabungan akan digelar besok malam di Jl. Veteran."),
                Arguments.of(INSULT_PROFANITY, "Pengendara yang parkir di trotoar itu memang bego."),
                Arguments.of(INSULT_PROFANITY, "Dasar babi, kerjanya cuma merusak taman."),
                Arguments.of(INSULT_PROFANITY, "Goblooook banget yang nyalain petasan di masjid."),
                Arguments.of(DEFAMATION, "Lurah Sukamaju, Pak Darto, itu koruptor dana desa."),
                Arguments.of(DEFAMATION, "Akun @budi_real itu penyebar hoaks, jangan dipercaya!"),
                Arguments.of(MISSING_SOURCE, "Angka kemiskinan turun jadi 7,2% tahun ini!"),
                Arguments.of(MISSING_SOURCE, "Investasi daerah mencapai Rp3,4 triliun, terbesar se-provinsi."),
                Arguments.of(INDECENCY, "Open BO hubungi admin."),
                Arguments.of(GAMBLING_SCAM, "Main togel online di sini, maxwin tiap hari."),
                Arguments.of(GAMBLING_SCAM, "Bosan judi biasa? Slot gacor maxwin malam ini, daftar sekarang."),
                Arguments.of(HOAX_UNVERIFIED, "Awas, katanya besok ada pemadaman total se-kabupaten. Sebarkan!"),
                Arguments.of(DEFAMATION, "Bidan R dari Puskesmas Sukarame itu penipu, uang persalinan dimakan sendiri."),
                Arguments.of(MISSING_SOURCE, "Bantuan senilai Rp2 miliar disalurkan, angka kemiskinan turun 12 persen!"),
                Arguments.of(GAMBLING_SCAM, "Selamat, Anda pemenang undian! Kirim biaya admin Rp50.000 untuk pencairan hadiah."),
                Arguments.of(VIOLENCE_RADICAL, "Kalau mereka datang lagi, habisi saja orangnya."),
                Arguments.of(ACCESSIBILITY, "SEGERA DAFTARKAN ANAK ANDA UNTUK IMUNISASI CAMPAK GRATIS MINGGU INI JUGA"),
                Arguments.of(LINK_HYGIENE, "Formulir pendaftaran: http://daftar-bansos.xyz/form"),
                Arguments.of(LINK_HYGIENE, "Isi survei di s.id/SurveiLayanan"),
                Arguments.of(TIMEZONE_MISSING, "Webinar literasi digital Kamis pukul 13.00 lewat Zoom."),
                Arguments.of(EMERGENCY_WORDING, "Kiamat sudah dekat, gempa besar akan terjadi malam ini!"),
                Arguments.of(CLARIFICATION_FORMAT, "Beredar kabar sekolah libur sebulan. Kabar itu tidak benar."));
    }

    static Stream<Arguments> hardNegatives() {
        return Stream.of(
                Arguments.of(PERSONAL_DATA, "Hubungi call center 0811-2222-3333 untuk pengaduan layanan air."),
                Arguments.of(GAMBLING_SCAM, "Tolak perjudian! Slot gacor dan togel menghancurkan ekonomi keluarga."),
                Arguments.of(INSULT_PROFANITY, "Ejekan seperti \"tolol\" bisa melukai teman. Jangan biarkan terjadi di kelas."),
                Arguments.of(CLASSIFIED, "Laporkan pungli ke lapor.go.id, kerahasiaan identitas pelapor kami jaga."),
                Arguments.of(MISSING_SOURCE, "Polres menyita barang bukti senilai Rp450 juta dari gudang tersebut."),
                Arguments.of(PERSONAL_DATA, "Masa sanggah 14-03-2026 s.d. 11-04-2026 melalui laman resmi."),
                Arguments.of(PERSONAL_DATA, "NIK pemohon disamarkan: 3578 99xx xxxx 0001."),
                Arguments.of(PERSONAL_DATA, "Posyandu di Balai RW 05 RT 03/RW 05 buka setiap Selasa."),
                Arguments.of(PERSONAL_DATA, "Darurat? Telepon 112 atau 110, gratis 24 jam."),
                Arguments.of(PERSONAL_DATA, "Kecelakaan di KM 57 tol, PP 10/2023 mengatur ganti rugi."),
                Arguments.of(PERSONAL_DATA, "Donasi ke rekening BRI 0123-01-000111-50-9 a.n. BAZNAS Kabupaten."),
                Arguments.of(PARTISAN, "KPU mengimbau pemilih datang ke TPS dan coblos surat suara sesuai pilihan masing-masing."),
                Arguments.of(PARTISAN, "Kampanye imunisasi campak dimulai Senin."),
                Arguments.of(PARTISAN, "Bayar PBB tepat waktu, dukung pembangunan desa!"),
                Arguments.of(PARTISAN, "Penandatanganan PKS antara Pemkab dan universitas."),
                Arguments.of(PARTISAN, "Mari dukung UMKM lokal di festival akhir pekan."),
                Arguments.of(SARA_HATE, "Selamat merayakan Imlek bagi warga Tionghoa."),
                Arguments.of(SARA_HATE, "Pelatihan tenaga kerja asing bersertifikat di BLK."),
                Arguments.of(SARA_HATE, "Dua pendaki tersesat berhasil dievakuasi."),
                Arguments.of(SARA_HATE, "Ganyang narkoba dari sekolah kita!"),
                Arguments.of(SARA_HATE, "Laporkan cacat produk ke layanan konsumen."),
                Arguments.of(HOAX_UNVERIFIED, "[HOAKS] Beredar pesan bahwa air PDAM beracun. Faktanya, hasil uji lab normal. Info: pdam.go.id"),
                Arguments.of(HOAX_UNVERIFIED, "Konon, gua ini dulu tempat bertapa para raja."),
                Arguments.of(HOAX_UNVERIFIED, "Cara ampuh cegah diare: cuci tangan pakai sabun."),
                Arguments.of(HOAX_UNVERIFIED, "Pengobatan TBC dijamin BPJS Kesehatan."),
                Arguments.of(HOAX_UNVERIFIED, "Viralkan gerakan menanam pohon di lingkunganmu!"),
                Arguments.of(HOAX_UNVERIFIED, "Beredar uang rupiah emisi baru mulai bulan ini. Bagikan info ini ke keluarga."),
                Arguments.of(HOAX_UNVERIFIED, "Kata Kepala BMKG, Budi katanya akan hadir memberi penjelasan."),
                Arguments.of(HOAX_UNVERIFIED, "Penyebab kebakaran belum dapat dipastikan; tim masih menyelidiki."),
                Arguments.of(CLASSIFIED, "Rahasia dapur bergizi ala kader PKK."),
                Arguments.of(CLASSIFIED, "Sudah rahasia umum bahwa sarapan penting."),
                Arguments.of(CLASSIFIED, "Pemilu berasas langsung, umum, bebas, rahasia."),
                Arguments.of(CLASSIFIED, "Kuota terbatas, segera daftar!"),
                Arguments.of(CLASSIFIED, "Operasi pasar murah besok di Kecamatan Barat."),
                Arguments.of(CLASSIFIED, "Pipa PDAM bocor di Jl. Merdeka, petugas sedang memperbaiki."),
                Arguments.of(INSULT_PROFANITY, "Jangan mau dibodohi penipu yang mengaku petugas."),
                Arguments.of(INSULT_PROFANITY, "Vaksinasi rabies gratis untuk anjing dan kucing."),
                Arguments.of(INSULT_PROFANITY, "Waspada demam babi Afrika di peternakan."),
                Arguments.of(INSULT_PROFANITY, "Periksa tahi lalat yang berubah warna."),
                Arguments.of(INSULT_PROFANITY, "Cukup bawa KTP ke pantai, asuransi wisata gratis."),
                Arguments.of(INSULT_PROFANITY, "Hindari kata \"goblok\" dan \"bego\" di sekolah. Stop perundungan!"),
                Arguments.of(DEFAMATION, "Mari cegah korupsi sejak dini."),
                Arguments.of(DEFAMATION, "Waspada penipuan mengatasnamakan pegawai pajak."),
                Arguments.of(DEFAMATION, "Kejari menetapkan tersangka berinisial RS dalam perkara korupsi, berdasarkan putusan praperadilan."),
                Arguments.of(MISSING_SOURCE, "Layanan ini 100% gratis!"),
                Arguments.of(MISSING_SOURCE, "Pendaftaran dibuka untuk 312 TPS di 12 kecamatan."),
                Arguments.of(MISSING_SOURCE, "Inflasi turun ke 2,1% (Sumber: BPS, Juli 2026)."),
                Arguments.of(MISSING_SOURCE, "Tiket masuk Rp25 ribu, anak-anak Rp10 ribu."),
                Arguments.of(MISSING_SOURCE, "Gunung Merapi berstatus Level III (Siaga). Tim kami juara 2 lomba."),
                Arguments.of(GAMBLING_SCAM, "Stop judol! Laporkan situs judi ke aduankonten.id"),
                Arguments.of(VIOLENCE_RADICAL, "Jangan bakar sampah sembarangan."),
                Arguments.of(ACCESSIBILITY, "Vaksin GRATIS untuk lansia di puskesmas terdekat."),
                Arguments.of(LINK_HYGIENE, "Info lengkap di https://kemkes.go.id dan aduankonten.id"),
                Arguments.of(TIMEZONE_MISSING, "Posko mudik buka 24 jam. Damai di bumi (Lukas 2:14)."),
                Arguments.of(TIMEZONE_MISSING, "Senam sehat pukul 06.30 WITA di alun-alun."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("positives")
    void findsTheCategory(EthicsCategory category, String text) {
        List<Finding> findings = checker.check(text, CheckContext.EMPTY);

        assertThat(findings).extracting(Finding::category).contains(category);
    }

    @ParameterizedTest(name = "not {0}: {1}")
    @MethodSource("hardNegatives")
    void staysQuietOnTraps(EthicsCategory category, String text) {
        List<Finding> findings = checker.check(text, CheckContext.EMPTY);

        assertThat(findings).filteredOn(f -> f.category() == category).isEmpty();
    }
}
