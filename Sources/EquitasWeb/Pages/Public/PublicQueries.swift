import EquitasCore
import EquitasPersistence
import Foundation

/// Reading helpers the public pages share.
enum PublicQueries {
    /// Every item of a paged list, page by page: the public lists are short (one entry
    /// per published challenge) and are shown whole.
    static func all<Item: Sendable>(
        _ fetch: (PageRequest) async throws -> Page<Item>
    ) async throws -> [Item] {
        var items: [Item] = []
        var number = 1
        while true {
            let page = try await fetch(try PageRequest(page: number, per: PageRequest.maximumPer))
            items += page.items
            guard !page.items.isEmpty, items.count < page.metadata.total else { return items }
            number += 1
        }
    }
}
