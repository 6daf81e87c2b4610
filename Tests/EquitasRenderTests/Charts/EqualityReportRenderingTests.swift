import EquitasCore
@testable import EquitasRender
import Foundation
import Testing

@Suite("Equality information report rendered")
struct EqualityReportRenderingTests {
    static let organisation = UUID(uuidString: "00000000-0000-0000-0000-000000000003")!
    static let date = CalendarDate(year: 2026, month: 4, day: 30)!

    static var input: EqualityInformationInput {
        let records = (0..<30).map { n in
            StaffRecord(employeeId: "E\(n)", sex: .value(n < 12 ? "Male" : "Female"), ethnicity: .value("White British"),
                        disability: .value("No"), grade: "Grade 1", pay: .rate(n < 12 ? 20 : 16))
        }
        let snapshot = WorkforceSnapshot(organisationId: organisation, date: CalendarDate(year: 2026, month: 3, day: 31)!, staffCount: 30)
        let community = CommunityProfile(organisationId: organisation, area: "Wyvern Vale", source: "Census 2021",
                                         entries: [CommunityProfileEntry(characteristic: "sex", group: "Female", percent: Decimal(string: "51.2")!)])
        return EqualityInformationInput(organisationName: "Wyvern Vale District Council", date: date,
                                        snapshots: [.init(snapshot: snapshot, records: records)], communityProfile: community, impactAssessments: [])
    }

    @Test("DOCX, HTML and Markdown, named after the council and the date; PPTX refused")
    func formats() throws {
        let html = try EqualityReportRendering.render(input: Self.input, format: .html)
        #expect(html.filename == "wyvern-vale-district-council-equality-information-2026-04-30.html")
        let page = String(decoding: html.data, as: UTF8.self)
        #expect(page.contains("<svg") && page.contains("role=\"img\"") && page.contains("60.0%") && page.contains("51.2%"))
        let markdown = String(decoding: try EqualityReportRendering.render(input: Self.input, format: .md).data, as: UTF8.self)
        #expect(markdown.contains(#"| Female | 18 | 60\.0% | 51\.2% | \+8.8 points |"#))
        let docx = try EqualityReportRendering.render(input: Self.input, format: .docx)
        #expect(docx.filename.hasSuffix(".docx"))
        let body = try UnzippedPackage(docx.data).xml("word/document.xml").all("w:tc").map(RenderedDOCX.text)
        #expect(body.contains("60.0%") && body.contains("51.2%") && body.contains("20.0%"))
        #expect(throws: ValidationFailure.self) { try EqualityReportRendering.render(input: Self.input, format: .pptx) }
    }
}
