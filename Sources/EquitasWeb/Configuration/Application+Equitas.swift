import EquitasCore
import EquitasPersistence
import Vapor

/// The configuration value, kept on the application so that handlers reach it through
/// `req.equitas` rather than through globals.
extension Application {
    private struct ConfigurationKey: StorageKey {
        typealias Value = AppConfiguration
    }

    public var equitas: AppConfiguration {
        get {
            guard let value = storage[ConfigurationKey.self] else {
                fatalError("configure(_:_:) has not run: the application has no Equitas configuration")
            }
            return value
        }
        set { storage[ConfigurationKey.self] = newValue }
    }
}

extension Request {
    var equitas: AppConfiguration { application.equitas }
    var catalog: FrameworkCatalog { application.equitas.catalog }
    var evidenceFiles: EvidenceFileStore { EvidenceFileStore(root: application.equitas.evidenceDirectory) }
    /// The application's clock: handlers ask it, never `Date()`, so tests can pin the day.
    var clock: AppClock { application.equitas.clock }
    var today: CalendarDate { clock.today }
}
