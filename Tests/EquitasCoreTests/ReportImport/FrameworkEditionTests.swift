import EquitasCore
import Foundation
import Testing

/// The five-area Framework's two editions kept apart: 2011's wording ("place shaping",
/// "community engagement and satisfaction") reads as the 2011 edition, 2014's
/// ("involving your communities", "a skilled and committed workforce") as the 2014
/// edition, and a report in words both share goes by its year.
@Suite("The Framework's 2011 and 2014 editions told apart")
struct FrameworkEditionTests {
    func report(year: Int, areas: [String]) -> String {
        var lines = [
            "Brackley Vale District Council", "Equality Framework Peer Challenge", "",
            "The challenge took place on 7 to 9 March \(year).", "",
            "Brackley Vale District Council is achieving under the Equality Framework for Local Government.", "",
        ]
        for area in areas {
            lines += [area, "Strengths:", "- The council publishes its equality data every year.", "Areas for consideration:",
                      "- Few residents under thirty take part in consultations.", ""]
        }
        return lines.joined(separator: "\n")
    }

    func recognise(_ text: String) throws -> ReportImportResult {
        try ReportRecogniser.recognise(text: text, catalog: ImportFrameworks.catalog)
    }

    @Test("a 2017 report in the 2014 edition's words imports against eflg-2014, without a warning")
    func edition2014() throws {
        let result = try recognise(report(year: 2017, areas: [
            "Knowing your communities", "Leadership, partnership and organisational commitment", "Involving your communities",
            "Responsive services and customer care", "A skilled and committed workforce",
        ]))

        #expect(result.document.framework == "eflg-2014")
        #expect(result.document.frameworkVersion == "2014")
        #expect(result.warnings.allSatisfy { !$0.contains("framework") && !$0.contains("match") }, "\(result.warnings)")
        #expect(result.item("framework")?.reason.contains("2014 edition") == true)
        #expect(result.document.modules.map(\.id) == ["knowing-communities", "leadership", "engagement", "services", "workforce"])
        _ = try result.document.validated(against: ImportFrameworks.catalog)
    }

    @Test("2011 wording reads as the 2011 edition even in a later year")
    func edition2011() throws {
        let result = try recognise(report(year: 2016, areas: [
            "Knowing your communities and equality mapping", "Place shaping, leadership, partnership and organisational commitment",
            "Community engagement and satisfaction",
        ]))

        #expect(result.document.framework == "eflg-2011")
        #expect(result.item("framework")?.reason.contains("2011 edition") == true)
    }

    @Test("words both editions use go by the report's year", arguments: [(2012, "eflg-2011"), (2018, "eflg-2014")])
    func byYear(_ year: Int, _ expected: String) throws {
        let result = try recognise(report(year: year, areas: ["Knowing your communities", "Responsive services and customer care"]))

        #expect(result.document.framework == expected)
        #expect(result.item("framework")?.reason.contains("\(year)") == true)
    }
}
