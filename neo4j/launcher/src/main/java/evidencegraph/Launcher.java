package evidencegraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j 5.26 community in this JVM with Bolt on 127.0.0.1, for machines without Docker.
 * Usage: --data-dir DIR --port PORT --password-file FILE. Authentication is on: the user neo4j gets
 * the password read from FILE (never from the command line, which other users can see). Prints "NEO4J_READY bolt://127.0.0.1:PORT" once the default
 * database answers, or "NEO4J_FAILED reason" and exits 1. Stops cleanly when stdin closes, so the
 * JVM never outlives the Node process that started it (even when that process is SIGKILLed).
 */
public final class Launcher {
  private static volatile DatabaseManagementService service;
  private static volatile boolean ready;

  public static void main(String[] args) {
    Path dataDir = null;
    int port = 7687;
    long pageCacheMb = 64;
    Path passwordFile = null;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) fail("missing value for " + args[i]);
      switch (args[i]) {
        case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath();
        case "--port" -> port = parsePort(value);
        case "--pagecache-mb" -> pageCacheMb = parsePageCache(value);
        case "--password-file" -> passwordFile = Path.of(value).toAbsolutePath();
        default -> fail("unknown argument " + args[i]);
      }
    }
    if (dataDir == null) fail("--data-dir is required");
    if (passwordFile == null) fail("--password-file is required");
    if (!portFree(port)) fail("port " + port + " on 127.0.0.1 is already in use");

    // SIGTERM/SIGINT and System.exit all stop Neo4j cleanly (checkpoint, release the store lock).
    Runtime.getRuntime().addShutdownHook(new Thread(Launcher::stop, "neo4j-shutdown"));
    watchParent();

    try {
      Files.createDirectories(dataDir);
      // The data dir is neo4j_home: the store goes to data/, the logs to logs/ inside it.
      service =
          new DatabaseManagementServiceBuilder(dataDir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              // Loopback only, but any local user could reach it: authentication on, password from a 0600 file.
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              // 64 MB holds the paper's graph; literature-scale benchmarks pass more.
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
              // Preallocating 256 MB transaction logs costs seconds and disk for a tiny graph.
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
              .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
              // Bolt's worker pool otherwise waits 5 s per connector on shutdown, after the data is safe.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
              .build();

      setPassword(passwordFile);
      GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) fail("the default database did not become available");
      try (var tx = db.beginTx()) {
        tx.execute("RETURN 1").close();
        tx.commit();
      }
    } catch (Throwable e) {
      fail("could not start Neo4j: " + reason(e));
    }
    ready = true;
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
  }

  /**
   * Gives the user neo4j the password in the file (embedded transactions run with full rights). On a
   * fresh store this replaces the default neo4j/neo4j, which only allows a password change anyway.
   */
  private static void setPassword(Path file) throws IOException {
    String password = Files.readString(file).trim();
    if (password.length() < 16) fail("the password in " + file + " is shorter than 16 characters");
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to set the password it already has: that is the state we want.
      if (!reason(e).contains("cannot be the same")) throw e;
    }
  }

  /** The parent holds our stdin open; EOF (or a broken pipe) means it is gone, so exit via the hook. */
  private static void watchParent() {
    Thread watcher =
        new Thread(
            () -> {
              try {
                InputStream in = System.in;
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                  // input is ignored; only end of stream matters
                }
              } catch (IOException ignored) {
                // a broken stdin counts as EOF
              }
              if (!ready) fail("stdin closed before Neo4j was ready (the parent process is gone)");
              System.exit(0);
            },
            "parent-watcher");
    watcher.setDaemon(false); // keeps the JVM up after main returns, for as long as the parent lives
    watcher.start();
  }

  private static synchronized void stop() {
    DatabaseManagementService running = service;
    service = null;
    if (running == null) return;
    try {
      running.shutdown();
    } catch (Throwable e) {
      System.err.println("error while stopping Neo4j: " + reason(e));
    }
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port > 0 && port < 65536) return port;
    } catch (NumberFormatException ignored) {
      // reported below
    }
    fail("invalid --port " + value);
    return -1;
  }

  private static long parsePageCache(String value) {
    try {
      long mb = Long.parseLong(value);
      if (mb >= 8 && mb <= 1_048_576) return mb;
    } catch (NumberFormatException ignored) {
      // reported below
    }
    fail("invalid --pagecache-mb " + value + " (8 to 1048576)");
    return -1;
  }

  private static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true); // like Neo4j's own bind: a port in TIME_WAIT is free
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** One line naming the root cause, e.g. a bind failure buried under lifecycle exceptions. */
  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String text = root == e ? e.toString() : e.getClass().getSimpleName() + " caused by " + root;
    return text.replaceAll("\\s+", " ");
  }

  private static void fail(String reason) {
    System.out.println("NEO4J_FAILED " + reason);
    System.out.flush();
    System.exit(1); // the shutdown hook stops Neo4j if it got that far
  }
}
