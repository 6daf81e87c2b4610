/// A signed-in person asked for something their role does not allow: 403 with a
/// sentence saying what they may not do.
struct Forbidden: Error, Sendable {
    var message: String
}
