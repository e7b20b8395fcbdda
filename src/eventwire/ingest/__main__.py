"""python -m eventwire.ingest PATH... [--output OUT.jsonl]"""
import argparse
import sys

from eventwire.ingest.commands import add_arguments, run

parser = argparse.ArgumentParser(prog="python -m eventwire.ingest", description=__doc__)
add_arguments(parser)
sys.exit(run(parser.parse_args()))
