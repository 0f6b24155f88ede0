package id.warta.service.demo;

import static id.warta.domain.ContentType.ANNOUNCEMENT;
import static id.warta.domain.ContentType.EDUCATIONAL;
import static id.warta.domain.ContentType.EMERGENCY;
import static id.warta.domain.ContentType.HOAX_CLARIFICATION;
import static id.warta.domain.ContentType.INFOGRAPHIC;
import static id.warta.domain.ContentType.LIVE;
import static id.warta.domain.ContentType.QA_WEBINAR;
import static id.warta.domain.ContentType.SINGLE_NARRATIVE;
import static id.warta.domain.ContentType.VIDEO;
import static id.warta.service.demo.PostTemplate.of;

import java.util.List;

/** Texts of the fictional district health office (WIT). */
final class HealthTemplates {
    private HealthTemplates() {
    }

    private static final String K = DemoCatalogue.HEALTH;

    static List<PostTemplate> all() {
        return List.of(
                of(K, EDUCATIONAL, "imunisasi", "Imunisasi Kejar: Tidak Ada Kata Terlambat", """
                        Mama, Bapa, sudahkah imunisasi si kecil lengkap? 💉

                        Imunisasi kejar diberikan untuk anak yang terlewat jadwal imunisasi dasar. Petugas akan \
                        mencocokkan buku KIA anak dan memberikan dosis yang masih kurang, jadi tidak ada kata terlambat.

                        Bawa buku KIA ke {fasilitas} pada hari layanan. Imunisasi di puskesmas dan posyandu tidak \
                        dipungut biaya.

                        Info lengkap: https://{situs}/imunisasi""",
                        "Petugas puskesmas memeriksa buku KIA seorang balita yang dipangku ibunya", "#BukuKIA"),
                of(K, EDUCATIONAL, "malaria", "3M Plus Cegah DBD di {tempat}", """
                        Musim hujan, waktunya 3M Plus! 🦟

                        1. Menguras tempat penampungan air seminggu sekali
                        2. Menutup rapat drum dan tempayan
                        3. Mendaur ulang barang bekas yang bisa menampung air
                        Plus: tidur memakai kelambu, memakai lotion antinyamuk, dan menanam tanaman pengusir nyamuk.

                        Demam tinggi dua hari tidak turun? Segera periksa ke {fasilitas}. Pemeriksaan gratis \
                        untuk warga {tempat}.""",
                        "Warga {tempat} menguras bak mandi dan menutup drum air bersama kader jumantik"),
                of(K, EDUCATIONAL, "malaria", "Tidur Pakai Kelambu, Malaria Menjauh", """
                        Nyamuk Anopheles menggigit pada malam hari. Karena itu, kelambu berinsektisida adalah \
                        pelindung terbaik keluarga saat tidur.

                        ✅ Pasang kelambu setiap malam, juga untuk anak dan ibu hamil
                        ✅ Selipkan ujung kelambu di bawah kasur
                        ✅ Jangan cuci kelambu terlalu sering agar insektisidanya tetap bekerja

                        Kelambu belum ada atau sudah robek? Minta ke kader kampung atau ke {fasilitas}.""",
                        "Seorang mama memasang kelambu biru di atas tempat tidur anak"),
                of(K, EDUCATIONAL, "gizi", "Isi Piringku ala {tempat}", """
                        Makan bergizi tidak harus mahal. Pangan lokal kita kaya gizi! 🐟🥬

                        Setengah piring sayur dan buah: daun gedi, kangkung, pepaya, pisang.
                        Sepertiga piring makanan pokok: sagu, ubi, keladi atau nasi.
                        Sisanya lauk: ikan kuah kuning, telur, tahu dan tempe.

                        Timbang balita setiap bulan di posyandu. Kader di {fasilitas} siap membantu menyusun \
                        menu anak sesuai usianya.""",
                        "Piring berisi papeda, ikan kuah kuning, sayur daun gedi dan potongan pepaya", "#PanganLokal"),
                of(K, INFOGRAPHIC, "imunisasi", "Jadwal Imunisasi Dasar Lengkap", """
                        Simpan dan bagikan jadwal imunisasi dasar berikut 📌

                        • 0 bulan: Hepatitis B (HB-0)
                        • 1 bulan: BCG dan Polio 1
                        • 2 bulan: DPT-HB-Hib 1, Polio 2, PCV 1, Rotavirus 1
                        • 3 bulan: DPT-HB-Hib 2, Polio 3, PCV 2, Rotavirus 2
                        • 4 bulan: DPT-HB-Hib 3, Polio 4, IPV 1, Rotavirus 3
                        • 9 bulan: Campak-Rubela (MR) dan IPV 2

                        Jadwal bisa disesuaikan petugas bila anak terlambat.
                        Sumber: Petunjuk teknis imunisasi, Dinas Kesehatan Kabupaten Tanjung Kasuari""",
                        "Infografis tabel jadwal imunisasi dasar bayi usia 0 sampai 9 bulan"),
                of(K, INFOGRAPHIC, "malaria", "Kenali Gejala Malaria", """
                        Waspadai gejala malaria berikut:
                        🌡️ Demam naik turun
                        🥶 Menggigil lalu berkeringat
                        🤕 Sakit kepala, mual, badan lemas

                        Periksa darah di puskesmas atau pustu terdekat; tes dan obat malaria gratis. Minum obat \
                        sampai habis sesuai anjuran petugas.

                        Sumber: Pedoman tata laksana malaria, Kementerian Kesehatan""",
                        "Infografis tiga gejala utama malaria dengan ikon termometer, selimut dan kepala"),
                of(K, INFOGRAPHIC, null, "Alur Layanan Rawat Jalan {fasilitas}", """
                        Berobat lebih tertib dengan alur berikut:
                        1️⃣ Ambil nomor antrean di anjungan atau lewat WA Center
                        2️⃣ Pendaftaran: tunjukkan kartu JKN atau KTP
                        3️⃣ Pemeriksaan di poli tujuan
                        4️⃣ Ambil obat di apotek

                        Jam layanan Senin–Jumat pukul 08.00–14.00 {zona}, Sabtu pukul 08.00–11.00 {zona}.
                        Sumber: Standar pelayanan {fasilitas}""",
                        "Diagram empat langkah alur rawat jalan dari antrean sampai apotek"),
                of(K, VIDEO, null, "Video: Cuci Tangan Pakai Sabun, 6 Langkah", """
                        Tangan bersih, keluarga sehat! 🙌

                        Tonton video singkat enam langkah cuci tangan pakai sabun bersama anak-anak \
                        {tempat}. Lakukan sebelum makan, setelah dari toilet, dan setelah bermain di luar rumah.

                        Video ini dilengkapi teks (subtitle) Bahasa Indonesia.""",
                        "Video anak-anak sekolah dasar mempraktikkan enam langkah cuci tangan di depan keran air"),
                of(K, VIDEO, "gizi", "Video: Cerita Kader Posyandu {tempat}", """
                        Setiap bulan, kader posyandu di {tempat} menyeberang sungai dengan perahu untuk menimbang \
                        balita di kampung-kampung. 🚤

                        Dalam video ini, kader berbagi cara mereka mengajak mama-mama datang ke posyandu dan \
                        memasak menu makanan tambahan dari pangan lokal.

                        Terima kasih, kader! Kalian pahlawan kesehatan kampung.""",
                        "Video kader posyandu menimbang balita dengan timbangan gantung di balai kampung"),
                of(K, LIVE, "imunisasi", "Live: Tanya Dokter soal Imunisasi", """
                        Masih ragu soal imunisasi anak? Tanyakan langsung kepada dokter anak dari \
                        RSUD Tanjung Kasuari! 🎙️

                        📅 {tanggal}
                        ⏰ Pukul {jam} {zona}
                        📍 Siaran langsung di Instagram dan Facebook Dinkes Tanjung Kasuari

                        Kirim pertanyaanmu di kolom komentar sebelum acara dimulai.""",
                        null),
                of(K, QA_WEBINAR, "gizi", "Webinar Kader: Deteksi Dini Stunting", """
                        Kader posyandu dan tenaga kesehatan se-Kabupaten Tanjung Kasuari diundang mengikuti \
                        webinar "Deteksi Dini Stunting di Posyandu".

                        Waktu: {tanggal}, pukul {jam} {zona}
                        Narasumber: ahli gizi {fasilitas} dan tim Dinas Kesehatan
                        Pendaftaran: https://{situs}/webinar

                        Tersedia sertifikat bagi peserta yang mengikuti sampai selesai.""",
                        null, "#KaderPosyandu"),
                of(K, ANNOUNCEMENT, null, "Puskesmas Keliling Hadir di {tempat}", """
                        📢 Puskesmas Keliling akan hadir di {tempat} pada {tanggal_acara}, pukul {jam_acara}.

                        Layanan yang tersedia:
                        • Pemeriksaan ibu hamil dan balita
                        • Imunisasi kejar
                        • Tes malaria dan cek gula darah
                        • Pengobatan umum

                        Bawa kartu JKN dan buku KIA. Informasi: WA Center Dinkes {wa}.""",
                        "Mobil puskesmas keliling terparkir di depan balai kampung, warga antre di bawah tenda"),
                of(K, ANNOUNCEMENT, null, "Perubahan Jam Layanan {fasilitas}", """
                        Pengumuman: mulai {tanggal_acara}, jam layanan poli umum {fasilitas} menjadi pukul \
                        07.30–14.00 {zona} (Senin–Jumat). Layanan gawat darurat tetap buka 24 jam.

                        Mohon maaf atas ketidaknyamanan. Pertanyaan dapat dikirim ke WA Center Dinkes {wa} atau \
                        surel {email}.""",
                        null),
                of(K, ANNOUNCEMENT, "imunisasi", "Jadwal Imunisasi Kejar di {fasilitas}", """
                        Layanan imunisasi kejar dibuka di {fasilitas} pada {tanggal_acara}, pukul {jam_acara}.

                        Sasaran: anak usia 1–5 tahun yang belum lengkap imunisasinya. Jangan lupa membawa buku KIA. \
                        Layanan tidak dipungut biaya.

                        Kami tunggu kedatangan Mama dan Bapa bersama si kecil. 🙏""",
                        "Spanduk layanan imunisasi kejar terpasang di depan posyandu"),
                of(K, SINGLE_NARRATIVE, null, "Layanan Kesehatan Primer Makin Dekat", """
                        Pemerintah terus memperkuat layanan kesehatan primer hingga ke kampung. Di Kabupaten \
                        Tanjung Kasuari, {angka} posyandu kini dilengkapi alat ukur antropometri standar untuk \
                        memantau tumbuh kembang balita.

                        Kepala Dinas Kesehatan Kabupaten Tanjung Kasuari menyampaikan bahwa penguatan ini \
                        bertujuan agar masalah gizi dan penyakit dapat dikenali lebih awal, dekat dengan rumah warga.

                        Selengkapnya: https://{situs}/berita""",
                        "Kader posyandu mengukur panjang badan bayi dengan alat antropometri baru", "#TransformasiKesehatan"),
                of(K, LIVE, "malaria", "Live: Bincang Sehat Malaria dari {fasilitas}", """
                        Bincang Sehat kembali hadir! Kali ini petugas {fasilitas} membahas cara mencegah, memeriksa \
                        dan mengobati malaria sampai tuntas. 🦟

                        📅 {tanggal}, pukul {jam} {zona}
                        📍 Live di Facebook dan Instagram Dinkes Tanjung Kasuari

                        Siapkan pertanyaanmu, ada bingkisan kelambu untuk tiga penanya terpilih.""",
                        null),
                of(K, QA_WEBINAR, null, "Tanya Jawab: Berobat dengan Kartu JKN", """
                        Apa saja yang ditanggung kartu JKN di puskesmas? Bagaimana kalau kartu belum aktif? \
                        Ikuti sesi tanya jawab daring bersama petugas BPJS Kesehatan dan Dinas Kesehatan.

                        Waktu: {tanggal}, pukul {jam} {zona}
                        Pendaftaran: https://{situs}/webinar

                        Pertanyaan juga dapat dikirim lebih dulu ke WA Center Dinkes {wa}.""",
                        null, "#JKN"),
                of(K, SINGLE_NARRATIVE, "imunisasi", "Imunisasi Lengkap, Generasi Kuat", """
                        Pemerintah menambah jenis vaksin dalam program imunisasi rutin agar anak Indonesia \
                        terlindungi dari lebih banyak penyakit. Di Kabupaten Tanjung Kasuari, petugas menjangkau \
                        kampung-kampung terjauh dengan perahu dan motor agar tidak ada anak yang tertinggal.

                        Kepala Dinas Kesehatan mengajak seluruh orang tua memeriksa buku KIA dan melengkapi \
                        imunisasi anak di posyandu atau puskesmas terdekat.""",
                        "Petugas imunisasi membawa termos vaksin menyeberangi sungai dengan perahu"),
                of(K, HOAX_CLARIFICATION, "imunisasi", "[HOAKS] Vaksin MR Menyebabkan Kemandulan", """
                        [HOAKS] Beredar pesan berantai yang menyebut vaksin campak-rubela (MR) menyebabkan \
                        kemandulan pada anak.

                        Faktanya, vaksin MR telah mendapat izin edar BPOM dan digunakan dalam program imunisasi \
                        nasional. Tidak ada bukti ilmiah bahwa vaksin MR menyebabkan kemandulan.

                        Sumber resmi: https://{situs}/klarifikasi
                        Ragu dengan sebuah informasi? Tanyakan ke WA Center Dinkes {wa}.""",
                        null, "#CekFakta"),
                of(K, HOAX_CLARIFICATION, null, "[KLARIFIKASI] Tidak Ada Pungutan Biaya Imunisasi", """
                        [KLARIFIKASI] Beredar informasi bahwa orang tua harus membayar untuk imunisasi di posyandu \
                        {tempat}.

                        Faktanya, imunisasi dasar dan imunisasi kejar di puskesmas dan posyandu tidak dipungut \
                        biaya apa pun. Bila ada yang meminta bayaran, laporkan ke WA Center Dinkes {wa} atau ke \
                        SP4N-LAPOR!.

                        Info resmi: https://{situs}""",
                        null, "#CekFakta"),
                of(K, EMERGENCY, null, "Waspada Diare Setelah Banjir di {tempat}", """
                        ⚠️ Setelah banjir, risiko diare meningkat. Warga {tempat} diimbau:

                        • Minum air yang sudah dimasak sampai mendidih
                        • Cuci tangan pakai sabun sebelum makan
                        • Berikan oralit bila anak mulai diare
                        • Segera bawa ke {fasilitas} bila anak lemas atau muntah terus

                        Tim kesehatan siaga di posko {tempat}. Hubungi WA Center Dinkes {wa}.""",
                        "Petugas kesehatan membagikan oralit dan air bersih kepada warga di posko"),
                of(K, EMERGENCY, "malaria", "Penyelidikan Epidemiologi DBD di {tempat}", """
                        Menindaklanjuti laporan kasus demam berdarah di {tempat}, tim Dinas Kesehatan melakukan \
                        penyelidikan epidemiologi dan pemeriksaan jentik pada {tanggal_acara}.

                        Mohon warga mengizinkan petugas memeriksa penampungan air di sekitar rumah. Fogging hanya \
                        dilakukan bila memenuhi kriteria; yang paling efektif tetap 3M Plus.

                        Informasi: WA Center Dinkes {wa}.""",
                        null)
        );
    }
}
