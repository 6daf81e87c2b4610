@testable import EquitasCLI
import EquitasWeb
import Foundation
import Testing

@Suite("Observability settings from the environment")
struct ObservabilitySettingsTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-cli-\(UUID().uuidString)").path

    func configuration(_ extra: [String: String]) throws -> AppConfiguration {
        try Runtime.configuration(options: try RuntimeOptions.parse([]), environment: extra.merging(["EQUITAS_DATA": folder]) { given, _ in given })
    }

    @Test("EQUITAS_METRICS_TOKEN protects /metrics; blank means unset")
    func metricsToken() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try configuration(["EQUITAS_METRICS_TOKEN": " scrape-secret "]).metricsToken == "scrape-secret")
        #expect(try configuration(["EQUITAS_METRICS_TOKEN": "  "]).metricsToken == nil)
        #expect(try configuration([:]).metricsToken == nil)
    }

    @Test("EQUITAS_LOG_FORMAT is text or json, anything else refused")
    func logFormat() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try Runtime.logFormat([:]) == .text)
        #expect(try Runtime.logFormat(["EQUITAS_LOG_FORMAT": "JSON"]) == .json)
        #expect(try Runtime.logFormat(["EQUITAS_LOG_FORMAT": "text"]) == .text)
        let error = #expect(throws: RuntimeError.self) { try Runtime.logFormat(["EQUITAS_LOG_FORMAT": "xml"]) }
        #expect(error?.description.contains("EQUITAS_LOG_FORMAT") == true)
        #expect(throws: RuntimeError.self) { try configuration(["EQUITAS_LOG_FORMAT": "yaml"]) }
    }
}
