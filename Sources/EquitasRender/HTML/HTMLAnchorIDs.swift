/// Hands out the `id` attributes of one page. Section ids and item anchors come from
/// user data, so each is cut down to `[A-Za-z0-9_-]` (nothing that needs quoting in a
/// URL fragment or a CSS selector) and made unique: two that collide after sanitising,
/// or one that clashes with the page's own ids, get `-2`, `-3` in document order.
struct HTMLAnchorIDs {
    private var used: Set<String>

    init(reserved: [String]) {
        used = Set(reserved)
    }

    /// A unique id for `raw`, or for `fallback` when nothing of `raw` survives.
    mutating func claim(_ raw: String, fallback: String) -> String {
        let cleaned = Self.sanitise(raw)
        let base = cleaned.isEmpty ? fallback : cleaned
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Letters, digits, `_` and `-` kept; every other character becomes `-`; hyphens
    /// at either end dropped so "  Module 1 " reads "Module-1".
    static func sanitise(_ raw: String) -> String {
        var result = ""
        for scalar in raw.unicodeScalars {
            let keep = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
            result.unicodeScalars.append(keep ? scalar : "-")
        }
        return String(result.drop(while: { $0 == "-" }).reversed().drop(while: { $0 == "-" }).reversed())
    }
}
