package cn.gov.opendata.platform.directory;

/**
 * The agency directory as access control needs it. The report-service owns the directory and answers from its
 * database; every other service keeps a replica ({@link DirectoryReplica}). Either may refuse with 503 while it has
 * no directory at all: a supervisor's scope is then unknown, and guessing it would open or close data wrongly.
 */
public interface Directory {

    /** The current tree. */
    AgencyTree tree();

    /**
     * The current tree, fetched anew first if it does not know {@code code}: a newly created agency is then in its
     * supervisor's scope at once rather than after the refresh period.
     */
    AgencyTree treeKnowing(String code);
}
