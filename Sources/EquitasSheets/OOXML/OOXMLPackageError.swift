public enum OOXMLPackageError: Error, Equatable {
    /// ZIPFoundation built the archive but handed back no bytes; not expected in practice.
    case noArchiveData
}
