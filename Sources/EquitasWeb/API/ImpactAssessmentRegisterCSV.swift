import EquitasCore
import EquitasSheets
import Foundation

/// The register as a spreadsheet a council can filter and publish: one row per
/// assessment, a column per protected characteristic with its rating, the council's
/// own characteristics together in one column. `CSVWriter` guards text that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`), so a title is only ever text.
enum ImpactAssessmentRegisterCSV {
    static let fixedColumns = [
        "Title", "Service", "Proposal", "Decision maker", "Decision date", "Status", "Outcome", "Review date",
        "Overdue for review", "Published",
    ]
    static let trailingColumns = ["Other characteristics", "Consultation", "Mitigations", "Id"]

    static var header: [String] {
        fixedColumns + ProtectedCharacteristic.allCases.map(\.label) + trailingColumns
    }

    static func data(_ register: [Identified<ImpactAssessment>], today: CalendarDate) -> Data {
        CSVWriter.write(SheetTable(name: "Impact assessments", header: header, rows: register.map { row($0, today: today) }))
    }

    static func row(_ item: Identified<ImpactAssessment>, today: CalendarDate) -> [SheetCell] {
        let value = item.value
        let ratings = ProtectedCharacteristic.allCases.map { characteristic -> SheetCell in
            guard let line = value.impacts.first(where: { $0.protected == characteristic }) else { return .text("Not assessed") }
            return .text(line.rating.label)
        }
        let others = value.impacts.filter { $0.protected == nil }.map { "\($0.characteristic): \($0.rating.label)" }
        return [
            .text(value.title), .text(value.service), .text(value.proposal), text(value.decisionMaker),
            value.decisionDate.map(SheetCell.date) ?? .empty, .text(value.status(today: today).label),
            text(value.outcome?.label), value.reviewDate.map(SheetCell.date) ?? .empty,
            .text(value.isOverdueForReview(today: today) ? "Yes" : "No"), .text(value.published ? "Yes" : "No"),
        ] + ratings + [
            text(others.isEmpty ? nil : others.joined(separator: "; ")), text(value.consultation), text(value.mitigations),
            .text(item.id.uuidString.lowercased()),
        ]
    }

    static func filename(_ council: String) -> String {
        let safe = council.map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(safe).lowercased() + "-impact-assessments.csv"
    }

    private static func text(_ value: String?) -> SheetCell {
        value.map(SheetCell.text) ?? .empty
    }
}
