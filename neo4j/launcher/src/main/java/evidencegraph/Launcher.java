package evidencegraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Prints "NEO4J_READY bolt://127.0.0.1:PORT" once the default database answers, or
 * "NEO4J_FAILED reason" and exits 1. Stops cleanly when stdin closes, so the JVM never outlives
 * the Node process that started it (even when that process is killed).
 */
public final class Launcher {
  public static void main(String[] args) {
    Path dataDir = null;
    int port = 7687;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data-dir" -> dataDir = Path.of(args[i + 1]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        default -> fail("unknown argument " + args[i]);
      }
    }
    if (dataDir == null) fail("--data-dir is required");
    if (!portFree(port)) fail("port " + port + " on 127.0.0.1 is already in use");

    DatabaseManagementService service;
    try {
      Files.createDirectories(dataDir);
      service =
          new DatabaseManagementServiceBuilder(dataDir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
              .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
              // Bolt's worker pool otherwise waits 5 s per connector on shutdown, after the data is safe.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
              .build();
    } catch (Exception e) {
      fail("could not start Neo4j: " + e);
      return;
    }

    final DatabaseManagementService running = service;
    Thread shutdown = new Thread(() -> stop(running), "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) fail("the default database did not become available");
    try (var tx = db.beginTx()) {
      tx.execute("RETURN 1").close();
      tx.commit();
    }
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // The parent holds our stdin open; EOF means it is gone.
    try {
      InputStream in = System.in;
      byte[] buffer = new byte[256];
      while (in.read(buffer) >= 0) {
        // ignore input; we only wait for end of stream
      }
    } catch (IOException ignored) {
      // treat a broken stdin like EOF
    }
    System.exit(0); // runs the shutdown hook, which stops Neo4j cleanly
  }

  private static synchronized void stop(DatabaseManagementService service) {
    try {
      service.shutdown();
    } catch (Exception e) {
      System.err.println("error while stopping Neo4j: " + e);
    }
  }

  private static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void fail(String reason) {
    System.out.println("NEO4J_FAILED " + reason);
    System.out.flush();
    System.exit(1);
  }
}
