package cn.gov.opendata.application.pii;

import cn.gov.opendata.application.request.IdType;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MaskingTest {

    @Test
    void namesKeepTheirFirstCharacter() {
        assertEquals("王*", Masking.name("王五"));
        assertEquals("欧**", Masking.name("欧阳修"));
        assertEquals("王*", Masking.name("王"));
        assertEquals("周********", Masking.name("周口市贸易有限公司"));
    }

    @Test
    void residentIdsAndCreditCodesKeepFourAtEachEnd() {
        assertEquals("4116**********123X", Masking.idNumber(IdType.RESIDENT_ID, "41160219850312123X"));
        assertEquals("9141**********5X2A", Masking.idNumber(IdType.BUSINESS_LICENSE, "91411600MA44Y75X2A"));
    }

    @Test
    void passportsShowTheirLastTwoBehindAFixedRun() {
        assertEquals("********78", Masking.idNumber(IdType.PASSPORT, "E12345678"));
        assertEquals("********78", Masking.idNumber(IdType.PASSPORT, "EA1234567890178"));
        assertEquals("******", Masking.idNumber(IdType.PASSPORT, "E1234"));
    }

    @Test
    void otherNumbersAndShortOnesShowNothingNotEvenTheirLength() {
        assertEquals("******", Masking.idNumber(IdType.OTHER, "AB12345678"));
        assertEquals("******", Masking.idNumber(null, "41160219850312123X"));
        assertEquals("******", Masking.idNumber(IdType.RESIDENT_ID, "4116021985"));
    }

    @Test
    void mobilePhonesKeepThreeAndFourOtherNumbersTwo() {
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("**********34", Masking.phone("039412341234"));
        assertEquals("******", Masking.phone("39412234"));
        assertEquals("******", Masking.phone("12345"));
    }

    @Test
    void noMaskedIdShowsMoreThanHalfOfItsCharacters() {
        for (String id : new String[]{"E12345678", "AB12345678", "1234567890", "41160219850312123X", "K1234567"}) {
            for (IdType type : IdType.values()) {
                String masked = Masking.idNumber(type, id);
                long shown = masked.chars().filter(c -> c != '*').count();
                org.junit.jupiter.api.Assertions.assertTrue(shown * 2 <= id.length(), type + " " + masked);
            }
        }
    }

    @Test
    void addressesAreCutAfterTheCity() {
        assertEquals("河南省周口市…", Masking.address("河南省周口市川汇区七一路12号"));
        assertEquals("周口市…", Masking.address("周口市川汇区"));
    }

    @Test
    void absentValuesStayAbsent() {
        assertNull(Masking.name(null));
        assertNull(Masking.idNumber(IdType.PASSPORT, null));
        assertNull(Masking.phone(null));
        assertNull(Masking.address(null));
    }
}
