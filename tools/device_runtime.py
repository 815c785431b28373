"""The Spark runtime a GPU machine without Java or PySpark needs, built here and carried there in parts.

The lent GPU machines have PyTorch, transformers, pandas and pyarrow, but no Java and no PySpark, and reach no
package registry. This builds, from this machine's JDK and this venv's PySpark:

- a trimmed Java runtime (`jlink`: the modules Spark's local mode, SQL, Parquet, Arrow and ML load);
- PySpark and py4j, without the jars of what a GPU check never starts (Hive, Kubernetes, YARN, Spark Connect, the
  REPL, RocksDB);

packed into one tar and split into parts small enough to travel with a device call (its working tree is limited
to 64 MiB), with a manifest of their checksums. On the GPU machine `assemble` checks and joins the parts and
`env` prints the exports that make `import pyspark` and its JVM work.

    python tools/device_runtime.py build --out .devrt            # here (the folder is ignored by git)
    python tools/device_runtime.py check --out .devrt            # here: assemble into a temp folder, run a Spark job
    # there, over consecutive calls that each carry some of .devrt/part-*, then:
    python3 tools/device_runtime.py assemble --out .devrt --into /tmp/devrt
    eval "$(python3 tools/device_runtime.py env --into /tmp/devrt)"
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

# what Spark 4 loads in local mode with SQL, Parquet, Arrow and ML (jdk.incubator.vector: the launcher adds it;
# jdk.security.auth: Hadoop's login module; java.desktop: java.beans, used by Spark's and Jackson's reflection)
JRE_MODULES = ("java.base", "java.compiler", "java.desktop", "java.instrument", "java.logging", "java.management",
               "java.naming", "java.net.http", "java.prefs", "java.scripting", "java.security.jgss",
               "java.security.sasl", "java.sql", "java.transaction.xa", "java.xml", "jdk.incubator.vector",
               "jdk.jfr", "jdk.management", "jdk.net", "jdk.security.auth", "jdk.unsupported", "jdk.zipfs",
               "jdk.crypto.ec", "jdk.localedata")
# jars of components a GPU check never starts (names start with these)
DROPPED_JARS = ("rocksdbjni", "hive-", "spark-hive", "derby", "datanucleus", "kubernetes-", "spark-kubernetes",
                "spark-yarn", "spark-connect", "spark-repl", "scala-compiler", "curator-", "zookeeper",
                "spark-graphx", "spark-pipelines", "libthrift", "jdo-api", "javolution", "vertx-", "okhttp",
                "jline", "spark-streaming")
PART_BYTES = 60 << 20  # under the device call's 64 MiB working tree, with room for the repository itself


def _jlink(java_home: Path, into: Path) -> None:
    """A runtime image of JRE_MODULES from the JDK at `java_home`, stripped of debug data, headers and man pages."""
    subprocess.run([str(java_home / "bin" / "jlink"), "--add-modules", ",".join(JRE_MODULES), "--strip-debug",
                    "--no-header-files", "--no-man-pages", "--compress=2", "--output", str(into)], check=True)


def _java_home() -> Path:
    """The JDK that `java` on PATH belongs to (jlink sits beside it)."""
    java = shutil.which("java")
    if not java:
        sys.exit("no `java` on PATH: install a JDK 17 (jlink comes with it)")
    home = Path(os.path.realpath(java)).parents[1]
    if not (home / "bin" / "jlink").exists():
        sys.exit(f"{home} has no bin/jlink: install the JDK, not only the JRE")
    return home


def _copy_pyspark(site: Path) -> dict[str, int]:
    """PySpark and py4j from this interpreter's packages into `site`, minus DROPPED_JARS; returns the dropped jars'
    sizes."""
    import py4j
    import pyspark

    shutil.copytree(Path(py4j.__file__).parent, site / "py4j", ignore=shutil.ignore_patterns("__pycache__"))
    source = Path(pyspark.__file__).parent
    dropped = {jar.name: jar.stat().st_size for jar in (source / "jars").iterdir() if jar.name.startswith(DROPPED_JARS)}
    shutil.copytree(source, site / "pyspark", ignore=lambda folder, names: [
        name for name in names if name == "__pycache__" or name == "examples" or name in dropped])
    return dropped


def build(out: Path, part_bytes: int = PART_BYTES) -> dict:
    """Build the runtime into `out`: part-000, part-001 … of one tar (jre/, site/) and manifest.json."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("part-*"):
        old.unlink()
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        _jlink(_java_home(), root / "jre")
        dropped = _copy_pyspark(root / "site")
        tar_path = root / "runtime.tar"
        with tarfile.open(tar_path, "w") as tar:
            tar.add(root / "jre", "jre")
            tar.add(root / "site", "site")
        parts = []
        with open(tar_path, "rb") as whole:
            while chunk := whole.read(part_bytes):
                part = out / f"part-{len(parts):03d}"
                part.write_bytes(chunk)
                parts.append({"name": part.name, "bytes": len(chunk), "sha256": hashlib.sha256(chunk).hexdigest()})
    import pyspark

    manifest = {"pyspark": pyspark.__version__, "java_modules": list(JRE_MODULES), "dropped_jars": sorted(dropped),
                "parts": parts, "bytes": sum(p["bytes"] for p in parts)}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def assemble(out: Path, into: Path) -> None:
    """Check every part against the manifest, join them and unpack the runtime into `into`."""
    manifest = json.loads((out / "manifest.json").read_text())
    missing = [p["name"] for p in manifest["parts"] if not (out / p["name"]).exists()]
    if missing:
        sys.exit(f"parts not here yet: {', '.join(missing)} (carry them in, then assemble again)")
    into.mkdir(parents=True, exist_ok=True)
    joined = into / "runtime.tar"
    with open(joined, "wb") as whole:
        for part in manifest["parts"]:
            data = (out / part["name"]).read_bytes()
            if hashlib.sha256(data).hexdigest() != part["sha256"]:
                sys.exit(f"{part['name']} does not match the manifest: carry it again")
            whole.write(data)
    with tarfile.open(joined) as tar:
        tar.extractall(into, filter="tar")  # keeps the JRE's executable bits
    joined.unlink()


