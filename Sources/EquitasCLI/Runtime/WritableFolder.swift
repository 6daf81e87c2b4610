import Foundation

/// A folder Equitas must write to (the data folder, the evidence folder), tried at start-up
/// by creating and deleting a file in it: a folder that exists but belongs to another user,
/// or sits on a read-only mount, would otherwise pass until the first upload failed.
enum WritableFolder {
    static func prepare(_ folder: URL, purpose: String) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw RuntimeError("cannot create the \(purpose) \(folder.path): \(reason(error))")
        }
        // POSIX calls rather than FileManager, for the system's own reason ("Permission
        // denied", "Read-only file system") instead of Foundation's paragraph.
        let probe = folder.appendingPathComponent(".equitas-write-check-\(UUID().uuidString)").path
        let descriptor = open(probe, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw RuntimeError("cannot write to the \(purpose) \(folder.path): \(String(cString: strerror(errno)))")
        }
        let written = write(descriptor, "equitas", 7)
        let failure = errno
        close(descriptor)
        unlink(probe)
        guard written == 7 else {
            throw RuntimeError("cannot write to the \(purpose) \(folder.path): \(String(cString: strerror(failure)))")
        }
    }

    /// The system's reason ("Permission denied") rather than Foundation's paragraph.
    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return error.localizedDescription
    }
}
