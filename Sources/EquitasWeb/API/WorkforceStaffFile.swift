import EquitasCore
import EquitasPersistence
import EquitasSheets
import Foundation
import FluentKit
import Vapor

/// A staff list upload, from the API or a page, checked whole and stored in one go: the
/// file (CSV or XLSX, told apart by content) and an optional mapping file of
/// "their column,equitas column" rows. Every bad cell is reported (`StaffListErrors`)
/// and nothing is written when there is any.
struct WorkforceUpload {
    var organisationId: UUID
    var date: CalendarDate
    var file: Data
    var filename: String?
    var mapping: Data?
    var replace: Bool

    func store(on db: any Database) async throws -> Identified<WorkforceSnapshot> {
        let columns = try StaffColumnMapping.columns(mapping)
        let table = file.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? try XLSXReader.readFirst(file) : try CSVReader.read(file, name: "Staff")
        let records = try StaffListReader.read(table, columns: columns)
        let others = table.header.map(columns.name).filter { !$0.isEmpty && !StaffColumns.known.contains($0) }
        let snapshot = WorkforceSnapshot(
            organisationId: organisationId, date: date, sourceFilename: filename, staffCount: records.count, otherCharacteristics: others)
        return try await WorkforceStore(db: db).importSnapshot(snapshot, records: records, replace: replace)
    }
}

extension Request {
    var workforce: WorkforceStore { WorkforceStore(db: db) }

    /// The `:date` of a snapshot route; a malformed one names nothing.
    var snapshotDate: CalendarDate {
        get throws {
            let raw = parameters.get("date") ?? ""
            guard let date = CalendarDate(raw) else { throw NotFound(entity: "workforce snapshot", id: raw) }
            return date
        }
    }
}
