"""Issue 16: the loaded models and knowledge are moved out of the garbage collector's way once loaded."""
import gc

from eventwire.model import Document
from eventwire.pipeline import default_pipeline


def test_loaded_pipeline_is_frozen_for_the_collector():
    pipe = default_pipeline()
    assert gc.get_freeze_count() > 10_000          # the knowledge bases' objects, not walked by full collections
    res = pipe.code([Document(id="t", text="Turkish troops shelled Kurdish positions near the town on Monday.")])
    assert res[0].status == "coded"                # coding goes on as before
