package cn.gov.opendata.disclosure.item;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where an item went out: 政府公报, 政府网站, 政务微博, 政务微信, 其他方式. An item's channels are stored as a bit set
 * (bit = 1 &lt;&lt; ordinal), so the declaration order must never change.
 */
@Schema(description = "公开渠道 Where the item was published: GAZETTE 政府公报 · WEBSITE 政府网站 · WEIBO 政务微博 · WECHAT 政务微信 · OTHER 其他渠道")
public enum Channel {
    GAZETTE,
    WEBSITE,
    WEIBO,
    WECHAT,
    OTHER;

    public int bit() {
        return 1 << ordinal();
    }

    public static int mask(Collection<Channel> channels) {
        int mask = 0;
        for (Channel channel : channels) {
            mask |= channel.bit();
        }
        return mask;
    }

    /** The channels of a bit set, in declaration order. */
    public static List<Channel> of(int mask) {
        List<Channel> channels = new ArrayList<>(values().length);
        for (Channel channel : values()) {
            if ((mask & channel.bit()) != 0) {
                channels.add(channel);
            }
        }
        return channels;
    }

    /** Every non-empty bit set that contains this channel, so that a channel filter stays a plain IN list. */
    public List<Integer> masksContaining() {
        List<Integer> masks = new ArrayList<>();
        for (int mask = 1; mask < 1 << values().length; mask++) {
            if ((mask & bit()) != 0) {
                masks.add(mask);
            }
        }
        return masks;
    }
}
