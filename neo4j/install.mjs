// Fetches the Neo4j 5.26 jars from Maven Central and compiles the launcher (once; later runs are instant).
// Plain Node ESM without dependencies, so `npm run neo4j:install` works before anything else is built.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const launcherDir = fileURLToPath(new URL("./launcher/", import.meta.url));
const target = path.join(launcherDir, "target");
export const paths = {
  launcherDir,
  classes: path.join(target, "classes"),
  lib: path.join(target, "lib"),
};
// Holds the hash of the sources the current target/ was built from.
const stamp = path.join(target, ".installed");

function fingerprint() {
  const hash = createHash("sha256");
  hash.update(readFileSync(path.join(launcherDir, "pom.xml")));
  hash.update(readFileSync(path.join(launcherDir, "src/main/java/evidencegraph/Launcher.java")));
  return hash.digest("hex");
}

function requireTool(command, args, hint) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new Error(`\`${command}\` is required to run the local Neo4j but was not found on PATH (${hint})`);
  }
}

/** True when the launcher is compiled and its jars are present for the current sources. */
export function isInstalled() {
  return (
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === fingerprint() &&
    existsSync(path.join(paths.classes, "evidencegraph", "Launcher.class")) &&
    existsSync(paths.lib) &&
    readdirSync(paths.lib).some((name) => name.endsWith(".jar"))
  );
}

/** Compiles the launcher and copies its runtime jars to target/lib, unless already done. */
export function install({ log = (msg) => console.error(msg) } = {}) {
  const started = Date.now();
  const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (isInstalled()) {
    log(`neo4j: launcher already installed (checked in ${took()})`);
    return;
  }
  requireTool("java", ["-version"], "install a Java 17+ JDK, e.g. apt-get install openjdk-17-jdk-headless");
  requireTool("mvn", ["-v"], "install Apache Maven 3, e.g. apt-get install maven");
  log("neo4j: fetching Neo4j 5.26 jars from Maven Central and compiling the launcher ...");
  // A clean lib/ so a version change leaves no stale jars on the classpath.
  rmSync(paths.lib, { recursive: true, force: true });
  rmSync(stamp, { force: true });
  // -q keeps Maven silent unless it fails; its output is captured to drop Debian Maven's stray ANSI codes.
  const mvn = spawnSync(
    "mvn",
    [
      "-q",
      "-B",
      "compile",
      "dependency:copy-dependencies",
      "-DoutputDirectory=target/lib",
      "-DincludeScope=runtime",
    ],
    { cwd: launcherDir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (mvn.error || mvn.status !== 0) {
    // eslint-disable-next-line no-control-regex -- strips ANSI colour codes
    const output = `${mvn.stdout ?? ""}${mvn.stderr ?? ""}`.replace(/\x1b\[[0-9;]*m/g, "").trim();
    throw new Error(
      `Maven failed in ${launcherDir} (${mvn.error?.message ?? `exit ${mvn.status}`}):\n${output}`,
    );
  }
  writeFileSync(stamp, fingerprint());
  log(`neo4j: launcher installed in ${took()} (${readdirSync(paths.lib).length} jars in ${paths.lib})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    install();
  } catch (error) {
    console.error(`neo4j: ${error.message}`);
    process.exit(1);
  }
}
