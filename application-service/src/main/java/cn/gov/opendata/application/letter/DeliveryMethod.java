package cn.gov.opendata.application.letter;

/** How a letter was served (送达): 直接送达, 邮寄送达, 电子送达. */
public enum DeliveryMethod {
    IN_PERSON("直接送达"),
    POST("邮寄送达"),
    ELECTRONIC("电子送达");

    private final String label;

    DeliveryMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
