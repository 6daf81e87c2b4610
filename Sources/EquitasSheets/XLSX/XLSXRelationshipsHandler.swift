import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A `.rels` part read back: each relationship's type and target, the target resolved
/// against the folder of the part that owns it ("worksheets/sheet1.xml" from
/// `xl/workbook.xml` is `xl/worksheets/sheet1.xml`; "/xl/styles.xml" is absolute).
final class XLSXRelationshipsHandler: XLSXPartHandler {
    struct Link {
        var type: String
        var path: String
    }

    private let baseFolder: [Substring]
    private(set) var links: [String: Link] = [:]
    private(set) var order: [String] = []

    /// `owner` is the part the relationships belong to; "" for the package itself.
    init(owner: String) {
        baseFolder = owner.split(separator: "/").dropLast()
    }

    /// The first relationship whose type ends with `/name` ("officeDocument", "styles"):
    /// the transitional and strict schemas name types under different stems.
    func first(ofType name: String) -> Link? {
        order.lazy.compactMap { self.links[$0] }.first { $0.type.hasSuffix("/" + name) }
    }

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        guard element == "Relationship", let id = attributes["Id"], let type = attributes["Type"],
              let target = attributes["Target"], attributes["TargetMode"] != "External" else { return }
        if links[id] == nil { order.append(id) }
        links[id] = Link(type: type, path: resolve(target))
    }

    private func resolve(_ target: String) -> String {
        var parts = target.hasPrefix("/") ? [] : baseFolder
        for part in target.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
