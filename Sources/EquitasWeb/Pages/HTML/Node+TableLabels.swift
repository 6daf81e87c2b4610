/// On a narrow screen the style sheet shows each table row as a list of heading and
/// value (the GOV.UK summary list's form), printing before each body cell the heading
/// of its column, which the cell carries as `data-label`. The labels are added here,
/// once over the whole page as it is laid out, so that no view writes them by hand and
/// none can forget them. The words are the column headers' own, escaped like any
/// attribute value.
extension Node {
    func labellingTableCells() -> Node { labelled() ?? self }

    /// Nil when nothing under this node changed, so a page without tables is not copied.
    private func labelled() -> Node? {
        switch kind {
        case .text, .raw:
            return nil
        case .fragment(let nodes):
            return Self.relabel(nodes).map { .fragment($0) }
        case .element(let name, let attributes, let children):
            if name == "table" {
                let headings = Self.columnHeadings(children)
                return .element(name, attributes, children.map { $0.labellingRows(headings) })
            }
            return Self.relabel(children).map { .element(name, attributes, $0) }
        }
    }

    private static func relabel(_ nodes: [Node]) -> [Node]? {
        let changed = nodes.map { $0.labelled() }
        guard changed.contains(where: { $0 != nil }) else { return nil }
        return zip(nodes, changed).map { $1 ?? $0 }
    }

    /// The words of the first header row's cells, one per column a cell spans.
    private static func columnHeadings(_ children: [Node]) -> [String] {
        guard let head = children.flatMap(\.elements).first(where: { $0.name == "thead" }),
            let row = head.children.flatMap(\.elements).first(where: { $0.name == "tr" })
        else { return [] }
        return row.children.flatMap(\.elements).flatMap { cell -> [String] in
            let words = cell.node.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return Array(repeating: words, count: cell.span)
        }
    }

    /// Body rows (in a tbody or straight under the table) get their cells labelled;
    /// the header itself is left alone.
    private func labellingRows(_ headings: [String]) -> Node {
        switch kind {
        case .fragment(let nodes):
            return .fragment(nodes.map { $0.labellingRows(headings) })
        case .element(let name, let attributes, let children) where name == "tbody":
            return .element(name, attributes, children.map { $0.labellingRows(headings) })
        case .element(let name, let attributes, let children) where name == "tr":
            var column = 0
            let cells = children.flatMap(\.flattened).map { child -> Node in
                guard case .element(let cellName, let cellAttributes, let cellChildren) = child.kind,
                    cellName == "td" || cellName == "th"
                else { return child }
                let element = Element(name: cellName, attributes: cellAttributes, children: cellChildren, node: child)
                defer { column += element.span }
                let content = cellChildren.map { $0.labellingTableCells() }
                guard column < headings.count, !headings[column].isEmpty,
                    !cellAttributes.contains(where: { $0.name == "data-label" })
                else { return .element(cellName, cellAttributes, content) }
                return .element(cellName, cellAttributes + [Attribute("data-label", headings[column])], content)
            }
            return .element(name, attributes, cells)
        default:
            return self
        }
    }

    private struct Element {
        var name: String
        var attributes: [Attribute]
        var children: [Node]
        var node: Node

        var span: Int {
            attributes.first(where: { $0.name == "colspan" }).flatMap { $0.value.flatMap(Int.init) }.map { max($0, 1) } ?? 1
        }
    }

    /// This node's elements, looking through fragments.
    private var elements: [Element] {
        flattened.compactMap { node in
            guard case .element(let name, let attributes, let children) = node.kind else { return nil }
            return Element(name: name, attributes: attributes, children: children, node: node)
        }
    }

    private var flattened: [Node] {
        if case .fragment(let nodes) = kind { return nodes.flatMap(\.flattened) }
        return [self]
    }

    /// The words a reader would see, without markup.
    var textContent: String {
        switch kind {
        case .text(let words): words
        case .raw: ""
        case .fragment(let nodes): nodes.map(\.textContent).joined()
        case .element(_, _, let children): children.map(\.textContent).joined()
        }
    }
}
