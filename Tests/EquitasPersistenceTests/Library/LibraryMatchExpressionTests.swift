import EquitasCore
@testable import EquitasPersistence
import Testing

@Suite("Library queries in each database's syntax")
struct LibraryMatchExpressionTests {
    @Test("SQLite FTS5 and PostgreSQL tsquery")
    func expressions() throws {
        let query = try LibraryQuery.parse("\"staff network\" disability")
        #expect(LibraryMatchExpression.fts5(query) == "\"staff network\" AND \"disability\"")
        #expect(LibraryMatchExpression.tsquery(query) == "(staff <-> network) & disability")
        let similar = try #require(LibraryQuery.similar(choosingFrom: [("recruitment", 5), ("retention", 5)], words: 2))
        #expect(LibraryMatchExpression.fts5(similar) == "\"recruitment\" OR \"retention\"")
        #expect(LibraryMatchExpression.tsquery(similar) == "recruitment | retention")
    }
}
