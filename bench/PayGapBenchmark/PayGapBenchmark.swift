import EquitasCore
import EquitasLibrary
import EquitasSheets
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Times `equitas paygap FILE --by sex` end to end on a synthetic staff list: map the
/// file, read the cells the figures need, compute the six statutory figures, by the very
/// calls the command makes (`StaffListFile.contents` then `StaffListFile.genderPayGap`).
/// Prints the figures, the fastest and median of several runs, and the peak resident
/// memory; then the record path alone (`StaffListFile.records` and
/// `GenderPayGap.report`, what the command did before, and still does for a file the
/// figures-only path hands over) for comparison.
///
/// `swift run -c release paygap-benchmark [rows] [runs] [file]`; bench/paygap/compare.sh
/// runs it beside pandas and polars. The goal (issue 21): half of polars' time.
@main
struct PayGapBenchmark {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let rows = arguments.first.flatMap(Int.init) ?? 1_000_000
        let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 5
        let path = arguments.count > 2 ? arguments[2] : FileManager.default.temporaryDirectory.appendingPathComponent("equitas-staff-\(rows).csv").path
        try ensureFile(path, rows: rows)
        let snapshot = CalendarDate(year: 2026, month: 3, day: 31)!

        var times: [Double] = []
        var report: GenderPayGapReport?
        var firstRunPeak = 0.0
        for run in 0..<runs {
            let started = DispatchTime.now().uptimeNanoseconds
            // As `equitas paygap` reads its file (InputFile.read(_, mapped: true)).
            guard let data = StaffListFile.contents(ofFile: path) else { throw CocoaError(.fileReadNoSuchFile) }
            report = try StaffListFile.genderPayGap(data, limits: .localFile, snapshot: snapshot)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            // What one `equitas paygap` run holds at most; later runs add only the
            // allocator's leftovers from earlier ones, which a single command never has.
            if run == 0 { firstRunPeak = peakMegabytes() }
        }
        times.sort()
        guard let report else { return }
        print("file: \(path)")
        print("rows: \(rows), runs: \(runs)")
        print(String(format: "seconds: best %.3f median %.3f", times[0], times[times.count / 2]))
        print(String(format: "peak_mb: %.0f (after the first run; %.0f after all)", firstRunPeak, peakMegabytes()))
        if let data = StaffListFile.contents(ofFile: path) {
            let started = DispatchTime.now().uptimeNanoseconds
            let figuresOnly = StaffListFile.payGapTally(data, limits: .localFile) != nil
            let tallied = DispatchTime.now().uptimeNanoseconds
            let records = try StaffListFile.records(data, limits: .localFile)
            let parsed = DispatchTime.now().uptimeNanoseconds
            let fromRecords = GenderPayGap.report(records, snapshot: snapshot)
            let done = DispatchTime.now().uptimeNanoseconds
            print(String(format: "path: %@ (tally alone %.3f s); the record path: parse %.3f s, figures %.3f s, same figures: %@",
                figuresOnly ? "figures only" : "records", Double(tallied - started) / 1e9, Double(parsed - tallied) / 1e9,
                Double(done - parsed) / 1e9, fromRecords == report ? "yes" : "NO"))
            // A wrong figure, or the synthetic list handed to the record path, is a failure (CI runs this briefly).
            guard fromRecords == report, figuresOnly else { throw CocoaError(.coderInvalidValue) }
        }
        print(PayGapFigureLine.line(report))
    }

    static func ensureFile(_ path: String, rows: Int) throws {
        guard !FileManager.default.fileExists(atPath: path) else { return }
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try SyntheticStaffList(seed: 2026).write(count: rows, to: handle)
    }

    /// ru_maxrss: kilobytes on Linux, bytes on macOS.
    static func peakMegabytes() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1024 / 1024
        #endif
    }
}
