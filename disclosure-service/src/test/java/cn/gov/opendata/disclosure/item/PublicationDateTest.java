package cn.gov.opendata.disclosure.item;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationDateTest {

    @Test
    void lastSecondOfTheYearInChinaStaysInThatYear() {
        assertEquals(LocalDate.of(2018, 12, 31), PublicationDate.of(OffsetDateTime.parse("2018-12-31T23:59:59+08:00")));
    }

    @Test
    void utcEveningOfNewYearsEveIsNewYearsDayInChina() {
        assertEquals(LocalDate.of(2019, 1, 1), PublicationDate.of(OffsetDateTime.parse("2018-12-31T16:00:00Z")));
        assertEquals(LocalDate.of(2018, 12, 31), PublicationDate.of(OffsetDateTime.parse("2018-12-31T15:59:59Z")));
    }

    @Test
    void channelBitSetsRoundTripInDeclarationOrder() {
        for (int mask = 1; mask < 32; mask++) {
            assertEquals(mask, Channel.mask(Channel.of(mask)));
        }
        assertEquals(List.of(Channel.WEBSITE, Channel.WECHAT), Channel.of(Channel.mask(EnumSet.of(Channel.WECHAT, Channel.WEBSITE))));
    }

    @Test
    void masksContainingAChannelAreExactlyThoseWithItsBit() {
        List<Integer> masks = Channel.WEIBO.masksContaining();
        assertEquals(16, masks.size());
        masks.forEach(mask -> assertTrue(Channel.of(mask).contains(Channel.WEIBO)));
    }
}
