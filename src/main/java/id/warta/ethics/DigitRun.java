package id.warta.ethics;

import java.util.ArrayList;
import java.util.List;

/**
 * A number as written, possibly in groups joined by one space, dot or dash ("3273 9946 0588
 * 0004", "0811-0000-3456"). Groups are never joined across "s.d.", "/" or words, and a run of
 * date-shaped groups ("14-03-2026") is not an identifier (REFERENCE.md section d).
 */
record DigitRun(int start, int end, String digits, List<int[]> groups) {
    /** Scanned by hand: a regex with a repeated group recurses per group and overflows on "1.1.1.1...". */
    static List<DigitRun> find(String text) {
        List<DigitRun> runs = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            boolean plus = text.charAt(i) == '+' && i + 1 < n && isDigit(text.charAt(i + 1));
            if (!plus && !isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = plus ? i + 1 : i;
            while (true) {
                while (end < n && isDigit(text.charAt(end))) {
                    end++;
                }
                if (end + 1 < n && " .-".indexOf(text.charAt(end)) >= 0 && isDigit(text.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            boolean gluedToWord = start > 0 && Character.isLetter(text.charAt(start - 1)) && !plus;
            if (!gluedToWord) {
                runs.add(of(text, start, end));
            }
            i = end;
        }
        return runs;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static DigitRun of(String text, int start, int end) {
        StringBuilder digits = new StringBuilder();
        List<int[]> groups = new ArrayList<>();
        int groupStart = -1;
        for (int i = start; i <= end; i++) {
            boolean digit = i < end && Character.isDigit(text.charAt(i));
            if (digit) {
                digits.append(text.charAt(i));
                if (groupStart < 0) {
                    groupStart = i;
                }
            } else if (groupStart >= 0) {
                groups.add(new int[] {groupStart, i});
                groupStart = -1;
            }
        }
        return new DigitRun(start, end, digits.toString(), groups);
    }

    int length() {
        return digits.length();
    }

    boolean startsWithPlus(String text) {
        return text.charAt(start) == '+';
    }

    /** Groups of the shape dd-mm-yyyy or yyyy-mm-dd with a real day and month. */
    boolean isDateShaped() {
        if (groups.size() != 3) {
            return false;
        }
        int[] sizes = new int[3];
        for (int i = 0; i < 3; i++) {
            sizes[i] = groups.get(i)[1] - groups.get(i)[0];
        }
        String d = digits;
        if (sizes[0] <= 2 && sizes[1] <= 2 && (sizes[2] == 4 || sizes[2] == 2)) {
            int day = Integer.parseInt(d.substring(0, sizes[0]));
            int month = Integer.parseInt(d.substring(sizes[0], sizes[0] + sizes[1]));
            return day >= 1 && day <= 31 && month >= 1 && month <= 12;
        }
        if (sizes[0] == 4 && sizes[1] <= 2 && sizes[2] <= 2) {
            int month = Integer.parseInt(d.substring(4, 4 + sizes[1]));
            return month >= 1 && month <= 12;
        }
        return false;
    }
}
