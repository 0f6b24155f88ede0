package id.warta.service.demo;

import static id.warta.domain.ContentType.ANNOUNCEMENT;
import static id.warta.domain.ContentType.EDUCATIONAL;
import static id.warta.domain.ContentType.EMERGENCY;
import static id.warta.domain.ContentType.INFOGRAPHIC;
import static id.warta.domain.ContentType.SINGLE_NARRATIVE;
import static id.warta.service.demo.PostTemplate.of;

import java.util.List;

/**
 * Drafts that break the ethics rules on purpose, so the demo shows findings in the editor and the review queue.
 * Each names the problem it carries; every person, party, candidate and number is invented.
 */
final class FlaggedTemplates {
    private FlaggedTemplates() {
    }

    private static final String H = DemoCatalogue.HEALTH;
    private static final String B = DemoCatalogue.DISASTER;
    private static final String D = DemoCatalogue.DIGITAL;

    static List<PostTemplate> all() {
        return List.of(
                // personal data: a citizen's NIK
                of(H, ANNOUNCEMENT, "gizi", "Penerima Makanan Tambahan Balita {tempat}", """
                        Selamat kepada keluarga penerima paket makanan tambahan balita bulan ini: Ibu Ester \
                        Sarawandi Marewai, NIK {nik}, warga {tempat}. Paket dapat diambil di {fasilitas} dengan \
                        membawa kartu keluarga.""", null),
                // personal data: health fact + home address with RT/RW
                of(H, EDUCATIONAL, null, "Kunjungan Rumah Pasien TBC", """
                        Petugas puskesmas mengunjungi rumah Bapak Yakob Merauwi di Jl. Cenderawasih Gg. Mawar \
                        No. 17 RT 03/RW 05, {tempat}, yang positif TBC. Tetangga diminta menjaga jarak dan \
                        melapor bila beliau keluar rumah.""", "Foto rumah pasien dengan nomor rumah terlihat"),
                // unverified miracle cure, chain message
                of(H, EDUCATIONAL, "malaria", "Ramuan Kampung Sembuhkan Malaria", """
                        Info dari grup sebelah: rebusan akar kayu kuning dicampur daun pepaya 100% ampuh dan \
                        dijamin sembuh dari malaria dalam tiga hari, tidak perlu lagi minum obat dari puskesmas. \
                        Wajib share ke semua keluarga di {tempat}!""", null),
                // unsourced statistics and superlatives
                of(H, INFOGRAPHIC, "malaria", "Kasus DBD Melonjak Tajam", """
                        Kasus DBD di Kabupaten Tanjung Kasuari naik 300 persen dibanding bulan lalu dan menjadi \
                        yang tertinggi se-provinsi. 8 dari 10 rumah di {tempat} ditemukan jentik nyamuk. Segera \
                        lakukan 3M Plus!""", "Grafik batang kasus DBD berwarna merah"),
                // private mobile number of a named volunteer
                of(H, ANNOUNCEMENT, "imunisasi", "Daftar Imunisasi Kejar lewat Kader", """
                        Untuk pendaftaran imunisasi kejar di {tempat}, silakan hubungi langsung Mama Ruth \
                        Kapisa Wonda (kader) di nomor pribadinya {hp}, bisa telepon atau WA kapan saja.""", null),
                // hoax: disaster prediction, chain message, panic wording
                of(B, EMERGENCY, "tsunami", "Gempa Besar Diprediksi Pekan Depan", """
                        Katanya dari orang dalam, akan terjadi gempa besar dan tsunami di pesisir {tempat} minggu \
                        depan. Belum bisa dipastikan, tapi sebarkan sebelum dihapus! Warga pesisir sebaiknya lari \
                        sekarang juga ke bukit.""", null),
                // insult aimed at citizens
                of(B, EDUCATIONAL, "siaga", "Warga Bandel Buang Sampah ke Sungai", """
                        Banjir lagi, banjir lagi. Warga bantaran sungai di {tempat} yang masih buang sampah ke \
                        kali memang goblok dan kampungan. Sudah dibilang berkali-kali tetap saja tidak mengerti.""",
                        "Tumpukan sampah plastik di pintu air"),
                // partisan: thanks a named candidate and calls to vote
                of(B, ANNOUNCEMENT, "siaga", "Bantuan Logistik dari Calon Bupati", """
                        Terima kasih kepada Bapak Hendra Purnawangsa, calon bupati nomor urut 2 dari Partai \
                        Harapan Nusa Raya, atas bantuan terpal dan beras untuk pengungsi di {fasilitas}. Mari \
                        dukung paslon nomor 2 di Pilkada nanti supaya penanganan bencana di {tempat} makin cepat! \
                        #LanjutkanHendra""", "Calon bupati berfoto dengan petugas BPBD berseragam"),
                // classified: leaked internal memo
                of(B, ANNOUNCEMENT, "siaga", "Rencana Relokasi Warga {tempat}", """
                        SANGAT RAHASIA: bocoran nota dinas hasil rapat internal kemarin, warga {tempat} akan \
                        direlokasi ke lahan baru setelah musim hujan. Belum diumumkan resmi, jadi jangan disebar \
                        dulu ya.""", null),
                // personal data: NIK + address in a "sample" form
                of(D, EDUCATIONAL, "identitas", "Contoh Pengisian Formulir Kartu Warga", """
                        Contoh pengisian formulir yang benar:
                        Nama: Sekar Ayuningtyas Wirapati
                        NIK: {nik}
                        Alamat: Jl. Flamboyan Blok C2 No. 9 RT 04/RW 11, {tempat}
                        Nomor HP: {hp}
                        Pastikan data sama persis dengan kartu identitas.""", null),
                // defamation of an identifiable official without legal basis
                of(D, EDUCATIONAL, "literasi", "Stop Calo Layanan di {fasilitas}", """
                        Kepala Seksi Pelayanan di {fasilitas}, Pak Bambang W., jelas-jelas terima setoran dari \
                        calo. Koruptor seperti ini harus segera dipecat! Warga jangan mau dilayani oleh dia.""",
                        null),
                // unsourced statistics and superlatives in a government narrative
                of(D, SINGLE_NARRATIVE, "survei", "Layanan Digital Kita Terbaik", """
                        Indeks layanan digital kita naik 45% tahun ini dan menjadi yang terbaik se-Asia Tenggara. \
                        Sebanyak 9 dari 10 warga {tempat} puas dengan PINTU Layanan, dan waktu tunggu turun \
                        3 kali lipat!""", "Grafik naik berwarna hijau"),
                // scam: fee to a private bank account
                of(D, ANNOUNCEMENT, "identitas", "Aktivasi Kilat Kartu Warga Digital", """
                        Ingin aktivasi Kartu Warga Digital tanpa antre? Transfer biaya admin Rp50.000 ke rekening \
                        BRI 0000-01-234567-50-1 a.n. Rudolf Sumanti, lalu kirim foto KTP ke {hp}. Kuota terbatas, \
                        khusus warga {tempat}!""", null)
        );
    }
}
