"""Growth of the CPU time of one record with its size, for the records that once took quadratic time.

    python bench/hostile.py                    # sizes 1000, 4000, 16000
    python bench/hostile.py --sizes 2000 8000
    PYTHONPATH=OTHER/src python bench/hostile.py   # another checkout, same records

Each case of ``tests/hostile.py`` is generated at each size and read and extracted in a
fresh process; the figure is that process's CPU seconds (user + system) less those of
reading the sample record (imports, the lexicon), so another busy process on the
machine does not count. A linear reader grows ×4 for ×4 the input; a quadratic one ×16.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import hostile  # noqa: E402

CHILD = """
import resource, sys
from consultkg.extract import extract
from consultkg.read import read_source
extract(read_source(sys.argv[1]))
u = resource.getrusage(resource.RUSAGE_SELF)
print(u.ru_utime + u.ru_stime, u.ru_maxrss)
"""


def measure(path: Path) -> tuple[float, int]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True)
    cpu, rss = out.stdout.split()
    return float(cpu), int(rss) // 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    args = ap.parse_args()
    start, _ = measure(ROOT / "data" / "lima-peru-government.md")
    print(f"fixed part (imports, lexicon, the sample record): {start:.2f} CPU s")
    print("| case | " + " | ".join(f"n = {n:,}" for n in args.sizes) + " | growth per ×4 |")
    print("| --- | " + " | ".join("---:" for _ in args.sizes) + " | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for make in hostile.GROWING:
            cells, times = [], []
            for n in args.sizes:
                name, data = make(n)
                path = Path(tmp) / f"{n}-{name}"
                path.write_bytes(data)
                cpu, rss = measure(path)
                times.append(max(cpu - start, 0.01))
                cells.append(f"{cpu - start:.2f} s, {len(data) / 1e6:.2f} MB, {rss} MB peak")
            growth = [b / a for a, b in zip(times, times[1:])]
            print(f"| {make.__name__} | " + " | ".join(cells) + " | " + ", ".join(f"×{g:.1f}" for g in growth) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
