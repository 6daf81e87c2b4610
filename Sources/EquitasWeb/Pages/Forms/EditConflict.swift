import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// Two people editing one thing at once. An edit form carries the version it was read at
/// (a hidden `version` field: the `EntityTag` of the stored value); a save over a newer
/// version is not applied. The form comes back with the person's own words still in it,
/// the other text beside them, who saved it and when; the form now carries the newer
/// version, so saving again is a choice made having seen both.
struct EditConflict: Sendable {
    static let field = "version"

    /// The version now stored, which the re-shown form carries.
    let version: String
    let theirs: String
    let who: String?
    let when: Date?

    static func version<T: Encodable>(of value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return EntityTag.of(ByteBuffer(data: (try? encoder.encode(value)) ?? Data()))
    }

    /// The conflict, when the form was read at another version than `stored` (an empty
    /// version: read before there was one); nil when it was read at this one, or carries
    /// no version at all (a page from before versions).
    static func check<T: Encodable>(_ req: Request, stored: T, recordId: UUID, theirs: String) async throws -> EditConflict? {
        let current = version(of: stored)
        guard let posted = try? req.content.get(String.self, at: field), posted != current else { return nil }
        let last = try await AuditStore(db: req.db).events(recordId: recordId).first
        return EditConflict(version: current, theirs: theirs, who: last?.author.label, when: last?.at)
    }

    /// For the error summary, at the field whose words differ.
    var message: String {
        let whom = who.map { " by \($0)" } ?? ""
        let time = when.map { " on \(ChangeTime.words($0))" } ?? ""
        return "This was changed\(whom)\(time), after you opened it. Your words are below and have not been saved; "
            + "their version is shown beside them. Save again to replace theirs with yours, or change yours first"
    }

    /// The other person's text, above the form.
    var panel: Node {
        .div(
            [Attribute("class", "edit-conflict")],
            .h2([], .text("Their version")),
            .blockquote([], .text(theirs)))
    }

    static func hidden(_ version: String) -> Node {
        .input([Attribute("type", "hidden"), Attribute("name", field), Attribute("value", version)])
    }
}
