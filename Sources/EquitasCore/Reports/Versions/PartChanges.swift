/// Added in the newer list's order, removed in the older's, changed in the newer's.
public struct PartChanges<Part: DiffablePart>: Codable, Equatable, Sendable {
    public var added: [Identified<Part>]
    public var removed: [Identified<Part>]
    public var changed: [PartChange<Part>]

    public init(added: [Identified<Part>] = [], removed: [Identified<Part>] = [], changed: [PartChange<Part>] = []) {
        self.added = added
        self.removed = removed
        self.changed = changed
    }

    public init(from old: [Identified<Part>], to new: [Identified<Part>]) {
        let before = Dictionary(old.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        let after = Set(new.map(\.id))
        self.init(
            added: new.filter { before[$0.id] == nil },
            removed: old.filter { !after.contains($0.id) },
            changed: new.compactMap { part in
                guard let earlier = before[part.id], earlier != part.value else { return nil }
                return PartChange(id: part.id, fields: Part.changedFields(from: earlier, to: part.value), before: earlier, after: part.value)
            })
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}
