// Fetches the Neo4j 5.26 jars from Maven Central and compiles the launcher (once; later runs are instant).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const launcherDir = fileURLToPath(new URL("./launcher/", import.meta.url));
const stamp = path.join(launcherDir, "target", ".installed");

function fingerprint() {
  const hash = createHash("sha256");
  hash.update(readFileSync(path.join(launcherDir, "pom.xml")));
  hash.update(readFileSync(path.join(launcherDir, "src/main/java/evidencegraph/Launcher.java")));
  return hash.digest("hex");
}

function requireTool(command, args, hint) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new Error(`${command} is required to run the local Neo4j but was not found (${hint})`);
  }
}

/** True when the launcher is compiled and its jars are present for the current sources. */
export function isInstalled() {
  return (
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === fingerprint() &&
    readdirSync(path.join(launcherDir, "target", "lib")).length > 0
  );
}

export function install({ quiet = false } = {}) {
  if (isInstalled()) return;
  const say = (msg) => quiet || console.error(msg);
  requireTool("java", ["-version"], "install a Java 17 JDK");
  requireTool("mvn", ["-v"], "install Apache Maven 3");
  const started = Date.now();
  say("neo4j: fetching Neo4j 5.26 jars from Maven Central and compiling the launcher ...");
  execFileSync(
    "mvn",
    [
      "-q",
      "-B",
      "compile",
      "dependency:copy-dependencies",
      "-DoutputDirectory=target/lib",
      "-DincludeScope=runtime",
    ],
    { cwd: launcherDir, stdio: ["ignore", "inherit", "inherit"] },
  );
  writeFileSync(stamp, fingerprint());
  say(`neo4j: launcher ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    install();
    console.error("neo4j: installed");
  } catch (error) {
    console.error(`neo4j: ${error.message}`);
    process.exit(1);
  }
}

export const paths = {
  launcherDir,
  classes: path.join(launcherDir, "target", "classes"),
  lib: path.join(launcherDir, "target", "lib"),
};
