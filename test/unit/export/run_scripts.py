# Runs exported scripts one after another in this one process, so that numpy or torch is imported
# once: reads [{"path", "args"}] as JSON on stdin, runs each as `python3 PATH ARGS...` would, and
# prints [{"stdout", "error"?}] as JSON.
import contextlib
import io
import json
import runpy
import sys
import traceback

results = []
for job in json.load(sys.stdin):
    out = io.StringIO()
    sys.argv = [job["path"], *job["args"]]
    result = {}
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(job["path"], run_name="__main__")
    except SystemExit as e:
        if e.code not in (None, 0):
            result["error"] = f"exit {e.code}"
    except Exception:
        result["error"] = traceback.format_exc()
    result["stdout"] = out.getvalue()
    results.append(result)
json.dump(results, sys.stdout)
