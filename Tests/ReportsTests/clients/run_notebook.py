"""Executes a plansim notebook with nbclient, in its own folder, and says what happened.

usage: run_notebook.py NOTEBOOK.ipynb
Exits 0 when nbformat validates it and every cell runs without error, and the code cells
that draw produce a PNG (matplotlib) after the run; 1 otherwise.
"""
import os
import sys

import nbformat
from nbclient import NotebookClient

path = sys.argv[1]
notebook = nbformat.read(path, as_version=4)
nbformat.validate(notebook)
NotebookClient(notebook, timeout=180, kernel_name="python3",
               resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}}).execute()
drawn = sum(1 for c in notebook.cells if c.cell_type == "code"
            for o in c.outputs if "image/png" in o.get("data", {}))
print(f"executed {len(notebook.cells)} cells, {drawn} matplotlib figures")
sys.exit(0 if drawn >= 2 else 1)
