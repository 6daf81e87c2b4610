import Foundation
import SQLKit

/// The statement that writes one batch of staff rows (`StaffRowsJSON`): the database
/// takes the batch apart itself — SQLite with `json_each`, PostgreSQL with
/// `jsonb_array_elements` — and inserts every row in one `INSERT … SELECT`. The snapshot's
/// id is bound as a UUID, as Fluent binds the snapshot's own id, so the two match on both.
struct StaffRecordInsert {
    /// `INSERT INTO staff_records (snapshot_id, …) SELECT `
    private let head: String
    /// `, <each of StaffRowsJSON.columns> FROM <function>(`, then the rows, then `tail`.
    private let values: String
    private let tail: String

    init(dialect: String) {
        head = "INSERT INTO \(StaffRecordColumns.table) (\((["snapshot_id"] + StaffRowsJSON.columns).joined(separator: ", "))) SELECT "
        let indexed = StaffRowsJSON.columns.enumerated()
        if dialect == "postgresql" {
            // ->> gives text; the columns that are not text are cast back.
            let casts = ["id": "uuid", "position": "bigint", "full_pay": "boolean", "period_days": "bigint"]
            let list = indexed.map { index, name in casts[name].map { "(r ->> \(index))::\($0)" } ?? "r ->> \(index)" }
            values = ", " + list.joined(separator: ", ") + " FROM jsonb_array_elements("
            tail = "::jsonb) AS rows(r)"
        } else {
            // ->> gives a JSON string as text, a number as an integer, true as 1.
            values = ", " + indexed.map { index, _ in "value ->> \(index)" }.joined(separator: ", ") + " FROM json_each("
            tail = ")"
        }
    }

    func query(snapshotId: UUID, rows: String) -> SQLQueryString {
        "\(unsafeRaw: head)\(bind: snapshotId)\(unsafeRaw: values)\(bind: rows)\(unsafeRaw: tail)"
    }
}
