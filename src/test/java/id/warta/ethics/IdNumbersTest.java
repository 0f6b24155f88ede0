package id.warta.ethics;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {
    private final IdNumbers numbers = new IdNumbers(Set.of("11", "32", "35", "36", "73", "91", "96"));

    @Test
    void acceptsValidNikOfAManAndOfAWoman() {
        assertThat(numbers.isValidNik("3578991208850002")).as("man born 12-08-85").isTrue();
        assertThat(numbers.isValidNik("3578996504920001")).as("woman born 25-04-92 (day + 40)").isTrue();
    }

    @Test
    void rejectsUnknownProvinceZeroRegionsImpossibleDatesAndZeroSerial() {
        assertThat(numbers.isValidNik("2078991208850002")).as("province 20").isFalse();
        assertThat(numbers.isValidNik("3500991208850002")).as("regency 00").isFalse();
        assertThat(numbers.isValidNik("3578003208850002")).as("day 32").isFalse();
        assertThat(numbers.isValidNik("3578993108850002")).as("31 August is a real date").isTrue();
        assertThat(numbers.isValidNik("3578993113850002")).as("month 13").isFalse();
        assertThat(numbers.isValidNik("3578993002850002")).as("30 February").isFalse();
        assertThat(numbers.isValidNik("3578997102850002")).as("woman, 31 February").isFalse();
        assertThat(numbers.isValidNik("3578991208850000")).as("serial 0000").isFalse();
    }

    @Test
    void phoneNumbersAndGluedDatesAreNotNiks() {
        assertThat(numbers.isValidNik("0812345678901234")).isFalse();
        assertThat(numbers.isValidNik("1403202611042026")).as("province 14 not in this test's list").isFalse();
    }

    @Test
    void acceptsTheProvinceCodesItIsGivenSuchAsPapuaBaratDaya() {
        assertThat(numbers.isValidNik("9601011208850002")).isTrue();
    }

    @Test
    void familyCardHasNoWomenDayOffset() {
        assertThat(numbers.isValidKk("3273990102150009")).isTrue();
        assertThat(numbers.isValidKk("3273994605880004")).as("day 46 is not a date for a KK").isFalse();
    }

    @Test
    void nipNeedsRealBirthAndStartDatesAndSex() {
        assertThat(numbers.isValidNip("198507122010011003")).isTrue();
        assertThat(numbers.isValidNip("198513122010011003")).as("month 13").isFalse();
        assertThat(numbers.isValidNip("198507122010013003")).as("sex 3").isFalse();
    }

    @Test
    void mobileNumbersAreReadInLocalForm() {
        assertThat(IdNumbers.asLocalMobile("6281311112222")).isEqualTo("081311112222");
        assertThat(IdNumbers.asLocalMobile("081311112222")).isEqualTo("081311112222");
    }
}
