"""Summaries of compare.sh's alternating repetitions.

Each `DIR/LABEL.times` has one line per repetition: `wall cpu peak_kb compute_ms
compute_cpu_ms` (seconds, seconds, KB, ms, ms; `-` where the run reports no compute time),
written by compare.sh's `timed`.

usage: timings.py table DIR LABEL=DESCRIPTION…   prints a Markdown table of medians and min–max
       timings.py median DIR LABEL FIELD         prints one median (FIELD: wall, cpu, peak_mb,
                                                 compute, compute_cpu; wall/cpu/compute in s)
"""
import statistics
import sys

FIELDS = ["wall", "cpu", "peak_mb", "compute", "compute_cpu"]


def load(folder, label):
    rows = []
    for line in open("%s/%s.times" % (folder, label)):
        wall, cpu, kb, compute, compute_cpu = line.split()
        num = lambda v, scale: None if v == "-" else float(v) * scale  # noqa: E731
        rows.append({"wall": float(wall), "cpu": float(cpu), "peak_mb": float(kb) / 1024,
                     "compute": num(compute, 1e-3), "compute_cpu": num(compute_cpu, 1e-3)})
    return rows


def median(rows, field):
    values = [r[field] for r in rows if r[field] is not None]
    return statistics.median(values) if values else None


def spread(rows, field, digits=2):
    values = [r[field] for r in rows if r[field] is not None]
    if not values:
        return "–"
    m = statistics.median(values)
    if len(values) == 1:
        return "%.*f" % (digits, m)
    return "%.*f (%.*f–%.*f)" % (digits, m, digits, min(values), digits, max(values))


def table(folder, pairs):
    print("| run | n | whole: wall s | whole: CPU s | peak MB | compute: wall s | compute: CPU s |")
    print("|---|---|---|---|---|---|---|")
    for pair in pairs:
        label, _, text = pair.partition("=")
        rows = load(folder, label)
        print("| %s | %d | %s | %s | %.0f | %s | %s |" % (text or label, len(rows), spread(rows, "wall"), spread(rows, "cpu"),
                                                          max(r["peak_mb"] for r in rows), spread(rows, "compute", 3),
                                                          spread(rows, "compute_cpu", 3)))


def main():
    if sys.argv[1] == "table":
        table(sys.argv[2], sys.argv[3:])
    else:
        value = median(load(sys.argv[2], sys.argv[3]), sys.argv[4])
        print("nan" if value is None else "%.4f" % value)


if __name__ == "__main__":
    main()
