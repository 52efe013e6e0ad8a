package cn.gov.opendata.report.agency.service;

import cn.gov.opendata.platform.directory.AgencyTree;
import cn.gov.opendata.platform.directory.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The report-service's own directory for access checks: the tree as committed now. One small read of
 * {@code directory_version} per check (V5), the whole tree only when the version moved; the same version is the
 * ETag of the source services' replicas.
 */
@ApplicationScoped
public class LocalDirectory implements Directory {

    @Inject
    DataSource dataSource;

    private volatile AgencyTree tree;

    @Override
    public AgencyTree tree() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // the version is read first: a tree loaded after it is at least that new, and a later change reloads it
            String version = version(statement);
            AgencyTree current = tree;
            if (current == null || !current.version().equals(version)) {
                current = new AgencyTree(parents(statement), version);
                tree = current;
            }
            return current;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the agency directory", e);
        }
    }

    @Override
    public AgencyTree treeKnowing(String code) {
        return tree();
    }

    private static String version(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT version FROM directory_version WHERE id = 1")) {
            return rows.next() ? Long.toString(rows.getLong(1)) : "0";
        }
    }

    private static Map<String, String> parents(Statement statement) throws SQLException {
        Map<String, String> parents = new HashMap<>();
        try (ResultSet rows = statement.executeQuery("SELECT code, parent_code FROM agency")) {
            while (rows.next()) {
                parents.put(rows.getString(1), rows.getString(2));
            }
        }
        return parents;
    }
}
