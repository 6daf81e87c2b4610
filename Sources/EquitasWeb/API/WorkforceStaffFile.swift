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
        let list = try StaffListFile.list(file, columns: columns)
        let snapshot = WorkforceSnapshot(
            organisationId: organisationId, date: date, sourceFilename: filename, staffCount: list.records.count,
            otherCharacteristics: list.otherCharacteristics)
        return try await WorkforceStore(db: db).importSnapshot(snapshot, records: list.records, replace: replace)
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
