#!/usr/bin/env python3
"""Runs BaoCao on a Spark cluster as a stream filter: `RDD.pipe` through
`baocao extract --stdin -o -`, one JSON line out per input line, written as JSON Lines
(one part file per partition, in input order) or Parquet.

    spark-submit deploy/spark/baocao_pipe.py --inputs 'hdfs:///lists/2024/*.txt' \
        --output hdfs:///baocao/2024 [--baocao /usr/local/bin/baocao] [--partitions 64] \
        [--jobs 2] [--format jsonl|parquet]

--inputs: text files with one input per line, as the filter reads them: a path every
executor can read (a shared mount at the same place everywhere), a file:// URI, or a JSON
object {"uri": ..., "media_type": ..., "content_base64": ...} (or "text") for pages that
are not on a shared disk (crawl archives, object stores). --paths instead takes folders
and lists their pages on the driver (.html, .htm, .txt, ...; sorted).
--baocao: the binary on every executor (the container image's /usr/local/bin/baocao);
the statically linked build needs no Swift libraries there. --jobs: worker threads per
filter process (one process per task; give each task as many cores as --jobs, e.g.
spark.task.cpus).
A reject is a line too ({"source": ..., "error": ...}); the filter exits 0 whatever was
rejected, so only a broken executor fails a task (and Spark retries it).
"""
import argparse
import os
import shlex
import sys

PAGE_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml", ".txt")


def list_pages(folders):
    """Absolute paths of the pages under `folders`, sorted, as `baocao extract` walks them
    (names starting with '.' skipped)."""
    found = []
    for folder in folders:
        for root, dirs, files in os.walk(os.path.abspath(folder), followlinks=True):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found += [os.path.join(root, f) for f in files
                      if not f.startswith(".") and f.lower().endswith(PAGE_EXTENSIONS)]
    return sorted(found, key=os.fsencode)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--inputs", help="text file(s) with one input per line (Spark path, globs allowed)")
    source.add_argument("--paths", nargs="+", help="folders to list on the driver")
    parser.add_argument("--output", required=True, help="output folder (Spark path)")
    parser.add_argument("--baocao", default="baocao", help="the baocao binary on the executors")
    parser.add_argument("--partitions", type=int, default=None, help="partitions (tasks)")
    parser.add_argument("--jobs", type=int, default=1, help="worker threads per filter process")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--master", default=None, help="Spark master (default: spark-submit's)")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("baocao")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    if args.inputs:
        lines = context.textFile(args.inputs, minPartitions=args.partitions or context.defaultParallelism)
    else:
        pages = list_pages(args.paths)
        lines = context.parallelize(pages, args.partitions or context.defaultParallelism)
    command = " ".join(shlex.quote(part) for part in
                       [args.baocao, "extract", "--stdin", "-o", "-", "--quiet", "--jobs", str(args.jobs)])
    records = lines.pipe(command, checkCode=True)
    if args.format == "jsonl":
        records.saveAsTextFile(args.output)
    else:
        spark.read.json(records).write.parquet(args.output)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
