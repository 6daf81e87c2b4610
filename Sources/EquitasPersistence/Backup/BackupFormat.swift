import Foundation

/// `equitas.backup/1`: a logical copy of every Equitas table as JSON lines, readable by
/// either dialect. One JSON object a line, each with one key saying what it is:
///
/// - `manifest` (first): the format, the migrations the schema had, when, from which
///   dialect, and every table's columns and row count, parents before children;
/// - `table`: the rows that follow belong to this table;
/// - `row`: one row's values, in the order of the table's columns;
/// - `evidence`: one evidence file, named by its SHA-256, its bytes in base64;
/// - `end` (last): how many lines came before and the SHA-256 of all their bytes, so a
///   truncated or altered file is refused before anything is committed.
public enum BackupFormat {
    public static let name = "equitas.backup/1"
    /// Rows read per query and inserted per statement: memory stays flat whatever the size.
    static let readPage = 1_000

    /// Rows per INSERT: as many as keep the bound values under SQLite's limit of 32,766
    /// (PostgreSQL allows 65,535), at most 500.
    static func insertBatch(columns: Int) -> Int {
        max(1, min(500, 30_000 / max(columns, 1)))
    }
}

/// How a column's values are written: what each dialect's column type means here.
/// SQLite keeps booleans as integers, so a restore converts by the target's type.
public enum BackupColumnType: String, Codable, Sendable {
    case uuid, text, integer, double, boolean, blob
}

public struct BackupColumn: Codable, Equatable, Sendable {
    public var name: String
    public var type: BackupColumnType
}

public struct BackupTableEntry: Codable, Equatable, Sendable {
    public var name: String
    public var rows: Int
    public var columns: [BackupColumn]
}

public struct BackupManifest: Codable, Equatable, Sendable {
    public var format: String
    /// Names of the migrations the source had run: a restore needs the same list.
    public var migrations: [String]
    public var createdAt: String
    /// `sqlite` or `postgresql`.
    public var sourceDialect: String
    /// Parents before children, the order a restore inserts them in.
    public var tables: [BackupTableEntry]
    public var evidenceFiles: Int
}

struct BackupEvidence: Codable, Sendable {
    var sha256: String
    var data: Data
}

struct BackupEnd: Codable, Sendable {
    /// Lines before this one.
    var lines: Int
    /// SHA-256 (lower-case hex) of every byte before this line.
    var sha256: String
}

/// One line of the file; exactly one field is set.
struct BackupLine: Codable {
    var manifest: BackupManifest?
    var table: String?
    var row: [BackupValue]?
    var evidence: BackupEvidence?
    var end: BackupEnd?
}

/// A backup or restore that cannot go ahead, said so that the operator can act on it.
public struct BackupError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
