package cn.gov.opendata.seeds.load;

/** Base URLs of the four services (no trailing slash). */
public record ServiceUrls(String report, String disclosure, String application, String appeals) {

    public static ServiceUrls localDefaults() {
        return new ServiceUrls("http://127.0.0.1:8080", "http://127.0.0.1:8081", "http://127.0.0.1:8082", "http://127.0.0.1:8083");
    }
}
