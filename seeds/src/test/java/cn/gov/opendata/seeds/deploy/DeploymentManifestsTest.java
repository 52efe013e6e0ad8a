package cn.gov.opendata.seeds.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps deploy/ (compose file, Kubernetes manifests) in step with the services: ports, health endpoints, image
 * names, environment variables and databases are read from the services' application.properties, their REST-client
 * declarations and the root pom, so a change on either side that is not made on the other fails here. Plain file
 * parsing: no Docker, no cluster.
 */
class DeploymentManifestsTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = REPO.resolve("deploy");
    private static final Path BASE = DEPLOY.resolve("kubernetes/base");
    private static final Path CNPG = DEPLOY.resolve("kubernetes/overlays/cloudnativepg");
    private static final Path KEYCLOAK = DEPLOY.resolve("kubernetes/overlays/keycloak");
    private static final Path COMPOSE = DEPLOY.resolve("docker-compose.yml");
    private static final List<String> SERVICES = List.of("report", "disclosure", "application", "appeals");

    /** Quarkus settings every service understands although its application.properties may not mention them. */
    private static final Set<String> WELL_KNOWN_ENV = Set.of(
            "QUARKUS_HTTP_PORT", "QUARKUS_HTTP_HOST",
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "QUARKUS_DATASOURCE_JDBC_MAX_SIZE",
            // smallrye-jwt's token verification key (docs/SECURITY.md): the PEM itself or where to read it
            "MP_JWT_VERIFY_PUBLICKEY", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    private static final Pattern REST_CLIENT_URL_ENV = Pattern.compile("QUARKUS_REST_CLIENT_([A-Z0-9_]+)_URL");
    private static final Pattern CONFIG_KEY = Pattern.compile("@RegisterRestClient\\s*\\(\\s*configKey\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(\\?.*)?");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::?-([^}]*))?}");
    private static final Pattern PUBLIC_URL_PROPERTY = Pattern.compile("report\\.sources\\.([a-z]+)\\.public-url");

    private static final YAMLMapper YAML = new YAMLMapper();

    private static Map<String, ServiceFacts> services;
    private static String projectVersion;
    private static Map<Path, List<Doc>> yamlFiles;
    private static List<Doc> base;
    private static List<Doc> overlay;
    private static List<Doc> keycloakOverlay;
    private static JsonNode compose;

    private record ServiceFacts(String name, int port, String database, String username, Set<String> propertyKeys,
                                Set<String> restClientKeys) {
        String app() {
            return name + "-service";
        }

        boolean hasPropertyFor(String env) {
            return propertyKeys.stream().map(DeploymentManifestsTest::envName).anyMatch(env::equals);
        }
    }

    private record Doc(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        boolean isDeletePatch() {
            return "delete".equals(node.path("$patch").asText());
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " in " + REPO.relativize(file);
        }
    }

    @BeforeAll
    static void load() throws IOException {
        assertTrue(Files.isRegularFile(REPO.resolve("pom.xml")) && Files.isDirectory(DEPLOY),
                "run from the seeds module directory: " + REPO);
        services = new LinkedHashMap<>();
        for (String name : SERVICES) {
            services.put(name, readService(name));
        }
        projectVersion = readProjectVersion();
        yamlFiles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            for (Path file : files.filter(DeploymentManifestsTest::isYaml).sorted().toList()) {
                yamlFiles.put(file, readYaml(file));
            }
        }
        base = docsUnder(BASE);
        overlay = docsUnder(CNPG);
        keycloakOverlay = docsUnder(KEYCLOAK);
        compose = single(yamlFiles.get(COMPOSE), "the compose file").node();
    }

    // ---- ports, probes, images ----

    @Test
    void everyServiceListensOnItsConfiguredPortEverywhere() {
        for (ServiceFacts s : services.values()) {
            JsonNode container = container(s);
            int containerPort = onlyContainerPort(container, s);
            assertEquals(s.port(), containerPort, s.app() + " containerPort");
            JsonNode servicePort = only(kubeService(s).node().path("spec").path("ports"), s.app() + " Service ports");
            assertEquals(s.port(), servicePort.path("port").asInt(), s.app() + " Service port");
            assertEquals(s.port(), resolvePort(container, servicePort.path("targetPort")), s.app() + " Service targetPort");
            assertEquals(String.valueOf(s.port()),
                    deployment(s).node().at("/spec/template/metadata/annotations/prometheus.io~1port").asText(),
                    s.app() + " prometheus.io/port");
            assertEquals(String.valueOf(s.port()), literalEnv(container, "QUARKUS_HTTP_PORT"), s.app() + " QUARKUS_HTTP_PORT");

            JsonNode composeService = composeService(s);
            assertEquals(String.valueOf(s.port()), composeService.path("environment").path("QUARKUS_HTTP_PORT").asText(),
                    s.app() + " compose QUARKUS_HTTP_PORT");
            String mapping = only(composeService.path("ports"), s.app() + " compose ports").asText();
            String[] parts = mapping.replaceFirst("/tcp$", "").split(":");
            assertEquals(String.valueOf(s.port()), parts[parts.length - 1], s.app() + " compose container port");
            assertEquals(String.valueOf(s.port()), parts[parts.length - 2], s.app() + " compose published port");
        }
    }

    @Test
    void probesUseTheQuarkusHealthEndpointsOnTheContainerPort() {
        Map<String, String> paths = Map.of("readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live",
                "startupProbe", "/q/health/started");
        for (ServiceFacts s : services.values()) {
            JsonNode container = container(s);
            assertTrue(container.has("readinessProbe") && container.has("livenessProbe"), s.app() + " needs both probes");
            paths.forEach((probe, path) -> {
                if (container.has(probe)) {
                    JsonNode get = container.path(probe).path("httpGet");
                    assertEquals(path, get.path("path").asText(), s.app() + " " + probe);
                    assertEquals(s.port(), resolvePort(container, get.path("port")), s.app() + " " + probe + " port");
                }
            });
            String healthcheck = join(composeService(s).path("healthcheck").path("test"));
            assertTrue(healthcheck.contains("http://localhost:" + s.port() + "/q/health/ready"),
                    s.app() + " compose healthcheck: " + healthcheck);
        }
    }

    @Test
    void imagesAreTheJibImagesOfTheProjectVersion() throws IOException {
        for (ServiceFacts s : services.values()) {
            String expected = "opendata/" + s.app() + ":" + projectVersion;
            assertEquals(expected, container(s).path("image").asText(), s.app() + " Deployment image");
            assertEquals(expected, composeService(s).path("image").asText(), s.app() + " compose image");
        }
        String script = Files.readString(DEPLOY.resolve("images.sh"));
        for (String flag : List.of("-Dquarkus.container-image.build=true", "-Dquarkus.container-image.group=opendata",
                "-Dquarkus.jib.user=185")) {
            assertTrue(script.contains(flag), "images.sh must pass " + flag);
        }
        assertTrue(Files.isExecutable(DEPLOY.resolve("images.sh")), "images.sh must be executable");

        // the base image has no Chinese font: images.sh stages into src/main/jib the ones the PDF renderer looks for
        String fontFinder;
        try (Stream<Path> sources = Files.walk(REPO).filter(p -> p.getFileName().toString().equals("CjkFonts.java"))
                .filter(p -> p.toString().contains("/src/main/"))) {
            fontFinder = Files.readString(sources.findFirst().orElseGet(() -> fail("CjkFonts.java")));
        }
        Matcher staged = Pattern.compile("/usr/share/fonts/\\S+/([\\w.-]+\\.tt[fc])").matcher(script);
        int fonts = 0;
        while (staged.find()) {
            fonts++;
            assertTrue(fontFinder.contains("\"" + staged.group(1) + "\""), "images.sh stages " + staged.group(1) + ", which CjkFonts does not look for");
        }
        assertTrue(fonts >= 2, "images.sh must stage a body and a heading font into the images");
        assertTrue(script.contains("src/main/jib/usr/share/fonts"), "fonts go into the image through src/main/jib");
    }

    // ---- environment ----

    @Test
    void everyEnvironmentVariableIsOneTheServiceUnderstands() {
        for (ServiceFacts s : services.values()) {
            envNames(container(s)).forEach(env -> assertUnderstood(s, env, "Deployment"));
            fieldNames(composeService(s).path("environment")).forEach(env -> assertUnderstood(s, env, "compose"));
            patchedContainers(s).forEach(c -> envNames(c).forEach(env -> assertUnderstood(s, env, "overlay patch")));
        }
    }

    @Test
    void composeSetsTheSameEnvironmentAsKubernetes() {
        for (ServiceFacts s : services.values()) {
            assertEquals(new TreeSet<>(envNames(container(s))), new TreeSet<>(fieldNames(composeService(s).path("environment"))),
                    s.app() + ": environment names in compose and in the Deployment");
        }
    }

    @Test
    void databaseSettingsNameEachServicesOwnDatabaseAndRole() {
        Map<String, String> baseConfig = configMapData(base);
        Map<String, String> overlayConfig = new HashMap<>(baseConfig);
        overlayConfig.putAll(configMapData(overlay));
        Set<String> baseServiceNames = names(base, "Service");
        String cnpgHost = single(kind(overlay, "Cluster"), "CloudNativePG Cluster").name() + "-rw";
        for (ServiceFacts s : services.values()) {
            String key = configMapKey(container(s), "QUARKUS_DATASOURCE_JDBC_URL");
            assertJdbcUrl(s, baseConfig.get(key), baseServiceNames::contains, "base ConfigMap " + key);
            assertJdbcUrl(s, overlayConfig.get(key), cnpgHost::equals, "cloudnativepg ConfigMap " + key);
            JsonNode env = composeService(s).path("environment");
            assertJdbcUrl(s, env.path("QUARKUS_DATASOURCE_JDBC_URL").asText(), compose.path("services")::has, "compose");
            assertEquals(s.username(), env.path("QUARKUS_DATASOURCE_USERNAME").asText(), s.app() + " compose username");
            JsonNode usernameRef = secretRef(container(s), "QUARKUS_DATASOURCE_USERNAME");
            assertEquals(s.username(), secretValue(base, usernameRef.path("name").asText(), usernameRef.path("key").asText()),
                    s.app() + " username in the base Secret");
        }
    }

    @Test
    void reportServiceFindsTheSourcesByTheirServiceNames() {
        Map<String, String> config = configMapData(base);
        for (ServiceFacts s : services.values()) {
            for (String configKey : s.restClientKeys()) {
                String env = "QUARKUS_REST_CLIENT_" + envName(configKey) + "_URL";
                ServiceFacts target = services.get(configKey);
                assertNotNull(target, s.app() + ": REST client " + configKey + " names no known service");
                String expected = "http://" + target.app() + ":" + target.port();
                assertEquals(expected, config.get(configMapKey(container(s), env)), s.app() + " " + env + " in the ConfigMap");
                assertEquals(expected, composeService(s).path("environment").path(env).asText(), s.app() + " " + env + " in compose");
            }
        }
        assertFalse(services.get("report").restClientKeys().isEmpty(), "the report-service declares its REST clients");
    }

    @Test
    void reportLinksUseTheSourcesPublicAddresses() {
        Map<String, String> config = configMapData(base);
        Map<String, String> ingressBackends = new HashMap<>();
        for (JsonNode rule : single(kind(base, "Ingress"), "Ingress").node().path("spec").path("rules")) {
            rule.path("http").path("paths").forEach(p -> ingressBackends.put(rule.path("host").asText(),
                    p.path("backend").path("service").path("name").asText()));
        }
        for (ServiceFacts s : services.values()) {
            for (String property : s.propertyKeys()) {
                Matcher m = PUBLIC_URL_PROPERTY.matcher(property);
                if (!m.matches()) {
                    continue;
                }
                ServiceFacts source = services.get(m.group(1));
                assertNotNull(source, property + " names no known service");
                String env = envName(property);
                String url = config.get(configMapKey(container(s), env));
                Matcher host = Pattern.compile("https?://([^:/]+)(?::\\d+)?/?").matcher(url);
                assertTrue(host.matches(), env + " in the ConfigMap: " + url);
                assertEquals(source.app(), ingressBackends.get(host.group(1)), env + ": the Ingress host must lead to " + source.app());
                Matcher composed = COMPOSE_VARIABLE.matcher(composeService(s).path("environment").path(env).asText());
                assertTrue(composed.matches(), env + " in compose");
                assertEquals("http://localhost:" + source.port(), composed.group(2), env + " default in compose");
            }
        }
    }

    @Test
    void configMapAndSecretReferencesResolveInBase() {
        for (ServiceFacts s : services.values()) {
            for (JsonNode env : container(s).path("env")) {
                JsonNode configRef = env.path("valueFrom").path("configMapKeyRef");
                if (!configRef.isMissingNode()) {
                    Doc configMap = named(base, "ConfigMap", configRef.path("name").asText());
                    assertTrue(configMap.node().path("data").has(configRef.path("key").asText()), s.app() + " " + env);
                }
                JsonNode secretRef = env.path("valueFrom").path("secretKeyRef");
                if (!secretRef.isMissingNode()) {
                    assertNotNull(secretValue(base, secretRef.path("name").asText(), secretRef.path("key").asText()),
                            s.app() + " " + env);
                }
            }
        }
    }

    // ---- CloudNativePG overlay ----

    @Test
    void cloudNativePgOverlayGivesEveryServiceItsRoleAndDatabase() {
        Doc cluster = single(kind(overlay, "Cluster"), "CloudNativePG Cluster");
        JsonNode spec = cluster.node().path("spec");
        assertEquals("postgresql.cnpg.io/v1", cluster.node().path("apiVersion").asText());
        assertEquals(3, spec.path("instances").asInt(), "instances");
        JsonNode initdb = spec.path("bootstrap").path("initdb");
        String appSecret = cluster.name() + "-app";
        Set<String> managedRoles = new TreeSet<>();
        Map<String, String> rolePasswordSecrets = new HashMap<>();
        for (JsonNode role : spec.path("managed").path("roles")) {
            managedRoles.add(role.path("name").asText());
            rolePasswordSecrets.put(role.path("name").asText(), role.path("passwordSecret").path("name").asText());
        }
        Map<String, String> databaseOwners = new HashMap<>();
        kind(overlay, "Database").forEach(d -> {
            assertEquals(cluster.name(), d.node().path("spec").path("cluster").path("name").asText(), d.toString());
            databaseOwners.put(d.node().path("spec").path("name").asText(), d.node().path("spec").path("owner").asText());
        });
        databaseOwners.put(initdb.path("database").asText(), initdb.path("owner").asText());

        for (ServiceFacts s : services.values()) {
            assertEquals(s.username(), databaseOwners.get(s.database()), "owner of database " + s.database());
            JsonNode container = patchedContainers(s).findFirst().orElseThrow(() -> new AssertionError(s.app() + " not patched"));
            JsonNode user = secretRef(container, "QUARKUS_DATASOURCE_USERNAME");
            JsonNode password = secretRef(container, "QUARKUS_DATASOURCE_PASSWORD");
            String secret = user.path("name").asText();
            assertEquals(secret, password.path("name").asText(), s.app() + ": username and password from one Secret");
            assertEquals(Set.of("username", "password"), Set.of(user.path("key").asText(), password.path("key").asText()));
            if (secret.equals(appSecret)) {
                assertEquals(s.username(), initdb.path("owner").asText(), appSecret + " belongs to the bootstrap owner");
            } else {
                assertTrue(managedRoles.contains(s.username()), "managed role " + s.username());
                assertEquals(secret, rolePasswordSecrets.get(s.username()), "password Secret of role " + s.username());
                assertEquals(s.username(), secretValue(overlay, secret, "username"), secret + " username");
                assertEquals("kubernetes.io/basic-auth", named(overlay, "Secret", secret).node().path("type").asText());
            }
        }
    }

    // ---- availability, limits, security ----

    @Test
    void everyDeploymentIsReplicatedBoundedAndNonRoot() {
        assertEquals(services.size(), kind(base, "Deployment").size(), "one Deployment per service");
        for (ServiceFacts s : services.values()) {
            JsonNode spec = deployment(s).node().path("spec");
            assertTrue(spec.path("replicas").asInt() >= 2, s.app() + " replicas");
            JsonNode resources = container(s).path("resources");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(resources.path(bound).path(resource).asText().isBlank(),
                            s.app() + " lacks resources." + bound + "." + resource);
                }
            }
            JsonNode pod = spec.path("template").path("spec").path("securityContext");
            assertTrue(pod.path("runAsNonRoot").asBoolean(), s.app() + " runAsNonRoot");
            assertEquals(185, pod.path("runAsUser").asInt(), s.app() + " runAsUser (the image's user)");
            assertFalse(container(s).path("securityContext").path("allowPrivilegeEscalation").asBoolean(true),
                    s.app() + " allowPrivilegeEscalation");
        }
    }

    @Test
    void everyDeploymentHasItsOwnServiceAndDisruptionBudget() {
        for (ServiceFacts s : services.values()) {
            JsonNode podLabels = deployment(s).node().path("spec").path("template").path("metadata").path("labels");
            JsonNode serviceSelector = kubeService(s).node().path("spec").path("selector");
            assertSelectsOnly(s, serviceSelector, "Service");
            List<Doc> budgets = kind(base, "PodDisruptionBudget").stream()
                    .filter(pdb -> matches(pdb.node().path("spec").path("selector").path("matchLabels"), podLabels)).toList();
            Doc budget = single(budgets, "PodDisruptionBudget of " + s.app());
            assertSelectsOnly(s, budget.node().path("spec").path("selector").path("matchLabels"), "PodDisruptionBudget");
            assertEquals(1, budget.node().path("spec").path("minAvailable").asInt(), s.app() + " minAvailable");
            assertTrue(matches(deployment(s).node().path("spec").path("selector").path("matchLabels"), podLabels),
                    s.app() + " Deployment selector");
        }
    }

    @Test
    void reportServiceAutoscalesOnCpu() {
        Doc hpa = single(kind(base, "HorizontalPodAutoscaler"), "HorizontalPodAutoscaler");
        JsonNode spec = hpa.node().path("spec");
        assertEquals("Deployment", spec.path("scaleTargetRef").path("kind").asText());
        assertEquals("report-service", spec.path("scaleTargetRef").path("name").asText());
        assertEquals(2, spec.path("minReplicas").asInt());
        assertEquals(6, spec.path("maxReplicas").asInt());
        JsonNode metric = only(spec.path("metrics"), "HPA metrics").path("resource");
        assertEquals("cpu", metric.path("name").asText());
        assertEquals(70, metric.path("target").path("averageUtilization").asInt());
    }

    @Test
    void ingressRoutesToExistingServicePortsWithTheReportAtTheRoot() {
        Doc ingress = single(kind(base, "Ingress"), "Ingress");
        Set<String> routed = new TreeSet<>();
        for (JsonNode rule : ingress.node().path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode backend = path.path("backend").path("service");
                Doc service = named(base, "Service", backend.path("name").asText());
                boolean portExists = false;
                for (JsonNode port : service.node().path("spec").path("ports")) {
                    portExists |= backend.path("port").has("name")
                            ? port.path("name").asText().equals(backend.path("port").path("name").asText())
                            : port.path("port").asInt() == backend.path("port").path("number").asInt();
                }
                assertTrue(portExists, "Ingress backend port " + backend);
                if (backend.path("name").asText().equals("report-service")) {
                    assertEquals("/", path.path("path").asText(), "the report-service is served at /");
                }
                routed.add(backend.path("name").asText());
            }
        }
        assertEquals(services.values().stream().map(ServiceFacts::app).collect(Collectors.toCollection(TreeSet::new)), routed);
    }

    // ---- kustomize, secrets, compose ordering, database init ----

    @Test
    void baseKustomizationListsExactlyTheFilesOfBase() throws IOException {
        Set<String> listed = new TreeSet<>(texts(kustomization(BASE).path("resources")));
        Set<String> present;
        try (Stream<Path> files = Files.list(BASE)) {
            present = files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
    }

    @Test
    void overlayKustomizationsReferenceExistingFilesAndUseEveryFile() throws IOException {
        for (Path dir : List.of(CNPG, KEYCLOAK)) {
            JsonNode kustomization = kustomization(dir);
            List<String> paths = new ArrayList<>(texts(kustomization.path("resources")));
            kustomization.path("patches").forEach(p -> paths.add(p.path("path").asText()));
            for (String path : paths) {
                assertTrue(Files.exists(dir.resolve(path).normalize()), dir + ": missing " + path);
            }
            assertTrue(paths.contains("../../base"), dir + ": the overlay builds on base");
            Set<String> used = new TreeSet<>(paths);
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("kustomization.yaml"))
                        .forEach(f -> assertTrue(used.contains(f), dir + ": overlay file not used: " + f));
            }
        }
    }

    // ---- Keycloak overlay (issue 18: any OIDC provider by configuration; Keycloak as the example) ----

    @Test
    void keycloakOverlayPointsEveryServiceAtTheImportedRealm() throws IOException {
        JsonNode realm = new com.fasterxml.jackson.databind.ObjectMapper().readTree(DEPLOY.resolve("keycloak/realm-opendata.json").toFile());
        String realmName = realm.path("realm").asText();
        Doc keycloak = named(keycloakOverlay, "Deployment", "keycloak");
        JsonNode container = only(keycloak.node().at("/spec/template/spec/containers"), "keycloak containers");
        Doc kcService = named(keycloakOverlay, "Service", "keycloak");
        JsonNode kcPort = only(kcService.node().at("/spec/ports"), "keycloak Service ports");
        assertEquals(8080, resolvePort(container, kcPort.path("targetPort")), "the Service reaches Keycloak's HTTP port");
        String inCluster = "http://keycloak:" + kcPort.path("port").asInt() + "/realms/" + realmName + "/protocol/openid-connect";
        String issuer = env(container, "KC_HOSTNAME").map(e -> e.path("value").asText()).orElseGet(() -> fail("KC_HOSTNAME"))
                + "/realms/" + realmName;

        for (ServiceFacts s : services.values()) {
            JsonNode patched = single(kind(keycloakOverlay, "Deployment").stream().filter(d -> d.name().equals(s.app())).toList(),
                    "Keycloak patch of " + s.app()).node().at("/spec/template/spec/containers/0");
            assertEquals(s.app(), patched.path("name").asText(), "patched container name");
            envNames(patched).forEach(env -> assertUnderstood(s, env, "keycloak overlay patch"));
            assertEquals(inCluster + "/certs", literalEnv(patched, "MP_JWT_VERIFY_PUBLICKEY_LOCATION"), s.app() + " JWKS");
            assertEquals(issuer, literalEnv(patched, "MP_JWT_VERIFY_ISSUER"), s.app() + " issuer");
            assertEquals("delete", env(patched, "MP_JWT_VERIFY_PUBLICKEY").map(e -> e.path("$patch").asText()).orElse(""),
                    s.app() + ": the base's fixed PEM must give way to the provider's keys");
        }
        JsonNode report = named(keycloakOverlay, "Deployment", "report-service").node().at("/spec/template/spec/containers/0");
        assertEquals(inCluster + "/token", literalEnv(report, "OPENDATA_SOURCES_CLIENT_TOKEN_URL"));
        String clientId = literalEnv(report, "OPENDATA_SOURCES_CLIENT_CLIENT_ID");
        boolean confidentialWithServiceAccount = false;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                confidentialWithServiceAccount = client.path("serviceAccountsEnabled").asBoolean() && !client.path("publicClient").asBoolean();
            }
        }
        assertTrue(confidentialWithServiceAccount, clientId + " must be a confidential client with client credentials in the realm");

        Doc secret = named(keycloakOverlay, "Secret", "opendata-keycloak");
        Set<String> kcEnv = new TreeSet<>(envNames(container));
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(Files.readString(DEPLOY.resolve("keycloak/realm-opendata.json")));
        while (placeholder.find()) {
            assertTrue(kcEnv.contains(placeholder.group(1)), "the realm's ${" + placeholder.group(1) + "} has no value in Keycloak's environment");
        }
        for (JsonNode c : List.of(container, report)) {
            for (JsonNode env : c.path("env")) {
                JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                if (ref.path("name").asText().equals(secret.name())) {
                    assertTrue(secret.node().path("stringData").has(ref.path("key").asText()), "no key " + ref + " in " + secret);
                }
            }
        }
        String version = Pattern.compile("KEYCLOAK_VERSION=\"\\$\\{KEYCLOAK_VERSION:-([^}]+)}\"")
                .matcher(Files.readString(DEPLOY.resolve("local/keycloak.sh"))).results().findFirst()
                .map(m -> m.group(1)).orElseGet(() -> fail("KEYCLOAK_VERSION in keycloak.sh"));
        assertEquals("quay.io/keycloak/keycloak:" + version, container.path("image").asText(), "the release the local scripts run");
    }

    @Test
    void secretTemplatesHoldNoRealSecrets() {
        List<Doc> secrets = yamlFiles.values().stream().flatMap(List::stream)
                .filter(d -> d.kind().equals("Secret") && !d.isDeletePatch()).toList();
        assertFalse(secrets.isEmpty());
        for (Doc secret : secrets) {
            assertTrue(secret.node().path("data").isMissingNode(), secret + ": use stringData placeholders");
            secret.node().path("stringData").properties().forEach(e -> {
                if (!e.getKey().endsWith("username")) {
                    assertTrue(e.getValue().asText().startsWith("REPLACE_ME"), secret + " " + e.getKey() + " must be a placeholder");
                }
            });
        }
        assertEquals("REPLACE_ME", secretValue(base, "opendata-jwt", "jwt-public-key").substring(0, "REPLACE_ME".length()));
    }

    @Test
    void composeStartsPostgresFirstAndTheReportAfterItsSources() {
        JsonNode postgres = compose.path("services").path("postgres");
        assertTrue(postgres.path("image").asText().startsWith("postgres:15"), "PostgreSQL 15");
        assertTrue(join(postgres.path("healthcheck").path("test")).contains("pg_isready"), "pg_isready healthcheck");
        assertTrue(texts(postgres.path("volumes")).stream().anyMatch(v -> v.startsWith("./postgres/init.sql:/docker-entrypoint-initdb.d/")),
                "init script mounted");
        assertTrue(texts(postgres.path("volumes")).stream().anyMatch(v -> v.startsWith("pgdata:")), "named data volume");
        assertTrue(compose.path("volumes").has("pgdata"));
        for (ServiceFacts s : services.values()) {
            JsonNode dependsOn = composeService(s).path("depends_on");
            assertEquals("service_healthy", dependsOn.path("postgres").path("condition").asText(), s.app() + " waits for postgres");
            for (String source : s.restClientKeys()) {
                assertEquals("service_healthy", dependsOn.path(source + "-service").path("condition").asText(),
                        s.app() + " waits for " + source + "-service");
            }
        }
    }

    @Test
    void postgresInitScriptCreatesEachServicesRoleAndDatabaseWithTheComposePassword() throws IOException {
        String sql = Files.readString(DEPLOY.resolve("postgres/init.sql"));
        JsonNode postgresEnv = compose.path("services").path("postgres").path("environment");
        for (ServiceFacts s : services.values()) {
            assertTrue(sql.contains("CREATE DATABASE " + s.database() + " OWNER " + s.username() + " "), s.database() + " in init.sql");
            Matcher role = Pattern.compile("CREATE ROLE " + s.username() + " LOGIN PASSWORD :'(\\w+)';").matcher(sql);
            assertTrue(role.find(), "role " + s.username() + " in init.sql");
            Matcher getenv = Pattern.compile("\\\\getenv " + role.group(1) + " (\\w+)").matcher(sql);
            assertTrue(getenv.find(), "init.sql reads the password of " + s.username() + " from the environment");
            String variable = getenv.group(1);
            assertTrue(postgresEnv.has(variable), "postgres container gets " + variable);
            Matcher used = COMPOSE_VARIABLE.matcher(composeService(s).path("environment").path("QUARKUS_DATASOURCE_PASSWORD").asText());
            assertTrue(used.matches() && used.group(1).equals(variable), s.app() + " connects with ${" + variable + "}");
            assertEquals(postgresEnv.path(variable).asText(), composeService(s).path("environment").path("QUARKUS_DATASOURCE_PASSWORD").asText(),
                    s.app() + ": same default password as the role");
        }
    }

    // ---- helpers: the services ----

    private static ServiceFacts readService(String name) throws IOException {
        Path module = REPO.resolve(name + "-service");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        // A key set only for a profile ("%test.opendata.pii.key") names a property the service reads in every profile;
        // production must provide it itself (the secrets), so the deployment may set it.
        Set<String> keys = properties.stringPropertyNames().stream().map(k -> k.replaceFirst("^%[a-z]+\\.", ""))
                .collect(Collectors.toSet());
        Matcher jdbc = JDBC_URL.matcher(properties.getProperty("quarkus.datasource.jdbc.url", ""));
        assertTrue(jdbc.matches(), name + ": quarkus.datasource.jdbc.url");
        Set<String> configKeys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(module.resolve("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CONFIG_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    configKeys.add(m.group(1));
                }
            }
        }
        return new ServiceFacts(name, Integer.parseInt(properties.getProperty("quarkus.http.port")), jdbc.group(3),
                properties.getProperty("quarkus.datasource.username"), keys, configKeys);
    }

    private static String readProjectVersion() {
        try {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(REPO.resolve("pom.xml").toFile()).getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && element.getTagName().equals("version")) {
                    return element.getTextContent().trim();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the root pom", e);
        }
        throw new IllegalStateException("the root pom has no version");
    }

    /** The environment name MicroProfile Config maps to a property: upper case, other characters as '_'. */
    private static String envName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * Understood = a well-known Quarkus setting, the environment name of a property in the service's
     * application.properties, or the URL of a REST client the service declares.
     */
    private static void assertUnderstood(ServiceFacts s, String env, String where) {
        boolean understood = WELL_KNOWN_ENV.contains(env) || s.hasPropertyFor(env) || isDeclaredRestClientUrl(s, env);
        assertTrue(understood, s.app() + " (" + where + ") sets " + env + ", which the service does not understand");
    }

    private static boolean isDeclaredRestClientUrl(ServiceFacts s, String env) {
        Matcher m = REST_CLIENT_URL_ENV.matcher(env);
        return m.matches() && s.restClientKeys().stream().map(DeploymentManifestsTest::envName).anyMatch(m.group(1)::equals);
    }

    private static void assertJdbcUrl(ServiceFacts s, String url, Predicate<String> knownHost, String where) {
        assertNotNull(url, s.app() + ": no JDBC URL in " + where);
        Matcher m = JDBC_URL.matcher(url);
        assertTrue(m.matches(), where + ": " + url);
        assertEquals(s.database(), m.group(3), s.app() + " database in " + where);
        assertTrue(knownHost.test(m.group(1)), where + ": unknown database host " + m.group(1));
    }

    // ---- helpers: YAML ----

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static List<Doc> readYaml(Path file) {
        List<Doc> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> values = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (values.hasNextValue()) {
                JsonNode node = values.nextValue();
                if (node != null && node.isObject()) {
                    docs.add(new Doc(file, node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
        return docs;
    }

    private static List<Doc> docsUnder(Path dir) {
        List<Doc> docs = yamlFiles.entrySet().stream().filter(e -> e.getKey().getParent().equals(dir))
                .filter(e -> !e.getKey().getFileName().toString().equals("kustomization.yaml"))
                .flatMap(e -> e.getValue().stream()).toList();
        assertFalse(docs.isEmpty(), "no manifests in " + dir);
        return docs;
    }

    private static JsonNode kustomization(Path dir) {
        return single(yamlFiles.get(dir.resolve("kustomization.yaml")), "kustomization of " + dir).node();
    }

    private static List<Doc> kind(List<Doc> docs, String kind) {
        return docs.stream().filter(d -> d.kind().equals(kind) && !d.isDeletePatch()).toList();
    }

    private static Set<String> names(List<Doc> docs, String kind) {
        return kind(docs, kind).stream().map(Doc::name).collect(Collectors.toSet());
    }

    private static Doc named(List<Doc> docs, String kind, String name) {
        return single(kind(docs, kind).stream().filter(d -> d.name().equals(name)).toList(), kind + " " + name);
    }

    private static Doc single(List<Doc> docs, String what) {
        assertNotNull(docs, what + " not found");
        assertEquals(1, docs.size(), "exactly one " + what + ": " + docs);
        return docs.get(0);
    }

    private static JsonNode only(JsonNode array, String what) {
        assertEquals(1, array.size(), "exactly one of " + what);
        return array.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static String join(JsonNode node) {
        return node.isArray() ? String.join(" ", texts(node)) : node.asText();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : selector.properties()) {
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static void assertSelectsOnly(ServiceFacts s, JsonNode selector, String what) {
        for (Doc other : kind(base, "Deployment")) {
            boolean selected = matches(selector, other.node().path("spec").path("template").path("metadata").path("labels"));
            assertEquals(other.name().equals(s.app()), selected, s.app() + " " + what + " selector vs pods of " + other.name());
        }
    }

    // ---- helpers: Kubernetes objects ----

    private static Doc deployment(ServiceFacts s) {
        return named(base, "Deployment", s.app());
    }

    private static Doc kubeService(ServiceFacts s) {
        return named(base, "Service", s.app());
    }

    private static JsonNode container(ServiceFacts s) {
        JsonNode containers = deployment(s).node().path("spec").path("template").path("spec").path("containers");
        JsonNode container = only(containers, s.app() + " containers");
        assertEquals(s.app(), container.path("name").asText(), "container name");
        return container;
    }

    private static Stream<JsonNode> patchedContainers(ServiceFacts s) {
        return kind(overlay, "Deployment").stream().filter(d -> d.name().equals(s.app()))
                .flatMap(d -> {
                    List<JsonNode> containers = new ArrayList<>();
                    d.node().path("spec").path("template").path("spec").path("containers").forEach(containers::add);
                    return containers.stream();
                })
                .peek(c -> assertEquals(s.app(), c.path("name").asText(), "patched container name"));
    }

    private static int onlyContainerPort(JsonNode container, ServiceFacts s) {
        return only(container.path("ports"), s.app() + " container ports").path("containerPort").asInt();
    }

    private static int resolvePort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return fail("no container port named " + port);
    }

    private static List<String> envNames(JsonNode container) {
        List<String> names = new ArrayList<>();
        container.path("env").forEach(e -> names.add(e.path("name").asText()));
        return names;
    }

    private static Optional<JsonNode> env(JsonNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(name)) {
                return Optional.of(env);
            }
        }
        return Optional.empty();
    }

    private static String literalEnv(JsonNode container, String name) {
        return env(container, name).map(e -> e.path("value").asText(null)).orElse(null);
    }

    private static String configMapKey(JsonNode container, String name) {
        JsonNode ref = env(container, name).orElseThrow(() -> new AssertionError("no env " + name))
                .path("valueFrom").path("configMapKeyRef");
        assertEquals("opendata-config", ref.path("name").asText(), name + " from the ConfigMap");
        return ref.path("key").asText();
    }

    private static JsonNode secretRef(JsonNode container, String name) {
        JsonNode ref = env(container, name).orElseThrow(() -> new AssertionError("no env " + name))
                .path("valueFrom").path("secretKeyRef");
        assertFalse(ref.isMissingNode(), name + " must come from a Secret");
        return ref;
    }

    private static Map<String, String> configMapData(List<Doc> docs) {
        Map<String, String> data = new HashMap<>();
        kind(docs, "ConfigMap").forEach(d -> d.node().path("data").properties()
                .forEach(e -> data.put(e.getKey(), e.getValue().asText())));
        return data;
    }

    private static String secretValue(List<Doc> docs, String secret, String key) {
        return named(docs, "Secret", secret).node().path("stringData").path(key).asText(null);
    }

    private static JsonNode composeService(ServiceFacts s) {
        JsonNode service = compose.path("services").path(s.app());
        assertFalse(service.isMissingNode(), "compose service " + s.app());
        return service;
    }
}
