"""Issue 16: the loaded models and knowledge are moved out of the garbage collector's way once loaded."""
import gc
import subprocess
import sys

from eventwire.model import Document
from eventwire.pipeline import default_pipeline


def test_loaded_pipeline_is_frozen_for_the_collector():
    pipe = default_pipeline()
    assert gc.get_freeze_count() > 10_000          # the knowledge bases' objects, not walked by full collections
    res = pipe.code([Document(id="t", text="Turkish troops shelled Kurdish positions near the town on Monday.")])
    assert res[0].status == "coded"                # coding goes on as before


def test_the_pipeline_collects_young_objects_every_ten_thousand_allocations():
    """A document's coding makes some 100,000 short-lived objects: collected every 700 allocations (Python's
    default), the collector's older passes cost 3-4% of a run; the pipeline raises the young threshold once
    loaded (pipeline.default_pipeline), and keeps a threshold a process set higher, or a collector turned off."""
    probe = ("import gc\nfrom eventwire.pipeline import default_pipeline\ngc.set_threshold(700, 10, 10)\n"
             "default_pipeline()\nprint(*gc.get_threshold())\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["10000", "10", "10"]
