"""Files on whatever filesystem Spark writes to (local, HDFS, S3A …), through Hadoop's FileSystem API.

The driver uses it to stage a run next to its output and commit it with one rename, so an interrupted
run leaves nothing at the final path and a rerun replaces it whole.
"""

from __future__ import annotations

from pyspark.sql import SparkSession


class HadoopFS:
    """Small driver-side helpers over org.apache.hadoop.fs.FileSystem."""

    def __init__(self, spark: SparkSession, path: str):
        jvm = spark.sparkContext._jvm
        self._jvm = jvm
        self._conf = spark.sparkContext._jsc.hadoopConfiguration()
        self._fs = jvm.org.apache.hadoop.fs.Path(path).getFileSystem(self._conf)

    def _path(self, path: str):
        return self._jvm.org.apache.hadoop.fs.Path(path)

    def qualify(self, path: str) -> str:
        """The fully qualified form of `path` (scheme and authority filled in)."""
        return self._fs.makeQualified(self._path(path)).toString()

    def exists(self, path: str) -> bool:
        return bool(self._fs.exists(self._path(path)))

    def delete(self, path: str) -> None:
        if self.exists(path):
            self._fs.delete(self._path(path), True)

    def mkdirs(self, path: str) -> None:
        self._fs.mkdirs(self._path(path))

    def rename(self, source: str, target: str) -> None:
        if not self._fs.rename(self._path(source), self._path(target)):
            raise OSError(f"could not rename {source} to {target}")

    def write_text(self, path: str, text: str) -> None:
        stream = self._fs.create(self._path(path), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()

    def read_text(self, path: str) -> str:
        stream = self._fs.open(self._path(path))
        try:
            reader = self._jvm.java.io.BufferedReader(self._jvm.java.io.InputStreamReader(stream, "UTF-8"))
            lines = []
            line = reader.readLine()
            while line is not None:
                lines.append(line)
                line = reader.readLine()
            return "\n".join(lines)
        finally:
            stream.close()

    def is_dir(self, path: str) -> bool:
        return bool(self._fs.getFileStatus(self._path(path)).isDirectory())

    def modification_time(self, path: str) -> float:
        """Seconds since the epoch."""
        return self._fs.getFileStatus(self._path(path)).getModificationTime() / 1000.0

    def touch(self, path: str) -> None:
        """Set a file's modification time to now."""
        import time

        self._fs.setTimes(self._path(path), int(time.time() * 1000), -1)

    def create_new(self, path: str, text: str) -> bool:
        """Create a file that must not exist yet; False when it does (an HDFS/S3 create without overwrite)."""
        try:
            stream = self._fs.create(self._path(path), False)
        except Exception:  # noqa: BLE001 - py4j wraps FileAlreadyExistsException
            return False
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()
        return True

    def size(self, path: str) -> int:
        """Bytes of a file."""
        return int(self._fs.getFileStatus(self._path(path)).getLen())

    def list_files(self, path: str) -> list[str]:
        """Files directly under `path`, sorted by name."""
        return sorted(s.getPath().toString() for s in self._fs.listStatus(self._path(path)) if s.isFile())

    def list_dirs(self, path: str) -> list[str]:
        """Folders directly under `path`, sorted by name."""
        return sorted(s.getPath().toString() for s in self._fs.listStatus(self._path(path)) if s.isDirectory())
