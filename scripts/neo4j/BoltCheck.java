// Waits until a Neo4j server answers a real Bolt query (RETURN 1) with the given credentials.
// Usage: java -cp "<neo4j lib>/*:<classes>" BoltCheck <uri> <user> <password> <timeout-seconds>
// Exit codes: 0 ready, 3 authentication failed, 4 timed out. Uses the Java driver shipped with Neo4j.
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;

public final class BoltCheck {
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: BoltCheck <uri> <user> <password> <timeout-seconds>");
            System.exit(2);
        }
        String uri = args[0];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(2, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(1)
                .build();
        String last = "no attempt";
        while (System.nanoTime() < deadline) {
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(args[1], args[2]), config);
                    var session = driver.session()) {
                long one = session.run("RETURN 1 AS one").single().get("one").asLong();
                if (one == 1) {
                    System.exit(0);
                }
                last = "RETURN 1 gave " + one;
            } catch (AuthenticationException e) {
                System.exit(3); // the caller explains
            } catch (RuntimeException e) {
                last = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            Thread.sleep(500);
        }
        System.err.println("no Bolt answer at " + uri + " (last error: " + last + ")");
        System.exit(4);
    }
}
