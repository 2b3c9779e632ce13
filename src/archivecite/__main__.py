"""``python -m archivecite``: the command line, where the ``archivecite`` script is not on PATH."""

from archivecite.cli import run

run()
