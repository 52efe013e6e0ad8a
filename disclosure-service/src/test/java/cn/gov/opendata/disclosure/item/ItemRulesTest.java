package cn.gov.opendata.disclosure.item;

import cn.gov.opendata.disclosure.item.rest.DisclosureItemBody;
import cn.gov.opendata.disclosure.item.service.ItemRules;
import cn.gov.opendata.platform.problem.Violation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import checks fields by hand for speed; they must say exactly what the bean validator says. */
@QuarkusTest
class ItemRulesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2018-03-02T09:30:00+08:00");

    @Inject
    Validator validator;

    static DisclosureItemBody body(String agency, String indexNumber, String title, String documentNumber, Category category,
                                   OffsetDateTime publishedAt, Set<Channel> channels, String url) {
        return new DisclosureItemBody(agency, indexNumber, title, documentNumber, category, publishedAt, channels, url,
                null, null, null);
    }

    List<Violation> beanValidation(DisclosureItemBody body) {
        return validator.validate(body).stream()
                .map(v -> new Violation(StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                        .map(n -> n.getName()).filter(n -> n != null && !n.startsWith("<")).findFirst().orElse("body"), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    static List<Violation> handChecked(DisclosureItemBody body) {
        return ItemRules.checkFields(body).stream()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message)).toList();
    }

    @Test
    void handCheckedFieldsAgreeWithTheBeanValidator() {
        Set<Channel> withNull = new HashSet<>();
        withNull.add(null);
        List<DisclosureItemBody> bodies = List.of(
                body("zk-gov", "ZK-2018-000001", "标题", null, Category.NOTICE, AT, Set.of(Channel.WEBSITE), null),
                body("zk-gov", "zk-gov/2018-00001", "标题", "周政〔2018〕1号", Category.REGULATION, AT, Set.of(Channel.GAZETTE), "https://x.example/1"),
                body("ZK", "a b", " ", null, null, null, Set.of(), null),
                body("-zk", "/lead", "", "x".repeat(201), Category.OTHER, AT, null, "u".repeat(2001)),
                body("z", "a//b", "\u3000", "nul\u0000", Category.OTHER, AT, withNull, null),
                body("zk-gov", "a/./b", "t".repeat(1001), null, Category.OTHER, AT, Set.of(Channel.OTHER), "nul\u0000"),
                body("zk-gov", "a/..", "t\u0000", null, Category.OTHER, AT, Set.of(Channel.OTHER), null),
                body("zk-gov", "i".repeat(101), null, null, Category.OTHER, AT, Set.of(Channel.OTHER), null),
                body("zk-gov", "a?b#c%d;e\\f", "ok", null, Category.OTHER, AT, Set.of(Channel.OTHER), null),
                body("zk-gov", "周口/2018-1", "ok", null, Category.OTHER, AT, Set.of(Channel.OTHER), null));
        for (DisclosureItemBody body : bodies) {
            assertEquals(beanValidation(body), handChecked(body), () -> "for " + body);
        }
    }

    @Test
    void indexNumbersMayHoldSlashesButNoEmptyOrDotSegments() {
        assertTrue(ItemRules.checkFields(body(null, "zk-gov/2018-00001", "t", null, Category.OTHER, AT, Set.of(Channel.OTHER), null)).isEmpty());
        assertTrue(ItemRules.checkFields(body(null, "a.b/c..d", "t", null, Category.OTHER, AT, Set.of(Channel.OTHER), null)).isEmpty());
        for (String bad : List.of("a//b", "/a", "a/", "./a", "a/..", "..", "a b")) {
            assertFalse(ItemRules.checkFields(body(null, bad, "t", null, Category.OTHER, AT, Set.of(Channel.OTHER), null)).isEmpty(), bad);
        }
    }

    @Test
    void aLinkIsAWebAddress() {
        for (String good : List.of("https://www.fugou.gov.cn/zwgk/2018/0001.html", "http://10.1.2.3:8080/a?b=1#c", "HTTPS://X.CN")) {
            assertTrue(ItemRules.check(body("a1", "x", "t", null, Category.OTHER, AT, Set.of(Channel.OTHER), good)).isEmpty(), good);
        }
        for (String bad : List.of("   ", "", "javascript:alert(1)", "a\nb", "www.fugou.gov.cn", "https://", "https:// x", "ftp://x.cn/a",
                "https://x.cn/a b", "https://x.cn/a\u3000b", "https://x.cn/a\u00a0b", "https://x.cn/a\u0085b")) {
            assertEquals(List.of("url"), ItemRules.check(body("a1", "x", "t", null, Category.OTHER, AT, Set.of(Channel.OTHER), bad))
                    .stream().map(Violation::field).toList(), bad);
        }
    }

    @Test
    void crossFieldRulesFollowTheCategory() {
        DisclosureItemBody repealedBeforeIssue = new DisclosureItemBody("a1", "x", "t", null, Category.REGULATION, AT,
                Set.of(Channel.GAZETTE), null, LocalDate.of(2018, 5, 1), LocalDate.of(2018, 4, 30), null);
        assertEquals(List.of(new Violation("repealedOn", "must not be before issuedOn")), ItemRules.check(repealedBeforeIssue));
        DisclosureItemBody sameDay = new DisclosureItemBody("a1", "x", "t", null, Category.NORMATIVE_DOCUMENT, AT,
                Set.of(Channel.GAZETTE), null, LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 1), null);
        assertTrue(ItemRules.check(sameDay).isEmpty());
        DisclosureItemBody noticeWithDates = new DisclosureItemBody("a1", "x", "t", null, Category.NOTICE, AT,
                Set.of(Channel.GAZETTE), null, LocalDate.of(2018, 5, 1), LocalDate.of(2018, 6, 1), null);
        assertEquals(List.of("issuedOn", "repealedOn"), ItemRules.check(noticeWithDates).stream().map(Violation::field).toList());
        DisclosureItemBody farFuture = new DisclosureItemBody("a1", "x", "t", null, Category.NOTICE,
                OffsetDateTime.parse("3000-01-01T00:00:00+08:00"), Set.of(Channel.GAZETTE), null, null, null, null);
        assertEquals(List.of("publishedAt"), ItemRules.check(farFuture).stream().map(Violation::field).toList());
    }
}
