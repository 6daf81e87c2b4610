import Foundation

/// The demo shipped with Equitas: a peer challenge of two fictional councils in a
/// strategic alliance, and one council's action plan answering its report, with a
/// year of updates. Both are written by us in the style of real documents, in the
/// interchange formats, so loading them exercises the path a user's file takes.
public enum DemoData {
    /// `equitas.challenge/1`
    public static func challengeDocument() throws -> Data { try resource("demo-challenge") }

    /// `equitas.action-plan/1`, answering the demo challenge's recommendations.
    public static func actionPlanDocument() throws -> Data { try resource("demo-action-plan") }

    private static func resource(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Demo") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the demo data (\(name).json) is missing from this build"])
        }
        return try Data(contentsOf: url)
    }
}
