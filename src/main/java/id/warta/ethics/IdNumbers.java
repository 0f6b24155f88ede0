package id.warta.ethics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Validation of Indonesian identity numbers (REFERENCE.md section d). A number that only looks
 * like a NIK (a phone number, two glued dates) fails these checks.
 */
public final class IdNumbers {
    private final Set<String> provinceCodes;

    public IdNumbers(Set<String> provinceCodes) {
        this.provinceCodes = Set.copyOf(provinceCodes);
    }

    /** NIK: PP KK CC DDMMYY SSSS; women's day is day + 40. */
    public boolean isValidNik(String digits) {
        return isValidPopulationNumber(digits, true);
    }

    /** KK: region part, issue date DDMMYY without the +40, serial. */
    public boolean isValidKk(String digits) {
        return isValidPopulationNumber(digits, false);
    }

    private boolean isValidPopulationNumber(String digits, boolean womenDayPlus40) {
        if (digits.length() != 16 || !isDigits(digits)) {
            return false;
        }
        if (!provinceCodes.contains(digits.substring(0, 2))
                || digits.startsWith("00", 2) || digits.startsWith("00", 4) || digits.endsWith("0000")) {
            return false;
        }
        int day = Integer.parseInt(digits.substring(6, 8));
        if (womenDayPlus40 && day > 40) {
            day -= 40;
        }
        int month = Integer.parseInt(digits.substring(8, 10));
        int year = Integer.parseInt(digits.substring(10, 12));
        // Two-digit years: any century is fine for the check, 2000 is a leap year like 1900 is not;
        // choose the one that accepts 29 Feb when either could.
        return isRealDate(2000 + year, month, day) || isRealDate(1900 + year, month, day);
    }

    /** NIP: birth YYYYMMDD, start YYYYMM, sex 1 or 2, serial NNN; the dates must be real. */
    public boolean isValidNip(String digits) {
        if (digits.length() != 18 || !isDigits(digits)) {
            return false;
        }
        int birthYear = Integer.parseInt(digits.substring(0, 4));
        int startYear = Integer.parseInt(digits.substring(8, 12));
        int startMonth = Integer.parseInt(digits.substring(12, 14));
        char sex = digits.charAt(14);
        return birthYear >= 1940 && birthYear <= 2010
                && isRealDate(birthYear, Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)))
                && startYear >= 1960 && startYear <= 2040 && startYear > birthYear
                && startMonth >= 1 && startMonth <= 12
                && (sex == '1' || sex == '2');
    }

    /** Mobile numbers: (+62|62|0)8 + a known operator prefix, 10 to 13 digits as 08... */
    public static String asLocalMobile(String digits) {
        if (digits.startsWith("62")) {
            return "0" + digits.substring(2);
        }
        return digits;
    }

    static boolean isRealDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
