package id.warta.service.demo;

import id.warta.domain.Account;
import id.warta.domain.AccountPlan;
import id.warta.domain.AccountZone;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.PostingHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's planning rules: a quiet period before the disaster agency's regional election (a
 * warning, so visitors can still try a drag), and posting hours and weekly targets for the
 * Instagram and X accounts, so the calendar shows gaps and warnings from the start.
 */
public final class DemoPlanning {
    private DemoPlanning() {
    }

    /** Three days starting eight days from {@code today}, midnight to midnight in WIB. */
    public static Optional<Blackout> quietPeriod(DemoData data, LocalDate today) {
        return data.clients().stream().filter(c -> c.shortName().startsWith("BPBD")).findFirst().map((Client c) ->
                new Blackout(id.warta.domain.Ids.newId(), "Masa tenang Pilkada",
                        "Hari tenang sebelum pemungutan suara: tunda unggahan yang bisa dibaca sebagai kampanye.",
                        today.plusDays(8).atStartOfDay(AccountZone.WIB.zoneId()).toInstant(),
                        today.plusDays(11).atStartOfDay(AccountZone.WIB.zoneId()).toInstant(), BlackoutScope.CLIENT,
                        c.id(), null, BlackoutMode.WARN, 0));
    }

    /** Posting hours 06:00-21:00 (each account's own zone) and a weekly target for Instagram and X. */
    public static List<AccountPlan> plans(DemoData data) {
        List<AccountPlan> plans = new ArrayList<>();
        for (Account a : data.accounts()) {
            if (a.channel() == Channel.INSTAGRAM) {
                plans.add(new AccountPlan(a.id(), new PostingHours(LocalTime.of(6, 0), LocalTime.of(21, 0)), 4));
            } else if (a.channel() == Channel.X) {
                plans.add(new AccountPlan(a.id(), new PostingHours(LocalTime.of(6, 0), LocalTime.of(22, 0)), 5));
            }
        }
        return plans;
    }
}
