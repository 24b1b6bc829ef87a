#!/usr/bin/python3
"""Execute the notebooks headless with nbclient and fail on any cell error.

Run with Debian's python (`/usr/bin/python3`, packages `python3-nbclient`); the kernel is the
repository's own spec in notebooks/kernels/lingtan-deno (found through JUPYTER_PATH, set here), which
starts the pinned Deno from node_modules, so `npm ci` is the only setup.

    /usr/bin/python3 notebooks/execute.py                      # every notebooks/*.ipynb
    /usr/bin/python3 notebooks/execute.py notebooks/x.ipynb    # some
    options: --timeout SECONDS (per cell, default 120), --output-dir DIR (executed copies; default a
             temporary directory, removed afterwards), --strip (remove outputs from the given
             notebooks in place, for authors before committing)

The committed notebooks are never rewritten by a run (except with --strip); they are kept without
outputs, which a run checks.
"""
import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
KERNEL = "lingtan-deno"

# Our kernel spec first (connection files go to a private runtime dir, set in main()).
os.environ["JUPYTER_PATH"] = os.pathsep.join(p for p in [HERE, os.environ.get("JUPYTER_PATH", "")] if p)

import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError  # noqa: E402


def strip(nb):
    """Remove outputs, execution counts and run metadata; True if anything changed."""
    changed = False
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if cell.get("outputs") or cell.get("execution_count") is not None:
            changed = True
        cell.outputs = []
        cell.execution_count = None
        for key in ("execution", "collapsed", "scrolled"):
            if key in cell.metadata:
                del cell.metadata[key]
                changed = True
    return changed


def has_outputs(nb):
    return any(c.cell_type == "code" and (c.get("outputs") or c.get("execution_count") is not None) for c in nb.cells)


def run(path, out_dir, timeout):
    nb = nbformat.read(path, as_version=4)
    name = os.path.basename(path)
    problems = []
    if has_outputs(nb):
        problems.append("committed with outputs (run: /usr/bin/python3 notebooks/execute.py --strip %s)" % path)
    spec = nb.metadata.get("kernelspec", {}).get("name")
    if spec != KERNEL:
        problems.append('kernelspec is "%s", expected "%s"' % (spec, KERNEL))
    client = NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=timeout,
        startup_timeout=120,
        allow_errors=False,
        record_timing=True,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
    )
    started = time.monotonic()
    error = None
    try:
        client.execute()
    except CellExecutionError as e:
        error = "cell error:\n%s" % e
    except CellTimeoutError as e:
        error = "cell timed out after %ss: %s" % (timeout, e)
    except DeadKernelError as e:
        error = "kernel died: %s" % e
    except Exception as e:  # e.g. the kernel did not start (node_modules missing: run npm ci)
        error = "kernel failed: %s: %s" % (type(e).__name__, e)
        if client.km is None:  # nothing to clean up: drop nbclient's exit hook (it would assert)
            atexit.unregister(client._cleanup_kernel)
    seconds = time.monotonic() - started
    out = os.path.join(out_dir, name)
    nbformat.write(nb, out)
    return seconds, error, problems, out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per cell (default 120)")
    parser.add_argument("--output-dir", help="where to write executed copies (default: a temporary directory)")
    parser.add_argument("--strip", action="store_true", help="strip outputs in place instead of executing")
    args = parser.parse_args()
    paths = args.notebooks or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".ipynb")
    )
    if not paths:
        print("execute.py: no notebooks found", file=sys.stderr)
        return 1

    if args.strip:
        for p in paths:
            nb = nbformat.read(p, as_version=4)
            if strip(nb):
                nbformat.write(nb, p)
                print("stripped %s" % p)
        return 0

    scratch = tempfile.mkdtemp(prefix="lingtan-notebooks-")
    os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(scratch, "runtime")
    temp = args.output_dir is None
    out_dir = os.path.join(scratch, "executed") if temp else args.output_dir
    os.makedirs(out_dir, exist_ok=True)
    failed = 0
    try:
        for p in paths:
            print("executing %s ..." % os.path.relpath(p), flush=True)
            seconds, error, problems, out = run(p, out_dir, args.timeout)
            if error is None and not problems:
                print("  ok in %.1f s%s" % (seconds, "" if temp else " -> %s" % out), flush=True)
                continue
            failed += 1
            print("  FAILED after %.1f s%s" % (seconds, "" if temp else " (partial output: %s)" % out), flush=True)
            for line in problems:
                print("  " + line, flush=True)
            if error is not None:
                print(error, flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if failed:
        print("%d of %d notebooks failed" % (failed, len(paths)), file=sys.stderr)
        return 1
    print("all %d notebooks ran without errors" % len(paths))
    return 0


if __name__ == "__main__":
    sys.exit(main())
