import Foundation

/// Where to go after signing in. Only a path on this site is followed (`/challenges/…`),
/// never another site (`https://…`, `//evil`), so the sign-in page cannot be used to
/// send people elsewhere.
enum SignInNext {
    static let fallback = Site.dashboard.path

    static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/-_.~"))) ?? "/"
    }

    static func safe(_ raw: String?) -> String {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.hasPrefix("/\\"),
            !raw.contains(where: { $0.isNewline || $0 == "\\" }), !raw.hasPrefix("/sign-")
        else { return fallback }
        return raw
    }
}
