"""The six statutory gender pay gap figures in pandas and in polars, timed end to end
(read the CSV + compute), beside Equitas's `paygap-benchmark`. Run by compare.sh.

Method as Equitas's (docs/pay-gaps.md): men and women only (male/m/man, female/f/woman,
any case); hourly gaps over full-pay employees with a rate; bonus gaps over relevant
employees with bonus > 0; bonus proportions over all relevant employees; quartiles by
ranking full-pay rates into four bands as equal as possible (extras to the lowest bands),
a run of equal rates across a boundary shared in the run's own ratio of men and women.
Simplifications: floats rather than decimals (fine to one decimal place), and only a
given hourly_pay column (no rate derived from period pay), as the synthetic file has.
"""
import math
import os
import resource
import statistics
import subprocess
import sys
import time

MALE = {"male", "m", "man"}
FEMALE = {"female", "f", "woman"}
YES = {"yes", "y", "true", "1"}


def one_place(value):
    """Half away from zero, as Equitas rounds."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return math.copysign(math.floor(abs(value) * 10 + 0.5) / 10, value)


def gap(men, women):
    if men is None or women is None or men == 0:
        return None
    return one_place((men - women) / men * 100)


def quartiles(rates_by_run):
    """rates_by_run: (men, women) per distinct rate, lowest rate first."""
    n = sum(m + w for m, w in rates_by_run)
    sizes = [n // 4 + (1 if band < n % 4 else 0) for band in range(4)]
    starts = [sum(sizes[:band]) for band in range(4)]
    men_in = [0.0] * 4
    position = 0
    for men, women in rates_by_run:
        total = men + women
        for band in range(4):
            overlap = min(position + total, starts[band] + sizes[band]) - max(position, starts[band])
            if overlap > 0:
                men_in[band] += overlap * men / total
        position += total
    result = []
    for band in range(4):
        if sizes[band] == 0:
            result.append((None, None))
        else:
            male = one_place(men_in[band] / sizes[band] * 100)
            result.append((male, one_place(100 - male)))
    return result


def figures(mean_h, median_h, mean_b, median_b, bonus_pct, bands):
    pairs = [("mean_hourly_gap", gap(*mean_h)), ("median_hourly_gap", gap(*median_h)),
             ("mean_bonus_gap", gap(*mean_b)), ("median_bonus_gap", gap(*median_b)),
             ("male_bonus_pct", bonus_pct[0]), ("female_bonus_pct", bonus_pct[1])]
    for index, (male, female) in enumerated(bands):
        pairs += [(f"q{index + 1}_male_pct", male), (f"q{index + 1}_female_pct", female)]
    return " ".join(f"{k}=" + ("none" if v is None else f"{v:.1f}") for k, v in pairs)


def enumerated(items):
    return list(enumerate(items))


def with_pandas(path):
    import pandas as pd
    frame = pd.read_csv(path, usecols=["sex", "full_pay", "hourly_pay", "bonus_pay"],
                        dtype={"sex": "string", "full_pay": "string"}, keep_default_na=False, na_values=[""])
    sex = frame["sex"].str.strip().str.lower()
    is_male = sex.isin(MALE)
    relevant = frame[is_male | sex.isin(FEMALE)].copy()
    relevant["male"] = is_male[relevant.index]
    relevant["bonus_pay"] = relevant["bonus_pay"].fillna(0)
    full = relevant[relevant["full_pay"].str.strip().str.lower().isin(YES) & relevant["hourly_pay"].notna()]
    hourly = full.groupby("male")["hourly_pay"].agg(["mean", "median"])
    paid = relevant[relevant["bonus_pay"] > 0]
    bonus = paid.groupby("male")["bonus_pay"].agg(["mean", "median"])
    counts = relevant.groupby("male").size()
    paid_counts = paid.groupby("male").size()
    pct = tuple(one_place(paid_counts.get(flag, 0) / counts[flag] * 100) if counts.get(flag, 0) else None for flag in (True, False))
    runs = full.groupby("hourly_pay")["male"].agg(["sum", "size"]).sort_index()
    bands = quartiles([(int(m), int(s - m)) for m, s in zip(runs["sum"], runs["size"])])
    pick = lambda table, column, flag: float(table.loc[flag, column]) if flag in table.index else None
    return figures((pick(hourly, "mean", True), pick(hourly, "mean", False)), (pick(hourly, "median", True), pick(hourly, "median", False)),
                   (pick(bonus, "mean", True), pick(bonus, "mean", False)), (pick(bonus, "median", True), pick(bonus, "median", False)),
                   pct, bands)


def with_polars(path):
    import polars as pl
    frame = pl.read_csv(path, columns=["sex", "full_pay", "hourly_pay", "bonus_pay"],
                        schema_overrides={"sex": pl.Utf8, "full_pay": pl.Utf8, "hourly_pay": pl.Float64, "bonus_pay": pl.Float64})
    sex = pl.col("sex").str.strip_chars().str.to_lowercase()
    relevant = frame.with_columns(male=sex.is_in(list(MALE)), female=sex.is_in(list(FEMALE)), bonus_pay=pl.col("bonus_pay").fill_null(0)) \
        .filter(pl.col("male") | pl.col("female"))
    full = relevant.filter(pl.col("full_pay").str.strip_chars().str.to_lowercase().is_in(list(YES)) & pl.col("hourly_pay").is_not_null())
    hourly = {row["male"]: row for row in full.group_by("male").agg(mean=pl.col("hourly_pay").mean(), median=pl.col("hourly_pay").median()).to_dicts()}
    paid = relevant.filter(pl.col("bonus_pay") > 0)
    bonus = {row["male"]: row for row in paid.group_by("male").agg(mean=pl.col("bonus_pay").mean(), median=pl.col("bonus_pay").median()).to_dicts()}
    counts = {row["male"]: row["n"] for row in relevant.group_by("male").agg(n=pl.len()).to_dicts()}
    paid_counts = {row["male"]: row["n"] for row in paid.group_by("male").agg(n=pl.len()).to_dicts()}
    pct = tuple(one_place(paid_counts.get(flag, 0) / counts[flag] * 100) if counts.get(flag) else None for flag in (True, False))
    runs = full.group_by("hourly_pay").agg(men=pl.col("male").sum(), n=pl.len()).sort("hourly_pay")
    bands = quartiles([(int(m), int(n - m)) for m, n in zip(runs["men"].to_list(), runs["n"].to_list())])
    pick = lambda table, key, flag: table[flag][key] if flag in table else None
    return figures((pick(hourly, "mean", True), pick(hourly, "mean", False)), (pick(hourly, "median", True), pick(hourly, "median", False)),
                   (pick(bonus, "mean", True), pick(bonus, "mean", False)), (pick(bonus, "median", True), pick(bonus, "median", False)),
                   pct, bands)


def run_tool(tool, path, runs):
    compute = with_pandas if tool == "pandas" else with_polars
    times = []
    result = None
    first_peak = 0
    for run in range(runs):
        started = time.perf_counter()
        result = compute(path)
        times.append(time.perf_counter() - started)
        if run == 0:  # peak of one run, as the Swift benchmark reports it
            first_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times.sort()
    print(f"seconds: best {times[0]:.3f} median {times[len(times) // 2]:.3f}")
    print(f"peak_mb: {first_peak:.0f} (after the first run; {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} after all)")
    print("figures: " + result)


def parse(output):
    found = {}
    for line in output.splitlines():
        if line.startswith("seconds:"):
            parts = line.split()
            found["best"], found["median"] = float(parts[2]), float(parts[4])
        elif line.startswith("peak_mb:"):
            found["peak"] = float(line.split()[1])
        elif line.startswith("figures:"):
            found["figures"] = dict(pair.split("=") for pair in line.split()[1:])
    return found


def agreement(ours, results):
    for tool, theirs in results.items():
        differ = [f"{k}: {ours[k]} vs {theirs.get(k)}" for k in ours if ours[k] != theirs.get(k)]
        print(f"{tool} agrees on all {len(ours)} figures" if not differ else f"{tool} differs: " + "; ".join(differ))
        if differ:
            sys.exit(1)


def in_process(benchmark, rows, runs, rounds):
    """Each tool in its own process, `runs` timed runs in each; the processes take turns,
    round by round, so a busy moment on a shared machine falls on all of them alike."""
    path = f"/tmp/equitas-staff-{rows}.csv"
    found = {"Equitas": [], "pandas": [], "polars": []}
    for _ in range(rounds):
        found["Equitas"].append(parse(subprocess.run([benchmark, rows, runs, path], check=True, capture_output=True, text=True).stdout))
        for tool in ("pandas", "polars"):
            output = subprocess.run([sys.executable, __file__, "--tool", tool, path, runs], check=True, capture_output=True, text=True).stdout
            found[tool].append(parse(output))
    medians = {tool: statistics.median(r["median"] for r in runs_) for tool, runs_ in found.items()}
    print(f"N = {rows} rows ({os.path.getsize(path) / 1e6:.0f} MB), {rounds} rounds of {runs} runs each, taking turns; end to end (read + compute)")
    print(f"{'tool':<8} {'best s':>8} {'median s':>9} {'peak MB':>8} {'median vs polars':>17}")
    for tool, runs_ in found.items():
        best = min(r["best"] for r in runs_)
        peak = max(r["peak"] for r in runs_)
        print(f"{tool:<8} {best:>8.3f} {medians[tool]:>9.3f} {peak:>8.0f} {medians[tool] / medians['polars']:>16.2f}x")
    ours = found["Equitas"][0]["figures"]
    print("figures (Equitas): " + " ".join(f"{k}={v}" for k, v in ours.items()))
    agreement(ours, {tool: found[tool][0]["figures"] for tool in ("pandas", "polars")})


def eight_columns(rows):
    """The first eight columns of the synthetic list (the default staff list columns), as
    the whole-process comparison reads them."""
    import csv
    source, target = f"/tmp/equitas-staff-{rows}.csv", f"/tmp/equitas-staff-{rows}-8col.csv"
    if not os.path.exists(target):
        with open(source, newline="") as inp, open(target + ".part", "w", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            for row in csv.reader(inp):
                writer.writerow(row[:8])
        os.rename(target + ".part", target)
    return target


def equitas_figures(output):
    """`equitas paygap --format json` → the same name=value pairs as figures()."""
    import json
    report = json.loads(output)
    text = lambda v: "none" if v is None else f"{one_place(float(v)):.1f}"
    pairs = {k: text(report.get(k)) for k in ("mean_hourly_gap", "median_hourly_gap", "mean_bonus_gap", "median_bonus_gap")}
    pairs["male_bonus_pct"] = text(report["bonus_proportion"].get("male"))
    pairs["female_bonus_pct"] = text(report["bonus_proportion"].get("female"))
    for index, band in enumerate(report["quartiles"]):
        pairs[f"q{index + 1}_male_pct"] = text(band.get("male"))
        pairs[f"q{index + 1}_female_pct"] = text(band.get("female"))
    return pairs


def whole_process(equitas, rows, runs):
    """What a person waits for: `equitas paygap FILE` from start to exit, against a Python
    process that imports polars, reads the same file and prints the same figures; turn
    and turn about, best and median of `runs` each."""
    path = eight_columns(rows)
    commands = {
        "Equitas": [equitas, "paygap", path, "--snapshot", "2026-03-31", "--format", "json"],
        "polars": [sys.executable, __file__, "--print", "polars", path],
    }
    times = {tool: [] for tool in commands}
    outputs = {}
    for _ in range(int(runs)):
        for tool, command in commands.items():
            started = time.perf_counter()
            outputs[tool] = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            times[tool].append(time.perf_counter() - started)
    print(f"Whole process, {os.path.getsize(path) / 1e6:.0f} MB, 8 columns, {runs} runs each, taking turns")
    print(f"{'tool':<8} {'best s':>8} {'median s':>9} {'median vs polars':>17}")
    polars = statistics.median(times["polars"])
    for tool, spent in times.items():
        print(f"{tool:<8} {min(spent):>8.3f} {statistics.median(spent):>9.3f} {statistics.median(spent) / polars:>16.2f}x")
    ours = equitas_figures(outputs["Equitas"])
    agreement(ours, {"polars": dict(pair.split("=") for pair in outputs["polars"].split()[1:])})


def main():
    if sys.argv[1] == "--tool":
        run_tool(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    if sys.argv[1] == "--print":
        print("figures: " + (with_pandas if sys.argv[2] == "pandas" else with_polars)(sys.argv[3]))
        return
    benchmark, equitas, rows, runs, rounds = sys.argv[1:6]
    in_process(benchmark, rows, runs, int(rounds))
    print()
    if equitas != "-":
        whole_process(equitas, rows, runs)


if __name__ == "__main__":
    main()
