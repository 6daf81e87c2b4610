extension ValidationFailure {
    /// The domain names a field by its id (`organisation_id`, `peer_ids[2]`) where the
    /// document names it by name (`organisation`, `peers[2]`): renames the leading field.
    func renamingField(_ names: [String: String]) -> ValidationFailure {
        let end = path.firstIndex { $0 == "." || $0 == "[" } ?? path.endIndex
        guard let renamed = names[String(path[..<end])] else { return self }
        return ValidationFailure(path: renamed + path[end...], message: message)
    }

    /// The domain's `second_level.framework_id` is the document's `second_level.framework`.
    func renamingSecondFramework() -> ValidationFailure {
        guard path == "second_level.framework_id" else { return self }
        return ValidationFailure(path: "second_level.framework", message: message)
    }
}
