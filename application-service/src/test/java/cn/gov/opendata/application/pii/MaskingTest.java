package cn.gov.opendata.application.pii;

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
    void idNumbersKeepFourAtEachEnd() {
        assertEquals("4116**********123X", Masking.idNumber("41160219850312123X"));
        assertEquals("E123*5678", Masking.idNumber("E12345678"));
        assertEquals("****78", Masking.idNumber("345678"));
    }

    @Test
    void phonesKeepThreeAndFour() {
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("039*****1234", Masking.phone("039412341234"));
        assertEquals("*****", Masking.phone("12345"));
    }

    @Test
    void addressesAreCutAfterTheCity() {
        assertEquals("河南省周口市…", Masking.address("河南省周口市川汇区七一路12号"));
        assertEquals("周口市…", Masking.address("周口市川汇区"));
    }

    @Test
    void absentValuesStayAbsent() {
        assertNull(Masking.name(null));
        assertNull(Masking.idNumber(null));
        assertNull(Masking.phone(null));
        assertNull(Masking.address(null));
    }
}
