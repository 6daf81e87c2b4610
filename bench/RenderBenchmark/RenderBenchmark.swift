import EquitasCore
import EquitasRender
import Foundation

/// Times rendering a 300-finding, 40-recommendation challenge to each format and prints
/// the median, fastest and slowest of several runs. Build in release mode:
/// `swift run -c release render-benchmark [runs]`. Goal (issue 3): DOCX under 200 ms.
@main
struct RenderBenchmark {
    static func main() throws {
        let runs = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 20
        let record = SyntheticChallenge.record(findings: 300, recommendations: 40)
        let edition = ReportEdition.draft(number: 1, issued: CalendarDate("2025-04-01")!)
        print("Rendering \(record.findings.count) findings and \(record.recommendations.count) recommendations, \(runs) runs each")
        print("format   median ms   min ms   max ms   bytes")
        for format in ReportFormat.allCases {
            var times: [Double] = []
            var size = 0
            for _ in 0..<runs {
                let clock = ContinuousClock()
                var rendered: RenderedReport?
                let elapsed = try clock.measure {
                    rendered = try ReportRendering.render(record: record, framework: SyntheticChallenge.framework, edition: edition, format: format)
                }
                size = rendered?.data.count ?? 0
                times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
            }
            times.sort()
            let name = format.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            let line = name + String(format: " %9.1f %8.1f %8.1f %7d", times[times.count / 2], times.first!, times.last!, size)
            print(line)
        }
    }
}
