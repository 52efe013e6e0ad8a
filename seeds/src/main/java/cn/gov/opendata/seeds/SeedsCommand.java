package cn.gov.opendata.seeds;

/** Entry point of the seeds jar: generates and loads reference data through the services' public APIs. */
public final class SeedsCommand {

    private SeedsCommand() {
    }

    public static void main(String[] args) {
        System.out.println("usage: java -jar seeds.jar load [--report URL] [--disclosure URL] [--application URL] [--appeals URL]");
    }
}
