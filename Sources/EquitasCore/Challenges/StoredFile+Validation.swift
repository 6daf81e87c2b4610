extension StoredFile {
    /// A file description that comes from outside (an imported document) must look like
    /// one the evidence store wrote, because its SHA-256 is the file's name in that store.
    public func validated() throws(ValidationFailure) -> StoredFile {
        var copy = self
        copy.filename = try Text.required(filename, path: "filename", maximum: 300)
        copy.mediaType = try Text.required(mediaType, path: "media_type", maximum: 200)
        guard size >= 0 else { throw ValidationFailure(path: "size", message: "must be 0 or more") }
        guard sha256.count == 64, sha256.allSatisfy({ "0123456789abcdef".contains($0) }) else {
            throw ValidationFailure(path: "sha256", message: "\"\(sha256)\" is not a SHA-256 (64 lower-case hex digits)")
        }
        return copy
    }
}
