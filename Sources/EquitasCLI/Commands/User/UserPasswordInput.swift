/// The password as read from standard input: the first line, without a Windows line
/// ending; nil when there was nothing to read.
enum UserPasswordInput {
    static func firstLine(_ line: String?) -> String? {
        guard var line else { return nil }
        if line.hasSuffix("\r") { line.removeLast() }
        return line.isEmpty ? nil : line
    }
}
