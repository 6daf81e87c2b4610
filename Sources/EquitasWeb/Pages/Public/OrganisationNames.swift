import EquitasCore
import EquitasPersistence
import Foundation

/// Organisation names by id, each looked up once however many challenges share it.
struct OrganisationNames {
    let store: OrganisationStore
    private var known: [UUID: String] = [:]

    init(store: OrganisationStore) { self.store = store }

    mutating func names(_ ids: [UUID]) async throws -> [String] {
        var names: [String] = []
        for id in ids {
            if let name = known[id] {
                names.append(name)
            } else {
                let name = try await store.get(id).value.name
                known[id] = name
                names.append(name)
            }
        }
        return names
    }
}
