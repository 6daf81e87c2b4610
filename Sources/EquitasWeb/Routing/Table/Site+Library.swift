import EquitasCore
import Foundation

/// The library of published reports and bringing a past report in.
extension Site {
    static let library = Endpoint<Void>(.GET, "library", resource: .publicRegister)
    static let libraryImport = Endpoint<Void>(.GET, "library", "import", resource: .challengeRegister, access: .write)
    static let libraryImportPost = Endpoint<Void>(.POST, "library", "import", resource: .challengeRegister)
    static let libraryImportConfirmPost = Endpoint<Void>(.POST, "library", "import", "confirm", resource: .challengeRegister)
    static let librarySimilarItem = Endpoint<UUID>(.GET, "library", "similar", .entryID, resource: .publicRegister)

    static let libraryRoutes: [RouteDeclaration] = [
        library.declaration,
        libraryImport.declaration,
        libraryImportPost.declaration,
        libraryImportConfirmPost.declaration,
        librarySimilarItem.declaration,
    ]
}
