package id.warta.service.demo;

import id.warta.domain.ContentType;
import id.warta.domain.WorkflowState;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * When demo posts appear and which state they are in. The window runs from {@link #FIRST_DAY} to
 * {@link #LAST_DAY} around today; states follow time (old posts published, near ones approved or scheduled,
 * far ones still ideas and drafts), allocated by quota so that every state appears at least five times.
 */
final class DemoSchedule {
    static final int FIRST_DAY = -45;
    static final int LAST_DAY = 45;
    static final int MIN_POSTS = 170;
    static final LocalTime EARLIEST = LocalTime.of(7, 0);
    static final LocalTime LATEST = LocalTime.of(20, 0);

    /** One post to be: its day and the index of its client in the catalogue. */
    record Slot(LocalDate date, int dayOffset, int clientIndex) {
    }

    private DemoSchedule() {
    }

    /** Two or three posts per weekday, one at weekends, topped up to {@link #MIN_POSTS}; clients take turns. */
    static List<Slot> slots(LocalDate today, int clientCount, Random random) {
        List<Integer> offsets = new ArrayList<>();
        for (int d = FIRST_DAY; d <= LAST_DAY; d++) {
            int n = isWeekend(today.plusDays(d)) ? 1 : 2 + (random.nextInt(3) == 0 ? 1 : 0);
            for (int i = 0; i < n; i++) {
                offsets.add(d);
            }
        }
        while (offsets.size() < MIN_POSTS) {
            int d = FIRST_DAY + random.nextInt(LAST_DAY - FIRST_DAY + 1);
            if (!isWeekend(today.plusDays(d))) {
                offsets.add(d);
            }
        }
        Collections.sort(offsets);
        List<Slot> slots = new ArrayList<>();
        int client = random.nextInt(clientCount);
        for (int d : offsets) {
            slots.add(new Slot(today.plusDays(d), d, client));
            client = (client + 1) % clientCount;
        }
        return slots;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A state for every slot, in slot order. */
    static List<WorkflowState> states(List<Slot> slots, Random random) {
        List<WorkflowState> states = new ArrayList<>(Collections.nCopies(slots.size(), WorkflowState.DRAFT));
        for (Band band : Band.values()) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                if (band.contains(slots.get(i).dayOffset())) {
                    members.add(i);
                }
            }
            List<WorkflowState> drawn = band.allocate(members.size(), random);
            for (int k = 0; k < members.size(); k++) {
                states.set(members.get(k), drawn.get(k));
            }
        }
        return states;
    }

    /** A plausible local publishing time for the content type, between 07:00 and 20:00. */
    static LocalTime localTime(ContentType type, Random random) {
        List<String> options = switch (type) {
            case LIVE, QA_WEBINAR -> List.of("09:00", "10:00", "14:00", "15:30", "19:00", "19:30");
            case PRESS_RELEASE -> List.of("09:00", "09:30", "10:00", "11:00", "13:30");
            case GREETING -> List.of("07:00", "07:30", "08:00");
            case EMERGENCY -> List.of("07:15", "08:40", "11:05", "13:20", "16:45", "18:10", "19:50");
            default -> List.of("07:30", "08:00", "09:00", "10:30", "11:30", "12:00", "13:00", "15:30", "16:00",
                    "17:00", "18:30", "19:00", "19:30", "20:00");
        };
        return LocalTime.parse(options.get(random.nextInt(options.size())));
    }

    /** A later time for a second or third account, kept within the publishing day. */
    static LocalTime stagger(LocalTime base, Random random) {
        LocalTime later = base.plusMinutes(15L * random.nextInt(5));
        return later.isAfter(LATEST) || later.isBefore(base) ? LATEST : later;
    }

    /** Day ranges relative to today and the states posts in them take. */
    private enum Band {
        OLD(FIRST_DAY, -8) {
            @Override
            List<WorkflowState> allocate(int n, Random r) {
                return draw(n, r, WorkflowState.PUBLISHED, quota(WorkflowState.CANCELLED, 6),
                        quota(WorkflowState.REJECTED, 2));
            }
        },
        RECENT(-7, -1) {
            @Override
            List<WorkflowState> allocate(int n, Random r) {
                return draw(n, r, WorkflowState.PUBLISHED, quota(WorkflowState.SCHEDULED, 5),
                        quota(WorkflowState.CANCELLED, 1));
            }
        },
        NEAR(0, 7) {
            @Override
            List<WorkflowState> allocate(int n, Random r) {
                return draw(n, r, WorkflowState.SCHEDULED, quota(WorkflowState.APPROVED, Math.max(5, n * 2 / 5)),
                        quota(WorkflowState.IN_REVIEW, Math.max(3, n / 5)));
            }
        },
        MID(8, 21) {
            @Override
            List<WorkflowState> allocate(int n, Random r) {
                return draw(n, r, WorkflowState.DRAFT, quota(WorkflowState.IN_REVIEW, Math.max(5, n * 3 / 10)),
                        quota(WorkflowState.CHANGES_REQUESTED, Math.max(4, n / 5)),
                        quota(WorkflowState.APPROVED, 2), quota(WorkflowState.REJECTED, 3));
            }
        },
        FAR(22, LAST_DAY) {
            @Override
            List<WorkflowState> allocate(int n, Random r) {
                return draw(n, r, WorkflowState.DRAFT, quota(WorkflowState.IDEA, Math.max(6, n * 9 / 20)),
                        quota(WorkflowState.CHANGES_REQUESTED, 3), quota(WorkflowState.IN_REVIEW, 2),
                        quota(WorkflowState.CANCELLED, 1));
            }
        };

        private final int from;
        private final int to;

        Band(int from, int to) {
            this.from = from;
            this.to = to;
        }

        boolean contains(int offset) {
            return offset >= from && offset <= to;
        }

        abstract List<WorkflowState> allocate(int n, Random random);

        private record Quota(WorkflowState state, int count) {
        }

        private static Quota quota(WorkflowState state, int count) {
            return new Quota(state, count);
        }

        private static List<WorkflowState> draw(int n, Random random, WorkflowState rest, Quota... quotas) {
            List<WorkflowState> out = new ArrayList<>();
            for (Quota q : quotas) {
                for (int i = 0; i < q.count() && out.size() < n; i++) {
                    out.add(q.state());
                }
            }
            while (out.size() < n) {
                out.add(rest);
            }
            Collections.shuffle(out, random);
            return out;
        }
    }
}