def environment(into: Path) -> dict[str, str]:
    """The variables under which `import pyspark` finds its jars and the trimmed Java in `into`."""
    return {"JAVA_HOME": str(into / "jre"), "PATH": f"{into / 'jre' / 'bin'}:{os.environ.get('PATH', '')}",
            "PYTHONPATH": f"{into / 'site'}:{os.environ.get('PYTHONPATH', '')}".rstrip(":"),
            "SPARK_HOME": str(into / "site" / "pyspark")}


CHECK_JOB = """
import os, tempfile, pyspark
from pyspark.sql import SparkSession
from pyspark.ml.clustering import KMeans
from pyspark.ml.linalg import Vectors
assert pyspark.__file__.startswith(os.environ["SPARK_HOME"]), pyspark.__file__
spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
folder = tempfile.mkdtemp()
spark.range(10000).selectExpr("id", "id % 7 AS key").write.parquet(folder + "/t")
rows = spark.read.parquet(folder + "/t").groupBy("key").count().collect()
assert sum(r["count"] for r in rows) == 10000
def double(batches):
    import pyarrow.compute as pc
    for batch in batches:
        yield batch.set_column(0, "id", pc.multiply(batch.column(0), 2))
total = spark.range(100).mapInArrow(double, "id long").groupBy().sum("id").collect()[0][0]
assert total == 9900, total
points = spark.createDataFrame([(Vectors.dense([float(i % 2), float(i % 2)]),) for i in range(20)], ["features"])
assert len(KMeans(k=2, seed=1).fit(points).clusterCenters()) == 2
print("runtime works:", pyspark.__version__, os.environ["JAVA_HOME"])
spark.stop()
"""


def check(out: Path) -> None:
    """Assemble the parts into a temporary folder and run a Spark job (SQL, Parquet, Arrow, ML) on that Java and
    that PySpark, in a process that sees nothing else of this venv's PySpark."""
    with tempfile.TemporaryDirectory() as into:
        assemble(out, Path(into))
        env = {**os.environ, **environment(Path(into)), "PYSPARK_PYTHON": sys.executable}
        subprocess.run([sys.executable, "-c", CHECK_JOB], env=env, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("build", "check", "assemble", "env"))
    parser.add_argument("--out", default=".devrt", help="the folder of the parts and their manifest")
    parser.add_argument("--into", default="/tmp/devrt", help="where assemble unpacks the runtime (env: reads it)")
    parser.add_argument("--part-mib", type=int, default=PART_BYTES >> 20)
    args = parser.parse_args()
    if args.action == "build":
        manifest = build(Path(args.out), args.part_mib << 20)
        print(f"{len(manifest['parts'])} parts, {manifest['bytes'] / 2**20:.0f} MiB in {args.out}; "
              f"dropped {len(manifest['dropped_jars'])} jars")
    elif args.action == "check":
        check(Path(args.out))
    elif args.action == "assemble":
        assemble(Path(args.out), Path(args.into))
    else:
        print("\n".join(f"export {name}={value}" for name, value in environment(Path(args.into)).items()))


if __name__ == "__main__":
    main()
