import EquitasCore
import Foundation
import EquitasCore

/// One line per framework version, oldest id first, for `framework list`.
struct FrameworkListing {
    struct Row: Codable, Equatable {
        var id: String
        var version: String
        var name: String
        var publisher: String
        var moduleNoun: String
        var moduleCount: Int
        var criterionCount: Int
    }

    var rows: [Row]

    init(catalog: FrameworkCatalog) {
        rows = catalog.frameworks.map { framework in
            Row(
                id: framework.id, version: framework.version, name: framework.name, publisher: framework.publisher,
                moduleNoun: framework.moduleNoun, moduleCount: framework.modules.count,
                criterionCount: framework.modules.reduce(0) { $0 + $1.criteria.count })
        }
    }

    /// Columns padded to the widest value so that the table lines up in a terminal.
    var table: String {
        let header = ["ID", "VERSION", "NAME", "MODULES"]
        let lines = rows.map { row in
            [row.id, row.version, row.name, FrameworkText.count(row.moduleCount, row.moduleNoun)]
        }
        let widths = header.indices.map { column in ([header] + lines).map { $0[column].count }.max() ?? 0 }
        return ([header] + lines).map { cells in
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
