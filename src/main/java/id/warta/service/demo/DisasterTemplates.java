package id.warta.service.demo;

import static id.warta.domain.ContentType.ANNOUNCEMENT;
import static id.warta.domain.ContentType.EDUCATIONAL;
import static id.warta.domain.ContentType.EMERGENCY;
import static id.warta.domain.ContentType.HOAX_CLARIFICATION;
import static id.warta.domain.ContentType.INFOGRAPHIC;
import static id.warta.domain.ContentType.LIVE;
import static id.warta.domain.ContentType.PRESS_RELEASE;
import static id.warta.domain.ContentType.VIDEO;
import static id.warta.service.demo.PostTemplate.of;

import java.util.List;

/** Texts of the fictional provincial disaster management agency (WITA). */
final class DisasterTemplates {
    private DisasterTemplates() {
    }

    private static final String K = DemoCatalogue.DISASTER;

    static List<PostTemplate> all() {
        return List.of(
                of(K, EDUCATIONAL, "siaga", "Tas Siaga Bencana: Apa Isinya?", """
                        Siapkan tas siaga bencana untuk setiap anggota keluarga 🎒

                        Isi minimal: dokumen penting dalam plastik kedap air, air minum dan makanan tahan lama \
                        untuk tiga hari, obat-obatan pribadi, senter dan baterai cadangan, peluit, pakaian ganti, \
                        masker, serta uang tunai secukupnya.

                        Letakkan di dekat pintu keluar agar mudah dibawa saat evakuasi.""",
                        "Isi tas siaga bencana ditata di lantai: senter, peluit, air minum, obat dan dokumen",
                        "#TasSiagaBencana"),
                of(K, EDUCATIONAL, "siaga", "Kenali Tanda Longsor di {tempat}", """
                        Warga yang tinggal di lereng perbukitan {tempat}, kenali tanda awal tanah longsor:

                        • Muncul retakan baru di tanah atau dinding rumah
                        • Air sumur tiba-tiba keruh
                        • Pohon atau tiang listrik mulai miring
                        • Terdengar gemuruh dari arah bukit saat hujan deras

                        Bila melihat tanda-tanda ini, segera menjauh dari lereng dan laporkan ke perangkat desa \
                        atau Pusdalops BPBD melalui WA {wa}.""",
                        "Retakan memanjang di tanah lereng bukit setelah hujan deras"),
                of(K, EDUCATIONAL, "sekolah", "Jika Gempa Terjadi Saat di Sekolah", """
                        Adik-adik, ingat tiga langkah ini saat gempa terjadi di kelas: 🏫

                        1. Merunduk
                        2. Berlindung di bawah meja yang kuat
                        3. Berpegangan pada kaki meja sampai guncangan berhenti

                        Setelah guncangan berhenti, keluar dengan tertib mengikuti arahan guru menuju titik kumpul. \
                        Jangan berlari dan jangan kembali ke kelas untuk mengambil barang.""",
                        "Siswa berlindung di bawah meja kelas saat latihan gempa", "#LatihanGempa"),
                of(K, INFOGRAPHIC, "tsunami", "Jalur Evakuasi Tsunami {tempat}", """
                        Kenali jalur evakuasi di lingkunganmu 🗺️

                        Ikuti rambu hijau bergambar orang berlari menuju bukit. Titik kumpul sementara di \
                        {tempat} berada di {fasilitas}. Bila merasakan gempa kuat atau lama di pesisir, segera \
                        menjauh dari pantai tanpa menunggu sirene.

                        Peta lengkap dapat diunduh di https://{situs}/peta-evakuasi
                        Sumber: Peta rawan bencana BPBD Provinsi Nusa Lestari""",
                        "Peta jalur evakuasi tsunami dengan panah hijau menuju titik kumpul di perbukitan"),
                of(K, INFOGRAPHIC, "siaga", "Arti Status Peringatan Banjir", """
                        Pahami status peringatan banjir di pos pantau sungai:

                        🟡 Waspada: muka air mulai naik, pantau informasi resmi
                        🟠 Siaga: bersiap evakuasi, amankan dokumen dan barang berharga
                        🔴 Awas: segera menuju tempat evakuasi yang ditentukan

                        Status diumumkan oleh BPBD berdasarkan pantauan pos duga air dan informasi BMKG.
                        Sumber: Prosedur tetap peringatan dini banjir BPBD Provinsi Nusa Lestari""",
                        "Infografis tiga warna status banjir: kuning waspada, jingga siaga, merah awas"),
                of(K, VIDEO, "sekolah", "Video: Simulasi Evakuasi di {fasilitas}", """
                        Ratusan siswa dan guru mengikuti simulasi evakuasi gempa di {fasilitas}. 🎬

                        Dalam simulasi ini siswa berlatih merunduk, berlindung dan berpegangan, lalu berjalan \
                        tertib ke titik kumpul. Tim BPBD memberi catatan perbaikan untuk jalur keluar kelas.

                        Sekolahmu ingin ikut program Satuan Pendidikan Aman Bencana? Hubungi WA {wa}.""",
                        "Video siswa berseragam merah putih berbaris di lapangan saat simulasi evakuasi"),
                of(K, VIDEO, "siaga", "Video: Patroli Sungai Jelang Musim Hujan", """
                        Tim Reaksi Cepat BPBD menyusuri sungai di {tempat} untuk memeriksa tanggul, pintu air \
                        dan tumpukan sampah yang dapat menyumbat aliran. 🚣

                        Ayo jaga sungai kita: jangan buang sampah ke sungai dan laporkan tanggul yang retak ke \
                        Pusdalops BPBD.""",
                        "Video petugas BPBD dengan perahu karet memeriksa tanggul sungai"),
                of(K, LIVE, "siaga", "Live: Update Cuaca dan Kesiapsiagaan Pekan Ini", """
                        Bagaimana prakiraan cuaca sepekan ke depan dan apa yang perlu disiapkan warga? 🌧️

                        Saksikan siaran langsung bersama Pusdalops BPBD Nusa Lestari dan prakirawan BMKG:
                        📅 {tanggal}
                        ⏰ Pukul {jam} {zona}
                        📺 YouTube BPBD Nusa Lestari TV

                        Ajukan pertanyaan melalui kolom obrolan.""",
                        null),
                of(K, ANNOUNCEMENT, "tsunami", "Uji Sirene Peringatan Dini di {tempat}", """
                        📢 PENGUMUMAN

                        BPBD Provinsi Nusa Lestari akan menguji sirene peringatan dini tsunami di {tempat} pada \
                        {tanggal_acara}, pukul {jam_acara}. Sirene akan berbunyi selama tiga menit.

                        Ini hanya uji coba. Warga tidak perlu mengungsi. Mohon sampaikan kepada keluarga dan \
                        tetangga, terutama lansia dan anak-anak.""",
                        "Menara sirene peringatan dini tsunami di tepi pantai"),
                of(K, ANNOUNCEMENT, "sekolah", "Pendaftaran Sekolah Aman Bencana Dibuka", """
                        Sekolah di wilayah {tempat} dapat mendaftar program Satuan Pendidikan Aman Bencana \
                        hingga {tanggal_acara}.

                        Sekolah terpilih akan mendapat pendampingan penyusunan rencana evakuasi, pelatihan guru \
                        dan simulasi bersama BPBD. Formulir: https://{situs}/spab
                        Pertanyaan: {email}""",
                        null),
                of(K, EMERGENCY, "siaga", "Peringatan Dini Cuaca: {tempat}", """
                        ⚠️ PERINGATAN DINI

                        Berdasarkan informasi BMKG, hujan sedang hingga lebat disertai angin kencang berpotensi \
                        terjadi di {tempat} pada {tanggal}, pukul {jam_acara}.

                        Warga di bantaran sungai dan lereng bukit diimbau tetap waspada, memantau informasi resmi \
                        dan menyiapkan tas siaga. Laporan kejadian: Pusdalops BPBD, WA {wa}.""",
                        null, "#InfoCuaca"),
                of(K, EMERGENCY, "siaga", "Update Penanganan Banjir {tempat}", """
                        UPDATE {tanggal}

                        Tim Reaksi Cepat BPBD bersama TNI, Polri, relawan dan pemerintah desa terus membantu warga \
                        terdampak banjir di {tempat}. Hingga pagi ini, {angka} kepala keluarga mengungsi di \
                        {fasilitas}. Dapur umum dan layanan kesehatan telah beroperasi.

                        Status: Siaga. Warga diimbau tidak mendekati aliran sungai. Kebutuhan mendesak: air \
                        bersih, selimut dan perlengkapan bayi. Koordinasi bantuan melalui Posko Terpadu, WA {wa}.""",
                        "Petugas BPBD mengevakuasi warga dengan perahu karet di jalan yang tergenang"),
                of(K, HOAX_CLARIFICATION, null, "[HOAKS] Prediksi Gempa Besar Pekan Depan", """
                        [HOAKS] Beredar pesan berantai yang menyebut akan terjadi gempa besar di Nusa Lestari \
                        pekan depan.

                        Faktanya, hingga kini belum ada teknologi yang dapat memprediksi waktu dan lokasi gempa \
                        secara tepat. BMKG tidak pernah mengeluarkan prediksi seperti itu.

                        Pantau informasi resmi hanya dari BMKG dan BPBD: https://{situs}
                        Tetap tenang dan siapkan rencana darurat keluarga.""",
                        null, "#CekFakta"),
                of(K, HOAX_CLARIFICATION, "siaga", "[KLARIFIKASI] Tanggul {tempat} Tidak Jebol", """
                        [KLARIFIKASI] Beredar video yang disebut tanggul di {tempat} jebol malam ini.

                        Faktanya, video tersebut adalah rekaman banjir dari daerah lain beberapa tahun lalu. Tim \
                        BPBD telah memeriksa tanggul di {tempat} pada {tanggal} dan kondisinya aman.

                        Cek informasi resmi di https://{situs} atau hubungi Pusdalops BPBD, WA {wa}.""",
                        null, "#CekFakta"),
                of(K, PRESS_RELEASE, "siaga", "Siaran Pers: Apel Kesiapsiagaan Musim Hujan", """
                        SIARAN PERS
                        BPBD Provinsi Nusa Lestari

                        {tempat}, {tanggal} — Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Nusa Lestari \
                        menggelar apel kesiapsiagaan menghadapi musim hujan di {fasilitas}. Apel diikuti unsur \
                        TNI, Polri, dinas terkait, relawan dan organisasi masyarakat.

                        Kepala Pelaksana BPBD Provinsi Nusa Lestari menyampaikan bahwa apel ini memastikan personel \
                        dan peralatan siap digerakkan sewaktu-waktu. "Kita tidak menunggu bencana datang. Perahu, \
                        tenda, dapur umum dan jalur komunikasi sudah kita periksa bersama," ujarnya.

                        Dalam apel tersebut diperiksa {angka} unit perahu karet, tenda pengungsi, genset dan \
                        peralatan komunikasi radio. BPBD juga meminta pemerintah kabupaten/kota memperbarui \
                        rencana kontinjensi banjir dan longsor.

                        Masyarakat diimbau memantau informasi cuaca dari BMKG, membersihkan saluran air di \
                        lingkungan masing-masing, dan segera melapor ke Pusdalops BPBD bila terjadi kejadian \
                        bencana.

                        Narahubung media: Subbagian Humas BPBD Provinsi Nusa Lestari, {email}""",
                        "Barisan personel gabungan dan perahu karet dalam apel kesiapsiagaan"),
                of(K, PRESS_RELEASE, "tsunami", "Siaran Pers: Simulasi Evakuasi Tsunami Pesisir", """
                        SIARAN PERS
                        BPBD Provinsi Nusa Lestari

                        {tempat}, {tanggal} — BPBD Provinsi Nusa Lestari akan menggelar simulasi evakuasi tsunami \
                        bersama warga pesisir pada {tanggal_acara}, pukul {jam_acara}. Simulasi melibatkan \
                        sekolah, puskesmas, nelayan dan pemerintah desa.

                        Simulasi bertujuan menguji waktu tempuh warga dari permukiman ke titik kumpul di \
                        perbukitan, kesiapan sirene, serta koordinasi antarinstansi. Warga akan mendengar bunyi \
                        sirene dan pengumuman dari pengeras suara masjid dan gereja.

                        BPBD mengimbau warga tidak panik; simulasi ini bagian dari upaya membangun pesisir yang \
                        tangguh. Hasil evaluasi akan dipakai memperbarui peta jalur evakuasi.

                        Narahubung media: Subbagian Humas BPBD Provinsi Nusa Lestari, {email}""",
                        null)
        );
    }
}
