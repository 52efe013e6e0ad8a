package cn.gov.opendata.seeds.dataset;

import cn.gov.opendata.seeds.directory.Agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Generates one year of proactive-disclosure items whose figures hit given targets exactly: the portal's own items
 * (the report agency's website items), the rest of the subtree's website items, the other channels, and how many
 * distinct items there are — items on several channels count once, so channel counts exceed the total.
 */
final class DisclosureGenerator {

    /** The figures a year must produce for the whole subtree. */
    record Targets(int items, int portalWebsite, int portalPolicyInterpretations, int gazette, int othersWebsite,
                   int weibo, int wechat, int other, int regulationsIssued, int normativeDocumentsIssued,
                   int normativeDocumentsRepealed) {
    }

    private static final List<String> ORDINARY_CATEGORIES = List.of(
            "NOTICE", "NOTICE", "NOTICE", "FINANCE", "KEY_PROJECT", "SUPERVISION", "ENVIRONMENT", "FOOD_DRUG_SAFETY",
            "PLANNING", "PERSONNEL", "OTHER", "POLICY_INTERPRETATION");

    private final Fabric fabric;

    DisclosureGenerator(Fabric fabric) {
        this.fabric = fabric;
    }

    private static final class Item {
        final String agency;
        String category;
        final List<String> channels = new ArrayList<>();
        LocalDate issuedOn;
        LocalDate repealedOn;

        Item(String agency, String category, String channel) {
            this.agency = agency;
            this.category = category;
            this.channels.add(channel);
        }
    }

    List<Records.Disclosure> generate(Agency portal, List<Agency> others, int year, Targets targets) {
        int overlap = targets.portalWebsite() + targets.othersWebsite() + targets.other() - targets.items();
        if (overlap < 0 || overlap > targets.other() || targets.gazette() > targets.portalWebsite()) {
            throw new IllegalArgumentException("Targets cannot be met: " + targets);
        }
        List<Item> portalItems = new ArrayList<>();
        for (int i = 0; i < targets.portalWebsite(); i++) {
            String category = i < targets.portalPolicyInterpretations() ? "POLICY_INTERPRETATION"
                    : i < targets.portalPolicyInterpretations() + targets.regulationsIssued() ? "REGULATION"
                    : portalCategory();
            portalItems.add(new Item(portal.code(), category, "WEBSITE"));
        }
        addChannel(portalItems, "GAZETTE", targets.gazette());

        int othersWebOnly = targets.othersWebsite() - overlap;
        List<Item> othersWebsite = new ArrayList<>();
        List<Item> othersOther = new ArrayList<>();
        int[] webShare = Allocation.split(othersWebOnly, others.size(), 1, fabric.random());
        int[] overlapShare = Allocation.split(overlap, others.size(), 0, fabric.random());
        int[] otherShare = Allocation.split(targets.other() - overlap, others.size(), 0, fabric.random());
        for (int a = 0; a < others.size(); a++) {
            String code = others.get(a).code();
            for (int i = 0; i < webShare[a]; i++) {
                othersWebsite.add(new Item(code, ordinaryCategory(), "WEBSITE"));
            }
            for (int i = 0; i < overlapShare[a]; i++) {
                Item item = new Item(code, ordinaryCategory(), "WEBSITE");
                item.channels.add("OTHER");
                othersWebsite.add(item);
                othersOther.add(item);
            }
            for (int i = 0; i < otherShare[a]; i++) {
                othersOther.add(new Item(code, ordinaryCategory(), "OTHER"));
            }
        }
        addChannel(othersWebsite, "WEIBO", targets.weibo());
        addChannel(othersWebsite, "WECHAT", targets.wechat());
        markNormativeDocuments(othersWebsite, year, targets);
        for (Item item : portalItems) {
            if ("REGULATION".equals(item.category)) {
                item.issuedOn = fabric.dayIn(year);
            }
        }

        List<Item> all = new ArrayList<>(portalItems);
        all.addAll(othersWebsite);
        othersOther.stream().filter(item -> !item.channels.contains("WEBSITE")).forEach(all::add);
        return toRecords(all, year);
    }

    private String ordinaryCategory() {
        return fabric.pick(ORDINARY_CATEGORIES);
    }

    /** The portal's policy interpretations are an exact target, so its other items are never one. */
    private String portalCategory() {
        String category = ordinaryCategory();
        return category.equals("POLICY_INTERPRETATION") ? "NOTICE" : category;
    }

    private void addChannel(List<Item> items, String channel, int count) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
        Collections.shuffle(order, fabric.random());
        for (int i = 0; i < count; i++) {
            items.get(order.get(i)).channels.add(channel);
        }
    }

    /** Some website items are normative documents; a few of those issued this year are already repealed in it. */
    private void markNormativeDocuments(List<Item> items, int year, Targets targets) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
        Collections.shuffle(order, fabric.random());
        for (int i = 0; i < targets.normativeDocumentsIssued(); i++) {
            Item item = items.get(order.get(i));
            item.category = "NORMATIVE_DOCUMENT";
            item.issuedOn = fabric.dayIn(year).withDayOfMonth(1);
            if (i < targets.normativeDocumentsRepealed()) {
                item.repealedOn = LocalDate.of(year, 12, 15);
            }
        }
    }

    private List<Records.Disclosure> toRecords(List<Item> items, int year) {
        List<Records.Disclosure> records = new ArrayList<>(items.size());
        java.util.Map<String, Integer> sequence = new java.util.TreeMap<>();
        for (Item item : items) {
            int seq = sequence.merge(item.agency, 1, Integer::sum);
            LocalDate day = item.issuedOn != null ? item.issuedOn.plusDays(fabric.between(0, 3)) : fabric.dayIn(year);
            if (day.getYear() != year) {
                day = LocalDate.of(year, 12, 31);
            }
            String documentNumber = item.issuedOn == null ? null
                    : (item.category.equals("REGULATION") ? "周口市人民政府令第" + seq + "号" : "周政〔" + year + "〕" + seq + "号");
            records.add(new Records.Disclosure(item.agency, item.agency + "/" + year + "-" + String.format("%05d", seq),
                    title(item, year), documentNumber, item.category, fabric.officeHoursOn(day),
                    List.copyOf(item.channels), null,
                    item.issuedOn == null ? null : item.issuedOn.toString(),
                    item.repealedOn == null ? null : item.repealedOn.toString()));
        }
        return records;
    }

    private String title(Item item, int year) {
        String topic = fabric.topic();
        return switch (item.category) {
            case "POLICY_INTERPRETATION" -> "《关于进一步加强" + topic + "工作的意见》政策解读";
            case "REGULATION" -> "周口市" + topic + "管理办法";
            case "NORMATIVE_DOCUMENT" -> "关于印发" + topic + "实施细则的通知";
            case "FINANCE" -> year + "年" + topic + "专项资金预算公开";
            case "KEY_PROJECT" -> topic + "重点项目建设进展情况";
            case "PERSONNEL" -> "关于" + topic + "工作人员任免的通知";
            default -> "关于做好" + year + "年" + topic + "工作的通知";
        };
    }

    /**
     * Items published just outside the year, on either side of midnight China time: they must count in the
     * neighbouring years, never in this one.
     */
    List<Records.Disclosure> boundaryItems(List<Agency> agencies, int year) {
        List<Records.Disclosure> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Agency agency = agencies.get(i % agencies.size());
            records.add(new Records.Disclosure(agency.code(), agency.code() + "/" + (year - 1) + "-b" + i,
                    "关于做好" + year + "年元旦假期安全工作的通知", null, "NOTICE",
                    Fabric.at(LocalDate.of(year - 1, 12, 31), 23, 30 + i), List.of("WEBSITE"), null, null, null));
            records.add(new Records.Disclosure(agency.code(), agency.code() + "/" + (year + 1) + "-b" + i,
                    (year + 1) + "年新年贺词", null, "NOTICE",
                    Fabric.at(LocalDate.of(year + 1, 1, 1), 0, 5 + i), List.of("WEBSITE"), null, null, null));
        }
        return records;
    }
}
