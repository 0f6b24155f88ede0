package id.warta.service.demo;

import static id.warta.domain.ContentType.ANNOUNCEMENT;
import static id.warta.domain.ContentType.EDUCATIONAL;
import static id.warta.domain.ContentType.HOAX_CLARIFICATION;
import static id.warta.domain.ContentType.INFOGRAPHIC;
import static id.warta.domain.ContentType.PRESS_RELEASE;
import static id.warta.domain.ContentType.QA_WEBINAR;
import static id.warta.domain.ContentType.SINGLE_NARRATIVE;
import static id.warta.domain.ContentType.VIDEO;
import static id.warta.service.demo.PostTemplate.of;

import java.util.List;

/** Texts of the fictional ministry directorate for digital public services (WIB). */
final class DigitalServiceTemplates {
    private DigitalServiceTemplates() {
    }

    private static final String K = DemoCatalogue.DIGITAL;

    static List<PostTemplate> all() {
        return List.of(
                of(K, EDUCATIONAL, "literasi", "Kenali Ciri Pesan Penipuan Berkedok Bansos", """
                        Waspada penipuan berkedok bantuan sosial! 🚫

                        Ciri-cirinya:
                        • Dikirim dari nomor pribadi, bukan kanal resmi instansi
                        • Meminta data pribadi, foto KTP atau kode OTP
                        • Meminta transfer "biaya administrasi"
                        • Tautan tidak berakhiran .go.id

                        Program pemerintah tidak pernah memungut biaya. Laporkan pesan mencurigakan ke \
                        https://{situs}/aduan""",
                        "Tangkapan layar pesan penipuan dengan tanda silang merah di atasnya", "#WaspadaPenipuan"),
                of(K, EDUCATIONAL, "identitas", "Aktifkan Verifikasi Dua Langkah", """
                        Akun layanan publikmu menyimpan data penting. Lindungi dengan verifikasi dua langkah 🔐

                        1. Masuk ke aplikasi PINTU Layanan
                        2. Buka menu Profil > Keamanan
                        3. Aktifkan "Verifikasi Dua Langkah" dan ikuti petunjuknya

                        Ingat: petugas kami tidak pernah meminta kata sandi atau kode OTP melalui telepon, SMS \
                        maupun pesan langsung.""",
                        "Layar ponsel menampilkan menu keamanan aplikasi dengan sakelar verifikasi dua langkah"),
                of(K, EDUCATIONAL, "literasi", "Jangan Bagikan Kode OTP", """
                        Kode OTP ibarat kunci rumah digitalmu. Jangan pernah membagikannya kepada siapa pun, \
                        termasuk yang mengaku petugas, kurir, atau keluarga yang tiba-tiba meminta lewat pesan.

                        Bila terlanjur membagikan kode OTP, segera ganti kata sandi dan hubungi layanan pengaduan \
                        kami di {email}.""",
                        null, "#JagaDataPribadi"),
                of(K, EDUCATIONAL, "survei", "Suara Warga untuk Layanan yang Lebih Baik", """
                        Pernah mengurus layanan di {fasilitas}? Ceritakan pengalamanmu dalam Survei Kepuasan \
                        Layanan Publik {tahun} 📝

                        Survei hanya memerlukan waktu sekitar lima menit, tanpa data pribadi, dan hasilnya dipakai \
                        untuk memperbaiki waktu tunggu, kejelasan persyaratan dan keramahan petugas.

                        Isi survei: https://{situs}/survei""",
                        null),
                of(K, INFOGRAPHIC, "literasi", "5 Langkah Cek Fakta Sebelum Berbagi", """
                        Sebelum menekan tombol bagikan, lakukan 5 langkah ini ✅

                        1. Baca sampai habis, bukan hanya judulnya
                        2. Cek sumbernya: akun resmi atau bukan?
                        3. Periksa tanggal: kabar lama sering diedarkan ulang
                        4. Cari pembanding di situs berita dan situs resmi instansi
                        5. Ragu? Jangan dibagikan

                        Sumber: Modul Literasi Digital Direktorat Layanan Publik Digital""",
                        "Infografis lima langkah cek fakta dengan ikon kaca pembesar"),
                of(K, INFOGRAPHIC, "identitas", "Cara Aktivasi Kartu Warga Digital", """
                        Aktivasi Kartu Warga Digital cukup 4 langkah 📱

                        1. Unduh aplikasi PINTU Layanan dari toko aplikasi resmi
                        2. Pindai kartu identitas dan lakukan swafoto
                        3. Datang ke loket verifikasi di {fasilitas} untuk pemindaian kode QR
                        4. Kartu aktif dan dapat dipakai untuk layanan daring

                        Tanpa biaya. Panduan lengkap: https://{situs}/kartu-warga
                        Sumber: Petunjuk layanan Kartu Warga Digital""",
                        "Infografis empat langkah aktivasi kartu digital pada layar ponsel"),
                of(K, VIDEO, "identitas", "Video: Urus Layanan dari Rumah", """
                        Tidak perlu antre panjang! 🎬 Video ini menunjukkan cara mengajukan surat keterangan, \
                        memantau status permohonan dan mengunduh dokumen elektronik melalui aplikasi PINTU Layanan.

                        Video dilengkapi teks dan juru bahasa isyarat. Butuh bantuan? Kunjungi loket pendampingan \
                        di {fasilitas}.""",
                        "Video tutorial dengan juru bahasa isyarat di pojok kanan bawah layar"),
                of(K, QA_WEBINAR, "literasi", "Webinar: Etika Bermedia Sosial bagi ASN", """
                        Direktorat Layanan Publik Digital mengundang ASN pengelola media sosial instansi mengikuti \
                        webinar "Etika Bermedia Sosial bagi ASN".

                        🗓️ {tanggal}
                        ⏰ {jam}–{jam_selesai} {zona}
                        💻 Daring melalui Zoom, tautan dikirim setelah mendaftar
                        📝 Daftar: https://{situs}/webinar

                        Materi: netralitas ASN, perlindungan data pribadi, dan menangani komentar warganet.""",
                        null, "#ASNBijakBermedsos"),
                of(K, QA_WEBINAR, "identitas", "Tanya Jawab: Kartu Warga Digital", """
                        Punya pertanyaan soal Kartu Warga Digital? Ikuti sesi tanya jawab bersama tim layanan \
                        kami pada {tanggal}, pukul {jam} {zona}.

                        Kirim pertanyaan lebih dulu melalui https://{situs}/tanya. Pertanyaan yang sering \
                        muncul akan dirangkum dan diunggah di situs kami setelah acara.""",
                        null),
                of(K, ANNOUNCEMENT, null, "Pemeliharaan Sistem PINTU Layanan", """
                        🔧 Pemeliharaan sistem

                        Aplikasi dan situs PINTU Layanan tidak dapat diakses pada {tanggal_acara}, pukul \
                        00.00–04.00 WIB karena pemeliharaan terjadwal. Permohonan yang sudah diajukan tetap \
                        tersimpan dan diproses.

                        Mohon maaf atas ketidaknyamanannya. Info: {email}""",
                        null),
                of(K, ANNOUNCEMENT, "identitas", "Loket Kartu Warga Digital di {tempat}", """
                        Loket pendampingan Kartu Warga Digital hadir di {fasilitas}, {tempat}, mulai \
                        {tanggal_acara}.

                        Jam layanan: Senin–Jumat, {jam_acara}. Petugas akan membantu pendaftaran, verifikasi \
                        wajah dan pemulihan akun. Bawa kartu identitas asli. Layanan tidak dipungut biaya.""",
                        "Petugas loket membantu warga lansia mendaftar di tablet"),
                of(K, PRESS_RELEASE, "identitas", "Siaran Pers: Kartu Warga Digital Hadir di {tempat}", """
                        SIARAN PERS
                        Direktorat Layanan Publik Digital, Kementerian Tata Layanan Warga

                        Jakarta, {tanggal} — Direktorat Layanan Publik Digital memperluas layanan Kartu Warga \
                        Digital ke {tempat}. Dengan perluasan ini, warga dapat mengakses layanan administrasi \
                        secara daring tanpa harus datang berulang kali ke kantor layanan.

                        Direktur Layanan Publik Digital menyampaikan bahwa perluasan dilakukan bertahap bersama \
                        pemerintah daerah. "Kami memastikan loket pendampingan tetap ada, sehingga warga yang belum \
                        terbiasa dengan ponsel pintar tidak tertinggal," ujarnya.

                        Pada tahap ini disiapkan {angka} loket pendampingan, termasuk di {fasilitas}. Seluruh \
                        layanan tidak dipungut biaya. Data pribadi pengguna dilindungi sesuai Undang-Undang \
                        Pelindungan Data Pribadi.

                        Informasi lebih lanjut: https://{situs}
                        Narahubung media: Bagian Humas, {email}""",
                        "Direktur meninjau loket pendampingan layanan digital"),
                of(K, PRESS_RELEASE, "literasi", "Siaran Pers: Gerakan Cek Dulu Sebelum Bagikan", """
                        SIARAN PERS
                        Direktorat Layanan Publik Digital, Kementerian Tata Layanan Warga

                        Jakarta, {tanggal} — Direktorat Layanan Publik Digital bersama komunitas literasi digital \
                        meluncurkan gerakan "Cek Dulu Sebelum Bagikan" di {tempat}. Gerakan ini mengajak warga, \
                        pelajar dan ASN memeriksa kebenaran informasi sebelum menyebarkannya.

                        Kegiatan meliputi kelas literasi digital di sekolah, pelatihan pemeriksa fakta bagi \
                        pengelola media sosial instansi, dan kanal aduan konten yang terhubung dengan \
                        SP4N-LAPOR!.

                        "Setiap warga bisa menjadi penyaring pertama informasi keliru," ujar Direktur Layanan \
                        Publik Digital.

                        Narahubung media: Bagian Humas, {email}""",
                        null),
                of(K, SINGLE_NARRATIVE, null, "Transformasi Digital Layanan Publik untuk Semua", """
                        Pemerintah mendorong layanan publik yang cepat, mudah dan terjangkau melalui \
                        transformasi digital. Namun, transformasi digital bukan berarti meninggalkan layanan tatap \
                        muka: loket pendampingan tetap dibuka bagi lansia, penyandang disabilitas dan warga di \
                        daerah dengan sinyal terbatas.

                        Di {tempat}, warga kini dapat memantau status permohonan dari ponsel dan hanya datang \
                        sekali untuk verifikasi.

                        #LayananUntukSemua""",
                        "Warga lansia dibantu petugas mengisi permohonan di tablet", "#TransformasiDigital"),
                of(K, SINGLE_NARRATIVE, null, "Satu Data, Layanan Lebih Cepat", """
                        Warga cukup menyerahkan data sekali. Melalui integrasi data antarinstansi, persyaratan yang \
                        sudah dimiliki pemerintah tidak perlu lagi difotokopi dan dibawa berulang kali.

                        Integrasi ini dijalankan dengan prinsip pelindungan data pribadi: akses dibatasi, dicatat \
                        dan hanya untuk keperluan layanan. Mulai bulan ini, layanan di {tempat} sudah memakai data \
                        terintegrasi.

                        Selengkapnya: https://{situs}/satu-data""",
                        "Ilustrasi ikon dokumen yang terhubung ke satu pusat data", "#SatuData"),
                of(K, VIDEO, "identitas", "Video: Sehari di Loket Pendampingan {tempat}", """
                        Bagaimana petugas loket pendampingan membantu warga yang baru pertama kali memakai layanan \
                        digital? 🎬 Ikuti keseharian petugas di {fasilitas}, dari membantu lansia membuat akun \
                        sampai memulihkan kata sandi yang terlupa.

                        Video dilengkapi teks Bahasa Indonesia.""",
                        "Video petugas loket berseragam biru membantu warga lansia di depan komputer"),
                of(K, HOAX_CLARIFICATION, "identitas", "[HOAKS] Pendaftaran Kartu Warga Digital Berbayar", """
                        [HOAKS] Beredar tautan pendaftaran Kartu Warga Digital yang meminta biaya aktivasi.

                        Faktanya, pendaftaran Kartu Warga Digital tidak dipungut biaya dan hanya dilakukan melalui \
                        aplikasi PINTU Layanan atau https://{situs}. Jangan mengisi data pribadi di tautan yang \
                        tidak berakhiran .go.id.

                        Laporkan tautan mencurigakan ke {email}.""",
                        null, "#CekFakta"),
                of(K, HOAX_CLARIFICATION, "literasi", "[DISINFORMASI] Data Warga Dijual di Internet", """
                        [DISINFORMASI] Beredar unggahan yang menyebut data pengguna PINTU Layanan di {tempat} \
                        dijual di internet.

                        Faktanya, hasil pemeriksaan tim keamanan informasi tidak menemukan kebocoran data pada \
                        sistem PINTU Layanan. Contoh data dalam unggahan tersebut tidak cocok dengan format data \
                        kami.

                        Penjelasan lengkap: https://{situs}/klarifikasi""",
                        null, "#CekFakta")
        );
    }
}
