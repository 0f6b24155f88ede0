package id.warta.service.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * Fixed-date national and international days that humas teams greet. Moving religious holidays are left out
 * on purpose: their dates come from the yearly joint decree, which the demo does not model.
 */
final class Observances {
    private Observances() {
    }

    record Observance(MonthDay day, String name, String message) {
    }

    private static final List<Observance> ALL = List.of(
            new Observance(MonthDay.of(1, 1), "Tahun Baru", "Semoga tahun ini membawa semangat baru untuk melayani."),
            new Observance(MonthDay.of(1, 25), "Hari Gizi Nasional", "Mari penuhi gizi keluarga dengan pangan lokal."),
            new Observance(MonthDay.of(2, 9), "Hari Pers Nasional", "Terima kasih kepada insan pers yang menjaga informasi tetap jernih."),
            new Observance(MonthDay.of(2, 21), "Hari Peduli Sampah Nasional", "Kurangi, pilah dan olah sampah mulai dari rumah."),
            new Observance(MonthDay.of(3, 8), "Hari Perempuan Internasional", "Perempuan berdaya, keluarga dan bangsa kuat."),
            new Observance(MonthDay.of(3, 22), "Hari Air Sedunia", "Jaga sumber air kita untuk anak cucu."),
            new Observance(MonthDay.of(4, 7), "Hari Kesehatan Sedunia", "Sehat dimulai dari kebiasaan kecil setiap hari."),
            new Observance(MonthDay.of(4, 21), "Hari Kartini", "Teruskan semangat Kartini dalam karya dan pengabdian."),
            new Observance(MonthDay.of(4, 26), "Hari Kesiapsiagaan Bencana", "Siap untuk selamat: kenali risikonya, latih evakuasinya."),
            new Observance(MonthDay.of(5, 2), "Hari Pendidikan Nasional", "Pendidikan untuk semua anak bangsa."),
            new Observance(MonthDay.of(5, 20), "Hari Kebangkitan Nasional", "Bangkit bersama, melayani lebih baik."),
            new Observance(MonthDay.of(6, 1), "Hari Lahir Pancasila", "Pancasila mempersatukan kita dalam keberagaman."),
            new Observance(MonthDay.of(6, 5), "Hari Lingkungan Hidup Sedunia", "Lingkungan lestari, hidup lebih sehat."),
            new Observance(MonthDay.of(7, 23), "Hari Anak Nasional", "Lindungi anak, wujudkan masa depan yang cerah."),
            new Observance(MonthDay.of(8, 14), "Hari Pramuka", "Satya kupersembahkan, darma kubaktikan."),
            new Observance(MonthDay.of(8, 17), "Hari Kemerdekaan Republik Indonesia", "Merdeka! Terus melayani untuk Indonesia maju."),
            new Observance(MonthDay.of(9, 9), "Hari Olahraga Nasional", "Ayo bergerak, minimal 30 menit setiap hari."),
            new Observance(MonthDay.of(10, 1), "Hari Kesaktian Pancasila", "Pancasila tetap menjadi pedoman kita bersama."),
            new Observance(MonthDay.of(10, 28), "Hari Sumpah Pemuda", "Bersatu, berdaulat, mewujudkan Indonesia maju."),
            new Observance(MonthDay.of(11, 10), "Hari Pahlawan", "Teladani para pahlawan dengan karya nyata."),
            new Observance(MonthDay.of(11, 12), "Hari Kesehatan Nasional", "Terima kasih para tenaga kesehatan di garis depan."),
            new Observance(MonthDay.of(11, 25), "Hari Guru Nasional", "Terima kasih, Bapak dan Ibu Guru."),
            new Observance(MonthDay.of(12, 1), "Hari AIDS Sedunia", "Hentikan stigma, dukung pemeriksaan dan pengobatan."),
            new Observance(MonthDay.of(12, 3), "Hari Disabilitas Internasional", "Layanan yang setara untuk semua."),
            new Observance(MonthDay.of(12, 22), "Hari Ibu", "Terima kasih, Ibu, atas cinta dan perjuangannya."));

    static Optional<Observance> on(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return ALL.stream().filter(o -> o.day().equals(day)).findFirst();
    }
}
