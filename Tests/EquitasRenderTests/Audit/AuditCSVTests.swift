import EquitasCore
import EquitasRender
import Foundation
import Testing

@Suite("The audit trail as CSV")
struct AuditCSVTests {
    static let finding = UUID(uuidString: "0000000A-0000-0000-0000-000000000001")!
    static let jo = AuditAuthor(accountId: UUID(), label: "Jo Bloggs <jo@example.gov.uk>")

    @Test("one line per changed field, a blank field for an event without changes, times in UTC to the second")
    func rows() throws {
        let events = [
            AuditEvent(
                id: UUID(), at: Date(timeIntervalSince1970: 1_710_235_800.75), author: Self.jo, action: .updated, record: "finding",
                recordId: Self.finding,
                changes: [
                    AuditFieldChange(field: "text", before: "Strong leadership.", after: "Strong, visible leadership."),
                    AuditFieldChange(field: "theme", before: nil, after: "=HYPERLINK(\"x\")"),
                ]),
            AuditEvent(
                id: UUID(), at: Date(timeIntervalSince1970: 1_710_232_200), author: .system, action: .created, record: "finding",
                recordId: Self.finding, changes: []),
        ]

        let text = String(decoding: AuditCSV.csv(events).dropFirst(3), as: UTF8.self)

        #expect(
            text.components(separatedBy: "\r\n") == [
                "When,Who,Action,Record,Record id,Field,Before,After",
                "2024-03-12T09:30:00Z,Jo Bloggs <jo@example.gov.uk>,updated,finding,0000000a-0000-0000-0000-000000000001,text,"
                    + "Strong leadership.,\"Strong, visible leadership.\"",
                "2024-03-12T09:30:00Z,Jo Bloggs <jo@example.gov.uk>,updated,finding,0000000a-0000-0000-0000-000000000001,theme,,"
                    + "\"'=HYPERLINK(\"\"x\"\")\"",
                "2024-03-12T08:30:00Z,system,created,finding,0000000a-0000-0000-0000-000000000001,,,",
                "",
            ])
    }

    @Test("the file starts with a byte-order mark, so Excel reads it as UTF-8")
    func byteOrderMark() {
        #expect(Array(AuditCSV.csv([]).prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(AuditCSV.table([]).header == ["When", "Who", "Action", "Record", "Record id", "Field", "Before", "After"])
    }
}
