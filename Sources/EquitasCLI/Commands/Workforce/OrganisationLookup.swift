import ArgumentParser
import EquitasCore
import EquitasPersistence
import Foundation
import Fluent

/// `--organisation` as people type it: an id, or a name (any letter case). A name
/// must pick out one organisation; otherwise the message lists those it might mean.
enum OrganisationLookup {
    static func find(_ text: String, on db: any Database) async throws -> Identified<Organisation> {
        let store = OrganisationStore(db: db)
        if let id = UUID(uuidString: text) {
            do { return try await store.get(id) } catch is NotFound { throw ValidationError("--organisation: no organisation has the id \(text)") }
        }
        let wanted = text.trimmingCharacters(in: .whitespaces)
        let found = try await store.list(try PageRequest(per: PageRequest.maximumPer), nameContains: wanted).items
        if let exact = found.first(where: { $0.value.name.lowercased() == wanted.lowercased() }) { return exact }
        if found.count == 1 { return found[0] }
        if found.isEmpty { throw ValidationError("--organisation: no organisation is called \"\(text)\"") }
        let names = found.prefix(10).map { "\($0.value.name) (\($0.id.uuidString.lowercased()))" }.joined(separator: "; ")
        throw ValidationError("--organisation: \"\(text)\" could be any of: \(names); give the full name or the id")
    }
}
