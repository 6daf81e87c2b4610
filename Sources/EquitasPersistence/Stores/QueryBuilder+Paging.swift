import EquitasCore
import FluentKit

extension QueryBuilder {
    /// One page of what the query matches, with the total it matches. The query must
    /// already be sorted on something unique, so that pages neither repeat nor skip rows.
    func page<Item>(_ request: EquitasCore.PageRequest, _ transform: ([Model]) async throws -> [Item]) async throws
        -> EquitasCore.Page<Item>
    {
        let total = try await copy().count()
        let rows = try await copy().range(request.offset..<(request.offset + request.per)).all()
        return EquitasCore.Page(
            items: try await transform(rows), metadata: PageMetadata(page: request.page, per: request.per, total: total))
    }
}
