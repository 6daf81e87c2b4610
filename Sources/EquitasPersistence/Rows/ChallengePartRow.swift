import EquitasCore
import FluentKit
import Foundation

/// A table holding one kind of challenge part. The rules every part shares (belongs to
/// its challenge, is validated against it, is written in one transaction, keeps its
/// place in the list) live once, in `PartTable`; a row type says only how its columns
/// map to the part and which extra rules its kind of part has.
protocol ChallengePartRow: EquitasRow {
    associatedtype Part: ChallengePart
    /// The columns lists are ordered by; ties are broken by id.
    static var order: [FieldKey] { get }
    var challengeId: UUID { get set }
    var position: Int { get set }

    func apply(_ part: Part)
    /// The parts these rows hold, in the same order, with whatever their link tables add.
    static func parts(of rows: [Self], on db: any Database) async throws -> [Part]

    /// What a create (stored nil) or an update takes from the caller's input: fields the
    /// caller may not set are dropped or carried over from the stored part.
    static func accepting(_ input: Part, stored: Part?) -> Part
    /// Rules that need the database beyond the part's own validation.
    static func check(_ part: Part, id: UUID, challengeId: UUID, on db: any Database) async throws
    /// Writes the link rows of a part just saved, replacing any it had.
    func saveLinks(of part: Part, on db: any Database) async throws
    /// Runs before the stored part is replaced by `part`, or deleted when `part` is nil.
    func willChange(from stored: Part, to part: Part?, on db: any Database) async throws
}

extension ChallengePartRow {
    static var order: [FieldKey] { ["position"] }
    static func accepting(_ input: Part, stored: Part?) -> Part { input }
    static func check(_ part: Part, id: UUID, challengeId: UUID, on db: any Database) async throws {}
    func saveLinks(of part: Part, on db: any Database) async throws {}
    func willChange(from stored: Part, to part: Part?, on db: any Database) async throws {}

    init(id: UUID, challengeId: UUID, position: Int, part: Part) {
        self.init()
        self.id = id
        self.challengeId = challengeId
        self.position = position
        apply(part)
    }
}

/// A part whose row holds all of it, with no link table.
protocol PlainPartRow: ChallengePartRow {
    func part() throws -> Part
}

extension PlainPartRow {
    static func parts(of rows: [Self], on db: any Database) async throws -> [Part] {
        try rows.map { try $0.part() }
    }
}
