import EquitasCore
import EquitasFixtures
import EquitasRender
import EquitasSheets
import Foundation
import Testing

@testable import EquitasWeb

/// `=HYPERLINK("http://x","y")` pushed through every spreadsheet Equitas writes: the
/// action plan as CSV and as a workbook, the impact assessment register and the audit
/// trail. A CSV cell must come out with the apostrophe that keeps it text; a workbook
/// cell must be an inline string, never a formula.
@Suite("Formula injection through every writer")
struct FormulaInjectionTests {
    static let payload = #"=HYPERLINK("http://x","y")"#
    /// The payload as one CSV field: guarded, then quoted for its comma and quotes.
    static let guardedField = #""'=HYPERLINK(""http://x"",""y"")""#

    static func csvLines(_ data: Data) -> [String] {
        String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test("the action plan as CSV and as XLSX")
    func actionPlan() throws {
        var record = PlanFixture.record
        record.items[0].actions[0].action.value.description = Self.payload
        let table = ActionPlanSheet.table(for: record, vocabulary: PlanFixture.vocabulary)

        let lines = Self.csvLines(CSVWriter.write(table))
        #expect(lines.contains { $0.contains(Self.guardedField) })
        #expect(!lines.contains { $0.contains(",=HYPERLINK") || $0.hasPrefix("=") || $0.contains(",\"=HYPERLINK") })

        // The workbook's cells are typed text (see the XLSX writer's test in
        // EquitasSheetsTests/Hostile): read back, the cell is the text itself.
        let workbook = try XLSXWriter.write([table])
        #expect(try XLSXReader.readFirst(workbook).rows.contains { $0.contains(.text(Self.payload)) })
    }

    @Test("the impact assessment register")
    func impactAssessmentRegister() {
        let assessment = ImpactAssessment(
            organisationId: UUID(), title: Self.payload, service: "+Housing", proposal: "@SUM(A1)", decisionDate: CalendarDate("2025-06-01"))
        let lines = Self.csvLines(ImpactAssessmentRegisterCSV.data([Identified(id: UUID(), value: assessment)], today: CalendarDate("2025-01-01")!))
        #expect(lines[1].hasPrefix(Self.guardedField + ",'+Housing,'@SUM(A1),"))
    }

    @Test("the audit trail, the payload in the author and the changed value")
    func auditTrail() {
        let event = AuditEvent(
            id: UUID(), at: Date(timeIntervalSince1970: 1_710_235_800), author: AuditAuthor(accountId: UUID(), label: Self.payload),
            action: .updated, record: "finding", recordId: UUID(),
            changes: [AuditFieldChange(field: "text", before: "\tTabbed", after: Self.payload)])
        let fields = Self.csvLines(AuditCSV.csv([event]))[1]
        #expect(fields.contains("," + Self.guardedField + ",updated,"))
        #expect(fields.hasSuffix(",text,'\tTabbed," + Self.guardedField))
    }
}
