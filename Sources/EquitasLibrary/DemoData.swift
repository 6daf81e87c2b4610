import Foundation

/// The demo peer challenge shipped with Equitas: two fictional councils in a strategic
/// alliance, written by us in the style of real reports. It is an `equitas.challenge/1`
/// document, so loading it exercises the same import path a user's file takes.
public enum DemoData {
    public static func challengeDocument() throws -> Data {
        guard let url = Bundle.module.url(forResource: "demo-challenge", withExtension: "json", subdirectory: "Demo") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the demo data is missing from this build"])
        }
        return try Data(contentsOf: url)
    }
}
