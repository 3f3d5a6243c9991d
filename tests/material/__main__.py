"""Write the synthetic set to a folder to look at: ``cd tests && python -m material OUT_DIR``."""

from __future__ import annotations

import sys
from pathlib import Path

from material import write_set

if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "material-out")
    for sample in write_set(target):
        print(sample.path)
