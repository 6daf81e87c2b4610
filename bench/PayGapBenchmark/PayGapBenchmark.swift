import EquitasCore
import EquitasLibrary
import EquitasSheets
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Times `equitas paygap FILE --by sex` end to end on a synthetic staff list: read the
/// file's bytes, parse, validate, compute the six statutory figures, by the very calls
/// the command makes (`StaffListFile.records` then `GenderPayGap.report`). Prints the
/// figures, the fastest and median of several runs, and the peak resident memory.
///
/// `swift run -c release paygap-benchmark [rows] [runs] [file]`; bench/paygap/compare.sh
/// runs it beside pandas and polars. The goal (issue 6): faster than polars, under 1 GB.
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
        var phases: [[Double]] = []
        var report: GenderPayGapReport?
        var firstRunPeak = 0.0
        for run in 0..<runs {
            let started = DispatchTime.now().uptimeNanoseconds
            // As `equitas paygap` reads its file (InputFile.read).
            guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
            let read = DispatchTime.now().uptimeNanoseconds
            let staff = try StaffListFile.records(data, limits: .localFile)
            let parsed = DispatchTime.now().uptimeNanoseconds
            report = GenderPayGap.report(staff, snapshot: snapshot)
            let done = DispatchTime.now().uptimeNanoseconds
            times.append(Double(done - started) / 1e9)
            phases.append([read - started, parsed - read, done - parsed].map { Double($0) / 1e9 })
            // What one `equitas paygap` run holds at most; later runs add only the
            // allocator's leftovers from earlier ones, which a single command never has.
            if run == 0 { firstRunPeak = peakMegabytes() }
        }
        if let data = FileManager.default.contents(atPath: path) {
            let started = DispatchTime.now().uptimeNanoseconds
            let fast = StaffListFile.fastRecords(data, limits: .localFile) != nil
            print(String(format: "csv path: %@ (%.3f s alone), StaffRecord %d bytes", fast ? "fast" : "general", Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9, MemoryLayout<StaffRecord>.stride))
        }
        let fastest = phases[times.firstIndex(of: times.min()!)!]
        times.sort()
        guard let report else { return }
        print("file: \(path)")
        print("rows: \(rows), runs: \(runs)")
        print(String(format: "seconds: best %.3f median %.3f", times[0], times[times.count / 2]))
        print(String(format: "peak_mb: %.0f (after the first run; %.0f after all)", firstRunPeak, peakMegabytes()))
        print(String(format: "phases of the fastest run: read %.3f s, parse and validate %.3f s, figures %.3f s", fastest[0], fastest[1], fastest[2]))
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
