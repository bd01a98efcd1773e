package kg.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs an embedded Neo4j Community DBMS with the Bolt connector on, for local development and tests
 * on machines without Docker.
 *
 * <p>Usage: {@code EmbeddedNeo4j <homeDir> <boltPort> [pagecache] [txTimeoutSeconds]}. Authentication is
 * off unless the environment variable {@code NEO4J_EMBEDDED_PASSWORD} is set. When the default database is
 * available it prints exactly one line, {@code NEO4J_READY bolt://127.0.0.1:<port>}, which the Node side
 * waits for. SIGTERM or SIGINT shuts the DBMS down cleanly through a shutdown hook.
 *
 * <p>With {@code NEO4J_EMBEDDED_WATCH_STDIN=1} (the Node side sets it, and keeps a pipe to standard
 * input open) the end of standard input shuts it down the same way: when the process that started
 * it dies, even by SIGKILL, its end of the pipe closes, and Neo4j does not outlive it holding the
 * store's lock and the port.
 */
public final class EmbeddedNeo4j {
  public static final String READY_LINE = "NEO4J_READY";

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: EmbeddedNeo4j <homeDir> <boltPort> [pagecache] [txTimeoutSeconds]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port;
    try {
      port = Integer.parseInt(args[1]);
    } catch (NumberFormatException e) {
      System.err.println("expected a Bolt port number, but got: " + args[1]);
      System.exit(2);
      return;
    }
    String pagecache = args.length > 2 ? args[2] : "128m";
    long txTimeoutSeconds = args.length > 3 ? Long.parseLong(args[3]) : 60;
    String password = System.getenv("NEO4J_EMBEDDED_PASSWORD");
    boolean authEnabled = password != null && !password.isEmpty();

    SocketAddress address = new SocketAddress("127.0.0.1", port);
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, address)
            .setConfig(BoltConnector.advertised_address, address)
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnitParser.parse(pagecache))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("NEO4J_STOPPING");
                  dbms.shutdown();
                  System.out.println("NEO4J_STOPPED");
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    if ("1".equals(System.getenv("NEO4J_EMBEDDED_WATCH_STDIN"))) {
      watchStandardInput();
    }

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(3))) {
      System.err.println("Neo4j did not become available within 3 minutes");
      System.exit(1);
    }
    if (authEnabled) {
      setInitialPassword(dbms, password);
    }
    System.out.println(READY_LINE + " bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /** Exits (through the shutdown hook) once standard input ends: the parent's end of the pipe closed. */
  private static void watchStandardInput() {
    Thread watcher =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              try {
                while (System.in.read(buffer) >= 0) {
                  // Nothing is sent on purpose; whatever comes is read and dropped.
                }
              } catch (java.io.IOException e) {
                // A broken pipe is the same news as its end.
              }
              System.out.println("NEO4J_PARENT_GONE");
              System.exit(0);
            },
            "parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Sets the neo4j user's password through the system database, so Bolt clients must log in. */
  private static void setInitialPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
        java.util.Map.of("password", password));
  }

  /** Parses sizes such as {@code 128m} or {@code 1g} into bytes. */
  static final class ByteUnitParser {
    static long parse(String text) {
      String t = text.trim().toLowerCase();
      long factor = 1;
      char last = t.charAt(t.length() - 1);
      if (last == 'k') factor = 1L << 10;
      else if (last == 'm') factor = 1L << 20;
      else if (last == 'g') factor = 1L << 30;
      String digits = factor == 1 ? t : t.substring(0, t.length() - 1);
      return Long.parseLong(digits) * factor;
    }
  }

  private EmbeddedNeo4j() {}
}
