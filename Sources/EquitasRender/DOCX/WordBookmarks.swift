/// Word bookmark names made from section ids and item anchors. Word accepts a name
/// only if it starts with a letter, holds ASCII letters, digits and underscores, and
/// is at most 40 characters; names are compared without regard to case, and one
/// starting with "_" is hidden. Anything else and Word drops the bookmark or repairs
/// the file, so ids are folded into that shape and made unique.
struct WordBookmarks {
    static let maximumLength = 40

    private var taken: Set<String> = []
    /// Heading bookmarks take ids from 0 up (see `wrap(_:name:id:)`); anchors count
    /// down from here so that the two never share an id.
    private var nextId = 1_000_000

    /// `content` wrapped in a bookmark named after `anchor`.
    mutating func wrap(_ content: String, anchor: String) -> String {
        let name = uniqueName(for: anchor)
        nextId += 1
        return Self.wrap(content, name: name, id: nextId)
    }

    /// `content` in the bookmark `name` (from `uniqueName`), which the contents page's
    /// links and page references point at.
    static func wrap(_ content: String, name: String, id: Int) -> String {
        #"<w:bookmarkStart w:id="\#(id)" w:name="\#(name)"/>"# + content + #"<w:bookmarkEnd w:id="\#(id)"/>"#
    }

    mutating func uniqueName(for anchor: String) -> String {
        let base = Self.sanitise(anchor)
        var candidate = base
        var counter = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = "_\(counter)"
            candidate = String(base.prefix(Self.maximumLength - suffix.count)) + suffix
            counter += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    static func sanitise(_ anchor: String) -> String {
        var name = ""
        for scalar in anchor.unicodeScalars {
            let isAllowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            name.unicodeScalars.append(isAllowed ? scalar : "_")
        }
        if let first = name.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) {
            return String(name.prefix(maximumLength))
        }
        return String(("b_" + name).prefix(maximumLength))
    }
}
