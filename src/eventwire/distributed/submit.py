"""The application file for ``spark-submit``: runs ``eventwire spark`` with the given arguments.

    spark-submit [spark options] "$(python -c 'import eventwire.distributed.submit as m; print(m.__file__)')" \\
        INPUT... --output DIR [--partitions N]

The master and every other Spark setting come from spark-submit (``--master`` here is optional).
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from eventwire.cli import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["spark-load"]:
        return cli_main(args)
    if args[:1] == ["spark"]:
        args = args[1:]
    return cli_main(["spark", *args])


if __name__ == "__main__":
    sys.exit(main())
